#!/usr/bin/env python3
# check-translations.py — every language in po/LINGUAS is complete and reaches the program.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-translations.py SOURCE_ROOT LOCALE_DIR
#
# For each language: `msgfmt --check` passes, and every message is translated
# and none fuzzy, in the .po and against the messages the sources hold now (a
# new or changed message fails here until each language has it);
# `LANGUAGE=xx radio-code --help`, with the build's translations, prints the
# option texts in that language; and what README promises scripts: with
# LC_ALL=C, `radio-code --code` and `--check` print English ("Code: 0709")
# whatever LANGUAGE says, while in a UTF-8 locale they speak the language.
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

root, localedir = sys.argv[1], sys.argv[2]
spec = importlib.util.spec_from_file_location(
    'pseudo', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pseudo-locale.py'))
pseudo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pseudo)

OPTION = 'List the radio series with their serial formats'
linguas = [w for line in open(os.path.join(root, 'po', 'LINGUAS'))
           for w in line.split('#')[0].split()]
problems = []
tap = []


def statistics(po):
    run = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                         capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    return run.returncode, run.stderr.strip()


def run_program(args, lc_all, language):
    env = dict(os.environ, LANG=lc_all, LC_ALL=lc_all, RADIO_CODE_LOCALEDIR=localedir)
    env.pop('LANGUAGE', None)
    if language:
        env['LANGUAGE'] = language
    return subprocess.run([os.environ['RADIO_CODE_BIN']] + args, capture_output=True,
                          env=env).stdout.decode('utf-8', 'replace')


# What a script reads: the same English lines as with no language at all.
SCRIPTED = [(['--code', 'B456'], '\nCode: 0709\n'), (['--check', 'M123456'], '\nVerdict: Valid\n')]


def scripts_read_english(lang):
    errors = []
    for args, line in SCRIPTED:
        english = run_program(args, 'C', None)
        scripted = run_program(args, 'C', lang)
        spoken = run_program(args, 'C.UTF-8', lang)
        shown = ' '.join(args)
        if line not in english:
            errors.append('LC_ALL=C radio-code %s does not print %r' % (shown, line.strip()))
        if scripted != english:
            errors.append('LC_ALL=C LANGUAGE=%s radio-code %s is not the English output'
                          % (lang, shown))
        # Otherwise the line above would hold even if no translation were ever found.
        if spoken == run_program(args, 'C.UTF-8', None):
            errors.append('LC_ALL=C.UTF-8 LANGUAGE=%s radio-code %s prints English'
                          % (lang, shown))
    return errors


def translation_of(po, msgid):
    """The translation of @msgid in @po, unless it is missing or fuzzy."""
    found = subprocess.run(['msggrep', '--msgid', '-F', '-e', msgid, po], capture_output=True,
                           text=True, check=True).stdout
    one_line = subprocess.run(['msgattrib', '--no-fuzzy', '--no-wrap', '-'], input=found,
                              capture_output=True, text=True, check=True).stdout
    m = re.search(r'^msgid "%s"\nmsgstr "(.+)"$' % re.escape(msgid), one_line, re.M)
    return m.group(1) if m else None


with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'now.pot')
    pseudo.extract(root, pot)
    for lang in linguas:
        po = os.path.join(root, 'po', lang + '.po')
        errors = []
        status, stats = statistics(po)
        if status != 0:
            errors.append('%s.po: msgfmt --check fails: %s' % (lang, stats))
        notes = ['%s.po: %s' % (lang, stats)]
        merged = os.path.join(tmp, lang + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True)
        if 'fuzzy' in stats or 'untranslated' in stats:
            errors.append('%s.po is not complete' % lang)
        status, stats = statistics(merged)
        notes.append('%s.po against the sources now: %s' % (lang, stats))
        if 'fuzzy' in stats or 'untranslated' in stats:
            errors.append('%s.po lacks messages the sources hold now (msgmerge it and '
                          'translate them)' % lang)
        wanted = translation_of(po, OPTION)
        help_text = subprocess.run(
            [os.environ['RADIO_CODE_BIN'], '--help'], capture_output=True, text=True,
            env=dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE=lang,
                     RADIO_CODE_LOCALEDIR=localedir)).stdout
        if not wanted or wanted not in help_text:
            errors.append('LANGUAGE=%s radio-code --help does not print "%s"' % (lang, wanted))
        errors += scripts_read_english(lang)
        tap.append(('ok' if not errors else 'not ok', lang, notes + errors))

print('1..%d' % max(len(tap), 1))
if not tap:
    print('ok 1 # SKIP no language in po/LINGUAS')
for i, (result, lang, errors) in enumerate(tap, 1):
    print('%s %d %s' % (result, i, lang))
    for error in errors:
        print('# ' + error)
sys.exit(1 if any(result != 'ok' for result, _, _ in tap) else 0)
