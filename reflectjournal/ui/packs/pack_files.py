"""The pack editor's file actions: new, open, save and save as.

A mixin of :class:`~.pack_editor.PackEditorWindow`, kept apart so the window
reads as its parts and their wiring. A save is refused while the pack has
problems; the version goes up by itself when a saved pack changed
(core.pack_authoring.prepare_for_save); the first save offers a file name
made from the title.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ...core import fsutil
from ...core import packs as P
from ...core.errors import PackInvalid
from ...core.pack_authoring import prepare_for_save
from ...core.packs import FILE_SUFFIX
from ..announce import announce
from .importing import PackProblemsDialog
from .labels import tr
from .prompt_form import new_prompt_draft


class PackFileActions:
    """New, open, save and save as, for the pack editor window (which holds
    the prompter, the parts, ``_path``, ``_saved_pack`` and ``_modified``)."""

    def _discard_ok(self) -> bool:
        self.prompts_page.commit()
        if not self._modified:
            return True
        return self.prompter.confirm(
            self,
            tr("Discard the changes to this pack?"),
            tr("The pack has changes that are not saved. Discard them?"),
        )

    def new_pack(self) -> None:
        """An empty pack with one empty prompt: every field shows its hint."""
        if not self._discard_ok():
            return
        self._loading = True
        try:
            self.details_page.load_new()
            self.frameworks_box.set_frameworks(())
            self.prompts_page.load([new_prompt_draft("prompt-1")])
        finally:
            self._loading = False
        self._saved_pack = None
        self._loaded(None)
        self.details_page.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_pack(self, path: Path | None = None) -> bool:
        if not self._discard_ok():
            return False
        if path is None:
            start = self._path.parent if self._path else Path.home()
            path = self.prompter.open_file(
                self, tr("Open a prompt pack"), start, tr("Prompt packs (*.rjpack);;All files (*)")
            )
            if path is None:
                return False
        try:
            pack = P.read_pack_file(path)
        except PackInvalid as error:
            PackProblemsDialog.show_problems(
                self, self.prompter, tr("This file cannot be opened as a prompt pack."), path.name, error.problems
            )
            return False
        except OSError as error:
            self.prompter.warn(self, tr("The file could not be opened"), error.strerror or str(error))
            return False
        self.load_pack(pack, Path(path))
        return True

    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._save_to(self._path)

    def save_as(self) -> bool:
        if self.validate():
            self._show_problems_first()
            return False
        stem = self._path.name if self._path else self.suggested_file_name()
        start = (self._path.parent if self._path else Path.home()) / stem
        chosen = self.prompter.save_file(self, tr("Save the prompt pack"), start, tr("Prompt packs (*.rjpack)"))
        if chosen is None:
            return False
        if chosen.suffix != FILE_SUFFIX:
            chosen = chosen.with_name(chosen.name + FILE_SUFFIX)
        return self._save_to(chosen)

    def _save_to(self, path: Path) -> bool:
        if self.validate():
            self._show_problems_first()
            return False
        try:
            # The version goes up by itself if the saved pack changed (core.pack_authoring).
            pack = prepare_for_save(self._saved_pack, self.build_pack(), self._today())
            was_signed = self._saved_pack is not None and self._saved_pack.signature is not None
            pack = self.keep_signature(pack)  # kept only if nothing changed
            data = P.write_pack(pack)  # canonical, checked again by the reader
            fsutil.write_private_bytes(path, data)  # 0600, atomically
        except PackInvalid as error:
            self.problems = list(error.problems)
            self._show_problems_first()
            return False
        except OSError as error:
            self.prompter.warn(self, tr("The pack could not be saved"), error.strerror or str(error))
            return False
        self._path = Path(path)
        self._saved_pack = pack
        self.details_page.set_saved(pack.version, pack.updated)
        self.prompts_page.freeze_ids()  # ids are now the pack's own: entries will record them
        self._modified = False
        self._update_file_label()
        self.validate()
        saved = tr("Saved as “%1”, version %2.").replace("%1", self._path.name).replace("%2", pack.version)
        if was_signed and pack.signature is None:
            saved += " " + tr("The changes removed its signature: sign it again (File → Sign…) before sharing it.")
        self.problems_panel.show_saved(saved + " " + self.problems_panel.status_label.text())
        announce(self.problems_panel.status_label, saved)
        return True

    def _show_problems_first(self) -> None:
        self.prompter.warn(
            self,
            tr("The pack has problems"),
            tr("Fix the problems listed at the bottom of the window, then save again."),
        )
        self.problems_panel.focus_first()
