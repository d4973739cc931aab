"""The editor for one supervision session: who, when, the preparation
(reflections, agenda, notes to bring, actions carried forward) and, after
the session, what was discussed and the actions agreed."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError
from ...core.models import SESSION_HELD, SESSION_PREPARING, SupervisionSession
from ..record_editing import EditGuard
from .actions import CarriedForwardList
from .agenda import AgendaEditor, adopt_item_ids
from .labels import from_qdate, role_labels, short_date, status_label, to_qdate, tr, type_labels
from .prompts import PromptPanel, SupervisionPrompt
from .reflections import ReflectionPicker
from .service import SupervisionService
from .session_actions import ActionsTable

MAX_NAME = 120

# (attribute on SupervisionSession, label, placeholder)
NOTE_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("questions", QT_TR_NOOP("&Questions to bring"), QT_TR_NOOP("What do you want to ask or think through together?")),
    ("decisions", QT_TR_NOOP("&Decisions needed"), QT_TR_NOOP("What needs a decision, and by when?")),
    ("went_well", QT_TR_NOOP("What went &well"), QT_TR_NOOP("What are you pleased with? What made the difference?")),
    ("learning_needs", QT_TR_NOOP("&Learning needs"), QT_TR_NOOP("What would help you learn or develop now?")),
    (
        "affecting_me",
        QT_TR_NOOP("How the work is a&ffecting me"),
        QT_TR_NOOP("How are you, really? What is staying with you?"),
    ),
)


NO_DATE = QDate(2000, 1, 1)


class SessionEditor(QWidget):
    """Edits one session. ``edited`` fires on every change the user makes."""

    edited = Signal()
    open_entry_requested = Signal(int)
    problem = Signal(str)

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._session: SupervisionSession | None = None
        self._guard = EditGuard(self.edited.emit, lambda: self._session is not None)

        # -- header ----------------------------------------------------------
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setAccessibleName(tr("Date of the session"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(tr("Who the session is with"))
        for key, label in role_labels().items():
            self.role_combo.addItem(label, key)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("Name (optional)"))
        self.name_edit.setAccessibleName(tr("Their name (optional)"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setMinimumWidth(120)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(tr("Type of session"))
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(14)
        for key, label in type_labels().items():
            self.type_combo.addItem(label, key)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("Status of the session"))
        self.status_combo.addItem(status_label(SESSION_PREPARING), SESSION_PREPARING)
        self.status_combo.addItem(status_label(SESSION_HELD), SESSION_HELD)
        self.status_combo.setToolTip(tr("Choose “Held” once the session has taken place"))
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(tr("Where (optional)"))
        self.place_edit.setAccessibleName(tr("Where the session is held (optional)"))
        self.place_edit.setMaxLength(MAX_NAME)
        self.next_edit = QDateEdit()
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setDisplayFormat("d MMM yyyy")
        self.next_edit.setAccessibleName(tr("Date of the next meeting"))
        # The earliest date stands for "not agreed yet".
        self.next_edit.setMinimumDate(NO_DATE)
        self.next_edit.setSpecialValueText(tr("Not agreed yet"))

        # -- tabs --------------------------------------------------------------
        self.picker = ReflectionPicker(service)
        self.agenda = AgendaEditor()
        self.carried = CarriedForwardList(service)
        self.note_edits: dict[str, QPlainTextEdit] = {}
        for name, _label, placeholder in NOTE_FIELDS:
            edit = QPlainTextEdit()
            edit.setPlaceholderText(tr(placeholder))
            edit.setTabChangesFocus(True)
            self.note_edits[name] = edit
        self.wellbeing_button = QPushButton(tr("Draw on wellbeing chec&k-ins"))
        self.wellbeing_button.setAccessibleDescription(tr("Add the wellbeing check-ins of the linked reflections"))
        self.wellbeing_button.setToolTip(
            tr("Adds the wellbeing check-ins of the linked reflections to “How the work is affecting me”")
        )
        self.prompt_panel = PromptPanel()
        self.discussion_edit = QPlainTextEdit()
        self.discussion_edit.setAccessibleName(tr("What was discussed"))
        self.discussion_edit.setPlaceholderText(tr("What was discussed, and what you took from it"))
        self.discussion_edit.setTabChangesFocus(True)
        self.actions_table = ActionsTable(lambda: service.today())
        self.after_hint = QLabel()
        self.after_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.after_hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Parts of the session"))

        self._build_layout()
        self._connect_signals()
        self.setEnabled(False)

    def _build_layout(self) -> None:
        header = QGridLayout()
        pairs = (
            (tr("D&ate:"), self.date_edit),
            (tr("W&ith:"), self.role_combo),
            (tr("&Name:"), self.name_edit),
            (tr("T&ype:"), self.type_combo),
            (tr("&Status:"), self.status_combo),
            (tr("W&here:"), self.place_edit),
            (tr("Ne&xt meeting:"), self.next_edit),
        )
        # Rows of three (date, with, name; type, status, where; next): fits 1024 px beside the session list.
        for index, (text, widget) in enumerate(pairs):
            row, column = divmod(index, 3)
            label = QLabel(text)
            label.setBuddy(widget)
            header.addWidget(label, row, column * 2)
            header.addWidget(widget, row, column * 2 + 1)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        header.setColumnStretch(5, 2)

        # Agenda and actions carried forward
        agenda_tab = QWidget()
        agenda_layout = QVBoxLayout(agenda_tab)
        carried_box = QGroupBox(tr("Actions carried forward"))
        QVBoxLayout(carried_box).addWidget(self.carried)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.agenda)
        split.addWidget(carried_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        agenda_layout.addWidget(split)

        # Notes to bring, with prompts beside them
        notes = QWidget()
        grid = QGridLayout(notes)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (name, label_text, _placeholder) in enumerate(NOTE_FIELDS):
            edit = self.note_edits[name]
            label = QLabel(tr(label_text))
            label.setBuddy(edit)
            edit.setAccessibleName(tr(label_text).replace("&", ""))
            row, column = divmod(index, 2)
            box = QVBoxLayout()
            head = QHBoxLayout()
            head.addWidget(label, 1)
            if name == "affecting_me":
                head.addWidget(self.wellbeing_button)
            box.addLayout(head)
            box.addWidget(edit, 1)
            # The last field (how the work is affecting me) takes the whole row.
            grid.addLayout(box, row, column, 1, 2 if index == len(NOTE_FIELDS) - 1 else 1)
        notes_split = QSplitter(Qt.Orientation.Horizontal)
        notes_split.addWidget(notes)
        notes_split.addWidget(self.prompt_panel)
        notes_split.setStretchFactor(0, 3)
        notes_split.setStretchFactor(1, 1)
        notes_split.setSizes([640, 320])
        notes_split.setChildrenCollapsible(False)
        notes_tab = QWidget()
        QVBoxLayout(notes_tab).addWidget(notes_split)

        # After the session
        after_tab = QWidget()
        after_layout = QVBoxLayout(after_tab)
        after_layout.addWidget(self.after_hint)
        discussed_label = QLabel(tr("What was &discussed"))
        discussed_label.setBuddy(self.discussion_edit)
        after_layout.addWidget(discussed_label)
        after_layout.addWidget(self.discussion_edit, 2)
        agreed_label = QLabel(tr("Actions agreed"))
        agreed_label.setBuddy(self.actions_table.table)
        after_layout.addWidget(agreed_label)
        after_layout.addWidget(self.actions_table, 2)

        reflections_tab = QWidget()
        QVBoxLayout(reflections_tab).addWidget(self.picker)
        self.reflections_tab, self.agenda_tab, self.notes_tab, self.after_tab = (
            reflections_tab,
            agenda_tab,
            notes_tab,
            after_tab,
        )
        self.tabs.addTab(reflections_tab, tr("&1 Reflections"))
        self.tabs.addTab(agenda_tab, tr("&2 Agenda and actions"))
        self.tabs.addTab(notes_tab, tr("&3 Notes to bring"))
        self.tabs.addTab(after_tab, tr("&4 After the session"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        order = [
            self.date_edit,
            self.role_combo,
            self.name_edit,
            self.type_combo,
            self.status_combo,
            self.place_edit,
            self.next_edit,
            self.tabs,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(self._on_header_changed)
        self.next_edit.dateChanged.connect(self._on_header_changed)
        self.place_edit.textEdited.connect(self._on_user_edit)
        for combo in (self.role_combo, self.type_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._on_header_changed)
        self.name_edit.textEdited.connect(self._on_user_edit)
        for edit in (*self.note_edits.values(), self.discussion_edit):
            edit.textChanged.connect(self._on_user_edit)
        self.picker.links_changed.connect(self._on_links_changed)
        self.picker.open_entry_requested.connect(self.open_entry_requested)
        self.agenda.edited.connect(self._on_user_edit)
        self.actions_table.edited.connect(self._on_user_edit)
        self.carried.problem.connect(self.problem)
        self.wellbeing_button.clicked.connect(self._on_draw_wellbeing)
        self.prompt_panel.insert_requested.connect(self.insert_questions)

    # -- state -----------------------------------------------------------

    @property
    def session_id(self) -> int | None:
        return self._session.id if self._session else None

    @property
    def has_session(self) -> bool:
        return self._session is not None

    def load(self, session: SupervisionSession, prompts: list[SupervisionPrompt] | None = None) -> None:
        """Show a session; undo histories start afresh."""
        with self._guard.loading():
            self._session = session
            self.date_edit.setDate(to_qdate(session.held_on))
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(session.with_role)))
            self.name_edit.setText(session.with_name)
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(session.session_type)))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(session.status)))
            self.place_edit.setText(session.place)
            self.next_edit.setDate(to_qdate(session.next_on) if session.next_on else NO_DATE)
            for name, edit in self.note_edits.items():
                edit.setPlainText(getattr(session, name))
            self.discussion_edit.setPlainText(session.discussion)
            kinds = {kind.key: kind.label for kind in self.service.kinds()}
            self.picker.load(session.replace(entry_ids=list(session.entry_ids)), kinds, self.service.tags())
            self.agenda.load(session.agenda, self._linked_labels())
            self.actions_table.load(session.actions)
            if prompts is not None:
                self.prompt_panel.set_prompts(prompts)
            self.setEnabled(True)
        self.reload_carried_forward()
        self._update_after_hint()

    def current_session(self) -> SupervisionSession:
        base = self._session or SupervisionSession()
        return SupervisionSession(
            id=base.id,
            uid=base.uid,
            created_at=base.created_at,
            updated_at=base.updated_at,
            held_on=from_qdate(self.date_edit.date()),
            with_role=self.role_combo.currentData(),
            with_name=self.name_edit.text().strip(),
            session_type=self.type_combo.currentData(),
            status=self.status_combo.currentData(),
            place=self.place_edit.text().strip(),
            next_on=None if self.next_edit.date() == NO_DATE else from_qdate(self.next_edit.date()),
            agenda=self.agenda.agenda(),
            entry_ids=self.picker.linked_ids,
            actions=self.actions_table.actions(),
            discussion=self.discussion_edit.toPlainText(),
            **{name: edit.toPlainText() for name, edit in self.note_edits.items()},
        )

    def mark_saved(self, saved: SupervisionSession) -> None:
        """Adopt the ids the journal gave, keeping what is typed."""
        if self._session is None:
            return
        self._session.id, self._session.uid = saved.id, saved.uid
        self._session.created_at, self._session.updated_at = saved.created_at, saved.updated_at
        self.actions_table.adopt_saved(saved.actions)
        adopt_item_ids(self.agenda, saved.agenda)

    def clear_all(self) -> None:
        """Forget the session: every field, list and undo history."""
        with self._guard.loading():
            self._session = None
            self.name_edit.setText("")
            self.place_edit.setText("")
            self.next_edit.setDate(NO_DATE)
            for edit in (*self.note_edits.values(), self.discussion_edit):
                edit.setPlainText("")
                edit.document().clearUndoRedoStacks()
            self.picker.clear_all()
            self.agenda.clear_all()
            self.carried.clear_all()
            self.actions_table.clear_all()
            self.prompt_panel.set_prompts([])
            self.after_hint.setText("")
            self.date_edit.setDate(QDate(2000, 1, 1))
            self.tabs.setCurrentIndex(0)
            self.setEnabled(False)

    # -- behaviour -------------------------------------------------------

    def _linked_labels(self) -> list[tuple[int, str]]:
        out = []
        for entry_id in self.picker.linked_ids:
            summary = self.picker.summary(entry_id)
            if summary is not None:
                title = " ".join(summary.title.split()) or tr("(untitled)")
                out.append((entry_id, f"{short_date(summary.happened_on)}: {title}"))
        return out

    def _on_user_edit(self, *_args) -> None:
        self._guard.user_edited()  # announced only for a shown record, never during a load

    def _on_header_changed(self, *_args) -> None:
        if self._guard.is_loading or self._session is None:
            return
        current = self.current_session()
        self.picker.set_session_header(current)
        self.reload_carried_forward()
        self._update_after_hint()
        self.edited.emit()

    def _on_links_changed(self) -> None:
        self.agenda.set_linked(self._linked_labels())
        self._on_user_edit()

    def _update_after_hint(self) -> None:
        held = self.status_combo.currentData() == SESSION_HELD
        self.after_hint.setText(
            tr("Notes from the session. Actions not done carry forward into your next preparation by themselves.")
            if held
            else tr("Fill this in after the session, and set the status to “Held”.")
        )

    def reload_carried_forward(self) -> None:
        if self._session is None or not self.service.is_unlocked:
            return
        try:
            current = self.current_session()
            actions = self.service.carried_forward(current)
            agreed_on = {s.id: s.held_on for s in self.service.list_sessions()}
        except JournalError:
            return
        self.carried.load(actions, agreed_on, self.service.today())

    def refresh_action_statuses(self) -> None:
        """Actions were marked done or dropped elsewhere."""
        if self._session is None or self._session.id is None or not self.service.is_unlocked:
            return
        try:
            stored = self.service.get(self._session.id)
        except JournalError:
            return
        self.actions_table.refresh_statuses({a.id: (a.status, a.closed_on) for a in stored.actions})

    def insert_questions(self, text: str) -> None:
        self._append_to(self.note_edits["questions"], text)
        self.tabs.setCurrentWidget(self.notes_tab)
        self.note_edits["questions"].setFocus()

    def _append_to(self, edit: QPlainTextEdit, text: str) -> None:
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        existing = edit.toPlainText()
        prefix = "" if not existing else ("\n" if existing.endswith("\n") else "\n\n")
        cursor.insertText(prefix + text)  # through the cursor, so Ctrl+Z takes it back
        edit.setTextCursor(cursor)

    def wellbeing_summary(self) -> str:
        checkins = self.service.wellbeing_of(self.picker.linked_ids)
        if not checkins:
            return ""
        lines = [tr("From my wellbeing check-ins (1 struggling, 5 well):")]
        for day, wellbeing in checkins:
            line = tr("%1: %2 of 5").replace("%1", short_date(day)).replace("%2", str(wellbeing.score))
            words = " ".join(wellbeing.words.split())
            lines.append(f"- {line}" + (f", {words}" if words else ""))
        return "\n".join(lines)

    def _on_draw_wellbeing(self) -> None:
        if not self.service.is_unlocked:
            return
        summary = self.wellbeing_summary()
        if not summary:
            self.problem.emit(tr("None of the linked reflections has a wellbeing check-in."))
            return
        self._append_to(self.note_edits["affecting_me"], summary)
