"""The Qt layer over the core. Widgets never hold a database handle: they go
through :class:`reflectjournal.ui.session.Session`."""
