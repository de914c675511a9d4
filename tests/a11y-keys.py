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
import subprocess
import sys

import pyatspi

from atspi_app import (application, find_all, find_where, private_accessibility_bus,
                       role_name, run_app, wait_for)

# A computed code: a Renault radio's precode gives its code in step 5.
SERIES = "renault-precode"
SERIAL = "B456"
CODE = "0709"
# Typed into a field to see that the keyboard reaches it (then taken back).
PROBE = "5"
# How long one key's outcome may take to show; after that the focus is where it stays.
KEY_DEADLINE = 30

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

    def __init__(self, role, name, checked=None, told=None, step=None, buttons=None,
                 closes_dialog=False):
        self.role, self.name, self.checked, self.told, self.step = role, name, checked, told, step
        self.buttons = buttons or {}
        self.closes_dialog = closes_dialog

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

    def matches(self, reader, node):
        names = self.name if isinstance(self.name, tuple) else (self.name,)
        if node.getRole() != self.role or (self.name is not None and node.name not in names):
            return False
        if (self.checked is not None and
                node.getState().contains(pyatspi.STATE_CHECKED) != self.checked):
            return False
        if self.told is not None and self.told not in (node.description or ""):
            return False
        for name, on in self.buttons.items():
            button = reader.node(BUTTON, name)
            if button is None or button.getState().contains(pyatspi.STATE_SENSITIVE) != on:
                return False
        return self.step is None or reader.step() == self.step


class Field(Focus):
    """The focus is in the text field of this name. libadwaita before 1.4 does not tell AT-SPI
    that an entry row's text has the focus (GTK 4.10 gave it the means): there, no node is
    focused and the field is found by what typing does to it."""

    def __init__(self, name, step=None):
        super().__init__((TEXT, pyatspi.ROLE_ENTRY), name, step=step)

    def __str__(self):
        return "the field %r" % self.name + (", in step %d" % self.step if self.step else "")

    def matches(self, reader, node):
        return (node.getRole() in self.role and node.name == self.name and
                (self.step is None or reader.step() == self.step))


class Reader:
    """What a screen reader follows: the focus, as the app tells it in "focused" state changes
    (GTK 4.8 has no AT-SPI cache, so reading the whole tree after each key would take minutes
    on a busy machine), and the guide's step counter."""

    def __init__(self, app):
        self.app = app
        self.candidates = []
        self.counter = None
        self.nodes = {}
        pyatspi.Registry.registerEventListener(self.changed, "object:state-changed:focused")
        # What had the focus before anything was listening.
        wait_for(lambda: self.candidates.extend(
            find_all(app, lambda node: node.getState().contains(pyatspi.STATE_FOCUSED))) or
            self.candidates)

    def changed(self, event):
        if (event.source is not None and event.source not in self.candidates and
                event.source.get_process_id() == self.app.get_process_id()):
            self.candidates.append(event.source)

    def focused(self):
        """The nodes that have the focus now: told so, and still saying so."""
        self.candidates = [node for node in self.candidates
                           if node.getState().contains(pyatspi.STATE_FOCUSED)]
        return list(self.candidates)

    def node(self, role, name):
        """The showing node of this role (or one of these roles) and name, looked up once."""
        roles = role if isinstance(role, tuple) else (role,)
        if (roles, name) not in self.nodes:
            self.nodes[roles, name] = find_where(self.app, lambda node: node.getRole() in roles
                                                 and node.name == name)
        return self.nodes[roles, name]

    def step(self):
        """The guide's step as its counter reads ("Step 3 of 7" → 3, in any language: the first
        label with a number and then 7); None when none shows."""
        pattern = r"\D*(\d)\D+7\D*"
        if self.counter is None:
            labels = find_all(self.app, lambda node: node.getRole() == pyatspi.ROLE_LABEL and
                              re.fullmatch(pattern, node.name or ""))
            self.counter = labels[0] if labels else None
        match = self.counter and re.fullmatch(pattern, self.counter.name or "")
        return int(match.group(1)) if match else None


def describe(nodes):
    return "; ".join("%s %r (%s)" % (role_name(node.getRole()), node.name,
                                     node.description or "no description")
                     for node in nodes) or "nothing"


def press(key):
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True)


def give_focus_back(pid):
    """What a window manager does when a dialog closes: the window under it gets the keyboard
    again. The tests' X server has no window manager, so this is done by hand."""
    def window():
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                               stdout=subprocess.PIPE, text=True).stdout.split()
        return found[0] if len(found) == 1 else None

    shown = wait_for(window, KEY_DEADLINE)
    if shown is not None:
        subprocess.run(["xdotool", "windowfocus", shown], check=True)


def said(reader, field):
    """What a reader can read of the step that holds field: each node's name and description."""
    page = reader.node(field.role, field.name)
    while page.parent is not None and page.getRole() not in (pyatspi.ROLE_SCROLL_PANE,
                                                             pyatspi.ROLE_FRAME):
        page = page.parent
    return [(node.name, node.description) for node in find_all(page, lambda node: True)]


def typing_reaches(reader, field):
    """Types PROBE at the end of the focused field and takes it back: what its step says
    changes each time (libadwaita 1.2 does not give AT-SPI an entry row's text). A report's
    result, told until the code is edited, does not come back."""
    before = said(reader, field)
    press("End")
    subprocess.run(["xdotool", "type", PROBE], check=True)
    typed = wait_for(lambda: (lambda now: now != before and now)(said(reader, field)),
                     KEY_DEADLINE)
    if not typed:
        return False
    press("BackSpace")
    return wait_for(lambda: said(reader, field) != typed, KEY_DEADLINE) is not None


