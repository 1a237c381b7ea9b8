"""Error bodies. Seed-000 routes answer {"response", "http_status_code", "res_status"}
plus our plain "message"; every /api/v1 route answers seed 004's {"success": false,
"message"} plus our stable "code".

The body style follows the path, so even a 404 for an unknown route or a too-large body
answers in the style the client of that API expects. Never a traceback, and never the
text of a driver error: it may name the database's host and port.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core.errors import AttendanceError, BodyTooLarge, InvalidInput

log = logging.getLogger(__name__)

SEED000_PREFIX = "/employee"


HTTP_CODES = {
    404: ("NOT_FOUND", "There is nothing at this address."),
    405: ("METHOD_NOT_ALLOWED", "This address does not accept this method."),
    413: (BodyTooLarge.code, BodyTooLarge.default_message),
}


#: Seed 000's four documented errors, in its own words and statuses (its "Already Clocked
#: in" is a 400, whose body's 401 is the seed's typo). The GUI's words stay in "message".
SEED000_ANSWERS = {
    "EMPLOYEE_NOT_FOUND": (404, "User Does not Exist"),
    "ALREADY_CLOCKED_IN": (400, "Already Clocked in"),
    "NO_OPEN_SESSION": (400, "No Clockin Session found"),
    "FUTURE_MONTH": (400, "Future Month Requested"),
}


def is_seed000(path: str) -> bool:
    return path == SEED000_PREFIX or path.startswith(SEED000_PREFIX + "/")


def error_body(path: str, status: int, code: str, message: str) -> dict[str, Any]:
    if is_seed000(path):
        status, words = SEED000_ANSWERS.get(code, (status, message))
        return {
            "response": words,
            "http_status_code": status,
            "res_status": code,
            "message": message,
        }
    return {"success": False, "message": message, "code": code}


def error_response(path: str, status: int, code: str, message: str) -> JSONResponse:
    if is_seed000(path):
        status = SEED000_ANSWERS.get(code, (status, ""))[0]
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(
        error_body(path, status, code, message), status_code=status, headers=headers
    )


def _validation_message(exc: RequestValidationError) -> str:
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            return "The request body is not valid JSON."
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{loc or 'body'}: {err.get('msg', 'invalid')}")
    return "Invalid request: " + "; ".join(parts) + "."


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AttendanceError)
    async def _domain(request: Request, exc: AttendanceError) -> JSONResponse:
        message = exc.message
        if exc.http_status >= 500:  # a storage failure: its text may carry host and port
            log.warning("%s on %s: %s", exc.code, request.url.path, exc.message)
            message = exc.default_message
        return error_response(request.url.path, exc.http_status, exc.code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(request.url.path, 400, InvalidInput.code, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = HTTP_CODES.get(
            exc.status_code, (f"HTTP_{exc.status_code}", str(exc.detail))
        )
        return error_response(request.url.path, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(
            request.url.path, 500, "INTERNAL_ERROR", "Something went wrong on the server."
        )
