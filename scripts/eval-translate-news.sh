#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Quality of `khabar translate` on Khabar's own news set (fixtures/translate/): the headlines and
# first sentences of the fixture articles, with reference English written from the Arabic alone.
# `news-dev.tsv` is the development part (rules may be tuned on it); `news-held.tsv` (a quarter of
# fixtures/articles, chosen by a hash of the file name) is only measured. Score: sacrebleu chrF++
# (`-m chrf --chrf-word-order 2`), per kind (headline, sentence), against the Arabic copied.
#
# Usage: scripts/eval-translate-news.sh [--no-build] [--binary PATH] [--keep DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=1 khabar="" keep=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=0 ;;
    --binary) khabar=$2; build=0; shift ;;
    --keep) keep=$2; shift ;;
    *) echo "usage: $0 [--no-build] [--binary PATH] [--keep DIR]" >&2; exit 2 ;;
  esac
  shift
done
if [[ $build == 1 ]]; then swift build -c release --product khabar >/dev/null; fi
khabar=${khabar:-$(swift build -c release --show-bin-path)/khabar}
command -v sacrebleu >/dev/null || pip install --quiet sacrebleu
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
[[ -n $keep ]] || trap 'rm -rf "$work"' EXIT

printf '%-6s %-9s %6s %9s %9s\n' part kind lines khabar copy
for part in dev held; do
  for kind in headline sentence all; do
    awk -F'\t' -v k=$kind '!/^#/ && $1 != "id" && (k == "all" || $2 == k) { print $3 > "'"$work/$part.$kind.ar"'"; print $4 > "'"$work/$part.$kind.en"'" }' \
      "fixtures/translate/news-$part.tsv"
    "$khabar" translate "$work/$part.$kind.ar" > "$work/$part.$kind.hyp"
    n=$(wc -l < "$work/$part.$kind.ar"); m=$(wc -l < "$work/$part.$kind.hyp")
    [[ "$n" == "$m" ]] || { echo "line count mismatch: $n in, $m out" >&2; exit 1; }
    printf '%-6s %-9s %6s %9s %9s\n' "$part" "$kind" "$n" \
      "$(sacrebleu "$work/$part.$kind.en" -m chrf --chrf-word-order 2 -b < "$work/$part.$kind.hyp")" \
      "$(sacrebleu "$work/$part.$kind.en" -m chrf --chrf-word-order 2 -b < "$work/$part.$kind.ar")"
  done
done
