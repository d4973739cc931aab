"""The identifying-information check: what in outgoing text may identify a person.

Pure and local: no network, no model, nothing written. :class:`Detector`
finds People-list names and their variants, likely names of people not on
that list, NHS numbers (modulus 11), National Insurance numbers (prefix
rules), postcodes, UK phone numbers, email addresses, dates of birth,
addresses (house number and street word), school names and case numbers in
the user's own pattern. Each :class:`Finding` says where (field, offset,
length), what kind and how confident the check is. False positives are
expected; the preview lets the user keep a word or ignore it for good.

:func:`redact` makes the outgoing copy with stand-ins, initials or the text
kept, consistently through a document. The journal's own text never changes:
these functions only return new strings.

It is an aid, not a guarantee: a name the dictionary knows as a word ("Rose",
"Will"), a nickname or a description ("the boy with the red bike") can pass.
"""

from __future__ import annotations

import enum
import heapq
import os
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# How long a user's case-number pattern may be: the pattern language has no
# repetition, so a match is linear; the limit only refuses nonsense.
MAX_CASE_PATTERN_LENGTH = 40
MAX_CASE_PATTERNS = 10


class Kind(enum.StrEnum):
    PERSON = "person"  # on the People list
    NAME = "name"  # a likely name not on the list
    NHS = "nhs"
    NI = "ni"
    POSTCODE = "postcode"
    PHONE = "phone"
    EMAIL = "email"
    DOB = "dob"
    ADDRESS = "address"
    SCHOOL = "school"
    CASE = "case"


# The words shown for each kind (the UI translates its own copy).
KIND_LABELS: dict[Kind, str] = {
    Kind.PERSON: "People list",
    Kind.NAME: "Possible name",
    Kind.NHS: "NHS number",
    Kind.NI: "National Insurance number",
    Kind.POSTCODE: "Postcode",
    Kind.PHONE: "Phone number",
    Kind.EMAIL: "Email address",
    Kind.DOB: "Date of birth",
    Kind.ADDRESS: "Address",
    Kind.SCHOOL: "School",
    Kind.CASE: "Case number",
}

# Kinds with a fixed shape: always replaced by --redact and "Replace all suggested".
STRUCTURED_KINDS = frozenset({Kind.NHS, Kind.NI, Kind.POSTCODE, Kind.PHONE, Kind.EMAIL, Kind.DOB, Kind.CASE})

# When two findings overlap, the higher rank wins (a People name inside a
# school name is still the school; an NHS number is not also a phone number).
_RANK: dict[Kind, int] = {
    Kind.EMAIL: 10,
    Kind.CASE: 9,
    Kind.NHS: 8,
    Kind.NI: 8,
    Kind.PHONE: 7,
    Kind.POSTCODE: 7,
    Kind.DOB: 6,
    Kind.ADDRESS: 5,
    Kind.SCHOOL: 5,
    Kind.PERSON: 4,
    Kind.NAME: 1,
}

_PLACEHOLDERS: dict[Kind, str] = {
    Kind.NHS: "[NHS number]",
    Kind.NI: "[NI number]",
    Kind.POSTCODE: "[postcode]",
    Kind.PHONE: "[phone number]",
    Kind.EMAIL: "[email address]",
    Kind.DOB: "[date of birth]",
    Kind.ADDRESS: "[address]",
    Kind.SCHOOL: "[school]",
    Kind.CASE: "[case number]",
}


@dataclass(frozen=True, slots=True)
class Person:
    """One entry on the People list: the name, other ways it is written, and
    the stand-in an export uses instead ("Tayo" → "Child A")."""

    name: str
    stand_in: str
    variants: tuple[str, ...] = ()
    id: int | None = None

    def spellings(self) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for word in (self.name, *self.variants):
            word = " ".join(word.split())
            if word and word.casefold() not in seen:
                seen[word.casefold()] = word
        return tuple(seen.values())


