"""Taking a session to the meeting: PDF, Markdown or paper.

Nothing leaves the journal before :class:`ExportPreviewDialog` has shown
exactly the text that will go out (the ``SessionExport`` it shows is the
one written), with a plain warning that the result is not encrypted. Only
then is a file chosen, through the prompter seam (Qt's own dialog, whose
remembered folders are wiped), and written 0600.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.models import SESSION_HELD
from ...core.outgoing import redact_session_export, session_fields
from ...core.supervision_export import ExportOptions, SessionExport, write_markdown
from ..announce import announce, show_and_announce
from ..identifying.panel import FindingsPanel, show_findings
from ..keyboard import make_default
from ..messages import export_error_text
from ..prompter import Prompter
from .labels import tr

if TYPE_CHECKING:
    from .window import SupervisionWindow

PDF, MARKDOWN, PRINT = "pdf", "md", "print"

BuildExport = Callable[[ExportOptions], SessionExport]


def not_encrypted_warning(fmt: str) -> str:
    if fmt == PRINT:
        return tr(
            "Printed pages are not protected: anyone who picks them up can read them. "
            "If you print to a file, that file is not encrypted. Shred the pages when you no longer need them."
        )
    return tr(
        "The exported file is not encrypted. Anyone who can open the file can read it. "
        "Keep it somewhere safe and delete it when you no longer need it."
    )


class ExportPreviewDialog(QDialog):
    """Shows exactly what will be exported, the options, and the warning."""

    def __init__(
        self,
        build: BuildExport,
        fmt: str,
        *,
        is_held: bool,
        names: tuple[str, str] = ("", ""),
        parent: QWidget | None = None,
        findings: FindingsPanel | None = None,
        chart: bool = False,
    ):
        super().__init__(parent)
        self._build = build
        # The identifying-information check (ui/identifying): highlights what
        # may identify someone and makes the outgoing copy with the choices.
        self.findings = findings
        self.fmt = fmt
        self._export: SessionExport | None = None
        titles = {
            PDF: tr("Check what will be exported as PDF"),
            MARKDOWN: tr("Check what will be exported as Markdown"),
            PRINT: tr("Check what will be printed"),
        }
        self.setWindowTitle(titles[fmt])
        self.setObjectName("ExportPreviewDialog")

        self.warning_label = QLabel(not_encrypted_warning(fmt))
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.warning_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_label.setStyleSheet(
            "QLabel { padding: 8px; border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        bold = QFont(self.warning_label.font())
        bold.setBold(True)
        self.warning_label.setFont(bold)

        self.entry_text_check = QCheckBox(
            tr("Include what the linked reflections &say (not only their titles and dates)")
        )
        self.entry_text_check.setChecked(False)
        self.name_check = QCheckBox(tr("Include the &names of supervisee and supervisor"))
        self.name_check.setChecked(True)
        # Off by default: the record often goes to a line manager.
        self.wellbeing_check = QCheckBox(
            tr("Include &wellbeing (how the work is affecting you, and the check-ins of the linked reflections)")
        )
        self.wellbeing_check.setChecked(False)
        # Off by default for a line manager's record; ticked when this
        # preparation asked for it (core.low_signal.chart_by_default).
        self.chart_check = QCheckBox(tr("Include a c&hart of my check-ins since the last session"))
        self.chart_check.setChecked(chart)
        self.discussion_check = QCheckBox(tr("Include the notes of what was &discussed"))
        self.discussion_check.setChecked(True)
        self.discussion_check.setVisible(is_held)

        # Asked once: remembered in the (encrypted) journal when the export is made.
        self.supervisee_edit = QLineEdit(names[0])
        self.supervisee_edit.setAccessibleName(tr("Your name on the record"))
        self.supervisee_edit.setPlaceholderText(tr("Left blank: a line to write it on"))
        self.supervisor_edit = QLineEdit(names[1])
        self.supervisor_edit.setAccessibleName(tr("Your supervisor's name on the record"))
        self.supervisor_edit.setPlaceholderText(tr("Left blank: a line to write it on"))
        for edit in (self.supervisee_edit, self.supervisor_edit):
            edit.setMaxLength(200)
            edit.textChanged.connect(self.refresh)
        self.names_form = QFormLayout()
        supervisee_label = QLabel(tr("Your na&me:"))
        supervisee_label.setBuddy(self.supervisee_edit)
        supervisor_label = QLabel(tr("Su&pervisor's name:"))
        supervisor_label.setBuddy(self.supervisor_edit)
        self.names_form.addRow(supervisee_label, self.supervisee_edit)
        self.names_form.addRow(supervisor_label, self.supervisor_edit)

        self.preview_label = QLabel(tr("E&xactly this text will leave the journal:"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleDescription(tr("The text that will be exported"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setTabChangesFocus(True)
        self.preview_label.setBuddy(self.preview)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        go = {
            PDF: tr("Choose where to save the PDF…"),
            MARKDOWN: tr("Choose where to save the Markdown…"),
            PRINT: tr("Choose a printer…"),
        }[fmt]
        self.go_button = QPushButton(go)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addLayout(self.names_form)
        checks = (self.entry_text_check, self.name_check, self.wellbeing_check, self.chart_check, self.discussion_check)
        for check in checks:
            layout.addWidget(check)
            check.toggled.connect(self.refresh)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        if findings is not None:
            layout.addWidget(findings, 1)
            findings.choices_changed.connect(self._show_outgoing)
            findings.check_finished.connect(self._show_outgoing)
        layout.addWidget(self.buttons)
        make_default(self, self.go_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 640)
        self.refresh()

    def options(self) -> ExportOptions:
        return ExportOptions(
            include_entry_text=self.entry_text_check.isChecked(),
            include_wellbeing=self.wellbeing_check.isChecked(),
            include_wellbeing_chart=self.chart_check.isChecked(),
            include_discussion=self.discussion_check.isChecked(),
            include_name=self.name_check.isChecked(),
            supervisee=self.supervisee_edit.text(),
            supervisor=self.supervisor_edit.text(),
        )

    @property
    def names(self) -> tuple[str, str]:
        return self.supervisee_edit.text().strip(), self.supervisor_edit.text().strip()

    def refresh(self, *_args) -> None:
        if not hasattr(self, "preview"):  # still being built
            return
        self._export = self._build(self.options())
        self.preview.setPlainText(self._markdown(self._export))
        if self.findings is not None:
            self.findings.check(session_fields(self._export))

    def _show_outgoing(self) -> None:
        if self._export is not None:
            self.preview.setPlainText(self._markdown(self.export))
            show_findings(self.preview, self.findings)

    def _markdown(self, export: SessionExport) -> str:
        """What the preview shows: the PDF and the printer draw the chart
        as a picture where the Markdown has its table."""
        return export.to_markdown(chart_as_picture=self.fmt != MARKDOWN)

    @property
    def export(self) -> SessionExport:
        """The export as it will leave: with the check's choices applied."""
        assert self._export is not None
        if self.findings is None:
            return self._export
        panel = self.findings
        return redact_session_export(panel.detector(), self._export, panel.choice_for, panel.stand_ins)[0]

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def clear_all(self) -> None:
        self._export = None
        self.preview.setPlainText("")
        self.supervisee_edit.clear()
        self.supervisor_edit.clear()

    @classmethod
    def confirm(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        build: BuildExport,
        fmt: str,
        *,
        is_held: bool,
        names: tuple[str, str] = ("", ""),
        remember_names: Callable[[str, str], None] | None = None,
        findings: FindingsPanel | None = None,
        chart: bool = False,
    ) -> SessionExport | None:
        """Show the preview; the export the user saw, or None if cancelled.
        The names typed are handed to ``remember_names`` when accepted."""
        dialog = cls(build, fmt, is_held=is_held, names=names, parent=parent, findings=findings, chart=chart)
        try:
            if not prompter.run_dialog(dialog):
                return None
            if remember_names is not None and dialog.name_check.isChecked():
                remember_names(*dialog.names)
            return dialog.export
        finally:
            dialog.clear_all()
            dialog.deleteLater()


