"""The clause holding a target: what the lexicon engines score instead of the whole sentence."""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(  # possessive quantifiers: blanked quotes leave long runs of spaces
    r"(?<!\s)\s*+[;:]\s*+|\s[—–]\s++|\s-\s++"
    r"|,?\s++(?:but|while|whereas|although|though|however|yet|except that)\b,?\s*+"
    r"|,\s++(?:and|or)\s++(?=\w+\s+(?:\w+\s+)?\w+ed\b)",
    re.IGNORECASE,
)
#: A clause shorter than this many words also takes its neighbours (too little to score alone).
MIN_CLAUSE_WORDS = 3


def clause(text: str, start: int, end: int) -> str:
    """The clause holding the target; a clause of under three words takes its neighbours too."""
    cuts = [0, *(p for m in CLAUSE_BREAK.finditer(text) for p in (m.start(), m.end())), len(text)]
    bounds = list(zip(cuts[::2], cuts[1::2]))
    for i, (a, b) in enumerate(bounds):
        if a <= start < b or (a <= start and end <= b):
            if len(text[a:b].split()) < MIN_CLAUSE_WORDS:
                a = bounds[max(i - 1, 0)][0]
                b = bounds[min(i + 1, len(bounds) - 1)][1]
            return text[a:b].strip()
    return text.strip()


def threshold_label(score: float, threshold: float) -> str:
    """positive above ``threshold``, negative below its negative, neutral between."""
    if score > threshold:
        return "positive"
    if score < -threshold:
        return "negative"
    return "neutral"
