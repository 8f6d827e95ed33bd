# SPDX-License-Identifier: GPL-2.0-or-later
"""The lexicon's look-up key, shared by the scripts that write glossaries/lexicon/stems.tsv and
glossaries/transliteration/name-vowels.tsv (the same key as KhabarArabic's Lexicon.analysisKey)."""


def analysis_key(form):
    """Harakat, dagger alef and tatweel removed, أ إ آ ٱ folded to ا."""
    out = []
    for c in form:
        o = ord(c)
        if 0x064B <= o <= 0x0652 or o in (0x0670, 0x0640):
            continue
        out.append("\u0627" if o in (0x0622, 0x0623, 0x0625, 0x0671) else c)
    return "".join(out)
