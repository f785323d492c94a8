"""Finding scrape artefacts and repairing them in a separate, clean view of the text.

Corrections are data (``Correction(start, end, before, after, reason)``), in the spirit of
ftfy's ``fix_and_explain``: they are listed for the reader and applied only to ``clean_text``,
so the offsets of ``article.text`` never move.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon.resources import rules
from .records import Correction, Segment

SPACE_LIKE = {"\u00a0": "no-break space", "\u202f": "narrow no-break space", "\u2007": "figure space"}
INVISIBLE = {
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "byte-order mark",
}
_CHARS = re.compile("[" + "".join(SPACE_LIKE) + "".join(INVISIBLE) + "]")
DROP_CAP = re.compile(r"([A-Z])\.([a-z]{1,4})(?=[\s,;:])")
# UTF-8 read as cp1252: a lead byte shown as Â, Ã or â followed by one or two continuation bytes.
CP1252_HIGH = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122"
MOJIBAKE = re.compile(f"[ÂÃÄÅâ][{CP1252_HIGH}]{{1,2}}")


def find_corrections(text: str, segments: Iterable[Segment]) -> list[Correction]:
    """Every repair this module knows for ``text``, sorted by offset."""
    found = [*_char_fixes(text), *_mojibake_fixes(text), *_drop_cap_fixes(text, segments)]
    found.sort(key=lambda c: (c.start, c.end))
    kept: list[Correction] = []
    for fix in found:
        if not kept or fix.start >= kept[-1].end:
            kept.append(fix)
    return kept


def apply_corrections(text: str, corrections: Iterable[Correction]) -> str:
    """``text`` with the (sorted, non-overlapping) corrections applied."""
    parts, pos = [], 0
    for fix in corrections:
        parts.append(text[pos : fix.start])
        parts.append(fix.after)
        pos = fix.end
    parts.append(text[pos:])
    return "".join(parts)


def _char_fixes(text: str) -> list[Correction]:
    fixes = []
    for m in _CHARS.finditer(text):
        char = m.group()
        if char in SPACE_LIKE:
            fixes.append(Correction(m.start(), m.end(), char, " ", SPACE_LIKE[char]))
        else:
            fixes.append(Correction(m.start(), m.end(), char, "", INVISIBLE[char]))
    return fixes


def _mojibake_fixes(text: str) -> list[Correction]:
    fixes = []
    for m in MOJIBAKE.finditer(text):
        try:
            repaired = m.group().encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        fixes.append(Correction(m.start(), m.end(), m.group(), repaired, "mojibake (UTF-8 read as cp1252)"))
    return fixes


def _drop_cap_fixes(text: str, segments: Iterable[Segment]) -> list[Correction]:
    """A paragraph opening like "D.he": a drop-cap letter split from its word by the scrape."""
    starters = rules("segmentation")["sentence_starters"]
    fixes = []
    for seg in segments:
        if seg.kind != "paragraph":
            continue
        m = DROP_CAP.match(text, seg.start)
        if not m:
            continue
        letter, rest = m.groups()
        joined = letter + rest
        word = joined if joined in starters else next((w for w in starters if w[1:] == rest), None)
        if word:
            fixes.append(Correction(m.start(), m.end(), m.group(), word, "drop cap split from its word"))
    return fixes
