"""The two sentiment lexicons the engines build on: VADER and TextBlob (pattern), loaded once."""

from __future__ import annotations

import re
import string
from functools import cache, lru_cache
from itertools import compress

#: Distinct texts whose scores are kept: the model scores four or five overlapping spans of each
#: sentence per actor mention, and about one span in ten recurs within an article.
CACHED_TEXTS = 8192


#: Valences of lexicon words kept by their neighbourhood, and words by their token (see ``_vader``);
#: each store is emptied when it holds more (a few tens of MB at most).
CACHED_VALENCES = 200_000


@cache
def _vader():
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, normalize

    punctuation = string.punctuation

    class Window:
        """What ``sentiment_valence`` reads of a text: its words and whether some are in capitals."""

        __slots__ = ("words_and_emoticons", "is_cap_diff")

        def __init__(self, words: list[str], is_cap_diff: bool) -> None:
            self.words_and_emoticons, self.is_cap_diff = words, is_cap_diff

    class Analyzer(SentimentIntensityAnalyzer):
        """VADER 3.3.2 with the same scores, computed with less repeated work:

        - a text without any emoji skips the loop that copies it character by character to
          replace emojis (a quarter of VADER's time);
        - a word outside VADER's lexicon gets valence 0 without ``sentiment_valence`` (which
          gives it 0 after building lower-cased copies of the whole text);
        - a lexicon word's valence depends only on the three words before it, the two after it,
          its position when it is among the first three, and whether the text has some words in
          capitals (``sentiment_valence`` reads nothing else), so VADER's own ``sentiment_valence``
          runs on that window of six words, and the result is kept for the same window in another
          text (the model scores five overlapping spans of each sentence);
        - each distinct word is stripped of punctuation and looked up once;
        - ``compound`` skips the positive, negative and neutral shares when only it is wanted.

        ``_but_check``, ``score_valence`` and ``normalize`` are VADER's own. A test compares every score with
        ``SentimentIntensityAnalyzer`` on many texts.
        """

        def __init__(self) -> None:
            super().__init__()
            self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
            # VADER's emojis are all outside ASCII, so an ASCII text (95% of the model's span texts
            # on Wikinews; ``str.isascii`` reads a flag, no scan) has none without the set test
            self.ascii_emoji = any(c.isascii() for c in self.emoji_chars)
            self.known: dict[str, tuple] = {}  # token -> (word, lower case, all capitals, in lexicon)
            self.valences: dict[tuple, float] = {}

        def has_emoji(self, text: str) -> bool:
            """True if the text holds one of VADER's emojis (then VADER's own path runs)."""
            return (self.ascii_emoji or not text.isascii()) and not self.emoji_chars.isdisjoint(text)

        def polarity_scores(self, text):
            if self.has_emoji(text):
                return super().polarity_scores(text)
            text = text.strip()
            return self.score_valence(self.sentiments(text), text)

        def compound(self, text: str) -> float:
            """``polarity_scores(text)["compound"]``, computed as ``score_valence`` does it
            without the positive, negative and neutral shares."""
            if self.has_emoji(text):
                return super().polarity_scores(text)["compound"]
            text = text.strip()
            sentiments = self.sentiments(text)
            if not sentiments:
                return 0.0
            sum_s = float(sum(sentiments))
            emphasis = self._punctuation_emphasis(text)
            if sum_s > 0:
                sum_s += emphasis
            elif sum_s < 0:
                sum_s -= emphasis
            return round(normalize(sum_s), 4)

        def sentiments(self, text: str) -> list[float]:
            """The valence of each word of a stripped, emoji-free text (after ``_but_check``)."""
            known = self.known
            info = [known.get(token) or self.word(token) for token in text.split()]
            if not info:
                return []
            words, lows, capitals, lexical = zip(*info)
            sentiments = [0] * len(words)
            if 1 not in lexical:  # no lexicon word: every valence is 0, whatever "but" does
                return sentiments
            is_cap_diff = 0 < len(words) - sum(capitals) < len(words)  # allcap_differential
            last = len(words) - 1
            valences = self.valences
            for i in compress(range(len(words)), lexical):
                if i < last and lows[i] == "kind" and lows[i + 1] == "of":
                    continue
                lo = i - 3 if i > 3 else 0
                key = (*words[lo : i + 3], i - lo, is_cap_diff)  # ``valence``'s key, built once here
                value = valences.get(key)
                sentiments[i] = value if value is not None else self.valence(list(words[lo : i + 3]), i - lo,
                                                                            is_cap_diff)
            if "but" in lows:
                sentiments = self._but_check(list(words), sentiments)
            return sentiments

        def word(self, token: str) -> tuple[str, str, bool, int]:
            """A whitespace-separated token as VADER reads it: (word, lower case, all capitals,
            1 if a lexicon word whose valence counts, else 0: a booster or outside the lexicon)."""
            if len(self.known) > CACHED_VALENCES:
                self.known.clear()
            bare = token.strip(punctuation)  # SentiText._strip_punc_if_word
            word = token if len(bare) <= 2 else bare
            low = word.lower()
            entry = self.known[token] = (word, low, word.isupper(),
                                         0 if low in BOOSTER_DICT or low not in self.lexicon else 1)
            return entry

        def valence(self, window: list[str], i: int, is_cap_diff: bool) -> float:
            """VADER's ``sentiment_valence`` of ``window[i]``, the window holding the three words
            before it and the two after it (as many as the text has): kept for the next text."""
            key = (*window, i, is_cap_diff)
            value = self.valences.get(key)
            if value is None:
                if len(self.valences) > CACHED_VALENCES:
                    self.valences.clear()
                value = self.valences[key] = self.sentiment_valence(0, Window(window, is_cap_diff), window[i], i,
                                                                    [])[0]
            return value

    return Analyzer()


