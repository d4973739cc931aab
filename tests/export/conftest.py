"""PDF output needs a Qt application. Tests take pytest-qt's ``qapp`` (a
QApplication) so that pdf.py never makes a bare QGuiApplication, which
would stop later widget tests from creating windows."""
