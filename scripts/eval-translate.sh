#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Quality and speed of `khabar translate` on the development sets (../shared/data/dev/: TICO-19,
# Tatoeba). Never run on FLORES-200, NTREX-128 or CrossSum/XL-Sum: those are for the final
# evaluation only.
#
# Splits (fixed, by line number): the first 80% of each set is the development part the rules were
# tuned on; the last 20% is held out (tico19 lines 1681-2100, tatoeba lines 8245-10305) and only
# measured. Score: sacrebleu chrF++ (`-m chrf --chrf-word-order 2`), against the naive baseline
# (the Arabic copied). Speed: records/s of `khabar translate` against `uconv -x Arabic-Latin` on
# the same file, and start-up time (one headline).
#
# Usage: scripts/eval-translate.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
dev=${KHABAR_DEV_DIR:-../shared/data/dev}
if [[ "${1:-}" != "--no-build" ]]; then swift build -c release --product khabar >/dev/null; fi
khabar=$(swift build -c release --show-bin-path)/khabar
command -v sacrebleu >/dev/null || pip install --quiet sacrebleu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chrf() { sacrebleu "$1" -m chrf --chrf-word-order 2 -b < "$2"; }

printf '%-10s %-9s %6s %9s %9s\n' set part lines khabar copy
for set in tico19 tatoeba; do
  total=$(wc -l < "$dev/$set.ar")
  cut=$(( total * 8 / 10 ))
  head -n "$cut" "$dev/$set.ar" > "$work/$set.dev.ar"; head -n "$cut" "$dev/$set.en" > "$work/$set.dev.en"
  tail -n +"$((cut + 1))" "$dev/$set.ar" > "$work/$set.held.ar"; tail -n +"$((cut + 1))" "$dev/$set.en" > "$work/$set.held.en"
  for part in dev held; do
    "$khabar" translate "$work/$set.$part.ar" > "$work/$set.$part.hyp"
    n=$(wc -l < "$work/$set.$part.ar"); m=$(wc -l < "$work/$set.$part.hyp")
    [[ "$n" == "$m" ]] || { echo "line count mismatch: $n in, $m out" >&2; exit 1; }
    printf '%-10s %-9s %6s %9s %9s\n' "$set" "$part" "$n" "$(chrf "$work/$set.$part.en" "$work/$set.$part.hyp")" \
      "$(chrf "$work/$set.$part.en" "$work/$set.$part.ar")"
  done
done

# Speed, side by side: (1) each set once, as a feed of new lines would be (cold caches, start-up
# included); (2) the two sets together repeated to about 100,000 lines (the words come back, as
# in a day of news: warm caches, start-up spread out).
for _ in $(seq 8); do cat "$dev/tico19.ar" "$dev/tatoeba.ar"; done > "$work/speed.ar"
ratio() {  # file label
  local lines t0 t1 t2
  lines=$(wc -l < "$1")
  t0=$(date +%s.%N); "$khabar" translate "$1" > /dev/null; t1=$(date +%s.%N)
  uconv -x Arabic-Latin < "$1" > /dev/null; t2=$(date +%s.%N)
  python3 - "$2" "$lines" "$t0" "$t1" "$t2" <<'PY'
import sys
label, lines, t0, t1, t2 = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
k, u = lines / (t1 - t0), lines / (t2 - t1)
print(f"speed {label}: khabar translate {k:,.0f} lines/s, uconv -x Arabic-Latin {u:,.0f} lines/s, ratio {k / u:.2f}x ({lines} lines)")
PY
}
ratio "$dev/tico19.ar" "tico19 once"
ratio "$dev/tatoeba.ar" "tatoeba once"
ratio "$work/speed.ar" "both x8"
t0=$(date +%s.%N); "$khabar" translate --text 'ضربة قوية لجيش النظام في الرقة' > /dev/null; t1=$(date +%s.%N)
python3 -c "import sys; print(f'startup (one headline, load included): {(float(sys.argv[2]) - float(sys.argv[1])) * 1000:.0f} ms')" "$t0" "$t1"
