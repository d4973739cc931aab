"""Translated labels and small plain-text helpers shared by the pack widgets.

Everything a pack holds was written by someone else and may be hostile, so
every piece of it reaches the screen through these helpers: labels are
plain text, tooltips are escaped, and Markdown goes only through
``render_markdown`` and the safe preview.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QLabel, QWidget

from ...core import answers
from ...core.packs import WHEN, Prompt, PromptPack, Source
from ...core.unicode_safety import look_alike_groups

# A bare tr("...") call is filed by pyside6-lupdate under the empty context.
TR_CONTEXT = ""

# One-line text longer than this is cut for lists and labels; the pack
# reader caps every field already, this keeps a panel row readable.
MAX_LINE_SHOWN = 300


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def when_labels() -> dict[str, str]:
    """The "when it is useful" keys with translated labels, in WHEN order."""
    labels = {
        "after_home_visit": tr("After a home visit"),
        "before_visit": tr("Before a visit"),
        "preparing_for_supervision": tr("Preparing for supervision"),
        "after_supervision": tr("After supervision"),
        "court_and_reports": tr("Court and reports"),
        "direct_work_with_child": tr("Direct work with a child"),
        "wellbeing_and_resilience": tr("Wellbeing and resilience"),
        "learning_from_case_reviews": tr("Learning from case reviews"),
        "critical_incident": tr("Critical incident"),
    }
    return {key: labels.get(key, default) for key, default in WHEN}


def when_text(prompt: Prompt) -> str:
    labels = when_labels()
    return ", ".join(labels.get(key, key) for key in prompt.when)


def one_line(text: str, limit: int = MAX_LINE_SHOWN) -> str:
    """Text on one line (pack prose may hold line breaks), cut to ``limit``."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    Qt guesses whether tooltip text is HTML; a pack title such as
    ``<img src=…>`` would be rendered. Converting to escaped HTML ourselves
    leaves nothing to guess.
    """
    return QtGuiNamespace.convertFromPlainText(str(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # pack text is never rich text
    label.setWordWrap(wrap)
    label.setText(text)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bold_label(text: str = "", scale: float = 1.0) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def short_date(day: dt.date) -> str:
    """'18 Mar 2025', as elsewhere in the app."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        QDate(day.year, day.month, day.day), "d MMM yyyy"
    )


def questions_text(prompt: Prompt) -> str:
    return "\n".join(f"{number}. {question}" for number, question in enumerate(prompt.questions, start=1))


def sources_text(sources: tuple[Source, ...] | list[Source]) -> str:
    return "\n".join(source.citation() for source in sources)


def pack_authors(pack: PromptPack) -> str:
    return ", ".join(pack.authors)


def pack_label(pack: PromptPack, *, distinguish: bool = False) -> str:
    """The pack's title on one line; with ``distinguish``, also its authors
    and id, so that two packs with look-alike titles never read the same."""
    title = one_line(pack.title)
    if not distinguish:
        return title
    return (
        tr("%1 — by %2 · %3")
        .replace("%1", title)
        .replace("%2", one_line(pack_authors(pack), 80))
        .replace("%3", pack.id)
    )


def look_alike_pack_ids(packs: list[PromptPack]) -> set[str]:
    """Ids of the packs whose title looks like another pack's
    (core.unicode_safety.look_alike_groups)."""
    alike = look_alike_groups([pack.title for pack in packs])
    return {pack.id for i, pack in enumerate(packs) if i in alike}


def pack_labels(packs: list[PromptPack], alike: set[str] | None = None) -> dict[str, str]:
    """Each pack's label by id: title alone, or title, authors and id where
    another pack's title looks like it."""
    if alike is None:
        alike = look_alike_pack_ids(packs)
    return {pack.id: pack_label(pack, distinguish=pack.id in alike) for pack in packs}


def questions_markdown(prompt: Prompt) -> str:
    """The prompt's questions as question blocks (core.answers), each with
    a blank line and then a line for the answer."""
    return answers.questions_markdown(prompt.questions)


def dispose(widget: QWidget) -> None:
    """Delete a finished dialog now, not later: pack text (imported packs
    are journal data) must not linger in a hidden widget until the event
    loop next runs."""
    if shiboken6.isValid(widget):
        shiboken6.delete(widget)
