"""The content of the built-in prompt packs (issue 16): sources, the child, and
the list of sources in docs/prompt-sources.md.

These tests read the shipped packs, so they fail when a pack is edited without
its sources, when a citation drifts from docs/prompt-sources.md, or when a
prompt in the model, supervision, wellbeing or court packs loses sight of the
child without being marked as a self-care prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from reflectjournal.cli_pack import cmd_pack_validate
from reflectjournal.core import packs
from reflectjournal.core.packs import (
    FRAMEWORK_ITEM_ID,
    KIND_WHEN,
    builtin_packs,
    prompt_of_the_day,
    prompts_for_kind,
)
from reflectjournal.core.resources import resource_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCES_DOC = ROOT / "docs" / "prompt-sources.md"
PREFIX = packs.BUILTIN_ID_PREFIX

# Prompt ids shipped before issue 16 (main at a1fa350). Entries record
# "<pack id>/<prompt id>", so every one of them must still be there.
OLD_IDS = {
    "reflective-models": "gibbs-cycle gibbs-description gibbs-feelings gibbs-evaluation-analysis gibbs-conclusion-action kolb-cycle kolb-trying-something-new schon-reflection-on-action schon-reflection-in-action what-so-what-now-what so-what-meaning johns-structured-reflection carper-ways-of-knowing critical-reflection-assumptions",
    "keeping-the-child-in-mind": "childs-voice lived-experience day-in-the-life seeing-the-child-alone what-has-changed a-child-without-words who-matters-to-the-child writing-for-the-child planning-direct-work wishes-into-the-plan child-not-process",
    "learning-from-case-reviews": "disguised-compliance start-again-syndrome rule-of-optimism hidden-men professional-curiosity drift-and-delay information-sharing neglect-cumulative-harm cumulative-risk think-family challenge-and-escalation could-i-be-wrong listening-to-wider-family reading-a-review",
    "after-a-home-visit": "before-the-visit straight-after the-home the-child-during-the-visit told-and-seen who-was-in-the-home visit-not-as-planned child-not-seen after-a-frightening-visit next-steps",
    "preparing-for-supervision": "supervision-agenda management-function development-function support-function mediation-function case-discussion-cycle after-supervision cpd-record asye-reflection reflecting-with-a-colleague",
    "emotional-resilience-and-wellbeing": "check-in carrying-it-home after-a-hard-day feelings-and-judgement what-keeps-me-going after-a-critical-incident workload-and-boundaries what-i-bring something-went-well",
    "court-reports-and-giving-evidence": "planning-a-statement fact-account-opinion the-child-in-the-report using-the-history balanced-analysis preparing-to-give-evidence after-giving-evidence fairness-to-parents conference-report",
}

NEW_PACKS = (
    "race-identity-and-culture",
    "harm-outside-the-home",
    "domestic-abuse-and-sexual-abuse",
    "assessment-and-decisions",
    "direct-work-disabled-children-and-babies",
    "early-career",
    "hostile-families-and-interpreters",
)
CHILD_IN_VIEW_PACKS = (
    "reflective-models",
    "preparing-for-supervision",
    "emotional-resilience-and-wellbeing",
    "court-reports-and-giving-evidence",
)
CHILD = re.compile(r"\b(child|children|child's|young person|baby|babies)\b", re.IGNORECASE)
GIBBS_STAGES = ("Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan")
# The framework item id scheme in docs/prompt-pack-format.md.
FRAMEWORK_ITEMS = {
    *(f"swe-ps:{n}" for n in range(1, 7)),
    *(f"pcf:{n}" for n in range(1, 10)),
    *(f"kss-cf:{n}" for n in range(1, 11)),
}


def _by_short_id() -> dict[str, packs.PromptPack]:
    return {pack.id.removeprefix(PREFIX): pack for pack in builtin_packs()}


def _documented() -> dict[tuple[str, int, str], list[str]]:
    """(author, year, title) -> the prompts listed as using it, from the doc."""
    out: dict[tuple[str, int, str], list[str]] = {}
    current: tuple[str, int, str] | None = None
    for line in SOURCES_DOC.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"### (.+) \((\d{4})\)\. (.+)", line)
        if heading:
            current = (heading[1], int(heading[2]), heading[3])
            assert current not in out, f"listed twice: {line}"
            out[current] = []
        elif line.startswith("Used by: ") and current is not None:
            out[current] = re.findall(r"`([^`]+)`", line)
    return out


def test_every_builtin_prompt_cites_at_least_one_source():
    for pack in builtin_packs():
        for prompt in pack.prompts:
            assert prompt.sources, prompt.full_id


def test_every_cited_source_is_in_the_sources_doc_once_with_the_same_year_and_title():
    documented = _documented()
    cited: dict[tuple[str, int, str], set[str]] = {}
    for pack in builtin_packs():
        for prompt in pack.prompts:
            for source in prompt.sources:
                key = (source.author, source.year, source.title)
                cited.setdefault(key, set()).add(prompt.full_id.removeprefix(PREFIX))
    for author, year, title in cited:
        years = sorted(y for a, y, t in documented if (a, t) == (author, title))
        assert years, f"not in docs/prompt-sources.md: {author}, {title}"
        assert year in years, f"{author}, {title}: {year} in a pack, {years} in the doc"
    assert set(documented) == set(cited), "docs/prompt-sources.md lists a source no prompt cites"
    for key, users in documented.items():
        assert set(users) == cited[key], f"{key}: the doc's 'Used by' list differs from the packs"
        assert len(users) == len(set(users)), key


def test_every_builtin_pack_passes_pack_validate(capsys):
    files = sorted(str(p) for p in (resource_dir() / "packs").glob("*.rjpack"))
    assert len(files) >= 14
    assert cmd_pack_validate(argparse.Namespace(files=files)) == 0  # what `reflectjournal pack validate` runs
    out = capsys.readouterr().out
    assert out.count("valid prompt pack") == len(files)


def test_the_child_is_in_view_or_the_prompt_is_marked_self_care():
    by_id = _by_short_id()
    for short in CHILD_IN_VIEW_PACKS:
        for prompt in by_id[short].prompts:
            if prompt.self_care:
                assert len(prompt.self_care) > 20, prompt.full_id  # a reason, not a flag
                continue
            assert any(CHILD.search(q) for q in prompt.questions), f"{prompt.full_id}: no question about the child"
    marked = [p.id for pack in builtin_packs() for p in pack.prompts if p.self_care]
    assert set(marked) == {"support-function", "check-in", "after-a-hard-day", "after-a-critical-incident"}


def test_a_prompt_labelled_as_the_whole_gibbs_cycle_follows_its_six_stages_in_order():
    whole = [p for pack in builtin_packs() for p in pack.prompts if p.model == "Gibbs: the reflective cycle"]
    assert {p.id for p in whole} == {"gibbs-cycle", "after-giving-evidence"}
    for prompt in whole:
        stages = tuple(q.split(":", 1)[0] for q in prompt.questions)
        assert stages == GIBBS_STAGES, prompt.full_id
    for prompt in (p for pack in builtin_packs() for p in pack.prompts if p.model.startswith("Gibbs")):
        assert [s.author for s in prompt.sources] == ["Gibbs, G."], prompt.full_id


def test_the_citation_errors_found_in_review_are_gone():
    every = [(p, s) for pack in builtin_packs() for p in pack.prompts for s in p.sources]
    for prompt, source in every:
        if "Annual Report 2020" in source.title or "Annual report 2020" in source.title:
            assert source.year == 2021, prompt.full_id  # published May 2021
            assert source.title == "Annual Report 2020: Patterns in practice, key messages and 2021 work programme"
        if "knowledge and skills statement for child and family" in source.title.lower():
            assert (source.author, source.year) == ("Department for Education", 2018), prompt.full_id
    cites = {p.id: {s.author for s in p.sources} for p, _ in every}
    titles = {p.id: {s.title for s in p.sources} for p, _ in every}
    # Kolb is not the source for working hypotheses or action planning.
    assert "Kolb, D." not in cites["before-the-visit"] | cites["next-steps"]
    # Gibbs does not support self-compassion or carrying work home.
    assert "Gibbs, G." not in cites["after-a-hard-day"] | cites["carrying-it-home"]
    # Records read by children as adults: not attributed to Munro.
    assert "Munro, E." not in cites["writing-for-the-child"]
    # Seeing the child alone: not Laming alone.
    assert "Working To" + "gether to Safeguard Children" in titles["seeing-the-child-alone"]
    # The CPD rule comes from the CPD guidance, not the professional standards.
    for prompt, source in every:
        text = " ".join((prompt.guidance, *prompt.questions)).lower()
        if "two pieces of cpd" in text:
            assert any("CPD" in s.title for s in prompt.sources), prompt.full_id
    # A serious incident is not Fook and Gardner's critical incident.
    assert "Fook, J. and Gardner, F." not in cites["after-a-critical-incident"]


def test_old_prompt_ids_are_kept_so_old_entries_still_find_their_prompt():
    by_id = _by_short_id()
    for short, ids in OLD_IDS.items():
        assert {p.id for p in by_id[short].prompts} >= set(ids.split()), short


def test_seven_new_packs_of_eight_to_fourteen_prompts_sixty_or_more_in_all():
    by_id = _by_short_id()
    assert set(NEW_PACKS) <= set(by_id)
    sizes = [len(by_id[short].prompts) for short in NEW_PACKS]
    assert all(8 <= n <= 14 for n in sizes), sizes
    assert sum(sizes) >= 60
    for short in NEW_PACKS:
        for prompt in by_id[short].prompts:
            assert 3 <= len(prompt.questions) <= 6, prompt.full_id  # usable in 5 to 10 minutes
            assert all(len(q) <= 160 for q in prompt.questions), prompt.full_id
            assert any(CHILD.search(q) or "young person" in q or "they" in q for q in prompt.questions)


def test_framework_item_ids_follow_the_documented_scheme():
    for pack in builtin_packs():
        for prompt in pack.prompts:
            assert prompt.serves or prompt.self_care, prompt.full_id
            for item in prompt.serves:
                assert FRAMEWORK_ITEM_ID.fullmatch(item) and item in FRAMEWORK_ITEMS, (prompt.full_id, item)


def test_prompt_of_the_day_reaches_the_new_packs():
    builtins = builtin_packs()
    total = sum(len(p.prompts) for p in builtins)
    start = dt.date(2026, 12, 3)
    seen = {prompt_of_the_day(builtins, start + dt.timedelta(days=n)).pack_id for n in range(total)}
    assert {PREFIX + short for short in NEW_PACKS} <= seen


def test_kind_suited_ordering_includes_the_new_packs():
    builtins = builtin_packs()
    new_ids = {PREFIX + short for short in NEW_PACKS}
    for kind, keys in KIND_WHEN.items():
        ordered = prompts_for_kind(builtins, kind)
        assert len(ordered) == sum(len(p.prompts) for p in builtins), kind
        # Somewhere among the prompts that suit the kind best is a new pack's prompt.
        best = [p for p in ordered if keys[0] in p.when]
        assert any(p.pack_id in new_ids for p in best), kind
    home = prompts_for_kind(builtins, "home_visit")
    first_new = next(i for i, p in enumerate(home) if p.pack_id in new_ids)
    assert "after_home_visit" in home[first_new].when
