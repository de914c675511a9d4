#!/usr/bin/env python3
# check-versions.py — no code uses a library API newer than the version it is guarded by
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (meson runs it, see tests/meson.build):
#   check-versions.py SOURCE_ROOT BUILD_ROOT FAMILY=FLOOR:INSTALLED ...
# where FAMILY is GLIB, GTK or ADW, FLOOR the oldest version the app supports
# (meson.build's api_versions) and INSTALLED the version on this machine.
#
# Two checks, as TAP:
#
# 1. Every source file with a *_CHECK_VERSION guard is compiled once for each
#    version its guards name, and once for the floor, pretending the library
#    is that version: the guard macro answers as that version would, and
#    *_VERSION_MAX_ALLOWED is set to it, so a branch that uses API newer than
#    its guard fails to compile (-Werror=deprecated-declarations). Only
#    versions up to the installed one can be compiled; the others are skipped
#    with the reason.
# 2. Known symbols newer than the floor (KNOWN_SYMBOLS below) may stand only in
#    a branch guarded by at least their version: never in unguarded code, in a
#    branch guarded by a lower version, in an #else, or in a .ui file.
#
# To teach it a new symbol, add a line to KNOWN_SYMBOLS: a type name (its
# functions, TYPE_ macro and cast macro are found from it) or a function name.

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# Symbol -> (family, version it appeared in). Types cover their functions and macros.
KNOWN_SYMBOLS = {
    # GTK
    'GtkColumnViewSorter': ('GTK', (4, 10)),
    'GtkFileDialog': ('GTK', (4, 10)),
    'GtkAlertDialog': ('GTK', (4, 10)),
    'GtkColorDialog': ('GTK', (4, 10)),
    'GtkColorDialogButton': ('GTK', (4, 10)),
    'GtkFontDialog': ('GTK', (4, 10)),
    'GtkFontDialogButton': ('GTK', (4, 10)),
    'GtkUriLauncher': ('GTK', (4, 10)),
    'GtkFileLauncher': ('GTK', (4, 10)),
    'GtkListHeader': ('GTK', (4, 12)),
    'GtkSectionModel': ('GTK', (4, 12)),
    'gtk_list_view_scroll_to': ('GTK', (4, 12)),
    'gtk_column_view_scroll_to': ('GTK', (4, 12)),
    'gtk_accessible_announce': ('GTK', (4, 14)),
    'GtkGraphicsOffload': ('GTK', (4, 14)),
    # libadwaita
    'AdwAboutWindow': ('ADW', (1, 2)),
    'AdwEntryRow': ('ADW', (1, 2)),
    'AdwMessageDialog': ('ADW', (1, 2)),
    'AdwBanner': ('ADW', (1, 3)),
    'AdwTabOverview': ('ADW', (1, 3)),
    'AdwTabButton': ('ADW', (1, 3)),
    'AdwNavigationView': ('ADW', (1, 4)),
    'AdwNavigationPage': ('ADW', (1, 4)),
    'AdwNavigationSplitView': ('ADW', (1, 4)),
    'AdwOverlaySplitView': ('ADW', (1, 4)),
    'AdwToolbarView': ('ADW', (1, 4)),
    'AdwBreakpoint': ('ADW', (1, 4)),
    'AdwBreakpointBin': ('ADW', (1, 4)),
    'AdwSpinRow': ('ADW', (1, 4)),
    'AdwSwitchRow': ('ADW', (1, 4)),
    'AdwDialog': ('ADW', (1, 5)),
    'AdwAlertDialog': ('ADW', (1, 5)),
    'AdwAboutDialog': ('ADW', (1, 5)),
    'AdwPreferencesDialog': ('ADW', (1, 5)),
    'AdwSpinner': ('ADW', (1, 6)),
    'AdwBottomSheet': ('ADW', (1, 6)),
    'AdwMultiLayoutView': ('ADW', (1, 6)),
    'AdwButtonRow': ('ADW', (1, 6)),
    # GLib
    'G_APPLICATION_DEFAULT_FLAGS': ('GLIB', (2, 74)),
    'g_idle_add_once': ('GLIB', (2, 74)),
    'g_timeout_add_once': ('GLIB', (2, 74)),
    'g_string_free_and_steal': ('GLIB', (2, 76)),
    'g_clear_fd': ('GLIB', (2, 76)),
    'g_autofd': ('GLIB', (2, 76)),
    'g_set_str': ('GLIB', (2, 76)),
    'g_ptr_array_sort_values': ('GLIB', (2, 76)),
    'g_string_new_take': ('GLIB', (2, 78)),
    'g_strv_builder_take': ('GLIB', (2, 80)),
    'g_task_return_new_error_literal': ('GLIB', (2, 80)),
    'g_strv_builder_unref_to_strv': ('GLIB', (2, 82)),
}

