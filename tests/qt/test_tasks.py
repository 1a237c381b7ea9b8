"""The one background helper: order, results, errors, and a long day's worth of tasks."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from attendance_desktop.core.errors import NoOpenSession
from attendance_desktop.qt.tasks import Skipped, TaskRunner


def test_tasks_run_in_order_off_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    gui_thread = threading.current_thread()
    seen: list[tuple[int, bool]] = []
    results: list[int] = []
    for n in range(5):
        runner.submit(
            lambda n=n: seen.append((n, threading.current_thread() is gui_thread)) or n,
            results.append,
        )
    qtbot.waitUntil(lambda: len(results) == 5, timeout=5000)
    assert results == [0, 1, 2, 3, 4]
    assert seen == [(n, False) for n in range(5)]


def test_errors_come_back_as_values(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def refuse() -> None:
        raise NoOpenSession()

    runner.submit(refuse, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], NoOpenSession)


def test_busy_is_reported_while_tasks_are_pending(qtbot: QtBot, runner: TaskRunner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000):
        runner.submit(lambda: 1, lambda _r: None)
        runner.submit(lambda: 2, lambda _r: None)
    assert states == [True, False]


def test_a_long_day_of_tasks_keeps_running(qtbot: QtBot, runner: TaskRunner) -> None:
    # Thousands of round trips (signals both ways): a Qt binding that leaks references
    # on every emit (PySide6 6.12.0 did) aborts the process here instead of at a desk.
    done: list[object] = []
    for n in range(3000):
        runner.submit(lambda n=n: n % 2 == 0 or None, done.append)
    qtbot.waitUntil(lambda: len(done) == 3000, timeout=30_000)
    assert done[:4] == [True, None, True, None]


def test_shutdown_lets_queued_tasks_finish(qapp: object) -> None:
    task_runner = TaskRunner()
    ran: list[int] = []
    for n in range(3):
        task_runner.submit(lambda n=n: ran.append(n), lambda _r: None)
    task_runner.shutdown()
    assert ran == [0, 1, 2]


def test_background_work_gives_way_to_a_task_somebody_waits_for(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    ran: list[str] = []
    skipped: list[BaseException] = []
    runner.submit(lambda: release.wait(5), lambda _r: None)  # the worker is busy
    runner.submit(lambda: ran.append("look-ahead"), lambda _r: None, skipped.append,
                  background=True)  # fmt: skip
    punched: list[str] = []
    runner.submit(lambda: ran.append("punch") or "punched", punched.append)
    release.set()

    qtbot.waitUntil(lambda: punched == ["punched"], timeout=5000)
    assert ran == ["punch"]  # the punch did not wait for the look-ahead
    assert len(skipped) == 1 and isinstance(skipped[0], Skipped)

    # With nobody waiting behind it, background work runs.
    done: list[str] = []
    runner.submit(lambda: "fetched ahead", done.append, background=True)
    qtbot.waitUntil(lambda: done == ["fetched ahead"], timeout=5000)
