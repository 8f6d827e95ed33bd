#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Evaluate `khabar translit` on an evaluation split (Python 3 standard library only).

    python3 scripts/eval-translit.py                       # dev split, debug build
    python3 scripts/eval-translit.py --split heldout       # held-out split: measure only, never tune
    python3 scripts/eval-translit.py --binary .build/release/khabar --errors 30

Splits (scripts/eval/, see glossaries/SOURCES.md): `dev` (EG LY TN DZ MA SD MR SO DJ KM EH) is the
only split rules may be fitted on; `heldout` (SY IQ JO LB PS SA YE KW QA BH AE OM) is for the final
measurement. `--errors` prints mistakes and refuses to do so on the held-out split.

Each place is queried with its first Arabic name. Reports:
  (a) gazetteer mode (the default scheme press, and bgn): share of names whose output equals the
      GeoNames primary name or one of its recorded Latin names, ignoring case, diacritics, hyphens
      and apostrophes; without and with the place's country (--country);
  (b) rules only (`--no-gazetteer --scheme bgn`): exact match and mean character error rate
      (Levenshtein distance / reference length) against the GeoNames primary name, with
      diacritics kept and with diacritics (and the ayn/hamza signs) removed, case ignored;
  and, for reference, ICU's built-in Arabic-Latin (`uconv -x Arabic-Latin`) on (b) when
  uconv is installed.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPLITS = {
    "dev": os.path.join(ROOT, "scripts/eval/translit-dev.tsv"),
    "heldout": os.path.join(ROOT, "scripts/eval/translit-heldout.tsv"),
}
SIGNS = "'`´‘’ʻʼʿʾ"


def read_split(path):
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            row = dict(zip(header, fields + [""] * (len(header) - len(fields))))
            arabic = row["arabic"].split("|")[0].strip()
            if not arabic:
                continue
            latin = [x for x in row.get("latin", "").split("|") if x]
            rows.append({"arabic": arabic, "name": row["name"], "latin": latin, "country": row["country"]})
    return rows


def strip_marks(text):
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept).replace("ı", "i")


def loose(text):
    """Case, diacritics, hyphens and apostrophes ignored."""
    text = strip_marks(text).casefold()
    for sign in SIGNS:
        text = text.replace(sign, "")
    text = text.replace("-", " ")
    return " ".join(text.split())


def plain(text):
    """Diacritics and ayn/hamza signs removed, case ignored (spaces and hyphens kept)."""
    text = strip_marks(text).casefold()
    for sign in SIGNS:
        text = text.replace(sign, "")
    return text


def levenshtein(a, b):
    if a == b:
        return 0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def run_khabar(binary, arguments, names):
    data = "".join(n + "\n" for n in names).encode("utf-8")
    result = subprocess.run(
        [binary, "translit", "--format", "json"] + arguments, input=data, capture_output=True, check=False
    )
    if result.returncode not in (0, 1):
        sys.exit(f"khabar failed ({result.returncode}): {result.stderr.decode()[:500]}")
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    if len(records) != len(names):
        sys.exit(f"expected {len(names)} output lines, got {len(records)}")
    return records


def rules_scores(outputs, rows):
    exact = exact_plain = 0
    cer = cer_plain = 0.0
    for output, row in zip(outputs, rows):
        reference = unicodedata.normalize("NFC", row["name"])
        output = unicodedata.normalize("NFC", output)
        exact += output == reference
        cer += levenshtein(output.casefold(), reference.casefold()) / max(len(reference), 1)
        p, r = plain(output), plain(reference)
        exact_plain += p == r
        cer_plain += levenshtein(p, r) / max(len(r), 1)
    n = max(len(rows), 1)
    return exact / n, cer / n, exact_plain / n, cer_plain / n


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev", choices=sorted(SPLITS))
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/khabar"))
    parser.add_argument("--errors", type=int, default=0, help="print this many rules-only errors (dev only)")
    parser.add_argument("--country", help="only rows of this country")
    parser.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    args = parser.parse_args()
    if args.errors and args.split == "heldout":
        sys.exit("refusing to print held-out errors: the held-out split is for measurement only")
    rows = read_split(SPLITS[args.split])
    if args.country:
        rows = [r for r in rows if r["country"] == args.country]
    names = [r["arabic"] for r in rows]
    report = {"split": args.split, "names": len(rows)}

    # (a) gazetteer mode
    def gazetteer_hits(records, subset):
        hits = 0
        for record, row in zip(records, subset):
            accepted = {loose(row["name"])} | {loose(x) for x in row["latin"]}
            hits += loose(record["output"]) in accepted
        return hits

    for scheme in ["press", "bgn"]:
        suffix = "" if scheme == "press" else "_bgn"
        records = run_khabar(args.binary, ["--scheme", scheme], names)
        report["gazetteer" + suffix] = gazetteer_hits(records, rows) / max(len(rows), 1)
        report["gazetteer_source_share" + suffix] = sum(r["source"] == "gazetteer" for r in records) / max(len(rows), 1)
        hits = 0
        for country in sorted({r["country"] for r in rows}):
            subset = [r for r in rows if r["country"] == country]
            hits += gazetteer_hits(
                run_khabar(args.binary, ["--scheme", scheme, "--country", country], [r["arabic"] for r in subset]), subset)
        report["gazetteer_with_country" + suffix] = hits / max(len(rows), 1)

    # (b) rules only, BGN
    records = run_khabar(args.binary, ["--no-gazetteer", "--scheme", "bgn"], names)
    outputs = [r["output"] for r in records]
    e, c, ep, cp = rules_scores(outputs, rows)
    report["rules_bgn"] = {"exact": e, "cer": c, "exact_no_diacritics": ep, "cer_no_diacritics": cp}

    if shutil.which("uconv"):
        data = "".join(n + "\n" for n in names).encode("utf-8")
        result = subprocess.run(["uconv", "-x", "Arabic-Latin"], input=data, capture_output=True, check=True)
        icu = result.stdout.decode("utf-8").split("\n")[: len(names)]
        e, c, ep, cp = rules_scores(icu, rows)
        report["icu_arabic_latin"] = {"exact": e, "cer": c, "exact_no_diacritics": ep, "cer_no_diacritics": cp}

    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"split {args.split}: {len(rows)} names")
        for scheme, suffix in [("press", ""), ("bgn", "_bgn")]:
            print(f"(a) gazetteer mode ({scheme}): {report['gazetteer' + suffix]:.1%} standard or recorded Latin name "
                  f"({report['gazetteer_source_share' + suffix]:.1%} answered by the gazetteer); "
                  f"with --country: {report['gazetteer_with_country' + suffix]:.1%}")
        for label, key in [("(b) rules only, bgn", "rules_bgn"), ("    ICU Arabic-Latin", "icu_arabic_latin")]:
            if key in report:
                r = report[key]
                print(f"{label}: exact {r['exact']:.1%}, CER {r['cer']:.3f} (diacritics kept); "
                      f"exact {r['exact_no_diacritics']:.1%}, CER {r['cer_no_diacritics']:.3f} (diacritics removed)")
    if args.errors:
        shown = 0
        for output, row in zip(outputs, rows):
            if unicodedata.normalize("NFC", output) != unicodedata.normalize("NFC", row["name"]):
                print(f"  {row['country']}  {row['arabic']}  →  {output}   (GeoNames: {row['name']})")
                shown += 1
                if shown >= args.errors:
                    break


if __name__ == "__main__":
    main()
