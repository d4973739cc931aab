"""Spell checking as you type, in British English, on this computer only.

Misspelt words in the entry's body and in "Keeping the child in mind" are
underlined; a right-click offers suggestions, "Add to dictionary" and
"Ignore". Words are checked by pyenchant (Hunspell's en_GB through the
system's Enchant library) or, when that is missing, by spylls (a pure-Python
Hunspell reading the same dictionary files); with neither, the editor works
unchecked and the status bar says so once. No text ever leaves the process.

The personal dictionary is kept inside the encrypted journal
(core/personal_words.py): the words added are often names of children and
families. Ignored words last until the journal locks. On lock, every word
the checker has seen (its cache, the personal and ignored words) is
forgotten.

Typing stays fast: QSyntaxHighlighter re-highlights only the block that
changed, each word's answer is cached, and the word being typed is not
underlined until the cursor leaves it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QWidget

from ..core import settings as S
from ..core.errors import JournalError
from ..core.hardening import release_freed_memory
from .highlighter import MarkdownHighlighter
from .runner import Runner

LANGUAGE = "en_GB"
MAX_SUGGESTIONS = 6
# A paragraph longer than this is left unchecked: keep typing fast.
MAX_BLOCK_CHARS = 20_000
# The cache holds every distinct word seen; start again past this many.
MAX_CACHED_WORDS = 200_000
UNDERLINE_COLOUR = QColor(230, 60, 50)  # a red that reads on light and dark bases

# Words: letters, with inner apostrophes (don't, children’s). Digits and
# underscores split words, and a word with a digit next to it is skipped.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Not prose: inline code, link targets, HTML tags, addresses.
_NOT_PROSE = re.compile(r"`[^`\n]*`|\]\([^)\n]*\)|<[^>\n]*>|\b[a-zA-Z][\w+.-]*:(?://)?\S+|\bwww\.\S+|\S+@\S+\.\S+")
_NOT_PROSE_HINT = re.compile(r"[`(<:@]|www\.")


class SpellBackend(Protocol):
    name: str

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str, limit: int) -> list[str]: ...


class EnchantBackend:
    """pyenchant with the system's Enchant library (Hunspell's dictionaries)."""

    name = "enchant"

    def __init__(self, language: str = LANGUAGE):
        import enchant  # ImportError when the C library is missing

        self._dict = enchant.Dict(language)  # DictNotFoundError without the dictionary

    def check(self, word: str) -> bool:
        return bool(self._dict.check(word))

    def suggest(self, word: str, limit: int) -> list[str]:
        return list(self._dict.suggest(word))[:limit]


def hunspell_dirs() -> list[Path]:
    """Where Hunspell dictionaries live: $DICPATH first, as Hunspell does."""
    dirs = [Path(p) for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    dirs += [Path(p) for p in ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")]
    dirs += [Path(p) for p in ("/usr/local/share/hunspell", "/app/share/hunspell")]
    return dirs


def find_hunspell_dictionary(language: str = LANGUAGE, dirs: Iterable[Path] | None = None) -> Path | None:
    """The path of ``<language>.aff``/``.dic`` without the suffix, or None."""
    for folder in hunspell_dirs() if dirs is None else dirs:
        stem = Path(folder) / language
        if stem.with_suffix(".aff").is_file() and stem.with_suffix(".dic").is_file():
            return stem
    return None


class SpyllsBackend:
    """spylls: Hunspell in pure Python, reading the same dictionary files.
    Slower to load (about a second) and to check; used without Enchant."""

    name = "spylls"

    def __init__(self, language: str = LANGUAGE, dirs: Iterable[Path] | None = None):
        from spylls.hunspell import Dictionary

        stem = find_hunspell_dictionary(language, dirs)
        if stem is None:
            raise LookupError(f"no Hunspell dictionary for {language}")
        self._dict = Dictionary.from_files(str(stem))

    def check(self, word: str) -> bool:
        return bool(self._dict.lookup(word))

    def suggest(self, word: str, limit: int) -> list[str]:
        return list(islice(self._dict.suggest(word), limit))


DEFAULT_LOADERS: tuple[Callable[[], SpellBackend], ...] = (EnchantBackend, SpyllsBackend)


def load_backend(loaders: Sequence[Callable[[], SpellBackend]] = DEFAULT_LOADERS) -> SpellBackend | None:
    """The first backend that loads, or None when no checker is available."""
    for loader in loaders:
        try:
            return loader()
        except Exception:  # noqa: S112 (a missing library or dictionary: try the next one)
            continue
    return None


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """The span of the word at (or just before) ``position`` in ``text``."""
    for match in WORD.finditer(text):
        if match.start() <= position <= match.end():
            return match.span()
        if match.start() > position:
            break
    return None


class SpellChecker(QObject):
    """Answers "is this word misspelt?" quickly, from a cache.

    The dictionary loads on the app's runner (``start_loading``); until then,
    and when spell checking is off or unavailable, no word is misspelt.
    """

    changed = Signal()  # the answers changed: re-highlight
    loaded = Signal(str)  # the backend's name, or "" when none could be loaded

    def __init__(
        self,
        loaders: Sequence[Callable[[], SpellBackend]] | None = None,
        parent: QObject | None = None,
        *,
        runner: Runner | None = None,
    ):
        super().__init__(parent)
        self._runner = runner
        self._loaders = tuple(DEFAULT_LOADERS if loaders is None else loaders)
        self._backend: SpellBackend | None = None
        self.state = "idle"  # "loading", "ready" or "unavailable"
        self._enabled = True
        self._cache: dict[str, bool] = {}
        self._personal: set[str] = set()
        self._ignored: set[str] = set()

    # -- loading -----------------------------------------------------------

    def start_loading(self) -> None:
        if self.state != "idle":
            return
        self.state = "loading"
        if self._runner is None:
            self.load_now()
            return
        loaders = self._loaders

        def load(_job):  # type: ignore[no-untyped-def]
            # The identifying check's word list (the same en_GB file, about
            # 0.1 s) loads here too, so no export preview reads it on the
            # window's thread.
            from .identifying.service import shared_word_check

            shared_word_check()
            return load_backend(loaders)

        self._runner.run(
            load,
            on_done=self._on_delivered,
            on_error=lambda _error: self._on_delivered(None),
            name="dictionary",
        )

    def _on_delivered(self, backend: SpellBackend | None) -> None:
        if self.state != "loading":
            return
        self._backend = backend
        self.state = "ready" if backend is not None else "unavailable"
        self._cache.clear()
        self.loaded.emit(backend.name if backend is not None else "")
        self.changed.emit()
        release_freed_memory()  # reading the word lists made and dropped several MB

    @property
    def backend_name(self) -> str:
        return self._backend.name if self._backend is not None else ""

    # -- state -------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit()

    @property
    def active(self) -> bool:
        return self._enabled and self._backend is not None

    # -- words -------------------------------------------------------------

    def is_misspelt(self, word: str) -> bool:
        if not self.active or len(word) < 2 or word.isupper():  # acronyms: CAMHS, MASH, LADO
            return False
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        plain = word.replace("’", "'")
        if plain in self._personal or plain in self._ignored or plain.lower() in self._personal:
            wrong = False
        else:
            try:
                wrong = not self._backend.check(plain)
            except Exception:  # a word the library cannot take: leave it alone
                wrong = False
        if len(self._cache) >= MAX_CACHED_WORDS:
            self._cache.clear()
        self._cache[word] = wrong
        return wrong

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        if not self.active:
            return []
        plain = word.replace("’", "'")
        try:
            found = self._backend.suggest(plain, limit)
        except Exception:
            return []
        if "’" in word:  # answer in the writer's own apostrophe
            found = [s.replace("'", "’") for s in found]
        return list(dict.fromkeys(found))[:limit]

    def set_personal_words(self, words: Iterable[str]) -> None:
        words = [w.replace("’", "'") for w in words]
        self._personal = set(words) | {w.lower() for w in words}
        self._cache.clear()
        self.changed.emit()

    def add_personal_word(self, word: str) -> None:
        plain = word.replace("’", "'")
        self._personal.update((plain, plain.lower()))
        self._cache.clear()
        self.changed.emit()

    def ignore_word(self, word: str) -> None:
        self._ignored.add(word.replace("’", "'"))
        self._cache.clear()
        self.changed.emit()

    def forget_journal_words(self) -> None:
        """On lock: every word seen, added or ignored came from the journal."""
        self._cache.clear()
        self._personal.clear()
        self._ignored.clear()


# -- highlighting ----------------------------------------------------------------


def _underline(highlighter: QSyntaxHighlighter, start: int, end: int) -> None:
    # Per character, to keep whatever format the Markdown pass gave it.
    for i in range(start, end):
        fmt = QTextCharFormat(highlighter.format(i))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(UNDERLINE_COLOUR)
        highlighter.setFormat(i, 1, fmt)


class _SpellPass:
    """The spell pass shared by both highlighters, run after any other format."""

    checker: SpellChecker
    # (block number, position in block) of the cursor: the word there is
    # being typed, so it is not underlined yet.
    cursor_hint: tuple[int, int] | None = None

    def spell_block(self: QSyntaxHighlighter, text: str) -> None:
        if not self.checker.active or not text or len(text) > MAX_BLOCK_CHARS:
            return
        skip = -1
        hint = self.cursor_hint
        if hint is not None and hint[0] == self.currentBlock().blockNumber():
            skip = hint[1]
        not_prose = [m.span() for m in _NOT_PROSE.finditer(text)] if _NOT_PROSE_HINT.search(text) else []
        is_misspelt = self.checker.is_misspelt
        for match in WORD.finditer(text):
            start, end = match.span()
            if start <= skip <= end or (not_prose and any(a <= start < b for a, b in not_prose)):
                continue
            if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
                continue
            if is_misspelt(match.group()):
                _underline(self, start, end)


class MarkdownSpellHighlighter(MarkdownHighlighter, _SpellPass):
    """The body's Markdown formats, then spelling underlines over them."""

    def __init__(self, document: QTextDocument, checker: SpellChecker):
        super().__init__(document)
        self.checker = checker
        self.cursor_hint = None

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().highlightBlock(text)
        self.spell_block(text)


