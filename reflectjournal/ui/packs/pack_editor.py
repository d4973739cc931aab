"""The prompt pack editor: for educators who write packs to share.

A separate window. It works on a ``.rjpack`` file, not on the journal, so
it is usable before a journal is unlocked. It asks in plain words (the
title, who wrote it, the organisation, a description, then the prompts);
the id, file name and version follow from those (core.pack_authoring).
What the form holds is turned into the file's JSON and checked, a moment
after each change, by the same reader that imports packs: the problems
shown are exactly those an importer would see, each with its field, plus
warnings (a prompt without sources) that do not stop a save. A pack is
saved only when there are no problems, and its version goes up by itself
when a saved pack changed.

The window is made of parts with one job each (its file actions in
``pack_files``): the "About the pack" page
(``pack_details``), the prompts page with its list, form and practitioner's
view (``prompt_list``, ``prompt_form``) and the problems panel
(``pack_problems``). The window holds the menus, the file and whether it
has changed, and connects the parts in ``_connect_signals``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...core import packs as P
from ...core.frameworks import framework_to_dict
from ...core.pack_authoring import file_name_for
from ...core.packs import FORMAT_NAME, FORMAT_VERSION, PackProblem, PromptPack
from ..announce import announce
from ..prompter import Prompter
from ..screen_fit import scrolling, set_first_size
from .labels import plain_label, tr
from .pack_details import PackDetailsForm
from .pack_files import PackFileActions
from .pack_frameworks import PackFrameworksBox
from .pack_problems import PackProblemsPanel
from .pack_sign import PackSigningActions
from .prompt_form import draft_from_prompt, prompt_data
from .prompt_list import PromptListPage

_PROMPT_FIELD = re.compile(r"prompts\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?")
_PACK_FIELD = re.compile(r"(\w+)(?:\[(\d+)\])?")
# How long typing pauses before the pack is checked again.
CHECK_DELAY_MS = 350


class PackEditorWindow(PackFileActions, PackSigningActions, QMainWindow):
    """Create or open a pack, edit it, validate it and save it as ``.rjpack``."""

    def __init__(
        self, prompter: Prompter, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(parent)
        self.prompter = prompter
        self._today = today
        self._loading = False
        self._modified = False
        self._path: Path | None = None
        # The pack as last opened or saved: the version goes up from it.
        self._saved_pack: PromptPack | None = None
        self.problems: list[PackProblem] = []
        self.warnings: list[PackProblem] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self.setObjectName("PackEditorWindow")
        self.setWindowTitle(tr("Prompt pack editor"))
        set_first_size(self, QSize(1100, 780))

        self._build_actions()
        self.details_page = PackDetailsForm(today)
        self.frameworks_box = PackFrameworksBox(prompter)
        self.details_page.layout().addWidget(self.frameworks_box)
        self.prompts_page = PromptListPage()
        self.problems_panel = PackProblemsPanel()
        # The parts' widgets that tests and callers reach by their old names.
        details = self.details_page
        self.id_edit, self.title_edit, self.version_edit = details.id_edit, details.title_edit, details.version_edit
        self.authors_edit, self.organisation_edit = details.authors_edit, details.organisation_edit
        self.licence_combo, self.language_edit = details.licence_combo, details.language_edit
        self.updated_edit, self.today_button = details.updated_edit, details.today_button
        self.description_edit = details.description_edit
        self.prompt_list, self.prompt_form = self.prompts_page.prompt_list, self.prompts_page.prompt_form
        self.problems_list, self.status_label = self.problems_panel.problems_list, self.problems_panel.status_label
        self.file_label = plain_label()
        self.file_label.setAccessibleDescription(tr("File"))

        self.tabs = QTabWidget()
        # Numbered steps, and Alt+1 / Alt+2: no letter taken from the menus or the forms.
        # The page scrolls inside its tab, so the problems stay in sight on a small screen.
        self.details_scroll = scrolling(self.details_page, horizontal=False)
        self.tabs.addTab(self.details_scroll, tr("&1 About the pack"))
        self.tabs.addTab(self.prompts_page, tr("&2 Prompts"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.problems_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.file_label)
        layout.addWidget(self.splitter, 1)
        # No scroll area round the whole: each page scrolls in its tab, and the
        # problems stay in sight under them (screens down to 1024×600 at 200%).
        self.setCentralWidget(central)

        self._connect_signals()
        self.new_pack()

    # -- building --------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut, name: str) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setObjectName(name)
            self.addAction(act)
            return act

        std = QKeySequence.StandardKey
        self.new_action = action(tr("&New pack"), std.New, "newPack")
        self.open_action = action(tr("&Open…"), std.Open, "openPack")
        self.save_action = action(tr("&Save"), std.Save, "savePack")
        self.save_as_action = action(tr("Save &as…"), std.SaveAs, "savePackAs")
        self.sign_action = action(tr("S&ign…"), None, "signPack")
        self.validate_action = action(tr("Go to the &problems"), "F8", "goToPackProblems")
        self.close_action = action(tr("&Close"), std.Close, "closePackEditor")
        self.add_prompt_action = action(tr("&Add prompt"), "Ctrl+Shift+A", "addPrompt")
        self.remove_prompt_action = action(tr("&Remove prompt…"), None, "removePrompt")
        self.up_action = action(tr("Move &up"), "Alt+Shift+Up", "movePromptUp")
        self.down_action = action(tr("Move &down"), "Alt+Shift+Down", "movePromptDown")
        self.preview_action = action(tr("&See it as a practitioner will"), "Ctrl+Shift+P", "seeAsPractitioner")
        self.preview_action.setCheckable(True)
        # The menu bar's letters (F, P) are used by no tab, label or button in the window.
        self.file_menu = self.menuBar().addMenu(tr("&File"))
        for act in (self.new_action, self.open_action, None, self.save_action, self.save_as_action,
                    self.sign_action, None,
                    self.validate_action, None, self.close_action):  # fmt: skip
            self.file_menu.addSeparator() if act is None else self.file_menu.addAction(act)
        self.prompt_menu = self.menuBar().addMenu(tr("&Prompt"))
        for act in (self.add_prompt_action, self.remove_prompt_action, None, self.up_action, self.down_action,
                    None, self.preview_action):  # fmt: skip
            self.prompt_menu.addSeparator() if act is None else self.prompt_menu.addAction(act)
        toolbar = self.addToolBar(tr("Pack"))
        toolbar.setObjectName("packEditorToolbar")
        toolbar.setMovable(False)
        for act in (self.new_action, self.open_action, self.save_action, self.add_prompt_action):
            toolbar.addAction(act)

    def _connect_signals(self) -> None:
        """Every connection between the window and its parts, in one place."""
        prompts = self.prompts_page
        self.prompt_form.frameworks = self.frameworks_box.all_frameworks
        self.frameworks_box.changed.connect(self._mark_modified)
        self.new_action.triggered.connect(self.new_pack)
        self.open_action.triggered.connect(self.open_pack)
        self.save_action.triggered.connect(self.save)
        self.save_as_action.triggered.connect(self.save_as)
        self.sign_action.triggered.connect(self.sign)
        self.validate_action.triggered.connect(self.go_to_problems)
        self.close_action.triggered.connect(self.close)
        self.add_prompt_action.triggered.connect(self.add_prompt)
        self.remove_prompt_action.triggered.connect(self.remove_prompt)
        self.up_action.triggered.connect(lambda: self.move_prompt(-1))
        self.down_action.triggered.connect(lambda: self.move_prompt(1))
        prompts.add_button.clicked.connect(self.add_prompt)
        prompts.remove_button.clicked.connect(self.remove_prompt)
        prompts.up_button.clicked.connect(lambda: self.move_prompt(-1))
        prompts.down_button.clicked.connect(lambda: self.move_prompt(1))
        prompts.choice_changed.connect(self._on_prompts_page_choice_changed)
        prompts.prompt_form.edited.connect(self._mark_modified)
        prompts.preview_button.toggled.connect(self._on_preview_toggled)
        self.preview_action.triggered.connect(self.show_practitioner_view)
        self.details_page.edited.connect(self._mark_modified)
        self.problems_panel.field_activated.connect(self.go_to_field)
        self._check_timer.timeout.connect(self.validate)
        self.details_page.advanced.toggled.connect(
            lambda open_: open_ and self._show_later(self.details_scroll, self.details_page.advanced.body)
        )
        prompts.prompt_form.advanced.toggled.connect(
            lambda open_: open_ and self._show_later(prompts.form_scroll, prompts.prompt_form.advanced.body)
        )

    @staticmethod
    def _show_later(scroll, widget: QWidget) -> None:
        """Scroll an opened section into sight once it is laid out."""
        QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(widget))

    # -- state -----------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return self._modified

    @property
    def path(self) -> Path | None:
        return self._path

    def _mark_modified(self, *_args) -> None:
        if not self._loading:
            self._modified = True
            self._update_file_label()
            self._check_timer.start()  # checked again when typing pauses

    def _update_file_label(self) -> None:
        name = self._path.name if self._path else tr("New pack, not saved yet")
        if self._modified:
            name += " " + tr("(changed)")
        elif self._saved_pack is not None and self._saved_pack.signature is not None:
            name += " " + tr("(signed)")
        self.file_label.setText(name)

    def load_pack(self, pack: PromptPack, path: Path | None) -> None:
        """Show a pack read from a file (the undo history starts afresh)."""
        self._loading = True
        try:
            self.details_page.load(pack)
            self.frameworks_box.set_frameworks(pack.frameworks)
            self.prompts_page.load([draft_from_prompt(prompt) for prompt in pack.prompts])
        finally:
            self._loading = False
        self._saved_pack = pack
        self._loaded(path)

    def _loaded(self, path: Path | None) -> None:
        self._path = path
        self._modified = False
        self.prompts_page.show_preview(False)
        self.tabs.setCurrentWidget(self.details_scroll)
        self._update_file_label()
        self.validate()

    # -- prompts -------------------------------------------------------------

    def _on_prompts_page_choice_changed(self, has: bool, can_up: bool, can_down: bool) -> None:
        self.remove_prompt_action.setEnabled(has)
        self.up_action.setEnabled(can_up)
        self.down_action.setEnabled(can_down)

    def prompt_drafts(self) -> list[dict[str, Any]]:
        return self.prompts_page.drafts()

    def current_row(self) -> int:
        return self.prompts_page.current_row()

    def add_prompt(self) -> None:
        self.prompts_page.add()
        self._mark_modified()
        self.tabs.setCurrentWidget(self.prompts_page)
        self.prompt_form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.prompts_page.form_scroll.ensureWidgetVisible(self.prompt_form.title_edit)

    def remove_prompt(self) -> None:
        if self.current_row() < 0:
            return
        self.prompts_page.commit()
        title = self.prompts_page.current_title()
        if not self.prompter.confirm(
            self, tr("Remove this prompt?"), tr("“%1” will be removed from the pack.").replace("%1", title)
        ):
            return
        self.prompts_page.remove_current()
        self._mark_modified()

    def move_prompt(self, step: int) -> None:
        if not self.prompts_page.move_current(step):
            return
        self._mark_modified()
        self.prompt_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building the file ---------------------------------------------------

    def pack_data(self) -> dict[str, Any]:
        """What the form holds, as the file's JSON object."""
        data: dict[str, Any] = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
        data.update(self.details_page.data())
        # Frameworks the pack carries (ui/packs/pack_frameworks.py): its prompts may serve their items.
        frameworks = self.frameworks_box.frameworks
        if frameworks:
            data["format_version"] = P.FORMAT_VERSION_FRAMEWORKS
            data["frameworks"] = [framework_to_dict(f, in_pack=True) for f in frameworks]
        data["prompts"] = [prompt_data(draft) for draft in self.prompt_drafts()]
        return data

    def file_bytes(self) -> bytes:
        text = json.dumps(self.pack_data(), ensure_ascii=False, indent=2) + "\n"
        # Lone surrogates cannot be UTF-8; let the reader report them.
        return text.encode("utf-8", errors="surrogatepass")

    def validate(self) -> list[PackProblem]:
        """Check the pack as an importer would; show every problem and
        warning, and return the problems (warnings do not stop a save)."""
        self._check_timer.stop()
        check = P.check_pack_bytes(self.file_bytes())
        had_problems = bool(self.problems)
        self.problems, self.warnings = check.problems, check.warnings
        drafts = self.prompt_drafts()
        titles = [draft["title"] for draft in drafts]
        self.problems_panel.show_problems(
            self.problems, self.warnings, lambda i: titles[i] if 0 <= i < len(titles) else ""
        )
        if had_problems and not self.problems:  # said once, when the last problem is fixed
            announce(self.problems_panel.status_label, self.problems_panel.status_label.text())
        return self.problems

    def go_to_problems(self) -> None:
        """Check now and put the focus on the first problem or warning."""
        self.validate()
        self.problems_panel.focus_first()

    def build_pack(self) -> PromptPack:
        """The pack as the reader sees it. Raises PackInvalid."""
        return P.read_pack(self.file_bytes(), name=self._file_name())

    def _file_name(self) -> str:
        return self._path.name if self._path else self.suggested_file_name()

    def suggested_file_name(self) -> str:
        """The file name offered on a first save: made from the title."""
        return file_name_for(self.details_page.title())

    # -- the practitioner's view ---------------------------------------------------

    def show_practitioner_view(self, shown: bool = True) -> None:
        """Show the chosen prompt as the prompt panel will (or the form again)."""
        self.tabs.setCurrentWidget(self.prompts_page)
        self.prompts_page.show_preview(bool(shown))

    def _on_preview_toggled(self, shown: bool) -> None:
        self.preview_action.setChecked(shown)
        if shown:
            self.prompts_page.set_pack_names(self.details_page.title(), self.details_page.pack_id())
            self.prompts_page.update_preview()
            self.prompts_page.preview.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_field(self, field: str) -> None:
        """Show the form field a problem names, with the focus in it."""
        match = _PROMPT_FIELD.match(field)
        if match:
            row = int(match[1])
            if self.prompts_page.has_row(row):
                self.prompts_page.show_preview(False)
                self.prompts_page.choose(row)
                self.tabs.setCurrentWidget(self.prompts_page)
                index = int(match[3]) if match[3] else None
                widget = self.prompt_form.focus_field(match[2] or "title", index, match[4] or "")
                self.prompts_page.form_scroll.ensureWidgetVisible(widget)
            return
        if field == "prompts":  # no prompt at all
            self.tabs.setCurrentWidget(self.prompts_page)
            self.prompts_page.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        pack_field = _PACK_FIELD.match(field)
        if pack_field:
            self.tabs.setCurrentWidget(self.details_scroll)
            widget = self.details_page.focus_field(pack_field[1], int(pack_field[2]) if pack_field[2] else None)
            if widget is not None:
                self.details_scroll.ensureWidgetVisible(widget)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._discard_ok():
            event.ignore()
            return
        self._modified = False
        event.accept()
