"""The preview before a prompt pack is imported: what the pack is, every
prompt with its questions and sources, who signed it, and what importing
would change. The import happens from the dialog, which then says so itself.

Everything shown comes from the pack file, which someone else wrote: labels
are plain text, the prompt list is built with plain-text inserts (no HTML
is parsed) in a view that loads nothing, and the description goes through
the safe Markdown preview.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.pack_signing import MISMATCH_MESSAGE
from ...core.pack_store import ImportPreview
from ..announce import show_and_announce
from ..keyboard import make_default
from ..preview import SafeTextBrowser
from ..prompter import Prompter
from ..screen_fit import scrolling
from .labels import (
    bold_label,
    dispose,
    one_line,
    pack_authors,
    pack_label,
    plain_label,
    short_date,
    tr,
    when_text,
)

MAX_DESCRIPTION_SHOWN = 4_000

# Runs the import: (older version confirmed, insist on a bad signature,
# install later updates from this publisher without asking) -> "" when it
# worked, else a sentence saying why not.
Importer = Callable[[bool, bool, bool], str]


def fill_prompt_list(view: SafeTextBrowser, preview: ImportPreview) -> None:
    """Every prompt: its title, when it is useful, its questions and its
    sources, inserted as plain text (nothing in the pack is parsed as HTML)."""
    document = view.document()
    document.clear()
    cursor = QTextCursor(document)
    plain, bold = QTextCharFormat(), QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    first = True
    for number, prompt in enumerate(preview.pack.prompts, start=1):
        if not first:
            cursor.insertBlock()
            cursor.insertBlock()
        first = False
        cursor.insertText(f"{number}. {one_line(prompt.title)}", bold)
        cursor.insertBlock()
        cursor.insertText(tr("When: %1").replace("%1", when_text(prompt)), plain)
        if prompt.model:
            cursor.insertBlock()
            cursor.insertText(tr("Model: %1").replace("%1", one_line(prompt.model)), plain)
        cursor.insertBlock()
        cursor.insertText(tr("Questions:"), bold)
        for q_number, question in enumerate(prompt.questions, start=1):
            cursor.insertBlock()
            cursor.insertText(f"  {q_number}) {one_line(question)}", plain)
        cursor.insertBlock()
        if prompt.sources:
            cursor.insertText(tr("Sources:"), bold)
            for source in prompt.sources:
                cursor.insertBlock()
                cursor.insertText(f"  • {one_line(source.citation())}", plain)
        else:
            cursor.insertText(tr("Sources: none given"), bold)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    document.clearUndoRedoStacks()


def signature_texts(preview: ImportPreview) -> tuple[str, str]:
    """The signature's status line and the sentence under it."""
    check = preview.signature
    publisher = one_line(check.publisher if check is not None else "", 200)
    fp = preview.fingerprint
    print_text = tr("fingerprint %1: %2").replace("%1", fp.code).replace("%2", fp.words) if fp else ""
    detail = one_line(check.message if check is not None else "", 600)
    if preview.trust == "key_changed":
        return tr("Signed with a different key: not imported"), one_line(preview.trust_message, 600)
    if preview.trust == "bad_signature":
        # The heading says "does not match"; the detail says only what it adds.
        detail = one_line(detail.replace(MISMATCH_MESSAGE, ""), 600)
        unless = tr("It is not imported unless you insist below; it is then marked unsigned.")
        heading = (
            tr("The signature cannot be checked")
            if check is not None and check.status == "unusable"
            else tr("Signature does not match: this pack was changed after it was signed")
        )
        return heading, f"{detail} {unless}" if detail else unless
    if preview.trust == "lost_signature":
        return tr("Unsigned, where a signature was expected"), tr(
            "%1 It is not imported unless you insist below."
        ).replace("%1", one_line(preview.trust_message, 600))
    if preview.trust == "trusted":
        return tr("Signed by %1 (%2)").replace("%1", publisher).replace("%2", print_text), tr(
            "You checked this publisher's fingerprint before: this pack is signed with the same key."
        )
    if preview.trust == "first":
        return tr("Signed by %1 (%2)").replace("%1", publisher).replace("%2", print_text), tr(
            "This is the first pack signed with this key. Before you import it, check that the fingerprint "
            "is the one %1 published (ask them, or look where they share their packs). Importing pins the "
            "key: later packs naming %1 must be signed with it."
        ).replace("%1", publisher)
    return tr("Unsigned"), tr("Nothing shows who made this pack. Import it only if you trust where it came from.")


