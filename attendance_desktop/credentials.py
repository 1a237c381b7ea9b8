"""Where the desktop keeps its sign-in token for a server: the OS keyring.

When the machine has no keyring backend (a bare Linux box, a locked-down kiosk), the token
is kept in memory for this run only and `persistent` says so, so the GUI can tell the user
that they will be asked to sign in again next time. The token is never written to a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SERVICE_NAME = "attendance-desktop"


@dataclass
class TokenStore:
    """Tokens per server URL; one keyring entry per server."""

    _memory: dict[str, str] = field(default_factory=dict)
    persistent: bool = True
    problem: str = ""

    def __post_init__(self) -> None:
        try:
            import keyring
            from keyring.backends import fail

            if isinstance(keyring.get_keyring(), fail.Keyring):
                self._no_keyring("No system keyring is available")
        except Exception as exc:  # a broken backend must not stop the app
            self._no_keyring(f"The system keyring could not be used ({exc})")

    def _no_keyring(self, why: str) -> None:
        self.persistent = False
        self.problem = (
            f"{why}, so your sign-in is kept only until you close the app. "
            "You will be asked to sign in again next time."
        )

    def load(self, server_url: str) -> str | None:
        if not self.persistent:
            return self._memory.get(server_url)
        import keyring

        try:
            return keyring.get_password(SERVICE_NAME, server_url)
        except Exception as exc:
            self._no_keyring(f"The system keyring could not be read ({exc})")
            return self._memory.get(server_url)

    def save(self, server_url: str, token: str) -> None:
        self._memory[server_url] = token
        if not self.persistent:
            return
        import keyring

        try:
            keyring.set_password(SERVICE_NAME, server_url, token)
        except Exception as exc:
            self._no_keyring(f"The system keyring could not be written ({exc})")

    def forget(self, server_url: str) -> None:
        """Sign out: remove the token everywhere it was kept."""
        self._memory.pop(server_url, None)
        if not self.persistent:
            return
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(SERVICE_NAME, server_url)
        except PasswordDeleteError:
            pass
        except Exception as exc:
            self._no_keyring(f"The system keyring could not be changed ({exc})")
