#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Scores `khabar brief` main events against hand annotations.

Usage: KHABAR=.build/release/khabar scripts/eval-brief.py [fixtures/articles | fixtures/dev7 | fixtures/dev8 | fixtures/dev9 | fixtures/dev10 | fixtures/heldout2 | fixtures/heldout3 | fixtures/heldout4 | fixtures/heldout5 | fixtures/heldout6] [-v]

The folder holds *.ar.txt articles and annotations.tsv (file, pub_date, type, place, governorate,
killed, wounded, perpetrator, target, event_date; alternatives separated by |). Each field of the
main event is right when it matches the annotation (names: case, diacritics, hyphens and the
article al- ignored, an alternative contained in the output counts; counts: the number, or the
vague word). fixtures/articles and fixtures/dev7 to fixtures/dev10 are development sets;
fixtures/heldout2 … heldout6 are only measured.
A second line counts places that are right but for their vowels (same consonants: Kafr Nubuda for
Kafr Nabudah): the share of place misses that are spelling, not the wrong place. It is not part of
the score.
"""
import csv, json, subprocess, sys, unicodedata, os, re

args = [a for a in sys.argv[1:] if not a.startswith('-')]
folder = args[0] if args else 'fixtures/articles'
verbose = '-v' in sys.argv
khabar = os.environ.get('KHABAR', '.build/release/khabar')

def norm(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[‘’'ʿʾ`\-–]", ' ', s)
    s = re.sub(r'\b(al|el|ad|ar|as|ash|at|az|an|the)\b', ' ', s)
    return ' '.join(s.split())

def name_ok(gold, got):
    if not gold.strip():
        return not got
    if not got:
        return False
    g = norm(got)
    return any(norm(alt) and (norm(alt) in g or g in norm(alt)) for alt in gold.split('|'))

def skeleton(s):
    """A Latin spelling without its vowels, glides, doubled letters and signs: Kafr Nubuda and Kafr
    Nabudah, Talldaww and Taldou, Tell Barak and Tal Brak have the same skeleton."""
    s = norm(s).replace('tell', 'tal').replace('ou', 'u')
    s = re.sub(r'[aeiouyw ]', '', s)
    s = re.sub(r'h\b|h$', '', s)
    return re.sub(r'(.)\1+', r'\1', s)

def place_variant_ok(gold, got):
    """The place right but for its vowels (the same place, spelt another way)."""
    if name_ok(gold, got):
        return True
    if not got or not gold.strip():
        return False
    return any(skeleton(alt) and skeleton(alt) in skeleton(got) for alt in gold.split('|'))

def count_ok(gold, got):
    gold = gold.strip()
    if not gold:
        return got is None
    if got is None:
        return gold == '0'
    if gold.isdigit():
        return got.get('value') == int(gold)
    return (got.get('vague') or '').startswith(gold) or gold in (got.get('vague') or '')

fields = ['type', 'place', 'killed', 'wounded', 'perpetrator', 'target']
totals = {f: 0 for f in fields}
place_variants = 0
n = 0
with open(os.path.join(folder, 'annotations.tsv'), encoding='utf-8') as handle:
    rows = list(csv.DictReader(handle, delimiter='\t'))
for row in rows:
    cmd = [khabar, 'brief', '--format', 'json', os.path.join(folder, row['file'])]
    if row.get('pub_date'):
        cmd[2:2] = ['--date', row['pub_date']]
    out = subprocess.run(cmd, capture_output=True, text=True)
    record = json.loads(out.stdout) if out.stdout.strip() else {}
    events = (record.get('brief') or {}).get('events') or []
    main = next((e for e in events if e.get('role') == 'main'), {})
    place = main.get('places', [{}])[0] if main.get('places') else {}
    got = {
        'type': main.get('type'),
        'place': ' '.join(filter(None, [place.get('english'), place.get('area')])) if place else None,
        'perpetrator': ' '.join(filter(None, [(main.get('perpetrator') or {}).get('english'),
                                              (main.get('perpetrator') or {}).get('hedgedActor')])) or None,
        'target': ' '.join(filter(None, [(main.get('target') or {}).get('english'), (main.get('target') or {}).get('category'),
                                         (main.get('target') or {}).get('object')])) or None,
    }
    ok = {
        'type': (row['type'] or None) == got['type'],
        'place': name_ok(row['place'], got['place']),
        'killed': count_ok(row['killed'], main.get('killed')) or (row['killed'] == '0' and main.get('noCasualties')),
        'wounded': count_ok(row['wounded'], main.get('wounded')) or (row['wounded'] == '0' and main.get('noCasualties')),
        'perpetrator': name_ok(row['perpetrator'], got['perpetrator']),
        'target': name_ok(row['target'], got['target']),
    }
    n += 1
    place_variants += place_variant_ok(row['place'], got['place'])
    for f in fields:
        totals[f] += ok[f]
    if verbose:
        bad = [f"{f}: want {row[f]!r} got {got.get(f, main.get(f))!r}" for f in fields if not ok[f]]
        print(row['file'], 'OK' if not bad else '; '.join(bad))
print(f"{folder}: {n} articles; " + ', '.join(f"{f} {totals[f]}/{n}" for f in fields)
      + f"; all fields {sum(totals.values())}/{n * len(fields)} = {100 * sum(totals.values()) / max(1, n * len(fields)):.1f}%")
print(f"place right but for its vowels included (not in the score above): {place_variants}/{n}")
