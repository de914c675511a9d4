#!/usr/bin/python3
# a11y-tree.py — what a screen reader finds: every control that shows has a name a person would say
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the built app once per place (each guide step, with and without a radio picked, in a
# WAIT and outside one, and each section), reads its tree over AT-SPI as Orca does, and fails on
# any showing interactive node whose name is empty, a class name ("GtkButton") or said twice
# ("Back Back"). Sections are opened the way a screen-reader user would: by activating the
# switcher's button over AT-SPI. Prints TAP.

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB,
}
CLASS_PREFIXES = ("Gtk", "Adw", "Rc")
STEPS = ["display", "radio", "find", "serial", "code", "enter", "wait"]
SECTIONS = ["Find the Serial", "WAIT Timer", "Reference", "Models"]
WAITING = ("[lockout]\nversion=1\nrule=nissan-page\nstate=waiting\nfailures=3\n"
           "round-failures=0\nwaits=1\nduration=3600\nelapsed-us=60000000\nanchor-wall-us=%d\n")


def problem_of(name):
    if name.strip() == "":
        return "empty name"
    if name.startswith(CLASS_PREFIXES) and " " not in name:
        return "class name"
    words = name.replace("_", "").split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "doubled name"
    return None


def showing(node):
    try:
        states = node.getState()
    except Exception:
        return False
    return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)


def audit(node, found, path=""):
    try:
        role = node.getRole()
        name = node.name or ""
    except Exception:
        return
    if role != pyatspi.ROLE_APPLICATION and not showing(node):
        return
    # A combo box is read by its name and its value; the list inside it is its own business.
    if role == pyatspi.ROLE_COMBO_BOX:
        if problem_of(name):
            found.append("%s: combo box %r in %s" % (problem_of(name), name, path or "/"))
        return
    if role in INTERACTIVE:
        problem = problem_of(name)
        if problem:
            found.append("%s: %s %r in %s" % (problem, node.getRoleName(), name, path or "/"))
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            audit(child, found, path + "/" + node.getRoleName())


def find(node, role, name):
    try:
        if node.getRole() == role and node.name == name and showing(node):
            return node
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                hit = find(child, role, name)
                if hit is not None:
                    return hit
    except Exception:
        pass
    return None


def application(name, process):
    for _ in range(100):
        if process.poll() is not None:
            return None
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None or app.name != name:
                continue
            try:
                # The instance of the place before may still be listed, gone: take this one.
                if app.get_process_id() == process.pid and app.childCount > 0:
                    return app
            except Exception:
                continue
        time.sleep(0.1)
    return None


def run_app(settings, radio, waiting):
    home = tempfile.mkdtemp(prefix="radio-code-a11y-")
    config = os.path.join(home, "config", "glib-2.0", "settings")
    state = os.path.join(home, "state", "radio-code")
    os.makedirs(config)
    os.makedirs(state)
    with open(os.path.join(config, "keyfile"), "w") as f:
        f.write("[org/example/RadioCode]\n")
        for key, value in settings.items():
            f.write("%s='%s'\n" % (key, value))
    with open(os.path.join(state, "radio.ini"), "w") as f:
        f.write("[radio]\nversion=1\nseries=%s\nserial-text=%s\nmodel=\nvin=\n" %
                (radio, "NI667SM0474796" if radio else ""))
    if waiting:
        with open(os.path.join(state, "lockout.ini"), "w") as f:
            f.write(WAITING % int(time.time() * 1000000))
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_STATE_HOME=os.path.join(home, "state"), GSETTINGS_BACKEND="keyfile",
               GTK_A11Y="atspi")
    env.pop("NO_AT_BRIDGE", None)
    return subprocess.Popen([os.environ["RADIO_CODE_BIN"]], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check(label, settings, radio="", waiting=False, section=None):
    process = run_app(settings, radio, waiting)
    found = []
    try:
        app = application("radio-code", process)
        if app is None:
            return False, ["the app did not appear on the accessibility bus"]
        time.sleep(0.5)
        if section is not None:
            tab = find(app, pyatspi.ROLE_PAGE_TAB, section)
            if tab is None:
                return False, ["no switcher button named %r" % section]
            tab.queryAction().doAction(0)
            time.sleep(1.0)
            states = tab.getState()
            if not (states.contains(pyatspi.STATE_SELECTED) or states.contains(pyatspi.STATE_CHECKED)):
                return False, ["the %r section did not open" % section]
        audit(app, found)
    finally:
        process.terminate()
        process.wait()
    return not found, found


def main():
    places = []
    for step in STEPS:
        for radio in ("", "nissan-ni"):
            places.append(("guide step %s, radio %s" % (step, radio or "not picked"),
                           {"guide-step": step, "guide-display": "code"}, radio, False, None))
    places.append(("guide step display, WAIT picked, in a WAIT",
                   {"guide-step": "display", "guide-display": "wait"}, "nissan-ni", True, None))
    places.append(("guide step wait, in a WAIT", {"guide-step": "wait", "guide-display": "wait"},
                   "nissan-ni", True, None))
    for section in SECTIONS:
        places.append(("section %s" % section, {"guide-step": "display"}, "nissan-ni", False,
                       section))
    places.append(("section WAIT Timer, in a WAIT", {"guide-step": "display"}, "nissan-ni", True,
                   "WAIT Timer"))

    print("1..%d" % len(places))
    failed = 0
    for number, (label, settings, radio, waiting, section) in enumerate(places, 1):
        ok, found = check(label, settings, radio, waiting, section)
        print("%s %d %s" % ("ok" if ok else "not ok", number, label))
        for line in found:
            print("# " + line)
        failed += not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
