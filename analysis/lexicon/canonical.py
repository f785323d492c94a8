"""One name per person and organisation per article: short forms joined to their full name.

Speakers, sources and discovered actors all name people through ``canonical_names``, so that
"Obama", "Mr. Obama" and "President Obama" are "Barack Obama" everywhere in one article, and
"Werner" and "Jamie Werner of Ngātiwai" are one source. Honorifics ("Mr.") and titles
("President") are the ``person_titles`` of ``data/quotes.yml``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from .names import date_words, fold, is_regnal, without_particle
from .resources import rules

POSSESSIVE = re.compile(r"['’]s?$")
OF_TAIL = re.compile(r"\s+(?:of|from)\s+.+$")
# a conjunction read into a phrase's front ("but the Saudi government said"): no part of a name (issue 11am)
CONJUNCTION_LEAD = re.compile(r"^(?:but|and|or|yet|while|whereas)\s+(?=\S)")
ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Z&.-]{1,9}\)$")  # "World Health Organization (WHO)"
ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,9}$")
SHORT_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})  # left out of an acronym
# a firm's legal form, left out of its acronym too ("PG&E" of "Pacific Gas and Electric Company"), issue 11am
LEGAL_FORMS = frozenset({"company", "corporation", "incorporated", "inc", "inc.", "co", "co.", "corp", "corp.",
                         "ltd", "ltd.", "limited", "plc", "llc"})


@cache
def _time_tail() -> re.Pattern[str]:
    """A time phrase after a name: "on"/"in"/"at" + a weekday, a month (with a day, a year) or a year
    ("the Florida Museum of Natural History on Monday", "ABC Australia on March 3"): no part of the name
    (issue 11as; months and weekdays are ``date_words`` of ``data/quotes.yml``)."""
    dates = "|".join(sorted(date_words(), key=len, reverse=True))
    return re.compile(rf"\s+(?:on|in|at)\s+(?:(?:last|this|next)\s+)?"
                      rf"(?:(?:{dates})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)$")


@cache
def _prefixes() -> tuple[str, ...]:
    """Honorifics and person titles that may stand before a name, longest first, case-folded."""
    return tuple(sorted({w.casefold() for w in rules("quotes")["person_titles"]}, key=len, reverse=True))


@cache
def _leading_words() -> tuple[str, ...]:
    """What ``bare_name`` removes from the front of a name, in the order it tries them: "the ",
    then ``_prefixes`` (each with the space after it). Built once, not once per name and round."""
    return ("the ", *(p + " " for p in _prefixes()))


@lru_cache(maxsize=1 << 16)  # speed: the same names recur in every call of an article
def bare_name(name: str) -> str:
    """A name without a leading "the", honorifics, titles or a possessive: "Mr. Reeves's" -> "Reeves"."""
    text = " ".join(name.split())
    text = CONJUNCTION_LEAD.sub("", text)  # lower case only: "And" may open a title
    text = POSSESSIVE.sub("", text)
    text = ACRONYM_TAIL.sub("", text)
    text = _time_tail().sub("", text)
    leading = _leading_words()
    changed = True
    while changed:
        changed = False
        low = text.casefold()
        if not low.startswith(leading) or is_regnal(text):  # none of them: the loop below would change nothing;
            break  # "Queen Elizabeth II": a regnal name keeps its title (issue 11as)
        for prefix in leading:
            if low.startswith(prefix) and len(text) > len(prefix):
                text, changed = text[len(prefix):].lstrip(), True
                break
    return text


@lru_cache(maxsize=1 << 16)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(fold(name).casefold().split())


def canonical_names(names: Iterable[str], persons: Iterable[str] = ()) -> dict[str, str]:
    """Each name as written -> the article's one name for it.

    A bare name (honorifics and titles removed) joins a longer name it ends ("Obama" ->
    "Barack Obama") or, as a lone first name, begins a person's ("Fiona" -> "Fiona Parry") or equals without an
    "of ..." tail ("Jamie Werner of Ngātiwai" -> "Jamie Werner"), when exactly one longer name
    fits; an acronym joins the name whose initials it is ("WHO" -> "World Health Organization",
    which "World Health Organization (WHO)" also becomes), a one-word name described is that word
    ("Time magazine" -> "Time"); the longer names' most frequent, then longest, form is the canonical one. ``persons``
    lists names known to be people (only they join on a first name).
    """
    written = list(names)
    counts: Counter[str] = Counter()
    for name, times in Counter(written).items():  # speed: each distinct name made bare once
        counts[bare_name(name)] += times
    person_set = {bare_name(p) for p in persons}
    fulls = sorted({b for b in counts if len(_tokens(b)) >= 2}, key=lambda b: (-counts[b], -len(b), b))
    # speed: the longer names indexed by their token suffixes and first tokens, so that a name
    # meets only the names it could join (the fits of comparing it with every longer name)
    by_suffix: dict[tuple[str, ...], list[str]] = {}
    by_first: dict[str, list[str]] = {}
    by_acronym: dict[str, list[str]] = {}
    for full in fulls:
        ft = _tokens(OF_TAIL.sub("", full) if full in person_set else full)
        for k in range(1, len(ft)):
            by_suffix.setdefault(ft[-k:], []).append(full)
        head = _tokens(OF_TAIL.sub("", full))
        if full not in person_set and 2 <= len(head) < len(ft) and _person_like(head):
            # "Sheldon Yett of UNICEF" (typed an organisation by its tail) is also the full name of "Yett"
            for k in range(1, len(head)):
                by_suffix.setdefault(head[-k:], []).append(full)
        if is_regnal(full) and len(ft) >= 3:  # "Queen Elizabeth II" is also the full name of "Elizabeth" (11as)
            for k in range(1, len(ft) - 1):
                by_suffix.setdefault(ft[-k - 1 : -1], []).append(full)
        bare_last = without_particle(ft[-1])
        if bare_last != ft[-1]:  # "Abdel Fattah el-Sisi" is also the full name of "Sisi"
            by_suffix.setdefault((bare_last,), []).append(full)
        if len(ft) >= 2:
            by_first.setdefault(ft[0], []).append(full)
        for acronym in _acronyms(full):  # "WHO" is "World Health Organization"
            by_acronym.setdefault(acronym, []).append(full)
    same_form: dict[str, str] = {}  # a full name with its dotted abbreviations written out -> the first such full
    for full in fulls:
        same_form.setdefault(_expanded(full), full)
    result: dict[str, str] = {}
    for name in dict.fromkeys(written):  # each distinct name once: its result depends on it alone
        bare = bare_name(name)
        short = OF_TAIL.sub("", bare) if bare in person_set else bare
        tokens = _tokens(short)
        if not tokens:
            result[name] = name
            continue
        # a longer name ending with the name's tokens, or (a lone first name) beginning a person's
        fits = [full for full in by_suffix.get(tokens, ()) if full != bare]
        if len(tokens) == 1 and ACRONYM.match(short):  # "WHO", "U.N.", "PG&E": letters only
            fits += [full for full in by_acronym.get(tokens[0].replace(".", "").replace("&", ""), ()) if full != bare]
        if len(tokens) == 1:
            fits += [full for full in by_first.get(tokens[0], ())
                     if full != bare and (short in person_set or full in person_set)]
        roots = {_person_root(f, person_set) for f in fits}
        if len(roots) > 1:  # "United States Geological Survey" and "U.S. Geological Survey": one body
            roots = {same_form.get(_expanded(r), r) for r in roots}
        if _described(short):
            result[name] = short.split()[0]
        elif len(roots) == 1:
            result[name] = roots.pop()
        elif len(tokens) >= 2:  # "U.S. Geological Survey" is "United States Geological Survey" when both are written
            result[name] = same_form.get(_expanded(short), short)
        else:
            result[name] = short or name
    return result


@cache
def _dotted_forms() -> dict[str, str]:
    """Dotted abbreviations of countries and blocs ("U.S.", "U.K.", "U.N.") -> their names (``places.yml``)."""
    places = rules("places")
    out: dict[str, str] = {}
    for table in (places["countries"], places["blocs"]):
        for full, aliases in table.items():
            for alias in aliases or ():
                if "." in str(alias):
                    out[str(alias)] = str(full)
    return out


@lru_cache(maxsize=1 << 16)
def _expanded(name: str) -> str:
    """A name with its dotted country and bloc abbreviations written out, case-folded: "U.S. Geological
    Survey" and "United States Geological Survey" read alike (issue 11am); other names just folded."""
    if "." not in name:
        return " ".join(_tokens(name))
    forms = _dotted_forms()
    return " ".join(_tokens(" ".join(forms.get(w, w) for w in name.split())))


