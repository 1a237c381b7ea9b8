"""Sealing what a person typed or scanned at an offline kiosk, for the server's eyes only.

The kiosk cannot check a badge or PIN without the server, and must not hold what would
let it (a thief would take it too). So it seals the badge code, or the id and PIN, with
the punch's id and time, to the server's public key (a libsodium sealed box), and keeps
only that blob. Every blob is padded to one size, so its length tells nothing either.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from nacl.public import PublicKey, SealedBox

SEALED_VERSION = 1  # the server's sealed_punches.py reads this shape
PADDED_BYTES = 384  # above any payload: a 128-character badge, or a 12-digit id and PIN


@dataclass(frozen=True, slots=True)
class SealedInput:
    """An offline identification: the punch it is for, and the blob naming who."""

    punch_id: str
    at: datetime  # aware UTC
    blob: str = field(repr=False)


def at_text(at: datetime) -> str:
    """The punch time as both the seal and the replay carry it (they must match)."""
    return at.astimezone(UTC).isoformat()


def seal(
    public_key: str,
    punch_id: str,
    at: datetime,
    *,
    badge: str | None = None,
    employee_id: int | None = None,
    pin: str | None = None,
) -> SealedInput:
    inside: dict[str, object] = {"v": SEALED_VERSION, "punch_id": punch_id, "at": at_text(at)}
    if badge is not None:
        inside["badge"] = badge
    else:
        inside["employee_id"], inside["pin"] = employee_id, pin
    text = json.dumps(inside, separators=(",", ":"))
    inside["pad"] = "." * max(PADDED_BYTES - len(text) - len(',"pad":""'), 0)
    plain = json.dumps(inside, separators=(",", ":")).encode("utf-8")
    box = SealedBox(PublicKey(base64.b64decode(public_key, validate=True)))
    return SealedInput(punch_id, at, base64.b64encode(box.encrypt(plain)).decode("ascii"))
