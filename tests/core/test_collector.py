"""The cycle collector held back while a big answer is built, and back on after it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from attendance_desktop.core import collector


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_it_comes_back_when_the_last_holder_leaves_even_from_another_thread() -> None:
    first = collector.paused()
    first.__enter__()
    assert not gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def second() -> None:
        with collector.paused():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=second)
    worker.start()
    assert inside.wait(5)
    first.__exit__(None, None, None)  # the first holder leaves while the other is inside
    assert not gc.isenabled()
    leave.set()
    worker.join(5)
    assert gc.isenabled()


def test_it_stays_off_when_it_was_off_and_comes_back_after_an_error() -> None:
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()
    gc.enable()
    with pytest.raises(ValueError), collector.paused():
        raise ValueError
    assert gc.isenabled()
