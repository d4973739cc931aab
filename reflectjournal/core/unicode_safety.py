"""Look-alike and invisible text in titles, names and ids; terminal-safe output.

Short one-line text that people read to tell things apart (entry titles,
supervision names, pack and prompt titles, pack authors) must not hide
anything or imitate something else. :func:`title_problem` refuses:

- titles that show nothing: only blank fillers such as the Hangul fillers
  (U+3164, U+115F, U+1160, U+FFA0) or the braille blank (U+2800);
- invisible characters (Unicode's Default_Ignorable_Code_Point set, which
  holds the tag characters U+E0000-U+E007F, the bidirectional controls,
  zero-width spaces, soft hyphens and the fillers), except where a script or
  an emoji needs one: a joiner (ZWJ/ZWNJ) after a virama, between joining
  Arabic-script letters, between letters of the other scripts that use
  joiners, or inside an emoji sequence; a variation selector after a visible
  character; a combining grapheme joiner before a combining mark; the tag
  characters of the flags of England, Scotland and Wales;
- a word that mixes scripts, following UTS #39 (Unicode Security
  Mechanisms): each word's resolved script set, over Script_Extensions and
  with Han, Hiragana, Katakana, Hangul and Bopomofo augmented, must not be
  empty, unless the word meets the "highly restrictive" level (Latin with
  Han and kana, with Han and Bopomofo, or with Han and Hangul). Digits,
  punctuation and combining marks shared by scripts are neutral.

A title written in one script throughout (Cyrillic, Greek, Arabic...) is
fine whatever it looks like: whole-script look-alikes are a matter for the
places that show packs side by side, which use :func:`look_alike_groups`
and then show each pack's authors and id.

The Unicode data comes from the ``regex`` module (Script_Extensions,
Default_Ignorable_Code_Point, Extended_Pictographic, Joining_Type and the
general categories, kept to the current Unicode version), not from tables
kept here. Nothing here imports Qt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

# Printing at a terminal needs none of the above (nor `regex`): core.terminal.
from .terminal import BIDI_CONTROLS, json_terminal_safe, terminal_text  # noqa: F401 (their old home)

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    import regex

__all__ = [
    "TextProblem",
    "clean_imported_title",
    "look_alike_groups",
    "strip_invisible",
    "terminal_text",
    "title_problem",
    "titles_look_alike",
]

# -- Unicode data through `regex` ------------------------------------------------
# `regex` and its tables take ~3 MB and ~15 ms to load, so they are loaded the
# first time a text needs them: most titles are Latin letters and everyday
# punctuation, which :func:`title_problem` passes without them (issue 19).


class _Patterns:
    """The Unicode properties the checks use, compiled once, on first need."""

    def __init__(self) -> None:
        import regex

        self.regex_error = regex.error
        self.compile = regex.compile
        self.default_ignorable = regex.compile(r"\p{Default_Ignorable_Code_Point}")
        self.suspect = regex.compile(r"[\p{Default_Ignorable_Code_Point}\ufff9-\ufffb]")
        # A word that is Latin (or script-neutral) throughout passes the
        # mixed-script rule at once; most titles are such words.
        self.latin_word = regex.compile(
            r"[\p{Script_Extensions=Latin}\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]+"
        )
        self.visible_category = regex.compile(r"[\p{L}\p{N}\p{P}\p{S}\p{Co}]")
        self.mark = regex.compile(r"\p{M}")
        self.letter_or_mark = regex.compile(r"[\p{L}\p{M}]")
        self.ext_pict = regex.compile(r"\p{Extended_Pictographic}")
        self.emoji_modifier = regex.compile(r"\p{Emoji_Modifier}")
        self.joins_left = regex.compile(r"[\p{Joining_Type=L}\p{Joining_Type=D}]")  # joins to the following letter
        self.joins_right = regex.compile(r"[\p{Joining_Type=R}\p{Joining_Type=D}]")  # joins to the preceding letter
        self.transparent = regex.compile(r"\p{Joining_Type=T}")
        # One "word" for the mixed-script rule: letters, marks and digits,
        # with the joiners and variation selectors that may sit inside them.
        self.word = regex.compile(r"[\p{L}\p{M}\p{N}\u200c\u200d\u034f\ufe00-\ufe0f\U000e0100-\U000e01ef]+")


@cache
def _p() -> _Patterns:
    return _Patterns()


# Text of only these passes title_problem without Unicode data: printable
# ASCII, Latin-1's letters and signs (not its no-break space U+00A0 nor the
# soft hyphen U+00AD, which hide), and the dashes, quotation marks, ellipsis
# and euro sign of everyday typing. All are Latin or common to all scripts,
# visible, and none is Default_Ignorable. tests/core/test_unicode_safety.py
# checks each against the full rules.
_EVERYDAY = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + [chr(c) for c in range(0xA1, 0x100) if c != 0xAD]
    + list("\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2026\u20ac")
)


# The bidirectional controls a terminal (or any renderer) obeys
# (BIDI_CONTROLS, from core.terminal): embeddings, overrides, isolates, and
# the left-to-right, right-to-left and Arabic marks.

ZWNJ, ZWJ, CGJ = "\u200c", "\u200d", "\u034f"
_TAGS = range(0xE0000, 0xE0080)
_CANCEL_TAG = "\U000e007f"
_BLACK_FLAG = "\U0001f3f4"
# The tag sequences that are emoji (UTS #51's recommended set): the flags of
# England, Scotland and Wales. Any other tag character hides text.
_FLAG_TAGS = frozenset(
    "".join(chr(0xE0000 + ord(c)) for c in code) + _CANCEL_TAG for code in ("gbeng", "gbsct", "gbwls")
)
_VARIATION_SELECTORS = frozenset([chr(c) for c in range(0xFE00, 0xFE10)] + [chr(c) for c in range(0xE0100, 0xE01F0)])
_MONGOLIAN_SELECTORS = frozenset("\u180b\u180c\u180d\u180f\u180e")
_HANGUL_STANDALONE_FILLERS = frozenset("\u3164\uffa0")
_HANGUL_JAMO_FILLERS = frozenset("\u115f\u1160")
# Characters of visible categories that show nothing.
_BLANK_SYMBOLS = frozenset("\u2800\U0001d159")
# Format characters outside Default_Ignorable that still hide text
# (interlinear annotation anchors).
_HIDDEN_FORMAT = frozenset("\ufff9\ufffa\ufffb")

# ISO 15924 codes of the scripts Unicode assigns, with their English names
# (from Unicode's PropertyValueAliases). Each is looked up in `regex` as
# Script_Extensions; one this `regex` does not know is left out.
_SCRIPT_NAMES_TEXT = """
Zyyy Common|Zinh Inherited|Latn Latin|Bopo Bopomofo|Grek Greek|Copt Coptic|Cyrl Cyrillic|Armn Armenian
Hebr Hebrew|Arab Arabic|Syrc Syriac|Thaa Thaana|Nkoo N'Ko|Samr Samaritan|Mand Mandaic|Deva Devanagari
Beng Bengali|Guru Gurmukhi|Gujr Gujarati|Orya Oriya|Taml Tamil|Telu Telugu|Knda Kannada|Mlym Malayalam
Sinh Sinhala|Thai Thai|Laoo Lao|Tibt Tibetan|Mymr Myanmar|Geor Georgian|Hang Hangul|Ethi Ethiopic
Cher Cherokee|Cans Canadian Aboriginal|Ogam Ogham|Runr Runic|Tglg Tagalog|Hano Hanunoo|Buhd Buhid
Tagb Tagbanwa|Khmr Khmer|Mong Mongolian|Limb Limbu|Tale Tai Le|Talu New Tai Lue|Bugi Buginese
Lana Tai Tham|Bali Balinese|Sund Sundanese|Batk Batak|Lepc Lepcha|Olck Ol Chiki|Brai Braille
Glag Glagolitic|Tfng Tifinagh|Hani Han|Hira Hiragana|Kana Katakana|Yiii Yi|Lisu Lisu|Vaii Vai|Bamu Bamum
Sylo Syloti Nagri|Phag Phags-pa|Saur Saurashtra|Kali Kayah Li|Rjng Rejang|Java Javanese|Cham Cham
Tavt Tai Viet|Mtei Meetei Mayek|Linb Linear B|Lyci Lycian|Cari Carian|Ital Old Italic|Goth Gothic
Perm Old Permic|Ugar Ugaritic|Xpeo Old Persian|Dsrt Deseret|Shaw Shavian|Osma Osmanya|Osge Osage
Elba Elbasan|Aghb Caucasian Albanian|Vith Vithkuqi|Todr Todhri|Lina Linear A|Cprt Cypriot
Armi Imperial Aramaic|Palm Palmyrene|Nbat Nabataean|Hatr Hatran|Phnx Phoenician|Lydi Lydian|Sidt Sidetic
Mero Meroitic Hieroglyphs|Merc Meroitic Cursive|Khar Kharoshthi|Sarb Old South Arabian
Narb Old North Arabian|Mani Manichaean|Avst Avestan|Prti Inscriptional Parthian|Phli Inscriptional Pahlavi
Phlp Psalter Pahlavi|Orkh Old Turkic|Hung Old Hungarian|Rohg Hanifi Rohingya|Gara Garay|Yezi Yezidi
Sogo Old Sogdian|Sogd Sogdian|Ougr Old Uyghur|Chrs Chorasmian|Elym Elymaic|Brah Brahmi|Kthi Kaithi
Sora Sora Sompeng|Cakm Chakma|Mahj Mahajani|Shrd Sharada|Khoj Khojki|Mult Multani|Sind Khudawadi
Gran Grantha|Tutg Tulu-Tigalari|Newa Newa|Tirh Tirhuta|Sidd Siddham|Modi Modi|Takr Takri|Ahom Ahom
Dogr Dogra|Wara Warang Citi|Diak Dives Akuru|Nand Nandinagari|Zanb Zanabazar Square|Soyo Soyombo
Pauc Pau Cin Hau|Sunu Sunuwar|Bhks Bhaiksuki|Marc Marchen|Gonm Masaram Gondi|Gong Gunjala Gondi
Tols Tolong Siki|Maka Makasar|Kawi Kawi|Xsux Cuneiform|Pcun Proto-Cuneiform|Cpmn Cypro-Minoan
Egyp Egyptian Hieroglyphs|Hluw Anatolian Hieroglyphs|Gukh Gurung Khema|Mroo Mro|Tnsa Tangsa|Bass Bassa Vah
Hmng Pahawh Hmong|Krai Kirat Rai|Medf Medefaidrin|Berf Beria Erfe|Plrd Miao|Tang Tangut|Nshu Nushu
Kits Khitan Small Script|Jurc Jurchen|Dupl Duployan|Sgnw SignWriting|Hmnp Nyiakeng Puachue Hmong
Toto Toto|Wcho Wancho|Nagm Nag Mundari|Onao Ol Onal|Tayo Tai Yo|Mend Mende Kikakui|Adlm Adlam|Seal Seal
"""
SCRIPT_NAMES: dict[str, str] = dict(
    item.split(" ", 1) for line in _SCRIPT_NAMES_TEXT.strip().splitlines() for item in line.split("|")
)
_NEUTRAL = frozenset({"Zyyy", "Zinh"})
_UNKNOWN = frozenset({"Zzzz"})
# UTS #39 section 5.1: a Han character can be part of Japanese, Korean or
# Chinese-with-Bopomofo text; kana and Hangul belong to one of those.
_AUGMENT = {
    "Hani": ("Hanb", "Jpan", "Kore"),
    "Hira": ("Jpan",),
    "Kana": ("Jpan",),
    "Hang": ("Kore",),
    "Bopo": ("Hanb",),
}
# UTS #39 section 5.2, "highly restrictive": these may share a word.
_HIGHLY_RESTRICTIVE = (
    frozenset({"Latn", "Hani", "Hira", "Kana"}),
    frozenset({"Latn", "Hani", "Bopo"}),
    frozenset({"Latn", "Hani", "Hang"}),
)
# Scripts in which a joiner between two letters has no use and can only
# disguise a word (the joiner rule below lets the others keep theirs).
_NO_JOINER_SCRIPTS = frozenset({"Latn", "Grek", "Cyrl", "Armn", "Geor", "Cher", "Hani", "Hira", "Kana", "Hang", "Bopo"})


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    p = _p()
    out = []
    for code in SCRIPT_NAMES:
        try:
            out.append((code, p.compile(rf"\p{{Script_Extensions={code}}}+")))
        except p.regex_error:  # a script newer than this `regex`
            continue
    return tuple(out)


_BLOCK = 256


@cache  # at most 0x110000 / 256 = 4352 blocks, each built once
def _block_scripts(block: int) -> tuple[frozenset[str], ...]:
    """Script_Extensions of each character in one block of 256 code points."""
    start = block * _BLOCK
    text = "".join(map(chr, range(start, min(start + _BLOCK, 0x110000))))
    found: list[set[str]] = [set() for _ in text]
    for code, pattern in _script_patterns():
        for match in pattern.finditer(text):
            for at in range(match.start(), match.end()):
                found[at].add(code)
    shared: dict[frozenset[str], frozenset[str]] = {}
    return tuple(shared.setdefault(frozenset(s) or _UNKNOWN, frozenset(s) or _UNKNOWN) for s in found)


def scripts_of(ch: str) -> frozenset[str]:
    """The character's Script_Extensions as ISO 15924 codes ({"Zyyy"} for
    common characters such as digits and punctuation)."""
    code = ord(ch)
    return _block_scripts(code // _BLOCK)[code % _BLOCK]


def _augmented(scripts: frozenset[str]) -> frozenset[str]:
    extra = [a for s in scripts for a in _AUGMENT.get(s, ())]
    return scripts.union(extra) if extra else scripts


def _is_neutral(scripts: frozenset[str]) -> bool:
    return bool(scripts & _NEUTRAL)


# -- problems -------------------------------------------------------------------


@dataclass(frozen=True)
class TextProblem:
    """What is wrong with a title, and where.

    ``position`` is the 0-based index in the text that was checked;
    ``char`` the character there. ``clause`` and ``advice`` never quote
    more than that one character (messages must not carry journal text);
    ``word`` is the word it sits in, for a screen that may show it.
    """

    kind: str  # "blank", "invisible", "mixed_script"
    position: int
    char: str
    clause: str  # "mixes letters from different alphabets in one word (...)"
    advice: str  # "Retype it using one alphabet."; "{what}" stands for the field's name
    word: str = ""
    script: str = ""  # the odd character's script, for mixed_script
    main_script: str = ""  # the script of the rest of the word

    def sentence(self, what: str = "title") -> str:
        """``The title <clause>. <advice>``"""
        return f"The {what} {self.clause}. {self.advice.format(what=what)}"

    def field_message(self, what: str = "text") -> str:
        """For a list of problems after a field name: ``<clause>; <advice>``."""
        advice = self.advice.format(what=what)
        return f"{self.clause}; {advice[0].lower()}{advice[1:].rstrip('.')}"


def _u(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _char_name(ch: str) -> str:
    return unicodedata.name(ch, "").lower() or "an unnamed character"


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _previous_base(text: str, at: int) -> str:
    """The character before ``at``, skipping variation selectors and emoji modifiers."""
    at -= 1
    while at >= 0 and (text[at] in _VARIATION_SELECTORS or _p().emoji_modifier.match(text[at])):
        at -= 1
    return text[at] if at >= 0 else ""


def _joiner_allowed(text: str, at: int) -> bool:
    p = _p()
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if not before:
        return False
    # After a virama (Indic conjuncts, Malayalam chillus, Sinhala ligatures).
    if unicodedata.combining(before) == 9:
        return True
    if not after:
        return False
    # Emoji ZWJ sequences: 👩‍💻, 🏳️‍🌈, 👍🏽‍...
    if text[at] == ZWJ and p.ext_pict.match(_previous_base(text, at) or " ") and p.ext_pict.match(after):
        return True
    # ZWNJ between Arabic-script letters that would otherwise join (Persian, Urdu).
    if text[at] == ZWNJ:
        left = at - 1
        while left >= 0 and p.transparent.match(text[left]):
            left -= 1
        right = at + 1
        while right < len(text) and p.transparent.match(text[right]):
            right += 1
        if left >= 0 and right < len(text) and p.joins_left.match(text[left]) and p.joins_right.match(text[right]):
            return True
    # Between letters of a script that uses joiners (Brahmic scripts, Arabic, Syriac, Mongolian ...).
    if p.letter_or_mark.match(before) and p.letter_or_mark.match(after):
        shared = scripts_of(before) & scripts_of(after)
        return bool(shared - _NO_JOINER_SCRIPTS - _NEUTRAL)
    return False


def _invisible_at(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) spans of invisible characters that no script needs here."""
    p = _p()
    size = len(text)
    found = p.suspect.search(text)
    while found is not None:
        at = found.start()
        ch = text[at]
        code = ord(ch)
        if code in _TAGS:
            if ch != _CANCEL_TAG and at > 0 and text[at - 1] == _BLACK_FLAG:
                end = text.find(_CANCEL_TAG, at)
                if end >= 0 and text[at : end + 1] in _FLAG_TAGS:
                    found = p.suspect.search(text, end + 1)
                    continue
            end = at + 1
            while end < size and ord(text[end]) in _TAGS:
                end += 1
            yield at, end
            found = p.suspect.search(text, end)
            continue
        if ch in _HIDDEN_FORMAT or not _ignorable_allowed(text, at):
            yield at, at + 1
        found = p.suspect.search(text, at + 1)


