#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Khabar - lemma-frequency.py
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
"""Estimate how often each BAMA lemma occurs in running Arabic text.

Writes glossaries/lexicon/lemma-frequency.tsv (columns `lemma count`), used
to rank the ambiguous analyses of a word (e.g. وقادة = و+قادة "and leaders",
not وقاد+ة "stoker"; وزير = "minister", not و+زير).

    python3 scripts/lemma-frequency.py CORPUS...             # write the table
    python3 scripts/lemma-frequency.py --explain WORD...     # rank analyses

Default corpora (development data beside the repository, in shared/):
../shared/data/dev/tico19.ar (TICO-19, CC0) and ../shared/data/dev/tatoeba.ar
(Tatoeba, CC BY 2.0 FR).  Only corpora listed in KNOWN_CORPORA (with their
licence) are accepted; evaluation data (FLORES, NTREX, XL-Sum, shared/seed)
is refused.

Method:
  1. Tokenize: NFKC; remove tatweel, bidi/format controls and harakat (U+0610-
     U+061A, U+064B-U+065F, U+0670, Quranic marks U+06D6-U+06ED, as Khabar's
     ArabicNormalizer does); tokens are maximal runs of Arabic-script letters
     (whitespace, punctuation, digits and Latin letters separate tokens).
  2. Alef variants.  Lexicon forms are indexed with أ إ آ ٱ (and ٲ ٳ)
     folded to ا, as in ArabicNormalizer's matching form, so every alef
     spelling finds its candidates (also internal hamza: سال for سأل).
     Entries that differ only in the unvocalized form (BAMA 1.0's bare-alef
     variants: اب beside أب) merge, so an analysis is counted once.  With
     --alef written (default) a candidate must then fit the alefs as written,
     compared with the alefs of its vocalized form: a bare ا fits any alef,
     أ and إ also fit a bare ا (إستخدام), otherwise the hamza must agree (so
     BAMA's cross-hamza variants such as أن listed for إنّ do not fit أن).
     A token with no fitting analysis falls back to fully folded matching
     (الإنزيم: BAMA only has أنزيم).  Without this, أن would also be read as
     آن "time" and إلى as آلى "swear" (--alef fold gives that literal
     folding).  ى ة ؤ ئ are never folded: BAMA tells them apart.
  3. Analyse each token type with the BAMA 1.0 algorithm: every split into
     prefix + stem + suffix whose three parts are in prefixes.tsv, stems.tsv
     and suffixes.tsv and whose categories are pairwise compatible (AB, AC, BC
     in compat.tsv).
  4. A token that is a closed-class word with no prefix and no suffix (a
     preposition, particle, conjunction, pronoun: لم, من, إن) keeps only its
     closed-class analyses spelled exactly as written (alefs too: كان is not
     كأنّ), so a content word spelled the same gets none of its count (لم is
     "not", not لمّ "collect").
  5. EM-style estimate over ITERATIONS (default 3) rounds: round 1 spreads
     each token's count uniformly over its analyses; later rounds weight each
     analysis by (its lemma's count from the previous round + 1).  Lemma
     counts are the sums of the shares.  Tokens without an analysis are
     skipped (their number is stated in the header).  --unit lemma spreads
     over a token's distinct lemmas instead (a lemma with several readings
     of one token, e.g. case or person endings, then gets one share).

Output: rows sorted by count descending, then lemma; counts rounded to one
decimal; lemmas with a count under 0.5 are omitted.  Python 3 standard
library only; the output depends only on the lexicon and the corpora (type
order is sorted, no timestamps), so reruns are byte-identical.
"""

import argparse
import collections
import hashlib
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
LEXICON = os.path.join(REPO, "glossaries", "lexicon")
OUTPUT = os.path.join(LEXICON, "lemma-frequency.tsv")
DEFAULT_CORPORA = (os.path.join(REPO, "..", "shared", "data", "dev", "tico19.ar"),
                   os.path.join(REPO, "..", "shared", "data", "dev", "tatoeba.ar"))