@dataclass(frozen=True, slots=True)
class Finding:
    field: str
    offset: int
    length: int
    kind: Kind
    confidence: float
    text: str
    # The People-list stand-in when the finding is a listed person.
    stand_in: str | None = None

    @property
    def end(self) -> int:
        return self.offset + self.length

    @property
    def key(self) -> str:
        """Findings with the same key are the same detail: a choice made for
        one applies to every occurrence in the document."""
        return f"{self.kind.value}:{normalise(self.text)}"


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


# --- structured identifiers -------------------------------------------------

_NHS = re.compile(r"(?<![\w.+-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\w-])")


def nhs_number_valid(digits: str) -> bool:
    """The NHS number's modulus 11 check: weights 10 to 2 on the first nine
    digits; 11 minus the remainder is the check digit (11 reads as 0, and
    10 means the number cannot exist)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


# HMRC's rules: the first letter is not D, F, I, Q, U or V; the second not
# D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are never issued.
_NI = re.compile(
    r"(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ ]?(\d{2})[ ]?(\d{2})[ ]?(\d{2})[ ]?([A-D])(?![A-Za-z0-9])"
)
_NI_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})

# Outward code: area (no Q, V, X first; no I, J, Z second) and district;
# inward code: a digit and two letters other than C, I, K, M, O, V.
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])((?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)|GIR)[ ]?(\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
    re.IGNORECASE,
)

# 0 and nine or ten more digits, or +44 and nine or ten; one space, hyphen
# or bracket between digits at most.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0(?!0))(?:\d(?:[ -]|\)[ ]?)?){8,9}\d(?![\d])",
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+\d{{4}}"
    rf"|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_DOB_CUE = re.compile(
    rf"(?:\bD\.?O\.?B\.?|\bdate\s+of\s+birth|\bborn(?:\s+on)?|\bbirthday(?:\s+is)?)\s*(?:[:\-–]|is|was)?\s*({_DATE})",
    re.IGNORECASE,
)
_DATE_AGE = re.compile(
    rf"({_DATE})\s*(?:\(\s*(?:aged?\s*)?\d{{1,2}}\s*(?:years?|yrs?|y)?(?:\s*old)?\s*\)|,?\s*aged?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
_AGE_DATE = re.compile(rf"\baged?\s+\d{{1,2}}\s*\(\s*(?:b\.?|born)\s*({_DATE})\s*\)", re.IGNORECASE)

_STREET_WORDS = (
    "Road|Rd|Street|St|Close|Avenue|Ave|Lane|Ln|Drive|Dr|Way|Crescent|Cres|Place|Pl|Court|Ct|Gardens|Gdns|"
    "Grove|Terrace|Hill|Walk|Row|Square|Sq|Mews|Green|Rise|View|Parade|Gate|Vale|Park|Wharf|Yard|Estate"
)
_CAP = r"[A-Z][A-Za-z'’-]*"
_ADDRESS = re.compile(
    rf"(?:\b(?:Flat|Apartment|Apt|Unit)\s+\d{{1,4}}[A-Za-z]?,?\s+)?\b\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:{_STREET_WORDS})\b\.?"
)
_SCHOOL = re.compile(
    rf"\b(?:{_CAP}\s+){{1,4}}(?:(?:Primary|Infant|Infants|Infants'|Junior|Juniors|Secondary|High|Grammar|"
    rf"Community|Special|Catholic|C\s+of\s+E|CE|RC|Church|Nursery)\s+)*(?:School|Academy|College|Nursery)\b"
)
_SCHOOL_LEAD = re.compile(r"^(?:The|At|To|From|In|On|A|An|Our|His|Her|Their|My)\s+")

# --- names ------------------------------------------------------------------

TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Master", "Sir", "Dame", "Lady", "Lord"})
RELATIONSHIP_WORDS = frozenset(
    {
        "mum",
        "mummy",
        "mother",
        "dad",
        "daddy",
        "father",
        "nan",
        "nana",
        "nanna",
        "nanny",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "granddad",
        "grandpa",
        "grandmother",
        "grandfather",
        "auntie",
        "aunty",
        "aunt",
        "uncle",
        "brother",
        "sister",
        "cousin",
        "stepdad",
        "stepmum",
        "step-dad",
        "step-mum",
        "partner",
        "boyfriend",
        "girlfriend",
        "carer",
        "foster",
        "son",
        "daughter",
        "baby",
        "sibling",
        "half-brother",
        "half-sister",
    }
)
# Capitalised words that are never a person's name in this work: days,
# months, places and organisations a reflection mentions, roles and forms.
COMMON_CAPITALISED = frozenset(
    w.casefold()
    for w in (
        "I I'm I've I'd I'll Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
        "May June July August September October November December Christmas Easter Eid Diwali Ramadan Hanukkah "
        "England English Scotland Scottish Wales Welsh Ireland Irish Britain British UK GB NHS NI DOB GP A&E CAMHS "
        "Ofsted Cafcass HMRC DWP Police Council Court Family Social Services Children's Services Trust Hospital "
        "Centre Center School Academy College Nursery University Road Street Avenue Close Lane Drive Way "
        "Health Visitor Midwife Child Protection Plan Conference Strategy Discussion Meeting Panel LADO MASH "
        "Early Help Team Service Services Section Order Care Looked After Need Needs Review Assessment "
        "Supervision Supervisor Manager Practice Educator CPD HCPC Social Work Worker Workers Reflection "
        "Teams Zoom Google Microsoft Word Excel Outlook WhatsApp Facebook Instagram TikTok Snapchat YouTube "
        "London Manchester Birmingham Leeds Liverpool Bristol Sheffield Newcastle Glasgow Edinburgh Cardiff Belfast "
        "Mum Mummy Dad Daddy Nan Nana Gran Granny Grandma Grandad Auntie Uncle Baby Child Children Parent Parents "
        "Mr Mrs Ms Miss Mx Dr Prof Sir Today Yesterday Tomorrow Morning Afternoon Evening Note Notes Update Action "
        "Actions Next Steps Summary Background Concerns Strengths Risks Plan Plans Goals Outcome Outcomes Keeping "
        "Mind Reflection Reflections Prompt Question Answer Feelings Learning Gibbs Kolb Schön Signs Safety"
    ).split()
)

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*")
_SENTENCE_END = frozenset('.!?:;\n•*#>-–—"“‘(')


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\r\"'“‘(*_":
        i -= 1
    if i < 0:
        return True
    if text[i] in "\n•#>-–—":
        return True
    if text[i] in ".!?:;":
        # "Mr." and "Dr." end an abbreviation, not a sentence.
        j = i - 1
        while j >= 0 and text[j].isalpha():
            j -= 1
        return text[j + 1 : i] not in TITLES
    return False


# --- case numbers ---------------------------------------------------------


def compile_case_pattern(pattern: str) -> re.Pattern[str]:
    """A case-number pattern in a small, safe language: ``#`` a digit, ``@``
    a letter, ``*`` a letter or digit; anything else is itself
    ("CS-######", "@@######"). No repetition or choice, so matching is
    linear in the text; raises ValueError on an empty or over-long pattern."""
    pattern = pattern.strip()
    if not pattern or len(pattern) > MAX_CASE_PATTERN_LENGTH:
        raise ValueError(f"a case-number pattern must be 1 to {MAX_CASE_PATTERN_LENGTH} characters")
    if not any(ch in "#@*" for ch in pattern):
        raise ValueError("a case-number pattern needs at least one # (digit), @ (letter) or * (either)")
    parts = []
    for ch in pattern:
        if ch == "#":
            parts.append(r"\d")
        elif ch == "@":
            parts.append("[A-Za-z]")
        elif ch == "*":
            parts.append("[A-Za-z0-9]")
        elif ch.isspace():
            parts.append(r"\s?")
        else:
            parts.append(re.escape(ch))
    return re.compile(r"(?<![A-Za-z0-9])" + "".join(parts) + r"(?![A-Za-z0-9])")


# --- the dictionary -----------------------------------------------------------

WordCheck = Callable[[str], bool]


def hunspell_dirs() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    dirs += [Path(p) for p in ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")]
    return dirs + [Path(p) for p in ("/usr/local/share/hunspell", "/app/share/hunspell")]


_SUFFIXES = ("'s", "s", "es", "ed", "d", "ing", "er", "ers", "ly")


_SORT_RUN = 8192


class WordHashes:
    """A word list kept as the sorted hashes of its words: 8 bytes a word
    (about 0.8 MB for the en_GB dictionary's 97,000 words, against 10 MB as
    a set of strings, held for as long as the app runs). ``word in hashes``
    is a binary search. Python salts ``hash`` per process, which is no matter
    here: the hashes are made and read in the same process. A word counts
    as listed when only its 64-bit hash matches a listed word's: about one
    chance in 10^14 for each word looked up."""

    def __init__(self, words: Iterable[str]):
        # Sorted in short runs and merged, so that no single call holds the
        # interpreter for long: it loads on a worker while the window is in use.
        unique = list({hash(word) for word in words})
        runs = [sorted(unique[i : i + _SORT_RUN]) for i in range(0, len(unique), _SORT_RUN)]
        self._hashes = array("q", heapq.merge(*runs))

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, word: object) -> bool:
        h = hash(word)
        i = bisect_left(self._hashes, h)
        return i < len(self._hashes) and self._hashes[i] == h


def _word_set_check(words: WordHashes) -> WordCheck:
    def check(word: str) -> bool:
        if word in words:
            return True
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                if stem in words or (suffix in ("d", "ed", "er", "ing") and stem + "e" in words):
                    return True
        return False

    return check


def load_word_check(language: str = "en_GB") -> WordCheck | None:
    """The British English dictionary the spell checker uses (Hunspell's
    en_GB ``.dic`` file), read as a set of its words without Qt or a C
    library; None if it is not installed. A word counts as known if it, or
    it without a common ending (-s, -es, -ed, -ing, -er, -ly), is listed.

    Why not pyenchant: a second Enchant dictionary beside the spell
    checker's crashed the app when one of them was freed."""
    for folder in hunspell_dirs():
        path = folder / f"{language}.dic"
        if not path.is_file():
            continue
        # Read line by line: the whole file's text and list of lines at once
        # left the process 8.5 MB larger for good. Kept as hashes (WordHashes):
        # 0.8 MB where a set of the words was 10 MB (issue 19, item 6).
        try:
            with path.open(encoding="utf-8", errors="replace") as dic:
                next(dic, None)  # the first line is the word count
                words = WordHashes(
                    line.split("/", 1)[0].strip() for line in dic if line.strip() and not line.startswith("\t")
                )
        except OSError:
            continue

        return _word_set_check(words)
    return None