def copy_agreed_actions(window: QWidget, service, session_id: int, status: QLabel) -> str | None:
    """The actions table (agreed at the session and carried forward) as
    plain text on the clipboard, through the main window's clipboard guard
    (marked as journal text, cleared after the set time)."""
    guard = getattr(window.parentWidget(), "clipboard_guard", None)
    if guard is None:
        return None
    text = service.build_export(session_id, ExportOptions()).actions_as_text()
    guard.copy_text(text)
    show_and_announce(status, tr("Actions copied; the clipboard is cleared after a short time"))
    return text


def suggested_name(held_on: dt.date, fmt: str) -> str:
    """A file name with the date only: never a person's or child's name."""
    return f"supervision-{held_on.isoformat()}.{'pdf' if fmt == PDF else 'md'}"


def write_export(export: SessionExport, path: Path, fmt: str, generated: dt.date) -> Path:
    if fmt == PDF:
        from ...pdf import write_pdf
        from ...record_chart import record_images

        html, images = export.to_html(), record_images(export)
        return write_pdf(path, html, title=export.title, generated=generated, footer=export.footer, images=images)
    return write_markdown(export, path)


def save_export(
    parent: QWidget | None,
    prompter: Prompter,
    export: SessionExport,
    fmt: str,
    *,
    held_on: dt.date,
    generated: dt.date,
    start_folder: Path | None = None,
) -> Path | None:
    """Ask where (through the seam) and write the file 0600; None if cancelled or failed."""
    name_filter = tr("PDF files (*.pdf)") if fmt == PDF else tr("Markdown files (*.md)")
    title = tr("Save the supervision PDF") if fmt == PDF else tr("Save the supervision Markdown")
    start = (start_folder or Path.home()) / suggested_name(held_on, fmt)
    path = prompter.save_file(parent, title, start, name_filter)
    if path is None:
        return None
    suffix = ".pdf" if fmt == PDF else ".md"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        write_export(export, path, fmt, generated)
    except (OSError, JournalError) as error:
        prompter.warn(parent, tr("Export failed"), export_error_text(error))
        return None
    return path