def _ignorable_allowed(text: str, at: int) -> bool:
    ch = text[at]
    if ch in (ZWJ, ZWNJ):
        return _joiner_allowed(text, at)
    before = text[at - 1] if at > 0 else ""
    if ch in _VARIATION_SELECTORS:
        return bool(before) and before not in _VARIATION_SELECTORS and not before.isspace() and _visible(before)
    if ch in _MONGOLIAN_SELECTORS:
        return bool(before) and "Mong" in scripts_of(before)
    if ch == CGJ:
        after = text[at + 1] if at + 1 < len(text) else ""
        return bool(before) and bool(after) and bool(_p().mark.match(after))
    if ch in _HANGUL_JAMO_FILLERS:
        # Old Hangul spelled in conjoining jamo: a filler stands in for a missing part.
        neighbours = (text[at - 1] if at > 0 else "") + (text[at + 1] if at + 1 < len(text) else "")
        return any(_is_conjoining_jamo(n) and n not in _HANGUL_JAMO_FILLERS for n in neighbours)
    return False


def _is_conjoining_jamo(ch: str) -> bool:
    code = ord(ch)
    return 0x1100 <= code <= 0x11FF or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF


def _visible(ch: str) -> bool:
    p = _p()
    return (
        bool(p.visible_category.match(ch))
        and ch not in _BLANK_SYMBOLS
        and ch not in _HANGUL_STANDALONE_FILLERS
        and not p.default_ignorable.match(ch)
    )


