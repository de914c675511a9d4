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
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB,
}
BUTTON_ROLES = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON}
TEXT_ROLES = {pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT}
# What must be there, by role: one-of answers are radio buttons, the model table's sort is named.
EXPECTED = {
    "display": [(pyatspi.ROLE_RADIO_BUTTON, "WAIT"), (pyatspi.ROLE_RADIO_BUTTON, "SAFE")],
    "Models": [(pyatspi.ROLE_PUSH_BUTTON, "Sort Models")],
}
ROLE_NAMES = {value: name[len("ROLE_"):].lower().replace("_", " ")
              for name, value in vars(pyatspi).items()
              if name.startswith("ROLE_") and isinstance(value, int)}
CLASS_PREFIXES = ("Gtk", "Adw", "Rc")
STEPS = ["display", "radio", "find", "serial", "code", "enter", "wait"]
SECTIONS = ["Serial", "Find", "WAIT", "Reference", "Models"]
# How long a place may take to show, and how often it is looked at meanwhile.
DEADLINE = 120
POLL = 0.2
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
    """GTK 4.8 says "showing" of the window only; below it, "visible" is what it has."""
    try:
        states = node.getState()
    except Exception:
        return False
    return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)


def audit(nodes):
    """The problems in a snapshot: every showing interactive node with a bad name. A combo box is
    read by its name and its value; the list inside it is its own business."""
    found = []
    for path, roles, name, states in nodes:
        role = roles[-1]
        if role not in INTERACTIVE or pyatspi.ROLE_COMBO_BOX in roles[:-1]:
            continue
        problem = problem_of(name)
        if problem:
            where = "/".join(ROLE_NAMES.get(r, str(r)) for r in roles[:-1])
            found.append("%s: %s %r in /%s" % (problem, ROLE_NAMES.get(role, str(role)), name, where))
    return found


def find_all(node, test):
    """Every node on screen below node that passes test, parents before their children."""
    found = []
    try:
        if node.getRole() == pyatspi.ROLE_APPLICATION or showing(node):
            if test(node):
                found.append(node)
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None:
                    found.extend(find_all(child, test))
    except Exception:
        pass
    return found


def find_where(node, test):
    """The first node on screen below node that passes test."""
    hits = find_all(node, test)
    return hits[0] if hits else None


def find(node, role, name):
    return find_where(node, lambda candidate: candidate.getRole() == role and candidate.name == name)


def pump():
    """Lets libatspi read what arrived on the bus: without it the desktop's list of applications
    and the cached names and states are never updated, and a second app never appears."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(condition, timeout=DEADLINE):
    """Polls condition() until it returns something true, reading the bus between tries; returns
    that, or None after timeout seconds. The timeout is generous because the machine may be
    busy; a condition that holds returns at once."""
    end = time.monotonic() + timeout
    while True:
        pump()
        try:
            result = condition()
        except Exception:
            result = None
        if result:
            return result
        if time.monotonic() > end:
            return None
        time.sleep(POLL)


def application(name, process):
    def started():
        if process.poll() is not None:
            raise SystemExit("the app exited with status %d" % process.returncode)
        desktop = pyatspi.Registry.getDesktop(0)
        # The list of applications is kept from the first reading; read it afresh.
        desktop.clearCache()
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                # The instance of the place before may still be listed, gone: take this one.
                if (app is not None and app.name == name and app.get_process_id() == process.pid
                        and any(showing(app.getChildAtIndex(j)) for j in range(app.childCount))):
                    return app
            except Exception:
                continue
        return None

    return wait_for(started)


def listed_applications():
    """The applications on the bus, with their process and their windows, to explain a failure."""
    desktop = pyatspi.Registry.getDesktop(0)
    desktop.clearCache()
    listed = []
    for i in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(i)
            windows = [app.getChildAtIndex(j) for j in range(app.childCount)]
            listed.append("%s (pid %d, %d windows, %d showing)" %
                          (app.name, app.get_process_id(), len(windows),
                           sum(1 for window in windows if showing(window))))
        except Exception as error:
            listed.append("unreadable (%s)" % error)
    return ", ".join(listed) or "nothing"


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
    process = run_app(settings, radio, waiting)
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


def private_accessibility_bus():
    """The accessibility bus's socket lives in the runtime folder, or in ~/.cache when there is
    none: two test runs at once (or a desktop session) would share it, and when one run ends its
    bus goes away under the other. The session bus starts the accessibility bus with its own
    environment, so this run's runtime folder is handed to it before anything asks for it."""
    runtime = tempfile.mkdtemp(prefix="radio-code-a11y-runtime-")
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus",
                    "--method", "org.freedesktop.DBus.UpdateActivationEnvironment",
                    "{'XDG_RUNTIME_DIR': '%s'}" % runtime],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    return runtime


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

    runtime = private_accessibility_bus()
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
    shutil.rmtree(runtime, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