def vader_scores(text: str) -> dict[str, float]:
    """VADER's compound, pos, neu and neg scores of a text."""
    return dict(_vader_scores(text))


@lru_cache(maxsize=CACHED_TEXTS)
def _vader_scores(text: str) -> dict[str, float]:
    return _vader().polarity_scores(text)


@lru_cache(maxsize=CACHED_TEXTS)
def vader(text: str) -> float:
    """VADER compound score of a text (0 for empty text)."""
    return _vader().compound(text) if text.strip() else 0.0


@lru_cache(maxsize=CACHED_TEXTS)
def textblob(text: str) -> tuple[float, float]:
    """TextBlob (pattern lexicon) polarity and subjectivity.

    The same numbers as ``TextBlob(text).sentiment`` (checked on NewsMTSC dev and by a test),
    without building a blob per call and without tokenising the same word twice: pattern's
    tokenizer treats each whitespace-separated piece of a text on its own (contractions, quotes
    and punctuation are split inside a piece), except for paragraph breaks, sentence grouping and
    two rewrites of the joined tokens ("( ! )" sarcasm, emoticons such as ": )"). So the words are
    the pieces' tokens, each piece tokenised once; a text with a paragraph break, or whose joined
    tokens either rewrite would touch, goes through pattern's own path.
    """
    if not text.strip():
        return 0.0, 0.0
    analyser, rewrites = _textblob()
    if "\n\n" in text or "\r" in text:
        return _textblob_scores(analyser(text))
    words = [w for piece in text.split() for w in _piece_tokens(piece)]
    if any(pattern.search(" ".join(words)) for pattern in rewrites):
        return _textblob_scores(analyser(text))
    return _assessed([w.lower() for w in words])


@cache
def _textblob():
    """pattern's English sentiment analyser and the two rewrites its tokenizer applies last."""
    from textblob._text import RE_EMOTICONS, RE_SARCASM
    from textblob.en import sentiment

    return sentiment, (RE_SARCASM, RE_EMOTICONS)


@cache
def _pattern_tables() -> tuple[dict, dict]:
    """pattern's English lexicon as a plain dict (its own is a lazy dict that routes every lookup
    through a Python method) and its emoticons by lower-cased form (the first listed wins)."""
    from textblob._text import EMOTICONS

    sentiment, _ = _textblob()
    len(sentiment)  # loads the lexicon
    emoticons: dict[str, float] = {}
    for (_, polarity), forms in EMOTICONS.items():
        for form in forms:
            emoticons.setdefault(form.lower(), polarity)
    return dict(sentiment.items()), emoticons


#: Lower-cased word -> True if ``_assessed`` passes over it when no modifier or negation is
#: pending (``_plain``); emptied when it holds more than ``CACHED_VALENCES`` words.
_PLAIN: dict[str, bool] = {}


def _plain(word: str) -> bool:
    """True for a word that changes nothing in ``_assessed`` while no modifier or negation is
    pending: not a lexicon word with an untagged entry, not a negation, not "!" or "(!)", not
    an emoticon (the conditions of its branches). Kept in ``_PLAIN``."""
    from textblob._text import PUNCTUATION

    lexicon, emoticons = _pattern_tables()
    entry = lexicon.get(word)
    special = ((entry is not None and None in entry) or word in _textblob()[0].negations or word in ("!", "(!)")
               or (word in emoticons and word.isalpha() is False and len(word) <= 5 and word not in PUNCTUATION))
    if len(_PLAIN) > CACHED_VALENCES:
        _PLAIN.clear()
    _PLAIN[word] = not special
    return not special


