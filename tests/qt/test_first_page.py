"""The home page shown from the snapshot of its inputs before the store opens
(first_page.py): the same page as the store's, and ignored whenever it cannot be trusted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from attendance_desktop import first_page
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, LeaveType
from attendance_desktop.core.holiday_language import ENGLISH, set_default_holiday_language
from attendance_desktop.core.models import DayRecord, Employee, NewEmployee
from attendance_desktop.launch import LaunchOptions, open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.controllers.startup_controller import StartupController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.day_cell import DayCell
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=BERLIN)  # a Wednesday, clocked in since 13:00
WAIT = 10_000


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "portable"


@pytest.fixture
def options(root: Path) -> LaunchOptions:
    return LaunchOptions(paths=app_paths(root), chosen_timezone="UTC")


@pytest.fixture
def alice(options: LaunchOptions) -> Employee:
    """A month with a night shift, a break, a company holiday, leave, a corrected day and
    a session open now."""
    clock = FixedClock(at(2, 22))
    store = open_local_store(options.paths, clock, "UTC")
    try:
        who = store.add_employee(
            NewEmployee("Alice", "Martin", "alice@example.com", timezone="Europe/Berlin")
        )
        store.clock_in(who.id)
        clock.set(at(3, 6))
        store.clock_out(who.id)  # the night shift counts for the 2nd
        clock.set(at(4, 8))
        store.clock_in(who.id)
        clock.set(at(4, 12))
        store.start_break(who.id)
        clock.set(at(4, 12, 30))
        store.end_break(who.id)
        clock.set(at(4, 16))
        store.clock_out(who.id)
        store.add_company_holiday(date(2026, 11, 11), "Founders' Day")
        clock.set(at(10, 9))
        store.request_correction(
            who.id, Correction(date(2026, 11, 9), "booked late", leave_type=LeaveType.VACATION)
        )
        store.request_correction(
            who.id,
            Correction(date(2026, 11, 5), "forgot", clock_in=at(5, 9), clock_out=at(5, 17)),
        )
        clock.set(at(18, 13))
        store.clock_in(who.id)
    finally:
        store.close()
    return who


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def page_texts(window: MainWindow) -> list[str]:
    """What a person reads on the home page: the labels, buttons and day tiles."""
    texts = []
    for widget in window.home.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, DayCell):
            texts.append(f"{widget.text()}|{widget._caption}|{widget.accessibleName()}")
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(f"{type(widget).__name__}:{widget.text()}:{widget.isEnabled()}")
    return texts


def words(texts: list[str]) -> list[str]:
    return [t.removesuffix(":False").removesuffix(":True") for t in texts]


class Start:
    def __init__(
        self,
        qtbot: QtBot,
        runner: TaskRunner,
        options: LaunchOptions,
        who: Employee,
        *,
        store_later: timedelta = timedelta(0),
    ):
        self.qtbot, self.runner = qtbot, runner
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        self.window.resize(1100, 760)
        self.clock = FixedClock(NOW)
        settings = Settings(employee_id=who.id)
        self.startup = StartupController(
            options, runner, self.window, settings, self.clock, self.window
        )
        self.from_snapshot: list[str] | None = None
        self.snapshot_tiles: list[DayRecord] = []  # the records the tiles were filled from
        self._store_later = store_later  # the clock moves on before the store's read
        self.startup.first_page_shown.connect(self._look)
        self.window.show()
        with qtbot.waitSignal(self.startup.home_started, timeout=WAIT) as started:
            self.startup.start()
        self.home: HomeController = started.args[0]
        if self.from_snapshot is None:  # the normal path: the load was submitted with it
            qtbot.waitSignal(self.home.data_shown, timeout=WAIT).wait()
        else:
            qtbot.waitUntil(lambda: self.window.home.clock.clock_button.isEnabled(), timeout=WAIT)
        self.texts = page_texts(self.window)

    def _look(self) -> None:
        self.from_snapshot = page_texts(self.window)
        self.snapshot_tiles = [tile.day for tile in self.window.home.calendar._tiles]
        self.clock.set(NOW + self._store_later)

    def close(self) -> None:
        """Close the store on the worker, after whatever it is doing (a look-ahead), as the
        app does: closing it from here while the worker reads would pull it from under it."""
        service = self.startup.service
        assert service is not None
        self.home.stop()
        closed: list[bool] = []
        keeper = self.startup.keeper
        self.runner.submit(lambda: keeper.close(service), closed.append)
        self.qtbot.waitUntil(lambda: bool(closed), timeout=WAIT)


def test_the_page_from_the_snapshot_is_the_page_from_the_store(
    qtbot: QtBot, runner: TaskRunner, options: LaunchOptions, alice: Employee
) -> None:
    first = Start(qtbot, runner, options, alice)
    first.close()
    assert first.from_snapshot is None  # nothing kept yet
    assert first_page.snapshot_path(options.paths.db_path).exists()

    second = Start(qtbot, runner, options, alice)
    second.close()
    assert second.from_snapshot is not None
    # The same words everywhere, except the punch buttons: waiting for the store.
    waiting = [t for t in second.from_snapshot if t.endswith(":False")]
    assert any("Clock out" in t for t in waiting)
    assert words(second.from_snapshot) == words(second.texts) == words(first.texts)
    assert second.texts == first.texts
    assert any("Founders' Day" in t for t in second.texts)
    shown = second.home.shown_month
    assert shown is not None
    days = {d.date.day: d for d in shown[1]}
    assert days[9].leave_type == "vacation" and days[5].corrected
    assert days[4].break_time == timedelta(minutes=30) and days[2].worked == timedelta(hours=8)


def test_the_tiles_are_filled_again_only_when_the_store_says_otherwise(
    qtbot: QtBot, runner: TaskRunner, options: LaunchOptions, alice: Employee
) -> None:
    """The store's read equals the page from its snapshot: the 42 tiles keep what they were
    filled with (not filled, nor painted, again). Read a few minutes later, today's hours
    differ and the tiles show the store's."""
    Start(qtbot, runner, options, alice).close()
    same = Start(qtbot, runner, options, alice)
    same.close()
    tiles = [tile.day for tile in same.window.home.calendar._tiles]
    assert len(tiles) == 42 and all(a is b for a, b in zip(tiles, same.snapshot_tiles, strict=True))
    assert same.from_snapshot is not None and words(same.from_snapshot) == words(same.texts)

    later = Start(qtbot, runner, options, alice, store_later=timedelta(minutes=5))
    later.close()
    today = next(t for t in later.window.home.calendar._tiles if t.day.date == NOW.date())
    before = next(d for d in later.snapshot_tiles if d.date == NOW.date())
    assert today.day is not before
    assert today.day.worked == before.worked + timedelta(minutes=5)