def _invisible_problem(text: str, at: int, end: int) -> TextProblem:
    ch = text[at]
    where = f"at character {at + 1}"
    if ord(ch) in _TAGS:
        count = end - at
        what = "an invisible tag character" if count == 1 else f"{count} invisible tag characters"
        clause = f"holds {what} ({_u(ch)} {where}), which can hide text"
        advice = f"Remove {'it' if count == 1 else 'them'}: delete the {{what}} and type it again."
    elif ch in BIDI_CONTROLS:
        clause = f"holds an invisible direction control ({_u(ch)}, {_char_name(ch)}, {where}), which can make it read in another order"
        advice = "Remove it: delete the {what} and type it again."
    elif ch in _HANGUL_STANDALONE_FILLERS or ch in _HANGUL_JAMO_FILLERS:
        clause = f"holds a blank Hangul filler ({_u(ch)} {where}), which shows nothing"
        advice = "Remove it: delete the {what} and type it again."
    else:
        clause = f"holds an invisible character ({_u(ch)}, {_char_name(ch)}, {where})"
        advice = "Remove it: delete the {what} and type it again."
    return TextProblem("invisible", at, ch, clause, advice)


def _word_problem(word: str, offset: int) -> TextProblem | None:
    """UTS #39 mixed-script check of one word; None if it passes."""
    sets = [(i, s) for i, s in ((i, scripts_of(c)) for i, c in enumerate(word)) if not _is_neutral(s)]
    if len(sets) < 2:
        return None
    resolved: frozenset[str] | None = None
    for _, s in sets:
        aug = _augmented(s)
        resolved = aug if resolved is None else resolved & aug
        if not resolved:
            break
    if resolved:
        return None
    if any(all(s & allowed for _, s in sets) for allowed in _HIGHLY_RESTRICTIVE):
        return None
    # Name the odd letter: the first one outside the script most letters share.
    counts: dict[str, int] = {}
    for _, s in sets:
        for code in s:
            counts[code] = counts.get(code, 0) + 1
    # On a tie Latin counts as the word's own script: the look-alikes imitate it.
    main = max(sorted(counts), key=lambda code: (counts[code], code == "Latn"))
    at, odd = next((i, s) for i, s in sets if main not in s)
    odd_script = SCRIPT_NAMES.get(min(odd), "unknown")
    main_name = SCRIPT_NAMES.get(main, "unknown")
    ch = word[at]
    shown = f"\u201c{ch}\u201d " if ch.isprintable() and not _p().mark.match(ch) else ""
    clause = (
        f"mixes letters from different alphabets in one word: {_article(odd_script)} {odd_script} "
        f"{shown}({_u(ch)}) at character {offset + at + 1} among {main_name} letters"
    )
    return TextProblem(
        "mixed_script",
        offset + at,
        ch,
        clause,
        "Retype it using one alphabet.",
        word=word,
        script=odd_script,
        main_script=main_name,
    )


