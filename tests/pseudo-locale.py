#!/usr/bin/env python3
# pseudo-locale.py — made-up translations of every message, for layout tests.
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   pseudo-locale.py SOURCE_ROOT OUTPUT_DIR
#
# Extracts every message the way po/meson.build does and writes two
# translations, compiled to OUTPUT_DIR/LANG/LC_MESSAGES/radio-code.mo:
#   xl  every message 40 % longer, its letters accented ("Next" → "Ñéxţ ···")
#   xr  every message in Hebrew letters, so that Pango lays it out right to left
# Placeholders, markup, entities and GDateTime formats are kept as they are.
import math
import os
import re
import subprocess
import sys
import tempfile

KEYWORDS = ['_', 'N_', 'C_:1c,2', 'NC_:1c,2', 'g_dcgettext:2', 'g_dngettext:2,3',
            'g_dpgettext2:2c,3']
PROTECTED = re.compile(r'%[^a-zA-Z%]*[a-zA-Z%]|<[^>]*>|&#?\w+;|\\[nt"\\]')
ACCENTED = dict(zip('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                    'áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'))
HEBREW = {c: chr(0x05D0 + i % 27) for i, c in enumerate('abcdefghijklmnopqrstuvwxyz')}
HEBREW.update({c.upper(): h for c, h in HEBREW.items()})


def extract(root, pot):
    with open(os.path.join(root, 'po', 'POTFILES.in')) as f:
        files = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments', '--output=' + pot,
                    '--directory=' + root] + ['--keyword=' + k for k in KEYWORDS] + files,
                   check=True, env=dict(os.environ, GETTEXTDATADIRS=os.path.join(root, 'po')))


def unquote(lines):
    return ''.join(re.match(r'^[a-z_\[\]0-9]* ?"(.*)"$', l).group(1) for l in lines)


def read_pot(pot):
    """[(msgctxt, msgid, msgid_plural)], strings still escaped as in the file."""
    entries = []
    for block in open(pot, encoding='utf-8').read().split('\n\n'):
        fields, current = {}, None
        for line in block.splitlines():
            if line.startswith('#'):
                continue
            m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(\[\d\])?) ', line)
            if m:
                current = m.group(1)
                fields[current] = []
            if current:
                fields[current].append(line)
        if fields.get('msgid') and unquote(fields['msgid']):
            entries.append(tuple(unquote(fields[k]) if k in fields else None
                                 for k in ('msgctxt', 'msgid', 'msgid_plural')))
    return entries


def transform(text, table, longer):
    # A message that ends (or starts) a line keeps doing so.
    m = re.match(r'^((?:\\n)*)(.*?)((?:\\n)*)$', text, re.S)
    return m.group(1) + transform_inner(m.group(2), table, longer) + m.group(3)


def transform_inner(text, table, longer):
    out, visible, last = [], 0, 0
    for m in PROTECTED.finditer(text):
        chunk = text[last:m.start()]
        out.append(''.join(table.get(c, c) for c in chunk))
        visible += len(chunk)
        out.append(m.group(0))
        last = m.end()
    chunk = text[last:]
    out.append(''.join(table.get(c, c) for c in chunk))
    visible += len(chunk)
    if longer and visible > 0:
        extra = math.ceil(visible * 0.4)
        # Padding in short words, as a longer language would have: it wraps.
        words = ['·' * min(5, extra - i) for i in range(0, extra, 6)]
        out.append(' ' + ' '.join(words))
    return ''.join(out)


def write_po(entries, path, table, longer):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
        for ctxt, msgid, plural in entries:
            if ctxt is not None:
                f.write('msgctxt "%s"\n' % ctxt)
            f.write('msgid "%s"\n' % msgid)
            if plural is not None:
                f.write('msgid_plural "%s"\n' % plural)
                f.write('msgstr[0] "%s"\n' % transform(msgid, table, longer))
                f.write('msgstr[1] "%s"\n\n' % transform(plural, table, longer))
            else:
                f.write('msgstr "%s"\n\n' % transform(msgid, table, longer))


def main():
    root, outdir = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'all.pot')
        extract(root, pot)
        entries = read_pot(pot)
        for lang, table, longer in (('xl', ACCENTED, True), ('xr', HEBREW, False)):
            po = os.path.join(tmp, lang + '.po')
            write_po(entries, po, table, longer)
            folder = os.path.join(outdir, lang, 'LC_MESSAGES')
            os.makedirs(folder, exist_ok=True)
            subprocess.run(['msgfmt', '--check-format', '-o',
                            os.path.join(folder, 'radio-code.mo'), po], check=True)
    print('%d messages in xl and xr' % len(entries))


if __name__ == '__main__':
    main()
