"""A Qt message handler that never prints what Qt's messages say.

Qt's warnings quote strings they were given: a search typed as a pattern
(``QRegularExpression ... (pattern is '...')``), a method or property name,
a file path, a font or colour name. Any of these can be journal text. The
default handler writes them to stderr, where a terminal, a desktop session's
journal (systemd-journald collects stderr of desktop apps) or a bug report
would keep them.

Installed by :func:`reflectjournal.app.run_app` before the QApplication
exists. Debug and info messages are dropped; for warnings and worse only a
fixed line with the level and Qt's logging category (a name fixed in Qt's
source, such as ``qt.qpa.xcb``) is written, never the message text.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical error",
    QtMsgType.QtFatalMsg: "fatal error",
}
_SAFE_CATEGORY = re.compile(r"[A-Za-z0-9_.-]{1,60}")


def redacted_line(mode: QtMsgType, category: str | None) -> str | None:
    """The line written for a Qt message, or None when it is dropped."""
    level = _LEVELS.get(mode)
    if level is None:  # debug and info: dropped
        return None
    name = category or "default"
    if not _SAFE_CATEGORY.fullmatch(name):
        name = "unnamed"
    return f"reflectjournal: Qt {level} ({name}); the details are withheld because they may quote journal text\n"


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    try:
        line = redacted_line(mode, getattr(context, "category", None))
        if line is not None:
            os.write(2, line.encode("ascii", "replace"))
    except Exception:  # noqa: S110 (a logging hook must never raise into Qt, nor log)
        pass


def install() -> None:
    """Replace Qt's default handler for the rest of the process."""
    qInstallMessageHandler(qt_message_handler)