def _acronyms(name: str) -> tuple[str, ...]:
    """The acronyms a name of three words or more may be written as: the initials of its words
    (short words left out), also of its part before "and" ("CDC" of "Centers for Disease Control
    and Prevention"); case-folded, as ``_tokens`` are."""
    words = name.split()
    if len(words) < 3 or not all(w[:1].isupper() or w.casefold() in SHORT_WORDS for w in words):
        return ()
    found = []
    parts = [words, words[: words.index("and")] if "and" in words else []]
    if words[-1].casefold() in LEGAL_FORMS:  # "Pacific Gas and Electric Company" is also "PG&E"
        parts.append(words[:-1])
    for part in parts:
        # a dotted abbreviation gives its letters ("U.S. Geological Survey": USGS)
        initials = "".join(w.replace(".", "") if ACRONYM.match(w) and "." in w else w[0]
                           for w in part if w.casefold() not in SHORT_WORDS)
        if len(initials) >= 2:
            found.append(fold(initials).casefold())
    return tuple(dict.fromkeys(found))


HEAD_MAX = 3  # words of a person's name before an "of ..." tail ("Sheldon Yett", "Mary Ann Smith")


def _person_like(head: tuple[str, ...]) -> bool:
    """A head of two or three words none of which is an organisation's or a region's word."""
    return len(head) <= HEAD_MAX and not any(t in _organisation_words() for t in head)


@cache
def _organisation_words() -> frozenset[str]:
    quotes, places = rules("quotes"), rules("places")
    return frozenset(w.casefold() for w in [*quotes["organisation_words"], *quotes["organisation_heads"],
                                             *places["region_words"]])


def _described(name: str) -> bool:
    """"Time magazine", "Kyodo news agency": a one-word name followed by lower-case words naming
    what it is; the name is its first word alone ("Time")."""
    words = name.split()
    nouns = _describing_nouns()
    return len(words) >= 2 and words[0][:1].isupper() and words[0][1:].islower() \
        and all(w in nouns for w in words[1:])


@cache
def _describing_nouns() -> frozenset[str]:
    """``describing_nouns`` of ``data/quotes.yml``: lower-case nouns saying what a name is."""
    return frozenset(str(w) for w in rules("quotes")["describing_nouns"])


def _person_root(name: str, persons: set[str]) -> str:
    """A person's name without an "of <place or group>" tail; other names whole."""
    return OF_TAIL.sub("", name) if name in persons else name