def title_problem(text: str) -> TextProblem | None:
    """The first reason ``text`` is not acceptable as a title, or None.

    Check text as it will be stored (NFC, stripped); an empty title is fine.
    Control characters and line breaks are the business of each reader (the
    pack reader refuses them; entry titles may hold them, and the command
    line shows them as spaces); a title of nothing else is
    refused as blank.
    """
    if not text:
        return None
    if text.isascii():  # the common case: no invisible, blank or mixed-script character can be here
        if any("!" <= ch <= "~" for ch in text) or not text.strip():
            return None
    elif _EVERYDAY.issuperset(text):  # Latin-1 letters, dashes, quotes: visible, Latin or common
        return None
    if text.strip() and not any(_visible(ch) for ch in text):
        odd = next((i for i, ch in enumerate(text) if not ch.isspace()), 0)
        ch = text[odd]
        clause = f"shows nothing: it is only blank or invisible characters (such as {_u(ch)})"
        return TextProblem("blank", odd, ch, clause, "Type a {what} with letters, or leave it empty.")
    for at, end in _invisible_at(text):
        return _invisible_problem(text, at, end)
    p = _p()
    for match in p.word.finditer(text):
        if p.latin_word.fullmatch(match.group()):
            continue
        problem = _word_problem(match.group(), match.start())
        if problem is not None:
            return problem
    return None


