"""What a screen reader sees: walks an application's AT-SPI tree and
listens for its events. Run with the system's Python 3 and pyatspi (Debian:
python3-pyatspi, gir1.2-atspi-2.0), on the session bus the app uses; driven
from standard input by tests/e2e/test_atspi.py, one command a line, one
JSON answer a line.

Commands:
  wait-app NAME   until an application called NAME is on the desktop
  walk            every showing window of that application: its role and
                  name, and the problems found (see ``problems`` below)
  events          the events heard since the last "events", then forgets them
  quit

The rules (what WCAG 2.2 AA asks of names, as a screen reader meets them):
- a window or dialog has the role of one and a name (its title);
- every focusable control has a name, or a label (LABELLED_BY) for a combo
  box, whose name on Linux is its current value by design;
- a control with a label has a name that contains the label's words
  (WCAG 2.5.3, label in name);
- a label that names a control (its text ends in ":") is that control's
  label (LABEL_FOR): a form label that is not a buddy is read as loose text;
- nothing showing is left with neither a role nor a name (splitter handles).
"""

from __future__ import annotations

import json
import re
import sys
import time

import pyatspi
from gi.repository import GLib

EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:text-changed:insert",
    "object:state-changed:showing",
)
WINDOW_ROLES = {"frame", "dialog", "window", "alert", "file chooser"}
# Focusable but not a control a user names: containers Qt marks focusable.
NOT_CONTROLS = {"panel", "filler", "scroll pane", "viewport", "frame", "dialog", "window", "split pane", "unknown"}

state = {"app_name": "", "app": None, "events": []}


def say(**fields) -> None:
    print(json.dumps(fields), flush=True)


def norm(text: str) -> str:
    text = (text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"\s+", " ", text).strip().casefold()
    return re.sub(r"(:|…|\.\.\.)$", "", text).strip()


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        except Exception:  # noqa: BLE001 - an app that went away
            continue
    return None


def related(obj, relation_type) -> list:
    found = []
    for relation in obj.getRelationSet():
        if relation.getRelationType() == relation_type:
            found.extend(relation.getTarget(i) for i in range(relation.getNTargets()))
    return found


def describe(obj) -> str:
    path = []
    node = obj
    while node is not None and len(path) < 4:
        try:
            path.append(f"{node.getRoleName()} {node.name!r}")
            node = node.parent
        except Exception:  # noqa: BLE001
            break
    return " < ".join(path)


def walk_window(window, problems: list, controls: list) -> None:
    def visit(obj, depth: int) -> None:
        if depth > 60:
            return
        try:
            states = obj.getState()
            role = obj.getRoleName()
            name = obj.name or ""
        except Exception:  # noqa: BLE001 - gone while walking
            return
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        # Field labels (a buddy QLabel); a group box's title labels its
        # children too, but as their group, which the name need not repeat.
        labels = [t.name or "" for t in related(obj, pyatspi.RELATION_LABELLED_BY) if t.getRoleName() == "label"]
        if states.contains(pyatspi.STATE_FOCUSABLE) and role not in NOT_CONTROLS:
            controls.append({"role": role, "name": name, "labels": labels})
            if role == "combo box":
                if not labels:
                    problems.append(f"combo box with no label (its name is only its value): {describe(obj)}")
            elif not name.strip() and not any(label.strip() for label in labels):
                problems.append(f"focusable {role} with no name: {describe(obj)}")
            else:
                for label in labels:
                    if norm(label) and norm(label) not in norm(name):
                        problems.append(f"name {name!r} does not contain its label {label!r}: {describe(obj)}")
        if role == "unknown" and not name.strip():
            # Qt's splitter handles (grips) come through as "unknown": a
            # screen reader lists them, so they need a name too.
            problems.append(f"unnamed object of unknown role (a splitter handle?): {describe(obj)}")
        if role == "label" and name.strip().endswith(":") and not related(obj, pyatspi.RELATION_LABEL_FOR):
            problems.append(f"label {name!r} labels no control (no buddy): {describe(obj)}")
        try:
            children = [obj.getChildAtIndex(i) for i in range(obj.childCount)]
        except Exception:  # noqa: BLE001
            return
        for child in children:
            if child is not None:
                visit(child, depth + 1)

    visit(window, 0)


def walk() -> None:
    app = find_app(state["app_name"])
    if app is None:
        say(ok=False, error="the application is not on the desktop")
        return
    windows, problems, controls = [], [], []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is None or not window.getState().contains(pyatspi.STATE_SHOWING):
            continue
        role, name = window.getRoleName(), window.name or ""
        windows.append({"role": role, "name": name})
        if role not in WINDOW_ROLES:
            problems.append(f"top-level {role} {name!r} is not exposed as a window")
        elif not name.strip():
            problems.append(f"{role} without a title")
        walk_window(window, problems, controls)
    say(ok=True, windows=windows, problems=problems, controls=controls)


def on_event(event) -> None:
    try:
        source = event.source
        app = source.getApplication() if source is not None else None
        if app is None or app.name != state["app_name"]:
            return
        state["events"].append(
            {
                "type": event.type,
                "role": source.getRoleName(),
                "name": source.name or "",
                "data": event.any_data if isinstance(event.any_data, (str, int, float)) else str(event.any_data),
            }
        )
    except Exception:  # noqa: BLE001 - an object that went away
        pass


def on_stdin(_fd, _condition) -> bool:
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    name, _, arg = line.strip().partition(" ")
    try:
        if name == "wait-app":
            state["app_name"] = arg
            deadline = time.monotonic() + 30
            while find_app(arg) is None and time.monotonic() < deadline:
                time.sleep(0.2)
            say(ok=find_app(arg) is not None)
        elif name == "walk":
            walk()
        elif name == "events":
            events, state["events"] = state["events"], []
            say(ok=True, events=events)
        elif name == "quit":
            say(ok=True)
            loop.quit()
            return False
        else:
            say(ok=False, error=f"unknown command {name!r}")
    except Exception as error:  # noqa: BLE001 - answer, so the test does not hang
        say(ok=False, error=repr(error))
    return True


for event_type in EVENTS:
    pyatspi.Registry.registerEventListener(on_event, event_type)
loop = GLib.MainLoop()
GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_IN | GLib.IO_HUP, on_stdin)
GLib.idle_add(lambda: say(ok=True, ready=True) and False)
loop.run()
