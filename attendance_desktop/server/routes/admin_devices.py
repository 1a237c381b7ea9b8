"""The admin's kiosk devices over HTTP: what `attendance-server device` does, for the team
console. Admin only (`AdminCaller`); a device's token and exit code are answered once, when
it is added, and only their hashes are kept."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse

from ...core.errors import DeviceNotFound
from ...storage.accounts import Device
from ...storage.device_codes import DeviceExitCodes
from .. import wire
from ..context import Ctx
from ..deps import AdminCaller
from ..parsing import MAX_ID, PlainInt
from ..schemas import DevicesAnswer, NewDeviceAnswer
from .admin import Name, StrictBody
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])
DeviceIdPath = Annotated[PlainInt, Path(ge=1, le=MAX_ID)]


class NewDeviceBody(StrictBody):
    name: Name


def _device(d: Device) -> dict[str, Any]:
    return {
        "id": d.id,
        "name": d.name,
        "revoked": d.revoked,
        "created_at": wire.instant(d.created_at),
        "last_seen": wire.instant(d.last_seen),
    }


@router.get(
    "/devices", response_model=DevicesAnswer, responses=api_errors(), summary="Kiosk devices"
)
def devices(ctx: Ctx, _admin: AdminCaller) -> dict[str, Any]:
    return envelope("Devices retrieved", [_device(d) for d in ctx.accounts.devices()])


@router.post(
    "/devices",
    status_code=201,
    response_model=NewDeviceAnswer,
    responses=api_errors(),
    summary="Register a kiosk; its token and exit code are answered this once (admin)",
)
def add_device(body: NewDeviceBody, ctx: Ctx, _admin: AdminCaller) -> JSONResponse:
    device, token = ctx.accounts.add_device(body.name)
    exit_code = DeviceExitCodes(ctx.service.engine).renew(device.id)
    data = {**_device(device), "token": token, "exit_code": exit_code}
    return JSONResponse(envelope("Device registered", data), status_code=201)


@router.delete(
    "/devices/{device_id}",
    response_model=DevicesAnswer,
    responses=api_errors(404),
    summary="Revoke a kiosk: its token is refused from its next request (admin)",
)
def revoke_device(device_id: DeviceIdPath, ctx: Ctx, _admin: AdminCaller) -> dict[str, Any]:
    if all(d.id != device_id for d in ctx.accounts.devices()):
        raise DeviceNotFound()
    ctx.accounts.revoke_device(device_id)
    return envelope("Device revoked", [_device(d) for d in ctx.accounts.devices()])
