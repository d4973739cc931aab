"""The identifying-information check (core.identifying)."""

from __future__ import annotations

import pytest

from reflectjournal.core.identifying import (
    Choice,
    Detector,
    Kind,
    Person,
    compile_case_pattern,
    nhs_number_valid,
    redact,
    summarise,
)

# A tiny stand-in for the British English dictionary, so these tests do not
# depend on what the machine has installed.
WORDS = {
    "we",
    "then",
    "and",
    "in",
    "saw",
    "later",
    "ran",
    "phone",
    "smiled",
    "go",
    "visited",
    "the",
    "rose",
    "will",
    "grove",
    "elm",
    "road",
    "mary",
    "school",
    "primary",
    "sarah",
    "london",
}
PROPER = {"Sarah", "London", "Mary"}


def word_check(word: str) -> bool:
    return word in PROPER or word.lower() in WORDS - {"sarah", "london", "mary"}


def kinds(findings):
    return [(f.kind, f.text) for f in findings]


def detector(**kw):
    return Detector(word_check=word_check, **kw)


@pytest.mark.parametrize("number", ["943 476 5919", "9434765919", "401 023 2137", "401-023-2137"])
def test_valid_nhs_numbers_are_found(number):
    assert kinds(detector().check(f"NHS no {number} today")) == [(Kind.NHS, number)]


@pytest.mark.parametrize("number", ["943 476 5918", "9434765910", "401 023 2130"])
def test_nhs_numbers_with_a_wrong_check_digit_are_not_flagged(number):
    assert not any(f.kind is Kind.NHS for f in detector().check(f"ref {number} today"))


def test_modulus_11():
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    # A remainder giving check digit 10 means the number cannot exist.
    assert not any(nhs_number_valid(f"123456781{d}") for d in "0123456789") or nhs_number_valid("1234567881")


@pytest.mark.parametrize("ni", ["AB 12 34 56 C", "JG103759A", "ce123456d"])
def test_ni_numbers_follow_the_prefix_rules(ni):
    found = kinds(detector().check(f"NI {ni}."))
    assert found == ([(Kind.NI, ni)] if ni.isupper() else [])


@pytest.mark.parametrize("ni", ["QQ123456C", "GB123456A", "DA123456A", "AO123456A", "NT 12 34 56 A", "AB123456E"])
def test_ni_prefixes_never_issued_are_refused(ni):
    assert not any(f.kind is Kind.NI for f in detector().check(f"NI {ni}."))


