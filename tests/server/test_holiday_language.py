"""Public holiday names in the client's language, from its Accept-Language header: the
home page's month, the team month, who's in and the payroll export, over real HTTP on
SQLite and PostgreSQL; and a German and an English client side by side never see each
other's names."""

from __future__ import annotations

import csv
import io
import threading
from typing import Any

import pytest

from attendance_desktop.server.language import language_from_header

from .live import Live

BUSS_UND_BETTAG = 17  # 18 November 2026 (the live server's today) in Saxony, by index
GERMAN, ENGLISH = "Buß- und Bettag", "Repentance and Prayer Day"


@pytest.fixture
def saxony(live: Live) -> tuple[int, dict[str, str]]:
    live.ctx.service.set_holiday_region("DE", "SN")
    admin = live.add_employee("Root", role="admin")
    return admin, live.sign_in("Root")


def month_name(live: Live, emp: int, auth: dict[str, str], language: str | None) -> Any:
    headers = {**auth, **({"Accept-Language": language} if language is not None else {})}
    r = live.http.get(f"/employee/{emp}/attendance/data?month=11&year=2026", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["daily_attendance"][BUSS_UND_BETTAG]["holiday_name"]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("de", GERMAN),
        ("de-DE,de;q=0.9,en;q=0.8", GERMAN),
        ("fr-FR,de;q=0.5", GERMAN),  # the first language we speak, by preference
        ("en;q=0.4,de;q=0.9", GERMAN),
        ("de;q=0.3,en", ENGLISH),
        ("en-GB", ENGLISH),
        (None, ENGLISH),
        ("fr", ENGLISH),
        ("de;q=garbage", ENGLISH),
        (";;,,=q", ENGLISH),
    ],
)
def test_the_home_pages_month_names_holidays_in_the_asked_language(
    live: Live, saxony: tuple[int, dict[str, str]], header: str | None, name: str
) -> None:
    admin, auth = saxony
    assert month_name(live, admin, auth, header) == name


def test_the_team_month_who_is_in_and_the_export_follow_the_header(
    live: Live, saxony: tuple[int, dict[str, str]]
) -> None:
    _admin, auth = saxony
    german = {**auth, "Accept-Language": "de-DE"}
    for headers, name in ((german, GERMAN), (auth, ENGLISH)):
        r = live.http.get("/api/v1/admin/team-month?month=11&year=2026", headers=headers)
        body = r.json()
        column = body["day_fields"].index("holiday_name")
        assert body["data"][0]["days"][BUSS_UND_BETTAG][column] == name
        [person] = live.http.get("/api/v1/admin/presence", headers=headers).json()["data"]
        assert person["holiday_name"] == name
        r = live.http.get("/api/v1/reports/month?month=11&year=2026&format=csv", headers=headers)
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert rows[BUSS_UND_BETTAG]["holiday_or_leave"] == name


def test_german_and_english_clients_in_parallel_each_see_their_own_names(
    live: Live, saxony: tuple[int, dict[str, str]]
) -> None:
    admin, auth = saxony
    seen: dict[str, list[str]] = {"de": [], "en": []}
    start = threading.Barrier(2)

    def client(language: str) -> None:
        start.wait()
        for _ in range(15):
            seen[language].append(month_name(live, admin, auth, language))

    workers = [threading.Thread(target=client, args=(lang,)) for lang in seen]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert seen == {"de": [GERMAN] * 15, "en": [ENGLISH] * 15}
    assert month_name(live, admin, auth, None) == ENGLISH  # nothing left behind


def test_the_header_is_read_as_a_preference_list() -> None:
    assert language_from_header("de") == "de"
    assert language_from_header("DE-at") == "de"
    assert language_from_header("*, de;q=0.1") == "de"
    assert language_from_header("de;q=0, en") == "en_US"  # q=0: not acceptable
    assert language_from_header("de;q=2") == "en_US"  # out of range: not a wish
    assert language_from_header("") == "en_US"
    assert language_from_header("x" * 10_000 + ",de") == "en_US"  # past the part read


HOSTILE = [
    b"de;q=nan",
    b"de;q=inf",
    b"de;q=1e999",
    b"de;q=-1",
    b"\xff\xfe de",  # not text
    b"de-" + b"x" * 4000,  # a tag far too long, still German
    b"," * 2000 + b"de",  # past the part read: English
    b"q=1;de",
]


def test_forty_clients_with_any_header_at_once_on_an_uncached_region(live: Live) -> None:
    """A burst against a region no request has cached yet (each worker may work out and
    store the year's names at once, in both languages), with hostile headers among the
    German and English ones: never a 5xx, each answer in the language its header asks
    for, and the store's cache left with one row per year and language."""
    live.ctx.service.set_holiday_region("DE", "SN")
    admin = live.add_employee("Root", role="admin")
    auth = live.sign_in("Root")
    headers = [b"de", b"en", *HOSTILE] * 4 + [b"de-DE,de;q=0.9", b"fr,en;q=0.5"] * 4
    assert len(headers) == 48
    results: list[tuple[bytes, int, Any]] = []
    start = threading.Barrier(len(headers))

    def client(header: bytes) -> None:
        start.wait()
        r = live.http.get(
            f"/employee/{admin}/attendance/data?month=11&year=2026",
            headers={**auth, "Accept-Language": header},  # type: ignore[dict-item]
        )
        day = r.json()["daily_attendance"][BUSS_UND_BETTAG] if r.status_code == 200 else None
        results.append((header, r.status_code, day and day["holiday_name"]))

    workers = [threading.Thread(target=client, args=(h,)) for h in headers]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(status for _, status, _ in results) == [200] * len(headers)
    for header, _status, name in results:
        expected = language_from_header(header.decode("latin-1"))
        assert name == (GERMAN if expected == "de" else ENGLISH), header
    assert {name for h, _s, name in results if h == b"de-" + b"x" * 4000} == {GERMAN}
    with live.ctx.service.core.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT year, language, count(*) FROM holiday_cache GROUP BY year, language"
        ).all()
    assert rows and all(count == 1 for _year, _language, count in rows)
    assert {language for _year, language, _count in rows} == {"de", "en_US"}
