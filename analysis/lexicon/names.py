"""Proper names in running text, typed as person or organisation, for resolving speakers.

No tagger or model: a name is a run of capitalised words ("Kassym-Shomart Tokayev",
"Reporters Without Borders", "Khabar 24"); its type comes from the words in it
("Ministry", "Agency" -> organisation) and the title before it ("spokeswoman" -> female person).
The word lists are in ``data/quotes.yml``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from .patterns import word_runs
from .resources import rules

_LINK = r"(?:of|de|del|der|von|van|bin|al|without|the|for)"
LINK_WORDS = {"of", "de", "del", "der", "von", "van", "bin", "al", "without", "the", "for", "and"}
LOWER_START = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")
ADJECTIVE_END = re.compile(r"-(?:based|led|backed|born|owned|run|funded|linked|allied|aligned)$")
TITLE_WINDOW = 60  # characters before a name searched for its title: longer than "US State Department spokesman"


@cache
def name_pattern() -> regex.Pattern:
    """A run of capitalised words; abbreviated honorifics ("Mr.", "Sen.") from ``person_titles``
    stay inside the run so that "Mr. Reeves" is one name whose title is then dropped."""
    return regex.compile(_name_source(r"\p{Lu}", regex.escape))


def _name_source(upper: str, escape) -> str:
    """``name_pattern``'s source, an upper-case letter written ``upper``, literals escaped by ``escape``."""
    dotted = sorted((t for t in rules("quotes")["person_titles"] if t.endswith(".") and " " not in t),
                    key=len, reverse=True)
    honorific = "|".join(escape(t[:1].upper() + t[1:]) for t in dotted)
    particle = "|".join(escape(p) for p in sorted(quote_words("name_particles"), key=len, reverse=True))
    # "Export–Import Bank": capitalised parts joined by an en dash are one word; "el-Sisi",
    # "al-Assad": a lower-case particle hyphened to a capitalised surname is a name word too
    # "PG&E", "AT&T", "S&P": capitalised parts joined by an ampersand are one word too (issue 11am)
    capital = rf"{upper}[\w’'-]*(?:[–&]{upper}[\w’'-]*)*"
    # "News.com.au", "Domain.com": a web address's suffixes belong to the name (issue 11as)
    web = "|".join(escape(w) for w in sorted(quote_words("web_suffixes"), key=len, reverse=True))
    capital = rf"{capital}(?:\.(?:{web})\b)*"
    word = rf"(?:(?:{honorific})(?=\s)|(?:{upper}\.){{1,3}}(?=[\s,])|(?:(?:{particle})-)?{capital}|\d+)"
    # "and" joins two runs here; ``_and_groups`` splits them again unless they make one organisation;
    # "&" joins them for good ("Johnson & Johnson", "Procter & Gamble": one firm, issue 11am)
    return rf"{word}(?:[ \t]+(?:(?:{_LINK}|and|&)[ \t]+)*{word})*"


FAST_RANGE = 0x3000  # characters below this (Latin, Greek, Cyrillic, Arabic, Indic, punctuation) are checked


@dataclass(frozen=True)
class FastNames:
    """``name_pattern`` in the standard ``re`` and where its runs may start (speed: see ``name_runs``)."""

    pattern: re.Pattern[str]  # the same pattern, an upper-case letter written as a class of them
    unsafe: re.Pattern[str]  # a character that ``re`` and ``regex`` could read differently
    starts: re.Pattern[str]  # a character a run can start with (upper case, digit, honorific)
    particles: re.Pattern[str]  # a hyphened particle before an upper-case letter ("el-Sisi")


@cache
def _fast_names() -> FastNames:
    """Below ``FAST_RANGE`` each character is checked: it must be ``\\w``, ``\\s`` and ``\\d`` alike in
    ``re`` and ``regex`` (combining marks, superscript digits and a few controls are not), and the
    upper-case letters are those of ``regex``'s ``\\p{Lu}``; any other character is unsafe."""
    chars = "".join(map(chr, range(FAST_RANGE)))
    other = sorted(set().union(*(set(regex.findall(p, chars)) ^ set(re.findall(p, chars))
                                 for p in (r"\w", r"\s", r"\d"))))
    upper = sorted(set(regex.findall(r"\p{Lu}", chars)) - set(other))
    upper_class = "[" + "".join(re.escape(c) for c in upper) + "]"
    dotted = [t for t in rules("quotes")["person_titles"] if t.endswith(".") and " " not in t]
    firsts = "".join(re.escape(t[:1].upper()) for t in dotted)
    particle = "|".join(re.escape(p) for p in sorted(quote_words("name_particles"), key=len, reverse=True))
    return FastNames(
        re.compile(_name_source(upper_class, re.escape)),
        re.compile("[" + "".join(re.escape(c) for c in other) + f"\\U{FAST_RANGE:08x}-\\U0010ffff]"),
        re.compile(f"[{upper_class[1:-1]}{firsts}\\d]"),
        re.compile(f"(?:{particle})-{upper_class}"),
    )


def name_runs(text: str, start: int, end: int) -> list:
    """The matches of ``name_pattern().finditer(text, start, end)``, found faster.

    ``regex`` tries the pattern at every character; a span whose characters ``re`` reads as
    ``regex`` does is instead searched only where a run can start (an upper-case letter, a digit,
    an honorific's first letter, a hyphened particle), with the same pattern in ``re``: the same
    runs, several times faster (``tests/test_speed_names.py`` compares them).
    """
    fast = _fast_names()
    if fast.unsafe.search(text, start, end) is not None:
        return list(name_pattern().finditer(text, start, end))
    candidates = [m.start() for m in fast.starts.finditer(text, start, end)]
    hyphened = [m.start() for m in fast.particles.finditer(text, start, end)]
    if hyphened:
        candidates = sorted(candidates + hyphened)
    runs, at, match = [], start, fast.pattern.match
    for candidate in candidates:
        if candidate >= at:
            m = match(text, candidate, end)
            if m:
                runs.append(m)
                at = m.end()
    return runs


