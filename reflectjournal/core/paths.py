"""Where reflectjournal keeps things by default (from platformdirs).

Nothing here creates a folder: callers make what they write into, 0700.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_DIR_NAME = "reflectjournal"
DEFAULT_JOURNAL_NAME = "journal.rjournal"


def data_dir() -> Path:
    """The user's data folder, e.g. ``~/.local/share/reflectjournal``."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def config_dir() -> Path:
    """The user's settings folder, e.g. ``~/.config/reflectjournal``."""
    return Path(user_config_dir(APP_DIR_NAME, appauthor=False))


def default_journal_path() -> Path:
    return data_dir() / DEFAULT_JOURNAL_NAME


# Backups go beside the journal: see vault.default_backup_dir and Journal.backup_dir.
