"""The Qt kiosk in front of a real server on 127.0.0.1, and when that server goes away."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.core.punches import apply_punch
from attendance_desktop.kiosk.backend import PunchAction
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.kiosk.controller import KioskWindow

from .conftest import NOW, FakeMonotonic
from .helpers import key_target, reader_types, shown_text
from .remote_harness import RestartableServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RestartableServer]:
    srv = RestartableServer(tmp_path / "server.sqlite3", NOW)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def remote_kiosk(
    qtbot: QtBot, server: RestartableServer, tmp_path: Path, monotonic: FakeMonotonic
) -> Iterator[KioskWindow]:
    server.add_employee("Anna", badge="0012345", pin="2468")
    backend = RemoteKioskBackend.open(
        server.base_url, server.device_token(), app_paths(tmp_path / "kiosk"), server.clock
    )
    backend.refresh_device()
    window = KioskWindow(
        backend,
        KioskConfig(company_name="ACME"),
        server.clock,
        ZoneInfo("UTC"),
        monotonic=monotonic,
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close()
    window.shutdown()
    backend.close()


def test_a_badge_burst_clocks_in_on_the_server(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    with qtbot.waitSignal(remote_kiosk.punch_shown, timeout=5000):
        reader_types(qtbot, remote_kiosk, "0012345")
    assert server.ctx is not None
    [anna] = [e for e in server.ctx.service.employees() if e.first_name == "Anna"]
    assert server.ctx.service.status(anna.id).clocked_in
    assert "Hello, Anna" in shown_text(remote_kiosk) and "Worked today: 0m" in shown_text(
        remote_kiosk
    )


def test_offline_punches_are_taken_and_counted_then_sent(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer, monotonic: FakeMonotonic
) -> None:
    server.stop()
    with qtbot.waitSignal(remote_kiosk.punch_shown, timeout=5000):
        reader_types(qtbot, remote_kiosk, "0012345")
    shown = shown_text(remote_kiosk)
    assert "Punch saved" in shown and "when the connection is back" in shown
    assert "Anna" not in shown  # offline the kiosk cannot know who it was
    qtbot.waitUntil(
        lambda: remote_kiosk.idle.sync_badge.text() == "Offline — 1 punch waiting", timeout=5000
    )
    server.start()
    with qtbot.waitSignal(
        remote_kiosk.sync_updated, timeout=5000, check_params_cb=lambda s: s.waiting == 0
    ):
        remote_kiosk.sync_now()
    assert remote_kiosk.idle.sync_badge.text() == ""
    assert server.ctx is not None
    [anna] = [e for e in server.ctx.service.employees() if e.first_name == "Anna"]
    status = server.ctx.service.status(anna.id)
    assert status.clocked_in and status.open_session is not None and status.open_session.offline


def test_the_admin_dialog_lists_refused_punches(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    server.stop()
    with qtbot.waitSignal(remote_kiosk.punch_shown, timeout=5000):
        reader_types(qtbot, remote_kiosk, "99999")  # nobody's badge: only the server knows
    server.start()
    with qtbot.waitSignal(
        remote_kiosk.sync_updated, timeout=5000, check_params_cb=lambda s: s.refused == 1
    ):
        remote_kiosk.sync_now()
    assert "1 refused" in remote_kiosk.idle.sync_badge.text()
    remote_kiosk.ask_admin()
    dialog = remote_kiosk._admin
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.refused.isVisible(), timeout=5000)
    lines = [dialog.refused.item(i).text() for i in range(dialog.refused.count())]
    assert "The server refused 1 punch (kept here):" in lines[0]
    assert lines[1].startswith("Offline punch at") and "badge is not known" in lines[1]
    dialog.reject()


def test_the_admin_dialog_names_an_offline_scan_kept_after_a_missing_clock_out(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    assert server.ctx is not None
    [anna] = [e for e in server.ctx.service.employees() if e.first_name == "Anna"]
    server.ctx.service.clock_in(anna.id)  # Wednesday 08:00, never clocked out
    server.stop()
    server.clock.advance(timedelta(hours=71))  # Saturday 07:00, the network is down
    with qtbot.waitSignal(remote_kiosk.punch_shown, timeout=5000):
        reader_types(qtbot, remote_kiosk, "0012345")
    server.start()
    with qtbot.waitSignal(
        remote_kiosk.sync_updated, timeout=5000, check_params_cb=lambda s: s.refused == 1
    ):
        remote_kiosk.sync_now()
    remote_kiosk.ask_admin()
    dialog = remote_kiosk._admin
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.refused.isVisible(), timeout=5000)
    line = dialog.refused.item(1).text()
    assert line.startswith("Offline punch at 2026-11-21 07:00")
    assert line.endswith(
        "Anna's clock-out on Wednesday 18 November is missing; the punch at 07:00 on "
        "Saturday 21 November was kept for an administrator. Ask Anna when they left."
    )
    assert not dialog.refused.horizontalScrollBar().isVisible()  # wrapped, read whole
    assert server.ctx.service.status(anna.id).missing_clock_out is not None
    dialog.reject()


def test_offline_the_admin_leaves_with_the_kiosks_exit_code(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    server.stop()
    with qtbot.waitSignal(remote_kiosk.sync_updated, timeout=5000):
        remote_kiosk.sync_now()  # the kiosk notices the server is away
    remote_kiosk.ask_admin()
    dialog = remote_kiosk._admin
    assert dialog is not None

    def enter(*texts: str) -> None:
        for text in texts:
            qtbot.keyClicks(dialog.keypad.entry, text)
            qtbot.keyClick(dialog.keypad.entry, Qt.Key.Key_Return)

    with qtbot.waitSignal(remote_kiosk.admin_refused, timeout=5000):
        enter("2", "9999")  # an admin's right PIN: nobody can check it offline
    assert "exit code" in dialog.message.text()
    qtbot.mouseClick(dialog.use_code, Qt.MouseButton.LeftButton)
    assert dialog.keypad.title.text() == "Exit code"
    with qtbot.waitSignal(remote_kiosk.admin_refused, timeout=5000):
        enter("123456789012")
    assert dialog.message.text() == "This is not the kiosk's exit code."
    qtbot.mouseClick(dialog.use_code, Qt.MouseButton.LeftButton)
    enter(server.exit_code)
    qtbot.waitUntil(lambda: not remote_kiosk.isVisible(), timeout=5000)


FRIDAY_IN = datetime(2026, 11, 13, 8, 43, tzinfo=UTC)  # in the wall clock's past (JWT iat)
MONDAY = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def _anna_left_open_on_friday(server: RestartableServer) -> int:
    assert server.ctx is not None
    [anna] = [e.id for e in server.ctx.service.employees() if e.first_name == "Anna"]
    server.clock.set(FRIDAY_IN)
    apply_punch(server.ctx.service, anna, "clock_in")
    server.clock.set(MONDAY)
    return anna


def _scan_and_get_asked(qtbot: QtBot, kiosk: KioskWindow) -> None:
    with qtbot.waitSignal(kiosk.missed_asked, timeout=5000):
        reader_types(qtbot, kiosk, "0012345")
    assert "You didn't clock out on Friday 13 November. When did you leave?" in shown_text(kiosk)
    assert "You clocked in at 08:43." in shown_text(kiosk)


def test_a_missed_clock_out_is_asked_and_the_answer_waits_for_an_admin(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    anna = _anna_left_open_on_friday(server)
    _scan_and_get_asked(qtbot, remote_kiosk)
    for digit in "1705":
        qtbot.keyClick(key_target(remote_kiosk), digit)
    with qtbot.waitSignal(remote_kiosk.punch_shown, timeout=5000) as shown:
        qtbot.keyClick(key_target(remote_kiosk), Qt.Key.Key_Return)
    assert shown.args[0].action is PunchAction.CLOCK_IN and not shown.args[0].offline
    assert server.ctx is not None
    status = server.ctx.service.status(anna)
    assert status.open_session is not None and status.open_session.clock_in == MONDAY
    (fix,) = server.ctx.service.corrections(anna)
    assert fix.status.value == "pending" and fix.applied
    assert fix.correction.clock_out == datetime(2026, 11, 13, 17, 5, tzinfo=UTC)


def test_the_server_gone_before_the_answer_punches_nothing_and_says_so(
    qtbot: QtBot, remote_kiosk: KioskWindow, server: RestartableServer
) -> None:
    anna = _anna_left_open_on_friday(server)
    _scan_and_get_asked(qtbot, remote_kiosk)
    server.stop()
    keypad = remote_kiosk.left_at.keypad
    for digit in "1705":
        qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(remote_kiosk.message_shown, timeout=5000) as refused:
        qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)
    assert "server" in refused.args[0].lower()
    assert remote_kiosk.stack.currentWidget() is remote_kiosk.left_at  # Cancel is theirs
    with qtbot.waitSignal(remote_kiosk.idle_shown, timeout=5000):
        qtbot.mouseClick(remote_kiosk.left_at.cancel, Qt.MouseButton.LeftButton)
    server.start()
    assert server.ctx is not None
    assert server.ctx.service.status(anna).missing_clock_out is not None
    assert not server.ctx.service.corrections(anna)
