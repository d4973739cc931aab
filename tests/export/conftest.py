"""PDF output needs a Qt application. Tests take pytest-qt's ``qapp`` (a
QApplication) so that pdf.py never makes a bare QGuiApplication, which
would stop later widget tests from creating windows.

Golden-file tests (test_golden.py) compare each export with a reference file
under ``tests/export/golden/`` through ``golden_check.py``; set
``REFLECTJOURNAL_UPDATE_GOLDEN=1`` to rewrite the references on purpose."""