class SpellHighlighter(QSyntaxHighlighter, _SpellPass):
    """Spelling underlines only, for plain-text fields."""

    def __init__(self, document: QTextDocument, checker: SpellChecker):
        super().__init__(document)
        self.checker = checker
        self.cursor_hint = None

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        self.spell_block(text)


def misspelt_spans(document: QTextDocument) -> list[tuple[int, int, str]]:
    """(block number, position in block, word) of every underlined word (for tests)."""
    spans = []
    block = document.firstBlock()
    while block.isValid():
        for rng in block.layout().formats():
            if rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                spans.append((block.blockNumber(), rng.start, rng.length))
        block = block.next()
    merged: list[tuple[int, int, str]] = []
    for number, start, length in spans:
        text = document.findBlockByNumber(number).text()
        if merged and merged[-1][0] == number and merged[-1][1] + len(merged[-1][2]) == start:
            previous = merged.pop()
            merged.append((number, previous[1], text[previous[1] : start + length]))
        else:
            merged.append((number, start, text[start : start + length]))
    return merged


# -- the editor's side -------------------------------------------------------------


def _quietly(edit: QPlainTextEdit, rehighlight: Callable[[], None]) -> None:
    """Re-highlight without the edit's textChanged: QSyntaxHighlighter's
    rehighlight emits it, and the editor would take it for typing (autosave)."""
    was_blocked = edit.blockSignals(True)
    try:
        rehighlight()
    finally:
        edit.blockSignals(was_blocked)
    edit.viewport().update()


