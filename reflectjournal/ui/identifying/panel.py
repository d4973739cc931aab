"""The findings panel every export preview shows under its text.

It runs the identifying-information check on the outgoing text (on the
session's runner, in pieces with a progress bar and Cancel, when the text is
long), lists what it found grouped by kind with counts, and lets the user
choose for each detail: its stand-in, its initials, or keep it. A choice
holds for every occurrence in the document. "Replace all suggested" takes
the suggestion for every finding; "Always ignore this word" stores the word
in the journal. The journal's own text never changes: the panel only makes
the outgoing copy (:meth:`FindingsPanel.redact`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.identifying import (
    Choice,
    Detector,
    Finding,
    Kind,
    StandIns,
    check_chunked,
    redact_with_spans,
    suggested_choice,
)
from ..announce import announce

# Above this many characters the check runs on the runner with a progress bar.
BACKGROUND_CHARS = 100_000
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("FindingsPanel", text)


def kind_label(kind: Kind) -> str:
    return {
        Kind.PERSON: tr("On your People list"),
        Kind.NAME: tr("Possible names"),
        Kind.NHS: tr("NHS numbers"),
        Kind.NI: tr("National Insurance numbers"),
        Kind.POSTCODE: tr("Postcodes"),
        Kind.PHONE: tr("Phone numbers"),
        Kind.EMAIL: tr("Email addresses"),
        Kind.DOB: tr("Dates of birth"),
        Kind.ADDRESS: tr("Addresses"),
        Kind.SCHOOL: tr("Schools"),
        Kind.CASE: tr("Case numbers"),
    }[kind]


def choice_label(choice: Choice) -> str:
    return {Choice.STAND_IN: tr("stand-in"), Choice.INITIALS: tr("initials"), Choice.KEEP: tr("keep")}[choice]


class FindingsPanel(QWidget):
    """Findings of one outgoing document, and the user's choices for them."""

    choices_changed = Signal()
    check_finished = Signal()

    def __init__(
        self,
        make_detector: Callable[[], Detector],
        *,
        ignore_word: Callable[[str], object] | None = None,
        runner=None,  # ui.runner.Runner: long documents are checked on it
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("FindingsPanel")
        self._make_detector = make_detector
        self._ignore_word = ignore_word
        self._runner = runner
        self._job = None
        self._detector: Detector | None = None
        self.findings: list[Finding] = []
        self.choices: dict[str, Choice] = {}
        self.stand_ins = StandIns()
        self._fields: list[tuple[str, str]] = []

        self.summary = QLabel(tr("Checking for details that may identify someone…"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Progress of the identifying-information check"))
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(tr("Stop the check"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Found"), tr("Times"), tr("Goes out as")])
        self.tree.setAccessibleName(tr("Details that may identify someone"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        label = QLabel(tr("&Details that may identify someone:"))
        label.setBuddy(self.tree)

        self.stand_in_button = QPushButton(tr("Use &stand-in"))
        self.initials_button = QPushButton(tr("Use i&nitials"))
        self.keep_button = QPushButton(tr("&Keep"))
        self.ignore_button = QPushButton(tr("Always i&gnore this word"))
        self.suggested_button = QPushButton(tr("Replace all su&ggested"))
        self.stand_in_button.clicked.connect(lambda: self._choose_current(Choice.STAND_IN))
        self.initials_button.clicked.connect(lambda: self._choose_current(Choice.INITIALS))
        self.keep_button.clicked.connect(lambda: self._choose_current(Choice.KEEP))
        self.ignore_button.clicked.connect(self._ignore_current)
        self.suggested_button.clicked.connect(self.replace_all_suggested)
        buttons = QHBoxLayout()
        for button in (
            self.stand_in_button,
            self.initials_button,
            self.keep_button,
            self.ignore_button,
            self.suggested_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.note = QLabel(tr("The check is an aid, not a guarantee: read the text before it leaves."))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(progress_row)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self._update_buttons()

    # -- checking ------------------------------------------------------------------

    def check(self, fields: Sequence[tuple[str, str]]) -> None:
        """Check the outgoing ``fields`` ((name, text) pairs); choices made
        earlier for the same details are kept."""
        self.cancel()
        self._fields = list(fields)
        if self._detector is None:
            self._detector = self._make_detector()
        detector = self._detector
        total = sum(len(text) for _, text in self._fields)
        if self._runner is None or total <= BACKGROUND_CHARS:
            self._on_checked(check_chunked(detector, self._fields))
            return
        self.summary.setText(tr("Checking for details that may identify someone…"))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        fields = list(self._fields)

        def work(job):  # type: ignore[no-untyped-def]
            return check_chunked(
                detector, fields, cancelled=lambda: job.cancelled, progress=lambda done, all_: job.report(done, all_)
            )

        self._job = self._runner.run(
            work,
            on_done=self._on_checked,
            on_error=lambda _e: self._on_checked(None),
            progress=self._on_progress,
            cancellable=True,
            name="identifying-check",
        )

    def detector(self) -> Detector:
        if self._detector is None:
            self._detector = self._make_detector()
        return self._detector

    @property
    def busy(self) -> bool:
        return self._job is not None

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
            self.progress.hide()
            self.cancel_button.hide()
            self.summary.setText(tr("The check was stopped: nothing is highlighted. Read the text yourself."))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def _on_checked(self, findings: list[Finding] | None) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        if findings is None:
            self.findings = []
            self.summary.setText(tr("The check was stopped: nothing is highlighted. Read the text yourself."))
        else:
            self.findings = findings
            keys = {f.key for f in findings}
            self.choices = {k: c for k, c in self.choices.items() if k in keys}
            self._fill_tree()
        self.check_finished.emit()
        announce(self.summary, self.summary.text())

    # -- the list ------------------------------------------------------------------

    def _fill_tree(self) -> None:
        current = self.current_key()
        self.tree.clear()
        groups: dict[Kind, dict[str, list[Finding]]] = {}
        for f in self.findings:
            groups.setdefault(f.kind, {}).setdefault(f.key, []).append(f)
        for kind in Kind:
            if kind not in groups:
                continue
            keys = groups[kind]
            count = sum(len(v) for v in keys.values())
            top = QTreeWidgetItem([f"{kind_label(kind)} ({count})", str(count), ""])
            top.setData(0, KEY_ROLE, "")
            for key, found in keys.items():
                first = found[0]
                item = QTreeWidgetItem([" ".join(first.text.split()), str(len(found)), self._goes_out_as(first)])
                item.setData(0, KEY_ROLE, key)
                top.addChild(item)
                if key == current:
                    self.tree.setCurrentItem(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        n = len(self.findings)
        if n == 0:
            self.summary.setText(tr("The check found nothing that looks identifying. It is an aid, not a guarantee."))
        else:
            text = tr("%1 details that may identify someone are highlighted (%2 different).")
            self.summary.setText(text.replace("%1", str(n)).replace("%2", str(len({f.key for f in self.findings}))))
        self._update_buttons()

    def _goes_out_as(self, finding: Finding) -> str:
        choice = self.choice_for(finding)
        if choice is Choice.KEEP:
            return choice_label(choice)
        text, _spans = redact_with_spans(finding.text, [_at_zero(finding)], lambda _f: choice, self.stand_ins)
        return f"{choice_label(choice)}: {text}"

    def current_key(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, KEY_ROLE) or "") if item is not None else ""

    def select_key(self, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, KEY_ROLE) == key:
                    self.tree.setCurrentItem(top.child(j))
                    return

    def _update_buttons(self) -> None:
        has = bool(self.current_key())
        for button in (self.stand_in_button, self.initials_button, self.keep_button, self.ignore_button):
            button.setEnabled(has)
        self.ignore_button.setEnabled(has and self._ignore_word is not None)
        self.suggested_button.setEnabled(bool(self.findings))

    # -- choices -------------------------------------------------------------------

    def choice_for(self, finding: Finding) -> Choice:
        """What goes out for ``finding``: the text as written until the user
        chooses (the preview shows exactly what leaves)."""
        return self.choices.get(finding.key, Choice.KEEP)

    def choose(self, key: str, choice: Choice) -> None:
        self.choices[key] = choice
        self._fill_tree()
        self.choices_changed.emit()

    def _choose_current(self, choice: Choice) -> None:
        key = self.current_key()
        if key:
            self.choose(key, choice)
            announce(self.tree, tr("Goes out as: %1").replace("%1", choice_label(choice)))

    def replace_all_suggested(self) -> None:
        for f in self.findings:
            self.choices[f.key] = suggested_choice(f)
        self._fill_tree()
        self.choices_changed.emit()
        announce(self.summary, tr("Every suggested replacement is made in the outgoing copy."))

    def _ignore_current(self) -> None:
        key = self.current_key()
        found = next((f for f in self.findings if f.key == key), None)
        if found is None or self._ignore_word is None:
            return
        self._ignore_word(" ".join(found.text.split()))
        self._detector = None  # read the journal's list again
        self.check(self._fields)
        self.choices_changed.emit()

    # -- the outgoing copy -----------------------------------------------------------

    def findings_in(self, field: str) -> list[Finding]:
        return [f for f in self.findings if f.field == field]

    def redact(self, text: str, field: str) -> tuple[str, list[tuple[int, int, Finding]]]:
        """The outgoing copy of one field's ``text`` with the choices made,
        and where each finding is in it (for highlighting)."""
        return redact_with_spans(text, self.findings_in(field), self.choice_for, self.stand_ins)

    def transform_text(self, text: str, field: str) -> str:
        """Check ``text`` afresh (a field the preview did not show in this
        form) and apply the choices made for the same details."""
        detector = self._detector or self._make_detector()
        return redact_with_spans(text, detector.check(text, field), self.choice_for, self.stand_ins)[0]


def _at_zero(f: Finding) -> Finding:
    return Finding(f.field, 0, f.length, f.kind, f.confidence, f.text, f.stand_in)


def highlight(edit: QPlainTextEdit, spans: Sequence[tuple[int, int, Finding]], *, base: int = 0) -> None:
    """Mark each finding in ``edit`` (offsets in its plain text, plus ``base``)."""
    selections = []
    for start, length, _f in spans:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 200, 0, 110))  # readable under light and dark text
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        selection.format = fmt  # type: ignore[attr-defined]
        cursor = QTextCursor(edit.document())
        cursor.setPosition(base + start)
        cursor.setPosition(base + start + length, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selections.append(selection)
    edit.setExtraSelections(selections)


def show_findings(edit: QPlainTextEdit, panel: FindingsPanel | None, field: str | None = None) -> None:
    """Highlight, in ``edit`` (which shows one document's outgoing text),
    where the panel's findings are: searched by their outgoing form."""
    if panel is None:
        return
    text = edit.toPlainText()
    spans: list[tuple[int, int, Finding]] = []
    seen: set[tuple[int, int]] = set()
    for f in panel.findings:
        if field is not None and f.field != field:
            continue
        out = _outgoing(panel, f)
        start = text.find(out)
        while start >= 0:
            if (start, len(out)) not in seen:
                seen.add((start, len(out)))
                spans.append((start, len(out), f))
            start = text.find(out, start + max(len(out), 1))
    highlight(edit, spans)


def _outgoing(panel: FindingsPanel, f: Finding) -> str:
    text, _ = redact_with_spans(f.text, [_at_zero(f)], panel.choice_for, panel.stand_ins)
    return text
