#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Speed of `khabar translit` (release build) against `uconv -x Arabic-Latin`, side by side, on the
# same list of Arabic place names, and the time to load the gazetteer and answer one name.
# Usage: scripts/bench-translit.sh [LINES]   (default 200000; KHABAR=binary to time another build)
# The name list is every Arabic name of glossaries/places/ (geonames.tsv, press.tsv) and of the
# development split, repeated to LINES lines; the "unique" rows run each distinct name once, and
# the "sample" rows 2,000 of them drawn at random (fixed seed), once each, like a held-out list of
# place names (start-up and loading weigh most there); the "gazetteer" rows run one name per
# place of glossaries/places/geonames.tsv (its first Arabic name), once each. Every list is also
# run with the rules only (--no-gazetteer --scheme bgn).
# Timing only: no transliteration rule is tuned on these names.
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-200000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$lines" <<'PY'
import sys
work, lines = sys.argv[1], int(sys.argv[2])
names = []
seen = set()
def add(name):
    name = name.strip()
    if name and name not in seen and any('\u0621' <= c <= '\u064a' for c in name):
        seen.add(name); names.append(name)
for path, column in [("glossaries/places/press.tsv", 0), ("glossaries/places/geonames.tsv", 1),
                     ("scripts/eval/translit-dev.tsv", 1)]:
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        if header is None:
            header = line; continue
        for name in line.rstrip("\n").split("\t")[column].split("|"):
            add(name)
open(f"{work}/unique.txt", "w", encoding="utf-8").write("".join(n + "\n" for n in names))
import random
sample = random.Random(3).sample(names, min(2000, len(names)))
open(f"{work}/sample.txt", "w", encoding="utf-8").write("".join(n + "\n" for n in sample))
# One name per place of the gazetteer (the first Arabic name of each GeoNames row), once each: the
# shape of a held-out gazetteer list of Levant and Gulf places.
places = []
header = None
for line in open("glossaries/places/geonames.tsv", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    if header is None:
        header = line; continue
    first = line.rstrip("\n").split("\t")[1].split("|")[0].strip()
    if first:
        places.append(first)
open(f"{work}/gazetteer.txt", "w", encoding="utf-8").write("".join(n + "\n" for n in places))
out = [names[i % len(names)] for i in range(lines)]
open(f"{work}/names.txt", "w", encoding="utf-8").write("".join(n + "\n" for n in out))
PY

# KHABAR=path/to/khabar times that binary (e.g. an older build, for before/after) instead of
# building this tree's.
if [[ -n "${KHABAR:-}" ]]; then
  khabar=$KHABAR
else
  swift build -c release --product khabar >/dev/null
  khabar=$(swift build -c release --show-bin-path)/khabar
fi

# Nanoseconds from bash's own clock ($EPOCHREALTIME, bash 5): `$(date +%s%N)` forks a process
# around every run, a millisecond or two that is added to both sides and pulls ratios toward 1.
now() { local t=${EPOCHREALTIME/[.,]/}; echo "${t}000"; }
best() {  # best of 3 wall-clock seconds of a command reading $input
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(now)
    "$@" < "$input" > /dev/null
    end=$(now)
    local t=$(( end - start ))
    if [[ -z "$best" || $t -lt $best ]]; then best=$t; fi
  done
  awk -v ns="$best" 'BEGIN { printf "%.4f", ns / 1e9 }'
}
row() {  # label seconds lines reference-seconds
  awk -v l="$1" -v t="$2" -v n="$3" -v r="$4" \
    'BEGIN { printf "%-52s %8.3f s %10.0f names/s %6.2fx uconv\n", l, t, n / t, r / t }'
}

for list in names unique sample gazetteer; do
  input="$work/$list.txt"
  n=$(wc -l < "$input")
  echo "== $list: $n lines ($(wc -c < "$input") bytes)"
  t_icu=$(best uconv -f utf-8 -t utf-8 -x Arabic-Latin)
  t_press=$(best "$khabar" translit)
  t_bgn=$(best "$khabar" translit --no-gazetteer --scheme bgn)
  t_json=$(best "$khabar" translit --format json)
  row "uconv -x Arabic-Latin" "$t_icu" "$n" "$t_icu"
  row "khabar translit (press, gazetteer)" "$t_press" "$n" "$t_icu"
  row "khabar translit --no-gazetteer --scheme bgn" "$t_bgn" "$n" "$t_icu"
  row "khabar translit --format json" "$t_json" "$n" "$t_icu"
done

# Gazetteer load + first answer: one process answering one name the gazetteer knows.
input=/dev/null
first=""
for _ in 1 2 3 4 5 6 7; do
  start=$(now)
  "$khabar" translit 'دير الزور' > /dev/null
  end=$(now)
  t=$(( end - start ))
  if [[ -z "$first" || $t -lt $first ]]; then first=$t; fi
done
awk -v ns="$first" 'BEGIN { printf "gazetteer load + first answer (whole process, best of 7): %.1f ms\n", ns / 1e6 }'
first=""
for _ in 1 2 3 4 5 6 7; do
  start=$(now)
  "$khabar" translit --no-gazetteer --scheme bgn 'قرية مجهولة' > /dev/null
  end=$(now)
  t=$(( end - start ))
  if [[ -z "$first" || $t -lt $first ]]; then first=$t; fi
done
awk -v ns="$first" 'BEGIN { printf "rules (lexicon load) + first answer (whole process, best of 7): %.1f ms\n", ns / 1e6 }'