# The check macro of each family, and the prefix of its MIN_REQUIRED/MAX_ALLOWED macros.
FAMILIES = {
    'GLIB': {'check': 'GLIB_CHECK_VERSION', 'api': 'GLIB', 'headers': ['glib.h']},
    'GTK': {'check': 'GTK_CHECK_VERSION', 'api': 'GDK', 'headers': ['gtk/gtk.h']},
    'ADW': {'check': 'ADW_CHECK_VERSION', 'api': 'ADW', 'headers': ['adwaita.h']},
}

GUARD = re.compile(r'\b(GLIB|GTK|ADW)_CHECK_VERSION\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)')


def version_text(version):
    return '.'.join(str(n) for n in version)


def parse_version(text):
    return tuple(int(n) for n in text.split('.')[:2])


def strip_comments_and_strings(text):
    """Blanks out comments and string literals, keeping the line count."""
    def blank(match):
        return re.sub(r'[^\n]', ' ', match.group(0))
    pattern = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
    return pattern.sub(blank, text)


def symbol_patterns(symbol):
    """A type name stands for itself, its functions, its TYPE_ macro and its cast macro."""
    match = re.fullmatch(r'(Gtk|Adw|G)([A-Z][A-Za-z0-9]*)', symbol)
    if match is None:
        return [re.compile(r'\b' + re.escape(symbol) + r'\b')]
    prefix, name = match.groups()
    snake = re.sub(r'(?<=[a-z0-9])([A-Z])', r'_\1', name).lower()
    lower = prefix.lower() + '_' + snake
    upper = prefix.upper()
    return [re.compile(r'\b' + symbol + r'\b'),
            re.compile(r'\b' + lower + r'_'),
            re.compile(r'\b' + upper + '_TYPE_' + snake.upper() + r'\b'),
            re.compile(r'\b' + upper + '_' + snake.upper() + r'\s*\(')]


def guarded_lines(text):
    """For each line, the version each family is known to have there: {family: version}."""
    stack = []   # one entry per open #if: (family, version, in_true_branch) or None
    known = []
    for line in text.split('\n'):
        directive = re.match(r'\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b(.*)', line)
        if directive:
            word, rest = directive.groups()
            guard = GUARD.search(rest)
            negated = guard is not None and re.search(r'!\s*' + guard.group(1) + '_CHECK_VERSION', rest)
            if word in ('if', 'ifdef', 'ifndef'):
                if guard and '||' not in rest:
                    stack.append([guard.group(1), (int(guard.group(2)), int(guard.group(3))), not negated])
                else:
                    stack.append(None)
            elif word == 'elif':
                # What an #elif knows is not worked out: nothing is assumed.
                if stack:
                    stack[-1] = None
            elif word == 'else':
                if stack and stack[-1] is not None:
                    stack[-1][2] = not stack[-1][2]
            elif word == 'endif' and stack:
                stack.pop()
        here = {}
        for entry in stack:
            if entry is not None and entry[2]:
                family, version, _ = entry
                here[family] = max(here.get(family, (0, 0)), version)
        known.append(here)
    return known


def check_symbols(root, floors, tap):
    """Check 2: known newer symbols only where a guard allows them."""
    files = []
    for top in ('src', 'data/ui'):
        for directory, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if name.endswith(('.c', '.h', '.ui')):
                    files.append(os.path.join(directory, name))
    problems = []
    seen = set()
    for path in sorted(files):
        with open(path, encoding='utf-8') as f:
            text = f.read()
        is_ui = path.endswith('.ui')
        code = text if is_ui else strip_comments_and_strings(text)
        known = [{}] * (code.count('\n') + 1) if is_ui else guarded_lines(code)
        lines = code.split('\n')
        for symbol, (family, version) in KNOWN_SYMBOLS.items():
            if version <= floors[family]:
                continue
            for pattern in symbol_patterns(symbol):
                for number, line in enumerate(lines):
                    if not pattern.search(line):
                        continue
                    allowed = max(floors[family], known[number].get(family, (0, 0)))
                    if allowed < version and (path, number, symbol) not in seen:
                        seen.add((path, number, symbol))
                        problems.append('%s:%d: %s needs %s %s, but only %s %s is sure there' % (
                            os.path.relpath(path, root), number + 1, symbol, family,
                            version_text(version), family, version_text(allowed)))
    tap.result(not problems, 'known symbols stand only behind a guard for their version',
               problems)


