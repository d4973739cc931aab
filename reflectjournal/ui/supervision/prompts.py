"""Prompts for preparing supervision, shown beside the preparation note.

The prompt packs live in ``reflectjournal.core.packs`` and, once imported,
in the journal (``journal.packs``). :func:`supervision_prompts` is the one
hook between the two: it keeps the prompts whose ``when`` includes
preparing for supervision. With no such prompts the panel says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .labels import plain_tooltip, tr

PROMPT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_PROMPTS = 200
MAX_QUESTIONS = 30
MAX_TEXT = 600


@dataclass(frozen=True)
class SupervisionPrompt:
    """What the panel needs from a pack prompt: plain text only."""

    id: str
    title: str
    questions: tuple[str, ...]
    pack_title: str = ""


PREPARING_FOR_SUPERVISION = "preparing_for_supervision"  # the key core.packs stores in "when"


def _is_supervision_preparation(when: str) -> bool:
    key = str(when).lower().replace("-", "_").replace(" ", "_")
    return key == PREPARING_FOR_SUPERVISION or ("supervision" in key and ("prep" in key or "before" in key))


def _plain(text: object, limit: int = MAX_TEXT) -> str:
    return " ".join(str(text or "").split())[:limit]


def prompts_from_packs(packs: Iterable[object]) -> list[SupervisionPrompt]:
    """Pick the supervision-preparation prompts out of packs, duck-typed so
    that small changes to the pack model do not break the panel. Prompts
    made for supervision (the supervision pack, then a first "when") come first."""
    found: list[tuple[int, SupervisionPrompt]] = []
    seen: set[str] = set()
    for pack in packs:
        if getattr(pack, "enabled", True) is False:
            continue
        pack_title = _plain(getattr(pack, "title", ""))
        # The pack made for supervision first, then prompts made mainly for it.
        pack_rank = 0 if "supervision" in _plain(getattr(pack, "id", ""), 200).lower() else 1
        for prompt in getattr(pack, "prompts", ()) or ():
            when = getattr(prompt, "when", ()) or ()
            if isinstance(when, str):
                when = (when,)
            ranks = [i for i, w in enumerate(when) if _is_supervision_preparation(w)]
            if not ranks:
                continue
            prompt_id = _plain(getattr(prompt, "id", ""), 200)
            if prompt_id and prompt_id in seen:
                continue
            seen.add(prompt_id)
            questions = tuple(_plain(q) for q in (getattr(prompt, "questions", ()) or ())[:MAX_QUESTIONS] if _plain(q))
            title = _plain(getattr(prompt, "title", "")) or tr("(untitled)")
            found.append((pack_rank * 100 + min(ranks), SupervisionPrompt(prompt_id, title, questions, pack_title)))
            if len(found) >= MAX_PROMPTS:
                break
    found.sort(key=lambda pair: pair[0])  # stable: pack order within a rank
    return [prompt for _, prompt in found]


def supervision_prompts(packs: Iterable[object] | None = None) -> list[SupervisionPrompt]:
    """The hook: prompts whose ``when`` includes preparing for supervision.

    ``packs`` are the packs in use (built-in and imported, from
    ``journal.packs.available()``); without them, the built-in packs.
    """
    try:
        if packs is None:
            from ...core.packs import builtin_packs

            packs = builtin_packs()
        return prompts_from_packs(packs)
    except Exception:  # a broken pack must never stop supervision preparation
        return []


class PromptPanel(QWidget):
    """Titles in a list; the chosen prompt's questions as plain text; Insert."""

    insert_requested = Signal(str)  # the questions, one per line

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(tr("Prompts for preparing supervision"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Prompts for preparing supervision"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.questions = QPlainTextEdit()
        self.questions.setReadOnly(True)
        self.questions.setAccessibleName(tr("Questions of the chosen prompt"))
        self.questions.setTabChangesFocus(True)
        self.insert_button = QPushButton(tr("Insert into q&uestions"))
        self.insert_button.setAccessibleDescription(tr("Insert the prompt's questions into “Questions to bring”"))
        self.placeholder = QLabel()
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.questions)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.insert_button)
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda *_: self._on_insert())
        self.insert_button.clicked.connect(self._on_insert)
        self.set_prompts([])

    def set_prompts(self, prompts: list[SupervisionPrompt]) -> None:
        self.list.clear()
        for prompt in prompts:
            item = QListWidgetItem(prompt.title)
            item.setData(PROMPT_ROLE, prompt)
            if prompt.pack_title:
                item.setToolTip(plain_tooltip(prompt.pack_title))
            self.list.addItem(item)
        if prompts:
            self.placeholder.hide()
            self.list.setCurrentRow(0)
        else:
            self.placeholder.setText(
                tr("Prompts for preparing supervision will be offered here once prompt packs are installed.")
            )
            self.placeholder.show()
        self.list.setVisible(bool(prompts))
        self.questions.setVisible(bool(prompts))
        self.insert_button.setVisible(bool(prompts))
        self._on_current_changed()

    def _current(self) -> SupervisionPrompt | None:
        item = self.list.currentItem()
        return item.data(PROMPT_ROLE) if item is not None else None

    def _on_current_changed(self, *_args) -> None:
        prompt = self._current()
        self.questions.setPlainText("\n".join(f"• {q}" for q in prompt.questions) if prompt else "")
        self.insert_button.setEnabled(prompt is not None and bool(prompt.questions))

    def _on_insert(self) -> None:
        prompt = self._current()
        if prompt is not None and prompt.questions:
            self.insert_requested.emit("\n".join(prompt.questions))
