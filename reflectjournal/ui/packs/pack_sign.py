"""File → Sign… in the pack editor: sign the saved pack with the
organisation's key (core.pack_signing), and keep a loaded pack's signature
on a re-save only when nothing in it changed.

A mixin of :class:`~.pack_editor.PackEditorWindow`, like the file actions.
The key is made once with ``reflectjournal pack keygen``; its passphrase is
asked here each time and never kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import packs as P
from ...core.errors import PackInvalid, SigningKeyError, WrongKeyPassphrase
from ...core.packs import PromptPack
from ..announce import announce
from ..passphrase_fields import PassphraseEdit
from ..prompter import Prompter
from .labels import plain_label, tr


class SignPackDialog(QDialog):
    """The signing key's file and its passphrase."""

    def __init__(self, prompter: Prompter, pack_name: str, key: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Sign the prompt pack"))
        self._prompter = prompter
        self.key_path: Path | None = key
        intro = plain_label(
            tr(
                "Signing “%1” lets practitioners check that it comes from your organisation and has not been "
                "changed since. Use the key made with “reflectjournal pack keygen”."
            ).replace("%1", pack_name)
        )
        intro.setWordWrap(True)
        self.key_label = plain_label(str(key) if key else tr("No key chosen"))
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(tr("C&hoose key…"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(tr("The key's passphrase"))
        key_title = QLabel(tr("Signing key:"))
        key_title.setBuddy(self.choose_button)
        self.choose_button.setAccessibleName(tr("Choose key…"))
        self.choose_button.setAccessibleDescription(tr("Signing key"))
        passphrase_label = QLabel(tr("The key's &passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        self.error_label = plain_label("")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setDefault(True)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(key_title, key_row)
        form.addRow(passphrase_label, self.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(self._choose)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        if key:
            self.passphrase_edit.setFocus()
        else:
            self.choose_button.setFocus()

    def _choose(self) -> None:
        start = self.key_path.parent if self.key_path else Path.home()
        chosen = self._prompter.open_file(
            self, tr("Choose your signing key"), start, tr("Signing keys (*.rjkey);;All files (*)")
        )
        if chosen is not None:
            self.key_path = Path(chosen)
            self.key_label.setText(str(self.key_path))
            self.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        # Grow to show the message whole (never past the screen: the app's screen filter keeps it there).
        self.resize(self.size().expandedTo(self.sizeHint()))
        announce(self.error_label, text)

    def _accept_if_ready(self) -> None:
        if self.key_path is None:
            self.show_error(tr("Choose the signing key first."))
        elif not self.passphrase_edit.text():
            self.show_error(tr("Type the key's passphrase."))
            self.passphrase_edit.setFocus()
        else:
            self.accept()


class PackSigningActions:
    """Sign… for the pack editor window (which holds the prompter, ``_path``,
    ``_saved_pack``, ``_modified``, the problems panel and ``save()``)."""

    _signing_key: Path | None = None  # the key used last, offered again (never its passphrase)

    def keep_signature(self, edited: PromptPack) -> PromptPack:
        """``edited`` keeps the loaded pack's signature only if its content is
        the same; otherwise it is saved unsigned (and must be signed again)."""
        saved = self._saved_pack
        if saved is None or saved.signature is None:
            return edited
        from ...core.pack_signing import carry_signature

        return carry_signature(saved, edited)

    def sign(self) -> bool:
        """Save if needed, then sign the saved file in place."""
        if (self._modified or self._path is None) and not self.save():
            return False
        path = self._path
        assert path is not None and self._saved_pack is not None
        dialog = SignPackDialog(self.prompter, self._saved_pack.title, self._signing_key, self)
        while True:
            if not self.prompter.run_dialog(dialog):
                return False
            assert dialog.key_path is not None
            from ...core.pack_signing import sign_pack

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key's passphrase takes ~0.3 s
            try:
                check = sign_pack(path, dialog.key_path, dialog.passphrase_edit.text())
            except WrongKeyPassphrase:
                dialog.show_error(tr("That passphrase does not open this key. Check it and try again."))
                continue
            except SigningKeyError as error:
                dialog.show_error(str(error))
                continue
            except PackInvalid:
                self.prompter.warn(self, tr("The pack was not signed"), tr("The saved file is not a valid pack."))
                return False
            except OSError as error:
                self.prompter.warn(self, tr("The pack was not signed"), error.strerror or str(error))
                return False
            finally:
                QApplication.restoreOverrideCursor()
                dialog.passphrase_edit.clear()
            break
        self._signing_key = dialog.key_path
        self._saved_pack = P.read_pack_file(path)
        code = check.fingerprint.code if check.fingerprint else ""
        said = (
            tr("Signed by %1 (fingerprint %2). Share this file; signing again is needed after any change.")
            .replace("%1", check.publisher)
            .replace("%2", code)
        )
        self._update_file_label()
        self.problems_panel.show_saved(said)
        announce(self.problems_panel.status_label, said)
        return True
