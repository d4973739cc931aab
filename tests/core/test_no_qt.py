"""The core and the command line never import Qt."""

import subprocess
import sys


def test_core_does_not_import_pyside6():
    code = (
        "import sys, pkgutil, importlib, reflectjournal.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'reflectjournal.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
