"""Look-alike, invisible and blank titles (issue 20, item 6).

Each attack seen from outside is reproduced against the store, the pack
reader and the importer, then the rules are checked to leave real
multilingual titles alone.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflectjournal.core import errors
from reflectjournal.core.importers import import_source
from reflectjournal.core.models import Entry, SupervisionSession
from reflectjournal.core.packs import (
    BUILTIN_ID_PREFIX,
    PackInvalid,
    builtin_id_problem,
    builtin_packs,
    new_pack_template,
    pack_to_dict,
    read_pack,
    validate_pack_bytes,
    write_pack,
)
from reflectjournal.core.unicode_safety import (
    BIDI_CONTROLS,
    clean_imported_title,
    json_terminal_safe,
    look_alike_groups,
    strip_invisible,
    terminal_text,
    title_problem,
    titles_look_alike,
)

CYRILLIC_A = "\u0430"  # а
CYRILLIC_O = "\u043e"  # о
CYRILLIC_E = "\u0435"  # е
TAG_A = "\U000e0041"
WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"

# -- the attacks ------------------------------------------------------------------

MIXED = [
    f"p{CYRILLIC_A}rent",  # the brief's example
    f"H{CYRILLIC_O}me visit to the family",
    f"Court r{CYRILLIC_E}port",
    "Reflective m\u03bfdels",  # Greek omicron
    "Pay\u0440al",  # Cyrillic er
    "\u0391pple",  # Greek capital alpha
    "Sch\u0578ol",  # Armenian vo
]
TAGS = [
    f"Visit{TAG_A}",
    f"{TAG_A}{chr(0xE0042)}{chr(0xE0043)} hidden",
    f"Home visit \U000e0001{chr(0xE0065)}{chr(0xE006E)}",  # a language tag
    f"\U0001f3f4{chr(0xE0041)}{chr(0xE007F)} not a real flag",
]
BLANK = [
    "\u3164",
    "\u3164\u3164\u3164",
    "\u115f\u1160",
    "\uffa0",
    "\u2800\u2800",
    "\u3164 \u3164",
    "\u200b",
    "\U0001d159",
]
INVISIBLE = [
    "evil\u202efdp.exe",  # right-to-left override
    "a\u2066b\u2069",  # isolates
    "plain\u200btext",  # zero width space
    "pa\u200cypal",  # ZWNJ inside a Latin word
    "pay\u200dpal",  # ZWJ inside a Latin word
    "soft\u00adhyphen",
    "word\u2060joiner",
    "bom\ufeffhere",
    "x\u061cy",  # Arabic letter mark
    "Hangul\u3164filler",
    "\ufe0f alone",  # a variation selector with nothing to vary
    "two \ufe0f\ufe0f",
    "anchor\ufff9text\ufffb",
]


@pytest.mark.parametrize("title", MIXED)
def test_mixed_alphabets_in_one_word_are_refused(title):
    problem = title_problem(title)
    assert problem is not None and problem.kind == "mixed_script", title


def test_the_message_names_the_alphabet_and_letter_but_not_the_word():
    problem = title_problem(f"Visit to the p{CYRILLIC_A}rent")
    message = problem.sentence()
    assert message.startswith("The title mixes letters from different alphabets in one word")
    assert "a Cyrillic \u201c\u0430\u201d (U+0430) at character 15 among Latin letters" in message
    assert message.endswith("Retype it using one alphabet.")
    assert "parent" not in message and f"p{CYRILLIC_A}rent" not in message  # no journal text
    assert problem.word == f"p{CYRILLIC_A}rent" and problem.position == 14  # for the screen showing the title


@pytest.mark.parametrize("title", TAGS)
def test_invisible_tag_characters_are_refused(title):
    problem = title_problem(title)
    assert problem is not None and problem.kind == "invisible"
    assert "tag character" in problem.sentence()


@pytest.mark.parametrize("title", BLANK)
def test_titles_of_only_fillers_are_refused(title):
    problem = title_problem(title)
    assert problem is not None and problem.kind == "blank", title
    assert "shows nothing" in problem.sentence()


@pytest.mark.parametrize("title", INVISIBLE)
def test_invisible_and_direction_characters_are_refused(title):
    problem = title_problem(title)
    assert problem is not None, title
    assert problem.kind == "invisible"
    assert "Remove it" in problem.sentence()


def test_the_store_refuses_each_attack_and_saves_nothing(journal):
    for title in [*MIXED, *TAGS, *BLANK, *INVISIBLE]:
        with pytest.raises(errors.InvalidTitle) as caught:
            journal.entries.save(Entry(title=title, body="kept?"))
        assert isinstance(caught.value, errors.InvalidEntry)  # the CLI and the app already handle these
        assert caught.value.problem is not None
    assert journal.entries.count() == 0


def test_an_existing_entry_keeps_its_title_when_a_look_alike_is_refused(journal):
    saved = journal.entries.save(Entry(title="Home visit", body="first"))
    saved.title = f"H{CYRILLIC_O}me visit"
    with pytest.raises(errors.InvalidTitle):
        journal.entries.save(saved)
    assert journal.entries.get(saved.id).title == "Home visit"


def test_supervision_names_follow_the_same_rules(journal):
    with pytest.raises(errors.InvalidTitle, match="The name holds an invisible tag character"):
        journal.supervision.save(SupervisionSession(with_name=f"Sam{TAG_A}"))
    with pytest.raises(errors.InvalidTitle, match="alphabets"):
        journal.supervision.save(SupervisionSession(with_name=f"S{CYRILLIC_A}m Jones"))
    assert journal.supervision.save(SupervisionSession(with_name="Siân Jones")).with_name == "Siân Jones"


# -- what must stay valid -------------------------------------------------------------------

LEGITIMATE = [
    "Home visit to the Ashdown family",
    "家庭访问记录",  # Chinese
    "家庭訪問のメモ",  # Japanese: Han and Hiragana in one run
    "カンファレンス準備",  # Katakana and Han
    "使用Python编程",  # Latin with Han in one word (highly restrictive)
    "Zoomミーティング",  # Latin with Katakana
    "Teams회의 준비",  # Latin with Hangul
    "가정 방문 기록",  # Korean
    "زيارة منزلية للعائلة",  # Arabic
    "ביקור בית אצל המשפחה",  # Hebrew
    "Cyfarfod â'r teulu yng Nghaerdydd",  # Welsh
    f"Ymweliad cartref {WALES}",  # the Welsh flag is a tag sequence
    "Zażółć gęślą jaźń",  # Polish
    "بچوں کی حفاظت کا اجلاس",  # Urdu
    "می\u200cخواهم بنویسم",  # Persian with ZWNJ
    "क्\u200dष और ज्ञ",  # Hindi: ZWJ after a virama
    "ശ്രീ കൃഷ്ണന്\u200d",  # Malayalam chillu
    "ශ්\u200dරී ලංකා",  # Sinhala
    "র\u200d্যাব",  # Bengali ya-phala
    "Team day 👩\u200d💻👨\u200d👩\u200d👧 🏳\ufe0f\u200d🌈",  # emoji ZWJ sequences
    "Good news 👍🏽 ❤\ufe0f #\ufe0f\u20e3",  # modifier, VS16, keycap
    "Встреча с семьёй",  # Russian
    "Συνάντηση με την οικογένεια",  # Greek
    "ქართული ტექსტი",  # Georgian
    "Հայերեն տեքստ",  # Armenian
    "การเยี่ยมบ้าน",  # Thai
    "የቤት ጉብኝት",  # Amharic
    "வீட்டு வருகை",  # Tamil
    "Thăm nhà gia đình Nguyễn",  # Vietnamese
    "cafe\u0301 with e and a combining accent",
    "COVID-19 review, 3rd visit (12/03)",
    "Москва and London",  # whole words in one script each
    "α-blockers and β-agonists",
    "Review № 5 — £20 · 10% ✓",
    "ﬁnal ﬂat ＦＵＬＬＷＩＤＴＨ",
    "Meeting 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f and 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "Monggol ᠮᠣᠩᠭᠣᠯ",
    "",
]


@pytest.mark.parametrize("title", LEGITIMATE)
def test_real_multilingual_titles_are_accepted(title):
    title = unicodedata.normalize("NFC", title).strip()
    assert title_problem(title) is None, title_problem(title)


def test_real_multilingual_titles_are_saved_as_typed(journal):
    for title in LEGITIMATE:
        saved = journal.entries.save(Entry(title=title))
        assert saved.title == unicodedata.normalize("NFC", title).strip()


# One alphabet per word, drawn from scripts that people write titles in.
ALPHABETS = {
    "latin": "abcdefghijklmnopqrstuvwxyzàéïôûßøåæœłśżźćńęąčšžğışçñ",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگکی",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשתםןףץך",
    "devanagari": "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह",
    "han": "家庭訪問記録会議報告子供学校",
    "hangul": "가나다라마바사아자차카타파하",
    "thai": "กขคงจฉชซญดตถทธนบปผพฟมยรลวสหอ",
}
word_in_one_alphabet = st.sampled_from(sorted(ALPHABETS)).flatmap(
    lambda name: st.text(st.sampled_from(ALPHABETS[name]), min_size=1, max_size=12)
)
neutral = st.sampled_from([" ", " - ", ", ", " 2024 ", ": ", " & ", " (1) ", " 🙂 "])


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(word_in_one_alphabet, neutral), min_size=1, max_size=6))
def test_property_words_each_in_one_alphabet_are_accepted(parts):
    title = unicodedata.normalize("NFC", "".join(w + sep for w, sep in parts)).strip()
    assert title_problem(title) is None, (title, title_problem(title))


LOOK_ALIKES = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=12).filter(
        lambda w: any(c in LOOK_ALIKES for c in w)
    ),
    st.data(),
)
def test_property_one_look_alike_letter_in_a_latin_word_is_refused(word, data):
    at = data.draw(st.sampled_from([i for i, c in enumerate(word) if c in LOOK_ALIKES]))
    spoofed = word[:at] + LOOK_ALIKES[word[at]] + word[at + 1 :]
    problem = title_problem(f"Visit notes {spoofed} today")
    if len(set(spoofed) - set("abcdefghijklmnopqrstuvwxyz")) == len(spoofed):
        return  # the whole word became Cyrillic: one alphabet, allowed
    assert problem is not None and problem.kind == "mixed_script"
    assert problem.script == "Cyrillic"


# -- packs --------------------------------------------------------------------------------


def _pack_bytes(**changes) -> bytes:
    data = pack_to_dict(new_pack_template(dt.date(2026, 1, 1)))
    data.update(changes)
    return json.dumps(data).encode("utf-8")


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": f"R{CYRILLIC_E}flective models"}, "title", "alphabets"),
        ({"title": f"Reflective models{TAG_A}"}, "title", "tag character"),
        ({"title": "\u3164\u3164"}, "title", "shows nothing"),
        ({"authors": [f"J{CYRILLIC_O}hn Smith"]}, "authors[0]", "alphabets"),
        ({"organisation": f"Council{TAG_A}"}, "organisation", "tag character"),
        ({"id": f"org.example.pack{TAG_A}"}, "id", "tag character"),
    ],
)
def test_pack_titles_authors_and_ids_follow_the_rules(changes, field, words):
    problems = validate_pack_bytes(_pack_bytes(**changes))
    assert [p.field for p in problems] == [field]
    assert words in problems[0].message
    assert all(ch.isprintable() for ch in problems[0].message)


def test_a_prompt_title_with_a_look_alike_letter_is_refused():
    data = json.loads(_pack_bytes())
    data["prompts"][0]["title"] = f"L{CYRILLIC_O}oking back"
    problems = validate_pack_bytes(json.dumps(data).encode())
    assert [p.field for p in problems] == ["prompts[0].title"]


def test_every_builtin_pack_passes_the_rules():
    for pack in builtin_packs():
        assert read_pack(write_pack(pack), name=pack.id) == pack


def test_a_builtin_id_is_one_rule_for_import_and_validate(journal):
    builtin = builtin_packs()[0]
    copy = read_pack(write_pack(builtin), name="copy")
    problem = builtin_id_problem(copy)
    assert problem is not None and problem.field == "id"
    assert "belongs to a built-in pack" in problem.message
    with pytest.raises(PackInvalid) as caught:
        journal.packs.preview(copy)
    assert caught.value.problems == [problem]
    reserved = read_pack(_pack_bytes(id=BUILTIN_ID_PREFIX + "anything-new"), name="reserved")
    assert builtin_id_problem(reserved) == problem
    assert builtin_id_problem(new_pack_template()) is None


def test_the_preview_names_packs_whose_titles_look_alike(journal):
    builtin = builtin_packs()[0]
    spoof = read_pack(_pack_bytes(id="org.example.spoof", title=builtin.title.replace("l", "I", 1)), name="spoof")
    preview = journal.packs.preview(spoof)
    assert preview.change == "new"
    assert [p.id for p in preview.look_alikes] == [builtin.id]
    honest = read_pack(_pack_bytes(id="org.example.honest", title="Notes for court hearings"), name="honest")
    assert journal.packs.preview(honest).look_alikes == ()


# -- look-alike comparison ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Reflective models", "Reflective models", True),
        ("Reflective models", "reflective  MODELS.", True),  # case, spacing, punctuation
        ("Reflective models", "Reflective modeIs", True),  # capital I for l
        ("Reflective models", f"R{CYRILLIC_E}fl{CYRILLIC_E}ctiv{CYRILLIC_E} m{CYRILLIC_O}dels", True),
        ("Reflective models", "Ｒｅｆｌｅｃｔｉｖｅ models", True),  # full width
        ("Reflective models", "Réflective models", True),  # an accent
        ("Reflective models", f"Reflective models{TAG_A}", True),
        ("Reflective models", "Court reports and giving evidence", False),
        ("Keeping the child in mind", "After a home visit", False),
        ("", "", True),
    ],
)
def test_titles_look_alike(a, b, alike):
    assert titles_look_alike(a, b) is alike
    assert titles_look_alike(b, a) is alike


def test_look_alike_groups_marks_only_the_pairs():
    titles = ["Reflective models", "After a home visit", "Reflective modeIs", "Court"]
    assert look_alike_groups(titles) == {0, 2}


# -- imports ----------------------------------------------------------------------------


def test_clean_imported_title():
    assert clean_imported_title(f"Visit{TAG_A}{chr(0xE0042)} notes").title == "Visit notes"
    assert clean_imported_title("a\u202eb").title == "ab"
    blank = clean_imported_title("\u3164\u3164")
    assert (blank.title, blank.to_body) == ("", "")
    mixed = clean_imported_title(f"p{CYRILLIC_A}rent meeting")
    assert (mixed.title, mixed.to_body) == ("", f"p{CYRILLIC_A}rent meeting")
    assert clean_imported_title("Ordinary title") == clean_imported_title("Ordinary title")
    assert clean_imported_title("Ordinary title").notes == ()
    assert strip_invisible(f"x{WALES}y") == (f"x{WALES}y", 0)


def test_an_import_with_odd_titles_keeps_every_entry_and_says_what_changed(journal, tmp_path):
    items = [
        {"date": "2024-03-01", "time": "09:00", "title": f"Visit{TAG_A} notes", "body": "one", "tags": []},
        {"date": "2024-03-02", "time": "09:00", "title": "\u3164\u3164", "body": "two", "tags": []},
        {"date": "2024-03-03", "time": "09:00", "title": f"p{CYRILLIC_A}rent meeting", "body": "three", "tags": []},
        {"date": "2024-03-04", "time": "09:00", "title": "evil\u202efdp.exe", "body": "four", "tags": []},
        {"date": "2024-03-05", "time": "09:00", "title": "Ordinary", "body": "five", "tags": []},
    ]
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": items}), encoding="utf-8")
    report = import_source(journal, source, "jrnl")
    assert report.imported == 5 and report.skipped == []
    got = {e.body.split("\n")[-1]: e for e in (journal.entries.get(i) for i in journal.entries.ids())}
    assert got["one"].title == "Visit notes"
    assert got["two"].title == ""
    assert got["three"].title == "" and got["three"].body == f"p{CYRILLIC_A}rent meeting\n\nthree"
    assert got["four"].title == "evilfdp.exe"
    assert got["five"].title == "Ordinary"
    for entry in got.values():
        assert title_problem(entry.title) is None
    reasons = dict(report.not_carried_by_reason())
    assert sorted(next(v for k, v in reasons.items() if "invisible characters" in k)) == ["entry 1", "entry 4"]
    assert next(v for k, v in reasons.items() if "blank filler" in k) == ["entry 2"]
    assert next(v for k, v in reasons.items() if "mixing alphabets" in k) == ["entry 3"]


# -- the terminal -------------------------------------------------------------------------


def test_terminal_text_drops_direction_controls_and_keeps_real_text():
    for ch in BIDI_CONTROLS:
        assert ch not in terminal_text(f"a{ch}b")
        assert ch not in terminal_text(f"a{ch}b", one_line=True)
        assert f"\\u{ord(ch):04x}" in terminal_text(f"a{ch}b", escape=True)
    assert terminal_text("evil\u202efdp.exe") == "evilfdp.exe"
    assert terminal_text("a\x1b[31mb") == "a [31mb"
    kept = "می\u200cخواهم 👩\u200d💻 ❤\ufe0f שלום"
    assert terminal_text(kept) == kept
    assert terminal_text("line one\nline two") == "line one\nline two"
    assert terminal_text("line one\nline two", one_line=True) == "line one line two"


def test_json_stays_the_same_data_but_inert():
    value = {"title": "evil\u202efdp.exe\u0085", "body": "שלום\u200f!"}
    text = json_terminal_safe(json.dumps(value, ensure_ascii=False))
    assert BIDI_CONTROLS.isdisjoint(text) and "\u0085" not in text
    assert json.loads(text) == value


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=60))
def test_property_terminal_text_never_holds_a_control(text):
    for out in (terminal_text(text), terminal_text(text, one_line=True)):
        assert BIDI_CONTROLS.isdisjoint(out)
        assert not any(ch < " " and ch not in "\t\n" or "\x7f" <= ch <= "\x9f" for ch in out)
    assert all(ch.isprintable() or ch == "\t" for ch in terminal_text(text, one_line=True, escape=True))


def test_the_latin_shortcut_agrees_with_the_script_lookup():
    """_cost skips the script lookup (and its ~80 ms of pattern compiling)
    when both characters are below U+0250; it must answer as the lookup does."""
    from reflectjournal.core import unicode_safety as u

    chars = [c for c in map(chr, range(0x250)) if u._fold(c) == c]
    assert "a" in chars and "ø" in chars and "7" in chars
    for a in chars:
        for b in chars[::5]:
            if a != b:
                sa, sb = u._main_script(a), u._main_script(b)
                assert u._cost(a, b) == (0 if sa and sb and not (sa & sb) else 1), (a, b)
    assert u._cost("a", "а") == 0  # Latin a, Cyrillic a: still found


def test_the_everyday_shortcut_agrees_with_the_full_rules():
    """title_problem passes text of only _EVERYDAY characters without
    `regex`; each such character, alone and inside a Latin word, must be one
    the full rules pass too (they are run here on the same text)."""
    from reflectjournal.core import unicode_safety as u

    def full_rules(text: str) -> bool:
        visible = any(u._visible(ch) for ch in text)
        invisible = next(iter(u._invisible_at(text)), None)
        mixed = any(
            u._word_problem(m.group(), m.start())
            for m in u._p().word.finditer(text)
            if not u._p().latin_word.fullmatch(m.group())
        )
        return visible and invisible is None and not mixed

    extra = sorted(ch for ch in u._EVERYDAY if not ch.isascii())
    assert "é" in extra and "\u2019" in extra and "\u00a0" not in extra and "\u00ad" not in extra
    for ch in extra:
        for text in (ch, f"Caf{ch}", f"{ch}visit", f"a{ch}b c"):
            assert full_rules(text), (hex(ord(ch)), text)
            assert title_problem(text) is None
    # Just outside the set, the full rules still run: a soft hyphen is
    # invisible, a Cyrillic letter in a Latin word mixes.
    assert title_problem("vi\u00adsit").kind == "invisible"
    assert title_problem("Caf\u00e9 \u0441at").kind == "mixed_script"


def test_fold_without_regex_agrees_with_the_unicode_categories():
    """_fold keeps letters and digits by unicodedata's categories; for every
    character Python knows that is what `regex`'s categories say."""
    from reflectjournal.core import unicode_safety as u

    p = u._p()
    for code in range(0x110000):
        ch = chr(code)
        if not ch.isalnum():
            continue
        by_regex = bool(p.visible_category.match(ch)) and not p.mark.match(ch)
        assert by_regex == (unicodedata.category(ch)[0] in "LN"), hex(code)


def test_everyday_titles_and_pack_titles_load_no_unicode_tables():
    """Checking a typical title, or comparing pack titles at unlock, does not
    load `regex` (~3 MB resident, ~15 ms; issue 19)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from reflectjournal.core.unicode_safety import title_problem, look_alike_groups\n"
        "assert title_problem('Home visit \u2013 Zo\u00eb\u2019s school, \u00a35') is None\n"
        "look_alike_groups(['Core group', 'Court', 'C\u00f4te'])\n"
        "print('regex' in sys.modules)\n"
        "assert title_problem('Zo\u0435') is not None\n"
        "print('regex' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
