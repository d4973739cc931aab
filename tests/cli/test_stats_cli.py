"""`reflectjournal stats` prints the Looking back figures (issue 15, item 7)."""

from __future__ import annotations

import datetime as dt
import json

from reflectjournal.core.models import Entry, Wellbeing
from reflectjournal.core.vault import Journal
from tests.cli.test_cli import PASSPHRASE, SECRET, run_cli, with_passphrase


def make_journal(tmp_path):
    path = tmp_path / "journal.rjournal"
    with Journal.create(path, PASSPHRASE) as journal:
        journal.entries.save_many(
            [
                Entry(
                    title="Visit", happened_on=dt.date(2026, 5, 4), kind="home_visit", wellbeing=Wellbeing(2, SECRET)
                ),
                Entry(title="Visit", happened_on=dt.date(2026, 5, 5), kind="home_visit", wellbeing=Wellbeing(4)),
                Entry(title="Court", happened_on=dt.date(2026, 5, 12), kind="court"),
                Entry(title="Before", happened_on=dt.date(2026, 4, 20), kind="court", wellbeing=Wellbeing(5)),
            ]
        )
    return path


def test_stats_as_json(tmp_path):
    path = make_journal(tmp_path)
    result = run_cli(
        "stats",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-14",
        "--json",
        "--journal",
        path,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["entries"] == 3 and data["days_reflected"] == 3 and data["check_ins"] == 2
    assert data["average"] == 3.0 and data["previous_average"] == 5.0
    assert data["by_kind"] == {"Home visit": 2, "Court": 1}
    assert [(w["monday"], w["total"]) for w in data["weeks"]] == [
        ("2026-04-27", 0),
        ("2026-05-04", 2),
        ("2026-05-11", 1),
    ]
    assert SECRET not in result.stdout  # a check-in's words are the practitioner's: never printed


def test_stats_as_text_and_a_backwards_period(tmp_path):
    path = make_journal(tmp_path)
    result = run_cli(
        "stats",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-14",
        "--journal",
        path,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert result.returncode == 0, result.stderr
    assert "Check-ins: 2, average 3.0" in result.stdout
    assert "2026-05-04     2  (Home visit 2)" in result.stdout
    wrong = run_cli(
        "stats",
        "--from",
        "2026-05-14",
        "--to",
        "2026-05-01",
        "--journal",
        path,
        "--passphrase-stdin",
        input=with_passphrase(PASSPHRASE),
    )
    assert wrong.returncode != 0 and "--from must be on or before --to" in wrong.stderr
