"""Remote mode (`--server URL`): sign in, keep the token in the keyring, show the home page.

The token store and the sign-in call touch the keyring and the network, so both run on the
background task runner. A saved sign-in that still works opens the home page directly; an
expired one brings the sign-in form back with a plain reason; an unreachable server says
so and offers to try again (it does not throw away a sign-in that may still be good).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.clock import Clock
from ...core.errors import NotAuthenticated, ServiceUnavailable, TokenExpired
from ...core.models import Employee
from ...credentials import TokenStore
from ...launch import LaunchOptions
from ...settings import Settings
from ..tasks import TaskRunner
from ..views.main_window import MainWindow
from .home_controller import HomeController
from .messages import plain_message

ServiceFactory = Callable[[str, str], Any]  # (base_url, token) -> a remote AttendanceService
SignIn = Callable[[str, str, str], tuple[str, int]]  # (base_url, email, password)
FLUSH_INTERVAL_MS = 15_000


def journaled_factory(journal_path: Path, clock: Clock | None = None) -> ServiceFactory:
    """Remote services whose punches go through the punch journal at `journal_path`
    (dated by `clock`, this computer's by default)."""

    def make(base_url: str, token: str) -> Any:
        from ...journal.journaled_service import JournaledService
        from ...journal.store import PunchJournal
        from ...remote.service import RemoteAttendanceService

        return JournaledService(
            RemoteAttendanceService(base_url, token), PunchJournal(journal_path), clock
        )

    return make


def _default_sign_in(base_url: str, email: str, password: str) -> tuple[str, int]:
    from ...remote.service import sign_in

    return sign_in(base_url, email, password)


class RemoteStartupController(QObject):
    failed = Signal(str)  # never emitted: remote trouble is shown in the window itself
    home_started = Signal(object)
    first_run_shown = Signal()  # here: the sign-in form is shown

    def __init__(
        self,
        options: LaunchOptions,
        runner: TaskRunner,
        window: MainWindow,
        settings: Settings,
        tokens: TokenStore | None = None,
        *,
        service_factory: ServiceFactory | None = None,
        sign_in: SignIn = _default_sign_in,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert options.server_url, "remote mode needs a server URL"
        self._url: str = options.server_url
        self._options, self._runner, self._window = options, runner, window
        self._settings = settings
        self._tokens = tokens
        self._factory = service_factory or journaled_factory(
            options.paths.data_dir / "punch-journal.sqlite3"
        )
        self._sign_in = sign_in
        # Punches queued while the server was away are sent as soon as it answers again.
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)
        self.service: Any = None
        #: The signed-in token (the Team section's service uses it too, for an admin).
        self.token: str | None = None
        self.home: HomeController | None = None
        window.sign_in.set_server(self._url)
        window.sign_in.submitted.connect(self.sign_in)
        window.retry_button.clicked.connect(self.start)
        window.sign_out_action.triggered.connect(self.sign_out)

    @property
    def settings(self) -> Settings:
        return self._settings

    # -- opening with a saved sign-in ----------------------------------------------------

    def start(self) -> None:
        self._window.show_loading(self.tr("Connecting to {url}…").format(url=self._url))
        self._runner.submit(self._resume, self._resumed, self._resume_failed, context=self)

    def _token_store(self) -> TokenStore:
        if self._tokens is None:
            self._tokens = TokenStore()
        return self._tokens

    def _resume(self) -> tuple[Any, Employee] | None:
        token = self._token_store().load(self._url)
        if not token:
            return None
        self.token = token
        service = self._factory(self._url, token)
        try:
            return service, service.me()
        except BaseException:
            service.close()
            raise

    def _resumed(self, result: tuple[Any, Employee] | None) -> None:
        if result is None:
            self._show_sign_in("")
        else:
            self._start_home(*result)

    def _resume_failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceUnavailable):
            self._window.show_loading(plain_message(error), retry=True)
            return
        if isinstance(error, (TokenExpired, NotAuthenticated)):
            self._runner.submit(lambda: self._token_store().forget(self._url), _ignore, _ignore)
        self._show_sign_in(plain_message(error))

    # -- signing in and out ---------------------------------------------------------------

    def _show_sign_in(self, reason: str) -> None:
        self._window.show_sign_in()
        if reason:
            self._window.sign_in.show_error(reason)
        self._window.sign_in.set_note(self._token_store().problem if self._tokens else "")
        self.first_run_shown.emit()

    def sign_in(self, email: str, password: str) -> None:
        self._window.sign_in.set_busy(True)
        url, factory, sign_in = self._url, self._factory, self._sign_in

        def work() -> tuple[Any, Employee]:
            token, _employee_id = sign_in(url, email, password)
            self._token_store().save(url, token)
            self.token = token
            service = factory(url, token)
            try:
                return service, service.me()
            except BaseException:
                service.close()
                raise

        def done(result: tuple[Any, Employee]) -> None:
            self._window.sign_in.set_busy(False)
            self._start_home(*result)

        def refused(error: BaseException) -> None:
            self._window.sign_in.set_busy(False)
            self._window.sign_in.show_error(plain_message(error))
            self._window.sign_in.set_note(self._token_store().problem)

        self._runner.submit(work, done, refused, context=self)

    def flush(self) -> None:
        """Send punches queued while offline; then show the server's truth, or the refusals."""
        service, home = self.service, self.home
        if service is None or home is None or not hasattr(service, "flush"):
            return

        def work() -> tuple[Any, list[tuple[str, Any, str]]]:
            # On the worker: sending, and reading the journal for this round's refusals.
            result = service.flush()
            refused = service.refused()[-result.rejected :] if result.rejected else []
            return result, [(e.action, e.device_time, e.error_message or "") for e in refused]

        def sent(outcome: tuple[Any, list[tuple[str, Any, str]]]) -> None:
            result, refused = outcome
            if self.home is not home:
                return
            home.show_refused(refused)  # each named, with when it was made and what to do
            if result.sent or result.rejected:
                home.reload()

        self._runner.submit(work, sent, _ignore, context=self)

    def stop(self) -> None:
        """The window is closing: no more sending in the background."""
        self._flush_timer.stop()
        if self.home is not None:
            self.home.stop()
            self.home = None

    def sign_out(self) -> None:
        self._flush_timer.stop()
        if self.home is not None:
            self.home.stop()
            self.home.deleteLater()
            self.home = None
        old, self.service = self.service, None
        url, store = self._url, self._token_store()

        def work() -> None:
            store.forget(url)
            if old is not None:
                old.close()

        self._runner.submit(work, lambda _r: self._show_sign_in(""), _ignore, context=self)

    def _start_home(self, service: Any, employee: Employee) -> None:
        self.service = service
        self.home = HomeController(
            service, self._runner, self._window.home, employee, self._options.timezone, self
        )
        self._window.show_home(employee.full_name)
        self._window.enable_sign_out()
        self.home.start()
        self._flush_timer.start()
        self.home_started.emit(self.home)


def _ignore(_value: object) -> None:
    return None
