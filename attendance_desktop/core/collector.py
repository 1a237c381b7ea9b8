"""Python's cycle collector held back while a big answer is built.

A team's month makes some 100,000 small objects that all live until the answer is sent
(days, and their rows for the wire) and form no reference cycle. Each young generation that
survives is promoted, and every few hundred thousand promoted the collector walks the whole
heap: for 1,000 people that was 40% of the server's CPU for the team month (three full
collections per request) and a third of the app's decoding. Reference counting still frees
everything as usual meanwhile; only cyclic garbage waits until the last holder is done.

Several threads may hold it at once (the server runs its routes on a thread pool): the
collector comes back when the last one leaves, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled and not _held_for_start:
                gc.enable()


# -- a start ------------------------------------------------------------------------------
# A start of the home window imports some 300 modules and builds its page: millions of
# objects that live as long as the app, with collections of the young generations all the
# way (4% of the page's instructions). So the collector is off from the command line's
# first step until the page and its store are up; then everything made so far is moved out
# of its sight for good (`gc.freeze`, as the gc docs suggest for start-up) and it is on
# again, with less to walk for the rest of the day.
_held_for_start = False


def hold_for_start() -> None:
    global _held_for_start
    with _lock:
        if gc.isenabled() and not _held_for_start:
            _held_for_start = True
            gc.disable()


def start_done() -> None:
    """The start is over (or ended): freeze what it made and give the collector back."""
    global _held_for_start
    with _lock:
        if not _held_for_start:
            return
        _held_for_start = False
        gc.freeze()
        if _holders == 0:
            gc.enable()
