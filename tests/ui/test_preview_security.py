"""Hostile Markdown loads nothing and opens nothing."""

from __future__ import annotations

import base64

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reflectjournal.core.rendering import FLATTENED_NOTE, MAX_NESTING, render_markdown
from reflectjournal.ui.preview import SafeTextBrowser
from tests.ui.conftest import PNG, assert_server_would_have_seen


def hostile_markdown(port: int, secret_file) -> str:
    data_png = "data:image/png;base64," + base64.b64encode(PNG).decode()
    return "\n\n".join(
        [
            f"![remote](http://127.0.0.1:{port}/md-image.png)",
            f'<img src="http://127.0.0.1:{port}/raw-image.png">',
            f'<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">',
            f'<div style="background: url(http://127.0.0.1:{port}/bg.png)">styled</div>',
            f"![local](file://{secret_file})",
            f"![path]({secret_file})",
            f"![data]({data_png})",
            "[run](javascript:alert(1))",
            f"[local file](file://{secret_file})",
            "<script>alert(1)</script><a href='javascript:alert(2)' onclick='x()'>click</a>",
            "[safe](https://example.org/a?b=1)",
        ]
    )


def test_render_markdown_strips_everything_dangerous(tmp_path):
    html = render_markdown(hostile_markdown(8, tmp_path / "secret.png"))
    lowered = html.lower()
    for bad in ("<img", "<script", "javascript:", "file:", "data:", "onclick", "<link", "style=", "127.0.0.1"):
        assert bad not in lowered, bad
    assert 'href="https://example.org/a?b=1"' in html


def test_render_markdown_caps_nesting_and_length():
    deep = "> " * (MAX_NESTING + 5) + "deep"
    html = render_markdown(deep)
    assert "deep" in html and FLATTENED_NOTE in html  # flattened past the depth, the words kept
    assert html.count("<blockquote>") <= MAX_NESTING
    assert render_markdown("<div>" * 500 + "x").count("<div") == 0


def test_preview_loads_nothing_from_network_file_or_data(qtbot, open_window, http_server, tmp_path):
    port = http_server.server_address[1]
    secret = tmp_path / "secret.png"
    red = QImage(4, 4, QImage.Format.Format_ARGB32)
    red.fill(QColor("red"))
    assert red.save(str(secret))
    window = open_window
    window.editor.body_edit.setPlainText(hostile_markdown(port, secret))
    window.editor.update_preview()
    # Even with the sanitiser bypassed, the view itself fetches nothing.
    preview = window.editor.preview
    raw_html = (
        f'<img src="http://127.0.0.1:{port}/bypass.png"><img src="file://{secret}"><img src="{secret}">'
        f'<img src="data:image/png;base64,{base64.b64encode(PNG).decode()}">'
        f'<link rel="stylesheet" href="http://127.0.0.1:{port}/bypass.css">'
    )
    preview.setHtml(raw_html)
    preview.show()
    preview.viewport().repaint()
    doc = preview.document()

    # Qt did ask for the http image (so a fetch could have happened) and got nothing.
    def asked_for(name: str) -> bool:
        return any(name in asked for asked in preview.blocked_resources + doc.blocked_resources)

    qtbot.waitUntil(lambda: asked_for(f"127.0.0.1:{port}/bypass.png"), timeout=5000)
    assert http_server.requests == []
    assert_server_would_have_seen(http_server)
    # Qt asked for the local and data images; the answer was nothing.
    assert any("secret.png" in name for name in preview.blocked_resources + doc.blocked_resources)
    # Whatever the document holds for those names, it is not the file's red pixels.
    for url in (f"file://{secret}", str(secret), "data:image/png;base64," + base64.b64encode(PNG).decode()):
        image = doc.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert image is None or image.pixelColor(0, 0).alpha() == 0


def test_links_open_nothing_by_themselves(qtbot, open_window, prompter, tmp_path):
    window = open_window
    preview = window.editor.preview
    window.editor.body_edit.setPlainText("[x](https://example.org)")
    window.editor.update_preview()
    before = preview.toHtml()
    for url in (
        "javascript:alert(1)",
        f"file://{tmp_path}/secret.txt",
        "http://example.org/plain",
        "data:text/html,hi",
    ):
        preview.anchorClicked.emit(QUrl(url))
        preview.setSource(QUrl(url))
    assert prompter.calls == []
    assert prompter.opened_urls == []
    assert preview.toHtml() == before
    assert not preview.openLinks() and not preview.openExternalLinks()
    # The positive control: an https link does reach the prompter, which records it.
    prompter.confirm_answers.append(False)
    preview.anchorClicked.emit(QUrl("https://example.org/control"))
    assert [call[0] for call in prompter.calls] == ["confirm"]
    assert prompter.opened_urls == []


def test_https_link_opens_only_after_confirmation_showing_full_address(open_window, prompter):
    preview = open_window.editor.preview
    url = "https://example.org/path?case=123&x=%20y"
    prompter.confirm_answers.append(False)
    preview.anchorClicked.emit(QUrl(url))
    assert prompter.opened_urls == []
    assert prompter.calls[-1][0] == "confirm"
    assert "https://example.org/path?case=123&x=%20y" in prompter.calls[-1][2]
    prompter.confirm_answers.append(True)
    preview.anchorClicked.emit(QUrl(url))
    assert prompter.opened_urls == [url]


def test_safe_browser_alone(qtbot, http_server):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    port = http_server.server_address[1]
    browser.setHtml(f'<img src="http://127.0.0.1:{port}/alone.png"><p>text</p>')
    browser.show()
    browser.viewport().repaint()
    # Qt asked for the image (the fetch could have happened) and the browser refused.
    asked = lambda: browser.blocked_resources + browser.document().blocked_resources  # noqa: E731
    qtbot.waitUntil(lambda: any(f"127.0.0.1:{port}/alone.png" in n for n in asked()), timeout=5000)
    assert http_server.requests == []
    assert_server_would_have_seen(http_server)
    assert browser.toPlainText().strip().endswith("text")
