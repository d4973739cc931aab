"""A synthetic, labelled corpus for the identifying-information check.

Generated, never real: reflective paragraphs in British English with planted
identifiers of every kind the check knows, each labelled with its kind and
position. Names are fictional; phone numbers are in Ofcom's drama ranges;
emails use example.org; NHS numbers are random with a valid check digit (and
some with a wrong one, labelled as nothing, which the check must not flag as
NHS numbers). Deterministic for a seed. Used by tests/core/test_identifying_corpus.py
and benchmarks/identifying_bench.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from reflectjournal.core.identifying import Person

CASE_PATTERN = "CS-######"

PEOPLE = [
    Person("Tayo", "Child A", ("Tay",)),
    Person("Ms Okafor", "Mother", ("Grace Okafor",)),
    Person("Kwabena", "Father"),
    Person("Precious", "Child B"),
    Person("Mr Lindqvist", "Stepfather", ("Anders",)),
    Person("Zainab", "Child C", ("Zee",)),
    Person("Nana Adjoa", "Grandmother"),
    Person("Wiktoria", "Sibling"),
]
# Not on the People list: some the dictionary knows as names, some not.
FIRST_NAMES = [
    "Jayden",
    "Kofi",
    "Amara",
    "Oluwaseun",
    "Bartek",
    "Siobhan",
    "Aoife",
    "Tomasz",
    "Ngozi",
    "Priya",
    "Sarah",
    "Darren",
    "Kayleigh",
    "Mohammed",
    "Leanne",
    "Chidi",
    "Reuben",
    "Ffion",
    "Imogen",
    "Tyrone",
    # Names that are also ordinary words: the check misses these without a cue.
    "Rose",
    "Will",
    "Summer",
    "Hope",
    "Jack",
    "Amber",
]
SURNAMES = ["Brown", "Adeyemi", "Kowalski", "Nguyen", "Thornbury", "Achterberg", "Mensah", "Fairclough", "Osei"]
STREETS = ["Elm Grove", "Mill", "Larkspur", "Hollybush", "Canal", "Peartree", "Sycamore", "Wharfedale"]
STREET_WORDS = ["Road", "Street", "Close", "Avenue", "Lane", "Drive", "Crescent", "Gardens", "Terrace"]
SCHOOL_NAMES = ["Larkspur", "Hollybush", "St Mary's", "St Aidan's C of E", "Brookfield", "Moss Side", "Ashgrove"]
SCHOOL_TYPES = ["Primary School", "Infant School", "Junior School", "High School", "Academy", "Nursery School"]
MONTHS = ["January", "March", "May", "July", "September", "November"]

FILLER = [
    "The visit felt rushed and I noticed my own anxiety rising as the afternoon went on.",
    "I wondered whether I had given enough space for the quieter voices in the room.",
    "On reflection, the plan we agreed was realistic, although the timescales were tight.",
    "My supervisor asked what I was carrying from this week, and I found it hard to say.",
    "We talked about routines, school mornings and how bedtimes had been going since Christmas.",
    "The Child Protection Conference is booked for Thursday and the report is nearly done.",
    "I used the Signs of Safety framework to map worries and strengths with the family.",
    "The Early Help Team had offered support before, but it had not been taken up.",
    "CAMHS have a waiting list of several months, which worries me.",
    "I need to read more about trauma-informed practice before the next Core Group.",
    "There was laughter in the kitchen, which felt like a strength worth naming.",
    "Next steps: chase the health visitor, update the chronology and book a joint visit in April.",
    "I felt out of my depth at times, and I want to bring that honestly to supervision on Monday.",
    "Using Gibbs' cycle helped me slow down and notice what I had assumed.",
    "The house was warm and tidy, and the dog barked at the door when I arrived.",
    # Capitalised words that are not people: the check should leave them.
    "Money is tight since the move to Universal Credit, and the nearest Jobcentre is two buses away.",
    "She works shifts at Tesco and the children go to Breakfast Club at the Sure Start centre.",
    "We met at the Family Hub in Rotherham, then walked past Greggs to the bus station.",
    "The Domestic Abuse Champion from Women's Aid joined us by Teams.",
]


@dataclass
class Label:
    kind: str  # a Kind value, or "none" for a planted look-alike that must not be flagged as anything
    start: int
    end: int
    text: str


@dataclass
class Document:
    text: str
    labels: list[Label] = field(default_factory=list)


def nhs_number(rng: random.Random, *, valid: bool = True) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check == 10:
            continue
        if not valid:
            check = (check + rng.randrange(1, 10)) % 10
        s = "".join(map(str, digits)) + str(check)
        return rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s])


def ni_number(rng: random.Random) -> str:
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    d = "".join(str(rng.randrange(10)) for _ in range(6))
    suffix = rng.choice("ABCD")
    return rng.choice([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def postcode(rng: random.Random) -> str:
    a, b, inward = "ABCDEFGHJKLMNOPRSTUWYZ", "ABCDEFGHKLMNOPQRSTUVWXY", "ABDEFGHJLNPQRSTUWXYZ"
    shape = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for i, ch in enumerate(shape):
        if ch == "9":
            out += str(rng.randrange(1, 10))
        elif i == 0:
            out += rng.choice(a)
        elif i == 1 and shape[0] == "A" and shape[1] == "A":
            out += rng.choice(b)
        else:
            out += rng.choice("ABCDEFGHJKPSTUW")
    return out + rng.choice([" ", ""]) + str(rng.randrange(10)) + rng.choice(inward) + rng.choice(inward)


def phone(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice(
        [
            f"07700 900{n:03d}",
            f"07700900{n:03d}",
            f"+44 7700 900{n:03d}",
            f"020 7946 0{n:03d}",
            f"+44 (0)20 7946 0{n:03d}",
            f"0161 496 0{n:03d}",
            f"(0113) 496 0{n:03d}",
        ]
    )


def generate(count: int = 200, seed: int = 14) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        doc = Document("")
        parts: list[str] = []

        def put(text: str) -> None:
            parts.append(text)
            doc.text += text

        def plant(before: str, kind: str, value: str, after: str) -> None:
            put(before)
            start = len(doc.text)
            put(value)
            doc.labels.append(Label(kind, start, start + len(value), value))
            put(after)

        for _ in range(rng.randint(8, 16)):
            put(rng.choice(FILLER) + " ")
            choice = rng.randrange(16)
            person = rng.choice(PEOPLE)
            spelling = rng.choice(person.spellings())
            first, surname = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            if choice == 0:
                plant("I sat with ", "person", spelling, " for a while. ")
            elif choice == 1:
                plant("", "person", spelling, " said very little today. ")
            elif choice == 2:
                plant("Her NHS number (", "nhs", nhs_number(rng), ") is on the referral. ")
            elif choice == 3:
                plant("The reference ", "none", nhs_number(rng, valid=False), " came from the old system. ")
            elif choice == 4:
                plant("NI number ", "ni", ni_number(rng), " was on the benefits letter. ")
            elif choice == 5:
                plant("The family moved to ", "postcode", postcode(rng), " last month. ")
            elif choice == 6:
                plant("I rang ", "phone", phone(rng), " twice but nobody answered. ")
            elif choice == 7:
                plant("The school emailed from ", "email", f"{first.lower()}.{surname.lower()}@example.org", ". ")
            elif choice == 8:
                day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2008, 2024)
                cue, value = rng.choice(
                    [
                        ("DOB: ", f"{day:02d}/{rng.randint(1, 12):02d}/{year}"),
                        ("born on ", f"{day} {month} {year}"),
                        ("date of birth ", f"{day} {month} {year}"),
                    ]
                )
                plant("The baby, " + cue, "dob", value, ", was asleep. ")
            elif choice == 9:
                number = rng.randint(1, 250)
                street = f"{number} {rng.choice(STREETS)} {rng.choice(STREET_WORDS)}"
                plant("They now live at ", "address", street, " with an aunt. ")
            elif choice == 10:
                plant("He goes to ", "school", f"{rng.choice(SCHOOL_NAMES)} {rng.choice(SCHOOL_TYPES)}", " now. ")
            elif choice == 11:
                case = "CS-" + "".join(str(rng.randrange(10)) for _ in range(6))
                plant("The case (", "case", case, ") was transferred. ")
            elif choice == 12:
                plant("Later Mr ", "name", surname, " arrived from work. ")
            elif choice == 13:
                plant("We spoke to Nan ", "name", first, " on the doorstep. ")
            elif choice == 14:
                plant("I then met ", "name", first, " in the kitchen. ")
            else:
                plant("", "name", first, " had been crying before I arrived. ")
        doc.text = doc.text.strip()
        docs.append(doc)
    return docs


@dataclass
class Score:
    planted: int = 0
    found: int = 0  # planted items the check found with the right kind
    flagged: int = 0  # findings of this kind
    correct: int = 0  # findings of this kind on a planted item of this kind

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.flagged if self.flagged else 1.0


def score(check, docs: list[Document]) -> dict[str, Score]:
    """Recall and precision per kind. ``check(text)`` returns findings."""
    scores: dict[str, Score] = {}
    for doc in docs:
        findings = check(doc.text)
        for label in doc.labels:
            if label.kind == "none":
                continue
            s = scores.setdefault(label.kind, Score())
            s.planted += 1
            if any(f.kind.value == label.kind and f.offset < label.end and label.start < f.end for f in findings):
                s.found += 1
        for f in findings:
            s = scores.setdefault(f.kind.value, Score())
            s.flagged += 1
            if any(label.kind == f.kind.value and f.offset < label.end and label.start < f.end for label in doc.labels):
                s.correct += 1
    return scores