# --- the detector -------------------------------------------------------------


@dataclass
class Detector:
    """Finds identifying details in text. Build once per export (the People
    list and settings are read then), call :meth:`check` per field."""

    people: Sequence[Person] = ()
    ignored: Iterable[str] = ()
    case_patterns: Sequence[str] = ()
    word_check: WordCheck | None = None
    _ignored: frozenset[str] = field(init=False)
    _people_re: re.Pattern[str] | None = field(init=False)
    _people_by_spelling: dict[str, Person] = field(init=False)
    _case_res: list[re.Pattern[str]] = field(init=False)
    _known: dict[str, tuple[bool, bool]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._ignored = frozenset(normalise(w) for w in self.ignored if w.strip())
        self._people_by_spelling = {}
        for person in self.people:
            for spelling in person.spellings():
                self._people_by_spelling.setdefault(normalise(spelling), person)
        spellings = sorted(self._people_by_spelling, key=len, reverse=True)
        if spellings:
            alternatives = "|".join(r"\s+".join(re.escape(p) for p in s.split()) for s in spellings)
            self._people_re = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)
        else:
            self._people_re = None
        self._case_res = []
        for pattern in list(self.case_patterns)[:MAX_CASE_PATTERNS]:
            try:
                self._case_res.append(compile_case_pattern(pattern))
            except ValueError:
                continue

    # ---------------------------------------------------------------

    def check(self, text: str, field: str = "text") -> list[Finding]:
        """Every finding in ``text``, in order, overlaps resolved."""
        found: list[Finding] = []

        def add(kind: Kind, start: int, end: int, confidence: float, stand_in: str | None = None) -> None:
            found.append(Finding(field, start, end - start, kind, confidence, text[start:end], stand_in))

        if self._people_re is not None:
            for m in self._people_re.finditer(text):
                person = self._people_by_spelling.get(normalise(m.group()))
                add(Kind.PERSON, m.start(), m.end(), 1.0, person.stand_in if person else None)
        for m in _EMAIL.finditer(text):
            add(Kind.EMAIL, m.start(), m.end(), 0.95)
        for case_re in self._case_res:
            for m in case_re.finditer(text):
                add(Kind.CASE, m.start(), m.end(), 0.9)
        for m in _NHS.finditer(text):
            if nhs_number_valid(m.group(1) + m.group(2) + m.group(3)):
                add(Kind.NHS, m.start(), m.end(), 0.95)
        for m in _NI.finditer(text):
            if m.group(1) not in _NI_NEVER:
                add(Kind.NI, m.start(), m.end(), 0.9)
        for m in _POSTCODE.finditer(text):
            # Mixed case ("Ab1 2cD") is a word, not a postcode.
            code = m.group()
            if code.isupper() or code.islower():
                add(Kind.POSTCODE, m.start(), m.end(), 0.9 if code.isupper() else 0.6)
        for m in _PHONE.finditer(text):
            add(Kind.PHONE, m.start(), m.end(), 0.85)
        for pattern in (_DOB_CUE, _DATE_AGE, _AGE_DATE):
            for m in pattern.finditer(text):
                add(Kind.DOB, m.start(1), m.end(1), 0.85 if pattern is _DOB_CUE else 0.7)
        for m in _ADDRESS.finditer(text):
            add(Kind.ADDRESS, m.start(), m.end(), 0.8)
        for m in _SCHOOL.finditer(text):
            start = m.start()
            lead = _SCHOOL_LEAD.match(m.group())
            if lead:
                start += lead.end()
            if text[start:].split(None, 1)[0] in ("School", "Academy", "College", "Nursery"):
                continue
            add(Kind.SCHOOL, start, m.end(), 0.85)
        found.extend(self._names(text, field))
        return self._resolve(found)

    def check_fields(self, fields: Iterable[tuple[str, str]]) -> list[Finding]:
        out: list[Finding] = []
        for name, text in fields:
            out.extend(self.check(text, name))
        return out

    # ---------------------------------------------------------------

    def _knows(self, word: str) -> tuple[bool, bool]:
        """(the lower-case word is in the dictionary, the word as written is)."""
        cached = self._known.get(word)
        if cached is None:
            if self.word_check is None:
                cached = (False, False)
            else:
                lower = self.word_check(word.lower())
                cached = (lower, lower or self.word_check(word))
            self._known[word] = cached
        return cached

    def _names(self, text: str, field: str) -> list[Finding]:
        out: list[Finding] = []
        words = list(_WORD.finditer(text))
        previous, previous_end = "", -1
        for index, m in enumerate(words):
            word = m.group().rstrip("'’-")
            start, end = m.start(), m.start() + len(word)
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            # A cue counts only right before the word ("Nan Pat"), not
            # across punctuation ("... her nan. The ...").
            adjacent = previous_end >= 0 and text[previous_end:start].strip(" ") == ""
            prev_word = previous if adjacent else ""
            previous, previous_end = word, end
            if not base[:1].isupper() or len(base) < 2 or base.isupper():
                continue
            folded = base.casefold()
            if folded in COMMON_CAPITALISED or folded in RELATIONSHIP_WORDS or normalise(base) in self._ignored:
                continue
            if normalise(base) in self._people_by_spelling:
                continue
            cue = prev_word in TITLES or prev_word.casefold() in RELATIONSHIP_WORDS
            if not cue and index + 1 < len(words):
                after = words[index + 1].group().casefold()
                gap = text[end : words[index + 1].start()]
                cue = word.endswith(("'s", "’s")) and after in RELATIONSHIP_WORDS and gap.strip() == ""
            lower_known, known = self._knows(base)
            sentence_start = _at_sentence_start(text, start)
            if cue:
                confidence = 0.9
            elif lower_known:
                continue  # an ordinary word ("Rose", "Will") without a cue
            elif sentence_start:
                if self.word_check is None:
                    continue
                # Unknown ("Tayo") or known only as a proper noun ("Darren"):
                # flagged, but not replaced unless the user says so.
                confidence = 0.35 if known else 0.45
            elif self.word_check is None:
                confidence = 0.3
            else:
                confidence = 0.5 if known else 0.6
            length = len(base)
            out.append(Finding(field, start, length, Kind.NAME, confidence, text[start : start + length]))
        return _join_adjacent_names(out, text)

    def _resolve(self, found: list[Finding]) -> list[Finding]:
        kept: list[Finding] = []
        # One byte per character already claimed: linear, where comparing
        # every pair would be quadratic in a long export.
        taken: dict[str, bytearray] = {}
        for f in sorted(found, key=lambda f: (-_RANK[f.kind], -f.length, f.offset)):
            if self._ignored and normalise(f.text) in self._ignored:
                continue
            claimed = taken.get(f.field)
            if claimed is None:
                claimed = taken[f.field] = bytearray(max((g.end for g in found if g.field == f.field), default=0))
            if any(claimed[f.offset : f.end]):
                continue
            claimed[f.offset : f.end] = b"\x01" * f.length
            kept.append(f)
        kept.sort(key=lambda f: (f.field, f.offset))
        return kept


