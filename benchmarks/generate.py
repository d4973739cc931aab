"""Generate a deterministic benchmark journal of realistic reflective entries.

    python benchmarks/generate.py --entries 100000 --out benchmarks/data/bench.rjournal

The same ``--entries`` and ``--seed`` always give the same entries (ids,
text, dates, tags, uids). The journal is created with the production key
derivation and the passphrase ``benchmark passphrase``. All people named in
the text are fictional; only first names are used.

Two words are planted for the search benchmark: ``child`` appears in nearly
every entry (the generator guarantees more than 95%), and ``zephyrine``
appears in only a handful (``RARE_WORD_ENTRIES``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from reflectjournal.core.models import BUILTIN_KINDS, Entry, Wellbeing  # noqa: E402

PASSPHRASE = "benchmark passphrase"
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "bench.rjournal"
DEFAULT_SEED = 20261125
COMMON_WORD = "child"
RARE_WORD = "zephyrine"
RARE_WORD_ENTRIES = 6
COMMON_WORD_SHARE = 0.985  # entries that are guaranteed a sentence with COMMON_WORD
MIN_WORDS, MAX_WORDS = 150, 600
YEARS = 20
LAST_DAY = dt.date(2026, 11, 24)
FIRST_DAY = LAST_DAY - dt.timedelta(days=365 * YEARS + YEARS // 4)

# -- vocabulary ----------------------------------------------------------------
# fmt: off

CHILDREN = (
    "Maya", "Leo", "Ava", "Kai", "Isla", "Jayden", "Amira", "Reuben", "Poppy", "Tyler", "Freya", "Zain",
    "Ellie", "Kacper", "Ruby", "Finley", "Aisha", "Mason", "Evie", "Ollie", "Darcy", "Rhys", "Niamh", "Kobe",
    "Lacey", "Harley", "Imani", "Tomasz", "Skye", "Callum", "Summer", "Deon", "Millie", "Arlo", "Hafsa", "Jamal",
    "Phoebe", "Bailey", "Nia", "Oskar", "Lily-Mae", "Connor", "Esme", "Kian", "Tia", "Lewis", "Zara", "Alfie",
    "Orla", "Dylan", "Safa", "Brody", "Willow", "Ethan", "Keira", "Ibrahim", "Macy", "Joel", "Ayla", "Rory",
)
CARERS = (
    "mum", "dad", "Nan", "Grandad", "the foster carer", "the kinship carer", "mum's partner", "dad's partner",
    "the special guardian", "Aunty", "the residential key worker", "the adoptive mum", "stepdad", "the foster dad",
)
PROFESSIONALS = (
    "the health visitor", "the school nurse", "the class teacher", "the designated safeguarding lead",
    "the GP", "the officer from the public protection unit", "the IDVA", "the family support worker",
    "the CAMHS practitioner", "the independent reviewing officer", "the children's guardian",
    "the substance misuse worker", "the housing officer", "the midwife", "the youth worker", "the SENCo",
    "the virtual school lead", "my team manager", "the advanced practitioner", "the probation officer",
    "the paediatrician", "the early help worker", "the interpreter", "the speech and language therapist",
    "the adult mental health nurse", "the parenting assessor", "the local authority solicitor",
)
PLACES = (
    "the family home", "the contact centre", "school", "the nursery", "the car", "the park", "the family hub",
    "the court building", "the office", "the foster home", "the café near school", "the GP surgery",
    "the children's home", "Nan's flat", "the refuge", "the hospital ward", "the library", "the youth centre",
)
FEELINGS = (
    "anxious", "relieved", "uneasy", "hopeful", "frustrated", "tired", "unsettled", "encouraged", "overwhelmed",
    "curious", "sad", "protective", "conflicted", "drained", "steady", "moved", "irritated", "reassured",
    "out of my depth", "quietly proud", "worried", "calm", "angry on the family's behalf", "flat",
)
AGES = (
    "eighteen months", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
)
WHEN = (
    "this morning", "after school", "late on Friday", "over the weekend", "first thing", "at lunchtime",
    "yesterday evening", "during the half-term holiday", "just before the meeting", "on the way home",
)
OBSERVATIONS = (
    "the kitchen cupboards were almost empty and the fridge held only milk and a jar of sauce",
    "there were dirty nappies piled up in the bathroom and a strong smell in the hallway",
    "the house was warm, tidy and there was a calendar on the wall with school events marked",
    "the living room curtains were closed at midday and the television was on loudly",
    "there was a new hole in the bedroom door at about fist height",
    "the cot had no mattress protector and the bedding looked damp",
    "a drawing from nursery had been put up proudly on the fridge",
    "several unopened letters from the housing association were on the side",
    "the dog was shut in the kitchen and barked throughout the visit",
    "there were empty cans in the recycling and an ashtray on the arm of the sofa",
    "the garden was overgrown but someone had put up a small swing",
    "the bedroom had a new bed, fairy lights and a shelf of books",
    "there was black mould spreading across the bathroom ceiling",
    "mum had clearly tidied before I arrived and seemed keen for me to notice",
    "there was no credit on the electricity meter and the house was cold",
    "the younger children were still in pyjamas at two in the afternoon",
    "a parenting course certificate had been framed and hung in the hallway",
)
NEXT_STEPS = (
    "update the chronology before the end of the week",
    "complete the three houses direct work with {name}",
    "speak with the designated safeguarding lead about attendance",
    "book reflective supervision to think this through",
    "write up the assessment and share it with the family first",
    "refer to the family hub for parenting support",
    "request updated police checks",
    "invite {prof} to the next core group",
    "share the minutes and the revised plan with everyone",
    "arrange a strategy discussion if anything else comes to light",
    "check the contact arrangements with {carer}",
    "ask for an interpreter for the next visit",
    "visit unannounced within the next ten working days",
    "record {name}'s wishes and feelings in their own words",
    "agree a safety plan with {carer}",
    "chase the paediatric appointment letter",
    "discuss legal planning with my manager",
    "update the genogram and ecomap",
    "phone school to see how the week has gone",
)
TAGS = (
    "neglect", "domestic-abuse", "school", "health", "contact", "parental-mental-health", "substance-misuse",
    "housing", "attendance", "emotional-abuse", "physical-abuse", "sexual-harm", "exploitation", "county-lines",
    "online-safety", "self-harm", "disability", "send", "early-help", "child-in-need", "child-protection",
    "looked-after", "care-proceedings", "pre-proceedings", "kinship", "fostering", "adoption", "leaving-care",
    "unaccompanied", "interpreter", "fathers", "pre-birth", "missing", "police", "multi-agency", "section-47",
    "supervision", "wellbeing", "workload", "identity",
)
# Roughly Zipf: the first tags are used far more often than the last.
TAG_WEIGHTS = tuple(1.0 / (rank + 2) for rank in range(len(TAGS)))
TAG_COUNT_WEIGHTS = (0.15, 0.3, 0.3, 0.15, 0.1)  # 0, 1, 2, 3, 4 tags

KIND_WEIGHTS = {
    "home_visit": 24, "core_group": 8, "cp_conference": 5, "court": 3, "supervision": 10, "observation": 6,
    "joint_visit": 5, "direct_work": 9, "phone_call": 12, "team_meeting": 5, "training": 3, "other": 10,
}

TITLES = {
    "home_visit": ("Home visit: {name} and {carer}", "Unannounced visit to {name}'s home", "Visit to see {name}",
                   "Home visit after the referral about {name}"),
    "core_group": ("Core group for {name}", "Core group: reviewing the plan for {name}", "Core group, week {n}"),
    "cp_conference": ("Initial child protection conference: {name}", "Review conference for {name}",
                      "Conference: {name}'s family"),
    "court": ("Court: {hearing} for {name}", "Preparing for the {hearing}", "Giving evidence at the {hearing}"),
    "supervision": ("Supervision with my manager", "Reflective supervision", "Group supervision",
                    "Supervision: thinking about {name}"),
    "observation": ("Observation of contact: {name}", "Observing {name} at nursery", "Contact observation"),
    "joint_visit": ("Joint visit with police", "Joint visit with {prof}", "Joint visit: {name}"),
    "direct_work": ("Direct work with {name}", "Three houses with {name}", "Life story work with {name}",
                    "Wishes and feelings session: {name}"),
    "phone_call": ("Phone call from {prof}", "Call with {carer} about {name}", "Phone call: worries about {name}"),
    "team_meeting": ("Team meeting", "Team meeting: caseload and allocations", "Team meeting and case discussion"),
    "training": ("Training: trauma-informed practice", "Training: working with fathers",
                 "Training: contextual safeguarding", "Training: writing for the child"),
    "other": ("Reflection after a difficult day", "Thinking about {name}", "Notes to self", "End of week reflection",
              "A good day, for once"),
}
HEARINGS = ("case management hearing", "issues resolution hearing", "final hearing", "interim care order hearing")

OPENINGS = {
    "home_visit": (
        "I visited {name} at {place} {when}; {carer} answered the door after a long wait.",
        "This was my {nth} visit to {name} and {carer} since the referral.",
        "I arrived at {place} {when} and {name} was at the window waiting for me.",
        "The visit had been arranged with {carer} a week ago, but nobody seemed to expect me.",
    ),
    "core_group": (
        "Core group met at {place} {when} to review the plan for {name}.",
        "{prof} chaired the core group today because I was running late from another visit.",
        "Everyone attended core group except {prof}, who sent a written update.",
    ),
    "cp_conference": (
        "The conference for {name} was held {when} and went on for nearly three hours.",
        "{carer} came to the conference with a supporter and sat very close to the door.",
        "The chair opened the conference by asking everyone what they knew about {name}'s day.",
    ),
    "court": (
        "Today was the {hearing} for {name} and the building was busier than usual.",
        "I spent most of the morning waiting outside court with {carer}.",
        "The local authority solicitor went through my statement with me before the {hearing}.",
    ),
    "supervision": (
        "In supervision {when} I talked about {name} and what has been keeping me awake.",
        "Supervision started late but my manager gave me the full hour.",
        "I brought {name}'s case to group supervision because I feel stuck.",
    ),
    "observation": (
        "I observed contact between {name} and {carer} at {place}.",
        "I spent an hour watching {name} play at {place} {when}.",
        "The observation was meant to last an hour, but {name} asked to leave after forty minutes.",
    ),
    "joint_visit": (
        "{prof} and I visited {name} together {when}.",
        "This was a joint visit with {prof} following the strategy discussion.",
        "We agreed before the joint visit that I would lead and {prof} would observe.",
    ),
    "direct_work": (
        "I did direct work with {name} at {place} using the three houses tool.",
        "{name} and I spent the session drawing a map of the people who matter to them.",
        "I brought the feelings cards and some playdough for my session with {name}.",
    ),
    "phone_call": (
        "{prof} phoned {when} with new information about {name}.",
        "{carer} rang the duty line {when} and asked to speak to me.",
        "I returned a call from {prof}, who was worried about what {name} had said in class.",
    ),
    "team_meeting": (
        "Team meeting {when}: allocations, the audit results and two new starters.",
        "Most of the team meeting was about caseloads and the new recording system.",
        "We had a case discussion in the team meeting about {name}'s family.",
    ),
    "training": (
        "I spent the day on training about trauma-informed practice.",
        "The training {when} was about working with fathers who are often left out.",
        "Today's training was on contextual safeguarding and harm outside the home.",
    ),
    "other": (
        "A long day with four visits and very little time to think between them.",
        "I am writing this at the kitchen table because I could not switch off.",
        "Something {prof} said {when} has stayed with me.",
    ),
}

# Every sentence here contains the exact word "child" (as FTS5 tokenises it).
CHILD_SENTENCES = (
    "What is life like for this child on an ordinary school day?",
    "I keep asking myself what this child would say if they could read my notes.",
    "The child's lived experience has to stay at the centre of the plan, not the adults' arguments.",
    "{name} is a child who notices everything and says very little.",
    "For a child of {age}, {name} carries a great deal of responsibility at home.",
    "I want the child to see themselves in what I write, in words they would recognise.",
    "As a child, {name} should not have to manage {carer}'s moods to stay safe.",
    "Nobody at the meeting actually described a day in this child's life.",
    "The child's voice was missing from the report until I added {name}'s own words.",
    "I need to remember that the child is the client, even when the adults are louder.",
    "If I were a child in that house, I think I would feel watched and lonely.",
    "The plan talks about the parents a great deal and about the child very little.",
    "{name} drew a picture of a child standing outside the house in the rain.",
    "A child who is this quiet at school may be working very hard to be invisible.",
)
OBSERVATION_SENTENCES = (
    "When I looked around, {obs}.",
    "I noticed that {obs}.",
    "{carer} apologised for the state of the house, although I had not said anything.",
    "{name} showed me their bedroom, and {obs}.",
    "{name} stayed close to {carer} for the first half hour and then began to explore the toys I had brought.",
    "{name} did not make eye contact with {carer} at all during the visit.",
    "{carer} spoke warmly about {name} and knew the names of all their friends at school.",
    "{name} flinched when {carer} raised their voice to answer the phone.",
    "{name} told me school dinners are the best part of the day.",
    "{name} said, in a very small voice, that they don't like it when the shouting starts.",
    "{name} was wearing the same clothes as on my last visit and smelt of smoke.",
    "The baby settled quickly when {carer} picked her up, which was lovely to see.",
    "{name}'s attendance has dropped to seventy per cent this term.",
    "{prof} reported that {name} arrives hungry most mornings.",
    "{name} has started to wet the bed again since the police were called.",
    "{carer} admitted that they had been drinking the night before.",
    "{name} asked when they could go back to live with {carer}.",
    "{carer} had prepared a list of questions for me, which showed real engagement.",
)
REFLECTION_SENTENCES = (
    "On reflection, I think I was too quick to accept {carer}'s explanation.",
    "I felt {feeling} driving away, and I am still not sure why.",
    "I noticed my own bias when I assumed {carer} would not cope.",
    "Using a strengths-based approach helped, but I must not lose sight of the risk.",
    "I wonder whether my curiosity slipped into reassurance at the end of the visit.",
    "The language in the referral was judgemental and I tried not to carry it into the room.",
    "There is a pattern here of disguised compliance that I need to name clearly.",
    "I was struck by how much {name} has been let down by the adults around them, including us.",
    "Thinking about it afterwards, the key question is whether anything has actually changed for {name}.",
    "I am aware that I have a soft spot for this family, and supervision is the place to test that.",
    "The chronology shows the same worries recorded five times over two years with no change.",
    "I need to hold the uncertainty rather than rush to a decision to make myself feel better.",
    "I realised I had not asked about {name}'s father at all, which is a familiar gap.",
    "Professional curiosity means asking the uncomfortable question, and today I did not.",
    "I think {carer} is doing their best, but their best may not yet be good enough for {name}.",
    "Cultural identity matters a great deal to this family and the plan barely mentions it.",
    "The threshold question keeps coming up, and I think we are drifting.",
    "I felt {feeling} when {prof} dismissed my concerns in front of the family.",
    "Good practice today was simply listening and not filling the silence.",
    "I am noticing how tired I am, and how tiredness makes me less patient.",
    "The meeting was respectful, and {carer} said afterwards that they felt heard for the first time.",
    "I worry that the plan asks {carer} to do eight things at once with no support.",
    "Analysis, not description: what does all of this mean for {name} tonight?",
    "Relationship-based practice takes time that the caseload rarely allows.",
)
MEETING_SENTENCES = (
    "{prof} shared that {name}'s attendance has improved since the new routine started.",
    "There was disagreement about whether the threshold for a child protection plan is still met.",
    "{prof} raised concerns about missed health appointments and an overdue immunisation.",
    "The chair asked the family what was working well, and {carer} looked surprised to be asked.",
    "We agreed the plan would be reviewed in six weeks with clear, measurable outcomes.",
    "{prof} felt the family had made real progress and wanted to step down to child in need.",
    "The police disclosed two further call-outs that none of us had known about.",
    "The decision was to continue with the plan under the category of neglect.",
    "The Public Law Outline letter was discussed, and {carer} asked for time to find a solicitor.",
    "The children's guardian asked searching questions about the timescales for {name}.",
    "My manager reminded me that evidence is not the same as volume of recording.",
    "We talked about workload, and I admitted I have been working late most evenings.",
    "The judge asked for an addendum statement about {name}'s wishes and feelings.",
    "Contact was reduced to twice a week, and {name} was told in a way they could understand.",
)
WELLBEING_SENTENCES = (
    "For myself: I felt {feeling} today and I need to take a proper lunch break tomorrow.",
    "I noticed I skipped lunch again, which is a warning sign for me.",
    "I will talk to a colleague tomorrow rather than carrying this home.",
    "A walk after work helped, and I slept better than I expected.",
    "I am proud of how I handled a hard conversation with care and honesty.",
)
RARE_SENTENCES = (
    "{name} said the new kitten is called Zephyrine, after a character in a book they love.",
    "{name} had written the word zephyrine on the back of their hand and would not say why.",
)
CHILD_IN_MIND = (
    "I think {name} would say: 'Nobody asks me, they just talk about me.'",
    "Life for {name} right now is noisy, unpredictable and lonely at night.",
    "{name} would want me to know that they love {carer} and want the arguing to stop.",
    "If {name} read this they would ask why it took so long for someone to notice.",
    "For {name}, a good day means breakfast, school, and nobody shouting.",
    "{name} probably experiences all of us as yet more strangers asking the same questions.",
    "What matters most to {name} is their dog, their nan and their football team.",
    "{name} would say: 'I'm fine,' and then change the subject to their game.",
    "I imagine {name} lying awake listening for the front door.",
    "{name} would say that school is the only place where things are calm.",
)
WELLBEING_WORDS = (
    "Exhausted after court.", "Okay, a bit flat.", "Good day, felt useful.", "Stretched thin this week.",
    "Anxious about the hearing.", "Calm and clear.", "Upset after the visit.", "Proud of the team.",
    "Tired but steady.", "Need a break.", "",
)
# fmt: on


class _Slots(dict):
    """Values for one entry's templates; ``{obs}`` and friends draw anew each time."""

    def __init__(self, rng: random.Random, name: str, carer: str, prof: str):
        super().__init__(name=name, carer=carer, prof=prof)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        rng = self.rng
        if key == "place":
            return rng.choice(PLACES)
        if key == "when":
            return rng.choice(WHEN)
        if key == "feeling":
            return rng.choice(FEELINGS)
        if key == "age":
            return rng.choice(AGES)
        if key == "obs":
            return rng.choice(OBSERVATIONS)
        if key == "nth":
            return rng.choice(("second", "third", "fourth", "fifth", "sixth", "first"))
        if key == "hearing":
            return rng.choice(HEARINGS)
        if key == "n":
            return str(rng.randint(2, 30))
        raise KeyError(key)