class ImportPreviewDialog(QDialog):
    """What a pack is and what importing it would change.

    The same version: nothing to do (Close only). An older version: refused
    unless "replace the newer version" is ticked. A pack signed with a key
    other than the pinned one: refused (Close only). A bad signature: refused
    unless "import it anyway" is ticked. With an ``importer``, Import runs it
    and the dialog says whether it worked; without one, Import closes the
    dialog accepted and the caller imports.
    """

    def __init__(
        self,
        preview: ImportPreview,
        file_name: str = "",
        parent: QWidget | None = None,
        importer: Importer | None = None,
    ):
        super().__init__(parent)
        self.preview = preview
        self._importer = importer
        self.imported = False
        pack = preview.pack
        self.setWindowTitle(tr("Import prompt pack"))
        self.resize(640, 560)
        asked = tr("This prompt pack cannot be imported") if preview.refused else tr("Import this prompt pack?")
        self.heading = bold_label(asked, scale=1.2)
        self.title_label = bold_label(pack.title)
        self.file_label = plain_label(file_name)
        self.file_label.setVisible(bool(file_name))

        self.authors_label = plain_label(pack_authors(pack), selectable=True)
        self.id_label = plain_label(pack.id, selectable=True)
        self.organisation_label = plain_label(pack.organisation or tr("Not given"), selectable=True)
        self.version_label = plain_label(pack.version, selectable=True)
        self.licence_label = plain_label(pack.licence, selectable=True)
        self.updated_label = plain_label(short_date(pack.updated), selectable=True)
        count = len(pack.prompts)
        self.count_label = plain_label(tr("1 prompt") if count == 1 else tr("%n prompts", "", count))
        # The frameworks it carries (a practitioner's evidence can then be linked to their items).
        carried = "; ".join(f"{f.name} ({len(f.items)} items)" for f in pack.frameworks) or tr("None")
        self.frameworks_label = plain_label(carried, selectable=True)
        self.description_view = SafeTextBrowser()  # loads nothing, follows no link
        self.description_view.setAccessibleName(tr("Description"))
        self.description_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.description_view.show_markdown(pack.description[:MAX_DESCRIPTION_SHOWN])

        details = QWidget()
        form = QFormLayout(details)
        rows = (
            (tr("Authors:"), self.authors_label, tr("Authors")),
            (tr("Organisation:"), self.organisation_label, tr("Organisation")),
            (tr("Id:"), self.id_label, tr("Pack id")),
            (tr("Version:"), self.version_label, tr("Version")),
            (tr("Licence:"), self.licence_label, tr("Licence")),
            (tr("Updated:"), self.updated_label, tr("Updated")),
            (tr("Prompts:"), self.count_label, tr("Number of prompts")),
            (tr("Frameworks:"), self.frameworks_label, tr("Frameworks it carries")),
        )
        for text, label, name in rows:
            form.addRow(plain_label(text, wrap=False), label)
            label.setAccessibleDescription(name)
        form.addRow(plain_label(tr("Description:"), wrap=False), self.description_view)

        self.prompts_view = SafeTextBrowser()
        self.prompts_view.setAccessibleName(tr("Prompts, with their questions and sources"))
        fill_prompt_list(self.prompts_view, preview)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.prompts_view, tr("&Prompts (%1)").replace("%1", str(count)))
        self.tabs.addTab(scrolling(details, horizontal=False), tr("&About the pack"))

        status, detail = signature_texts(preview)
        self.signature_label = bold_label(status)
        self.signature_detail = plain_label(detail, selectable=True)

        # A pack already here (built in or imported) with a title like this
        # one's: name each with its authors and id, so a look-alike cannot
        # pass for the pack it imitates.
        self.look_alike_label = plain_label(self.look_alike_text(), selectable=True)
        self.look_alike_label.setVisible(bool(preview.look_alikes))

        self.change_label = bold_label(self.change_text())
        self.older_check = QCheckBox(
            tr("Replace the newer version %1 with this older version %2")
            .replace("%1", preview.installed_version or "")
            .replace("%2", pack.version)
        )
        self.older_check.setVisible(preview.needs_confirmation and not preview.refused)
        self.insist_check = QCheckBox(tr("I know where this pack came from: import it anyway, marked unsigned"))
        self.insist_check.setVisible(preview.needs_insisting and not preview.nothing_to_do)
        self.auto_update_check = QCheckBox(
            tr("Later updates signed by %1: install them from the team folder without asking").replace(
                "%1", one_line(preview.signature.publisher if preview.signature else "", 80)
            )
        )
        self.auto_update_check.setChecked(preview.pin is not None and preview.pin.auto_update)
        self.auto_update_check.setVisible(preview.trust in ("trusted", "first"))
        self.result_label = bold_label()
        self.result_label.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.import_button: QPushButton | None
        if preview.nothing_to_do or preview.refused:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.import_button = None
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.ActionRole)
            self.import_button.clicked.connect(self._on_import_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.older_check.toggled.connect(self._update_import_button)
        self.insist_check.toggled.connect(self._update_import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.title_label)
        layout.addWidget(self.file_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.signature_label)
        layout.addWidget(self.signature_detail)
        layout.addWidget(self.look_alike_label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.older_check)
        layout.addWidget(self.insist_check)
        layout.addWidget(self.auto_update_check)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self._update_import_button()

    @property
    def blocked(self) -> bool:
        """Whether Import waits for a box to be ticked."""
        p = self.preview
        return (p.needs_confirmation and not self.older_check.isChecked()) or (
            p.needs_insisting and not self.insist_check.isChecked()
        )

    def cancel_or_close(self) -> QPushButton | None:
        box = self.buttons
        return box.button(QDialogButtonBox.StandardButton.Cancel) or box.button(QDialogButtonBox.StandardButton.Close)

    def _update_import_button(self, *_args: object) -> None:
        # Enter imports; a refused or doubtful pack only once its box is ticked (until then Enter cancels).
        if self.import_button is None:
            make_default(self, self.cancel_or_close())
            return
        self.import_button.setEnabled(not self.blocked)
        make_default(self, self.import_button if not self.blocked else self.cancel_or_close())

    def look_alike_text(self) -> str:
        others = self.preview.look_alikes
        if not others:
            return ""
        lines = [
            tr("Careful: you already have a pack with a title like this one. Check the authors and id:"),
            tr("This file: %1").replace("%1", pack_label(self.preview.pack, distinguish=True)),
        ]
        for other in others:
            name = pack_label(other, distinguish=True)
            lines.append((tr("Built in: %1") if other.is_builtin else tr("Already imported: %1")).replace("%1", name))
        return "\n".join(lines)

    def change_text(self) -> str:
        preview = self.preview
        new, old = preview.pack.version, preview.installed_version or ""
        if preview.change == "new":
            return tr("New: this pack is not in your journal yet.")
        if preview.change == "update":
            return tr("Update: from version %1 to version %2.").replace("%1", old).replace("%2", new)
        if preview.change == "same":
            return tr("Version %1 is already in your journal: nothing to do.").replace("%1", new)
        return (
            tr(
                "Older: your journal has version %1; this file holds the older version %2. "
                "It is not imported unless you confirm below."
            )
            .replace("%1", old)
            .replace("%2", new)
        )

    @property
    def older_confirmed(self) -> bool:
        return self.preview.needs_confirmation and self.older_check.isChecked()

    @property
    def insisted(self) -> bool:
        return self.preview.needs_insisting and self.insist_check.isChecked()

    @property
    def auto_update(self) -> bool:
        return not self.auto_update_check.isHidden() and self.auto_update_check.isChecked()

    def _on_import_button_clicked(self) -> None:
        if self._importer is None:
            self.accept()
            return
        self.run_import()

    def run_import(self) -> bool:
        """Import through the importer and say the outcome in the dialog."""
        if self._importer is None or self.imported or self.blocked:
            return self.imported
        error = self._importer(self.older_confirmed, self.insisted, self.auto_update)
        if error:
            show_and_announce(self.result_label, error, assertive=True)
            self.result_label.setVisible(True)
            return False
        self.imported = True
        pack = self.preview.pack
        text = tr("Imported “%1”, version %2. Its prompts are ready in the prompt panel.")
        self.result_label.setVisible(True)
        for check in (self.older_check, self.insist_check, self.auto_update_check):
            check.setEnabled(False)
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button = None
        make_default(self, close)
        close.setFocus()
        show_and_announce(self.result_label, text.replace("%1", one_line(pack.title, 80)).replace("%2", pack.version))
        return True

    @classmethod
    def ask(
        cls, parent: QWidget | None, prompter: Prompter, preview: ImportPreview, file_name: str = ""
    ) -> tuple[bool, bool]:
        """Show the preview; (import it?, older version confirmed?). The caller imports."""
        dialog = cls(preview, file_name, parent)
        try:
            accepted = prompter.run_dialog(dialog)
            return bool(accepted) and not preview.nothing_to_do and not preview.refused, dialog.older_confirmed
        finally:
            dispose(dialog)

    @classmethod
    def offer(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        preview: ImportPreview,
        importer: Importer,
        file_name: str = "",
    ) -> bool:
        """Show the preview; Import imports and the dialog says so. True if imported.

        (A test's scripted answer "accept" stands for clicking Import.)"""
        dialog = cls(preview, file_name, parent, importer)
        try:
            accepted = prompter.run_dialog(dialog)
            if accepted and not dialog.imported and dialog.import_button is not None:
                dialog.run_import()
            return dialog.imported
        finally:
            dispose(dialog)