class ExportedBar(QWidget):
    """After an export: where the file went, that it is not encrypted, and
    Open / Show in folder. Both go through the prompter's ``open_url``
    (QDesktopServices), which tests replace."""

    def __init__(self, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompter = prompter
        self.path: Path | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.setAccessibleDescription(tr("Open the exported file"))
        self.folder_button = QPushButton(tr("Show in &folder"))
        self.folder_button.setAccessibleDescription(tr("Show the folder the file was saved in"))
        self.close_button = QPushButton(tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.clear_all)
        self.hide()

    def show_path(self, path: Path) -> None:
        self.path = path
        self.label.setText(
            tr("Saved as %1. This file is not encrypted: delete it when you no longer need it.").replace(
                "%1", path.name
            )
        )
        self.label.setToolTip(str(path))
        self.show()
        announce(self.label, self.label.text())
        self.open_button.setFocus()

    def open_file(self) -> bool:
        return self.path is not None and self.prompter.open_url(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> bool:
        return self.path is not None and self.prompter.open_url(QUrl.fromLocalFile(str(self.path.parent)))

    def clear_all(self) -> None:
        self.path = None
        self.label.setText("")
        self.label.setToolTip("")
        self.hide()


def print_export(parent: QWidget | None, prompter: Prompter, export: SessionExport, generated: dt.date) -> bool:
    """Ask for a printer through the seam, then print the same pages as the
    PDF (pdf.paint_pages). True if printed."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ...pdf import MARGIN_MM, paint_pages
    from ...record_chart import record_images

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("reflectjournal")  # print queues show this: never the session's text
    printer.setCreator("reflectjournal")
    dialog = QPrintDialog(printer, parent)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    dialog.setWindowTitle(tr("Print the supervision record"))
    try:
        if not prompter.run_dialog(dialog):
            return False
    finally:
        dialog.deleteLater()
    html, images = export.to_html(), record_images(export)
    paint_pages(printer, html, title=export.title, generated=generated, footer=export.footer, images=images)
    return True


def run_export(window: SupervisionWindow, fmt: str) -> None:
    """The supervision window's export: save, preview with the options (the
    chart ticked only where core.low_signal.chart_by_default says), then
    write the file or print."""
    session_id = window.editor.session_id
    service = window.service
    if session_id is None or not service.is_unlocked:
        return
    if not window.save_now():
        window.prompter.warn(window, tr("Not exported"), tr("Save the session first: see the message at the top."))
        return
    current = window.editor.current_session()
    try:
        export = ExportPreviewDialog.confirm(
            window,
            window.prompter,
            lambda options: service.build_export(session_id, options),
            fmt,
            is_held=current.status == SESSION_HELD,
            names=service.record_names(current),
            remember_names=service.remember_names,
            findings=service.findings_panel(),
            chart=service.chart_by_default(current),
        )
    except JournalError:
        return
    if export is None or not service.is_unlocked:
        return
    if fmt == PRINT:
        if print_export(window, window.prompter, export, service.today()):
            window.save_status.setText(tr("Sent to the printer"))
        return
    path = save_export(
        window, window.prompter, export, fmt, held_on=window.editor.current_session().held_on, generated=service.today()
    )
    if path is not None:
        window.save_status.setText(tr("Exported (not encrypted)"))
        window.exported_bar.show_path(path)
