#!/usr/bin/env bash
# run-fuzz.sh — one libFuzzer target as a TAP test
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   run-fuzz.sh TARGET SOURCE-DIR NAME [SEED-DIR...]
#
# 1. runs TARGET once on each of reproducers/NAME/* and seeds/NAME/* (and
#    the extra SEED-DIRs), so that every bug found before stays found;
# 2. fuzzes from those inputs: RC_FUZZ_RUNS inputs from the fixed seed
#    RC_FUZZ_SEED (1 by default), the same run every time, as the test
#    command does; or, when RC_FUZZ_SECONDS is set, for that long from a
#    random seed (build-aux/dev fuzz).
# New inputs go to a throwaway folder, or to RC_FUZZ_CORPUS/NAME when set
# (build-aux/dev fuzz keeps them between runs). An input that fails is kept
# as fuzz-artifacts/NAME-* in the current folder and printed as base64.
set -uo pipefail

target=$1 src=$2 name=$3
shift 3
seconds=${RC_FUZZ_SECONDS:-}
seed=${RC_FUZZ_SEED:-1}
runs=${RC_FUZZ_RUNS:-10000}
# In memory where the machine allows: the state target saves and syncs files all the time.
tmp=${TMPDIR:-/tmp}
[ -d /dev/shm ] && [ -w /dev/shm ] && tmp=/dev/shm
work=$(mktemp -d "$tmp/radio-code-fuzz-XXXXXX")
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"

# Halt on the first error of any kind; GLib's own one-time allocations are not leaks.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="${LSAN_OPTIONS:-}:suppressions=$src/../lsan.supp:print_suppressions=0"
export G_SLICE=always-malloc

# Big inputs (the megabyte searches) are run as reproducers; fuzzing stays small.
max_len=4096
[ "$name" = catalog ] && max_len=32768

seed_dirs=()
for dir in "$src/seeds/$name" "$src/reproducers/$name" "$@"; do
  [ -d "$dir" ] && seed_dirs+=("$dir")
done
dict=()
[ -f "$src/dict/$name.dict" ] && dict=("-dict=$src/dict/$name.dict")

options=(-timeout=60 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}"
         "-artifact_prefix=$work/artifact-")

report_failure () {
  local artifact
  mkdir -p fuzz-artifacts
  for artifact in "$work"/artifact-*; do
    [ -f "$artifact" ] || continue
    cp "$artifact" "fuzz-artifacts/$name-${artifact##*/artifact-}"
    echo "# the failing input, kept as $PWD/fuzz-artifacts/$name-${artifact##*/artifact-}:"
    head -c 512 "$artifact" | base64 | sed 's/^/#   /'
  done
}

echo "1..2"

inputs=()
for dir in "${seed_dirs[@]}"; do
  for file in "$dir"/*; do
    [ -f "$file" ] && inputs+=("$file")
  done
done
if "$target" "${options[@]}" "${inputs[@]}" >"$work/once.log" 2>&1; then
  echo "ok 1 - $name: ${#inputs[@]} seeds and reproducers"
else
  cat "$work/once.log" >&2
  echo "not ok 1 - $name: a seed or reproducer fails"
  report_failure
fi

corpus="$work/corpus"
[ -n "${RC_FUZZ_CORPUS:-}" ] && corpus="$RC_FUZZ_CORPUS/$name"
mkdir -p "$corpus"
if [ -n "$seconds" ]; then
  bound=(-max_total_time="$seconds")
  what="$seconds s of fuzzing"
else
  bound=(-seed="$seed" -runs="$runs")
  what="fuzzing from seed $seed"
fi
if "$target" "${options[@]}" -max_len=$max_len "${bound[@]}" \
     "$corpus" "${seed_dirs[@]}" >"$work/fuzz.log" 2>&1; then
  executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log")
  cov=$(grep -o 'cov: [0-9]*' "$work/fuzz.log" | tail -n 1)
  echo "ok 2 - $name: $what, ${executed:-?} inputs, $cov"
else
  tail -n 80 "$work/fuzz.log" >&2
  echo "not ok 2 - $name: $what found an input that fails"
  report_failure
fi
