"""The app as a whole: /health, trailing slashes, and what /openapi.json tells a client."""

from __future__ import annotations

import json
import urllib.request
from collections import Counter
from typing import Any

import pytest

from attendance_desktop.server.app import create_app
from attendance_desktop.server.openapi import PUBLIC
from attendance_desktop.server.settings import ServerSettings

from .harness import ThreadServer, free_port
from .live import Live


def test_health_answers_503_when_the_database_is_down_and_never_names_its_host() -> None:
    port = free_port()  # nothing listens there: the database is down
    settings = ServerSettings(
        db_url=f"postgresql+psycopg://postgres@127.0.0.1:{port}/attendance",
        jwt_secret="test secret " * 4,
    )
    app = create_app(settings, run_migrations=False)
    with ThreadServer(app) as server:
        import httpx

        with httpx.Client(base_url=server.base_url, timeout=30) as http:
            health = http.get("/health")
            signin = http.post(
                "/api/v1/auth/signin", json={"email": "ada@example.com", "password": "x"}
            )
    app.state.ctx.service.close()
    for r in (health, signin):
        assert r.status_code == 503, r.text
        body = r.json()
        assert body["success"] is False and body["code"].startswith("STOR")
        assert str(port) not in r.text and "127.0.0.1" not in r.text, r.text


SLASHED = [
    ("GET", "/api/v1/attendance/", None),
    ("GET", "/api/v1/attendance/{s}/", None),
    ("GET", "/api/v1/attendance/user/{a}/?date=2026-11-18", None),
    ("POST", "/api/v1/attendance/user/range/",
     {"user_id": "{a}", "start_date": "2026-11-01", "end_date": "2026-11-30"}),
    ("POST", "/api/v1/attendance/checkout/", {"user_id": "{a}"}),
    ("POST", "/api/v1/attendance/checkin/", {"user_id": "{a}"}),
    ("GET", "/api/v1/employees/{a}/status/", None),
    ("GET", "/employee/{a}/details/", None),
]  # fmt: skip


def _urllib(live: Live, method: str, path: str, body: Any, auth: dict[str, str]) -> Any:
    """Python's urllib, which does not follow a 307 for a POST (nor should it)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        live.base_url + path,
        data=data,
        method=method,
        headers={**auth, "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, json.loads(response.read())


def test_seed004_routes_answer_the_same_with_a_trailing_slash(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada")
    auth = live.sign_in("Ada")
    s = live.http.post(f"/employee/{ada}/attendance/clockin", headers=auth).json()["session_id"]
    ids = {"{a}": str(ada), "{s}": str(s)}

    def fill(text: str) -> str:
        for key, value in ids.items():
            text = text.replace(key, value)
        return text

    for method, path, body in SLASHED:
        sent = json.loads(fill(json.dumps(body))) if body else None
        if sent and "user_id" in sent:
            sent["user_id"] = int(sent["user_id"])
        status, slashed = _urllib(live, method, fill(path), sent, auth)
        assert 200 <= status < 300 and slashed.get("success") is not False, (path, slashed)
        if "check" in path:  # a punch: done once, with the slash
            live.advance(minutes=1)
            continue
        plain = live.http.request(method, fill(path).replace("/?", "?").rstrip("/"),
                                  json=sent, headers=auth)  # fmt: skip
        assert (status, slashed) == (plain.status_code, plain.json()), path


def test_a_trailing_slash_is_never_a_redirect(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada")
    auth = live.sign_in("Ada")
    r = live.http.post("/api/v1/attendance/checkin/", headers=auth, json={"user_id": ada})
    assert r.status_code == 200 and r.json()["success"] is True
    r = live.http.delete("/api/v1/attendance/1/", headers=auth)
    assert r.status_code == 403 and r.json()["code"] == "FORBIDDEN"


@pytest.fixture
def schema(live_sqlite: Live) -> dict[str, Any]:
    r = live_sqlite.http.get("/openapi.json")
    assert r.status_code == 200
    result: dict[str, Any] = r.json()
    return result


def _operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, op) for p, ops in schema["paths"].items() for m, op in ops.items()]


def test_every_protected_route_carries_the_bearer_scheme(schema, live_sqlite: Live) -> None:
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    operations = _operations(schema)
    assert len(operations) >= 25
    for path, method, op in operations:
        if (path, method) in PUBLIC:
            assert "security" not in op, path
            continue
        assert op["security"] == [{"bearer": []}], (method, path)
        # And the scheme is true: without a token the route answers 401.
        url = path.replace("{employee_id}", "1").replace("{user_id}", "1").replace("{id}", "1")
        r = live_sqlite.http.request(method.upper(), url, json={})
        assert r.status_code == 401, (method, path, r.text)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_every_success_has_a_typed_body_and_no_422_is_promised(schema) -> None:
    text = json.dumps(schema)
    assert '"422"' not in text and "HTTPValidationError" not in text
    for path, method, op in _operations(schema):
        ok = [code for code in op["responses"] if code.startswith("2")]
        assert len(ok) == 1, (method, path)
        content = op["responses"][ok[0]]["content"]
        if "application/json" not in content:  # a file (the payroll export): its types
            assert set(content) == {"text/csv; charset=utf-8", XLSX}, (method, path)
            continue
        body = content["application/json"]["schema"]
        assert "$ref" in body, (method, path, body)
        assert 422 not in op["responses"]


def test_schema_names_and_titles_are_unique(schema) -> None:
    schemas = schema["components"]["schemas"]
    assert not [name for name in schemas if "__" in name]  # FastAPI's fallback for clashes
    titles = Counter(s.get("title", name) for name, s in schemas.items())
    assert [t for t, n in titles.items() if n > 1] == []
    ids = Counter(op["operationId"] for _p, _m, op in _operations(schema))
    assert [i for i, n in ids.items() if n > 1] == []
