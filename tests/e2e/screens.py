"""Every window and dialog of the app on one screen, checked and pictured.

Run by scripts/screen-check (one process per screen size and scale factor)
and by tests/ui/test_screen_fit.py. On its own, under the offscreen platform
with a screen of a given size:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json \\
        .venv/bin/python -m tests.e2e.screens --out /tmp/shots --label 1024x600 --theme dark

Prints ``PROBLEM: <window>: <control> ...`` for each visible control outside
its window (or cut off, or squashed) and each window outside the screen, and
exits 1 if there was any. Everything it writes (journal, settings) goes to a
temporary folder; the pictures go to ``--out`` (none without it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from tests.e2e.shots import open_sample_entries, sample_window

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "sample only passphrase here"  # as tests/e2e/shots.py


class ScreenRun:
    def __init__(self, out: Path | None, label: str, theme: str, editor_font: int, only: set[str]):
        self.out, self.label, self.only = out, label, only
        self.problems: list[str] = []
        self.shot: list[str] = []
        self.app, self.window, self.tmp = sample_window("rj-screens-")
        from reflectjournal.core import settings as S

        self.window.prefs.set(S.THEME, theme)
        self.window.prefs.set(S.EDITOR_FONT_SIZE, editor_font)
        self.window.apply_preferences()
        self._dialog_name = ""
        self.window.prompter.run_dialog = self._on_dialog  # every dialog of the app comes here

    # -- looking ---------------------------------------------------------

    def settle(self, rounds: int = 8) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def capture(self, widget, name: str) -> None:
        from reflectjournal.ui.screen_fit import layout_problems

        self.settle()
        self.shot.append(name)
        self.problems += [f"[{name}] {p}" for p in layout_problems(widget)]
        if self.out is not None:
            widget.grab().save(str(self.out / f"{self.label}-{name}.png"))

    def _on_dialog(self, dialog) -> bool:
        name = self._dialog_name or type(dialog).__name__
        self._dialog_name = ""
        dialog.show()
        self.capture(dialog, name)
        dialog.reject()
        return False

    def dialog(self, name: str, open_it: Callable[[], object]) -> None:
        """Open a dialog through the app's own command; it is pictured and closed."""
        self.step(name, lambda: (setattr(self, "_dialog_name", name), open_it()))

    def step(self, name: str, do: Callable[[], object]) -> None:
        if self.only and name not in self.only:
            return
        try:
            do()
        except Exception:  # one broken step must not hide the others
            self.problems.append(f"[{name}] failed: {traceback.format_exc(limit=3).strip().splitlines()[-1]}")
        self._dialog_name = ""
        self.settle()

    # -- the windows -----------------------------------------------------

    def run(self) -> list[str]:
        window, app = self.window, self.app
        path = self.tmp / "data" / "journal.rjournal"
        window.show()
        self._sample_entries()
        self.step("main", lambda: self.capture(window, "main"))
        self.step("main-prompt-panel", self._prompt_panel)
        self.step("main-attachment", self._attachment)
        self.dialog("settings", window.main_actions.edit_settings)
        self.dialog("about", window.main_actions.show_about)
        self.dialog("pack-import", lambda: window.packs.import_file(ROOT / "tests/data/packs/good/full.rjpack"))
        self.dialog("pack-import-signed", self._signed_pack_import)
        self.dialog("pack-manager", window.packs.manage_packs)
        self.dialog("pack-chooser", window.packs.new_entry_from_prompt)
        self.step("pack-editor", self._pack_editor)
        self.dialog("export", window.importing.export_printable)
        self.dialog("export-check", self._export_check)
        self.dialog("people", window.main_actions.edit_people)
        self.dialog("review-old-entries", window.main_actions.review_old_entries)
        self.dialog("import", window.importing.import_entries)
        self.dialog("import-preview", self._import_preview)
        self.dialog("backups-restore", self._restore)
        self.step("supervision", self._supervision)
        self.step("open-actions", self._open_actions)
        self.step("looking-back", self._looking_back)
        self.step("supervision-low-signal", self._supervision_low_signal)
        self.step("supervision-reminder", self._supervision_reminder)
        self.step("cpd", self._cpd)
        self.dialog("cpd-export", lambda: self.window.cpd.window.export("pdf"))
        self.dialog("cpd-session-chooser", lambda: self.window.cpd.window.choose_session())
        self.dialog("cpd-links", lambda: self.window.cpd.window.choose_links())
        self.step("main-cpd-note", self._cpd_note)
        self.step("reflection-log", self._reflection_log)
        self.step("evidence-map", self._evidence_map)
        self.dialog("evidence-picker", self._evidence_picker)
        # Last: the start pages (the journal is locked for them).
        window.supervision.close_all()
        window.session.lock("manual")
        window.session.wait_for_worker()
        self.settle()
        self.step("unlock", lambda: (window.show_unlock(path), self.capture(window, "unlock")))
        self.step("welcome", lambda: (window.show_welcome(), self.capture(window, "welcome")))
        window.close()
        app.processEvents()
        return self.problems

    def _sample_entries(self) -> None:
        from reflectjournal.core.models import Entry, Wellbeing

        visit = Entry(
            title="Home visit: the Okafor family",
            kind="home_visit",
            happened_on=dt.date(2025, 3, 18),
            happened_at=dt.time(10, 30),
            tags=["home conditions", "school"],
            body="## What happened\n\nMum met me at the door; the flat was warmer than last time.\n",
            child_in_mind="Tayo seems more settled.",
            wellbeing=Wellbeing(4, "Tired but hopeful"),
        )
        open_sample_entries(self.window, visit)

    def _export_check(self) -> None:
        """The export preview with the identifying-information check's findings."""
        self.window.prompter.confirm_answers.append(True)  # "Export without encryption?"
        self.window.main_actions.export_markdown()

    def _attachment(self) -> None:
        """An entry with a picture (a drawn genogram) and a PDF, the preview showing the picture."""
        window = self.window
        data = genogram_png()
        journal = window.session.journal_for_tests
        entry_id = window.editor.entry_id
        picture = journal.attachments.add(entry_id, "genogram.png", data)
        journal.attachments.add(entry_id, "certificate.pdf", b"%PDF-1.4\n%sample\n")
        from reflectjournal.core.attachments import markdown_reference

        window.editor.body_edit.setPlainText(
            window.editor.body_edit.toPlainText() + "\nThe family as Tayo drew it:\n\n" + markdown_reference(picture)
        )
        window.attachments.refresh()
        window.editor.set_preview_visible(True)
        self.settle()
        self.capture(window, "main-attachment")
        window.editor.set_preview_visible(False)

    def _prompt_panel(self) -> None:
        self.window.packs.set_panel_visible(True)
        self.capture(self.window, "main-prompt-panel")
        self.window.packs.set_panel_visible(False)

    def _import_preview(self) -> None:
        from reflectjournal.core.importers import import_source
        from reflectjournal.ui.import_preview import ImportPreviewDialog

        journal = self.window.session.journal_for_tests
        report = import_source(journal, ROOT / "tests/data/import/dayone", "dayone", dry_run=True)
        dialog = ImportPreviewDialog(report, self.window)
        self.window.prompter.run_dialog(dialog)
        dialog.deleteLater()

    def _signed_pack_import(self) -> None:
        """A pack signed by a publisher not pinned yet: the fingerprint to check."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from reflectjournal.core.pack_signing import sign
        from reflectjournal.core.packs import read_pack_file, write_pack

        pack = read_pack_file(ROOT / "tests/data/packs/good/full.rjpack")
        path = self.tmp / "signed.rjpack"
        path.write_bytes(write_pack(sign(pack, Ed25519PrivateKey.generate())))
        self.window.packs.import_file(path)

    def _pack_editor(self) -> None:
        editor = self.window.packs.show_pack_editor()
        self.capture(editor, "pack-editor")  # new and empty: hints and what is still to fill in
        # A fictional educator's pack, part made.
        editor.title_edit.setText("First home visits for newly qualified workers")
        editor.title_edit.textEdited.emit(editor.title_edit.text())
        editor.authors_edit.setPlainText("Ada Okonjo")
        editor.organisation_edit.setText("Greenwich Children's Services")
        editor.organisation_edit.textEdited.emit(editor.organisation_edit.text())
        editor.description_edit.setPlainText("Prompts for the **first months** of home visits.")
        editor.details_page.advanced.set_open(True)
        editor.validate()
        self.capture(editor, "pack-editor-advanced")
        form = editor.prompt_form
        editor.tabs.setCurrentWidget(editor.prompts_page)
        form.title_edit.setText("Before a first home visit, when the family does not know me yet")
        form.title_edited.emit(form.title_edit.text())
        form.questions_edit.setPlainText("What do I know about the child already?\nWhat will I ask the child?")
        form.when_checks["before_visit"].setChecked(True)
        form.guidance_edit.setPlainText("Plan **one** thing you will do to see the child alone.")
        form.update_preview()
        form.add_source()
        for column, text in enumerate(("Ferguson, H.", "Child Protection Practice", "2011", "Palgrave Macmillan")):
            form.sources_table.item(0, column).setText(text)
        editor.validate()
        self.capture(editor, "pack-editor-prompts")
        editor.show_practitioner_view()
        self.capture(editor, "pack-editor-practitioner-view")
        from reflectjournal.ui.packs.pack_sign import SignPackDialog

        sign = SignPackDialog(editor.prompter, editor.title_edit.text(), None, editor)
        sign.show()
        sign.show_error("That passphrase does not open this key. Check it and try again.")
        self.capture(sign, "pack-sign")
        sign.close()
        editor.prompter.confirm_answers.append(True)  # discard the fictional pack
        editor.close()

    def _restore(self) -> None:
        self.window.backups.back_up_now()
        self.window.backups.wait_for_jobs()
        self.settle()
        self._dialog_name = "backups-restore"
        self.window.backups.restore_from_backup()

    def _supervision(self) -> None:
        from reflectjournal.core.models import Action, SupervisionSession
        from reflectjournal.ui.supervision.export import PDF

        self.window.session.journal_for_tests.supervision.save(
            SupervisionSession(
                held_on=dt.date(2025, 2, 20),
                with_name="Priya Shah",
                status="held",
                discussion="Talked through the Okafor plan and my caseload.",
                actions=[
                    Action("Update the Okafor chronology before the review", "me", dt.date(2025, 3, 28)),
                    Action("Ask about co-working the Hill family", "Priya"),
                ],
            )
        )
        sv = self.window.supervision.show_sessions(None)
        sv.reload_sessions()
        sv.prepare()
        for index, name in enumerate(("reflections", "agenda", "notes", "after")):
            sv.editor.tabs.setCurrentIndex(index)
            self.capture(sv, f"supervision-{name}")
        self._dialog_name = "supervision-export"
        sv.export(PDF)
        # After an export: the bar with Open and Show in folder.
        sv.exported_bar.show_path(self.tmp / "supervision-2025-03-20.pdf")
        self.capture(sv, "supervision-exported")
        sv.exported_bar.clear_all()

    def _supervision_reminder(self) -> None:
        """The journal view with the supervision reminder above the list."""
        reminders = self.window.supervision.reminders
        reminders.refresh()
        self.capture(self.window, "main-supervision-reminder")

    def _looking_back(self) -> None:
        from reflectjournal.core.models import Entry, Wellbeing

        today = dt.date.today()
        self.window.session.journal_for_tests.entries.save_many(
            [
                Entry(
                    title="Low",
                    happened_on=today - dt.timedelta(days=d),
                    kind="court",
                    wellbeing=Wellbeing(1, "drained"),
                )
                for d in range(0, 20, 4)
            ]
        )
        view = self.window.looking_back.show_window()
        self.settle()
        self.capture(view, "looking-back")  # the low-check-in note shows, as tall as it gets
        view.close()

    def _supervision_low_signal(self) -> None:
        """The preparation with the low check-ins note above it."""
        from reflectjournal.core.models import Entry, Wellbeing

        today = dt.date.today()
        self.window.session.journal_for_tests.entries.save_many(
            [
                Entry(title="Low", happened_on=today - dt.timedelta(days=d), wellbeing=Wellbeing(2))
                for d in (1, 5, 9, 12)
            ]
        )
        sv = self.window.supervision.prepare()
        self.settle()
        if sv is None or not sv.low_signal_note.isVisible():
            self.problems.append("supervision-low-signal: the note did not show")
            return
        self.capture(sv, "supervision-low-signal")
        sv.close()

    def _cpd(self) -> None:
        """The CPD window with this year's records, one made from an entry
        (its text beside the form), and last year's read-only."""
        from reflectjournal.core.cpd import CpdRecord, CpdStore, registration_year

        service = self.window.session.cpd
        today = service.today()
        year = registration_year(today)
        store = CpdStore(self.window.session.journal_for_tests)
        store.save(
            CpdRecord(
                cpd_type="course",
                started_on=max(year.start, today - dt.timedelta(days=40)),
                description="A day on neglect and cumulative harm: most of my cases involve neglect.",
                learned="Harm adds up over time; a chronology shows what single visits do not.",
                impact="I keep a running chronology and ask families about the history.",
            ),
            today,
        )
        store._journal.conn.execute(  # last year's, as it was written then
            "INSERT INTO cpd_records(uid, cpd_type, started_on, description, learned, created_at, updated_at)"
            " VALUES ('last-year', 'reading', ?, 'Reading on adolescent neglect', 'Older children are missed.',"
            " '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
            (year.previous.start.isoformat(),),
        )
        window = self.window.cpd.make_from_entry()
        if window is None:
            raise RuntimeError("no CPD window")
        window.editor.fields["description"].set_text("Reflecting on a home visit with my supervisor.")
        window.editor.fields["learned"].set_text("To ask what lies behind apparent co-operation.")
        self.capture(window, "cpd")

    def _evidence_map(self) -> None:
        """Portfolio → Evidence map, with an entry linked to two items."""
        from reflectjournal.core.evidence import EvidenceStore

        journal = self.window.session.journal_for_tests
        newest = journal.entries.list_entries(limit=1)[0]
        EvidenceStore(journal).set_links("entry", newest.id, ["kss-cf:3", "swe-ps:4"])
        window = self.window.evidence.show_map()
        if window is None:
            raise RuntimeError("no evidence map")
        window.framework_combo.setCurrentIndex(max(0, window.framework_combo.findData("kss-cf")))
        window.period_combo.setCurrentIndex(2)  # all time
        window.table.setCurrentCell(2, 0)
        self.capture(window, "evidence-map")
        window.close()

    def _evidence_picker(self) -> None:
        """Entry → Framework items it evidences… on the newest entry."""
        journal = self.window.session.journal_for_tests
        self.window.open_entry(journal.entries.list_entries(limit=1)[0].id)
        self.window.evidence.choose_for_entry()

    def _reflection_log(self) -> None:
        """Portfolio → Reflection log, by review period, with a summary written."""
        from reflectjournal.core.reflection_log import set_first_year_began

        session = self.window.session
        first = min(e.happened_on for e in session.journal_for_tests.entries.list_entries(limit=50))
        set_first_year_began(session.journal_for_tests, first - dt.timedelta(days=20))
        dialog = self.window.cpd.show_log()
        if dialog is None:
            raise RuntimeError("no reflection log")
        dialog.period_combo.setCurrentIndex(0)
        dialog.summary_edit.setPlainText(
            "I have learned to slow down on visits and to ask to see where the baby sleeps."
        )
        self.capture(dialog, "reflection-log")
        dialog.reject()

    def _cpd_note(self) -> None:
        """The note above the list in the renewal window, before the requirement is met."""
        cpd = self.window.cpd
        if cpd._window is not None:
            cpd._window.autosaver.discard()
            cpd._window.close()
        service = self.window.session.cpd
        real = service.today
        in_window = dt.date(service.year().end.year, 10, 15)
        service.today = lambda: in_window
        try:
            cpd.refresh_note()
            self.capture(self.window, "main-cpd-note")
        finally:
            service.today = real
            cpd.refresh_note()

    def _open_actions(self) -> None:
        view = self.window.supervision.show_open_actions()
        if view is not None:
            self.capture(view.window(), "open-actions")
            view.window().close()


