"""Moving in and moving out, in the desktop app.

- Journal → Import entries…: choose the kind of export (jrnl JSON, Day One
  JSON as a zip or a folder, a folder of Markdown files) and the file or
  folder; a dry run shows what will come in, what is already here and every
  item that cannot come across, with its reason; Import runs the real,
  all-or-nothing import with a progress bar and a Cancel button.
- Journal → Export printable (HTML or PDF)…: the entries of a date range as
  one file, after a warning that it is not encrypted (the core writes it 0600).

Every dialog, message and file picker goes through the prompter seam.

How the import runs
-------------------
The import runs on the session's runner (ui/runner.py), writing through the
journal's one SQLCipher connection in one transaction. Two things keep every
other write out of that transaction: the progress dialog is
application-modal (no other window takes input), and the session refuses
any other write while the import runs (``JournalBusy``). A second connection
would not help: it would wait on the import's write lock (freezing the
window for as long as the import runs) and need the passphrase and the key
derivation again. Cancel, or a lock (idle, screen lock, sleep), makes the
import's next progress report raise, which rolls the transaction back: the
journal is left exactly as it was; the lock completes once it has stopped.

Printable exports are written on the runner too (they only read), so a long
export no longer freezes the window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ImportCancelled, JournalError
from ..core.models import EntryFilter
from .announce import announce
from .import_preview import ImportPreviewDialog
from .keyboard import DateFieldKeys, make_default
from .messages import export_error_text, import_error_text
from .prompter import Prompter
from .session import JournalSession

if TYPE_CHECKING:
    from ..core.importers import ImportOptions, ImportReport

# The core's reason for an entry the journal already holds (core/importers.py).
ALREADY_PRESENT = "already in this journal"
STATUS_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate("importing", text)


def format_label(fmt: str) -> str:
    """The name of an import format, in words."""
    if fmt == "jrnl":
        return _tr("jrnl JSON export")
    if fmt == "dayone":
        return _tr("Day One JSON export")
    return _tr("folder of Markdown files")


def _count(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` (translated with ``n``, so Qt has put in %n)."""
    return one if n == 1 else many


# -- dialogs ---------------------------------------------------------------------------


