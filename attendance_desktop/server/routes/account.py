"""Sign-in and "who am I": POST /api/v1/auth/signin, GET /api/v1/users/me."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from .. import wire
from ..context import Ctx
from ..deps import PersonCaller
from ..parsing import Text
from ..schemas import ProfileAnswer, SignInAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1", tags=["sign-in"])


class SignInBody(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    email: Annotated[Text, Field(min_length=1, max_length=255)]
    password: Annotated[Text, Field(min_length=1, max_length=256)]


@router.post(
    "/auth/signin",
    response_model=SignInAnswer,
    responses=api_errors(429),
    summary="Sign in with email and password",
)
def sign_in(body: SignInBody, ctx: Ctx, request: Request) -> dict[str, Any]:
    address = request.client.host if request.client else None
    found = ctx.accounts.sign_in(body.email, body.password, address)
    employee_id, role = found.employee_id, found.role
    token, expires = ctx.tokens.for_employee(employee_id, role, found.token_version)
    data = {
        "token": token,
        "token_type": "bearer",
        "expires_at": wire.instant(expires),
        "employee_id": employee_id,
        "role": role,
    }
    return envelope("Signed in successfully", data)


@router.get(
    "/users/me",
    response_model=ProfileAnswer,
    responses=api_errors(),
    summary="The signed-in employee",
)
def me(ctx: Ctx, who: PersonCaller) -> dict[str, Any]:
    assert who.employee_id is not None  # a person always has one
    data = wire.employee(ctx.service.employee(who.employee_id))
    data["id"] = data["employee_id"]
    data["role"] = who.kind
    return envelope("User retrieved successfully", data)