def strip_invisible(text: str) -> tuple[str, int]:
    """``text`` without the invisible characters :func:`title_problem`
    refuses, and how many were removed."""
    removed = 0
    spans = list(_invisible_at(text))
    if not spans:
        return text, removed
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        removed += end - start
        last = end
    out.append(text[last:])
    return "".join(out), removed


@dataclass(frozen=True)
class ImportedTitle:
    """An imported title made safe: ``title`` to store, ``to_body`` (the
    original, to put at the start of the body, or ""), ``notes`` for the report."""

    title: str
    to_body: str
    notes: tuple[str, ...]


def clean_imported_title(title: str) -> ImportedTitle:
    """Make an imported title acceptable without losing its text.

    Invisible characters are removed (and noted). A title that shows nothing
    is dropped; one that mixes alphabets in a word is kept as the first line
    of the body and the entry has no title, so nothing is lost and nothing
    imitates another entry in the list.
    """
    notes: list[str] = []
    first = title_problem(title)
    if first is not None and first.kind == "blank":
        notes.append("a title of only blank filler characters (removed; the entry has no title)")
        return ImportedTitle("", "", tuple(notes))
    clean, removed = strip_invisible(title)
    if removed:
        clean = " ".join(clean.split())
        notes.append("invisible characters in the title, such as tag or direction controls (removed)")
    problem = title_problem(clean)
    if problem is None:
        return ImportedTitle(clean, "", tuple(notes))
    if problem.kind == "blank":
        notes.append("a title of only blank filler characters (removed; the entry has no title)")
        return ImportedTitle("", "", tuple(notes))
    notes.append(
        "a title mixing alphabets in one word, such as a look-alike letter (moved to the start of the body; "
        "the entry has no title)"
    )
    return ImportedTitle("", clean, tuple(notes))