def _fill(template: str, slots: _Slots) -> str:
    text = template.format_map(slots)
    return text[0].upper() + text[1:]


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _paragraph_pools(kind: str) -> list[tuple[str, ...]]:
    if kind in ("core_group", "cp_conference", "court", "supervision", "team_meeting"):
        return [MEETING_SENTENCES, REFLECTION_SENTENCES, CHILD_SENTENCES, MEETING_SENTENCES, REFLECTION_SENTENCES]
    return [OBSERVATION_SENTENCES, REFLECTION_SENTENCES, CHILD_SENTENCES, OBSERVATION_SENTENCES, REFLECTION_SENTENCES]


def make_body(rng: random.Random, kind: str, slots: _Slots, *, with_child: bool, with_rare: bool) -> str:
    """150-600 words of Markdown: paragraphs, sometimes a heading and a list."""
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    paragraphs: list[str] = []
    words = 0

    def add(paragraph: str) -> bool:
        nonlocal words
        count = _word_count(paragraph)
        if words + count > MAX_WORDS:
            return False
        paragraphs.append(paragraph)
        words += count
        return True

    first = [_fill(rng.choice(OPENINGS[kind]), slots)]
    if with_child:
        first.append(_fill(rng.choice(CHILD_SENTENCES), slots))
    if with_rare:
        first.append(_fill(rng.choice(RARE_SENTENCES), slots))
    add(" ".join(first))
    pools = _paragraph_pools(kind)
    if not with_child:
        pools = [p for p in pools if p is not CHILD_SENTENCES]
    p = 0
    while words < target:
        pool = pools[p % len(pools)]
        p += 1
        most = 2 if pool is CHILD_SENTENCES else 5
        sentences = [_fill(s, slots) for s in rng.sample(pool, rng.randint(1 if most == 2 else 2, most))]
        if not with_child:
            sentences = [s for s in sentences if not re.search(r"\bchild\b", s, re.IGNORECASE)]
        if rng.random() < 0.08:
            heading = rng.choice(("### What I noticed", "### Analysis", "### How I felt", "### What next"))
            if not add(heading):
                break
        if sentences and not add(" ".join(sentences)):
            break
        if rng.random() < 0.12:
            steps = "\n".join("- " + _fill(s, slots) for s in rng.sample(NEXT_STEPS, rng.randint(2, 4)))
            if not add("**Next steps**\n\n" + steps):
                break
    if words < target and rng.random() < 0.5:
        add(_fill(rng.choice(WELLBEING_SENTENCES), slots))
    return "\n\n".join(paragraphs)