class ImportSourceDialog(QDialog):
    """Step one: what kind of export, and where it is."""

    def __init__(self, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import entries"))
        self._prompter = prompter

        intro = QLabel(
            self.tr(
                "Bring entries in from another journal. You will see what will come in, and anything that "
                "cannot, before anything is changed."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        texts = {
            "jrnl": (self.tr("&jrnl: the JSON file made by “jrnl --export json”"), self.tr("jrnl JSON export")),
            "dayone": (
                self.tr("&Day One: the JSON export, as its .zip file or unpacked into a folder"),
                self.tr("Day One JSON export"),
            ),
            "markdown": (
                self.tr("&Markdown: a folder of .md files, as Obsidian and other note apps keep them"),
                self.tr("Folder of Markdown files"),
            ),
        }
        from ..core.importers import FORMATS  # not at start: the importers load only when used

        box = QGroupBox(self.tr("What are you importing?"))
        box_layout = QVBoxLayout(box)
        for fmt in FORMATS:
            text, name = texts[fmt]
            button = QRadioButton(text)
            button.setAccessibleDescription(name)
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            box_layout.addWidget(button)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleDescription(self.tr("File or folder to import"))
        self.path_edit.setPlaceholderText(self.tr("Choose a file or folder"))
        self.file_button = QPushButton(self.tr("Choose &file…"))
        self.file_button.setAccessibleDescription(self.tr("Choose the file to import"))
        self.folder_button = QPushButton(self.tr("Choose f&older…"))
        self.folder_button.setAccessibleDescription(self.tr("Choose the folder to import"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.file_button)
        path_row.addWidget(self.folder_button)
        path_label = QLabel(self.tr("&Source:"))
        path_label.setBuddy(self.path_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(self.tr("&Preview…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setAccessibleName(self.tr("Preview the import"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addLayout(path_row, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        make_default(self, self.preview_button)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.format_group.buttonToggled.connect(self._update)
        self.path_edit.textChanged.connect(self._update)
        self.file_button.clicked.connect(self._on_choose_file)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.format_buttons["jrnl"].setChecked(True)
        self._update()

    def set_format(self, fmt: str) -> None:
        self.format_buttons[fmt].setChecked(True)

    def format(self) -> str:
        for fmt, button in self.format_buttons.items():
            if button.isChecked():
                return fmt
        return next(iter(self.format_buttons))  # the first format

    def set_source(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def source(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _update(self, *_args) -> None:
        fmt = self.format()
        self.file_button.setEnabled(fmt in ("jrnl", "dayone"))
        self.folder_button.setEnabled(fmt in ("dayone", "markdown"))
        self.preview_button.setEnabled(self.source() is not None)

    def _start(self) -> Path:
        source = self.source()
        if source is not None and source.parent.is_dir():
            return source.parent
        return Path.home()

    def _on_choose_file(self) -> None:
        if self.format() == "dayone":
            name_filter = self.tr("Day One exports (*.zip);;All files (*)")
        else:
            name_filter = self.tr("JSON files (*.json);;All files (*)")
        chosen = self._prompter.open_file(self, self.tr("Choose the export file"), self._start(), name_filter)
        if chosen is not None:
            self.set_source(chosen)

    def _on_choose_folder(self) -> None:
        chosen = self._prompter.choose_folder(self, self.tr("Choose the folder to import"), self._start())
        if chosen is not None:
            self.set_source(chosen)


class ImportProgressDialog(QProgressDialog):
    """Application-modal progress with a Cancel button; see the module notes."""

    def __init__(self, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        # The label names the chosen file: never let a file name become markup.
        plain = QLabel()
        plain.setTextFormat(Qt.TextFormat.PlainText)
        plain.setWordWrap(True)
        self.setLabel(plain)
        self.setLabelText(label)
        self.setCancelButtonText(self.tr("&Cancel"))
        bar = self.findChild(QProgressBar)
        if bar is not None:
            bar.setAccessibleName(self.tr("Import progress"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)  # shown at once: the modality is what keeps other writes out
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.setValue(0)

    def cancel_button(self) -> QPushButton | None:
        return self.findChild(QPushButton)


class PrintableExportDialog(QDialog):
    """A date range and a format for the printable export."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export printable"))
        intro = QLabel(
            self.tr("One file of the entries in a date range, oldest first, to print or keep. It is not encrypted.")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        end = QDate(today.year, today.month, today.day)
        self.from_edit = QDateEdit(end.addMonths(-1))
        self.to_edit = QDateEdit(end)
        for edit, name in ((self.from_edit, self.tr("From date")), (self.to_edit, self.tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
        self.html_radio = QRadioButton(self.tr("&HTML (opens in a web browser)"))
        self.html_radio.setAccessibleDescription(self.tr("HTML file"))
        self.pdf_radio = QRadioButton(self.tr("&PDF"))
        self.pdf_radio.setAccessibleName(self.tr("PDF file"))
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.html_radio)
        self.format_group.addButton(self.pdf_radio)
        self.html_radio.setChecked(True)
        format_row = QHBoxLayout()
        format_row.addWidget(self.html_radio)
        format_row.addWidget(self.pdf_radio)
        format_row.addStretch(1)
        self.range_problem = QLabel(self.tr("The “From” date is after the “To” date."))
        self.range_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.range_problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the printable file"))

        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("&To:"), self.to_edit)
        form.addRow(self.tr("Format:"), format_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.range_problem)
        layout.addWidget(self.buttons)
        make_default(self, self.export_button)
        DateFieldKeys.install(self.from_edit, self.to_edit)  # each one Tab stop
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.from_edit.dateChanged.connect(self._update)
        self.to_edit.dateChanged.connect(self._update)

    def _update(self, *_args) -> None:
        bad = self.from_edit.date() > self.to_edit.date()
        was_bad = not self.range_problem.isHidden()
        self.range_problem.setVisible(bad)
        if bad and not was_bad:
            announce(self.range_problem, self.range_problem.text(), assertive=True)
        self.export_button.setEnabled(not bad)

    def set_format(self, fmt: str) -> None:
        (self.pdf_radio if fmt == "pdf" else self.html_radio).setChecked(True)

    def date_range(self) -> tuple[dt.date, dt.date]:
        def day(edit: QDateEdit) -> dt.date:
            value = edit.date()
            return dt.date(value.year(), value.month(), value.day())

        return day(self.from_edit), day(self.to_edit)

    def format(self) -> str:
        return "pdf" if self.pdf_radio.isChecked() else "html"


# -- the controller ---------------------------------------------------------------------


class ImportExportController(QObject):
    """The Journal menu's Import entries… and Export printable… actions."""

    # For tests and anything that wants to follow along.
    progress_changed = Signal(int, int)  # done, total
    import_finished = Signal(object, object)  # ImportReport | None, exception | None

    def __init__(self, session: JournalSession, prompter: Prompter, window):
        super().__init__(window)
        self.session = session
        self.prompter = prompter
        self.window = window
        self.progress_dialog: ImportProgressDialog | None = None
        self._running = False  # an import or printable export is under way

        self.import_action = QAction(self.tr("Import en&tries…"), window)
        self.import_action.setObjectName("importEntries")
        self.import_action.setToolTip(self.tr("Bring entries in from jrnl, Day One or a folder of Markdown files"))
        self.printable_action = QAction(self.tr("Export p&rintable (HTML or PDF)…"), window)
        self.printable_action.setObjectName("exportPrintable")
        self.printable_action.setToolTip(self.tr("Export the entries of a date range as one HTML or PDF file"))
        for action in (self.import_action, self.printable_action):
            action.setEnabled(False)
            window.addAction(action)

        self.import_action.triggered.connect(self.import_entries)
        self.printable_action.triggered.connect(self.export_printable)
        session.unlocked.connect(lambda: self._set_enabled(True))
        session.locked.connect(lambda _reason: self._set_enabled(False))

    def fill_journal_menu(self, menu: QMenu, export_action: QAction | None = None) -> None:
        """Import goes before ``export_action`` (when given), printable export after it."""
        if export_action is not None:
            menu.insertAction(export_action, self.import_action)
        else:
            menu.addAction(self.import_action)
        menu.addAction(self.printable_action)

    def _set_enabled(self, enabled: bool) -> None:
        self.import_action.setEnabled(enabled)
        self.printable_action.setEnabled(enabled)

    def _ready(self) -> bool:
        """Unlocked, and nothing typed waits for an autosave (which would
        otherwise fire inside the import's transaction)."""
        if not self.session.is_unlocked or not self.window.save_now():
            return False
        supervision = getattr(self.window, "supervision", None)
        if supervision is not None:
            supervision.save_all()
        return self.session.is_unlocked

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- import ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """An import (either pass) or a printable export is under way."""
        return self._running

    def import_entries(self) -> None:
        """Choose, preview (a dry run on the runner), confirm, import (on the runner)."""
        if self._running or not self._ready():
            return
        dialog = ImportSourceDialog(self.prompter, self.window)
        try:
            accepted = self.prompter.run_dialog(dialog)
            fmt, source = dialog.format(), dialog.source()
        finally:
            dialog.deleteLater()
        if not accepted or source is None or not self.session.is_unlocked:
            return
        self._run(fmt, source, dry_run=True, then=lambda report: self._on_previewed(fmt, source, report))

    def _on_previewed(self, fmt: str, source: Path, report: ImportReport) -> None:
        if not self.session.is_unlocked:
            return
        from ..core.importers import ImportOptions  # not at start-up: the importers load YAML

        preview = ImportPreviewDialog(report, self.window)
        try:
            confirmed = self.prompter.run_dialog(preview)
            options = ImportOptions(keep_details=preview.keep_details())
        finally:
            preview.deleteLater()
        if not confirmed or not report.ready or not self._ready():
            return
        self._run(fmt, source, dry_run=False, then=self._on_imported, options=options)

    def _on_imported(self, report: ImportReport) -> None:
        # The session announced the new entries; the window refreshes its list and filters.
        if self.session.is_unlocked:
            self.prompter.inform(self.window, self.tr("Import finished"), self._summary(report))

    def _summary(self, report: ImportReport) -> str:
        already = sum(1 for issue in report.skipped if issue.reason == ALREADY_PRESENT)
        cannot = len(report.skipped) - already
        n = report.imported
        parts = [_count(n, self.tr("1 entry imported."), self.tr("%n entries imported.", "", n))]
        if already:
            parts.append(
                _count(
                    already,
                    self.tr("1 was already in this journal."),
                    self.tr("%n were already in this journal.", "", already),
                )
            )
        if cannot:
            parts.append(
                _count(
                    cannot,
                    self.tr("1 item could not be imported (listed in the preview)."),
                    self.tr("%n items could not be imported (listed in the preview).", "", cannot),
                )
            )
        return " ".join(parts)

    def _run(self, fmt: str, source: Path, *, dry_run: bool, then, options: ImportOptions | None = None) -> None:
        """One pass (dry run or import) on the runner under the progress
        dialog; ``then(report)`` follows success. A cancel or a failure is
        explained here and ends the flow."""
        label = self.tr("Reading %1…") if dry_run else self.tr("Importing from %1…")
        dialog = ImportProgressDialog(label.replace("%1", source.name), self.window)
        self.progress_dialog = dialog
        self._running = True
        dialog.show()
        announce(dialog, dialog.labelText())
        job = None
        quarters = [0]

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if total > 0 and done * 4 // total > quarters[0]:  # say 25%, 50%… not every step
                quarters[0] = done * 4 // total
                announce(dialog, self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total)))
            self.progress_changed.emit(done, total)
            # At done == total the import may already be committed: it stands.
            if dialog.wasCanceled() and done < total and job is not None:
                job.cancel()

        def finish(report: ImportReport | None, error: BaseException | None) -> None:
            self._running = False
            self.progress_dialog = None
            dialog.close()
            dialog.deleteLater()
            self.import_finished.emit(report, error)
            if isinstance(error, ImportCancelled):
                if self.session.is_unlocked:
                    self._status(import_error_text(error))
                return
            if error is not None:
                if self.session.is_unlocked:
                    self.prompter.warn(self.window, self.tr("Could not import"), import_error_text(error))
                return
            if report is not None:
                then(report)

        try:
            job = self.session.entries.import_source(
                source,
                fmt,
                dry_run=dry_run,
                options=options,
                progress=progress,
                on_done=lambda report: finish(report, None),
                on_error=lambda error: finish(None, error),
            )
        except JournalError as error:  # locked, or busy, before it started
            finish(None, error)

    # -- printable export ----------------------------------------------------------------

    def export_printable(self) -> None:
        """A date range and format, the not-encrypted warning, a file name, the file."""
        if not self._ready():
            return
        today = dt.date.today()
        dialog = PrintableExportDialog(today, self.window)
        try:
            accepted = self.prompter.run_dialog(dialog)
            (date_from, date_to), fmt = dialog.date_range(), dialog.format()
        finally:
            dialog.deleteLater()
        if not accepted or not self.session.is_unlocked:
            return
        if date_from > date_to:
            date_from, date_to = date_to, date_from
        kind = "PDF" if fmt == "pdf" else "HTML"
        if not self.prompter.confirm(
            self.window,
            self.tr("Export without encryption?"),
            self.tr(
                "The %1 file is NOT encrypted: anyone who can open it can read every entry in it. "
                "Save it only to a place you trust, and delete it when you no longer need it. Continue?"
            ).replace("%1", kind),
        ):
            return
        from .identifying.preview import check_outgoing_entries

        flt = EntryFilter(date_from=date_from, date_to=date_to)
        try:
            transform = check_outgoing_entries(
                self.window,
                self.session,
                self.prompter,
                self.tr("Check what will be exported as %1").replace("%1", kind),
                self.tr("Choose where to save it…"),
                flt,
            )
        except JournalError as error:
            self.prompter.warn(self.window, self.tr("Export failed"), export_error_text(error))
            return
        if transform is None or not self.session.is_unlocked:
            return
        suffix = ".pdf" if fmt == "pdf" else ".html"
        name_filter = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("HTML files (*.html *.htm)")
        start = Path.home() / f"reflective-journal-{date_from.isoformat()}-to-{date_to.isoformat()}{suffix}"
        path = self.prompter.save_file(self.window, self.tr("Save the printable export as"), start, name_filter)
        if path is None or not self.session.is_unlocked:
            return
        if path.suffix.lower() not in ((".pdf",) if fmt == "pdf" else (".html", ".htm")):
            path = path.with_name(path.name + suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._running = True
        self.window.statusBar().showMessage(self.tr("Exporting…"))

        def failed(error: BaseException) -> None:
            self._running = False
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()
            if not isinstance(error, JournalError | OSError):
                raise error
            self.prompter.warn(self.window, self.tr("Export failed"), export_error_text(error))

        def done(count: int) -> None:
            self._running = False
            QApplication.restoreOverrideCursor()
            self.window.statusBar().clearMessage()
            self._exported(path, count)

        try:
            self.session.entries.export_printable(path, flt, fmt, on_done=done, on_error=failed, transform=transform)
        except JournalError as error:
            failed(error)

    def _exported(self, path: Path, count: int) -> None:
        self.prompter.inform(
            self.window,
            self.tr("Export finished"),
            _count(count, self.tr("1 entry exported to %1."), self.tr("%n entries exported to %1.", "", count)).replace(
                "%1", path.name
            )
            + " "
            + self.tr("The file is not encrypted."),
        )
