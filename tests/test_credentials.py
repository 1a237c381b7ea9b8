"""The token store: the OS keyring when there is one, memory only (and said so) otherwise.

The keyring backend is the edge of the world we don't own, so tests install a small
in-memory backend through keyring's own API.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from attendance_desktop.credentials import SERVICE_NAME, TokenStore

SERVER = "https://attendance.example.com"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise PasswordDeleteError("not found")
        del self.items[(service, username)]


@pytest.fixture
def backend() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_token_survives_a_restart_in_the_keyring(backend: MemoryKeyring) -> None:
    TokenStore().save(SERVER, "tok-1")
    assert backend.items[(SERVICE_NAME, SERVER)] == "tok-1"
    assert TokenStore().load(SERVER) == "tok-1"  # a new app run finds it


def test_sign_out_forgets_the_token(backend: MemoryKeyring) -> None:
    store = TokenStore()
    store.save(SERVER, "tok-1")
    store.forget(SERVER)
    assert TokenStore().load(SERVER) is None
    store.forget(SERVER)  # signing out twice is harmless


def test_without_a_keyring_the_token_lives_in_memory_and_the_user_is_told() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = TokenStore()
        assert not store.persistent
        assert "sign in again next time" in store.problem
        store.save(SERVER, "tok-2")
        assert store.load(SERVER) == "tok-2"
        assert TokenStore().load(SERVER) is None  # nothing written anywhere
    finally:
        keyring.set_keyring(previous)
