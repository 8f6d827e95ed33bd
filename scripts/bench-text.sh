#!/usr/bin/env bash
# Throughput of Khabar's normalize + segment against `uconv -x Any-NFKC`, side by side, on the
# same ~10 MB Arabic file. Usage: scripts/bench-text.sh [ARABIC_TEXT_FILE] [SIZE_MB]
# Without a file it builds one from the development corpora in ../shared/data/dev (TICO-19 and
# Tatoeba, Arabic side) or, failing that, from the fixtures, repeated to SIZE_MB (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${2:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -n "${1:-}" ]]; then
  cp "$1" "$work/seed.txt"
elif [[ -f ../shared/data/dev/tico19.ar ]]; then
  cat ../shared/data/dev/tico19.ar ../shared/data/dev/tatoeba.ar > "$work/seed.txt"
else
  cat fixtures/articles/*.txt > "$work/seed.txt"
fi
input="$work/input.txt"
: > "$input"
while (( $(stat -c %s "$input") < size_mb * 1000000 )); do cat "$work/seed.txt" >> "$input"; done
bytes=$(stat -c %s "$input")

swift build -c release --product khabar >/dev/null
khabar=$(swift build -c release --show-bin-path)/khabar

best() {  # best of 3 wall-clock seconds of a command
  local best=
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    local t
    t=$(echo "$end - $start" | bc -l)
    if [[ -z "$best" ]] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
  done
  echo "$best"
}

t_uconv=$(best uconv -f utf-8 -t utf-8 -x Any-NFKC "$input")
t_norm=$(best "$khabar" normalize "$input")
t_sent=$(best "$khabar" segment --sentences "$input")
t_seg=$(best "$khabar" segment --words "$input")
mb=$(echo "$bytes / 1000000" | bc -l)
printf 'input: %.1f MB of Arabic text (%s lines)\n' "$mb" "$(wc -l < "$input")"
printf '%-44s %7.3f s %8.1f MB/s\n' "uconv -x Any-NFKC" "$t_uconv" "$(echo "$mb / $t_uconv" | bc -l)"
printf '%-44s %7.3f s %8.1f MB/s\n' "khabar normalize" "$t_norm" "$(echo "$mb / $t_norm" | bc -l)"
printf '%-44s %7.3f s %8.1f MB/s\n' "khabar segment --sentences" "$t_sent" "$(echo "$mb / $t_sent" | bc -l)"
printf '%-44s %7.3f s %8.1f MB/s\n' "khabar segment --words" "$t_seg" "$(echo "$mb / $t_seg" | bc -l)"
printf 'speed relative to uconv -x Any-NFKC (higher is faster):\n'
printf '  normalize                          %.2fx\n' "$(echo "$t_uconv / $t_norm" | bc -l)"
printf '  normalize + sentence segmentation  %.2fx\n' "$(echo "$t_uconv / $t_sent" | bc -l)"
printf '  normalize + word segmentation      %.2fx\n' "$(echo "$t_uconv / $t_seg" | bc -l)"
