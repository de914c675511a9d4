#!/usr/bin/python3
# a11y-keys.py — the guide from step 1 to step 7 and back with the keyboard alone
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app, presses real keys on the X server (xdotool: Tab, Space, Return, Alt+Right,
# Alt+Left, Page Up and Down, Ctrl+F) and after each one reads over AT-SPI, as a screen reader
# does, which node has the focus: its role, its name, and where it matters its state or its
# description. The walk answers each step (the display shows CODE, a Renault radio whose code is
# computed, the code reported refused until the radio makes the owner wait), comes back to
# step 1 with Alt+Left, goes to step 7 again with Alt+Right, starts over from its dialog, and
# opens the search with Ctrl+F. A second app, in a right-to-left language, checks that there
# Alt+Left goes forward and Alt+Right back. Each key is a TAP test point; the walk stops at the
# first key after which the focus is not where it should be. Nothing waits a fixed time: each
# key's outcome is polled for, with a generous deadline for a busy machine.

import os
import re
import shutil
import subprocess
import sys

import pyatspi

from atspi_app import (application, find, find_all, private_accessibility_bus, role_name,
                       run_app, wait_for)

# A computed code: a Renault radio's precode gives its code in step 5.
SERIES = "renault-precode"
SERIAL = "B456"
CODE = "0709"
# Typed into a field to see that the keyboard reaches it (then taken back).
PROBE = "5"
# How long one key's outcome may take to show; after that the focus is where it stays.
KEY_DEADLINE = 6

PAGE_TAB = pyatspi.ROLE_PAGE_TAB
BUTTON = pyatspi.ROLE_PUSH_BUTTON
RADIO = pyatspi.ROLE_RADIO_BUTTON
ITEM = pyatspi.ROLE_LIST_ITEM
TEXT = pyatspi.ROLE_TEXT
COMBO = pyatspi.ROLE_COMBO_BOX
LABEL = pyatspi.ROLE_LABEL


class Focus:
    """The focus is on the showing node of this role and name (any name if None); with checked,
    in that state; with told, its description says that; with step, the guide shows that step;
    with buttons, the buttons named are on (True) or off (False)."""

    def __init__(self, role, name, checked=None, told=None, step=None, buttons=None):
        self.role, self.name, self.checked, self.told, self.step = role, name, checked, told, step
        self.buttons = buttons or {}

    def __str__(self):
        words = ["%s %r" % (role_name(self.role), self.name) if self.name is not None
                 else "a %s" % role_name(self.role)]
        if self.checked is not None:
            words.append("checked" if self.checked else "not checked")
        if self.told is not None:
            words.append("telling %r" % self.told)
        if self.step is not None:
            words.append("in step %d" % self.step)
        for name, on in sorted(self.buttons.items()):
            words.append("%s %s" % (name, "on" if on else "off"))
        return ", ".join(words)

    def matches(self, app, node):
        if node.getRole() != self.role or self.name not in (None, node.name):
            return False
        if (self.checked is not None and
                node.getState().contains(pyatspi.STATE_CHECKED) != self.checked):
            return False
        if self.told is not None and self.told not in (node.description or ""):
            return False
        for name, on in self.buttons.items():
            button = find(app, BUTTON, name)
            if button is None or button.getState().contains(pyatspi.STATE_SENSITIVE) != on:
                return False
        return self.step is None or step_shown(app) == self.step


class Field(Focus):
    """The focus is in the text field of this name. libadwaita before 1.4 does not tell AT-SPI
    that an entry row's text has the focus (GTK 4.10 gave it the means): there, no node is
    focused and the field is found by what typing does to it."""

    def __init__(self, name, step=None):
        super().__init__(TEXT, name, step=step)


def step_shown(app):
    """The guide's step as its counter reads ("Step 3 of 7" → 3, in any language: the first
    label with a number and then 7); None when none shows."""
    labels = find_all(app, lambda node: node.getRole() == pyatspi.ROLE_LABEL and
                      re.fullmatch(r"\D*\d\D+7\D*", node.name or ""))
    return int(re.search(r"\d", labels[0].name).group()) if labels else None


def focused(app):
    return find_all(app, lambda node: node.getState().contains(pyatspi.STATE_FOCUSED))


def describe(nodes):
    return "; ".join("%s %r (%s)" % (role_name(node.getRole()), node.name,
                                     node.description or "no description")
                     for node in nodes) or "nothing"


def press(key):
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def text_of(node):
    return node.queryText().getText(0, -1)


def typing_reaches(app, field):
    """Types PROBE at the end of the field and takes it back: the field has the keyboard."""
    node = find(app, field.role, field.name)
    if node is None:
        return False
    before = text_of(node)
    press("End")
    subprocess.run(["xdotool", "type", PROBE], check=True)
    if not wait_for(lambda: text_of(node) == before + PROBE, KEY_DEADLINE):
        return False
    press("BackSpace")
    return wait_for(lambda: text_of(node) == before, KEY_DEADLINE) is not None


def focus_is(app, expected):
    def there():
        nodes = focused(app)
        if len(nodes) == 1 and expected.matches(app, nodes[0]):
            return True
        # An entry row's focus is not told on libadwaita 1.2: nothing is focused then.
        return (isinstance(expected, Field) and not nodes and
                (expected.step is None or step_shown(app) == expected.step) and "field")

    found = wait_for(there, KEY_DEADLINE)
    if found == "field":
        return typing_reaches(app, expected)
    return bool(found)


# Tabs to the guide's first answer: the five section buttons, then the main menu.
TABS_IN = [
    ("Tab", Focus(PAGE_TAB, "Find")),
    ("Tab", Focus(PAGE_TAB, "WAIT")),
    ("Tab", Focus(PAGE_TAB, "Reference")),
    ("Tab", Focus(PAGE_TAB, "Models")),
    ("Tab", Focus(BUTTON, "Main Menu")),
    ("Tab", Focus(RADIO, "CODE or CODE IN", checked=False, step=1)),
]
# The first control of each step, as a new step shows it: in step 5, the computed code.
FIRST = {
    1: Focus(RADIO, "CODE or CODE IN", checked=True, step=1),
    2: Focus(ITEM, "I Don't Know Which Radio", step=2),
    3: Focus(BUTTON, "Next way", step=3),
    4: Field("Serial as printed on the label", step=4),
    5: Focus(LABEL, " ".join(CODE), step=5),
    6: Field("The four-digit code", step=6),
    7: Focus(COMBO, "Lockout rule", step=7),
}

WALK = TABS_IN + [
    ("space", FIRST[1]),
    ("alt+Right", FIRST[2]),
    ("alt+Right", FIRST[3]),
    # The ways to find the serial turn with Page Down and Up, from the buttons or from a way.
    # A turn button that goes off under the focus hands it to the way shown; focus on a way
    # turned away from goes along to the new one.
    ("Page_Down", Focus(BUTTON, "Next way", step=3, buttons={"Previous way": True})),
    ("shift+Tab", Focus(BUTTON, "Previous way", step=3)),
    ("Page_Up", Focus(ITEM, "How long it takes", step=3, buttons={"Previous way": False})),
    ("Page_Down", Focus(ITEM, "How long it takes", step=3, buttons={"Previous way": True})),
    ("alt+Right", FIRST[4]),
    ("alt+Right", FIRST[5]),
    ("Tab", Focus(BUTTON, "Enter This Code on the Radio", step=5)),
    # The computed code goes to step 6, in the code field.
    ("Return", FIRST[6]),
    ("Tab", Focus(BUTTON, "Keep the code on this computer", step=6)),
    ("Tab", Focus(BUTTON, "Code Accepted", step=6)),
    ("Tab", Focus(BUTTON, "Code Rejected", step=6)),
    ("space", Focus(BUTTON, "Code Rejected", told="2 tries are left", step=6)),
    # The same code refused again is asked about first.
    ("space", Focus(BUTTON, "Cancel")),
    ("Tab", Focus(BUTTON, "Report It")),
    ("space", Focus(BUTTON, "Code Rejected", told="1 try is left", step=6)),
    ("space", Focus(BUTTON, "Cancel")),
    ("Tab", Focus(BUTTON, "Report It")),
    # The third refusal starts the WAIT: step 7 takes the focus.
    ("space", FIRST[7]),
    ("alt+Left", FIRST[6]),
    ("alt+Left", FIRST[5]),
    ("alt+Left", FIRST[4]),
    ("alt+Left", FIRST[3]),
    ("alt+Left", FIRST[2]),
    ("alt+Left", FIRST[1]),
    ("alt+Right", FIRST[2]),
    ("alt+Right", FIRST[3]),
    ("alt+Right", FIRST[4]),
    ("alt+Right", FIRST[5]),
    ("alt+Right", FIRST[6]),
    ("alt+Right", FIRST[7]),
    # Start Over, from its row and its dialog: a new attempt, focus on step 1's first answer.
    ("Tab", Focus(ITEM, "Start Over", step=7)),
    ("Return", Focus(BUTTON, "Cancel")),
    ("Tab", Focus(BUTTON, "Start Over")),
    ("Return", Focus(RADIO, "CODE or CODE IN", checked=False, step=1)),
    # The WAIT section's own report buttons tell what a report did.
    ("shift+Tab", Focus(BUTTON, "Main Menu")),
    ("shift+Tab", Focus(PAGE_TAB, "Models")),
    ("shift+Tab", Focus(PAGE_TAB, "Reference")),
    ("shift+Tab", Focus(PAGE_TAB, "WAIT")),
    ("space", Focus(PAGE_TAB, "WAIT", checked=True)),
    ("Tab", Focus(PAGE_TAB, "Reference")),
    ("Tab", Focus(PAGE_TAB, "Models")),
    ("Tab", Focus(BUTTON, "Main Menu")),
    ("Tab", Focus(BUTTON, "Code Accepted")),
    ("Tab", Focus(BUTTON, "Code Rejected")),
    ("space", Focus(BUTTON, "Code Rejected", told="tries left before the radio makes you wait")),
    # Ctrl+F searches the reference, from anywhere.
    ("ctrl+f", Focus(TEXT, "Search the reference")),
]

# Right to left, Alt+Left is forward and Alt+Right back (as in GNOME's own apps). The app is
# right to left in a language it is translated to: the made-up "xr" (tests/pseudo-locale.py),
# whose words are not English, so here the focus is told by its role and the step alone.
RTL_WALK = [("Tab", Focus(PAGE_TAB, None))] * 4 + [
    ("Tab", Focus(BUTTON, None)),
    ("Tab", Focus(RADIO, None, checked=True, step=1)),
    ("alt+Left", Focus(ITEM, None, step=2)),
    ("alt+Left", Focus(BUTTON, None, step=3)),
    ("alt+Right", Focus(ITEM, None, step=2)),
    ("alt+Right", Focus(RADIO, None, checked=True, step=1)),
]


def walk(keys, settings, start, language=None):
    """Presses each key in turn in a new app; yields (key, expected, problem or None). After
    the first problem, the keys left are not pressed."""
    if language is not None:
        # GTK takes its text direction from its own translation ("he" here), which GLib only
        # reads when the app itself is translated to the language asked for ("xr").
        os.environ.update(LANGUAGE=language + ":he", LC_ALL="C.UTF-8",
                          RADIO_CODE_LOCALEDIR=os.environ["RC_PSEUDO_DIR"])
    process = run_app(settings, SERIES, False, serial=SERIAL)
    try:
        app = application("radio-code", process)
        problem = None
        if app is None:
            problem = "the app did not appear on the accessibility bus"
        elif not focus_is(app, start):
            problem = "at the start, expected %s; the focus is on %s" % (start, describe(focused(app)))
        for key, expected in keys:
            if problem is None:
                press(key)
                if not focus_is(app, expected):
                    problem = "expected %s; the focus is on %s" % (expected, describe(focused(app)))
                yield key, expected, problem
            else:
                yield key, expected, "not pressed: the walk stopped before"
    finally:
        process.terminate()
        process.wait()


# Each walk is a new app, read by a process of its own: libatspi keeps the list of applications
# from its first reading, and a second app started in the same process is never listed.
WALKS = [("", WALK, {"guide-step": "display"}, Focus(PAGE_TAB, "Guide"), None),
         ("right to left: ", RTL_WALK, {"guide-step": "display", "guide-display": "code"},
          Focus(PAGE_TAB, None), "xr")]


def run_walk(index, first):
    """Prints one walk's TAP lines, numbered from first; returns 1 if any failed."""
    prefix, keys, settings, start, language = WALKS[index]
    failed = 0
    for number, (key, expected, problem) in enumerate(walk(keys, settings, start, language),
                                                      first):
        print("%s %d %s%s: %s" % ("not ok" if problem else "ok", number, prefix, key, expected),
              flush=True)
        if problem:
            print("# " + problem, flush=True)
            failed = 1
    return failed


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--walk":
        return run_walk(int(sys.argv[2]), int(sys.argv[3]))

    runtime = private_accessibility_bus()
    print("1..%d" % sum(len(walk[1]) for walk in WALKS), flush=True)
    first = 1
    status = 0
    for index, (_, keys, *_) in enumerate(WALKS):
        child = subprocess.run([sys.executable, os.path.abspath(__file__), "--walk", str(index),
                                str(first)])
        if child.returncode != 0:
            status = 1
        first += len(keys)
    shutil.rmtree(runtime, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
