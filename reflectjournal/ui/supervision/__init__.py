"""Supervision in the desktop app: preparing, notes, actions, export.

The main window creates a :class:`SupervisionController` and places its
:class:`DiscussedInBar` under the entry editor; the rest lives here.
"""

from __future__ import annotations

from .controller import SupervisionController
from .discussed import DiscussedInBar

__all__ = ["DiscussedInBar", "SupervisionController"]