def _join_adjacent_names(found: list[Finding], text: str) -> list[Finding]:
    """ "John Smith" is one name, not two."""
    out: list[Finding] = []
    for f in found:
        if out and out[-1].field == f.field and text[out[-1].end : f.offset] == " ":
            last = out.pop()
            end = f.end
            out.append(
                Finding(
                    f.field,
                    last.offset,
                    end - last.offset,
                    Kind.NAME,
                    max(last.confidence, f.confidence),
                    text[last.offset : end],
                )
            )
        else:
            out.append(f)
    return out


# --- redaction ----------------------------------------------------------------


class Choice(enum.StrEnum):
    STAND_IN = "stand_in"
    INITIALS = "initials"
    KEEP = "keep"


def initials(text: str) -> str:
    """ "Tayo Okafor" → "T. O."; a structured detail has no initials and
    gets its placeholder instead (see :func:`replacement`)."""
    return " ".join(w[0].upper() + "." for w in text.split() if w[:1].isalpha())


def suggested_choice(finding: Finding) -> Choice:
    """What "Replace all suggested" does with a finding."""
    if finding.kind is Kind.NAME and finding.confidence < 0.5:
        return Choice.KEEP
    return Choice.STAND_IN


class StandIns:
    """Stand-ins consistent through one document: every "Tayo" becomes
    "Child A"; names not on the People list become "Person A", "Person B"
    in the order they first appear."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._next = 0

    def for_finding(self, finding: Finding) -> str:
        if finding.stand_in:
            return finding.stand_in
        if finding.kind in _PLACEHOLDERS:
            return _PLACEHOLDERS[finding.kind]
        key = finding.key
        if key not in self._by_key:
            self._by_key[key] = "Person " + _letters(self._next)
            self._next += 1
        return self._by_key[key]


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def replacement(finding: Finding, choice: Choice, stand_ins: StandIns) -> str:
    if choice is Choice.KEEP:
        return finding.text
    if choice is Choice.INITIALS and finding.kind in (Kind.PERSON, Kind.NAME):
        return initials(finding.text) or stand_ins.for_finding(finding)
    return stand_ins.for_finding(finding)


def redact(
    text: str,
    findings: Iterable[Finding],
    choices: Mapping[str, Choice] | None = None,
    *,
    default: Callable[[Finding], Choice] = suggested_choice,
    stand_ins: StandIns | None = None,
) -> str:
    """``text`` with each finding replaced as chosen (``choices`` keyed by
    :attr:`Finding.key`; findings without a choice take ``default``).
    ``findings`` must be this text's (one field's)."""
    stand_ins = stand_ins or StandIns()
    choices = choices or {}
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.offset):
        if f.offset < pos:
            continue
        choice = choices.get(f.key) or default(f)
        parts.append(text[pos : f.offset])
        parts.append(replacement(f, choice, stand_ins))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)


def cli_choice(finding: Finding) -> Choice:
    """``--redact``: People stand-ins and structured identifiers; likely
    names are listed but kept (they are often ordinary words)."""
    if finding.kind is Kind.NAME:
        return Choice.KEEP
    return Choice.STAND_IN


def summarise(findings: Iterable[Finding]) -> dict[Kind, int]:
    """How many findings of each kind, in the order kinds are listed."""
    counts = {kind: 0 for kind in Kind}
    for f in findings:
        counts[f.kind] += 1
    return {k: n for k, n in counts.items() if n}


def redact_with_spans(
    text: str,
    findings: Iterable[Finding],
    choose: Callable[[Finding], Choice],
    stand_ins: StandIns,
) -> tuple[str, list[tuple[int, int, Finding]]]:
    """Like :func:`redact`, and where each finding ended up in the result
    (start, length, finding), so a preview can highlight it."""
    parts: list[str] = []
    spans: list[tuple[int, int, Finding]] = []
    pos = out_len = 0
    for f in sorted(findings, key=lambda f: f.offset):
        if f.offset < pos:
            continue
        before = text[pos : f.offset]
        new = replacement(f, choose(f), stand_ins)
        parts += [before, new]
        out_len += len(before)
        spans.append((out_len, len(new), f))
        out_len += len(new)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), spans


# Enormous exports are checked in pieces of about this many characters, so
# a background check can report progress and stop when cancelled.
CHUNK_CHARS = 50_000


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterable[tuple[int, str]]:
    """``text`` in pieces of at most ``size`` characters, cut at a line end
    (else a space) where there is one, with each piece's offset."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            # A line end first: a detail never spans one, while "SW1A 1AA"
            # spans a space (only a line longer than ``size`` is cut there).
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


def check_chunked(
    detector: Detector,
    fields: Sequence[tuple[str, str]],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    size: int = CHUNK_CHARS,
) -> list[Finding] | None:
    """Every finding in ``fields``, checked piece by piece; None if
    ``cancelled()`` became true. ``progress(done, total)`` in characters."""
    total = sum(len(text) for _, text in fields)
    done = 0
    out: list[Finding] = []
    for name, text in fields:
        for offset, piece in chunks(text, size):
            if cancelled():
                return None
            for f in detector.check(piece, name):
                out.append(Finding(f.field, f.offset + offset, f.length, f.kind, f.confidence, f.text, f.stand_in))
            done += len(piece)
            if progress is not None:
                progress(done, total)
    return out