def generate(count: int, seed: int = DEFAULT_SEED) -> Iterator[Entry]:
    """Yield ``count`` entries; the same arguments always give the same entries."""
    rng = random.Random(seed)
    rare = set(rng.sample(range(count), min(RARE_WORD_ENTRIES, count)))
    # Only the kinds the text templates know: BUILTIN_KINDS has grown since (KeyError on main otherwise).
    kinds = [key for key, _label in BUILTIN_KINDS if key in OPENINGS]
    kind_weights = [KIND_WEIGHTS.get(k, 1) for k in kinds]
    days = (LAST_DAY - FIRST_DAY).days
    for i in range(count):
        kind = rng.choices(kinds, kind_weights)[0]
        slots = _Slots(rng, rng.choice(CHILDREN), rng.choice(CARERS), rng.choice(PROFESSIONALS))
        happened_on = FIRST_DAY + dt.timedelta(days=rng.randrange(days + 1))
        happened_at = dt.time(rng.randint(7, 21), rng.choice((0, 15, 30, 45))) if rng.random() < 0.6 else None
        n_tags = rng.choices(range(len(TAG_COUNT_WEIGHTS)), TAG_COUNT_WEIGHTS)[0]
        tags: list[str] = []
        while len(tags) < n_tags:
            tag = rng.choices(TAGS, TAG_WEIGHTS)[0]
            if tag not in tags:
                tags.append(tag)
        body = make_body(rng, kind, slots, with_child=rng.random() < COMMON_WORD_SHARE, with_rare=i in rare)
        child_in_mind = _fill(rng.choice(CHILD_IN_MIND), slots) if rng.random() < 0.4 else ""
        wellbeing = Wellbeing(rng.randint(1, 5), rng.choice(WELLBEING_WORDS)) if rng.random() < 0.3 else None
        created = dt.datetime.combine(happened_on, happened_at or dt.time(18, 0), tzinfo=dt.UTC)
        created += dt.timedelta(minutes=rng.randint(30, 60 * 48))
        yield Entry(
            title=_fill(rng.choice(TITLES[kind]), slots),
            body=body,
            kind=kind,
            happened_on=happened_on,
            happened_at=happened_at,
            tags=tags,
            child_in_mind=child_in_mind,
            wellbeing=wellbeing,
            uid=f"{rng.getrandbits(128):032x}",
            created_at=created,
            updated_at=created,
        )