# Corpora this script may read, by file name: what they are and under which
# licence, and the attribution they need (both printed into the header).
KNOWN_CORPORA = {
    "tico19.ar": ("TICO-19 test set, Arabic side (COVID-19 domain: Wikipedia, "
                  "Wikinews, PubMed; translated from English), via "
                  "Helsinki-NLP/OPUS-MT-testsets testsets/ar-en; licence CC0 1.0",
                  "TICO-19 (CC0)"),
    "tatoeba.ar": ("Tatoeba test set v2021-08-07, Arabic side (short everyday "
                   "sentences, mostly MSA, some dialect), via "
                   "Helsinki-NLP/OPUS-MT-testsets testsets/ara-eng; "
                   "licence CC BY 2.0 FR (Tatoeba contributors, tatoeba.org)",
                   "the Tatoeba contributors (CC BY 2.0 FR)"),
}
# Held-out / evaluation data must never feed statistics.
FORBIDDEN = re.compile(r"seed|flores|ntrex|xl-?sum", re.IGNORECASE)

MIN_COUNT = 0.5

ALEF_NOTE = {
    "written": ("(أ إ آ ٱ = ا) but a written hamza alef must agree (أن is not read as",
                "آن; folded matching only for tokens where nothing agrees);"),
    "fold": ("(أ إ آ ٱ = ا), written hamza ignored (--alef fold);",),
}

# Characters removed before tokenizing (cf. ArabicNormalizer.swift).
REMOVED = re.compile(
    "[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8"
    "\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF\u0640"
    "\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]")
# Arabic-script letters (after NFKC there are no presentation forms).
LETTERS = ("\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5"
           "\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9")
TOKEN = re.compile("[%s]+" % LETTERS)
ALEF_FOLD = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627",
                           "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627"})
ALEFS = "\u0627\u0622\u0623\u0625"
# In tokens: alef wasla is a bare alef, the wavy-hamza alefs are أ and إ.
TOKEN_ALEFS = str.maketrans({"\u0671": "\u0627", "\u0672": "\u0623", "\u0673": "\u0625"})


def fail(msg):
    sys.stderr.write("lemma-frequency.py: %s\n" % msg)
    sys.exit(1)


def fold(text):
    """The lookup form of a token or lexicon form: alef variants folded."""
    return text.translate(ALEF_FOLD)


def tokens(text):
    """The Arabic word tokens of `text` without harakat, in text order."""
    text = REMOVED.sub("", unicodedata.normalize("NFKC", text))
    return [t.translate(TOKEN_ALEFS) for t in TOKEN.findall(text)]


# ---------------------------------------------------------------- lexicon