def test_the_home_page_is_not_restyled_as_it_is_put_in_the_window(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """Under a style sheet, a page put in the window's stack after it was laid out in its
    scroll area was styled a second time with every widget on it (7 ms of each start).
    The page has no sheet above it now (page_style.py): it is not restyled at all."""
    apply_theme(qapp)  # the theme, as the app starts with it
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)  # the page is built once the window is up, as at a start
    styled: list[QObject] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                styled.append(watched)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    try:
        page = window.home
        window.show_home("Alice Martin")
        qtbot.waitExposed(window)
    finally:
        qapp.removeEventFilter(watch)
    assert styled.count(page) == 0


def test_the_page_is_worked_out_at_the_current_time(
    options: LaunchOptions, alice: Employee
) -> None:
    """The open session runs on and the days change status as the month goes on: the page
    from the snapshot equals the store's read at the same moment, hours later."""
    store = open_local_store(options.paths, FixedClock(NOW), "UTC")
    try:
        status, days = store.status(alice.id), store.month_days(alice.id, 2026, 11)
        identity = first_page.store_identity(options.paths.db_path)
        assert identity is not None
        limit = store.missing_clock_out_limit()
        first_page.save(options.paths.db_path, identity, status, alice, days, limit, "UTC")
        for later in (timedelta(hours=3), timedelta(days=2), timedelta(hours=30)):
            store.clock.set(NOW + later)  # type: ignore[attr-defined]
            page = first_page.load(options.paths.db_path, alice.id, NOW + later, "UTC")
            assert page is not None
            assert page.days == store.month_days(alice.id, 2026, 11)
            assert page.status == store.status(alice.id)
            assert page.metrics == store.month_metrics(alice.id, 2026, 11)
        # Past the missed clock-out limit (16 h): the store and the snapshot both say so.
        assert page.status.missing_clock_out is not None
    finally:
        store.close()


def test_a_write_by_someone_else_makes_the_snapshot_ignored(
    qtbot: QtBot, runner: TaskRunner, options: LaunchOptions, alice: Employee
) -> None:
    Start(qtbot, runner, options, alice).close()
    kiosk = open_local_store(options.paths, FixedClock(NOW + timedelta(minutes=5)), "UTC")
    kiosk.start_break(alice.id)  # another window, or a kiosk on the same data folder
    kiosk.close()

    again = Start(qtbot, runner, options, alice)
    again.close()
    assert again.from_snapshot is None
    assert any("End break" in t for t in again.texts)  # the store's truth


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"sessions":[', '"sessions":[7,'),
        lambda text: "[]",
        lambda text: text.replace('"format":1', '"format":99'),
    ],
)
def test_a_damaged_snapshot_is_ignored(
    qtbot: QtBot, runner: TaskRunner, options: LaunchOptions, alice: Employee, damage: object
) -> None:
    Start(qtbot, runner, options, alice).close()
    path = first_page.snapshot_path(options.paths.db_path)
    path.write_text(damage(path.read_text()))  # type: ignore[operator]

    again = Start(qtbot, runner, options, alice)
    again.close()
    assert again.from_snapshot is None
    assert json.loads(path.read_text())["format"] == first_page.FORMAT  # written anew
    assert os.stat(path).st_mode & 0o777 == 0o600


