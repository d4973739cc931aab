"""Attachments in the editor: add (menu, drop, paste), show in the preview
from the journal only, save a copy (after the warning), delete."""

from __future__ import annotations

import stat

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from reflectjournal.core.attachments import MAX_ATTACHMENT_BYTES
from tests import attachment_samples as s


def _write(tmp_path, name, data):
    path = tmp_path / "inputs" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _store(window):
    return window.session.journal_for_tests.attachments


def _shown_pixel(window, uid):
    """The colour of the picture the preview holds for ``attachment:uid`` (None if none)."""
    doc = window.editor.preview.document()
    image = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(f"attachment:{uid}"))
    if image is None or not isinstance(image, QImage) or image.isNull():
        return None
    return image.pixelColor(0, 0)


def _show_preview(qtbot, window):
    window.editor.set_preview_visible(True)
    window.editor.update_preview()
    window.editor.preview.viewport().repaint()


def test_attach_by_menu_shows_reference_list_and_picture(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Genogram")
    photo = _write(tmp_path, "genogram.jpg", s.jpeg(exif_block=s.exif()))
    prompter.path_answers.append(photo)
    window.attachments.attach_action.trigger()
    entry_id = window.editor.entry_id
    assert entry_id is not None  # the new entry was saved to attach to
    [kept] = _store(window).list(entry_id)
    assert kept.filename == "genogram.jpg" and kept.location_removed
    # The editor shows the reference; the list shows the attachment; the user is told about the location.
    assert f"![genogram.jpg](attachment:{kept.uid})" in window.editor.body_edit.toPlainText()
    button = window.attachments.button
    assert button.text() == "Attachments (1)" and [a.uid for a in button.items] == [kept.uid]
    assert button.isVisibleTo(window)
    assert "Location (GPS)" in window.attachments.note
    assert "Location (GPS)" in window.statusBar().currentMessage()
    assert not s.has_latitude(_store(window).read(kept.uid))
    # "Insert a reference" puts it at the cursor again.
    window.editor.body_edit.moveCursor(window.editor.body_edit.textCursor().MoveOperation.End)
    button.action_for(kept.uid, "insert").trigger()
    assert window.editor.body_edit.toPlainText().count(f"(attachment:{kept.uid})") == 2
    # The preview shows the picture, decoded from the journal.
    _show_preview(qtbot, window)
    qtbot.waitUntil(lambda: _shown_pixel(window, kept.uid) is not None, timeout=5000)
    colour = _shown_pixel(window, kept.uid)
    assert colour.alpha() == 255 and colour.blue() > 100  # the blue of the sample, not the blank pixel
    assert 'src="attachment:' in window.editor.preview.toHtml() or "attachment:" in window.editor.preview.toHtml()


def test_drop_and_paste_attach(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Letters")
    edit = window.editor.body_edit
    pdf = _write(tmp_path, "letter.pdf", s.pdf())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    assert edit.canInsertFromMimeData(mime)
    viewport = edit.viewport()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys))
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    entry_id = window.editor.entry_id
    [letter] = _store(window).list(entry_id)
    assert letter.media_type == "application/pdf"
    assert f"[letter.pdf](attachment:{letter.uid})" in edit.toPlainText()
    assert "![letter.pdf]" not in edit.toPlainText()
    # Paste a picture (a screenshot on the clipboard).
    picture = QImage(6, 4, QImage.Format.Format_RGB32)
    picture.fill(QColor("#20a040"))
    pasted = QMimeData()
    pasted.setImageData(picture)
    edit.insertFromMimeData(pasted)
    items = _store(window).list(entry_id)
    assert [a.media_type for a in items] == ["application/pdf", "image/png"]
    assert f"(attachment:{items[1].uid})" in edit.toPlainText()
    # A web address is never fetched: it is pasted as text.
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/x.png")])
    web.setText("https://example.org/x.png")
    assert not window.attachments.can_attach(web)
    edit.insertFromMimeData(web)
    assert len(_store(window).list(entry_id)) == 2
    assert prompter.calls == []