@cache
def particle_re() -> re.Pattern[str]:
    """A surname particle hyphened to the name ("el-Sisi", "al-Assad"): ``name_particles`` in data."""
    words = sorted(quote_words("name_particles"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")-(?=\w)", re.IGNORECASE)


def without_particle(word: str) -> str:
    """A surname without its hyphened particle: "el-Sisi" -> "Sisi"; other words unchanged."""
    return particle_re().sub("", word)


@cache
def quote_words(key: str) -> tuple[str, ...]:
    """One word list of ``data/quotes.yml`` (speech_verbs, inversion_verbs, anonymous_nouns, ...)."""
    return tuple(str(w) for w in rules("quotes")[key])


def speech_verbs() -> tuple[str, ...]:
    """The speech cues ("said", "according to", ...): one list for quotes, sources and sentiment."""
    return quote_words("speech_verbs")


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that never start or end a name (``not_names`` of ``data/quotes.yml``)."""
    return frozenset(quote_words("not_names"))


@dataclass(frozen=True)
class Name:
    """A proper name at ``start:end``, with a type guess and (for persons) a gender guess."""

    text: str
    start: int
    end: int
    type: str  # person | organisation | place | thing (a storm: ``name_events``) | unknown
    gender: str | None = None
    role: str = ""


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in rules("quotes")[key])


@cache
def _places() -> frozenset[str]:
    """Country names, their other names and demonyms, as written."""
    places = rules("places")
    countries = places["countries"]
    return frozenset([*countries, *(a for aliases in countries.values() for a in aliases), *places["cities"],
                      *places["us_states"]])


@cache
def _region_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules("places")["region_words"])


@cache
def _titles() -> dict[str, str | None]:
    return {k.casefold(): v for k, v in rules("quotes")["person_titles"].items()}


TITLE_PREFIX = re.compile(r"[-“”\"(]")
NON_SPACE = re.compile(r"\S+")
SPACE = re.compile(r"\s")
LINE_BREAK = re.compile("\n")
SPACES = re.compile(r"\s+")
APPOSITION = re.compile(r",\s+(?:(?:the|a|an|his|her|their)\s+)?(?:\w+\s+){0,2}?(\w+)")


@cache
def _title_tails() -> frozenset[str]:
    """The last words of the titles of two or more words ("minister" of "prime minister")."""
    return frozenset(key.split(" ")[-1] for key in _titles() if " " in key)


def _title_at_end(last_words: list[str]) -> str | None:
    """The title (a key of ``person_titles``) that the last one to three words form, longest first."""
    titles = _titles()
    if last_words and last_words[-1].casefold() not in _title_tails():  # speed: no title of 2-3 words ends here
        word = TITLE_PREFIX.split(last_words[-1])[-1].casefold()
        return word if word in titles else None
    for k in (3, 2, 1):
        if len(last_words) >= k:
            words = last_words[-k:]
            words[0] = TITLE_PREFIX.split(words[0])[-1]  # "ex-Prime Minister" -> "Prime Minister"
            key = " ".join(words).casefold()
            if key in titles:
                return key
    return None


_FOUND = threading.local()  # speed: the name index of the texts analysed last (see ``_index``)
TEXTS_KEPT = 4  # texts whose names are kept: the article, and a few short strings asked about between its spans


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Capitalised name runs in ``text[start:end]``, typed.

    A run is cut where a possessive ends a word ("Armenia's Prime Minister Nikol Pashinyan":
    Armenia, then Nikol Pashinyan), after a title ("Prime Minister"), and where a place or
    organisation is followed by a person's name ("Amnesty International Man-kei Tam").
    Quotes, sources and discovery ask for the names of the same sentences and of phrases inside
    them: each line of a text is read once (``NameIndex``) and every span answered from it.
    """
    end = len(text) if end is None else min(end, len(text))  # an end past the text looped forever
    return list(_index(text).names(max(0, start), end))


def names_before(text: str, end: int) -> Iterator[Name]:
    """``reversed(find_names(text, 0, end))``, read lazily from ``end`` back, line by line.

    Speed: a rule looking for the last earlier name of some kind (``sources``' ``_surname``) read
    every name from the start of the article for each question (quadratic in its length). A run
    never crosses a line break, so the names before ``end`` are those of the whole lines before
    its line (from the index) and those of the part of its line before ``end`` (read as a span).
    """
    index = _index(text)
    line_start, _ = index._line_around(end)
    yield from reversed(find_names(text, line_start, end))
    breaks = index.breaks or []
    k = bisect_left(breaks, line_start - 1)  # the line break ending the line before
    while line_start > 0:
        start = breaks[k - 1] + 1 if k else 0
        for names in reversed(index._line(start, line_start - 1)[2]):
            yield from reversed(names)
        line_start, k = start, k - 1


def keep_names(text: str) -> None:
    """Keep the name index of ``text`` (the article being analysed) until another text is kept.

    Speed: the quote pass, the sources pass and discovery ask for the names of the same article;
    kept here, the sources pass reads the lines the quote pass has read, instead of reading them
    again after a few short strings asked about in between pushed the article's index out of the
    recent ones (``TEXTS_KEPT``: on 1 MB it was built twice, the lines typed twice). One article's
    index at a time per thread; the answers are those of a new index.
    """
    _FOUND.article = _index(text)


def _index(text: str) -> NameIndex:
    article = getattr(_FOUND, "article", None)
    if article is not None and article.text is text:
        return article
    kept = getattr(_FOUND, "indexes", None)
    if kept is None:
        kept = _FOUND.indexes = []
    for k, index in enumerate(kept):
        if index.text is text:
            if k:  # speed: the most recently used first, so that the article's index is not dropped
                kept.insert(0, kept.pop(k))  # after TEXTS_KEPT short strings (it was rebuilt 5 times per MB)
            return index
    index = NameIndex(text)
    kept.insert(0, index)
    del kept[TEXTS_KEPT:]
    return index


class NameIndex:
    """The name runs of one text, found line by line on first use, and the names of any span.

    A name run never crosses a line break, so a line's runs are those of the whole text. The
    names of ``text[start:end]`` are the names of the runs inside it, unless a run crosses
    ``start`` or ``end`` (or ends at ``end`` on a full stop, where the run may depend on what
    follows): then the span is read on its own, as without the index. Same result either way.
    """

    def __init__(self, text: str):
        self.text = text
        self.spans: dict[tuple[int, int], tuple[Name, ...]] = {}
        self.lines: dict[int, tuple[list[int], list[int], list[tuple[Name, ...]]]] = {}
        self.breaks: list[int] | None = None  # offsets of the line breaks, found on first use
        self.lower: frozenset[str] | None = None  # words written in lower case (``lower_words``)
        self.followed: tuple[list[str], dict[str, list[tuple[int, str, int]]]] | None = None  # ``_words_before``
        self.before: dict[str, list[tuple[int, str]]] = {}  # ``_words_before``'s answers by word
        self._folded: str | None = None  # the text lower-cased (``folded``)

    def folded(self) -> str | None:
        """The text lower-cased, or None where lower case changes its length (then one character of
        the copy is not one of the text, so offsets would not carry over)."""
        if self._folded is None:
            folded = self.text.lower()
            self._folded = folded if len(folded) == len(self.text) else ""
        return self._folded if len(self._folded) == len(self.text) else None

    def names(self, start: int, end: int) -> tuple[Name, ...]:
        """The names of ``text[start:end]``, computed once per span."""
        key = (start, end)
        found = self.spans.get(key)
        if found is None:
            found = self._from_lines(start, end)
            if found is None:
                found = tuple(read_names(self.text, start, end))
            self.spans[key] = found
        return found

    def _from_lines(self, start: int, end: int) -> tuple[Name, ...] | None:
        text = self.text
        out: list[Name] = []
        at = start
        while at < end:
            line_start, line_end = self._line_around(at)
            starts, ends, names = self._line(line_start, line_end)
            i = bisect_right(ends, at)  # the first run ending after ``at``
            if at == start and i < len(starts) and starts[i] < start:
                return None  # a run crosses the start
            while i < len(starts) and starts[i] < end:
                if ends[i] > end or (ends[i] == end and text[end - 1] == "."):
                    return None  # a run crosses the end, or may depend on what follows it
                out.extend(names[i])
                i += 1
            at = line_end + 1
        return tuple(out)

    def _line_around(self, at: int) -> tuple[int, int]:
        """Start and end of the line holding offset ``at`` (speed: by bisection, not by scanning
        back over a long line for every span)."""
        if self.breaks is None:
            self.breaks = [m.start() for m in LINE_BREAK.finditer(self.text)]
        i = bisect_left(self.breaks, at)
        return (self.breaks[i - 1] + 1 if i else 0), (self.breaks[i] if i < len(self.breaks) else len(self.text))

    def _line(self, line_start: int, line_end: int) -> tuple[list[int], list[int], list[tuple[Name, ...]]]:
        found = self.lines.get(line_start)
        if found is None:
            stop = min(len(self.text), line_end + 1)  # the line break is seen, as in the whole text
            matches = name_runs(self.text, line_start, stop)
            found = ([m.start() for m in matches], [m.end() for m in matches],
                     [tuple(_match_names(self.text, m)) for m in matches])
            self.lines[line_start] = found
        return found


def read_names(text: str, start: int, end: int) -> list[Name]:
    """The names of ``text[start:end]`` read from that span alone, without the index (what
    ``find_names`` answers, more slowly)."""
    names = []
    for m in name_runs(text, start, end):
        names += _match_names(text, m)
    return names


def _match_names(text: str, m: re.Match[str] | regex.Match) -> list[Name]:
    """The names of one capitalised run (possessives and titles cut it)."""
    names = []
    run = m.group()
    if not SPACE.search(run):  # speed: most runs are one word
        name = _name_of(text, [(run, m.start(), m.end())])
        return [name] if name is not None else []
    words = [(w.group(), w.start(), w.end()) for w in NON_SPACE.finditer(text, m.start(), m.end())]
    if _common_opener(text, words):
        words = words[1:]  # "Does Rubio", "Footage of Al-Awlaki": a sentence's common first word is no part of the name
    for group in _and_groups(_possessive_groups(words)):
        name = _name_of(text, group)
        if name is not None:
            names.append(name)
    return names


SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;”\"]\s+|\n\s*)$")
OPENING_WINDOW = 4  # characters before a run read to see whether it opens a sentence


