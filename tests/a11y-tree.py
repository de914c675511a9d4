#!/usr/bin/python3
# a11y-tree.py — what a screen reader finds: every control that shows has a name a person would say
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app once per place (each guide step, with and without a radio picked, in a
# WAIT and outside one, and each section), reads its tree over AT-SPI as Orca does, and fails on
# any showing interactive node whose name is empty, a class name ("GtkButton") or said twice
# ("Back Back"), and where a one-of choice is not a radio button. Sections are opened the way a
# screen-reader user would: by activating the switcher's button, or the main menu's item, over
# AT-SPI. Nothing waits a fixed time: each step polls the bus until what it waits for shows (or
# the tree reads the same twice running), with a generous deadline for a busy machine. Each
# place is read by a process of its own, on an accessibility bus of this run's own. Prints TAP.

import os
import subprocess
import sys

import pyatspi

from atspi_app import (DEADLINE, ROLE_NAMES, application, find, find_all, find_where,
                       listed_applications, private_accessibility_bus, read_problem, run_app,
                       wait_for)

BUTTON_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
TEXT_ROLES = {pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT}
# What must be there, by role: one-of answers are radio buttons, the model table's sort is named.
EXPECTED = {
    "display": [(pyatspi.ROLE_RADIO_BUTTON, "WAIT"), (pyatspi.ROLE_RADIO_BUTTON, "SAFE")],
    "Models": [(pyatspi.ROLE_PUSH_BUTTON, "Sort Models")],
}
STEPS = ["display", "radio", "find", "serial", "code", "enter", "wait"]
SECTIONS = ["Serial", "Find", "WAIT", "Reference", "Models"]


def audit(nodes):
    """The problems in a snapshot: every showing interactive node with a bad name, and every
    showing node a reader speaks as the focus enters or passes it (a list, a table, a tab list,
    a pane that takes the focus...) whose name is a class name or said twice. A combo box is
    read by its name and its value; the list inside it is its own business. A page tab is read
    by its name: what libadwaita lays out inside it (a stack's pages) is not said."""
    found = []
    for path, roles, name, states in nodes:
        role = roles[-1]
        if pyatspi.ROLE_COMBO_BOX in roles[:-1] or pyatspi.ROLE_PAGE_TAB in roles[:-1]:
            continue
        problem = read_problem(role, name, states)
        if problem:
            where = "/".join(ROLE_NAMES.get(r, str(r)) for r in roles[:-1])
            found.append("%s: %s %r in /%s" % (problem, ROLE_NAMES.get(role, str(role)), name, where))
    return found


def snapshot(app):
    """What a reader finds now: every showing node as (path, roles from the top, name, states)."""
    nodes = []

    def walk(node, path, roles):
        try:
            role = node.getRole()
            states = tuple(sorted(node.getState().getStates()))
            entry = (path, roles + (role,), node.name or "", states)
        except Exception:
            return
        if role != pyatspi.ROLE_APPLICATION and not (pyatspi.STATE_SHOWING in states or
                                                     pyatspi.STATE_VISIBLE in states):
            return
        nodes.append(entry)
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, "%s/%d" % (path, i), entry[1])

    walk(app, "", ())
    return nodes


def settled(app):
    """Waits until two readings of the tree in a row agree (a section is built when first
    opened, a step when first shown) and returns the last reading, or None after the deadline."""
    previous = [None]

    def same():
        now = snapshot(app)
        if now and now == previous[0]:
            return now
        previous[0] = now
        return None

    return wait_for(same)


