"""Issue 20 in the app: the welcome screen and the command line apply one
passphrase rule with the same words, and search results say how a prefix
search was bounded."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from reflectjournal.core.models import Entry
from reflectjournal.core.passphrase_policy import weakness
from reflectjournal.core.search_query import MAX_PREFIX_WORDS


def test_the_welcome_screen_shows_the_words_the_command_line_prints(window):
    page = window.welcome_page
    for weak in ("x", "password1", "another"):
        page.passphrase_edit.setText(weak)
        page.repeat_edit.setText(weak)
        # The word beside the bar and the advice under it: what `reflectjournal init` prints.
        assert f"{page.strength.word_label.text()}: {page.meter_label.text()}" == weakness(weak)
        assert not page.create_button.isEnabled()


def test_a_passphrase_longer_than_zxcvbn_takes_still_works(window):
    # zxcvbn 4.5 raises ValueError past 72 characters; the meter used to pass it 100.
    page = window.welcome_page
    long = "quiet harbour lantern orbit " * 4
    page.passphrase_edit.setText(long)
    page.repeat_edit.setText(long)
    assert page.create_button.isEnabled()
    assert weakness(long) is None


def _search(qtbot, window, text: str) -> None:
    window.search_edit.setText(text)
    window.search_timer.timeout.emit()  # as the debounce timer would
    window.search_timer.stop()


def test_search_results_say_how_a_prefix_was_bounded(qtbot, open_window):
    window = open_window
    words = " ".join(f"e1{n}" for n in range(MAX_PREFIX_WORDS + 10))
    window.session.entries.save(Entry(title="Case numbers", body=words))
    window.session.entries.save(Entry(title="Every visit", body="Every visit, each time, e1 and e12."))
    for n in range(55):
        window.session.entries.save(Entry(title=f"Visit {n}", body="A home visit."))

    _search(qtbot, window, "e*")
    assert window.results_note.isVisibleTo(window)
    assert window.results_note.text() == "Prefixes need at least 2 letters: 'e*' was searched as the word 'e'."

    _search(qtbot, window, "e1*")
    assert window.results_note.text() == (
        f"'e1*' starts more than {QLocale().toString(MAX_PREFIX_WORDS)} different words, so it was searched as the word 'e1'. "
        "Type more letters before the *."
    )
    assert window.results_model.rowCount() == 1

    _search(qtbot, window, "visit")
    assert window.results_model.rowCount() == 50
    assert window.results_note.text().startswith("Showing the best 50 matches; there are more.")

    _search(qtbot, window, "e12")
    assert not window.results_note.isVisibleTo(window)
    assert window.results_note.text() == ""

    _search(qtbot, window, "e*")
    window.clear_journal_view()
    assert window.results_note.text() == "" and not window.results_note.isVisibleTo(window)