def genogram_png() -> bytes:
    """A small genogram drawn with QPainter, as PNG bytes (sample data only)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(360, 220, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#223344"), 3))
    p.drawRect(QRectF(70, 30, 50, 50))  # father
    p.drawEllipse(QRectF(240, 30, 50, 50))  # mother
    p.drawLine(120, 55, 240, 55)
    p.drawLine(180, 55, 180, 120)
    p.drawLine(110, 120, 250, 120)
    for x in (110, 250):
        p.drawLine(x, 120, x, 140)
    p.setBrush(QColor("#f0c020"))
    p.drawEllipse(QRectF(85, 140, 50, 50))  # Tayo
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(225, 140, 50, 50))  # brother
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="folder for the pictures (none if not given)")
    parser.add_argument("--label", default="screen", help="start of each picture's name")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--editor-font", type=int, default=11, help="the editor font size setting, in points")
    parser.add_argument("--only", default="", help="comma-separated steps (main, settings, supervision, ...)")
    args = parser.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
    only = {name for name in args.only.split(",") if name}
    run = ScreenRun(args.out, args.label, args.theme, args.editor_font, only)
    problems = run.run()
    screen = run.app.primaryScreen()
    geometry = screen.availableGeometry()
    print(
        f"SCREEN: {geometry.width()}x{geometry.height()} logical, scale {screen.devicePixelRatio():g}, "
        f"{len(run.shot)} pictures"
    )
    for problem in problems:
        print(f"PROBLEM: {problem}")
    sys.stdout.flush()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
