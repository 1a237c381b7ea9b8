"""The one background helper: every service call runs here, off the GUI thread.

A `TaskRunner` owns one worker thread that runs callables one after another (so punches
keep their order and the store sees one writer from this window). Results and errors come
back to the GUI thread by queued signals; the worker never touches a widget.

Only task ids travel through the signals; the callables and their outcomes wait in a
locked mailbox. (Python objects in cross-thread signal arguments have shown reference
counting faults in PySide6, so they are kept out of them.)

A task may be submitted as background work (fetching ahead, which nobody waits for): when
its turn comes while a task somebody waits for is queued behind it, it is skipped, so a
punch never waits for a look-ahead (against a slow server, each could take seconds).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from shiboken6 import isValid

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
_STOP = 0  # the task id that ends the worker thread


class Skipped(Exception):
    """A background task dropped because somebody was waiting for a task behind it."""


class _Mailbox:
    """Callables going to the worker and outcomes coming back, behind one lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[int, tuple[Callable[[], Any], bool]] = {}  # id -> (fn, background)
        self._outcomes: dict[int, tuple[bool, Any]] = {}

    def post_job(self, task_id: int, fn: Callable[[], Any], background: bool = False) -> None:
        with self._lock:
            self._jobs[task_id] = (fn, background)

    def take_job(self, task_id: int) -> Callable[[], Any] | None:
        """The task's callable; None if it is gone or is background work to skip now."""
        with self._lock:
            found = self._jobs.pop(task_id, None)
            if found is None:
                return None
            fn, background = found
            if background and any(not bg for _fn, bg in self._jobs.values()):
                self._outcomes[task_id] = (False, Skipped())
                return None
            return fn

    def post_outcome(self, task_id: int, ok: bool, value: Any) -> None:
        with self._lock:
            self._outcomes[task_id] = (ok, value)

    def take_outcome(self, task_id: int) -> tuple[bool, Any] | None:
        with self._lock:
            return self._outcomes.pop(task_id, None)


class _Worker(QObject):
    """Lives in the worker thread; runs whatever the runner dispatches to it."""

    finished = Signal(int)

    def __init__(self, mailbox: _Mailbox) -> None:
        super().__init__()
        self._mailbox = mailbox

    @Slot(int)
    def run(self, task_id: int) -> None:
        if task_id == _STOP:
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()
            return
        fn = self._mailbox.take_job(task_id)
        if fn is None:  # skipped background work (its outcome says so) or gone
            self.finished.emit(task_id)
            return
        try:
            outcome: tuple[bool, Any] = (True, fn())
        except Exception as exc:  # handed to the GUI thread, which shows plain words
            if not _is_domain_error(exc):
                log.exception("Background task failed")
            outcome = (False, exc)
        self._mailbox.post_outcome(task_id, *outcome)
        self.finished.emit(task_id)


def _is_domain_error(exc: BaseException) -> bool:
    from ..core.errors import AttendanceError

    return isinstance(exc, AttendanceError)


class TaskRunner(QObject):
    """Run callables serially on one worker thread; call back on the GUI thread."""

    _dispatch = Signal(int)
    #: True while at least one task is queued or running.
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mailbox = _Mailbox()
        self._thread = QThread()
        self._thread.setObjectName("attendance-worker")
        self._worker = _Worker(self._mailbox)
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Done, Failed | None, QObject | None]] = {}
        self._next_id = _STOP
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
        *,
        context: QObject | None = None,
        background: bool = False,
    ) -> int:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` runs later on this thread.

        With a `context`, the callbacks are skipped once that object is gone (a window
        closed while its task was still running); the task itself still completes.
        `background` work is skipped (on_error gets `Skipped`) if, when its turn comes,
        a task that is not background waits behind it.
        """
        self._next_id += 1
        task_id = self._next_id
        self._callbacks[task_id] = (on_done, on_error, context)
        self._mailbox.post_job(task_id, fn, background)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._dispatch.emit(task_id)
        return task_id

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Let queued tasks finish (a punch in flight is never cut off), then stop."""
        if self._thread.isRunning():
            self._dispatch.emit(_STOP)  # queued behind every pending task
            self._thread.wait(timeout_ms)
        self._callbacks.clear()

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        outcome = self._mailbox.take_outcome(task_id)
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None and not self._callbacks:
            self.busy_changed.emit(False)
        if outcome is None or callbacks is None:
            return
        ok, value = outcome
        on_done, on_error, context = callbacks
        if context is not None and not isValid(context):
            return
        if ok:
            on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            log.error("Unhandled background error: %s", value)
