"""No plaintext anywhere, end to end.

One process runs the app through its real start-up (``app.run_app``, with
the event loop replaced by a script and the scripted prompter as the only
stand-in) and uses everything: entries with a canary in every text field,
search, copy, a prompt pack imported from a file and one of its prompts
inserted, a picture and a PDF attached (each with the canary in its bytes),
the picture shown in the preview and a copy of the PDF saved ("Save a
copy…"), a supervision preparation, exports (journal Markdown and JSON,
supervision PDF and Markdown) to a chosen folder, Back up now, lock, unlock,
quit. HOME, the XDG data, config, cache and state folders and TMPDIR all
point inside this test's temporary folder from the moment the process
starts, so every file it writes is found.

Then every file there is read in raw bytes, as UTF-16 LE and BE, with every
zlib stream inflated (each PDF ``stream … endstream`` and any gzip or zlib
data) and, for PDFs, the text pypdf extracts: the canary may appear only in
the files the user explicitly exported. The pack file the user imported
lives outside the scanned folders: it is the user's own input.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import secrets
import subprocess
import sys
import unicodedata
import zlib
from pathlib import Path

from tests.e2e.shots import private_dirs

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "quiet harbour lantern orbit"


# -- the scripted session (runs in the child process) ----------------------------------


def run_session(canary: str, inputs: str, exports: str, report: str) -> int:  # pragma: no cover - child process
    import time
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import reflectjournal.app as app
    from reflectjournal.core.hardening import harden_process
    from reflectjournal.core.packs import Prompt, new_pack_template, write_pack
    from reflectjournal.ui.prompter import ScriptedPrompter
    from tests.conftest import TEST_KDF

    harden_process()
    inputs_dir, exports_dir = Path(inputs), Path(exports)
    prompter = ScriptedPrompter()
    real_build = app.build_window
    made = []

    def build_window(**_kwargs):
        window = real_build(kdf=TEST_KDF, prompter=prompter)
        made.append(window)
        return window

    def wait_until(condition, timeout=15.0, what="a condition"):
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            QApplication.processEvents()
            time.sleep(0.01)

    def type_into(widget, text):
        widget.setFocus()
        for i, line in enumerate(text.split("\n")):
            if i:
                QTest.keyClick(widget, Qt.Key.Key_Return)
            QTest.keyClicks(widget, line)

    exported: list[str] = []

    def session(*_args) -> int:
        window = made[0]
        QApplication.processEvents()
        # Create the journal where the app suggests (the XDG data folder).
        page = window.welcome_page
        page.passphrase_edit.setText(PASSPHRASE)
        page.repeat_edit.setText(PASSPHRASE)
        page.create_button.click()
        wait_until(lambda: window.session.is_unlocked, what="the journal to be created")
        wait_until(lambda: not window.backups.backup_running, what="the first backup")
        editor = window.editor

        # An entry with the canary in every text field.
        type_into(editor.title_edit, f"Title {canary}")
        editor.kind_combo.setCurrentIndex(max(0, editor.kind_combo.findData("home_visit")))
        type_into(editor.tags_edit, f"{canary}tag, second{canary}")
        type_into(editor.body_edit, f"# Visit\nBody {canary} words\n\n- a list {canary}")
        type_into(editor.child_edit, f"Child in mind {canary}")
        editor.wellbeing_buttons[2].click()
        type_into(editor.wellbeing_words, f"Feeling {canary}")
        assert window.save_now()

        # A picture and a PDF whose bytes carry the canary, attached from the
        # user's own files (not scanned); the picture shown in the preview.
        from tests import attachment_samples as samples

        picture = inputs_dir / "genogram.png"
        picture.write_bytes(samples.png(text=f"Drawn with {canary}".encode(), exif=samples.exif()))
        letter = inputs_dir / "letter.pdf"
        letter.write_bytes(samples.pdf(f"Certificate {canary}".encode()))
        for path in (picture, letter):
            prompter.path_answers.append(path)
            window.attachments.attach_action.trigger()
        attached = window.attachments.button.items
        assert [a.media_type for a in attached] == ["image/png", "application/pdf"]
        editor.set_preview_visible(True)
        editor.update_preview()
        editor.preview.viewport().repaint()
        wait_until(lambda: window.attachments.images._cache, what="the picture decoded for the preview")
        # "Save a copy…" of the PDF: an explicit, unencrypted copy.
        prompter.confirm_answers.append(True)
        prompter.path_answers.append(exports_dir / "letter-copy.pdf")
        window.attachments.button.action_for(attached[1].uid, "save").trigger()
        assert (exports_dir / "letter-copy.pdf").is_file()
        editor.set_preview_visible(False)

        # A pack imported from a file, and one of its prompts inserted.
        pack = replace(
            new_pack_template(),
            id="org.example.canary-pack",
            title=f"Pack {canary}",
            description=f"About {canary}",
            prompts=(
                Prompt(
                    id="canary-prompt",
                    title=f"Prompt {canary}",
                    questions=(f"Question one {canary}?", f"Question two {canary}?"),
                    when=("after_home_visit",),
                    guidance=f"Guidance {canary}",
                    sources=new_pack_template().prompts[0].sources,
                ),
            ),
        )
        pack_file = inputs_dir / "canary.rjpack"
        pack_file.write_bytes(write_pack(pack))
        prompter.path_answers.append(pack_file)
        prompter.dialog_actions.append(lambda dialog: True)
        window.packs.import_action.trigger()
        assert any(p.pack.id == pack.id for p in window.session.journal_for_tests.packs.installed())
        window.new_action.trigger()
        type_into(editor.title_edit, f"Second {canary}")
        if not window.packs.panel_action.isChecked():
            window.packs.panel_action.trigger()
        window.packs.refresh_panel()
        prompt = next(p for p in window.packs.panel.browser.listed_prompts() if p.pack_id == pack.id)
        assert window.packs.insert_prompt(prompt)
        type_into(editor.body_edit, f"Answer {canary}")
        assert window.save_now()

        # Search, and copies to the clipboard.
        type_into(window.search_edit, canary)
        wait_until(lambda: window.results_model.rowCount() > 0, what="search results")
        editor.body_edit.setFocus()
        editor.body_edit.selectAll()
        QTest.keySequence(editor.body_edit, QKeySequence.StandardKey.Copy)
        window.copy_entry_action.trigger()

        # A supervision preparation with the canary in its notes and agenda.
        sv = window.supervision.prepare()
        for name, edit in sv.editor.note_edits.items():
            edit.setPlainText(f"{name} {canary}")
        sv.editor.name_edit.setText(f"Supervisor {canary}")
        sv.editor.name_edit.textEdited.emit(sv.editor.name_edit.text())
        agenda = sv.editor.agenda
        agenda.new_item_edit.setText(f"Agenda {canary}")
        agenda.add_button.click()
        assert sv.save_now()

        # Exports the user asks for: journal (Markdown and JSON), supervision PDF and Markdown.
        prompter.confirm_answers.append(True)
        prompter.dialog_actions.append(lambda dialog: True)  # the identifying-information check's preview
        prompter.path_answers.append(exports_dir / "journal-export")
        window.export_action.trigger()
        wait_until(lambda: not window.session.runner.jobs(), what="the export (on the runner)")

        def with_entry_text(dialog):
            dialog.entry_text_check.setChecked(True)
            return True

        prompter.dialog_actions.append(with_entry_text)
        prompter.path_answers.append(exports_dir / "supervision.pdf")
        sv.pdf_button.click()
        prompter.dialog_actions.append(lambda dialog: True)
        prompter.path_answers.append(exports_dir / "supervision.md")
        sv.markdown_button.click()
        for path in exports_dir.rglob("*"):
            if path.is_file():
                exported.append(str(path))

        # An encrypted backup to a chosen place in the home folder.
        prompter.path_answers.append(Path.home() / "Documents" / "journal-copy.rjournal")
        (Path.home() / "Documents").mkdir(exist_ok=True)
        window.backups.backup_now_action.trigger()
        wait_until(lambda: not window.backups.backup_running, what="the manual backup")

        # Lock, unlock, look again, quit.
        window.lock_action.trigger()
        assert not window.session.is_unlocked
        window.unlock_page.passphrase_edit.setText(PASSPHRASE)
        window.unlock_page.unlock_button.click()
        wait_until(lambda: window.session.is_unlocked, what="unlock")
        type_into(window.search_edit, canary)
        wait_until(lambda: window.results_model.rowCount() > 0, what="search results after unlock")
        window.results_view.setCurrentIndex(window.results_model.index(0, 0))
        QApplication.processEvents()
        window.close()
        assert not window.session.is_unlocked
        window.backups.wait_for_jobs()
        Path(report).write_text(
            json.dumps(
                {
                    "exported": exported,
                    "journal": str(window.welcome_page.path),
                    "calls": [kind for kind, _t, _b in prompter.calls],
                }
            ),
            encoding="utf-8",
        )
        return 0

    from PySide6.QtWidgets import QApplication as _QApplication

    app.build_window = build_window
    _QApplication.exec = session
    return app.run_app([])


# -- the scan ----------------------------------------------------------------------------------

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)


def _inflated(data: bytes) -> list[bytes]:
    """Every zlib or gzip stream we can find, decompressed."""
    found = []
    for match in _STREAM.finditer(data):
        try:
            found.append(zlib.decompressobj().decompress(match.group(1)))
        except zlib.error:
            pass
    if data[:2] == b"\x1f\x8b":
        try:
            found.append(gzip.decompress(data))
        except (OSError, EOFError):
            pass
    # Bare zlib data anywhere else (78 01 / 78 9c / 78 da headers).
    for match in re.finditer(rb"\x78[\x01\x5e\x9c\xda]", data):
        try:
            out = zlib.decompressobj().decompress(data[match.start() :])
        except zlib.error:
            continue
        if out:
            found.append(out)
    return found


def _pdf_text(data: bytes) -> str:
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        return " ".join(page.extract_text() or "" for page in reader.pages)
    except Exception:
        return ""


def holds_canary(path: Path, canary: str) -> list[str]:
    """How the canary shows in a file (empty: it does not)."""
    data = path.read_bytes()
    needles = {
        "utf-8": canary.encode(),
        "utf-16-le": canary.encode("utf-16-le"),
        "utf-16-be": canary.encode("utf-16-be"),
    }
    ways = [name for name, needle in needles.items() if needle in data or needle.lower() in data.lower()]
    for blob in _inflated(data):
        if any(needle in blob or needle.lower() in blob.lower() for needle in needles.values()):
            ways.append("inflated")
            break
    # NFKC: Qt's PDF writer sets "ff", "fi" and the like as ligature glyphs,
    # which read back as U+FB00 and friends (a hex canary ending "…5bff").
    pdf_text = unicodedata.normalize("NFKC", _pdf_text(data)) if data.startswith(b"%PDF") else ""
    if canary.lower() in re.sub(r"\s+", "", pdf_text).lower():
        ways.append("pdf-text")
    return ways


def files_under(*roots: Path):
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                yield path


def test_a_whole_session_leaves_the_canary_only_in_what_was_exported(tmp_path):
    canary = "Canary" + secrets.token_hex(6)
    home, dirs = private_dirs(tmp_path)
    inputs = tmp_path / "inputs"  # the user's own pack file: not scanned
    exports = home / "Documents" / "exports"
    inputs.mkdir()
    exports.mkdir(parents=True)
    report = tmp_path / "report.json"

    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_"))}
    env.update({k: str(v) for k, v in dirs.items()})
    env.update(
        {
            "HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "en_GB.UTF-8",
            "PYTHONPATH": str(REPO),
            "TEMP": str(dirs["TMPDIR"]),
            "TMP": str(dirs["TMPDIR"]),
        }
    )
    code = (
        "import sys\n"
        "from tests.e2e.test_no_plaintext import run_session\n"
        f"sys.exit(run_session({canary!r}, {str(inputs)!r}, {str(exports)!r}, {str(report)!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert canary.encode() not in done.stdout + done.stderr
    result = json.loads(report.read_text(encoding="utf-8"))
    exported = {Path(p) for p in result["exported"]}
    journal = Path(result["journal"])

    # The session did what it says.
    names = {p.name for p in exported}
    assert {"supervision.pdf", "supervision.md", "entries.json", "letter-copy.pdf"} <= names
    exported_attachments = {p.suffix for p in exported if p.parent.name == "attachments"}
    assert exported_attachments == {".png", ".pdf"}  # the Markdown export wrote both files
    assert any(p.suffix == ".md" and p.parent.name == "journal-export" for p in exported)
    assert journal.is_file() and journal.is_relative_to(dirs["XDG_DATA_HOME"])
    assert (home / "Documents" / "journal-copy.rjournal").is_file()
    assert list((journal.parent / "backups").glob("*.rjournal"))
    assert (dirs["XDG_CONFIG_HOME"] / "reflectjournal" / "reflectjournal.conf").is_file()
    # The scanner can see the canary where it is meant to be, PDF included.
    for path in exported:
        assert holds_canary(path, canary), f"the scan should find the canary in the export {path.name}"
    assert "pdf-text" in holds_canary(exports / "supervision.pdf", canary)

    # Nowhere else: home (with every XDG folder), the temporary folder.
    leaks = {}
    scanned = 0
    for path in files_under(home, dirs["TMPDIR"]):
        scanned += 1
        if path in exported:
            continue
        ways = holds_canary(path, canary)
        if ways:
            leaks[str(path.relative_to(tmp_path))] = ways
    assert scanned >= 8  # journal, lock, backups, settings, exports…
    assert leaks == {}
    for named in (home / ".config" / "QtProject.conf", home / ".local" / "share" / "recently-used.xbel"):
        if named.exists():
            assert not holds_canary(named, canary)
            assert "journal-export" not in named.read_text(errors="replace")


def test_the_scanner_finds_the_canary_in_every_form_it_claims(tmp_path, qapp):
    """A leak in any of these forms would be caught by the scan above."""
    from reflectjournal.pdf import write_pdf

    canary = "Canary" + secrets.token_hex(6)
    forms = {
        "raw.txt": f"before {canary} after".encode(),
        "utf16le.bin": f"x{canary}y".encode("utf-16-le"),
        "utf16be.bin": f"x{canary}y".encode("utf-16-be"),
        "zlib.bin": b"header" + zlib.compress(f"deflated {canary}".encode()),
        "gzip.gz": gzip.compress(f"gzipped {canary}".encode()),
        "lower.txt": canary.lower().encode(),
    }
    for name, data in forms.items():
        (tmp_path / name).write_bytes(data)
        assert holds_canary(tmp_path / name, canary), name
    pdf = write_pdf(tmp_path / "qt.pdf", f"<p>In a PDF {canary}</p>", title="Test", generated=dt.date(2026, 3, 1))
    assert canary.encode() not in Path(pdf).read_bytes()  # Qt compresses its text: a plain grep misses it
    assert "pdf-text" in holds_canary(Path(pdf), canary)
    (tmp_path / "clean.txt").write_text("nothing to see")
    assert holds_canary(tmp_path / "clean.txt", canary) == []
