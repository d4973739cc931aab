"""Where the app's read-only resources (built-in prompt packs, icons) live.

Three layouts are supported, checked in this order:

1. a PyInstaller bundle: ``sys._MEIPASS/reflectjournal/resources`` or
   ``sys._MEIPASS/resources``;
2. an installed package that carries ``reflectjournal/resources`` inside it;
3. a source checkout (or editable install): ``<repository>/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """The folder that holds ``packs/``, ``prompt-pack.schema.json`` and the rest."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        for candidate in (Path(bundle) / "reflectjournal" / "resources", Path(bundle) / "resources"):
            if candidate.is_dir():
                return candidate
    here = Path(__file__).resolve()
    inside = here.parents[1] / "resources"
    if inside.is_dir():
        return inside
    return here.parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside :func:`resource_dir`; it may not exist."""
    return resource_dir().joinpath(*parts)
