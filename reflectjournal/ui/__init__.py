"""The Qt layer over the core. Widgets never hold a database handle: they go
through :class:`reflectjournal.ui.session.JournalSession`."""

from ._pyside_fixes import apply as _apply_pyside_fixes

_apply_pyside_fixes()
