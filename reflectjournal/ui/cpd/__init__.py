"""CPD records for registration (issue 13): the year's window, the record
editor, the start-screen note and export. Core: reflectjournal.core.cpd."""

from .controller import CpdController

__all__ = ["CpdController"]
