"""What /openapi.json tells a client generator, beyond what FastAPI derives by itself.

- Every route but sign-in and /health needs a bearer token: said once, as a security
  scheme, and on each protected operation, so a generated client sends the token.
- The server never answers 422 (validation errors are 400 in each API's error body), so
  FastAPI's 422 responses and their schemas are left out.
- A body that may be left out is said so (`required: false`), not as "the model or
  null", which generators read as a body of JSON null they then cannot send.
- Operation ids name the API and the route (`seed004_check_in`), not the URL.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

PUBLIC = {("/api/v1/auth/signin", "post"), ("/health", "get")}
BEARER = {"type": "http", "scheme": "bearer", "bearerFormat": "JWT or kiosk device token"}
_API_OF_TAG = {
    "attendance (seed 004)": "seed004",
    "home page (seed 000)": "seed000",
    "employees": "employees",
    "sign-in": "account",
    "kiosk": "kiosk",
    "health": "health",
}


def operation_id(route: APIRoute) -> str:
    tag = str(route.tags[0]) if route.tags else ""
    return f"{_API_OF_TAG.get(tag, 'api')}_{route.name}"


def _tidy(schema: dict[str, Any]) -> None:
    components = schema.setdefault("components", {})
    components.setdefault("securitySchemes", {})["bearer"] = BEARER
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            operation.get("responses", {}).pop("422", None)
            if (path, method) not in PUBLIC:
                operation["security"] = [{"bearer": []}]
            _optional_body(operation)
    for unused in ("HTTPValidationError", "ValidationError"):
        components.get("schemas", {}).pop(unused, None)


def _optional_body(operation: dict[str, Any]) -> None:
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    variants = body.get("schema", {}).get("anyOf", [])
    refs = [v for v in variants if v != {"type": "null"}]
    if len(variants) == 2 and len(refs) == 1:
        body["schema"] = refs[0]
        operation["requestBody"]["required"] = False


def install_openapi(app: FastAPI) -> None:
    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            _tidy(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]