def load_tsv(path):
    """Rows (dicts) of a lexicon TSV: '#' comments, then a header line."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                continue
            if len(fields) != len(header):
                fail("%s:%d: %d fields, expected %d" % (path, n, len(fields), len(header)))
            rows.append(dict(zip(header, fields)))
    if header is None:
        fail("%s: no header line" % path)
    return rows


class Lexicon:
    """BAMA 1.0 tables indexed by alef-folded unvocalized form."""

    def __init__(self, directory):
        self.directory = directory
        self.prefixes = self._index(load_tsv(os.path.join(directory, "prefixes.tsv")),
                                    ("vocalized", "category", "gloss", "pos"))
        self.suffixes = self._index(load_tsv(os.path.join(directory, "suffixes.tsv")),
                                    ("vocalized", "category", "gloss", "pos"))
        self.stems = self._index(load_tsv(os.path.join(directory, "stems.tsv")),
                                 ("lemma", "vocalized", "category", "gloss"))
        compat = collections.defaultdict(set)
        for row in load_tsv(os.path.join(directory, "compat.tsv")):
            compat[row["table"]].add((row["left"], row["right"]))
        self.ab, self.ac, self.bc = compat["AB"], compat["AC"], compat["BC"]
        if not (self.ab and self.ac and self.bc):
            fail("compat.tsv lacks one of the tables AB, AC, BC")

    @staticmethod
    def _index(rows, identity):
        """folded form -> entries.  Entries that differ only in the
        unvocalized form (BAMA's bare-alef variants such as اب for أب) merge;
        each entry gets `spelled`, the forms of its rows with the alefs of
        the vocalized form (اب -> أب), which say which written alefs it
        fits."""
        index = collections.defaultdict(dict)
        for row in rows:
            key = tuple(row[c] for c in identity)
            entry = index[fold(row["form"])].setdefault(key, dict(row, spelled=()))
            spelled = spelled_form(row["form"], row["vocalized"])
            if spelled not in entry["spelled"]:
                entry["spelled"] += (spelled,)
        return {form: list(entries.values()) for form, entries in index.items()}

    def analyse(self, word, alef="written"):
        """All BAMA analyses of a token (harakat removed, alefs as written),
        as (prefix, stem, suffix) rows.  alef="written": a written hamza
        alef must fit (ا fits any alef; أ إ also fit a bare ا, as in
        إستخدام), and only a token without any such analysis is analysed
        with folded alefs (الإنزيم, BAMA: أنزيم); alef="fold": all alef
        variants are equal."""
        out = self._analyse(word, alef != "fold")
        if not out and alef != "fold" and fold(word) != word:
            out = self._analyse(word, False)
        return out

    def _analyse(self, word, exact):
        out = []
        key = fold(word)
        for i in range(len(key)):
            prefixes = self._get(self.prefixes, key, word, 0, i, exact)
            if not prefixes:
                continue
            for j in range(i + 1, len(key) + 1):
                stems = self._get(self.stems, key, word, i, j, exact)
                if not stems:
                    continue
                suffixes = self._get(self.suffixes, key, word, j, len(key), exact)
                if not suffixes:
                    continue
                for a in prefixes:
                    for b in stems:
                        if (a["category"], b["category"]) not in self.ab:
                            continue
                        for c in suffixes:
                            if ((a["category"], c["category"]) in self.ac
                                    and (b["category"], c["category"]) in self.bc):
                                out.append((a, b, c))
        return out

    @staticmethod
    def _get(index, key, word, i, j, exact):
        entries = index.get(key[i:j])
        if not entries or not exact or key[i:j] == word[i:j]:
            return entries
        part = word[i:j]
        return [e for e in entries if any(alef_fits(part, s) for s in e["spelled"])]


def spelled_form(form, vocalized):
    """`form` with each alef as in `vocalized`: BAMA's bare-alef variants get
    their hamza back (اب -> أب), and its cross-hamza variants (أن listed for
    إنّ) are spelled as the vocalized form says (إن)."""
    bare = REMOVED.sub("", vocalized).replace("\u0671", "\u0627")
    if len(bare) != len(form) or fold(bare) != fold(form):
        return form  # a handful of BAMA entries whose two forms disagree
    return "".join(v if f in ALEFS else f for f, v in zip(form, bare))


def alef_fits(written, spelled):
    """Whether a written token part fits a lexicon form, alef by alef."""
    for w, l in zip(written, spelled):
        if w == l or w == "\u0627":
            continue
        if w in "\u0623\u0625" and l == "\u0627":
            continue
        return False
    return True


# ---------------------------------------------------------------- estimate

def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 16), b""):
            h.update(block)
    return h.hexdigest()


OPEN_CLASSES = ("NOUN", "ADJ", "ADV", "ABBREV", "INTERJ", "VERB")


def is_closed_class(stem):
    """Whether a stem row is a function word: its part of speech (the `pos` column after the
    vocalized stem: lam/NEG_PART) is none of the open classes (nouns, names, adjectives,
    adverbs, verbs, abbreviations, interjections)."""
    pos = stem["pos"].split("/", 1)[1] if "/" in stem["pos"] else stem["pos"]
    return not pos.startswith(OPEN_CLASSES)


def estimate(type_counts, type_lemmas, iterations):
    """EM-style lemma counts.  type_lemmas[key] lists one lemma per analysis."""
    counts = {}
    for it in range(iterations):
        new = collections.defaultdict(float)
        for key in sorted(type_lemmas):
            lemmas = type_lemmas[key]
            n = type_counts[key]
            if it == 0:
                share = n / len(lemmas)
                for lemma in lemmas:
                    new[lemma] += share
            else:
                weights = [counts.get(lemma, 0.0) + 1.0 for lemma in lemmas]
                total = sum(weights)
                for lemma, w in zip(lemmas, weights):
                    new[lemma] += n * w / total
        counts = dict(new)
    return counts


def repo_relative(path):
    rel = os.path.relpath(os.path.abspath(path), REPO)
    return rel.replace(os.sep, "/")


def build(args):
    corpora = args.corpora or list(DEFAULT_CORPORA)
    infos = []
    for path in corpora:
        name = os.path.basename(path)
        if FORBIDDEN.search(os.path.abspath(path)):
            fail("%s: evaluation/held-out data must not be used" % path)
        if name not in KNOWN_CORPORA:
            fail("%s: unknown corpus; add it with its licence to KNOWN_CORPORA" % path)
        if not os.path.isfile(path):
            fail("%s: no such file" % path)
    lexicon = Lexicon(args.lexicon)

    type_counts = collections.Counter()
    for path in corpora:
        with open(path, encoding="utf-8") as f:
            toks = tokens(f.read())
        type_counts.update(toks)
        infos.append((path, len(toks), sha256_file(path)))

    type_lemmas = {}
    unanalysed_tokens = 0
    analyses_total = 0
    for key in sorted(type_counts):
        analyses = lexicon.analyse(key, args.alef)
        # A token that is a closed-class word alone (no prefix, no suffix: لم, من, إن) is that
        # word: its count goes to those readings only, not to a content word spelled the same
        # (لم "not", not لمّ "collect"; the latter would then outrank ألم "pain").
        # (Spelled as written, hamza and all: كان is not read as كأنّ "as if".)
        closed = [(a, b, c) for a, b, c in analyses
                  if not a["form"] and not c["form"] and is_closed_class(b) and key in b["spelled"]]
        if closed:
            analyses = closed
        lemmas = [b["lemma"] for _, b, _ in analyses]
        if lemmas:
            analyses_total += len(lemmas) * type_counts[key]
            if args.unit == "lemma":
                lemmas = sorted(set(lemmas))
            type_lemmas[key] = lemmas
        else:
            unanalysed_tokens += type_counts[key]
    counts = estimate(type_counts, type_lemmas, args.iterations)

    rows = sorted(((lemma, c) for lemma, c in counts.items() if c >= MIN_COUNT),
                  key=lambda r: (-round(r[1], 1), r[0]))
    n_tokens = sum(type_counts.values())
    analysed = n_tokens - unanalysed_tokens

    command = "python3 scripts/lemma-frequency.py"
    if args.iterations != 3:
        command += " --iterations %d" % args.iterations
    if args.alef != "written":
        command += " --alef %s" % args.alef
    if args.unit != "analysis":
        command += " --unit %s" % args.unit
    command += "".join(" " + repo_relative(p) for p in corpora)

    header = [
        "Estimated frequency of each BAMA 1.0 lemma (stems.tsv `lemma`) in running Arabic text;",
        "generated by scripts/lemma-frequency.py (see its docstring). Used to rank the",
        "ambiguous analyses of a word (e.g. wa+qAdap 'and leaders' over waq~Ad+ap 'stoker').",
        "Method: tokens = runs of Arabic letters after NFKC and removal of harakat, tatweel",
        "and controls; each token analysed with the BAMA 1.0 algorithm (all prefix+stem+",
        "suffix splits allowed by compat.tsv), lexicon forms matched with alefs folded",
        *ALEF_NOTE[args.alef],
        "a token that is a closed-class word alone (no prefix, no suffix) keeps only those readings;",
        "%d EM-style rounds: round 1 spreads each token's count uniformly over its %s," % (
            args.iterations, "analyses" if args.unit == "analysis" else "distinct lemmas"),
        "later rounds weight each by its lemma's previous count + 1. Counts are expected",
        "token counts (rounded to 0.1); lemmas under %.1f are omitted (count as 0)." % MIN_COUNT,
        "Corpora (development data; used only to derive these statistics):",
    ]
    for path, n, digest in infos:
        header.append("  %s: %d tokens, sha256 %s" % (repo_relative(path), n, digest))
        header.append("    %s" % KNOWN_CORPORA[os.path.basename(path)][0])
    header += [
        "Tokens: %d in %d types; analysed %d (%.1f%%), %d types without analysis (skipped);"
        % (n_tokens, len(type_counts), analysed, 100.0 * analysed / max(n_tokens, 1),
           len(type_counts) - len(type_lemmas)),
        "%.2f analyses per analysed token; %d lemmas with a count, %d listed."
        % (analyses_total / max(analysed, 1), len(counts), len(rows)),
        "Lexicon: BAMA 1.0 (GPL-2), see SOURCES-lexicon.md. This table: GPL-2.0-or-later,",
        "with attribution to %s." % " and ".join(
            KNOWN_CORPORA[os.path.basename(p)][1] for p in corpora),
        "Regenerate with: %s" % command,
    ]
    out = ["# " + line if line else "#" for line in header]
    out.append("lemma\tcount")
    out += ["%s\t%.1f" % (lemma, c) for lemma, c in rows]
    text = "\n".join(out) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    sys.stderr.write("%s: %d lemmas (%d tokens, %.1f%% analysed)\n"
                     % (repo_relative(args.output), len(rows), n_tokens,
                        100.0 * analysed / max(n_tokens, 1)))


# ---------------------------------------------------------------- explain

def explain(args):
    """Print the analyses of each word ranked by the table's lemma counts."""
    lexicon = Lexicon(args.lexicon)
    counts = {}
    for row in load_tsv(args.output):
        counts[row["lemma"]] = float(row["count"])
    for word in args.explain:
        keys = tokens(word)
        if len(keys) != 1:
            print("== %s: not one Arabic token" % word)
            continue
        analyses = lexicon.analyse(keys[0], args.alef)
        # One line per segmentation (spelled as in the token) and lemma; the
        # vocalizations and categories of one lemma share its count.
        word_key = keys[0]
        groups = collections.OrderedDict()
        for a, b, c in analyses:
            i, j = len(a["form"]), len(word_key) - len(c["form"])
            seg = "+".join(x for x in (word_key[:i], word_key[i:j], word_key[j:]) if x)
            g = groups.setdefault((seg, b["lemma"]), {"n": 0, "pos": [], "gloss": b["gloss"]})
            g["n"] += 1
            tag = "%s%s%s" % (a["pos"], b["pos"], c["pos"])
            if tag not in g["pos"]:
                g["pos"].append(tag)
        # The share of the token's count each line would get from the table
        # (one more EM round, with --unit as given).
        n_of_lemma = collections.Counter()
        for (_, lemma), g in groups.items():
            n_of_lemma[lemma] += g["n"]
        if args.unit == "lemma":
            total = sum(counts.get(l, 0.0) + 1.0 for l in n_of_lemma)
        else:
            total = sum((counts.get(l, 0.0) + 1.0) * n for l, n in n_of_lemma.items())
        print("== %s: %d analyses" % (word, len(analyses)))
        ranked = sorted(groups.items(), key=lambda kv: (-counts.get(kv[0][1], 0.0), kv[0]))
        for (seg, lemma), g in ranked:
            c = counts.get(lemma, 0.0)
            if args.unit == "lemma":
                share = (c + 1.0) * g["n"] / n_of_lemma[lemma] / total
            else:
                share = (c + 1.0) * g["n"] / total
            print("  %8.1f  %5.1f%%  %-16s %-22s %s" % (c, 100 * share, seg, lemma, g["gloss"][:40]))
            for tag in g["pos"]:
                print("%37s%s" % ("", tag))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="*", metavar="CORPUS",
                    help="Arabic text files (default: shared/data/dev/tico19.ar, tatoeba.ar)")
    ap.add_argument("--lexicon", default=LEXICON, help="directory with the BAMA TSVs")
    ap.add_argument("--output", default=OUTPUT, help="the frequency table to write (or read)")
    ap.add_argument("--iterations", type=int, default=3, help="EM rounds (default 3)")
    ap.add_argument("--alef", choices=("written", "fold"), default="written",
                    help="written (default): a written hamza alef must fit the lexicon "
                         "form; fold: all alef variants are equal")
    ap.add_argument("--unit", choices=("analysis", "lemma"), default="analysis",
                    help="what a token's count is spread over: its analyses (default) "
                         "or its distinct lemmas")
    ap.add_argument("--explain", nargs="+", metavar="WORD",
                    help="print the analyses of WORDs ranked by the table's lemma counts")
    args = ap.parse_args(argv)
    if args.iterations < 1:
        fail("--iterations must be at least 1")
    if args.explain:
        explain(args)
    else:
        build(args)


if __name__ == "__main__":
    main(sys.argv[1:])
