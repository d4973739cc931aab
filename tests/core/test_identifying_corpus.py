"""The check against the synthetic labelled corpus: structured identifiers
and People names are always found; wrong NHS check digits never are."""

from __future__ import annotations

from reflectjournal.core.identifying import Detector, Kind
from tests.identifying_corpus import CASE_PATTERN, PEOPLE, generate, score


def test_structured_identifiers_and_people_reach_full_recall():
    docs = generate(60, seed=3)
    detector = Detector(people=PEOPLE, case_patterns=[CASE_PATTERN])  # no dictionary: names need it
    scores = score(detector.check, docs)
    for kind in ("nhs", "ni", "postcode", "phone", "email", "person", "case", "dob", "address", "school"):
        assert scores[kind].planted > 10, kind
        assert scores[kind].recall == 1.0, kind
    for kind in ("nhs", "ni", "postcode", "email", "person", "case"):
        assert scores[kind].precision == 1.0, kind


def test_wrong_check_digits_are_planted_and_never_flagged_as_nhs():
    docs = generate(60, seed=4)
    detector = Detector(people=PEOPLE)
    planted = 0
    for doc in docs:
        findings = detector.check(doc.text)
        for label in (x for x in doc.labels if x.kind == "none"):
            planted += 1
            assert not any(f.kind is Kind.NHS and f.offset < label.end and label.start < f.end for f in findings)
    assert planted > 10
