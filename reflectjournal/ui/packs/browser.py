"""Find a prompt: search, browse by pack, see the chosen prompt in full.

:class:`PromptBrowser` is shared by the prompt panel beside the editor and
the "New entry from prompt" chooser. Pack text is shown as plain text;
guidance Markdown goes through ``render_markdown`` into a preview that
loads nothing and follows no link by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.packs import KIND_WHEN, Prompt, PromptPack, prompts_for_kind, search_prompts
from ..preview import SafeTextBrowser
from .labels import (
    bold_label,
    look_alike_pack_ids,
    one_line,
    pack_labels,
    plain_label,
    plain_tooltip,
    questions_text,
    sources_text,
    tr,
    when_text,
)

PROMPT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FitTextBrowser(SafeTextBrowser):
    """A safe preview as tall as its text, for use inside a scroll area."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args) -> None:
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, self.fontMetrics().height()))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()


class PromptDetails(QScrollArea):
    """One prompt in full: title, pack, model, when, questions, guidance, sources."""

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._prompt: Prompt | None = None

        self.title_label = bold_label(scale=1.15)
        self.meta_label = plain_label(selectable=True)
        self.questions_heading = bold_label(tr("Questions"))
        self.questions_label = plain_label(selectable=True)
        self.questions_heading.setBuddy(self.questions_label)  # read as "Questions", then the questions
        self.guidance_heading = bold_label(tr("Guidance"))
        self.guidance_view = FitTextBrowser()
        self.guidance_heading.setBuddy(self.guidance_view)
        self.guidance_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sources_heading = bold_label(tr("Sources"))
        self.sources_label = plain_label(selectable=True)
        self.sources_heading.setBuddy(self.sources_label)
        self.empty_label = plain_label(tr("Choose a prompt to see its questions."))
        # Read as a document: Tab (and a screen reader) goes through the title,
        # what it is, the questions, the guidance and the sources in turn (the
        # order they are made in); each label is read as the text it shows,
        # under its heading (a buddy).
        for label in (self.title_label, self.meta_label, self.questions_label, self.sources_label):
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (
            self.empty_label,
            self.title_label,
            self.meta_label,
            self.questions_heading,
            self.questions_label,
            self.guidance_heading,
            self.guidance_view,
            self.sources_heading,
            self.sources_label,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(inner)
        self.guidance_view.link_activated.connect(self.link_activated)
        self.show_prompt(None)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def show_prompt(self, prompt: Prompt | None, pack_title: str = "") -> None:
        self._prompt = prompt
        has = prompt is not None
        self.empty_label.setVisible(not has)
        for widget in (self.title_label, self.meta_label, self.questions_heading, self.questions_label):
            widget.setVisible(has)
        if prompt is None:
            for label in (self.title_label, self.meta_label, self.questions_label, self.sources_label):
                label.setText("")
            self.guidance_view.clear_all()
            for widget in (self.guidance_heading, self.guidance_view, self.sources_heading, self.sources_label):
                widget.setVisible(False)
            return
        self.title_label.setText(prompt.title)
        meta = []
        if pack_title:
            meta.append(tr("Pack: %1").replace("%1", pack_title))
        if prompt.model:
            meta.append(tr("Model: %1").replace("%1", prompt.model))
        if prompt.when:
            meta.append(tr("Useful: %1").replace("%1", when_text(prompt)))
        self.meta_label.setText("\n".join(meta))
        self.questions_label.setText(questions_text(prompt))
        has_guidance = bool(prompt.guidance.strip())
        self.guidance_heading.setVisible(has_guidance)
        self.guidance_view.setVisible(has_guidance)
        self.guidance_view.clear_all()
        if has_guidance:
            self.guidance_view.show_markdown(prompt.guidance)
        self.sources_label.setText(sources_text(prompt.sources))
        self.sources_heading.setVisible(bool(prompt.sources))
        self.sources_label.setVisible(bool(prompt.sources))
        self.verticalScrollBar().setValue(0)


class PromptBrowser(QWidget):
    """Search box, pack chooser, prompt list and the chosen prompt in full.

    Without a search, prompts that suit the entry's kind come first, under
    their own heading; with a search, the best matches come first.
    """

    current_prompt_changed = Signal(object)  # Prompt | None
    prompt_activated = Signal(object)  # Prompt: Enter or double-click
    link_activated = Signal(QUrl)

    def __init__(self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None):
        super().__init__(parent)
        self._packs: list[PromptPack] = []
        self._pack_titles: dict[str, str] = {}
        self._look_alike_packs: set[str] = set()
        self._prompts: dict[str, Prompt] = {}
        self._kind = ""
        self._kind_label = ""

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search prompts"))
        self.search_edit.setAccessibleName(tr("Search prompts"))
        self.search_edit.setClearButtonEnabled(True)
        self.pack_combo = QComboBox()
        self.pack_combo.setAccessibleName(tr("Show prompts from this pack"))
        self.pack_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_combo.setMinimumContentsLength(12)
        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(tr("Prompts"))
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.details = PromptDetails()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search_edit)
        top_layout.addWidget(self.pack_combo)
        top_layout.addWidget(self.prompt_list, 1)

        self.splitter = QSplitter(orientation)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 400])  # the list and the prompt share the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.search_edit, self.pack_combo)
        QWidget.setTabOrder(self.pack_combo, self.prompt_list)
        QWidget.setTabOrder(self.prompt_list, self.details.guidance_view)
        self.setFocusProxy(self.search_edit)

        self.search_edit.textChanged.connect(self._refill)
        self.pack_combo.currentIndexChanged.connect(self._refill)
        self.prompt_list.currentItemChanged.connect(self._on_prompt_list_current_changed)
        self.prompt_list.itemActivated.connect(self._on_prompt_list_item_activated)
        self.details.link_activated.connect(self.link_activated)
        self.search_edit.returnPressed.connect(self._focus_list)

    # -- state -----------------------------------------------------------

    def set_packs(self, packs: list[PromptPack]) -> None:
        """Offer prompts from these packs (keeping the pack chosen, if still there)."""
        self._packs = list(packs)
        # Packs whose titles look alike show their authors and id too, and
        # their prompts the pack's id.
        self._look_alike_packs = look_alike_pack_ids(self._packs)
        self._pack_titles = pack_labels(self._packs, self._look_alike_packs)
        current = self.pack_combo.currentData()
        self.pack_combo.blockSignals(True)
        try:
            self.pack_combo.clear()
            self.pack_combo.addItem(tr("All packs"), "")
            for pack in self._packs:
                label = self._pack_titles[pack.id]
                self.pack_combo.addItem(label, pack.id)
                self.pack_combo.setItemData(
                    self.pack_combo.count() - 1, plain_tooltip(label), Qt.ItemDataRole.ToolTipRole
                )
            self.pack_combo.setCurrentIndex(max(0, self.pack_combo.findData(current or "")))
        finally:
            self.pack_combo.blockSignals(False)
        self._refill()

    def set_kind(self, kind_key: str, kind_label: str = "") -> None:
        """The kind of the entry being written: its prompts come first."""
        if (kind_key, kind_label) == (self._kind, self._kind_label):
            return
        self._kind, self._kind_label = kind_key or "", kind_label or ""
        self._refill(keep=False)  # a new kind: start from its best prompt
        self.prompt_list.scrollToTop()

    @property
    def kind(self) -> str:
        return self._kind

    def current_prompt(self) -> Prompt | None:
        item = self.prompt_list.currentItem()
        if item is None:
            return None
        return self._prompts.get(item.data(PROMPT_ID_ROLE) or "")

    def listed_prompts(self) -> list[Prompt]:
        """The prompts in the list, in the order shown (headings left out)."""
        out = []
        for row in range(self.prompt_list.count()):
            full_id = self.prompt_list.item(row).data(PROMPT_ID_ROLE)
            if full_id:
                out.append(self._prompts[full_id])
        return out

    def select_prompt(self, full_id: str) -> bool:
        for row in range(self.prompt_list.count()):
            if self.prompt_list.item(row).data(PROMPT_ID_ROLE) == full_id:
                self.prompt_list.setCurrentRow(row)
                return True
        return False

    def clear_all(self) -> None:
        """Forget every pack and prompt (on lock: imported packs are journal data)."""
        self._packs = []
        self._pack_titles = {}
        self._look_alike_packs = set()
        self._kind = self._kind_label = ""
        self.search_edit.blockSignals(True)
        self.search_edit.setText("")  # setText also empties the undo history
        self.search_edit.blockSignals(False)
        self.pack_combo.blockSignals(True)
        self.pack_combo.clear()
        self.pack_combo.blockSignals(False)
        self._refill()

    # -- filling ---------------------------------------------------------

    def _heading_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable; keys skip it
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        # Drawn in the normal text colour, not greyed out like a disabled row.
        item.setForeground(self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
        return item

    def _prompt_item(self, prompt: Prompt) -> QListWidgetItem:
        text = one_line(prompt.title)
        if prompt.pack_id in self._look_alike_packs:
            text = tr("%1 (%2)").replace("%1", text).replace("%2", prompt.pack_id)
        item = QListWidgetItem(text)
        item.setData(PROMPT_ID_ROLE, prompt.full_id)
        pack_title = self._pack_titles.get(prompt.pack_id, "")
        tip = "\n".join(part for part in (prompt.title, pack_title, when_text(prompt)) if part)
        item.setToolTip(plain_tooltip(tip))
        return item

    def _refill(self, *_args, keep: bool = True) -> None:
        kept = self.current_prompt() if keep else None
        chosen_pack = self.pack_combo.currentData() or ""
        packs = [pack for pack in self._packs if pack.id == chosen_pack] if chosen_pack else self._packs
        text = self.search_edit.text().strip()
        self._prompts = {}
        self.prompt_list.blockSignals(True)
        try:
            self.prompt_list.clear()
            if text:
                sections = [("", search_prompts(packs, text))]
            else:
                ordered = prompts_for_kind(packs, self._kind)
                wanted = set(KIND_WHEN.get(self._kind, ()))
                suited = [p for p in ordered if wanted.intersection(p.when)]
                if suited and len(suited) < len(ordered):
                    rest = ordered[len(suited) :]
                    heading = (
                        tr("Suited to “%1”").replace("%1", one_line(self._kind_label, 60))
                        if self._kind_label
                        else tr("Suited to this entry")
                    )
                    sections = [(heading, suited), (tr("More prompts"), rest)]
                else:
                    sections = [("", ordered)]
            for heading, prompts in sections:
                if heading and prompts:
                    self.prompt_list.addItem(self._heading_item(heading))
                for prompt in prompts:
                    self._prompts.setdefault(prompt.full_id, prompt)
                    self.prompt_list.addItem(self._prompt_item(prompt))
            if not self._prompts:
                message = tr("No prompt matches your search.") if text else tr("No prompts to show.")
                self.prompt_list.addItem(self._heading_item(message))
        finally:
            self.prompt_list.blockSignals(False)
        if not (kept is not None and self.select_prompt(kept.full_id)):
            self._select_first()
        self._show_current()

    def _select_first(self) -> None:
        self.prompt_list.blockSignals(True)
        try:
            for row in range(self.prompt_list.count()):
                if self.prompt_list.item(row).data(PROMPT_ID_ROLE):
                    self.prompt_list.setCurrentRow(row)
                    return
            self.prompt_list.setCurrentRow(-1)
        finally:
            self.prompt_list.blockSignals(False)

    def _show_current(self) -> None:
        prompt = self.current_prompt()
        self.details.show_prompt(prompt, self._pack_titles.get(prompt.pack_id, "") if prompt else "")
        self.current_prompt_changed.emit(prompt)

    def _on_prompt_list_current_changed(self, *_args) -> None:
        self._show_current()

    def _on_prompt_list_item_activated(self, item: QListWidgetItem) -> None:
        prompt = self._prompts.get(item.data(PROMPT_ID_ROLE) or "")
        if prompt is not None:
            self.prompt_activated.emit(prompt)

    def _focus_list(self) -> None:
        self.prompt_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, 600)
