"""The pack import preview: every prompt with its questions and sources, the
signature's status, the version change, and success said in the dialog
(issue 18, item 2), through the app's real import path."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from reflectjournal.core import pack_signing as S
from reflectjournal.core.packs import Prompt, Source, write_pack
from reflectjournal.ui.packs import pack_import_preview
from reflectjournal.ui.packs.importing import ImportPreviewDialog
from reflectjournal.ui.screen_fit import layout_problems
from tests.pack_signature_corpus import PUBLISHER, educator_pack, new_key, signed_bytes

PASS = "a long and private signing passphrase"


class Seen:
    """A scripted answer that records what the preview showed."""

    def __init__(self, *, accept: bool = True, insist: bool = False, auto_update: bool = False):
        self.accept, self.insist, self.auto_update = accept, insist, auto_update
        self.dialog: ImportPreviewDialog | None = None
        self.seen: dict = {}

    def __call__(self, dialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        self.dialog = dialog
        self.seen = {
            "prompts": dialog.prompts_view.toPlainText(),
            "tab": dialog.tabs.tabText(0),
            "signature": dialog.signature_label.text(),
            "detail": dialog.signature_detail.text(),
            "change": dialog.change_label.text(),
            "organisation": dialog.organisation_label.text(),
            "authors": dialog.authors_label.text(),
            "import_enabled": dialog.import_button.isEnabled() if dialog.import_button else None,
            "insist_visible": not dialog.insist_check.isHidden(),
            "auto_update_visible": not dialog.auto_update_check.isHidden(),
            "formats": {label.textFormat() for label in dialog.findChildren(QLabel)},
            "blocked": list(dialog.prompts_view.blocked_resources),
        }
        if self.insist:
            dialog.insist_check.setChecked(True)
        if self.auto_update:
            dialog.auto_update_check.setChecked(True)
        if self.accept and dialog.import_button is not None and dialog.import_button.isEnabled():
            dialog.import_button.click()  # as a person would: the dialog imports and says so
            self.seen["result"] = dialog.result_label.text()
            self.seen["result_visible"] = not dialog.result_label.isHidden()
            self.seen["buttons"] = dialog.buttons.standardButtons()
            self.seen["imported"] = dialog.imported
            return False  # then Close
        return self.accept


def importer_said(monkeypatch) -> list[str]:
    said: list[str] = []
    real = pack_import_preview.show_and_announce

    def spy(label, text, **kwargs):
        said.append(text)
        real(label, text, **kwargs)

    monkeypatch.setattr(pack_import_preview, "show_and_announce", spy)
    return said


def installed(window) -> dict[str, str]:
    return {p.pack.id: p.pack.version for p in window.session.journal_for_tests.packs.installed()}


def test_the_preview_lists_every_prompt_with_questions_and_sources_as_plain_text(open_window, prompter, tmp_path):
    hostile = Prompt(
        id="hostile",
        title='<img src="file:///etc/passwd"> <b>bold?</b>',
        when=("critical_incident",),
        questions=("<script>alert(1)</script> What happened?",),
        sources=(),
    )
    pack = replace(educator_pack(), prompts=(*educator_pack().prompts, hostile))
    path = tmp_path / "visits.rjpack"
    path.write_bytes(write_pack(pack))
    seen = Seen(accept=False)
    prompter.dialog_actions.append(seen)
    assert not open_window.packs.import_file(path)
    text = seen.seen["prompts"]
    assert "1. After the visit: the child's day" in text
    assert "1) What did I see and hear?" in text and "2) What did the child say or do?" in text
    assert "Gibbs, G. (1988) Learning by Doing." in text
    assert '2. <img src="file:///etc/passwd"> <b>bold?</b>' in text  # shown literally
    assert "<script>alert(1)</script> What happened?" in text
    assert "Sources: none given" in text
    assert seen.seen["blocked"] == []  # nothing was even asked for
    assert seen.seen["tab"] == "&Prompts (2)"
    assert seen.seen["organisation"] == PUBLISHER and seen.seen["authors"] == "A. Educator"
    assert seen.seen["signature"] == "Unsigned"
    assert seen.seen["change"] == "New: this pack is not in your journal yet."
    from PySide6.QtCore import Qt

    assert seen.seen["formats"] == {Qt.TextFormat.PlainText}
    assert installed(open_window) == {}


def test_an_educators_signed_pack_shows_signed_and_success_in_the_dialog(open_window, prompter, tmp_path, monkeypatch):
    """Made, signed with a key from `keygen`, imported into another journal."""
    key = S.make_key(tmp_path / "keys", PASS, scrypt_n=2**10)
    path = tmp_path / "visits.rjpack"
    path.write_bytes(write_pack(educator_pack()))
    S.sign_pack(path, key.private_key, PASS)
    said = importer_said(monkeypatch)
    seen = Seen(auto_update=True)
    prompter.dialog_actions.append(seen)
    assert open_window.packs.import_file(path)
    code, words = key.fingerprint.code, key.fingerprint.words
    assert seen.seen["signature"] == f"Signed by {PUBLISHER} (fingerprint {code}: {words})"
    assert (
        "first pack signed with this key" in seen.seen["detail"] and "check that the fingerprint" in seen.seen["detail"]
    )
    assert seen.seen["auto_update_visible"]
    assert seen.seen["imported"] and seen.seen["result_visible"]
    success = "Imported “Visits that keep the child in mind”, version 1.0.0. Its prompts are ready in the prompt panel."
    assert said[-1] == seen.seen["result"] == success
    assert seen.seen["buttons"] == QDialogButtonBox.StandardButton.Close
    store = open_window.session.journal_for_tests.packs
    (pin,) = store.pins().values()
    assert pin.name == PUBLISHER and pin.auto_update
    # The next version with the same key: "Signed by", checked before.
    update = tmp_path / "visits-1.1.rjpack"
    update.write_bytes(write_pack(educator_pack("1.1.0")))
    S.sign_pack(update, key.private_key, PASS)
    again = Seen()
    prompter.dialog_actions.append(again)
    assert open_window.packs.import_file(update)
    assert again.seen["change"] == "Update: from version 1.0.0 to version 1.1.0."
    assert "checked this publisher's fingerprint before" in again.seen["detail"]


def test_one_byte_changed_after_signing_is_refused_unless_the_user_insists(open_window, prompter, tmp_path):
    data = signed_bytes(educator_pack(), new_key()).replace(b"What did I see", b"What did I sea")
    path = tmp_path / "changed.rjpack"
    path.write_bytes(data)
    refused = Seen()
    prompter.dialog_actions.append(refused)
    assert not open_window.packs.import_file(path)
    assert refused.seen["signature"] == "Signature does not match: this pack was changed after it was signed"
    assert refused.seen["detail"] == "It is not imported unless you insist below; it is then marked unsigned."
    assert refused.seen["import_enabled"] is False and refused.seen["insist_visible"]
    assert installed(open_window) == {}
    insisted = Seen(insist=True)
    prompter.dialog_actions.append(insisted)
    assert open_window.packs.import_file(path)
    (pack,) = [p.pack for p in open_window.session.journal_for_tests.packs.installed()]
    assert pack.signature is None  # marked unsigned
    assert open_window.session.journal_for_tests.packs.pins() == {}


def test_an_update_signed_with_another_key_offers_only_close(open_window, prompter, tmp_path):
    first, second = tmp_path / "a.rjpack", tmp_path / "b.rjpack"
    first.write_bytes(signed_bytes(educator_pack("1.0.0"), new_key()))
    second.write_bytes(signed_bytes(educator_pack("1.1.0"), new_key()))
    prompter.dialog_actions.append(Seen())
    assert open_window.packs.import_file(first)
    warned = Seen()
    prompter.dialog_actions.append(warned)
    assert not open_window.packs.import_file(second)
    assert warned.seen["signature"] == "Signed with a different key: not imported"
    assert "signed with a different key" in warned.seen["detail"]
    assert warned.seen["import_enabled"] is None and not warned.seen["insist_visible"]
    assert installed(open_window) == {"org.example.greenwich.visits": "1.0.0"}


def test_the_preview_fits_a_small_screen(qtbot, open_window):
    many = tuple(
        Prompt(id=f"p{i}", title=f"Prompt {i} " + "long title " * 8, when=("after_home_visit",),
               questions=tuple(f"Question {j} " * 5 for j in range(6)),
               sources=(Source("Author, A.", "A title " * 10, 2001),))
        for i in range(40)
    )  # fmt: skip
    pack = S.sign(replace(educator_pack(), prompts=many), new_key())
    preview = open_window.session.journal_for_tests.packs.preview(pack)
    dialog = ImportPreviewDialog(preview, "visits.rjpack", open_window)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= 560
    assert layout_problems(dialog) == []
    assert dialog.prompts_view.verticalScrollBar().maximum() > 0  # the list scrolls


def test_forget_a_publishers_key_in_the_manage_dialog(open_window, prompter, tmp_path):
    from reflectjournal.ui.packs.manage import ManagePacksDialog

    first, second = tmp_path / "a.rjpack", tmp_path / "b.rjpack"
    first.write_bytes(signed_bytes(educator_pack("1.0.0"), new_key()))
    second.write_bytes(signed_bytes(educator_pack("1.1.0"), new_key()))  # the publisher's new key
    prompter.dialog_actions.append(Seen())
    assert open_window.packs.import_file(first)
    seen = {}

    def manage(dialog) -> bool:
        assert isinstance(dialog, ManagePacksDialog)
        assert dialog.select("org.example.greenwich.visits")
        seen["details"] = dialog.details_label.text()
        seen["enabled"] = dialog.forget_button.isEnabled()
        prompter.confirm_answers.append(True)
        dialog.forget_button.click()
        seen["after"] = dialog.forget_button.isEnabled()
        return False

    prompter.dialog_actions.append(manage)
    open_window.packs.manage_packs()
    assert f"Signed by {PUBLISHER} (fingerprint " in seen["details"]
    assert seen["enabled"] and not seen["after"]
    assert open_window.session.journal_for_tests.packs.pins() == {}
    asked = Seen()
    prompter.dialog_actions.append(asked)
    assert open_window.packs.import_file(second)  # the new key: check its fingerprint, pinned
    assert "first pack signed with this key" in asked.seen["detail"]


def test_each_hostile_signature_is_named_in_the_preview(open_window):
    """The corpus in the dialog: refused (Import disabled until insisting), each with its own words."""
    from reflectjournal.core.packs import read_pack
    from tests.pack_signature_corpus import corpus

    store = open_window.session.journal_for_tests.packs
    for case in corpus():
        if case.outcome == "invalid":
            continue
        dialog = ImportPreviewDialog(store.preview(read_pack(case.data, name="x")), "x.rjpack")
        try:
            heading = dialog.signature_label.text()
            expected = "The signature cannot be checked" if case.outcome == "unusable" else "Signature does not match"
            assert heading.startswith(expected), case.name
            if case.words != "this pack was changed after it was signed":
                assert case.words in dialog.signature_detail.text(), case.name
            assert not dialog.import_button.isEnabled() and not dialog.insist_check.isHidden()
        finally:
            dialog.deleteLater()
