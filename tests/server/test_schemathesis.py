"""Property-based requests generated from /openapi.json: never a 5xx, always the schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from .live import Live, live_server


@pytest.fixture(scope="module")
def admin_live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Live, dict[str, str]]]:
    db = Path(tmp_path_factory.mktemp("schemathesis")) / "server.sqlite3"
    with live_server(f"sqlite+pysqlite:///{db}") as live:
        live.add_employee("Root", role="admin", badge="B-1", pin="1234")
        yield live, live.sign_in("Root")


def test_no_server_error_and_responses_match_the_schema(admin_live) -> None:
    live, auth = admin_live
    schema = schemathesis.openapi.from_url(live.base_url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 20

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case) -> None:
            case.call_and_validate(
                headers=auth, checks=[not_a_server_error, response_schema_conformance], timeout=30
            )

        check()