def test_another_month_or_employee_is_not_shown(options: LaunchOptions, alice: Employee) -> None:
    store = open_local_store(options.paths, FixedClock(NOW), "UTC")
    try:
        identity = first_page.store_identity(options.paths.db_path)
        assert identity is not None
        days = store.month_days(alice.id, 2026, 11)
        first_page.save(
            options.paths.db_path, identity, store.status(alice.id), alice, days,
            store.missing_clock_out_limit(), "UTC",
        )  # fmt: skip
    finally:
        store.close()
    db = options.paths.db_path
    assert first_page.load(db, alice.id, NOW, "UTC") is not None
    assert first_page.load(db, alice.id, datetime(2026, 12, 1, 9, tzinfo=BERLIN), "UTC") is None
    assert first_page.load(db, alice.id + 1, NOW, "UTC") is None


def test_a_snapshot_in_english_is_ignored_by_a_german_start(
    options: LaunchOptions, alice: Employee
) -> None:
    """The snapshot holds the page's holiday names: a start in another language than the
    one it was written in takes the normal path (the store names them in its language)."""
    store = open_local_store(options.paths, FixedClock(NOW), "UTC")
    store.set_holiday_region("DE", "SN")  # 18 November: Repentance and Prayer Day
    store.month_days(alice.id, 2026, 11)  # caches the year's holidays (a write)
    store.close()
    store = open_local_store(options.paths, FixedClock(NOW), "UTC")
    try:
        days = store.month_days(alice.id, 2026, 11)
        identity = first_page.store_identity(options.paths.db_path)
        assert identity is not None
        first_page.save(
            options.paths.db_path, identity, store.status(alice.id), alice, days,
            store.missing_clock_out_limit(), "UTC",
        )  # fmt: skip
    finally:
        store.close()
    db = options.paths.db_path
    english = first_page.load(db, alice.id, NOW, "UTC")
    assert english is not None and english.days[17].holiday_name == "Repentance and Prayer Day"
    try:
        set_default_holiday_language("de")
        assert first_page.load(db, alice.id, NOW, "UTC") is None
    finally:
        set_default_holiday_language(ENGLISH)
    assert first_page.load(db, alice.id, NOW, "UTC") is not None


def test_a_real_start_shows_the_data_before_sqlalchemy_is_imported(
    options: LaunchOptions, root: Path, alice: Employee
) -> None:
    """Two real starts: the first reads the store and keeps the page; the second shows it
    with SQLAlchemy not yet imported, then the store's page follows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "attendance_desktop", "--smoke-test", "--data-dir", str(root)]
    events = []
    for _ in range(2):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        events.append([json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")])
    first, second = events
    assert (first[1]["event"], first[1]["source"], first[1]["loaded"]) == (
        "data",
        "store",
        ["sqlalchemy"],
    )
    assert (second[0]["event"], second[0]["loaded"]) == ("painted", [])
    assert (second[1]["event"], second[1]["source"], second[1]["loaded"]) == (
        "data",
        "first_page",
        [],  # the data came before SQLAlchemy was imported
    )
    report = second[2]
    assert report["first_page"] is True
    assert report["window_painted_s"] <= report["data_shown_s"] <= report["store_data_shown_s"]


def test_a_punch_before_closing_keeps_the_snapshot_valid(
    qtbot: QtBot, runner: TaskRunner, options: LaunchOptions, alice: Employee
) -> None:
    """The page is kept after the punch; closing the store folds its -wal file into it,
    which changes the files but not the data: the next start still shows the page."""
    first = Start(qtbot, runner, options, alice)
    with qtbot.waitSignal(first.home.punch_finished, timeout=WAIT):
        qtbot.mouseClick(first.window.home.clock.clock_button, Qt.MouseButton.LeftButton)
    assert any("Clock in" in t for t in page_texts(first.window))
    first.close()

    again = Start(qtbot, runner, options, alice)
    again.close()
    assert again.from_snapshot is not None
    assert words(again.from_snapshot) == words(again.texts)
    assert any("Clock in" in t for t in again.texts)  # clocked out at the last start