def _batches(entries: Iterator[Entry], size: int) -> Iterator[list[Entry]]:
    batch: list[Entry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _remove_journal(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000, help="how many entries (default 100000)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"journal to create (default {DEFAULT_OUT})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument("--batch", type=int, default=5000, help="entries per transaction (default 5000)")
    parser.add_argument("--force", action="store_true", help="replace an existing journal at --out")
    args = parser.parse_args(argv)
    if args.entries < 1 or args.batch < 1:
        parser.error("--entries and --batch must be positive")

    from reflectjournal.core.vault import PRODUCTION_KDF, Journal

    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} exists; pass --force to replace it.", file=sys.stderr)
            return 2
        _remove_journal(out)

    started = time.perf_counter()
    journal = Journal.create(out, PASSPHRASE, kdf=PRODUCTION_KDF)
    done = with_common = with_rare = words = 0
    common = re.compile(rf"\b{COMMON_WORD}\b", re.IGNORECASE)
    try:
        for batch in _batches(generate(args.entries, args.seed), args.batch):
            for entry in batch:
                words += _word_count(entry.body)
                with_common += bool(common.search(f"{entry.title} {entry.body} {entry.child_in_mind}"))
                with_rare += RARE_WORD in entry.body.lower()
            journal.entries.save_many(batch)
            done += len(batch)
            elapsed = time.perf_counter() - started
            print(f"{done:>8,} / {args.entries:,} entries  {elapsed:7.1f} s  ({done / elapsed:,.0f}/s)", flush=True)
    finally:
        journal.close()
    elapsed = time.perf_counter() - started
    size = out.stat().st_size
    print(
        f"Done: {done:,} entries, {words / done:.0f} body words on average, "
        f"'{COMMON_WORD}' in {with_common / done:.1%}, '{RARE_WORD}' in {with_rare}; "
        f"{size / 2**20:,.0f} MiB in {elapsed:.0f} s -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
