"""Prompts and packs in the main window: the panel, the menus, import,
the manage dialog, the pack editor and the prompt of the day.

The main window makes one :class:`PacksController` and wires its few
hooks; everything else about prompt packs lives in this package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QBoxLayout, QMenu, QSplitter, QStatusBar, QWidget

from ...core.errors import JournalError, PackInvalid
from ...core.packs import FILE_SUFFIX, Prompt, PromptPack, prompt_of_the_day, read_pack_file
from ..editor import EntryEditor
from ..messages import error_text
from ..prompter import Prompter
from ..session import Changes, JournalSession
from ..toolbar import shortcut_tooltip
from .chooser import PromptChooserDialog
from .importing import ImportPreviewDialog, PackProblemsDialog, problem_lines
from .labels import one_line, questions_markdown, tr
from .manage import ManagePacksDialog
from .pack_editor import PackEditorWindow
from .panel import PromptPanel, insert_questions, prompt_record
from .service import PackService, Today
from .team_folder import TeamFolder
from .today import PromptOfTheDayCard

PANEL_WIDTH = 330


def pack_paths_from_urls(urls: list[QUrl]) -> list[Path]:
    """The local ``.rjpack`` files among dropped URLs (never a remote one)."""
    out = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == FILE_SUFFIX:
                out.append(path)
    return out


class PacksController(QObject):
    """Owns the prompt panel and the pack dialogs; clears them on lock."""

    link_activated = Signal(QUrl)  # a link in pack guidance: the window decides

    def __init__(
        self,
        session: JournalSession,
        prompter: Prompter,
        editor: EntryEditor,
        panel_slot: QWidget,
        parent: QWidget,
        *,
        new_entry: Callable[[], None] | None = None,
        start_pages: tuple[QWidget, ...] = (),
        today: Today = dt.date.today,
    ):
        super().__init__(parent)
        self._window = parent
        self.session = session
        self.prompter = prompter
        self.editor = editor
        self.service: PackService = session.packs
        if today is not dt.date.today:
            self.service.today = today
        self._new_entry = new_entry
        self._pending: Path | None = None
        self._pack_editor: PackEditorWindow | None = None
        self.team_folder = TeamFolder(session, prompter, parent, self._tell)

        # The panel sits in the slot the main window keeps beside the editor.
        self.panel_slot = panel_slot
        self.panel = PromptPanel()
        layout = panel_slot.layout()
        if layout is not None:
            layout.addWidget(self.panel)
        self.panel_slot.setMinimumWidth(
            max(200, self.panel.minimumSizeHint().width())
        )  # fits 1024 px beside the editor

        # The prompt of the day goes under each start screen's own content.
        self.day_cards: list[PromptOfTheDayCard] = []
        for page in start_pages:
            card = PromptOfTheDayCard()
            if _place_under_start_card(page, card):
                self.day_cards.append(card)
        self.refresh_prompt_of_the_day()

        # Actions
        self.panel_action = QAction(tr("Show pro&mpts beside the entry"), parent)
        self.panel_action.setCheckable(True)
        self.panel_action.setShortcut(QKeySequence("F9"))
        self.panel_action.setObjectName("promptPanel")
        self.panel_action.setToolTip(tr("Show or hide the prompts beside the entry"))
        self.panel.hide_button.setToolTip(shortcut_tooltip(tr("Hide the prompts"), self.panel_action))
        self.new_from_prompt_action = QAction(tr("New entry from &prompt…"), parent)
        self.new_from_prompt_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_from_prompt_action.setObjectName("newEntryFromPrompt")
        self.import_action = QAction(tr("&Import prompt pack…"), parent)
        self.import_action.setObjectName("importPromptPack")
        self.manage_action = QAction(tr("&Manage prompt packs…"), parent)
        self.manage_action.setObjectName("managePromptPacks")
        self.editor_action = QAction(tr("Prompt pack e&ditor…"), parent)
        self.editor_action.setObjectName("promptPackEditor")
        self.journal_actions = (self.panel_action, self.new_from_prompt_action, self.import_action, self.manage_action)
        for action in (*self.journal_actions, self.editor_action):
            parent.addAction(action)
        self.set_enabled(False)

        self.panel_action.toggled.connect(self.set_panel_visible)
        self.new_from_prompt_action.triggered.connect(self.new_entry_from_prompt)
        self.import_action.triggered.connect(self.choose_and_import)
        self.manage_action.triggered.connect(self.manage_packs)
        self.editor_action.triggered.connect(self.show_pack_editor)
        self.panel.insert_requested.connect(self.insert_prompt)
        self.panel.hide_requested.connect(lambda: self.panel_action.setChecked(False))
        self.panel.link_activated.connect(self.link_activated)
        session.changed.connect(self._on_session_changed)
        editor.kind_combo.currentIndexChanged.connect(self._on_editor_kind_changed)
        session.unlocked.connect(self._on_session_unlocked)
        session.locked.connect(self._on_session_locked)

        # Drops of .rjpack files anywhere on the window, and closing the
        # window with an unsaved pack in the editor, are seen through an
        # application event filter, so no widget needs to know about packs.
        parent.setAcceptDrops(True)
        QApplication.instance().installEventFilter(self)  # removed by Qt when this object goes

    # -- menus -----------------------------------------------------------

    def fill_journal_menu(self, menu: QMenu) -> None:
        """Add "New entry from prompt…", then import, manage and edit packs."""
        menu.addAction(self.new_from_prompt_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.manage_action)
        menu.addAction(self.editor_action)

    def fill_entry_menu(self, menu: QMenu) -> None:
        menu.addAction(self.panel_action)

    def set_enabled(self, enabled: bool) -> None:
        for action in self.journal_actions:
            action.setEnabled(enabled)

    # -- panel -----------------------------------------------------------

    @property
    def panel_visible(self) -> bool:
        return self.panel_slot.isVisibleTo(self.panel_slot.parentWidget() or self.panel_slot)

    def set_panel_visible(self, visible: bool) -> None:
        if self.panel_action.isChecked() != visible:
            self.panel_action.setChecked(visible)  # comes back here through toggled
            return
        splitter = self.panel_slot.parentWidget()
        had_focus = self.panel.isAncestorOf(QApplication.focusWidget())
        self.panel_slot.setVisible(visible)
        if isinstance(splitter, QSplitter):
            sizes = splitter.sizes()
            index = splitter.indexOf(self.panel_slot)
            if visible and index >= 0 and sizes[index] < PANEL_WIDTH // 2:
                give = PANEL_WIDTH
                widest = max((i for i in range(len(sizes)) if i != index), key=lambda i: sizes[i])
                sizes[widest] = max(200, sizes[widest] - give)
                sizes[index] = give
                splitter.setSizes(sizes)
        if visible:
            self.refresh_panel()
            self.panel.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif had_focus and self.editor.isEnabled():
            self.editor.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # back to the writing

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.packs:
            self.refresh_panel()

    def refresh_panel(self) -> None:
        # A hidden panel is filled when it is shown (set_panel_visible):
        # filling it for nothing cost ~70 ms of every unlock.
        if not self.session.is_unlocked or not self.panel_visible:
            return
        try:
            packs = self.service.available()
        except (JournalError, PackInvalid):
            packs = self.service.builtin()
        self.panel.set_kind(*self._editor_kind())
        self.panel.set_packs(packs)
        # The window always has an entry open while unlocked; insert_prompt
        # checks again.
        self.panel.set_can_insert(True)

    def _editor_kind(self) -> tuple[str, str]:
        combo = self.editor.kind_combo
        return (combo.currentData() or "", combo.currentText())

    def _on_editor_kind_changed(self, *_args) -> None:
        if self.session.is_unlocked and self.panel_visible:
            self.panel.set_kind(*self._editor_kind())

    def insert_prompt(self, prompt: Prompt) -> bool:
        """Put the prompt's questions at the cursor (one undo step) and
        record the prompt, with its questions, on the entry."""
        if not self.session.is_unlocked or not self.editor.has_entry or not prompt.questions:
            return False
        insert_questions(self.editor.body_edit, prompt)
        self.editor.record_prompt(prompt_record(prompt))
        self.editor.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- new entry from a prompt -------------------------------------------

    def new_entry_from_prompt(self) -> bool:
        if not self.session.is_unlocked:
            return False
        prompt = PromptChooserDialog.choose(
            self._window, self.service.available(), self.prompter, kind="", kind_label=""
        )
        if prompt is None or not self.session.is_unlocked:
            return False
        return self.start_entry_with(prompt)

    def start_entry_with(self, prompt: Prompt) -> bool:
        """A new entry whose body holds the prompt's questions, each with a
        line for the answer; the writing starts on the first answer."""
        if self._new_entry is None or not self.session.is_unlocked:
            return False
        # Save what the editor holds first; if that fails, it stays there.
        save_now = getattr(self._window, "save_now", None)
        if callable(save_now) and not save_now():
            return False
        self._new_entry()
        if not self.editor.has_entry or self.editor.entry_id is not None:
            return False  # the entry being edited could not be saved first
        entry = self.editor.current_entry()
        entry.body = questions_markdown(prompt)
        entry.prompt_ids = [prompt.full_id]
        entry.prompt_records = [prompt_record(prompt)]
        kind = _kind_for(prompt)
        if kind and self.editor.kind_combo.findData(kind) >= 0:
            entry.kind = kind
        self.editor.load(entry)
        self.editor.focus_first_answer()
        if self.panel_visible:
            self.refresh_panel()
            self.panel.browser.select_prompt(prompt.full_id)
        return True

    # -- import --------------------------------------------------------------

    def choose_and_import(self) -> None:
        if not self.session.is_unlocked:
            return
        chosen = self.prompter.open_file(
            self._window, tr("Import a prompt pack"), Path.home(), tr("Prompt packs (*.rjpack)")
        )
        if chosen is not None:
            self.import_file(chosen)

    def open_pack_file(self, path: Path) -> None:
        """A pack given to the app (command line or drop): preview it now,
        or straight after unlock if the journal is locked."""
        path = Path(path).expanduser().absolute()
        if self.session.is_unlocked:
            self.import_file(path)
            return
        self._pending = path
        status = self._status_bar()
        if status is not None:
            status.showMessage(
                tr("Unlock your journal to import the prompt pack “%1”.").replace("%1", one_line(path.name, 80))
            )

    @property
    def pending_pack(self) -> Path | None:
        return self._pending

    def import_file(self, path: Path) -> bool:
        """Read, preview and (if accepted) import a pack: all or nothing."""
        if not self.session.is_unlocked:
            self._pending = Path(path)
            return False
        path = Path(path)
        try:
            pack = read_pack_file(path)
        except PackInvalid as error:
            self._show_problems(path.name, error.problems)
            return False
        except OSError as error:
            self.prompter.warn(
                self._window,
                tr("The prompt pack could not be opened"),
                tr("“%1” could not be read: %2").replace("%1", path.name).replace("%2", error.strerror or str(error)),
            )
            return False
        return self.offer_import(pack, path.name)

    def offer_import(self, pack: PromptPack, file_name: str = "") -> bool:
        """The preview; Import imports from the dialog, which says so itself."""
        try:
            preview = self.service.preview(pack)
        except PackInvalid as error:
            self._show_problems(file_name or pack.id, error.problems)
            return False

        def run_import(older: bool, insist: bool, auto_update: bool) -> str:
            if not self.session.is_unlocked:
                return tr("The journal was locked, so the pack was not imported.")
            try:
                self.service.import_pack(pack, allow_older=older, insist=insist, auto_update=auto_update)
            except PackInvalid as error:
                return "\n".join(problem_lines(error.problems)) or tr("The prompt pack is not valid.")
            except JournalError as error:
                return error_text(error)
            return ""

        if not ImportPreviewDialog.offer(self._window, self.prompter, preview, run_import, file_name):
            return False
        status = self._status_bar()
        if status is not None:
            status.showMessage(
                tr("Imported “%1”, version %2.").replace("%1", one_line(pack.title, 80)).replace("%2", pack.version),
                8000,
            )
        return True

    def _show_problems(self, name: str, problems) -> None:
        PackProblemsDialog.show_problems(
            self._window, self.prompter, tr("This prompt pack cannot be imported. Nothing was changed."), name, problems
        )

    def _tell(self, text: str) -> None:
        """A message about the team folder, in the status bar (read out)."""
        status = self._status_bar()
        if status is not None:
            status.showMessage(text, 20000)

    def _status_bar(self) -> QStatusBar | None:
        status = getattr(self._window, "statusBar", None)
        return status() if callable(status) else None

    # -- manage and edit -------------------------------------------------------

    def manage_packs(self) -> None:
        if self.session.is_unlocked:
            ManagePacksDialog.manage(self._window, self.service, self.prompter, self.team_folder)

    @property
    def pack_editor(self) -> PackEditorWindow:
        if self._pack_editor is None:
            self._pack_editor = PackEditorWindow(self.prompter, self._window, today=self.service.today)
        return self._pack_editor

    def show_pack_editor(self) -> PackEditorWindow:
        editor = self.pack_editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    # -- prompt of the day -------------------------------------------------------

    def refresh_prompt_of_the_day(self) -> None:
        try:
            prompt = prompt_of_the_day(self.service.builtin(), self.service.today())
        except PackInvalid:
            prompt = None
        for card in self.day_cards:
            card.show_prompt(prompt)

    # -- session -----------------------------------------------------------

    def _on_session_unlocked(self) -> None:
        self.set_enabled(True)
        if self.panel_action.isChecked():
            self.panel_slot.show()
        self.refresh_panel()
        pending, self._pending = self._pending, None
        if pending is not None:
            self.import_file(pending)
        self.team_folder.start_scan()  # in the background; offers follow when it is done

    def _on_session_locked(self, _reason: str) -> None:
        # Imported packs are journal data: nothing of them stays on screen.
        self.team_folder.cancel()
        self.set_enabled(False)
        self.panel.clear_all()
        self.panel_slot.hide()
        self.refresh_prompt_of_the_day()

    # -- drops and closing ----------------------------------------------------

    def handle_drop(self, urls: list[QUrl]) -> bool:
        """Import the first dropped ``.rjpack``; True if there was one."""
        paths = pack_paths_from_urls(urls)
        if not paths:
            return False
        self.open_pack_file(paths[0])
        return True

    def _belongs_to_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and self._belongs_to_window(watched):
            mime = event.mimeData()
            if mime is not None and mime.hasUrls() and pack_paths_from_urls(mime.urls()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
                    self.handle_drop(mime.urls())
                return True
        elif kind == QEvent.Type.Close and watched is self._window and self._pack_editor is not None:
            if self._pack_editor.isVisible() and not self._pack_editor.close():
                event.ignore()
                return True
        return False


def _kind_for(prompt: Prompt) -> str:
    """An entry kind that suits a prompt, for a new entry started from it."""
    by_when = {
        "after_home_visit": "home_visit",
        "direct_work_with_child": "direct_work",
        "preparing_for_supervision": "supervision",
        "after_supervision": "supervision",
        "court_and_reports": "court",
    }
    for key in prompt.when:
        if key in by_when:
            return by_when[key]
    return ""


def _place_under_start_card(page: QWidget, card: QWidget) -> bool:
    """Put ``card`` just under a start screen's centred column.

    The start screens hold one centred column between two stretches
    (start_pages._card); the card goes before the lower stretch so it sits
    under the column. Any other shape: at the bottom of the page.
    """
    layout = page.layout()
    if layout is None:
        return False
    wrapper = layout.itemAt(0).widget() if layout.count() == 1 else None
    column = wrapper.layout() if wrapper is not None else None
    if isinstance(column, QBoxLayout) and column.count() >= 2 and column.itemAt(column.count() - 1).spacerItem():
        column.insertWidget(column.count() - 1, card)
    else:
        layout.addWidget(card)
    return True
