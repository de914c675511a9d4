#!/bin/sh
# check-translatable.sh — the catalog's text reaches translators, its patterns do not.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
top=$1
out=$(mktemp)
trap 'rm -f "$out"' EXIT

GETTEXTDATADIRS="$top/po" xgettext --from-code=UTF-8 -o "$out" "$top"/data/catalog/[0-9]*.xml

fail=0
expect() {
  if ! grep -qF -- "$1" "$out"; then echo "missing msgid: $1"; fail=1; fi
}
refuse() {
  if grep -qF -- "$1" "$out"; then echo "pattern extracted for translation: $1"; fail=1; fi
}
expect 'msgid "BP-series"'
expect 'NI, then 3 digits, 2 letters and 7 digits'
expect 'This is a Blaupunkt part number'
expect 'The dashes flash'
expect 'only a Ford dealer'
refuse 'NI[0-9]{3}'
refuse 'msgid "NI667SM0474796"'
[ $fail -eq 0 ] && echo "catalog strings are extracted for translation"
exit $fail
