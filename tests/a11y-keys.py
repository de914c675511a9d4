#!/usr/bin/python3
# a11y-keys.py — the guide from step 1 to step 7 and back with the keyboard alone
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app, presses real keys on the X server (xdotool: Tab, Space, Return, Alt+Right,
# Alt+Left, Page Up and Down, Ctrl+F) and after each one reads over AT-SPI, as a screen reader
# does, which node has the focus: its role, its name, and where it matters its state or its
# description. In each text field (the serial, the code card's serial, the VIN, the code) a
# character is typed and taken back: the field's text is read through the Text interface, and
# its description must tell the verdict on what was typed. The walk answers each step (the display shows CODE, a Renault radio whose code is
# computed, the code reported refused until the radio makes the owner wait), comes back to
# step 1 with Alt+Left, goes to step 7 again with Alt+Right, starts over from its dialog, and
# opens the search with Ctrl+F. A second app, in a right-to-left language, checks that there
# Alt+Left goes forward and Alt+Right back; others open the series dialog, and look for a car
# and open the first one found in its window. In each dialog and window, what a reader says
# must have a name a person would say (no class name, as GTK 4.8 gives an unnamed list). Each key is a TAP test point; the walk stops at the
# first key after which the focus is not where it should be. Nothing waits a fixed time: each
# key's outcome is polled for, with a generous deadline for a busy machine.

import os
import re
import subprocess
import sys

import pyatspi

from atspi_app import (application, find_all, find_where, private_accessibility_bus, read_problem,
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
    """The focus is on the showing node of this role (any role if None) and name (any name if
    None); with checked, in that state; with told, its description says that; with step, the
    guide shows that step; with buttons, the buttons named are on (True) or off (False); with
    window, in the window (or dialog) of that name, every control of which has a name a person
    would say."""

    def __init__(self, role, name, checked=None, told=None, step=None, buttons=None,
                 closes_dialog=False, window=None):
        self.role, self.name, self.checked, self.told, self.step = role, name, checked, told, step
        self.buttons = buttons or {}
        self.closes_dialog = closes_dialog
        self.window = window

    def __str__(self):
        what = role_name(self.role) if self.role is not None else "control"
        words = ["%s %r" % (what, self.name) if self.name is not None else "a %s" % what]
        if self.window is not None:
            words.append("in the window %r" % self.window)
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
        if ((self.role is not None and node.getRole() != self.role) or
                (self.name is not None and node.name != self.name)):
            return False
        if self.window is not None and window_of(node).name != self.window:
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
    """The focus is in the text field of this name: a text box (or entry) told to have the focus,
    whose text a reader reads through the Text interface. With typed, that typed at the end of
    the field shows there, and the field's description then says told (the verdict on what was
    typed); the typing is then taken back."""

    def __init__(self, name, step=None, typed=None, told=None):
        super().__init__((TEXT, pyatspi.ROLE_ENTRY), name, step=step)
        self.typed, self.verdict = typed, told

    def __str__(self):
        words = ["the field %r" % self.name]
        if self.typed is not None:
            words.append("telling %r when %r is typed" % (self.verdict, self.typed))
        if self.step is not None:
            words.append("in step %d" % self.step)
        return ", ".join(words)

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


def window_of(node):
    """The window or dialog that holds node."""
    while node.parent is not None and node.parent.getRole() != pyatspi.ROLE_APPLICATION:
        node = node.parent
    return node


def named_badly(node):
    return read_problem(node.getRole(), node.name or "", node.getState().getStates())


def badly_named(window):
    """What a reader says in a window that a person would not: controls with an empty name,
    and controls, lists and the rest said around them (read_problem) with a class name
    ("GtkListBox") or a name said twice (libadwaita 1.2's "_Cancel Cancel" in a message
    dialog)."""
    return ["%s %r: %s" % (role_name(node.getRole()), node.name, named_badly(node))
            for node in find_all(window, named_badly)]


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


def text_of(node):
    """The field's text as a reader reads it (GTK 4.8 reads nothing for an end of -1)."""
    text = node.queryText()
    return text.getText(0, text.characterCount)


def typing_reads(node, field):
    """Types field.typed at the end of the focused field: the field's text, read over AT-SPI,
    gains it, and its description tells the verdict. Then takes it back."""
    before = text_of(node)
    press("End")
    subprocess.run(["xdotool", "type", field.typed], check=True)
    if not wait_for(lambda: text_of(node) == before + field.typed and
                    field.verdict in (node.description or ""), KEY_DEADLINE):
        return "typed %r; the field reads %r, telling %r" % (field.typed, text_of(node),
                                                             node.description)
    for _ in field.typed:
        press("BackSpace")
    if not wait_for(lambda: text_of(node) == before, KEY_DEADLINE):
        return "took %r back; the field reads %r, not %r" % (field.typed, text_of(node), before)
    return None


def focus_is(reader, expected):
    """None if the focus is where expected, or what is wrong."""
    def there():
        nodes = reader.focused()
        return nodes[0] if len(nodes) == 1 and expected.matches(reader, nodes[0]) else None

    node = wait_for(there, KEY_DEADLINE)
    if node is None:
        return "expected %s; the focus is on %s" % (expected, describe(reader.focused()))
    if isinstance(expected, Field) and expected.typed is not None:
        return typing_reads(node, expected)
    if expected.window is not None:
        named = badly_named(window_of(node))
        if named:
            return "in the window %r, %s" % (expected.window, "; ".join(named))
    return None


def reply(words, question):
    """A message dialog's button, named by its label as it reads (libadwaita 1.2 names it by
    its mnemonic and its label both, "_Cancel Cancel", unless the app names it), in the dialog
    that asks question, whose controls are all named so."""
    return Focus(BUTTON, words.replace("_", ""), window=question)


# The same code refused again is asked about first, in a dialog of this title.
AGAIN_QUESTION = "Report %s Refused Again?" % CODE

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
    4: Field("Serial as printed on the label", step=4, typed=PROBE, told="Too long"),
    5: Focus(LABEL, " ".join(CODE), step=5),
    6: Field("The four-digit code", step=6, typed=PROBE,
             told="A radio code has 4 digits; this has 5."),
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
    # The code card's serial and the VIN, each checked as it is typed.
    ("Tab", Field("Serial printed on the card", step=5, typed=PROBE,
                  told="The card's serial differs from the radio's.")),
    ("Tab", Field("Vehicle ID number (VIN)", step=5, typed=PROBE,
                  told="1 of 17 characters so far.")),
    ("shift+Tab", Field("Serial printed on the card", step=5)),
    ("shift+Tab", Focus(BUTTON, "Enter This Code on the Radio", step=5)),
    # The computed code goes to step 6, in the code field.
    ("Return", FIRST[6]),
    ("Tab", Focus(ITEM, "Keep the Code on This Computer", step=6)),
    ("Tab", Focus(pyatspi.ROLE_CHECK_BOX, "Keep the Code on This Computer", step=6)),
    ("Tab", Focus(BUTTON, "Code Accepted", step=6)),
    ("Tab", Focus(BUTTON, "Code Rejected", step=6)),
    ("space", Focus(BUTTON, "Code Rejected", told="2 tries are left", step=6)),
    # The same code refused again is asked about first.
    ("space", reply("_Cancel", AGAIN_QUESTION)),
    ("Tab", reply("_Report It", AGAIN_QUESTION)),
    ("space", Focus(BUTTON, "Code Rejected", told="1 try is left", step=6, closes_dialog=True)),
    ("space", reply("_Cancel", AGAIN_QUESTION)),
    ("Tab", reply("_Report It", AGAIN_QUESTION)),
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
    ("Return", reply("_Cancel", "Start Over?")),
    ("Tab", reply("_Start Over", "Start Over?")),
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


# The dialogs that are not message dialogs: the series dialog, from the Serial section's radio row
# (reached through the main menu). Its controls must all be named.
SERIES_DIALOG_WALK = TABS_IN[:5] + [
    ("Return", Focus(pyatspi.ROLE_MENU_ITEM, "Check a Serial")),
    # The menu gives the focus back to its button; the section's radio row comes next, named by
    # the radio picked.
    ("Return", Focus(BUTTON, "Main Menu")),
    ("Tab", Focus(ITEM, None, told="Choose the radio series")),
    ("Return", Focus(None, None, window="Which Radio?")),
]


# Ctrl+F while the model table was opened from the guide finds a car, from anywhere: here from
# step 2, whose control leaves the screen as the table shows (GTK 4.8 still says it has the
# focus unless the window lets go of it first).
BACK_TO_GUIDE = [("shift+Tab", Focus(BUTTON, "Main Menu")),
                 ("shift+Tab", Focus(PAGE_TAB, "Models")),
                 ("shift+Tab", Focus(PAGE_TAB, "Reference")),
                 ("shift+Tab", Focus(PAGE_TAB, "WAIT")),
                 ("shift+Tab", Focus(PAGE_TAB, "Find")),
                 ("shift+Tab", Focus(PAGE_TAB, "Guide")),
                 ("space", Focus(PAGE_TAB, "Guide"))]
FIND_CAR_WALK = TABS_IN[:5] + [
    ("Tab", FIRST[2]),
    ("Return", Field("Search car models")),
] + BACK_TO_GUIDE + TABS_IN[:5] + [
    ("Tab", FIRST[2]),
    ("ctrl+f", Field("Search car models")),
    # Enter moves to the results, the first row opens the car's window; what a reader says in
    # it (its lists too) is checked as in the dialogs.
    ("Return", Focus(pyatspi.ROLE_LIST, "Car models")),
    ("Down", Focus(pyatspi.ROLE_TABLE_ROW, None)),
    ("Return", Focus(ITEM, "Chassis codes", window="Nissan Micra")),
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
            problem = focus_is(reader, start)
            if problem is not None:
                problem = "at the start: " + problem
        for key, expected in keys:
            if problem is None:
                press(key)
                if expected.closes_dialog:
                    give_focus_back(process.pid)
                problem = focus_is(reader, expected)
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
          Focus(PAGE_TAB, None), "xr"),
         ("series dialog: ", SERIES_DIALOG_WALK, {"guide-step": "display"},
          Focus(PAGE_TAB, "Guide"), None),
         ("a car for the guide: ", FIND_CAR_WALK, {"guide-step": "radio", "guide-display": "code"},
          Focus(PAGE_TAB, "Guide"), None)]


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