# -- look-alike titles side by side ------------------------------------------------


def _fold(text: str) -> str:
    """Case, width, accents, spacing and punctuation folded away."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    # Letters and digits, not combining marks: unicodedata's categories
    # (what `regex` would say for every character Python knows; a test checks
    # each), so comparing pack titles at unlock needs no `regex`.
    return "".join(ch for ch in text if ch.isalnum() and unicodedata.category(ch)[0] in "LN")


# Below this, every letter or digit left by _fold is Latin or common (the
# micro sign, the one exception, has become Greek mu under NFKC).
_FIRST_NON_LATIN = "\u0250"


def _main_script(ch: str) -> frozenset[str]:
    scripts = scripts_of(ch)
    return frozenset() if _is_neutral(scripts) else scripts


def _cost(a: str, b: str) -> int:
    """0 when two folded characters could be mistaken for each other: equal,
    or letters of different scripts (Latin "a" and Cyrillic "а")."""
    if a == b:
        return 0
    if a < _FIRST_NON_LATIN and b < _FIRST_NON_LATIN:
        # Both Latin letters or digits: two different characters of one
        # script. No script lookup, which compiles a pattern for each of
        # ~170 scripts the first time (~80 ms, on unlock for pack titles).
        return 1
    sa, sb = _main_script(a), _main_script(b)
    return 0 if sa and sb and not (sa & sb) else 1


def titles_look_alike(a: str, b: str, *, tolerance: int = 2) -> bool:
    """Whether two titles could be taken for each other at a glance.

    The titles are folded (case, width, accents, spaces and punctuation
    ignored); then a letter swapped for one of another script costs nothing
    and any other edit costs one. Within ``tolerance`` edits they look alike,
    which errs towards showing more (authors and ids), never less.
    """
    fa, fb = _fold(a), _fold(b)
    if abs(len(fa) - len(fb)) > tolerance:
        return False
    if not fa or not fb:
        return fa == fb
    # Edit distance limited to a band around the diagonal.
    width = tolerance
    big = tolerance + 1
    previous = {j: j for j in range(0, min(len(fb), width) + 1)}
    for i in range(1, len(fa) + 1):
        current: dict[int, int] = {}
        low, high = max(0, i - width), min(len(fb), i + width)
        for j in range(low, high + 1):
            if j == 0:
                current[j] = i
                continue
            best = previous.get(j - 1, big) + _cost(fa[i - 1], fb[j - 1])
            best = min(best, previous.get(j, big) + 1, current.get(j - 1, big) + 1)
            current[j] = min(best, big)
        if min(current.values()) > tolerance:
            return False
        previous = current
    return previous.get(len(fb), big) <= tolerance


def look_alike_groups(titles: Sequence[str]) -> set[int]:
    """Indexes of the titles that look like at least one other title in ``titles``."""
    out: set[int] = set()
    for i in range(len(titles)):
        for j in range(i + 1, len(titles)):
            if titles_look_alike(titles[i], titles[j]):
                out.update((i, j))
    return out


def check_title(text: str, *, what: str = "title") -> None:
    """Raise :class:`InvalidTitle` if :func:`title_problem` finds one."""
    problem = title_problem(text)
    if problem is not None:
        from .errors import InvalidTitle

        raise InvalidTitle(problem.sentence(what), problem)
