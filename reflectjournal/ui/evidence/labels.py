"""Words for the evidence screens: a framework's short name and an item as
the picker, the rows and the map show it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.frameworks import Framework


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Evidence", text, disambiguation, n)


def short_name(framework_id: str) -> str:
    """A framework's short name for lists: "KSS 3", "PCF 6"."""
    names = {
        "swe-ps": tr("SWE standard"),
        "kss-cf": tr("KSS"),
        "kss-as": tr("KSS adults"),
        "pcf": tr("PCF"),
    }
    return names.get(framework_id, framework_id)


def item_text(item: str, frameworks: tuple[Framework, ...]) -> str:
    """``"kss-cf:3"`` as "KSS 3 · Child development"; an item its framework
    no longer has, or a framework no longer here, says so."""
    framework_id, _, item_id = item.partition(":")
    framework = next((f for f in frameworks if f.id == framework_id), None)
    found = framework.item(item_id) if framework is not None else None
    if found is None:
        return tr("%1 %2 (no longer in this framework)").replace("%1", short_name(framework_id)).replace("%2", item_id)
    return f"{short_name(framework_id)} {item_id} · {found.title}"


def items_summary(items: list[str], frameworks: tuple[Framework, ...]) -> str:
    if not items:
        return tr("None yet")
    return "; ".join(item_text(item, frameworks) for item in items)