def test_refusals_are_explained_and_nothing_kept(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Refused")
    fake = _write(tmp_path, "photo.png", b"This is not a picture at all")
    bomb = _write(tmp_path, "bomb.png", s.bomb_png())
    big = _write(tmp_path, "big.pdf", b"%PDF-1.4\n" + b"0" * MAX_ATTACHMENT_BYTES)
    added = window.attachments.attach_files([fake, bomb, big])
    assert added == []
    assert _store(window).list(window.editor.entry_id) == []
    [(kind, title, text)] = prompter.calls
    assert kind == "warn" and title == "Not attached"
    assert "“photo.png” was not attached: only PNG, JPEG, WebP and GIF" in text
    assert "“bomb.png” was not attached: the picture has too many pixels" in text
    assert "“big.pdf” was not attached: it is larger than 25 MB" in text
    assert "attachment:" not in window.editor.body_edit.toPlainText()


def test_preview_answers_only_for_this_entrys_attachments(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("First")
    prompter.path_answers.append(_write(tmp_path, "first.png", s.png()))
    window.attachments.attach_action.trigger()
    first_id = window.editor.entry_id
    [first] = _store(window).list(first_id)
    window.new_entry()
    window.editor.title_edit.setText("Second")
    # The second entry names the first entry's attachment: the preview does not show it.
    window.editor.body_edit.setPlainText(f'![stolen](attachment:{first.uid}) <img src="attachment:{first.uid}">')
    assert window.save_now()
    _show_preview(qtbot, window)
    html = window.editor.preview.toHtml()
    assert f"attachment:{first.uid}" not in html
    assert "[stolen]" in window.editor.preview.toPlainText()
    assert window.attachments.images.image(first.uid, 300) is None
    shown = _shown_pixel(window, first.uid)  # asking the document asks the handler: a blank pixel
    assert shown is None or shown.alpha() == 0


def test_save_a_copy_warns_then_writes_a_private_file(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Certificate")
    document = s.pdf(s.CANARY)
    prompter.path_answers.append(_write(tmp_path, "cpd.pdf", document))
    window.attachments.attach_action.trigger()
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    # Declining the warning writes nothing and asks for no place.
    [item] = _store(window).list(window.editor.entry_id)
    save = window.attachments.button.action_for(item.uid, "save")
    prompter.confirm_answers.append(False)
    prompter.path_answers.append(target)
    save.trigger()
    assert not target.exists()
    assert prompter.kinds()[-1] == "confirm" and "NOT encrypted" in prompter.calls[-1][2]
    prompter.path_answers.clear()
    prompter.confirm_answers.append(True)
    prompter.path_answers.append(target)
    save.trigger()
    assert target.read_bytes() == document
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert prompter.kinds()[-2:] == ["confirm", "save_file"]
    # A PDF link in the preview offers the same copy.
    prompter.confirm_answers.append(False)
    window.editor.preview.anchorClicked.emit(QUrl(f"attachment:{item.uid}"))
    assert prompter.kinds()[-1] == "confirm" and prompter.opened_urls == []


def test_delete_removes_it_and_its_reference(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("To delete")
    prompter.path_answers.append(_write(tmp_path, "a.gif", s.gif()))
    window.attachments.attach_action.trigger()
    entry_id = window.editor.entry_id
    [item] = _store(window).list(entry_id)
    window.editor.body_edit.appendPlainText("\nMore words.")
    prompter.confirm_answers.append(False)
    window.attachments.button.action_for(item.uid, "delete").trigger()
    assert len(_store(window).list(entry_id)) == 1
    prompter.confirm_answers.append(True)
    window.attachments.button.action_for(item.uid, "delete").trigger()
    assert _store(window).list(entry_id) == []
    assert "attachment:" not in window.editor.body_edit.toPlainText()
    assert "More words." in window.editor.body_edit.toPlainText()
    assert window.attachments.button.items == [] and window.attachments.button.text() == "Attach"
    assert window.save_now()


def test_deleting_the_entry_forever_deletes_its_attachments(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Goes")
    prompter.path_answers.append(_write(tmp_path, "a.webp", s.webp()))
    window.attachments.attach_action.trigger()
    entry_id = window.editor.entry_id
    [item] = _store(window).list(entry_id)
    window.trash_action.trigger()
    window.trash_check.setChecked(True)
    window.open_entry(entry_id)
    button = window.attachments.button
    assert [a.uid for a in button.items] == [item.uid]  # listed while in the trash
    assert not button.action_for(item.uid, "delete").isEnabled()
    assert button.action_for(item.uid, "save").isEnabled()
    prompter.confirm_answers.append(True)
    window.delete_forever_action.trigger()
    conn = window.session.journal_for_tests.conn
    assert conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 0


def test_lock_clears_the_list_and_pictures(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.editor.title_edit.setText("Locked")
    prompter.path_answers.append(_write(tmp_path, "a.png", s.png()))
    window.attachments.attach_action.trigger()
    _show_preview(qtbot, window)
    window.session.lock("manual")
    assert window.attachments.button.items == []
    assert window.attachments.images._cache == {}
    assert not window.attachments.attach_action.isEnabled()


def test_the_preview_never_decodes_a_bomb_even_one_already_in_the_journal(qtbot):
    """A bomb that got in some other way (an older build, a hand-edited file)
    is refused by the decoder from its header: nothing is decoded."""
    import resource
    import time

    from reflectjournal.ui.attachment_images import decode_image

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    assert decode_image(s.bomb_png(), "image/png") is None
    assert time.perf_counter() - started < 1.0
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 100 * 1024  # the peak grew by less than 100 MB (the pixels are 900 MB)
    # And a picture within the cap decodes, scaled to the preview.
    from PySide6.QtCore import QSize

    image = decode_image(s.png(40, 30), "image/png", QSize(20, 20))
    assert image is not None and (image.width(), image.height()) == (20, 15)


def test_a_journal_over_the_size_warning_says_so_once(qtbot, open_window, prompter, tmp_path, monkeypatch):
    import reflectjournal.ui.attachments as ui_attachments

    monkeypatch.setattr(ui_attachments, "JOURNAL_WARNING_BYTES", len(s.pdf()) + 10)
    window = open_window
    window.editor.title_edit.setText("Big")
    first = _write(tmp_path, "one.pdf", s.pdf())
    window.attachments.attach_files([first])
    assert "Attachments now take" not in window.attachments.note  # still under the warning
    window.attachments.attach_files([_write(tmp_path, "two.pdf", s.pdf(b"second"))])
    assert "Attachments now take" in window.attachments.note and "backup" in window.attachments.note
    assert "Attachments now take" in window.statusBar().currentMessage()
    window.attachments.attach_files([_write(tmp_path, "three.pdf", s.pdf(b"third"))])
    assert "Attachments now take" not in window.attachments.note  # said once per session
