#!/usr/bin/env python3
# check-i18n.py — text a translator can translate well, and a layout that can flip.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   check-i18n.py SOURCE_ROOT
#
# Fails on:
#  - a message with a number in it that is not a plural message (ngettext),
#    unless its translator comment says the number is "not a count" (a position,
#    a year, a step);
#  - translated pieces glued together in C: an untranslated printf format made
#    only of conversions and punctuation ("%s %s", "%s, %u"), a punctuation-only
#    string appended to a GString, a list joined with g_strjoin(v), or
#    g_strconcat of a translated string. A line that builds text nobody reads
#    (a search query, an id) says so with the comment "not shown to people";
#  - a translator comment in C that xgettext does not hand to translators: it
#    only keeps a comment on the line just above the message's first string,
#    so "/* Translators: … */" above a call whose string starts a line further
#    down is lost (put the comment right above the string);
#  - a left/right margin, padding or border in the style sheet that does not
#    flip in right-to-left text (one without a :dir() selector, unless both
#    sides are equal).
import importlib.util
import os
import re
import sys
import tempfile

root = sys.argv[1]
spec = importlib.util.spec_from_file_location(
    'pseudo', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pseudo-locale.py'))
pseudo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pseudo)
problems = []

# Numbers in messages.
CONVERSION = re.compile(r'%(\d+\$)?[-+ #0\']*\d*(\.\d+)?(hh|h|ll|l|z)?[diouxX]')
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'all.pot')
    pseudo.extract(root, pot)
    pot_text = open(pot, encoding='utf-8').read()
    for block in pot_text.split('\n\n'):
        if 'msgid_plural' in block or 'msgid' not in block:
            continue
        comments = ' '.join(re.findall(r'^#\. (.*)$', block, re.M))
        places = ' '.join(re.findall(r'^#: (.*)$', block, re.M))
        body = block[block.index('msgid'):].split('msgstr')[0]
        msgid = ''.join(re.findall(r'"(.*)"', body))
        if not CONVERSION.search(msgid):
            continue
        if 'not a count' in comments:
            continue
        problems.append('%s: "%s" has a number but no plural forms; use ngettext, or say in a '
                        'translator comment that it is not a count' % (places, msgid[:60]))

# Translator comments that reach translators, their lines joined as xgettext writes them.
def words(text):
    return ' '.join(re.sub(r'^\s*\* ?', '', line) for line in text.splitlines()).split()


extracted = ['\n'.join(' '.join(words(c)) for c in re.findall(r'^#\. (.*)$', block, re.M))
             for block in pot_text.split('\n\n')]
extracted = '\n'.join(' '.join(block.split()) for block in extracted)
for folder, _, files in os.walk(os.path.join(root, 'src')):
    for name in sorted(files):
        if not name.endswith('.c'):
            continue
        path = os.path.join(folder, name)
        source = open(path, encoding='utf-8').read()
        for m in re.finditer(r'/\*\s*(Translators:.*?)\*/', source, re.S):
            if ' '.join(words(m.group(1))) not in extracted:
                problems.append('%s:%d: xgettext drops this translator comment; put it on the '
                                'line just above the message'
                                % (os.path.relpath(path, root), source.count('\n', 0, m.start()) + 1))

# Glue in C.
FORMAT_CALL = re.compile(r'\b(?:g_strdup_printf|g_string_append_printf|g_string_printf|g_print|'
                         r'g_printerr)\s*\((?:\s*[\w>.-]+\s*,)?\s*"((?:[^"\\]|\\.)*)"')
APPEND = re.compile(r'\bg_string_(?:append|prepend)\s*\([^,]+,\s*"((?:[^"\\]|\\.)*)"\s*\)')
JOIN = re.compile(r'\bg_strjoinv?\s*\(\s*"((?:[^"\\]|\\.)*)"')
CONCAT = re.compile(r'\bg_strconcat\s*\([^;]*\b(?:_|C_|N_)\s*\(')
ANY_CONVERSION = re.compile(r'%(\d+\$)?[-+ #0\']*\d*(\.\d+)?(hh|h|ll|l|z)?[diouxXcsfeEgG]')
for folder, _, files in os.walk(os.path.join(root, 'src')):
    for name in sorted(files):
        if not name.endswith('.c'):
            continue
        path = os.path.join(folder, name)
        for number, line in enumerate(open(path, encoding='utf-8'), 1):
            if 'not shown to people' in line:
                continue
            where = '%s:%d' % (os.path.relpath(path, root), number)
            for m in FORMAT_CALL.finditer(line):
                text = m.group(1)
                conversions = ANY_CONVERSION.findall(text)
                rest = ANY_CONVERSION.sub('', text).replace('\\n', '')
                if conversions and rest and not re.search(r'[A-Za-z]', rest):
                    problems.append('%s: "%s" glues pieces of text with "%s"; make the whole '
                                    'sentence one message' % (where, text, rest))
            for m in APPEND.finditer(line):
                text = m.group(1).replace('\\n', '')
                # An ellipsis closing a shortened text is the same everywhere.
                if text and text != '…' and not re.search(r'\w', text):
                    problems.append('%s: appends "%s" between pieces of text; join with '
                                    'rc_text_join_list() or a message' % (where, m.group(1)))
            for m in JOIN.finditer(line):
                if m.group(1) != '\\n':
                    problems.append('%s: joins text with "%s"; use rc_text_join_list()'
                                    % (where, m.group(1)))
            if CONCAT.search(line):
                problems.append('%s: concatenates a translated string' % where)

# Sides in the style sheet.
css = open(os.path.join(root, 'data', 'style.css'), encoding='utf-8').read()
css = re.sub(r'/\*.*?\*/', '', css, flags=re.S)
for block in re.finditer(r'([^{}]+)\{([^}]*)\}', css):
    selector, body = block.group(1).strip(), block.group(2)
    sides = dict(((p, s), v.strip()) for p, s, v in
                 re.findall(r'(margin|padding|border)-(left|right)\s*:\s*([^;]+);', body))
    for (prop, side), value in sides.items():
        other = 'right' if side == 'left' else 'left'
        if ':dir(' not in selector and sides.get((prop, other)) != value:
            problems.append('data/style.css: "%s" sets %s-%s only; add a :dir(rtl) rule'
                            % (selector, prop, side))

for problem in problems:
    print(problem)
if problems:
    sys.exit(1)
print('messages, glue and sides are fit for translation')