LOAD_AFTER_UNLOCK_MS = 250


class SpellingController(QObject):
    """Puts spell checking on the entry editor's body and child-in-mind
    fields: highlighters, the right-click menu, the personal dictionary."""

    def __init__(self, session, prefs, editor, window: QWidget, checker: SpellChecker | None = None):
        super().__init__(window)
        self._session = session
        self._prefs = prefs
        self._window = window
        self.checker = checker or SpellChecker(parent=self, runner=session.runner)
        self.unavailable_note = QLabel()
        self.unavailable_note.setTextFormat(Qt.TextFormat.PlainText)
        self.unavailable_note.hide()
        # The body keeps its Markdown formats: one highlighter per document.
        editor.highlighter.setDocument(None)
        editor.highlighter.deleteLater()
        editor.highlighter = MarkdownSpellHighlighter(editor.body_edit.document(), self.checker)
        self.highlighters: dict[QPlainTextEdit, _SpellPass] = {
            editor.body_edit: editor.highlighter,
            editor.child_edit: SpellHighlighter(editor.child_edit.document(), self.checker),
        }
        for edit in self.highlighters:
            edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            edit.customContextMenuRequested.connect(partial(self._on_edit_context_menu_requested, edit))
            edit.cursorPositionChanged.connect(partial(self._on_edit_cursor_position_changed, edit))
        self.checker.changed.connect(self.rehighlight)
        self.checker.loaded.connect(self._on_checker_loaded)
        session.unlocked.connect(self._on_session_unlocked)
        session.register_lock_step("clear", self.checker.forget_journal_words)

    def apply_preferences(self) -> None:
        self.checker.set_enabled(bool(self._prefs.get(S.SPELL_CHECK)))
        if self.checker.enabled and self._session.is_unlocked:
            self.checker.start_loading()

    def rehighlight(self) -> None:
        for edit, highlighter in self.highlighters.items():
            _quietly(edit, highlighter.rehighlight)

    # -- session -------------------------------------------------------------

    def _on_session_unlocked(self) -> None:
        try:
            words = self._session.personal_words.words()
        except Exception:  # a damaged page must not stop the unlock; the daily backup reports damage
            words = []
        self.checker.set_personal_words(words)
        if self.checker.enabled and self.checker.state == "idle":
            # The first time only: Enchant's dictionary (about 0.05 s) and the
            # identifying check's word list (about 0.1 s) load on a worker. Not
            # at once: begun while the first screen is still being laid out and
            # painted, the load competes with it for the interpreter (issue 19).
            QTimer.singleShot(LOAD_AFTER_UNLOCK_MS, self._load_after_unlock)

    def _load_after_unlock(self) -> None:
        if self.checker.enabled and self._session.is_unlocked:
            self.checker.start_loading()

    def _on_checker_loaded(self, name: str) -> None:
        if not name:  # a quiet note that stays, rather than a message the next one replaces
            self.unavailable_note.setText(self.tr("No spell checking"))
            self.unavailable_note.setToolTip(
                self.tr("Spell checking is not available: no British English dictionary was found on this computer.")
            )
            self._window.statusBar().addPermanentWidget(self.unavailable_note)
            self.unavailable_note.show()

    # -- typing ----------------------------------------------------------------

    def _on_edit_cursor_position_changed(self, edit: QPlainTextEdit) -> None:
        """The word under the cursor is skipped while it is typed; once the
        cursor leaves it, check that block again."""
        highlighter = self.highlighters[edit]
        cursor = edit.textCursor()
        # Only where the writer is typing: text loaded into the editor is checked whole.
        new = (cursor.blockNumber(), cursor.positionInBlock()) if edit.hasFocus() else None
        old, highlighter.cursor_hint = highlighter.cursor_hint, new
        if old is None or old == new or not self.checker.active:
            return
        block = edit.document().findBlockByNumber(old[0])
        if not block.isValid():
            return
        if new is None or old[0] != new[0]:
            _quietly(edit, partial(highlighter.rehighlightBlock, block))
            return
        span = word_at(block.text(), old[1])
        if span is not None and not span[0] <= new[1] <= span[1]:
            _quietly(edit, partial(highlighter.rehighlightBlock, block))

    # -- the right-click menu ----------------------------------------------------

    def _on_edit_context_menu_requested(self, edit: QPlainTextEdit, pos: QPoint) -> None:
        menu = self.context_menu(edit, pos)
        if self._session.is_unlocked:  # "Add to People" for a selected name (ui/identifying)
            from .identifying.people import add_to_people_action

            add_to_people_action(menu, edit, self._session.identifying)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(edit.viewport().mapToGlobal(pos))  # not exec(): the lock can close it

    def context_menu(self, edit: QPlainTextEdit, pos: QPoint) -> QMenu:
        """The editor's own menu, with suggestions for a misspelt word at
        ``pos`` (viewport coordinates) on top."""
        menu = edit.createStandardContextMenu(pos)
        cursor = edit.cursorForPosition(pos)
        block = cursor.block()
        span = word_at(block.text(), cursor.positionInBlock())
        if span is None or not self.checker.active:
            return menu
        word = block.text()[span[0] : span[1]]
        if not self.checker.is_misspelt(word):
            return menu
        start, end = block.position() + span[0], block.position() + span[1]
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggestions(word)
        bold = QFont(menu.font())
        bold.setBold(True)
        for suggestion in suggestions:
            action = QAction(suggestion.replace("&", "&&"), menu)
            action.setFont(bold)
            action.triggered.connect(partial(self.replace_word, edit, start, end, word, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        menu.insertSeparator(first)
        add = QAction(self.tr("&Add to dictionary"), menu)
        add.setObjectName("spellAdd")
        add.triggered.connect(partial(self.add_to_dictionary, word))
        ignore = QAction(self.tr("I&gnore"), menu)
        ignore.setObjectName("spellIgnore")
        ignore.setToolTip(self.tr("Do not mark this word again until the journal is locked"))
        ignore.triggered.connect(partial(self.checker.ignore_word, word))
        menu.insertAction(first, add)
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        return menu

    def replace_word(self, edit: QPlainTextEdit, start: int, end: int, word: str, replacement: str) -> None:
        """One undo step; nothing if the word has changed since the menu opened."""
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:
            cursor.insertText(replacement)

    def add_to_dictionary(self, word: str) -> None:
        """Into the journal's personal dictionary (encrypted with it)."""
        if not self._session.is_unlocked:
            return
        try:
            self._session.personal_words.add(word.replace("’", "'"), origin=self)
        except JournalError:
            self._window.statusBar().showMessage(
                self.tr("The word could not be added to the dictionary: the journal could not be written."), 8000
            )
            return
        self.checker.add_personal_word(word)
