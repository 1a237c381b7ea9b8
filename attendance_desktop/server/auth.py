"""Who is calling: bearer tokens and the access rules of PRODUCT.md's privacy section.

Three kinds of callers:
- an employee (JWT, role "employee"): only their own employee id;
- an admin (JWT, role "admin"): every employee;
- a kiosk device (its long-lived device token) that may only identify an employee; it
  then gets a short "kiosk grant" JWT that may punch for and read the status of that one
  employee, for a few seconds.

A token follows its account: it carries the account's token version (raised when the role
or the password changes) and a grant carries its device. Both are checked in the database
on every request (one read by primary key), so a demoted admin, a changed password or a
revoked kiosk ends its tokens at once, in every worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from ..core.clock import Clock
from ..core.errors import Forbidden, NotAuthenticated, TokenExpired
from ..storage.accounts import DEVICE_TOKEN_PREFIX, AccountStore

ALGORITHM = "HS256"
ISSUER = "attendance-server"
VERIFIED_TOKENS_KEPT = 10_000  # about 2 MB; cleared whole when full


@dataclass(frozen=True, slots=True)
class Principal:
    kind: str  # "employee" | "admin" | "device" | "kiosk_grant"
    employee_id: int | None = None
    device_id: int | None = None
    token_version: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.kind == "admin"


class TokenIssuer:
    def __init__(self, secret: str, clock: Clock, lifetime: timedelta, grant_lifetime: timedelta):
        self._secret = secret
        self._clock = clock
        self._lifetime = lifetime
        self._grant_lifetime = grant_lifetime
        self._verified: dict[str, tuple[Principal, int]] = {}

    def _encode(self, claims: dict[str, Any], lifetime: timedelta) -> str:
        now = self._clock.now()
        payload = {
            **claims,
            "iss": ISSUER,
            "iat": int(now.timestamp()),
            "exp": int((now + lifetime).timestamp()),
        }
        return jwt.encode(payload, self._secret, algorithm=ALGORITHM)

    def for_employee(self, employee_id: int, role: str, version: int) -> tuple[str, datetime]:
        claims = {"sub": str(employee_id), "role": role, "ver": version}
        token = self._encode(claims, self._lifetime)
        return token, self._clock.now() + self._lifetime

    def kiosk_grant(self, employee_id: int, device_id: int) -> str:
        claims = {"sub": str(employee_id), "role": "kiosk_grant", "dev": device_id}
        return self._encode(claims, self._grant_lifetime)

    def decode(self, token: str) -> Principal:
        """The caller a token names. A token's signature is checked once and remembered (a
        token never changes; checking it was a tenth of a punch's work); its expiry is
        checked on every call, against the server's clock."""
        found = self._verified.get(token)
        if found is None:
            found = self._verify(token)
            if len(self._verified) >= VERIFIED_TOKENS_KEPT:
                self._verified.clear()
            self._verified[token] = found
        principal, exp = found
        if exp <= self._clock.now().timestamp():
            raise TokenExpired()
        return principal

    def _verify(self, token: str) -> tuple[Principal, int]:
        try:
            # Expiry is checked against the server's clock by decode, not the wall clock.
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                # Times are the server's own clock's, checked by decode (not PyJWT's wall
                # clock: a token issued "in the future" by a server clock ahead of the wall
                # clock is still the server's own).
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "require": ["exp", "sub", "iss"],
                },
            )
            employee_id = int(claims["sub"])
            exp = int(claims["exp"])
            role = str(claims.get("role", ""))
            if role in ("employee", "admin"):
                # A token without a version (issued before versions) is refused.
                return Principal(role, employee_id, token_version=int(claims["ver"])), exp
            if role == "kiosk_grant":
                return Principal(role, employee_id, int(claims.get("dev", 0))), exp
        except (jwt.PyJWTError, ValueError, TypeError, KeyError) as exc:
            raise NotAuthenticated("The sign-in token is not valid. Please sign in again.") from exc
        raise NotAuthenticated("The sign-in token is not valid. Please sign in again.")


def principal_from_header(
    header: str | None, tokens: TokenIssuer, accounts: AccountStore
) -> Principal:
    if not header:
        raise NotAuthenticated()
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise NotAuthenticated("Send the token as: Authorization: Bearer <token>.")
    if token.startswith(DEVICE_TOKEN_PREFIX):
        device = accounts.device_for_token(token)
        if device is None:
            raise NotAuthenticated("This kiosk device is not registered (or was revoked).")
        return Principal("device", None, device.id)
    principal = tokens.decode(token)
    if not still_holds(principal, accounts):
        raise NotAuthenticated(
            "This sign-in has ended: the account or the kiosk changed. Please sign in again."
        )
    return principal


def still_holds(principal: Principal, accounts: AccountStore) -> bool:
    """Whether a token's account (or a grant's device) is as it was when it was issued."""
    if principal.kind == "kiosk_grant":
        return principal.device_id is not None and accounts.device_is_active(principal.device_id)
    if principal.employee_id is None or principal.token_version is None:
        return False
    return accounts.caller_is_current(
        principal.employee_id, principal.kind, principal.token_version
    )


def require_employee(who: Principal, employee_id: int, *, kiosk: bool = False) -> None:
    """Allow the employee themself, an admin, or (for punches/status) their kiosk grant.

    Checked before the employee is looked up, so a refusal says nothing about whether
    that employee exists.
    """
    if who.is_admin:
        return
    if who.employee_id == employee_id and (
        who.kind == "employee" or (kiosk and who.kind == "kiosk_grant")
    ):
        return
    raise Forbidden()


def require_person(who: Principal) -> None:
    """An employee or an admin signed in with a password (not a kiosk or its grant)."""
    if who.kind not in ("employee", "admin") or who.employee_id is None:
        raise Forbidden("Only a signed-in employee can do this.")


def require_admin(who: Principal) -> None:
    if not who.is_admin:
        raise Forbidden("Only an administrator can do this.")


def require_device(who: Principal) -> int:
    if who.kind != "device" or who.device_id is None:
        raise Forbidden("Only a registered kiosk device can do this.")
    return who.device_id
