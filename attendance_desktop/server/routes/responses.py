"""The documented error responses of each API, for /openapi.json."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Seed000Error(BaseModel):
    response: str = Field(description="The seed's words for its four errors, else `message`")
    http_status_code: int
    res_status: str
    message: str = Field(description="The same plain words the desktop app shows")


class ApiError(BaseModel):
    success: bool = False
    message: str
    code: str


def seed000_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": Seed000Error} for s in (400, 401, 403, 413, *statuses, 503)}


def api_errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {s: {"model": ApiError} for s in (400, 401, 403, 413, *statuses, 503)}


def envelope(message: str, data: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"success": True, "message": message}
    if data is not None:
        body["data"] = data
    return body
