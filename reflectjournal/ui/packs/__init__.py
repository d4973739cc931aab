"""Prompts and prompt packs in the desktop app: the prompt panel beside the
editor, "New entry from prompt…", import (menu, drop, command line), the
manage dialog, the pack editor and the prompt of the day.

The main window creates a :class:`PacksController` and wires its few hooks;
the rest lives here. Pack text is untrusted: it is shown as plain text, and
guidance Markdown only through ``render_markdown`` and the safe preview.
"""

from __future__ import annotations

from .controller import PacksController

__all__ = ["PacksController"]
