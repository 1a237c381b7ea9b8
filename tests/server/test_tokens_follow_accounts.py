"""A token ends at its next request when its account changes: a demoted admin, a changed
password, a revoked kiosk. Checked in the database, so it holds in every worker at once."""

from __future__ import annotations

import subprocess
import sys

import httpx
import jwt

from .harness import SubprocessServer, pg_cluster
from .live import PASSWORD, Live


def test_a_demoted_admins_token_no_longer_lists_everyone(live: Live) -> None:
    live.add_employee("Root", role="admin")
    root = live.sign_in("Root")
    assert live.http.get("/api/v1/employees", headers=root).status_code == 200
    live.ctx.accounts.set_account(1, role="employee")
    r = live.http.get("/api/v1/employees", headers=root)
    assert r.status_code == 401, r.text
    assert "sign in again" in r.text
    # Signing in again gives an employee's token, which sees only its own data.
    assert live.http.get("/api/v1/employees", headers=live.sign_in("Root")).status_code == 403


def test_a_changed_password_ends_the_old_tokens(live: Live) -> None:
    ada = live.add_employee("Ada")
    old = live.sign_in("Ada")
    live.ctx.accounts.set_account(ada, password="a new password")
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=old).status_code == 401
    new = live.sign_in("Ada", "a new password")
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=new).status_code == 200


def test_other_account_changes_keep_the_token(live: Live) -> None:
    ada = live.add_employee("Ada", role="admin")
    token = live.sign_in("Ada")
    live.ctx.accounts.set_account(ada, role="admin", pin="1357", badge="B-1")
    assert live.http.get("/api/v1/employees", headers=token).status_code == 200


def test_a_grant_from_a_revoked_kiosk_no_longer_punches(live: Live) -> None:
    ada = live.add_employee("Ada", badge="04A1B2")
    device = live.device()
    r = live.http.post("/api/v1/kiosk/identify", headers=device, json={"badge": "04A1B2"})
    grant = {"Authorization": f"Bearer {r.json()['data']['token']}"}
    device_id = live.ctx.accounts.devices()[0].id
    live.ctx.accounts.revoke_device(device_id)
    r = live.http.post(f"/employee/{ada}/attendance/clockin", headers=grant)
    assert r.status_code == 401, r.text
    assert not live.ctx.service.status(ada).clocked_in


def test_a_deactivated_employee_is_signed_out_and_unknown_at_the_kiosk(live: Live) -> None:
    """Deactivating ends the person's tokens at once, refuses their sign-in in plain words,
    and the kiosk finds nobody behind their badge or ID (as for a stranger)."""
    ada = live.add_employee("Ada", badge="04A1B2", pin="2468")
    token = live.sign_in("Ada")
    device = live.device()
    live.ctx.service.deactivate_employee(ada)

    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=token).status_code == 401
    r = live.http.post(
        "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
    )
    assert (r.status_code, r.json()["code"]) == (403, "EMPLOYEE_INACTIVE"), r.text
    assert "deactivated" in r.json()["message"]
    r = live.http.post("/api/v1/kiosk/identify", headers=device, json={"badge": "04A1B2"})
    assert (r.status_code, r.json()["code"]) == (404, "UNKNOWN_BADGE")
    r = live.http.post(
        "/api/v1/kiosk/identify", headers=device, json={"employee_id": ada, "pin": "2468"}
    )
    assert (r.status_code, r.json()["code"]) == (401, "WRONG_PIN")

    live.ctx.service.reactivate_employee(ada)
    again = live.sign_in("Ada")
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=again).status_code == 200
    r = live.http.post("/api/v1/kiosk/identify", headers=device, json={"badge": "04A1B2"})
    assert r.status_code == 200


def test_a_token_without_a_version_is_refused(live: Live) -> None:
    """Tokens signed before versions existed (or forged without one) are not accepted."""
    ada = live.add_employee("Ada")
    now = int(live.clock.now().timestamp())
    claims = {"sub": str(ada), "role": "employee", "iss": "attendance-server", "iat": now}
    old = jwt.encode({**claims, "exp": now + 600}, "test secret " * 4, algorithm="HS256")
    headers = {"Authorization": f"Bearer {old}"}
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=headers).status_code == 401


def _cli(db: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "attendance_desktop.server.cli", "--db", db, *args],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def test_a_demotion_reaches_every_worker_at_once() -> None:
    db = pg_cluster().new_database()
    root = _cli(db, "employee", "add", "--first-name", "Root", "--last-name", "R",
                "--email", "root@example.com", "--password", PASSWORD,
                "--role", "admin")  # fmt: skip
    root_id = root.strip().splitlines()[-1]
    with SubprocessServer(db, workers=3) as server, httpx.Client(base_url=server.base_url) as c:
        token = c.post(
            "/api/v1/auth/signin", json={"email": "root@example.com", "password": PASSWORD}
        ).json()["data"]["token"]
        headers = {"Authorization": f"Bearer {token}"}
        # New connections, so that the requests spread over the workers.
        before = [
            httpx.get(server.base_url + "/api/v1/employees", headers=headers) for _ in range(12)
        ]
        assert {r.status_code for r in before} == {200}
        _cli(db, "employee", "set", root_id, "--role", "employee")
        after = [
            httpx.get(server.base_url + "/api/v1/employees", headers=headers) for _ in range(12)
        ]
        assert {r.status_code for r in after} == {401}