def compile_command(build, path):
    with open(os.path.join(build, 'compile_commands.json'), encoding='utf-8') as f:
        commands = json.load(f)
    for entry in commands:
        if os.path.realpath(os.path.join(entry['directory'], entry['file'])) == os.path.realpath(path):
            return entry
    return None


def pretend_header(path, family, version, includes, log_domain):
    """A header that includes what the file does, then makes @family's guard answer as @version."""
    check = FAMILIES[family]['check']
    lines = [log_domain, '#include "config.h"']
    lines += ['#include <%s>' % name for name in includes]
    lines += ['#undef %s' % check,
              '#define %s(major, minor, micro) ((major) < %d || ((major) == %d && (minor) <= %d))' % (
                  check, version[0], version[0], version[1])]
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def check_compiles(root, build, floors, installed, tap):
    """Check 1: each guarded file compiles as each version its guards name would see it."""
    for directory, _, names in sorted(os.walk(os.path.join(root, 'src'))):
        for name in sorted(names):
            if not name.endswith('.c'):
                continue
            path = os.path.join(directory, name)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            guards = {}
            for match in GUARD.finditer(strip_comments_and_strings(text)):
                guards.setdefault(match.group(1), set()).add((int(match.group(2)), int(match.group(3))))
            if not guards:
                continue
            entry = compile_command(build, path)
            relative = os.path.relpath(path, root)
            if entry is None:
                tap.result(False, '%s is in the build' % relative, ['no compile command found'])
                continue
            includes = re.findall(r'^\s*#\s*include\s*<([^>]+)>', text, re.M)
            # The file's own log domain comes before any GLib header, as in the file.
            domain = re.search(r'^\s*#\s*define\s+G_LOG_DOMAIN\b.*$', text, re.M)
            log_domain = domain.group(0) if domain else ''
            # Widgets get GTK and libadwaita through their own headers: include them first, so
            # that no library header sees the pretended guard.
            if os.path.basename(directory) != 'core':
                includes = ['adwaita.h'] + includes
            for family, versions in sorted(guards.items()):
                # A guard at or below the floor is always true: nothing to compile for it.
                for version in sorted(v for v in versions | {floors[family]} if v >= floors[family]):
                    what = '%s compiles as %s %s would see it' % (relative, family,
                                                                   version_text(version))
                    if version > installed[family]:
                        tap.skip(what, '%s %s is installed' % (family, version_text(installed[family])))
                        continue
                    ok, errors = compile_as(entry, family, version, includes, log_domain)
                    tap.result(ok, what, errors)


def compile_as(entry, family, version, includes, log_domain):
    api = FAMILIES[family]['api']
    macro = '%s_VERSION_%d_%d' % (api, version[0], version[1])
    with tempfile.TemporaryDirectory() as scratch:
        header = os.path.join(scratch, 'pretend.h')
        pretend_header(header, family, version, includes, log_domain)
        args = shlex.split(entry['command']) if 'command' in entry else list(entry['arguments'])
        out = []
        skip = False
        for arg in args:
            if skip:
                skip = False
                continue
            if arg in ('-o', '-MF', '-MQ'):
                skip = True
                continue
            if arg in ('-c', '-MD') or arg.startswith('-D%s_VERSION_MAX_ALLOWED=' % api):
                continue
            out.append(arg)
        out += ['-fsyntax-only', '-fdiagnostics-color=never', '-Werror=deprecated-declarations',
                '-D%s_VERSION_MAX_ALLOWED=%s' % (api, macro), '-include', header]
        run = subprocess.run(out, cwd=entry['directory'], capture_output=True, text=True)
        return run.returncode == 0, run.stderr.strip().split('\n') if run.returncode else []


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, what, details=()):
        self.n += 1
        if not ok:
            self.failed += 1
        print('%sok %d %s' % ('' if ok else 'not ', self.n, what))
        for line in details:
            print('# ' + line)

    def skip(self, what, why):
        self.n += 1
        print('ok %d %s # SKIP %s' % (self.n, what, why))

    def end(self):
        print('1..%d' % self.n)
        return 1 if self.failed else 0


def main(argv):
    root, build = argv[1], argv[2]
    floors, installed = {}, {}
    for arg in argv[3:]:
        family, versions = arg.split('=')
        floor, have = versions.split(':')
        floors[family] = parse_version(floor)
        installed[family] = parse_version(have)
    tap = Tap()
    check_symbols(root, floors, tap)
    check_compiles(root, build, floors, installed, tap)
    return tap.end()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