def focus_is(reader, expected):
    def there():
        nodes = reader.focused()
        if len(nodes) == 1 and expected.matches(reader, nodes[0]):
            return True
        # An entry row's focus is not told on libadwaita 1.2: nothing is focused then.
        return (isinstance(expected, Field) and not nodes and
                reader.node(expected.role, expected.name) is not None and
                (expected.step is None or reader.step() == expected.step) and "field")

    found = wait_for(there, KEY_DEADLINE)
    if found == "field":
        return typing_reaches(reader, expected)
    return bool(found)


def reply(words):
    """A message dialog's button: libadwaita 1.2 names it by its mnemonic and its label both
    ("_Cancel Cancel"), where a newer one says the label alone."""
    return Focus(BUTTON, (words.replace("_", ""), "%s %s" % (words, words.replace("_", ""))))


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
    7: Focus(ITEM, "Radio switched on", step=7),
}

# A step shown again gives the focus back to the control last used there.
AGAIN = dict(FIRST)
AGAIN[3] = Focus(ITEM, "How long it takes", step=3, buttons={"Previous way": True})
AGAIN[5] = Focus(BUTTON, "Enter This Code on the Radio", step=5)

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
    ("Tab", Focus(ITEM, "Keep the Code on This Computer", step=6)),
    ("Tab", Focus(pyatspi.ROLE_CHECK_BOX, "Keep the Code on This Computer", step=6)),
    ("Tab", Focus(BUTTON, "Code Accepted", step=6)),
    ("Tab", Focus(BUTTON, "Code Rejected", step=6)),
    ("space", Focus(BUTTON, "Code Rejected", told="2 tries are left", step=6)),
    # The same code refused again is asked about first.
    ("space", reply("_Cancel")),
    ("Tab", reply("_Report It")),
    ("space", Focus(BUTTON, "Code Rejected", told="1 try is left", step=6, closes_dialog=True)),
    ("space", reply("_Cancel")),
    ("Tab", reply("_Report It")),
    # The third refusal starts the WAIT: step 7 takes the focus.
    ("space", Focus(ITEM, "Radio switched on", step=7, closes_dialog=True)),
    ("alt+Left", AGAIN[6]),
    ("alt+Left", AGAIN[5]),
    ("alt+Left", AGAIN[4]),
    ("alt+Left", AGAIN[3]),
    ("alt+Left", AGAIN[2]),
    ("alt+Left", AGAIN[1]),
    ("alt+Right", AGAIN[2]),
    ("alt+Right", AGAIN[3]),
    ("alt+Right", AGAIN[4]),
    ("alt+Right", AGAIN[5]),
    ("alt+Right", AGAIN[6]),
    ("alt+Right", AGAIN[7]),
    # Start Over, from its row and its dialog: a new attempt, focus on step 1's first answer.
    ("Tab", Focus(ITEM, "The Power Was Cut", step=7)),
    ("Tab", Focus(COMBO, "Lockout rule", step=7)),
    ("Tab", Focus(ITEM, "What the sources say", step=7)),
    ("Tab", Focus(ITEM, "Start Over", step=7)),
    ("Return", reply("_Cancel")),
    ("Tab", reply("_Start Over")),
    ("Return", Focus(RADIO, "CODE or CODE IN", checked=False, step=1, closes_dialog=True)),
    # The WAIT section's own report buttons tell what a report did.
    ("shift+Tab", Focus(BUTTON, "Main Menu")),
    ("shift+Tab", Focus(PAGE_TAB, "Models")),
    ("shift+Tab", Focus(PAGE_TAB, "Reference")),
    ("shift+Tab", Focus(PAGE_TAB, "WAIT")),
    ("space", Focus(PAGE_TAB, "WAIT")),
    ("Tab", Focus(PAGE_TAB, "Reference")),
    ("Tab", Focus(PAGE_TAB, "Models")),
    ("Tab", Focus(BUTTON, "Main Menu")),
    ("Tab", Focus(BUTTON, "Code Accepted")),
    ("Tab", Focus(BUTTON, "Code Rejected")),
    ("space", Focus(BUTTON, "Code Rejected", told="tries left before the radio makes you wait")),
    # Ctrl+F searches the reference, from anywhere but the model table; the section left lets
    # go of the focus, which the search field is then told to have.
    ("ctrl+f", Field("Search the reference")),
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
        else:
            reader = Reader(app)
            if not focus_is(reader, start):
                problem = "at the start, expected %s; the focus is on %s" % (
                    start, describe(reader.focused()))
        for key, expected in keys:
            if problem is None:
                press(key)
                if expected.closes_dialog:
                    give_focus_back(process.pid)
                if not focus_is(reader, expected):
                    problem = "expected %s; the focus is on %s" % (expected,
                                                                   describe(reader.focused()))
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

    private_accessibility_bus()
    print("1..%d" % sum(len(walk[1]) for walk in WALKS), flush=True)
    first = 1
    status = 0
    for index, (_, keys, *_) in enumerate(WALKS):
        child = subprocess.run([sys.executable, os.path.abspath(__file__), "--walk", str(index),
                                str(first)])
        if child.returncode != 0:
            status = 1
        first += len(keys)
    return status


if __name__ == "__main__":
    sys.exit(main())