def _assessed(words: list[str]) -> tuple[float, float]:
    """pattern's ``Sentiment.assessments`` (textblob 0.20.1) and the averages of ``Sentiment.__call__``
    for lower-cased words without part-of-speech tags, statement for statement, with the lexicon
    as a plain dict and the emoticon forms looked up in one dict instead of a loop over all of them.
    Only the numbers are kept (pattern also keeps the words of each assessment and their labels)."""
    from textblob._text import PUNCTUATION

    lexicon, emoticons = _pattern_tables()
    sentiment, _ = _textblob()
    negations, modifiers, modifier = sentiment.negations, sentiment.modifiers, sentiment.modifier
    a: list[list] = []  # [polarity, subjectivity, intensity, negated]
    m = n = None  # the preceding modifier and negation
    plain = _PLAIN
    for w in words:
        if m is None and n is None:
            skip = plain.get(w)
            if skip or (skip is None and _plain(w)):
                continue  # no modifier or negation pending: such a word changes nothing below
        entry = lexicon.get(w)
        if entry is not None and None in entry:
            p, s, i = entry[None]
            if m is None:
                a.append([p, s, i, 1])
            if m is not None:
                a[-1][0] = max(-1.0, min(p * a[-1][2], +1.0))
                a[-1][1] = max(-1.0, min(s * a[-1][2], +1.0))
                a[-1][2] = i
            if n is not None:
                a[-1][2] = 1.0 / a[-1][2]
                a[-1][3] = -1
            m = n = None
            if any(map(entry.__contains__, modifiers)):
                m = w
            if w in negations:
                n = w
        else:
            if w in negations:
                n = w
            elif n and len(w.strip("'")) > 1:
                n = None
            if n is not None and m is not None and modifier(m):
                a[-1][3] = -1
                n = None
            elif m and len(w) > 2:
                m = None
            if w == "!" and len(a) > 0:
                a[-1][0] = max(-1.0, min(a[-1][0] * 1.25, +1.0))
            if w == "(!)":
                a.append([0.0, 1.0, 1.0, 1])
            if w in emoticons and w.isalpha() is False and len(w) <= 5 and w not in PUNCTUATION:
                a.append([emoticons[w], 1.0, 1.0, 1])
    polarity = subjectivity = 0
    for p, s, _, negated in a:
        polarity += p * -0.5 if negated < 0 else p
        subjectivity += s
    return float(polarity / float(len(a) or 1)), float(subjectivity / float(len(a) or 1))


#: A piece of text in one of the shapes pattern's tokenizer splits simply: a word of ASCII letters
#: and digits, perhaps after an opening quote or bracket and before a comma, colon, semicolon,
#: "!", "?", a closing bracket or a full stop, and a closing quote ("“Yes,”", "(2019)", "said.").
SIMPLE_PIECE = re.compile(r"([“(]?)([A-Za-z0-9]+)([,;:!?).]?)(”?)")


@lru_cache(maxsize=65536)
def _piece_tokens(piece: str) -> tuple[str, ...]:
    """The tokens pattern's tokenizer makes of one whitespace-free piece of text, before its two
    rewrites (which ``textblob`` checks for): a piece of a simple shape (``SIMPLE_PIECE``) is split
    into its parts directly, any other goes through the tokenizer (a test compares the two)."""
    from textblob._text import ABBREVIATIONS, RE_ABBR1, RE_ABBR2, RE_ABBR3, find_tokens

    simple = SIMPLE_PIECE.fullmatch(piece)
    if simple:
        word = simple.group(2) + "."  # the tokenizer keeps the full stop of an abbreviation ("Mr.", "U.")
        if simple.group(3) != "." or not (word in ABBREVIATIONS or RE_ABBR1.match(word) or RE_ABBR2.match(word)
                                          or RE_ABBR3.match(word)):
            return tuple(part for part in simple.groups() if part)

    return tuple(" ".join(find_tokens(piece)).split())


def _textblob_scores(score) -> tuple[float, float]:
    polarity, subjectivity = score
    return float(polarity), float(subjectivity)


def clear_caches() -> None:
    """Forget the scores kept per text (for benchmarks that time each stage on its own)."""
    for cached in (vader, textblob, _vader_scores, _piece_tokens):
        cached.cache_clear()
    _PLAIN.clear()
    if _vader.cache_info().currsize:  # the words and valences VADER keeps across texts
        _vader().known.clear()
        _vader().valences.clear()
