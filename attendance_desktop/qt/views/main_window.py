"""The main window: a loading page, then either the first-run form or the home page.

Only the loading page is built with the window: it is what the first paint shows, and the
home page's widgets (built when first asked for, once the window is up) would delay it.
The loading page does without PySide6's `Qt` namespace: its first use sets up Python enums
for all of Qt's (25 ms here), which the home page's modules pay for after the first paint.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..theme import use_style_sheet

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QTabBar

    from .first_run_form import FirstRunForm
    from .home_page import HomePage
    from .sign_in_form import SignInForm
    from .team.team_page import TeamPage

# Small enough for 1024x600 and for 200% scaling of 1920x1080 (960x540): the home page
# scrolls inside it. The window opens at PREFERRED_SIZE or the screen's free area if less.
MIN_SIZE = QSize(640, 420)
PREFERRED_SIZE = QSize(1180, 760)
CLOCK_SHORTCUT = "Ctrl+I"
BREAK_SHORTCUT = "Ctrl+B"
P = TypeVar("P", bound=QWidget)


class MainWindow(QMainWindow):
    #: Emitted after every paint of the window (the smoke test times the first ones).
    painted = Signal()
    #: The window was closed while the app lives on in the tray (it is only hidden).
    hidden_to_tray = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The platform adds the application's display name to every title ("Alice Martin —
        # Attendance Desktop"), so the titles below name only what the window shows.
        self.setWindowTitle("")
        #: While a tray icon keeps the app running, closing the window only hides it.
        self.keep_in_tray = False
        self.setMinimumSize(MIN_SIZE)
        self.fit_to_screen()
        self.stack = QStackedWidget()
        self.loading = QWidget()
        self.loading.setObjectName("LoadingPage")
        use_style_sheet(self.loading)
        self._loading_box = QVBoxLayout(self.loading)
        self.loading_label = QLabel(self.tr("Opening your attendance…"))
        self.loading_label.setObjectName("Muted")
        row = QHBoxLayout()  # the text in the middle, by stretches on every side
        row.addStretch(1)
        row.addWidget(self.loading_label)
        row.addStretch(1)
        self._loading_box.addStretch(1)
        self._loading_box.addLayout(row)
        self._loading_box.addStretch(1)
        self._build_menus()
        self.stack.addWidget(self.loading)
        self.setCentralWidget(self.stack)
        # The punches from the keyboard, shown with their keys under Help. Window-wide
        # (QAction's default), enabled once the home page is shown.
        self.clock_action = self._shortcut(self.tr("Clock in / clock out"), CLOCK_SHORTCUT)
        self.break_action = self._shortcut(self.tr("Start / end break"), BREAK_SHORTCUT)

    def _shortcut(self, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setEnabled(False)
        self.addAction(action)
        return action

    def fit_to_screen(self) -> None:
        """Open within the screen's free area (not under a panel, not off its edge)."""
        screen = self.screen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        area = screen.availableGeometry()
        size = PREFERRED_SIZE.boundedTo(area.size() - QSize(16, 48))  # room for the frame
        self.resize(size.expandedTo(MIN_SIZE).boundedTo(area.size()))
        self.move(area.center().x() - self.width() // 2, area.center().y() - self.height() // 2)

    # Built when first asked for: the home page once the window is up, the forms only on
    # the starts that show them (their widgets cost start-up time).
    @functools.cached_property
    def home(self) -> HomePage:
        from PySide6.QtWidgets import QScrollArea

        from ..page_style import apply_leaf_sheets, use_leaf_sheet
        from .home_page import HomePage
        from .keyboard import EnterClicks, enter_clicks, press

        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The theme's rule for the area reaches its scroll bars (children of children):
        # they keep it, on their own, and the page under the area has no sheet.
        for bar in (scroll.verticalScrollBar(), scroll.horizontalScrollBar()):
            use_leaf_sheet(bar, "#PageScroll")
        # Tab goes through the page's controls (the area scrolls to each), not to the area.
        scroll.setFocusPolicy(scroll.focusPolicy().NoFocus)
        # The area goes in the window's stack before the page goes in the area: the page's
        # widgets are polished once, as it is laid out in the area, not again when the area
        # joins the stack. No style sheet on the way: the page is styled in Python.
        self._home_scroll = self._added(scroll)
        page = HomePage()
        self._enter_clicks = EnterClicks(self)
        enter_clicks(page, self._enter_clicks)
        self.clock_action.triggered.connect(lambda: press(page.clock.clock_button))
        self.break_action.triggered.connect(lambda: press(page.clock.break_button))
        scroll.setWidget(page)
        apply_leaf_sheets()  # the page in its place: each leaf is polished once
        return page

    @functools.cached_property
    def retry_button(self) -> QPushButton:
        """Under the loading text when a server cannot be reached (remote mode)."""
        from PySide6.QtCore import Qt

        button = QPushButton(self.tr("Try again"))
        button.setObjectName("SecondaryButton")
        button.hide()
        # Between the text's row and the stretch below it.
        self._loading_box.insertWidget(2, button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    @functools.cached_property
    def first_run(self) -> FirstRunForm:
        from .first_run_form import FirstRunForm

        return self._added(FirstRunForm(), styled=True)

    @functools.cached_property
    def sign_in(self) -> SignInForm:
        from .sign_in_form import SignInForm

        return self._added(SignInForm(), styled=True)

    def _added(self, page: P, *, styled: bool = False) -> P:
        """`styled`: the page takes the theme's sheet (all but the home page, styled in
        Python for a faster start: page_style.py)."""
        if styled:
            use_style_sheet(page)
        self.stack.addWidget(page)
        return page

    def show_loading(self, text: str = "", *, retry: bool = False) -> None:
        self.loading_label.setText(text or self.tr("Opening your attendance…"))
        if retry or "retry_button" in self.__dict__:
            self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.loading)

    def _build_menus(self) -> None:
        """File, Settings, Account (remote mode, while signed in) and Help."""
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.close_action = self._action(self.tr("&Close window"), "Ctrl+W")
        self.close_action.triggered.connect(self.close)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q")
        # The month on the home page as CSV or PDF, or on paper: enabled once it is shown.
        self.export_action = self._action(self.tr("&Export month…"), "Ctrl+E")
        self.print_action = self._action(self.tr("&Print month…"), "Ctrl+P")
        for action in (self.export_action, self.print_action):
            action.setEnabled(False)
        file_menu.addActions([self.export_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,")
        # Local mode only: a remote server's holidays are its administrator's business.
        self.holiday_settings_action = QAction(self.tr("Public &holidays…"), self)
        self.holiday_settings_action.setVisible(False)
        settings_menu.addActions([self.settings_action, self.holiday_settings_action])
        # Remote mode only: forget the saved sign-in and go back to the sign-in form.
        self.account_menu = bar.addMenu(self.tr("&Account"))
        self.account_menu.menuAction().setVisible(False)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setVisible(False)
        self.account_menu.addAction(self.sign_out_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "F1")
        self.about_action = QAction(self.tr("&About Attendance Desktop"), self)
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        return action

    def visible_menus(self) -> list[str]:
        """The menu bar's menus a person can see (their titles, without the & marks)."""
        return [
            a.text().replace("&", "")
            for a in self.menuBar().actions()
            if a.menu() is not None and a.isVisible()
        ]

    def show_sign_in(self) -> None:
        self.disable_team()
        self.setWindowTitle(self.tr("Sign in"))
        # Nobody is signed in: no Account menu at all, not an empty one.
        self.sign_out_action.setVisible(False)
        self.account_menu.menuAction().setVisible(False)
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.reset()

    def enable_sign_out(self) -> None:
        """Offer "Account → Sign out" (remote mode, while signed in)."""
        self.sign_out_action.setVisible(True)
        self.account_menu.menuAction().setVisible(True)

    def enable_holiday_settings(self) -> None:
        """Offer "Settings → Public holidays…" in the window's menu (local mode)."""
        self.holiday_settings_action.setVisible(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keep_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)

    def show_first_run(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.first_name.setFocus()

    def show_home(self, employee_name: str) -> None:
        self.setWindowTitle(employee_name)
        self.home  # noqa: B018  (built now if it was not yet)
        self.stack.setCurrentWidget(self._home_scroll)
        self.clock_action.setEnabled(True)
        self.break_action.setEnabled(True)
        if "sections" in self.__dict__:
            self.sections.setCurrentIndex(0)

    # -- the team console (an administrator signed in to a server) ---------------------------

    @functools.cached_property
    def sections(self) -> QTabBar:
        """ "My attendance" and "Team" above the page: built only for an administrator."""
        from PySide6.QtWidgets import QTabBar

        bar = QTabBar()
        bar.setObjectName("Sections")
        bar.setDocumentMode(True)
        bar.setExpanding(False)
        bar.addTab(self.tr("My attendance"))
        bar.addTab(self.tr("Team"))
        bar.setAccessibleName(self.tr("Sections"))
        bar.currentChanged.connect(self._section_chosen)
        self.takeCentralWidget()  # the stack, kept (setCentralWidget would delete it)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(bar)
        box.addWidget(self.stack, 1)
        self.setCentralWidget(holder)
        self.team_action = self._action(self.tr("&Team"), "Ctrl+2")
        self.team_action.triggered.connect(lambda: bar.setCurrentIndex(1))
        self.mine_action = self._action(self.tr("&My attendance"), "Ctrl+1")
        self.mine_action.triggered.connect(lambda: bar.setCurrentIndex(0))
        self.addActions([self.mine_action, self.team_action])
        return bar

    @functools.cached_property
    def team(self) -> TeamPage:
        from .team.team_page import TeamPage

        return self._added(TeamPage(), styled=True)

    def enable_team(self) -> TeamPage:
        """Offer the Team section beside the person's own page; the console's page."""
        self.sections.show()
        self.team_action.setEnabled(True)
        self.mine_action.setEnabled(True)
        return self.team

    def disable_team(self) -> None:
        """Signed out, or signed in as someone who is not an administrator."""
        if "sections" in self.__dict__:
            self.sections.setCurrentIndex(0)
            self.sections.hide()
            self.team_action.setEnabled(False)
            self.mine_action.setEnabled(False)

    def take_team(self) -> TeamPage | None:
        """The Team page out of the window (signed out): the next administrator gets a
        fresh one. The caller deletes it once its console's last answers are in."""
        self.disable_team()
        page: TeamPage | None = self.__dict__.pop("team", None)
        if page is not None:
            self.stack.removeWidget(page)
        return page

    def _section_chosen(self, index: int) -> None:
        if index == 1 and "team" in self.__dict__:
            self.stack.setCurrentWidget(self.team)
        elif "_home_scroll" in self.__dict__:
            self.stack.setCurrentWidget(self._home_scroll)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
