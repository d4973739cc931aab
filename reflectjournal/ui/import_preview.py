"""The import preview: the dry run's report, before anything is written.

Counts in words at the top; below, every item that cannot come in, and
every loss and change grouped by reason with how often it applies and up to
three places (file names and entry numbers, never entry text). For Day One,
the choice to keep location, weather and music as an "Imported details" line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .keyboard import make_default

if TYPE_CHECKING:
    from ..core.importers import ImportReport, ReportGroup

# The core's reason for an entry the journal already holds (core/importers.py).
ALREADY_PRESENT = "already in this journal"
_DETAIL_KINDS = ("location", "weather", "music", "activity")


def _count(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` (translated with ``n``, so Qt has put in %n)."""
    return one if n == 1 else many


def _has_details(report: ImportReport) -> bool:
    return (
        any(issue.reason.split(" ", 1)[0] in _DETAIL_KINDS for issue in report.changed + report.not_carried)
        and report.format == "dayone"
    )


class ImportPreviewDialog(QDialog):
    """Step two: the dry run's report. Accepting runs the real import."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        from .importing import format_label

        self._format_label = format_label
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(640, 460)
        self.summary_label = QLabel(self.summary_text(report))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(self.details_text(report))
        self.details.setAccessibleDescription(
            self.tr("Items that cannot come across, and what changes on the way, with counts and examples")
        )
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setUndoRedoEnabled(False)
        details_label = QLabel(self.tr("&Details:"))
        details_label.setBuddy(self.details)

        # Day One's location, weather and music: kept as a line, or left out.
        self.keep_details_box = QCheckBox(
            self.tr("&Keep location, weather and music (an \u201cImported details\u201d line)")
        )
        self.keep_details_box.setAccessibleDescription(
            self.tr("Day One's location, weather and music, kept as a short line at the end of each entry, or left out")
        )
        self.keep_details_box.setChecked(report.options.keep_details)
        self.keep_details_box.setVisible(_has_details(report))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            _count(report.ready, self.tr("&Import 1 entry"), self.tr("&Import %n entries", "", report.ready)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setAccessibleDescription(self.tr("Import the entries"))
        if not report.ready:
            self.import_button.hide()
            self.import_button.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.keep_details_box)
        layout.addWidget(self.buttons)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        make_default(self, self.import_button if report.ready else close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def keep_details(self) -> bool:
        """The person's choice for Day One's location, weather and music."""
        return self.keep_details_box.isChecked()

    def summary_text(self, report: ImportReport) -> str:
        """The dry run's counts, in words (plain text)."""
        already = sum(1 for issue in report.skipped if issue.reason == ALREADY_PRESENT)
        cannot = len(report.skipped) - already
        partial = len({issue.where for issue in report.not_carried})
        changed = len({issue.where for issue in report.changed})
        lines = [
            f"{report.source} ({self._format_label(report.format)})",
            _count(
                report.ready,
                self.tr("1 entry will be imported."),
                self.tr("%n entries will be imported.", "", report.ready),
            ),
            _count(
                already,
                self.tr("1 entry is already in this journal and will be skipped."),
                self.tr("%n entries are already in this journal and will be skipped.", "", already),
            ),
            _count(
                cannot,
                self.tr("1 item cannot be imported."),
                self.tr("%n items cannot be imported.", "", cannot),
            ),
            _count(
                partial,
                self.tr("1 entry will come in without something it holds."),
                self.tr("%n entries will come in without something they hold.", "", partial),
            ),
            _count(
                changed,
                self.tr("1 entry will be changed on the way (listed below)."),
                self.tr("%n entries will be changed on the way (listed below).", "", changed),
            ),
        ]
        if report.attachments:
            lines.append(
                _count(
                    report.attachments,
                    self.tr("1 picture or PDF will be attached, encrypted inside the journal."),
                    self.tr(
                        "%n pictures and PDFs will be attached, encrypted inside the journal.", "", report.attachments
                    ),
                )
            )
        if report.new_kinds:
            lines.append(self.tr("Kinds of entry to be added: %1.").replace("%1", ", ".join(report.new_kinds)))
        if report.ready:
            lines.append(self.tr("Nothing has been changed yet. Choose Import to bring these entries in, or Cancel."))
        else:
            lines.append(self.tr("There is nothing new to import. Nothing has been changed."))
        return "\n".join(lines)

    def _group_line(self, group: ReportGroup) -> str:
        shown = ", ".join(group.examples)
        more = group.places - len(group.examples)
        if more > 0:
            shown += self.tr(" and %n more", "", more)
        if group.count == 1:
            return f"  {group.reason}: {shown}"
        if group.count != group.places:
            times = self.tr("%1 times in %2").replace("%1", f"{group.count:,}").replace("%2", f"{group.places:,}")
        else:
            times = self.tr("%1 times").replace("%1", f"{group.count:,}")
        return f"  {group.reason} ({times}): {shown}"

    def details_text(self, report: ImportReport) -> str:
        """Every item that cannot come across, and every loss and change in
        the imported ones grouped by reason with counts and three examples
        (file names and numbers from the report, never entry text)."""
        lines: list[str] = []
        cannot = [issue for issue in report.skipped if issue.reason != ALREADY_PRESENT]
        if cannot:
            lines.append(self.tr("Cannot be imported:"))
            lines += [f"  {issue.where}: {issue.reason}" for issue in cannot]
        groups = report.groups()
        for section, heading in (
            ("not_carried", self.tr("Will be imported, but without:")),
            ("changed", self.tr("Will be changed on the way:")),
        ):
            rows = [group for group in groups if group.section == section]
            if rows:
                if lines:
                    lines.append("")
                lines.append(heading)
                lines += [self._group_line(group) for group in rows]
        if not lines:
            lines.append(self.tr("Everything found can come across as it is."))
        return "\n".join(lines)

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        # File names from the source may name people: leave nothing behind.
        self.details.clear()
        self.summary_label.clear()
        super().done(result)
