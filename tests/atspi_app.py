# atspi_app.py — the built app, started on an accessibility bus of this run's own and read over AT-SPI
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared by the tests that read the app as a screen reader does (a11y-tree.py, a11y-keys.py):
# starting the app with its settings and state files in a throwaway home, finding it on the bus,
# and polling the bus until something shows. Nothing waits a fixed time: each wait polls, with
# a generous deadline for a busy machine.

import os
import subprocess
import tempfile
import time

import pyatspi
from gi.repository import GLib

ROLE_NAMES = {value: name[len("ROLE_"):].lower().replace("_", " ")
              for name, value in vars(pyatspi).items()
              if name.startswith("ROLE_") and isinstance(value, int)}
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT, pyatspi.ROLE_LINK,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_PAGE_TAB,
}
CLASS_PREFIXES = ("Gtk", "Adw", "Rc")
# Besides the controls, what a reader says as the focus enters it or review passes over it: the
# list, table or pane around the focused control, the tab list, the status bar, a page, text.
# On GTK 4.8 an unnamed one is read by its class name ("GtkListBox", "GtkStackPage"), so each
# must be named. Fillers and images a reader passes over as layout are not checked.
SPOKEN = {
    pyatspi.ROLE_PANEL,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE_ROW, pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_STATUS_BAR, pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING,
}
# How long a place may take to show, and how often it is looked at meanwhile.
DEADLINE = 120
POLL = 0.2
WAITING = ("[lockout]\nversion=1\nrule=nissan-page\nstate=waiting\nfailures=3\n"
           "round-failures=0\nwaits=1\nduration=3600\nelapsed-us=60000000\nanchor-wall-us=%d\n")


def problem_of(name):
    """What is wrong with the name of an interactive node: empty, a class name ("GtkButton"),
    or said twice ("Back Back", "_Cancel Cancel"); None if nothing."""
    if name.strip() == "":
        return "empty name"
    if name.startswith(CLASS_PREFIXES) and " " not in name:
        return "class name"
    words = name.replace("_", "").lower().split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "doubled name"
    return None


def read_problem(role, name, states):
    """What is wrong with the name a reader says for a node: for a control, problem_of() its
    name; for what is spoken around the controls (SPOKEN) or takes the focus, a class name or
    a name said twice (an empty one is not said); None if nothing, or if a reader does not
    say it."""
    if role in INTERACTIVE:
        return problem_of(name)
    if role in SPOKEN or pyatspi.STATE_FOCUSABLE in states:
        return problem_of(name) if name.strip() else None
    return None


def role_name(role):
    return ROLE_NAMES.get(role, str(role))


def showing(node):
    """GTK 4.8 says "showing" of the window only; below it, "visible" is what it has."""
    try:
        states = node.getState()
    except Exception:
        return False
    return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)


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


def run_app(settings, radio, waiting, serial="NI667SM0474796"):
    """Starts the built app in a home of its own: settings as given, the radio series picked
    with serial typed (none when radio is empty), and a running WAIT if waiting."""
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
                (radio, serial if radio else ""))
    if waiting:
        with open(os.path.join(state, "lockout.ini"), "w") as f:
            f.write(WAITING % int(time.time() * 1000000))
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_STATE_HOME=os.path.join(home, "state"), GSETTINGS_BACKEND="keyfile",
               GTK_A11Y="atspi")
    env.pop("NO_AT_BRIDGE", None)
    return subprocess.Popen([os.environ["RADIO_CODE_BIN"]], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def private_accessibility_bus():
    """The accessibility bus's socket lives in the runtime folder, or in ~/.cache when there is
    none: two test runs at once (or a desktop session) would share it, and when one run ends its
    bus goes away under the other. The session bus starts the accessibility bus with its own
    environment, so this run's runtime folder is handed to it before anything asks for it. The
    bus then lives as long as the session, for every test of the run: the folder is made in the
    session's own runtime folder (build-aux/test-session removes it), never removed by a test."""
    runtime = tempfile.mkdtemp(prefix="radio-code-a11y-runtime-",
                               dir=os.environ.get("XDG_RUNTIME_DIR"))
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus",
                    "--method", "org.freedesktop.DBus.UpdateActivationEnvironment",
                    "{'XDG_RUNTIME_DIR': '%s'}" % runtime],
                   check=True, stdout=subprocess.DEVNULL)
    os.environ["XDG_RUNTIME_DIR"] = runtime
    return runtime