@pytest.mark.parametrize("code", ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB"])
def test_postcodes(code):
    assert kinds(detector().check(f"lives at {code} now")) == [(Kind.POSTCODE, code)]


@pytest.mark.parametrize(
    "phone",
    ["07700 900123", "07700900123", "+44 7700 900123", "+44 (0)20 7946 0018", "0161 496 0000", "(0161) 496 0000"],
)
def test_phone_numbers(phone):
    assert kinds(detector().check(f"ring {phone} later")) == [(Kind.PHONE, phone)]


def test_email_dob_address_school_case():
    d = detector(case_patterns=["CS-######"])
    text = (
        "wrote to grace.o@example.org; DOB: 03/04/2015; she was born on 5 May 2016; "
        "home is 14 Elm Grove Road; attends St Mary's Primary School; file CS-123456 and CS-12345."
    )
    assert kinds(d.check(text)) == [
        (Kind.EMAIL, "grace.o@example.org"),
        (Kind.DOB, "03/04/2015"),
        (Kind.DOB, "5 May 2016"),
        (Kind.ADDRESS, "14 Elm Grove Road"),
        (Kind.SCHOOL, "St Mary's Primary School"),
        (Kind.CASE, "CS-123456"),
    ]


def test_a_date_beside_an_age_is_a_date_of_birth():
    assert kinds(detector().check("the baby, 12/01/2024 (aged 1), slept")) == [(Kind.DOB, "12/01/2024")]
    assert not detector().check("the visit on 12/01/2024 went well")


def test_case_patterns_are_a_safe_little_language():
    assert compile_case_pattern("@@######").fullmatch("AB123456")
    assert not compile_case_pattern("@@######").fullmatch("AB12345")
    assert compile_case_pattern("(.?)+#").fullmatch("(.?)+1")  # regex characters are literal
    with pytest.raises(ValueError):
        compile_case_pattern("x" * 41)
    with pytest.raises(ValueError):
        compile_case_pattern("ABC")


def test_people_list_names_and_variants_with_stand_ins():
    people = [Person("Tayo", "Child A", ("T-bear",)), Person("Ms Okafor", "Mother", ("Grace",))]
    d = detector(people=people)
    text = "Tayo's mum, Ms  Okafor, called. tayo and T-bear played; Grace cried."
    found = d.check(text, "body")
    assert kinds(found) == [
        (Kind.PERSON, "Tayo"),
        (Kind.PERSON, "Ms  Okafor"),
        (Kind.PERSON, "tayo"),
        (Kind.PERSON, "T-bear"),
        (Kind.PERSON, "Grace"),
    ]
    assert all(f.field == "body" and text[f.offset : f.end] == f.text for f in found)
    assert redact(text, found) == "Child A's mum, Mother, called. Child A and Child A played; Mother cried."


def test_likely_names():
    d = detector()
    found = d.check("We visited Jayden and Sarah in London. Then Mr Brown, and Nan Pat. Kwame smiled. Rose will go.")
    names = {f.text: f.confidence for f in found if f.kind is Kind.NAME}
    # Unknown words and dictionary proper nouns are names; a title or a
    # relationship word is a strong cue; a word the dictionary knows in
    # lower case ("Rose") is not flagged without a cue.
    assert set(names) == {"Jayden", "Sarah", "Brown", "Pat", "Kwame"}
    assert names["Brown"] >= 0.9 and names["Pat"] >= 0.9
    assert names["Kwame"] < names["Jayden"]  # at the start of a sentence: lower


def test_ignored_words_are_not_reported():
    d = detector(ignored=["Jayden", "sw1a 1aa"])
    assert not d.check("Jayden at SW1A 1AA")


def test_redaction_choices_are_consistent_and_the_input_is_unchanged():
    d = detector()
    text = "Saw Jayden. Later Jayden and Kofi ran; phone 07700 900123."
    found = d.check(text)
    out = redact(text, found)
    assert out == "Saw Person A. Later Person A and Person B ran; phone [phone number]."
    key = next(f.key for f in found if f.text == "Kofi")
    assert redact(text, found, {key: Choice.INITIALS}) == (
        "Saw Person A. Later Person A and K. ran; phone [phone number]."
    )
    assert redact(text, found, default=lambda f: Choice.KEEP) == text
    assert summarise(found) == {Kind.NAME: 3, Kind.PHONE: 1}


def test_no_false_alarm_on_plain_reflective_text():
    text = "the visit went well and the rose in the garden was out; we will meet again in 2 weeks at 10:30."
    assert detector().check(text) == []


def test_chunked_check_matches_the_whole_and_can_be_cancelled():
    from reflectjournal.core.identifying import check_chunked

    text = "Saw Jayden at SW1A 1AA, ring 07700 900123.\n" * 500
    d = detector()
    whole = d.check(text, "doc")
    seen = []
    pieces = check_chunked(d, [("doc", text)], size=1000, progress=lambda done, total: seen.append((done, total)))
    assert [(f.offset, f.kind) for f in pieces] == [(f.offset, f.kind) for f in whole]
    assert len(seen) > 10 and seen[-1] == (len(text), len(text))
    assert (
        check_chunked(
            d, [("doc", text)], size=1000, cancelled=lambda: len(seen) > 12, progress=lambda *a: seen.append(a)
        )
        is None
    )


def test_redact_with_spans_says_where_each_replacement_is():
    from reflectjournal.core.identifying import StandIns, redact_with_spans

    text = "ring 07700 900123 or email a@example.org"
    out, spans = redact_with_spans(text, detector().check(text), lambda f: Choice.STAND_IN, StandIns())
    assert out == "ring [phone number] or email [email address]"
    assert [out[s : s + n] for s, n, _ in spans] == ["[phone number]", "[email address]"]


def test_the_word_list_is_kept_as_hashes_and_knows_exactly_its_words():
    """The dictionary is held as sorted 64-bit hashes (issue 19: 0.8 MB where
    a set of the strings was 10 MB): every listed word is found, across the
    merge of the sorted runs, and words that are not listed are not."""
    from reflectjournal.core import identifying

    words = [f"word{n}" for n in range(3 * identifying._SORT_RUN + 17)] + ["house", "house"]
    hashes = identifying.WordHashes(iter(words))
    assert len(hashes) == len(set(words))
    assert all(word in hashes for word in words)
    assert not any(f"other{n}" in hashes for n in range(5000))
    assert "" not in hashes and "House" not in hashes
    check = identifying._word_set_check(hashes)
    assert check("houses") and check("housing") and not check("zain")