def open_section(app, section):
    """Opens a section as a reader's user does: the switcher's button, or for the Serial section
    (no room for a sixth button on a phone) the main menu's item."""
    if section == "Serial":
        # GTK 4.8 shows a menu button as a button inside a button: the inner one presses.
        buttons = wait_for(lambda: find_all(app, lambda node: node.name == "Main Menu" and
                                            node.getRole() in BUTTON_ROLES))
        if not buttons:
            return "no main menu button"
        buttons[-1].queryAction().doAction(0)
        item = wait_for(lambda: find(app, pyatspi.ROLE_MENU_ITEM, "Check a Serial"))
        if item is None:
            return "the main menu did not open, or has no Check a Serial item"
        item.queryAction().doAction(0)
        # The section opens on its serial field; the guide's own one is not showing then.
        field = wait_for(lambda: find_where(app, lambda node: node.getRole() in TEXT_ROLES and
                                            "serial" in (node.name or "").lower()))
        return None if field is not None else "the Serial section did not open"
    tab = wait_for(lambda: find(app, pyatspi.ROLE_PAGE_TAB, section))
    if tab is None:
        return "no switcher button named %r" % section
    tab.queryAction().doAction(0)

    def selected():
        states = tab.getState()
        return states.contains(pyatspi.STATE_SELECTED) or states.contains(pyatspi.STATE_CHECKED)

    return None if wait_for(selected) else "the %r section did not open" % section


def check(label, settings, radio="", waiting=False, section=None):
    # A radio is its series, and maybe the serial typed for it after a space.
    series, _, serial = radio.partition(" ")
    process = run_app(settings, series, waiting, **({"serial": serial} if serial else {}))
    try:
        app = application("radio-code", process)
        if app is None:
            return False, ["the app (pid %d) did not appear on the accessibility bus in %d s; "
                           "the bus lists: %s" % (process.pid, DEADLINE, listed_applications())]
        nodes = settled(app)
        if nodes is None:
            return False, ["the window did not settle in %d s" % DEADLINE]
        if section is not None:
            problem = open_section(app, section)
            if problem is not None:
                return False, [problem]
            nodes = settled(app)
            if nodes is None:
                return False, ["the %r section did not settle in %d s" % (section, DEADLINE)]
        found = audit(nodes)
        for role, name in EXPECTED.get(section or settings.get("guide-step"), []):
            if not any(entry[1][-1] == role and entry[2] == name for entry in nodes):
                found.append("no %s named %r" % (ROLE_NAMES.get(role, str(role)), name))
    finally:
        process.terminate()
        process.wait()
    return not found, found


def places():
    found = []
    for step in STEPS:
        for radio in ("", "nissan-ni"):
            found.append(("guide step %s, radio %s" % (step, radio or "not picked"),
                          {"guide-step": step, "guide-display": "code"}, radio, False, None))
    for step in ("code", "enter"):
        found.append(("guide step %s, a radio whose code is computed" % step,
                      {"guide-step": step, "guide-display": "code"}, "renault-precode B456",
                      False, None))
    found.append(("guide step display, WAIT picked, in a WAIT",
                  {"guide-step": "display", "guide-display": "wait"}, "nissan-ni", True, None))
    found.append(("guide step wait, in a WAIT", {"guide-step": "wait", "guide-display": "wait"},
                  "nissan-ni", True, None))
    for section in SECTIONS:
        found.append(("section %s" % section, {"guide-step": "display"}, "nissan-ni", False,
                      section))
    found.append(("section WAIT, in a WAIT", {"guide-step": "display"}, "nissan-ni", True,
                  "WAIT"))
    return found


def check_one(index):
    """Checks one place and prints what is wrong with it, one line each; exits 1 if anything."""
    label, settings, radio, waiting, section = places()[index]
    ok, found = check(label, settings, radio, waiting, section)
    for line in found:
        print(line, flush=True)
    return 0 if ok else 1


def main():
    """Each place is read by a process of its own: libatspi keeps the list of applications from
    its first reading, and a second app started in the same process is never listed."""
    if len(sys.argv) == 3 and sys.argv[1] == "--place":
        return check_one(int(sys.argv[2]))

    private_accessibility_bus()
    all_places = places()
    print("1..%d" % len(all_places), flush=True)
    failed = 0
    for number, (label, *_) in enumerate(all_places, 1):
        child = subprocess.run([sys.executable, os.path.abspath(__file__), "--place",
                                str(number - 1)], stdout=subprocess.PIPE, text=True)
        ok = child.returncode == 0
        print("%s %d %s" % ("ok" if ok else "not ok", number, label), flush=True)
        for line in child.stdout.splitlines():
            print("# " + line, flush=True)
        if not ok and not child.stdout.strip():
            print("# the check stopped with status %d" % child.returncode, flush=True)
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