def lower_words(text: str) -> frozenset[str]:
    """The words written in lower case somewhere in ``text`` (computed once per text, see ``_index``)."""
    index = _index(text)
    if index.lower is None:
        # speed: read from the text's distinct word runs (``word_runs``, read once per text and
        # already read by the sentence splitter), joined by spaces, not from the whole text: a
        # match never crosses the end of a run, where ``\b`` reads a space as it reads the text's
        # next character (neither is a word character); the same words
        index.lower = frozenset(LOWER_WORD.findall(" ".join(word_runs(text))))
    return index.lower


# a word and the white space after it: the word before each word of a text (``_words_before``)
WORD_BEFORE = re.compile(r"\b([A-Za-z][\w’'.-]*)\s+(?=(\S*))")


def _words_before(text: str, word: str) -> list[tuple[int, str]]:
    """(start, word) of each word written just before a word beginning with ``word`` (any case), in
    text order, as ``re.finditer(r"\\b([A-Z][\\w’'.-]*)\\s+" + word, text, re.I)`` finds them (a
    match ends inside the next word, so one that overlaps the match before it is skipped): the
    matches of ``WORD_BEFORE`` whose following word, lower-cased, begins with ``word`` lower-cased.

    Speed: a text shorter than ``SCAN_MAX`` is searched for ``word`` in its lower-cased copy
    (``str.find``) and only the word before each hit is read (``_word_before_at``); a longer one
    gets one index of every word's word before (one pass, kept on its name index, a range of a
    sorted list per question), as a search per question would grow with the square of its length.
    Same answers either way (``tests/test_speed_round9.py``); answers are kept per word."""
    index = _index(text)
    known = index.before.get(word)
    if known is not None:
        return known
    low = word.lower()
    if len(text) < SCAN_MAX and low and index.folded() is not None:
        rows = _scanned_rows(text, index.folded(), low)
    else:
        rows = _indexed_rows(index, low)
    out, free_from = [], 0
    for start, before, follows in sorted(rows):
        if start >= free_from:
            out.append((start, before))
            free_from = follows + len(word)
    index.before[word] = out
    return out


