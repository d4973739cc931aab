"""The hostile signature corpus (tests/pack_signature_corpus.py), case by case:
each is refused, with its own message, by the reader or by the signature
check, and none is imported without the user insisting."""

from __future__ import annotations

import pytest

from reflectjournal.core.errors import PackInvalid, PackSignatureRefused
from reflectjournal.core.pack_signing import verify
from reflectjournal.core.packs import read_pack
from tests.pack_signature_corpus import corpus, impostor_with_new_key, pinned_publisher_with_new_key

CASES = corpus()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_signature_is_refused_with_its_own_message(case):
    if case.outcome == "invalid":
        with pytest.raises(PackInvalid) as caught:
            read_pack(case.data, name="hostile.rjpack")
        problems = [p for p in caught.value.problems if p.field == case.field]
        assert problems, [str(p) for p in caught.value.problems]
        assert case.words in problems[0].message
        return
    check = verify(read_pack(case.data, name="hostile.rjpack"))
    assert check.status == case.outcome, check.message
    assert case.words in check.message
    assert not check.is_signed


def test_the_messages_differ_case_by_case():
    messages = []
    for case in CASES:
        if case.outcome == "invalid":
            continue
        messages.append(verify(read_pack(case.data, name="x")).message)
    # "one byte changed" says only that; every other case says more.
    assert len(set(messages)) == len(messages)


@pytest.mark.parametrize("case", [c for c in CASES if c.outcome != "invalid"], ids=lambda c: c.name)
def test_a_bad_signature_is_not_imported_unless_the_user_insists(journal, case):
    pack = read_pack(case.data, name="hostile.rjpack")
    preview = journal.packs.preview(pack)
    assert preview.trust == "bad_signature" and preview.needs_insisting
    with pytest.raises(PackSignatureRefused):
        journal.packs.import_pack(pack)
    assert journal.packs.installed() == []
    journal.packs.import_pack(pack, insist=True)
    (installed,) = journal.packs.installed()
    assert installed.pack.signature is None  # marked unsigned
    assert verify(installed.pack).status == "unsigned"


def test_pinned_publisher_with_a_new_key_is_refused(journal):
    first, second = pinned_publisher_with_new_key()
    journal.packs.import_pack(read_pack(first, name="first"))
    update = read_pack(second, name="second")
    preview = journal.packs.preview(update)
    assert preview.refused and "signed with a different key" in preview.trust_message
    for insist in (False, True):  # insisting does not help
        with pytest.raises(PackSignatureRefused, match="different key"):
            journal.packs.import_pack(update, insist=insist)
    assert journal.packs.installed()[0].pack.version == "1.0.0"


def test_another_pack_naming_a_pinned_publisher_with_a_new_key_is_refused(journal):
    genuine, impostor = impostor_with_new_key()
    journal.packs.import_pack(read_pack(genuine, name="genuine"))
    pack = read_pack(impostor, name="impostor")
    preview = journal.packs.preview(pack)
    assert preview.refused and "whose key you pinned" in preview.trust_message
    with pytest.raises(PackSignatureRefused):
        journal.packs.import_pack(pack, insist=True)