# characters: below, ``_words_before`` searches the text per word; from there on, it indexes every word. The
# words a quote pass asks about, on Wikinews text: 100 KB searched 0.007 CPU s, indexed 0.022; 300 KB 0.08-0.11
# against 0.09; 1 MB 11-13 s against 0.4-0.7 (the asks and a common word's hits both grow with the text).
# Wikinews articles: median 2,065 characters, 3 of 295 above 50,000
SCAN_MAX = 50_000
MATCH_CHARS = re.compile(r"[\w’'.-]*\Z")  # the characters ``WORD_BEFORE``'s word may hold after its first letter
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _indexed_rows(index: NameIndex, low: str) -> list[tuple[int, str, int]]:
    """``_words_before``'s rows from the index of every word's word before (built once per text)."""
    if index.followed is None:
        groups: dict[str, list[tuple[int, str, int]]] = {}
        for m in WORD_BEFORE.finditer(index.text):
            groups.setdefault(m.group(2).lower(), []).append((m.start(), m.group(1), m.end()))
        index.followed = (sorted(groups), groups)
    keys, groups = index.followed
    return [row for key in keys[bisect_left(keys, low) : bisect_left(keys, low + "\U0010ffff")] for row in groups[key]]


def _scanned_rows(text: str, folded: str, low: str) -> list[tuple[int, str, int]]:
    """``_words_before``'s rows found by searching ``folded`` (``text`` lower-cased, one character for
    one) for ``low`` at the start of a word and reading the word before each hit."""
    rows = []
    at = folded.find(low, 1)
    while at != -1:
        if text[at - 1].isspace() and folded[at + len(low) : at + len(low) + 1] != "\U0010ffff":
            row = _word_before_at(text, at)
            if row is not None:
                rows.append(row)
        at = folded.find(low, at + 1)
    return rows


def _word_before_at(text: str, follows: int) -> tuple[int, str, int] | None:
    """The match of ``WORD_BEFORE`` that ends at ``follows`` (a word's start after white space) as
    (start, word, follows), or None. ``finditer`` reads the text word by word (each match ends where
    the next word starts), so the match in the word before is the first position of that word where
    ``WORD_BEFORE`` matches: an ASCII letter at a word boundary, followed only by ``[\\w’'.-]`` up to
    the white space."""
    end = follows - 1
    while end >= 0 and text[end].isspace():
        end -= 1
    if end < 0:
        return None
    end += 1
    start = end - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]
    tail = MATCH_CHARS.search(word)  # the longest end of the word made of the class's characters
    first = tail.start()
    for k in range(first, len(word)):
        if word[k] in ASCII_LETTERS and (k == first or word[k - 1] in "’'.-"):
            return start + k, word[k:], follows
    return None


def _common_opener(text: str, words: list[tuple[str, int, int]]) -> bool:
    """Is the first of a run's words (two or more) a common word capitalised only because it opens
    a sentence ("Does Rubio ...", "Outside Carrier ...", "Footage of Al-Awlaki ...")? It is when the
    text writes it in lower case elsewhere and it is no title, label, party word or listed given name
    ("President Obama", "Voter Kitty Mak", "Mark Warner" keep theirs), and the run is no organisation
    or place ("White House", "New York")."""
    if len(words) < 2 or not words[1][0][:1].isupper() and words[1][0] not in LINK_WORDS:
        return False
    first, at = words[0][0], words[0][1]
    low = first.lower()
    if not first[:1].isupper() or first.isupper() or not first.isalpha() or low not in lower_words(text):
        return False
    if low in _titles() or low in name_labels() or low in name_prefixes() or low in _first_names():
        return False
    if SENTENCE_OPENING.search(text, max(0, at - OPENING_WINDOW), at) is None:
        return False
    if typed_name(text, at, words[-1][2]).type not in ("person", "unknown"):
        return False
    # the rest is a name the text gives elsewhere after another capitalised word ("Marco Rubio",
    # "Anwar al-Awlaki"): "Win Htein", an unlisted given name that is also a common word, keeps it
    last = words[-1][0].removesuffix("’s").removesuffix("'s").strip(".,")
    return any(start != at and before[:1].isupper() and before != first
               for start, before in _words_before(text, last))


def _possessive_groups(words: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    groups: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for word in words:
        current.append(word)
        if word[0].endswith(("’s", "'s")) and len(word[0]) > 2:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _and_groups(groups: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """Each group cut at "and" unless the parts make one organisation's name (``joins_at_and``):
    "Barack Obama and Joe Biden" are two names, "Centers for Disease Control and Prevention" one."""
    out: list[list[tuple[str, int, int]]] = []
    for group in groups:
        cuts = [i for i, w in enumerate(group) if w[0] == "and"]
        if not cuts:
            out.append(group)
            continue
        current = group[: cuts[0]]
        for k, cut in enumerate(cuts):
            after = group[cut + 1 : cuts[k + 1] if k + 1 < len(cuts) else len(group)]
            if joins_at_and([w[0] for w in current], [w[0] for w in after]):
                current = [*current, group[cut], *after]
            else:
                out.append(current)
                current = after
        out.append(current)
    return [g for g in out if g]


def joins_at_and(before: list[str], after: list[str]) -> bool:
    """True when "<before> and <after>" is one organisation's name, not two names.

    Either the part before names an organisation by its head and leaves its complement open
    ("Centers for Disease Control", "Islamic State of Iraq", "Department of Health": a head word
    followed by "of" or "for") and the part after is no second organisation (it does not end
    with a singular organisation word: "... and Stanford University"), or the part after ends
    with an organisation word that the part before, two words or more and no person, qualifies
    ("North Wales Fire and Rescue Service").
    """
    bare_before = [_bare(w) for w in before]
    bare_after = [_bare(w) for w in after if w.lower() != "the"]
    if not bare_after:
        return False
    if bare_after[0] in _first_names() or any(w in _titles() for w in bare_after):
        return False  # "the University of Miami and Chris Fallows": a person follows
    second = bare_after[-1] in _words("organisation_words") and not bare_after[-1].endswith("s")
    if _headed(bare_before) and len(bare_after) <= AND_TAIL_MAX and not second \
            and not any(w in {"of", "for"} for w in bare_after):
        return True  # "Department of Health and Human Services", not "University of Washington and Stanford University"
    capitalised = [w for w in before if w[:1].isupper()]
    return (
        bare_after[-1] in _words("organisation_words")
        and len(capitalised) >= 2
        and not any(w in _words("organisation_words") or w in _titles() for w in bare_before)
        and bare_before[0] not in _first_names()
        and not any(w in {"of", "for", "the"} for w in bare_after)
    )


AND_TAIL_MAX = 3  # words after "and" that may close an organisation's complement ("Systems Science and Engineering")


@cache
def _organisation_heads() -> frozenset[str]:
    """``_headed``'s head words (speed: the union made once, not on every call)."""
    return _words("organisation_words") | _words("organisation_heads")


def _headed(bare: list[str]) -> bool:
    """An organisation's head word followed by "of" or "for": "Centers for ...", "Islamic State of ..."."""
    if "of" not in bare and "for" not in bare:  # speed: most runs hold neither (then no head is followed by one)
        return False
    heads = _organisation_heads()
    return any(w in heads and any(v in {"of", "for"} for v in bare[i + 1 :]) for i, w in enumerate(bare))


def _name_of(text: str, words: list[tuple[str, int, int]]) -> Name | None:
    """The name a run's words (word, start, end) make, typed; None if they make none.

    Speed: which words make the name (``_name_bounds``) depends on the words alone, so it is
    decided once per distinct run (``_name_plan``, e.g. once for all "He" and "Trump") and only
    the typing, which reads the text around the name, is done for every run.
    """
    plan = _name_plan(tuple(w[0] for w in words))
    if plan is None:
        return None
    first, last, cut = plan
    return typed_name(text, words[first][1], words[last][2] - cut)


@lru_cache(maxsize=1 << 16)
def _name_plan(run: tuple[str, ...]) -> tuple[int, int, int] | None:
    """``_name_bounds`` of a run's words as (first word, last word, characters cut from the last
    word's end), read on the words joined by single spaces: the bounds never fall in the space
    between two words (every word starts with a capital or a digit), so they carry over."""
    words, at = [], 0
    for word in run:
        words.append((word, at, at + len(word)))
        at += len(word) + 1
    bounds = _name_bounds(" ".join(run), words)
    if bounds is None:
        return None
    a, b = bounds
    first = next(k for k, w in enumerate(words) if w[1] == a)
    last = next(k for k, w in enumerate(words) if w[1] < b <= w[2])
    return first, last, words[last][2] - b


def _name_bounds(text: str, words: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """Start and end of the name the run's words make (the rules of ``_name_of``), or None."""
    stop = not_names()
    while words and (words[0][0].removesuffix("’s").removesuffix("'s") in stop or words[0][0].islower()):
        words = words[1:]
    words = _without_date(words)  # "March 14", "2019 NATO": a date opening a run is no part of a name (11as)
    adjective = [i for i, w in enumerate(words) if "-" in w[0] and ADJECTIVE_END.search(w[0])]
    if adjective:  # "Yemen-based Houthi", "Mercer Island-based Dana F. Besecker Company": the name follows
        words = words[adjective[-1] + 1 :]
    while words and (words[-1][0].lower() in {"of", "and", "the", "for", "without"} or words[-1][0] in stop):
        words = words[:-1]
    titles = _titles()
    if len(words) >= NAME_LABEL_MIN and words[0][0].casefold() in name_labels():
        words = words[1:]  # "Voter Kitty Mak": a common noun capitalised at a sentence's start labels the name
        if len(words) >= NAME_LABEL_MIN and words[0][0] == "of":
            words = words[2:]  # "Guests of Honour Cherie": the label's complement too
    while len(words) >= NAME_LABEL_MIN and words[0][0].casefold() in name_prefixes() \
            and words[1][0].casefold() in _first_names():
        words = words[1:]  # "Republican Donald Trump", "Rival Hillary Clinton": a party or rival word, no name
    if words and all(w[0].casefold() in titles for w in words):
        return None  # a title alone ("Mr.", "President") is no name
    if words and all(w[0].casefold().rstrip(",.") in number_words() for w in words):
        return None  # "Thirteen years earlier", "Dozens were hurt": a number word opening a sentence is no name
    if len(words) >= 2 and (" ".join(w[0] for w in words).casefold() in titles or words[-1][0].casefold() in titles
                            and all(w[0] in _places() or w[0].isupper() or w[0].casefold() in title_modifiers()
                                    for w in words[:-1])):
        return None  # "US Ambassador (to Germany Richard Grenell)", "German Chancellor", "Prime Minister",
        # "Vice President", "Defence Secretary": a title, the name follows or none is written
    if len(words) >= 2 and _title_only([w[0] for w in words]):
        return None  # "Deputy Prime Minister", "the Prime Minister's office": a title alone (issue 11am)
    titled = [i for i, w in enumerate(words[:-1]) if w[0].casefold() in titles]
    if titled and titled[-1] == 0 and words[-1][0].casefold() in _words("organisation_words") \
            and not any(w[0] in LINK_WORDS for w in words):
        titled = []  # "General Services Administration", "General Accounting Office": a body's name (issue 11am)
    if titled and titled[-1] == len(words) - 3 and words[titled[-1]][0] in regnal_titles() \
            and ROMAN.fullmatch(words[-1][0]):
        titled = []  # "Queen Elizabeth II", "Pope Benedict XVI": the title is part of a regnal name (issue 11as)
    if titled:
        words = words[titled[-1] + 1 :]
        if len(words) > 2 and words[0][0] == "of":  # "Secretary of State Mike Pompeo"
            words = words[2:]
    words = _split_at_organisation(words)
    if not words:
        return None
    a, b = words[0][1], words[-1][2]
    while b > a and text[b - 1] in ".’'":
        b -= 1
    if text[a:b].endswith(("’s", "'s")):
        b -= 2
    if b <= a or text[a:b].isdigit():
        return None
    return a, b


ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # a regnal number ("Elizabeth II", "Benedict XVI")


def _without_date(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The run's words without a date at its front, a month and a day number ("March 14"; "According to a
    March 14, 2019 NATO press release" gave "March 14"), issue 11as. A year alone stays: cut from "2019 Time
    Person of the Year" (a headline) it left a person "Time Person" that took Time magazine's citations."""
    dates = date_words()
    while len(words) >= 2 and words[0][0] in dates and words[1][0].isdigit():
        words = words[2:]
    return words


@cache
def date_words() -> frozenset[str]:
    """Months and weekdays as written (``date_words`` of ``data/quotes.yml``, issue 11as)."""
    return frozenset(quote_words("date_words"))


@cache
def regnal_titles() -> frozenset[str]:
    """Titles kept before a name with a regnal number (``regnal_titles`` of ``data/quotes.yml``, issue 11as)."""
    return frozenset(quote_words("regnal_titles"))


def is_regnal(name: str) -> bool:
    """Is ``name`` a regnal title, a name and a regnal number ("Queen Elizabeth II", "Pope Benedict XVI")?"""
    words = name.split()
    return len(words) >= 3 and words[0] in regnal_titles() and ROMAN.fullmatch(words[-1]) is not None


def _title_only(words: list[str]) -> bool:
    """Do the words (two or more, the last maybe possessive) make a title alone: a title of one to three
    words at the end ("Prime Minister's") after titles, modifiers or places ("Deputy", "US")?"""
    last = [*words[:-1], words[-1].removesuffix("’s").removesuffix("'s")]
    title = _title_at_end(last[-3:])
    if title is None:
        return False
    titles, bodies = _titles(), _words("organisation_words")
    # a body's word before the title too: "Senate Minority Leader", "House Speaker" (issue 11as)
    return all(w in _places() or w.casefold() in title_modifiers() or w.casefold() in titles or w.casefold() in bodies
               for w in last[: len(last) - len(title.split())])


def _split_at_organisation(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """In "Amnesty International Man-kei Tam" or "United States Joe Biden", keep the person."""
    for i in range(len(words) - 2, 0, -1):  # the shortest person tail first
        head, rest = words[:i], words[i:]
        if not 2 <= len(rest) <= 3 or not all(w[0][:1].isupper() for w in rest):
            continue
        if any(w[0].casefold() in LINK_WORDS for w in (*rest, head[-1])):  # "Reporters Without Borders",
            continue  # "Center for Biological Diversity" are one name
        if _is_place_or_org([w[0] for w in head]) and not _is_place_or_org([w[0] for w in rest]):
            return rest
    return words


def _is_place_or_org(words: list[str]) -> bool:
    bare = [w.strip(".,’'").casefold() for w in words]
    return (
        " ".join(words) in _places()
        or any(w in _region_words() for w in bare)
        or any(w in _words("organisation_words") for w in bare)
    )


def typed_name(text: str, start: int, end: int) -> Name:
    """The name at ``text[start:end]`` with type, gender and role read from it and before it.

    Speed: the type and gender depend only on the name's words and on four things read around
    it (the title its last one to three words before form, whether the word before is an
    organisation noun, the gender an apposition after it gives, and, for a person, the role in
    the words before), so they are worked out once per distinct (name, title, noun, apposition)
    (``_typed``: "Trump" after "said" once per corpus) and only the role per occurrence. Two
    checks of an untitled person read more of the text and are made per occurrence, outside the
    memo (issue 11ay): a work noun just before ("the film Black Panther": a thing) and two common
    words the text writes in lower case elsewhere ("Border Patrol": no person).
    """
    before = text[max(0, start - TITLE_WINDOW) : start]
    last = before.split()[-3:]
    noun_before = bool(last) and last[-1].strip(".,’'").casefold() in _words("organisation_nouns")
    apposition = _apposition_gender(text, end) if text.startswith(",", end) else None  # it opens with a comma
    surface, kind, gender, has_role = _typed(text[start:end], _title_at_end(last), noun_before, apposition)
    if kind == "person" and not has_role and _after_work_noun(before):  # an untitled name only
        return Name(surface, start, start + len(surface), THING_TYPE, None, "")  # "the film Black Panther" (11ay)
    if kind == "person" and not has_role and _common_words_only(text, surface):
        return Name(surface, start, start + len(surface), "unknown", None, "")  # "Border Patrol", "Solar System" (11ay)
    return Name(surface, start, start + len(surface), kind, gender, _role(before.rstrip()) if has_role else "")


def _common_words_only(text: str, surface: str) -> bool:
    """Is an untitled two-word name made of common words, both written in lower case elsewhere in the
    text, the first no listed given name ("Border Patrol", "Solar System", "Election Day")? Then it is
    no person's name: a person's surname is rarely a word the same article writes in lower case (issue
    11ay; such names were read as persons, "he"/"she" and speaker candidates)."""
    words = surface.split()
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    low = lower_words(text)
    return words[0].lower() not in _first_names() and all(w.lower() in low for w in words)


def _after_work_noun(before: str) -> bool:
    """Is the word before a name (an opening quote mark skipped) a noun naming a work, ``work_nouns`` of
    ``data/quotes.yml`` ("the film Black Panther", "his book “Clinton Cash”")? Then the name is the work's
    title, a thing, not a person (issue 11ay: a title read as a person became a "he" or a speaker)."""
    before = before.rstrip("“\"‘' ")
    if not before or before[-1].isspace():
        return False  # a line break between: a new line ("the Harry Potter series\nHermione Granger")
    return before.rsplit(maxsplit=1)[-1].casefold() in _words("work_nouns")


@lru_cache(maxsize=1 << 16)
def _typed(surface: str, title: str | None, noun_before: bool, apposition: str | None
           ) -> tuple[str, str, str | None, bool]:
    """``typed_name``'s (name, type, gender, has a role) for a name written ``surface`` after a title
    (a key of ``person_titles``, or None) or an organisation noun, with an apposition's gender."""
    words = [w.strip(".,’'").casefold().removesuffix("’s").removesuffix("'s") for w in surface.split()]
    organisation_words = _words("organisation_words")
    if len(words) >= 2 and words[0] in _words("name_events") and not title:
        return surface, THING_TYPE, None, False  # "Hurricane Maria", "Tropical Storm Ana": no speaker
    person = _person_of(surface, organisation_words)
    if person:  # "Sam Wilson of the University of Hawaii": the person, not the university
        return person, "person", apposition or first_name_gender(person), True
    if title and " of " in surface:  # "Mr. Burman of the Tax Policy Center": the titled person, not the body
        head = surface[: surface.index(" of ")]
        head_words = [w.strip(".,’'").casefold() for w in head.split()]
        if len(head_words) <= 3 and not any(w in organisation_words for w in head_words):
            return head, "person", _titles()[title] or apposition or first_name_gender(head), True
    if any(w in organisation_words for w in words) or (_headed(words) and words[0] not in _first_names()) \
            or noun_before or "&" in surface or _web_name(surface):  # "PG&E": a firm (11am); "News.com.au" (11as)
        return surface, "organisation", None, False
    if title:
        if " of " in surface:  # "Mohammad bin Salman of Saudi Arabia": no apposition right after the cut
            surface = surface[: surface.index(" of ")]
            return surface, "person", _titles()[title] or first_name_gender(surface), True
        return surface, "person", _titles()[title] or apposition or first_name_gender(surface), True
    if surface in _places() or any(w in _region_words() for w in words) and not _given_then_modifier(words):
        return surface, "place", None, False
    if len(words) >= 2 and all(w[:1].isalpha() for w in words):
        group = _group_name(words)
        if group:
            return surface, group, None, False  # "Latino Republicans", "HuffPost Live", "Muslim Americans": no person
        if is_regnal(surface):  # "Queen Elizabeth II": the title's gender (issue 11as)
            return surface, "person", apposition or _titles().get(words[0]), False
        return surface, "person", apposition or first_name_gender(surface), False  # no title: no role read
    return surface, "unknown", None, False


def _given_then_modifier(words: list[str]) -> bool:
    """A listed given name first and a place modifier last as the only region word ("Kevin North",
    "Maria East"): a person's surname, as a modifier opens a place's name ("West Bank"), never
    closes it after a given name (issue 11ay). A known place as a whole stays a place (checked before)."""
    return len(words) >= 2 and words[0] in _first_names() and words[-1] in _region_modifiers() \
        and not any(w in _region_words() for w in words[:-1])


@cache
def _region_modifiers() -> frozenset[str]:
    """``region_modifiers`` of ``data/places.yml``, lower case (issue 11ay)."""
    return frozenset(w.casefold() for w in rules("places")["region_modifiers"])


@cache
def _web_suffix() -> re.Pattern[str]:
    """A word ending in a web suffix (``web_suffixes`` of ``data/quotes.yml``): "News.com.au", "Domain.com"."""
    words = "|".join(re.escape(w) for w in quote_words("web_suffixes"))
    return re.compile(rf"\w\.(?:{words})$")


def _web_name(surface: str) -> bool:
    """Is the name a web address's ("News.com.au", "Domain.com")? Then it is a site's, an organisation (11as)."""
    return "." in surface and any(_web_suffix().search(w) for w in surface.split())


def is_thing_name(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (a source phrase) the name of a storm ("Hurricane Maria",
    typed ``THING_TYPE``), which reports nothing ("Hurricane Maria ... claimed about 3000 lives")?"""
    names = find_names(text, start, end)
    return len(names) == 1 and names[0].type == THING_TYPE


def _group_name(words: list[str]) -> str | None:
    """The type of a run whose words (bare, lower case) name a party, outlet or people, not a person, or
    None: one is a ``not_person_words`` word ("Latino Republicans", "HuffPost Live": an organisation) or a
    ``people_words`` word ("Muslim Americans": unknown), no listed given name comes before its last word
    ("Charlie Black", "Supporters of Republican Donald Trump" keep the person), and it is no party word
    before a name ("Republican Roy Blunt")."""
    party, people = _words("not_person_words"), _words("people_words")
    if not any(w in party or w in people for w in words) or any(w in _first_names() for w in words[:-1]):
        return None
    if words[0] in name_prefixes() and not any(w in party or w in people or w in LINK_WORDS for w in words[1:]):
        return None  # "Republican Roy Blunt"; not "Republican of Arizona", a description
    return GROUP_TYPE if any(w in party for w in words) else "unknown"


def _person_of(surface: str, organisation_words: frozenset[str] | set[str]) -> str | None:
    """The person of "Given Surname of <somewhere>" (two or three words, a listed given name first,
    no organisation word), or None: the affiliation after "of" is no part of the person's name."""
    if " of " not in surface:
        return None
    head = surface[: surface.index(" of ")]
    words = [w.strip(".,’'").casefold() for w in head.split()]
    if 2 <= len(words) <= 3 and words[0] in _first_names() and not any(w in organisation_words for w in words):
        return head
    if 2 <= len(words) <= 3 and _body_after_of(surface[surface.index(" of ") + 4 :], organisation_words) \
            and all(w[:1].isalpha() and w not in organisation_words and w not in _organisation_heads()
                    and w not in _region_words() and w not in _titles() and w not in _words("not_person_words")
                    and w not in _words("people_words")
                    and w not in _words("role_nouns")
                    for w in words) and head not in _places():
        return head  # "Darran Whiting of Liberty Baptist Church": an unlisted given name, a named body after "of"
    return None


def _body_after_of(tail: str, organisation_words: frozenset[str] | set[str]) -> bool:
    """True when the words after "of" end with an organisation or a region word ("Liberty Baptist Church",
    "the Tax Policy Center"): an affiliation, so the capitalised words before "of" may be a person."""
    words = [w.strip(".,’'").casefold() for w in tail.split()]
    return bool(words) and (words[-1] in organisation_words or len(words) >= 2 and words[-1] in _region_words())


THING_TYPE = "thing"  # the type of a storm's name ("Hurricane Maria", ``name_events``), issue 11am
GROUP_TYPE = "organisation"  # the type of a run holding a party or outlet word, ``not_person_words`` (issue 11ah)


NAME_LABEL_MIN = 3  # a label is cut only before a name of two words or more ("Voter Kitty Mak", not "Voter")


@cache
def name_labels() -> frozenset[str]:
    """Common nouns that label a name when capitalised before it (``name_labels`` of ``data/quotes.yml``)."""
    return frozenset(w.casefold() for w in quote_words("name_labels"))


@cache
def number_words() -> frozenset[str]:
    """Number words written capitalised at a sentence's start ("Thirteen", "Dozens"): ``number_words`` of
    ``data/quotes.yml`` (issue 11ah); a run of them alone is no name."""
    return frozenset(w.casefold() for w in quote_words("number_words"))


@cache
def title_modifiers() -> frozenset[str]:
    """Words that make a title of the title after them ("Vice President", "Defence Secretary"):
    ``title_modifiers``, ``role_modifiers`` and ``name_prefixes`` of ``data/quotes.yml`` (issue 11ah)."""
    return frozenset(w.casefold() for key in ("title_modifiers", "role_modifiers", "name_prefixes")
                     for w in quote_words(key))


@cache
def name_prefixes() -> frozenset[str]:
    """Party, rival and origin words written before a person's full name ("Republican Donald
    Trump"): ``name_prefixes`` of ``data/quotes.yml``; cut only before a listed given name."""
    return frozenset(w.casefold() for w in quote_words("name_prefixes"))


@cache
def _first_names() -> dict[str, str]:
    table = rules("quotes")["first_names"]
    return {name.casefold(): gender for gender in ("male", "female") for name in table[gender]}


def first_name_gender(name: str) -> str | None:
    """"Claire McCaskill" -> female: the gender a full name's given name usually marks
    (``first_names`` of ``data/quotes.yml``), or None for a surname alone or an unlisted name."""
    words = name.split()
    return _first_names().get(words[0].casefold()) if len(words) >= 2 else None


def given_name_gender(word: str) -> str | None:
    """"Jane" -> female: the gender a lone word marks when it is a listed given name, else None."""
    return _first_names().get(word.casefold())


def _apposition_gender(text: str, end: int) -> str | None:
    """Gender from an apposition right after the name: "Hatice Cengiz, fiancée of ..."."""
    m = APPOSITION.match(text[end : end + TITLE_WINDOW])
    return _titles().get(m.group(1).casefold()) if m else None


ROLE_WORDS = {"of", "state", "head", "government", "foreign", "deputy", "former", "ex", "the", "news", "press"}


def _role(before: str) -> str:
    """The words of the title phrase that ends ``before``: "US State Department spokesman"."""
    words = SPACES.split(before.strip())
    kept: list[str] = []
    for word in reversed(words[-6:]):
        bare = word.strip("“”\"(),;:").casefold()
        if word[-1:] in ",;:.)!?\"”" and kept:
            break
        if not (word[:1].isupper() or bare in ROLE_WORDS or bare in _titles()):
            break
        if bare in {"said", "told", "met", "and"}:
            break
        kept.append(word.strip("“”\"(),;:"))
    role = " ".join(reversed(kept))
    return role.removeprefix("the ").removeprefix("The ")


@lru_cache(maxsize=1 << 16)  # speed: names are folded again and again
def fold(name: str) -> str:
    """A name without diacritics, for matching "Erdogan" with "Erdoğan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_organisation_noun(phrase: str) -> bool:
    """'the organization', "the ministry's website": a common noun standing for an organisation."""
    first = phrase.split(maxsplit=1)[:1]
    if not first or _bare(first[0]) not in LOWER_START:  # speed: most phrases stop here
        return False
    nouns = _words("organisation_nouns")
    return any(_bare(w) in nouns for w in phrase.split())


def _bare(word: str) -> str:
    return word.strip(".,’'").casefold().removesuffix("’s").removesuffix("'s")
