"""Actors of an article that has no codebook: people, organisations, countries, governments, groups.

``discover(article)`` lists them, most mentioned first; ``discovered_codebook(article)`` turns
them into a ``Codebook`` (so every analysis that takes a codebook works without one), and
``codebook_yaml`` writes that codebook for a person to edit (``python -m analysis actors``).

How a reader's actors are found, with rules and the word lists of ``data/discovery.yml``:

- names are capitalised runs in the article's paragraphs (``lexicon.names.find_names``; titles
  and honorifics such as "President" or "Mr." are stripped there), never in the headline,
  captions, credits or a dateline; weekdays, months, credit words ("Getty Images", "Credit X")
  and places (cities, regions, a name written after "in"/"near" in most of its mentions) are
  not actors;
- variants are one actor through ``lexicon.canonical.canonical_names`` ("Obama", "Mr. Obama",
  "President Obama" -> "Barack Obama"), plurals join their singular ("Houthis" -> "Houthi"), and
  an acronym in brackets after a name joins it;
- a capitalised phrase is a person only if no word of it is a place and its last word is not
  written in lower case elsewhere in the article (headline-cased phrases such as "Human Rights"
  are not people); such a phrase is kept as an organisation when it recurs;
- countries come from their names and demonyms; "the Turkish government", "Greece's government",
  "Saudi officials", "the Turkish Foreign Ministry" are bodies of that country (``parent``);
- things are not actors: a name mostly written before a thing noun ("the EastMed pipeline", "the
  Vision Pro headset"), or with a thing word ("Hurricane Katrina", "Presidential Medal"), diseases,
  planets, time zones, interjections and interview speaker tags ("WN:", "((WN))"); a name written
  before a place noun ("Maidan Wardak province") is a place;
- a person's name needs a person's shape: a known first name, or no adjective first word
  ("Molecular Biology"), no acronym or camel-case first word ("CentOS Linux"), no "the" inside, at
  most ``MAX_NAME_WORDS`` words; role words ("Scientist", "Assemblywoman") are cut from its front;
  a single word that ends a person's name ("Mendez") is a person;
- groups are plural nouns ("protesters", "opposition lawmakers", "Yahoo shareholders");
- "the country" and a bare "the government" belong to the country in focus only where one
  country has more than half of the country mentions; otherwise "the government" stays an actor
  of its own and "the country" is left out.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

import pandas as pd
import regex
import yaml

from ..lexicon.canonical import canonical_names
from ..lexicon.names import LINK_WORDS, find_names, first_name_gender, fold, typed_name
from ..lexicon.patterns import alternation
from ..lexicon.places import place_names
from ..lexicon.resources import rules
from ..reading.article import Article
from .codebook import Actor, Codebook
from .mentions import find_mentions

#: Columns of ``discover``: id, name (the actor's label), type_guess, parent (an id or ""),
#: mentions (alias matches in the body), aliases (as written, "; "-joined), covered (the given
#: codebook already has the name or an alias).
DISCOVERY_COLUMNS = ["id", "name", "type_guess", "parent", "mentions", "aliases", "covered"]
#: Name kinds that never become actors.
DROPPED = "drop"
GOVERNMENT_WORDS = {"ministry", "ministries", "department", "government", "parliament", "police", "army",
                    "senate", "house", "congress", "duma", "cabinet", "navy", "embassy", "administration"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "new"}
#: A single capitalised word the article also writes in lower case is a common word (a sentence's
#: or a quotation's first word, "Nothing", "Buildings") when it has at most this many mentions; a
#: name mentioned more often is kept even so ("Time" magazine six times beside "time").
COMMON_WORD_MENTIONS = 2
#: Endings of an adjective that may open a capitalised phrase ("Presidential", "Atmospheric",
#: "Legislative", "Biological"); a person's given name rarely ends so, and known first names are exempt.
ADJECTIVE = re.compile(r"\w{3,}(?:ial|ical|ic|ive|ary|ous|ional)$")
#: A person's name followed by "of" an organisation: "Chip Taylor of the University of Kansas".
PERSON_OF = regex.compile(r"((?:\p{Lu}[\w’'.-]*\s){1,2}\p{Lu}[\w’'-]+)\s+of\s+.+")
#: What may stand before a transcript's sentence on its line: "WN: ", "((WN)) ", "Q. ".
SPEAKER_TAG = re.compile(r"\s*(?:\(\(?[\w.’' -]{1,40}\)\)?|[\w.’' -]{1,40}:)\s*")
#: A first word no given name is written as: an acronym ("DRM", "CAOS") or with a capital inside
#: ("CentOS", "GitHub"; "McArthur", "DeSantis", "LeBron" are names).
NOT_GIVEN_NAME = re.compile(r"^(?:[A-Z]{2,}|(?!Mc|Mac|De|Di|Da|Le|La|Du|Van|Von|O’|O')[A-Z][a-z]+[A-Z]\w*)$")
#: A person's name has at most this many words ("Doris Mary Ann Kappelhoff"); a longer phrase
#: not opening with a known first name is an organisation ("Youth Risk Behavior Surveillance System").
MAX_NAME_WORDS = 4
#: Patterns read for every name (compiled once, not looked up in ``re``'s cache each time).
_POSSESSIVE_END = re.compile(r"['’]s$")
_DOTTED_END = re.compile(r"\.\w$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([\w-]+)")
_I_CONTRACTION = re.compile(r"['’](?:m|ve|ll|d|re|s)$")
_WE_CONTRACTION = re.compile(r"['’](?:m|ve|ll|re)$")
_ING_LY = re.compile(r"[a-z](?:ing|ly)$")
_ED = re.compile(r"[a-z]ed$")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&.]{1,9})\)")
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\s*\([^)]{1,40}\))?\s*(?:[—–-]|,)\s")


@cache
def _words() -> dict:
    """``data/discovery.yml`` with its word lists as case-folded sets (``focus_share`` as is)."""
    table = rules("discovery")
    out: dict = {}
    for key, value in table.items():
        out[key] = value if not isinstance(value, list) else value
    return out


@cache
def _folded(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _words()[key])


@cache
def _bloc_names() -> frozenset[str]:
    blocs = rules("places")["blocs"]
    return frozenset([*blocs, *(a for aliases in blocs.values() for a in (aliases or []))])


@cache
def _cities() -> frozenset[str]:
    """Cities (places.yml) and states, provinces and regions (discovery.yml): places, not actors."""
    return frozenset(c.casefold() for c in [*rules("places")["cities"], *_words()["regions"]])


@cache
def _territories() -> dict[str, str]:
    return {t.casefold(): t for t in _words()["territories"]}


def country_of(name: str) -> str | None:
    """The country (or territory with its own government) a name or demonym stands for."""
    bare = name.strip().removeprefix("the ").removeprefix("The ")
    bare = _POSSESSIVE_END.sub("", bare)
    if bare.casefold() in _territories():
        return _territories()[bare.casefold()]
    if bare in _bloc_names() or bare + "." in _bloc_names():
        return None
    return place_names().get(bare) or (place_names().get(bare + ".") if _DOTTED_END.search(bare) else None)


@dataclass
class _Candidate:
    """One actor being gathered: its label, type votes, the forms it is written in, parent, gender."""

    label: str
    types: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)
    parent: str | None = None
    genders: Counter = field(default_factory=Counter)

    @property
    def type(self) -> str:
        return self.types.most_common(1)[0][0] if self.types else "organisation"


class _Gathered:
    """Candidates by label, with their forms; merging keeps every form."""

    def __init__(self) -> None:
        self.by_label: dict[str, _Candidate] = {}

    def add(self, label: str, kind: str, form: str, parent: str | None = None, gender: str | None = None) -> None:
        cand = self.by_label.setdefault(label, _Candidate(label))
        cand.types[kind] += 1
        cand.forms[form] += 1
        if parent and not cand.parent:
            cand.parent = parent
        if gender:
            cand.genders[gender] += 1


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs where names are looked for, a dateline ("WASHINGTON —") cut off."""
    spans = []
    for seg in article.segments:
        if seg.kind != "paragraph":
            continue
        start = seg.start
        m = DATELINE.match(seg.text)
        if m:
            start += m.end()
        spans.append((start, seg.end))
    return spans


def _lowercase_words(text: str) -> frozenset[str]:
    """Words the article writes in lower case somewhere (headline-cased phrases use them)."""
    return frozenset(_LOWER_WORD.findall(text))


def _before(text: str, start: int, words: int = 1) -> str:
    return " ".join(text[max(0, start - 40) : start].split()[-words:]).casefold()


def _after(text: str, end: int) -> str:
    """The word right after ``end`` (a possessive dropped), case-folded."""
    m = _NEXT_WORD.match(text, end, end + 40)
    return m.group(1).casefold() if m else ""


def _is_place(text: str, occurrences: list[int], length: int = 0) -> bool:
    """A name written after "in", "near", ... ("in the Gay Village" too) or before a place noun
    ("Maidan Wardak province") in at least half of its mentions is a place."""
    preps = _folded("place_prepositions")
    nouns = _folded("place_nouns")
    hits = sum(1 for s in occurrences if _before(text, s).strip("(,") in preps
               or (_before(text, s) == "the" and _before(text, s, 2).split()[0].strip("(,") in preps)
               or (length and _after(text, s + length) in nouns))
    return hits * 2 >= len(occurrences) and hits > 0


def _is_thing(text: str, occurrences: list[int], length: int) -> bool:
    """A name written before a noun for a thing ("the EastMed pipeline", "the Vision Pro headset",
    "a Crew Dragon capsule") in at least ``thing_share`` of its mentions names a thing, not an actor."""
    nouns = _folded("thing_nouns")
    hits = sum(1 for s in occurrences if _after(text, s + length) in nouns)
    return hits > 0 and hits >= _words()["thing_share"] * len(occurrences)


def _speaker_tag(text: str, start: int, length: int) -> bool:
    """A name alone at the start of a line, before ":" or ")": "WN: Did you ...", "((WN)) Did you ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip("([ \t") and text[start + length : start + length + 1] in (":", ")")


def _is_number(surface: str) -> bool:
    """ "2019", "Day 3", "PM2": a number or a numbered thing, not a name."""
    words = surface.split()
    return all(w.isdigit() for w in words) or (len(words) == 2 and words[1].isdigit() and words[0].casefold()
                                                in _folded("not_actors") | {"day", "week", "phase", "stage"})


def _name_candidates(article: Article, spans: list[tuple[int, int]]) -> tuple[list, set[str], dict[str, str]]:
    """Names found in the paragraphs, filtered: [(surface, kind, start, gender)], persons, acronyms."""
    text = article.text
    not_actors = _folded("not_actors")
    credit_cues = _folded("credit_cues")
    sentence_starts = {s.start for s in article.sentences} | {a for a, _ in spans}
    lowered = _lowercase_words(text)
    found = []
    acronyms: dict[str, str] = {}
    for a, b in spans:
        for name in find_names(text, a, b):
            surface = name.text.strip(" .,;:")
            words = surface.split()
            kind = name.type
            if not words or surface.casefold() in not_actors:
                continue
            if words[0].casefold() in credit_cues or _before(text, name.start) in credit_cues - {"by", "via"}:
                continue
            if name.start == a and _before(text, name.start) == "by":
                continue
            start = name.start
            while words and words[0].isdigit():  # "000 Meta Quest Pro", "1939 World"
                cut = len(words[0]) + 1
                surface, start, words = surface[cut:].lstrip(), start + cut, words[1:]
            if not words:
                continue
            if _I_CONTRACTION.search(words[0]) and words[0][:1] == "I" or (
                    len(words) == 1 and _WE_CONTRACTION.search(surface)):
                continue  # "I'm", "I've", "We've"
            if len(words) > 1 and "-" in words[0] and words[0].rsplit("-", 1)[1].casefold() in _folded(
                    "describing_suffixes"):  # "Yemen-based Houthi", "President-elect Trump"
                cut = len(words[0]) + 1
                surface, start, words = surface[cut:].lstrip(), start + cut, words[1:]
            if words[-1] in _words()["document_words"] and (len(words) > 1 or _before(text, start) in DETERMINERS):
                continue  # "Data Retention Bill", "the Bill": a law, not an actor
            if len(words) > 1 and (words[0].casefold() in not_actors or (
                    _opens_sentence(text, start, sentence_starts) and (
                        words[0].casefold() in lowered or _ING_LY.search(words[0])
                        or (_ED.search(words[0]) and not first_name_gender(surface))))):
                cut = len(words[0]) + 1  # "About 52", "See Facebook": a sentence's first word, not a name
                surface, start, words = surface[cut:].lstrip(), start + cut, words[1:]
            while len(words) > 1 and (words[0].casefold() in _folded("role_words") or words[0] in LINK_WORDS):
                cut = len(words[0]) + 1  # "Scientist Rebecca Falconer", "Assemblywoman Selena Torres"
                surface, start, words = surface[cut:].lstrip(), start + cut, words[1:]
            if len(surface) < 2 or words[0].casefold() in not_actors or surface.endswith("-"):
                continue
            if surface.casefold() in _folded("not_actor_names") or _is_number(surface):
                continue  # "COVID-19", "Earth", "2019", "Day 3": things, diseases, numbers
            person = PERSON_OF.match(surface)
            if person and kind == "organisation" and first_name_gender(person.group(1)):
                surface, kind = person.group(1), "person"  # "Chip Taylor of the University of Kansas"
                words = surface.split()
            if start != name.start and kind == "person":  # "See Facebook" cut to "Facebook": typed anew
                kind = typed_name(text, start, start + len(surface)).type
            if any(w.isdigit() for w in words) and _opens_sentence(text, start, sentence_starts):
                continue  # "About 52": a number, not a name
            if "-" in words[-1] and (country_of(words[-1].split("-")[-1]) or words[-1].split("-")[-1].islower()):
                continue  # "Asian-American", "Pakistan-based": an adjective
            found.append((surface, kind, start, name.gender))
            m = _ACRONYM_AFTER.match(text, name.end, name.end + 14)
            if m and len(surface.split()) >= len(m.group(1)) - 1:
                acronyms[m.group(1)] = surface
        for m in re.finditer(r"\(([A-Z][A-Z&]{1,9})\)", text[a:b]):  # "United Nations Educational, ... (UNESCO)"
            acr = m.group(1)
            full = _expansion(text[a : a + m.start()], acr)
            if full and (acr not in acronyms or len(full) > len(acronyms[acr])):
                acronyms[acr] = full
                found.append((full, "organisation", a + m.start() - len(full), None))
    by_surface: dict[str, list[int]] = defaultdict(list)
    for surface, _, start, _ in found:
        by_surface[surface].append(start)
    singles = {s for s, k, _, _ in found if " " not in s and k != "person"}
    kept, persons = [], set()
    kinds: dict[tuple[str, str], str] = {}  # _kind reads every mention of the surface: once per surface and kind
    for surface, kind, start, gender in found:
        if (surface, kind) not in kinds:
            kinds[surface, kind] = _kind(surface, kind, by_surface[surface], text, lowered, sentence_starts, singles)
        kind = kinds[surface, kind]
        if kind == DROPPED:
            continue
        if kind == "person":
            persons.add(surface)
        kept.append((surface, kind, start, gender))
    return kept, persons, acronyms


def _opens_sentence(text: str, start: int, sentence_starts: set[int]) -> bool:
    """True when a word is the first of its sentence (after an opening quote or bracket, too)."""
    k = start
    while k > 0 and text[k - 1] in "“\"‘'(«„ ":
        k -= 1
        if k in sentence_starts:
            return True
    if start in sentence_starts or k == 0:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if SPEAKER_TAG.fullmatch(text[line_start:start]):
        return True  # "WN: Given that ...", "((Rivinius)) Nothing is known ..."
    if start and text[start - 1] in "“\"‘«„":
        return True  # said "Typical sutures ...": a quotation opens a sentence
    before = text[max(0, k - 12) : k].split()
    if before and before[-1].casefold() in _titles():  # "Mr. Reeves": a title's full stop ends no sentence
        return False
    return text[k - 1] in ".!?\n:"  # after a colon too: "WN: Will Rocky Linux ..."


def _expansion(before: str, acronym: str) -> str | None:
    """The capitalised words before "(ACR)" whose initials spell the acronym, or None."""
    words = re.findall(r"[\w’'-]+|,", before)[-2 * len(acronym) - 4 :]
    letters = [c for c in acronym if c.isalpha()]
    picked: list[str] = []
    k = len(letters)
    for word in reversed(words):
        if word == "," or word.casefold() in LINK_WORDS:
            if picked:
                picked.append(word)
            continue
        if k == 0 or not word[:1].isupper() or word[0].upper() != letters[k - 1]:
            break
        picked.append(word)
        k -= 1
    if k:
        return None
    while picked and (picked[-1] == "," or picked[-1].casefold() in LINK_WORDS):
        picked.pop()  # the words are reversed: these lead the phrase ("and United Nations ...")
    phrase = " ".join(reversed(picked)).replace(" ,", ",")
    return phrase if len(phrase.split()) >= 2 else None


def _kind(surface: str, kind: str, starts: list[int], text: str, lowered: frozenset[str],
          sentence_starts: set[int], singles: set[str]) -> str:
    """person / organisation / country / group, or ``DROPPED`` for places and non-actors."""
    words = surface.split()
    if country_of(surface):
        return "country"
    if surface in _bloc_names():
        return "organisation"
    if surface.casefold() in _cities():
        return DROPPED
    if len(words) == 1 and surface.isupper() and len(surface) > 4 and surface.casefold() in _cities():
        return DROPPED
    if all(_opens_sentence(text, s, sentence_starts) for s in starts) and len(words) == 1 and not surface.isupper():
        return DROPPED  # only ever the first word of a sentence: "Banks have ..."
    if len(words) == 1 and len(starts) <= COMMON_WORD_MENTIONS and not surface.isupper() and (
            surface.casefold() in lowered or surface.casefold().removesuffix("s") in lowered):
        return DROPPED  # "Nothing", "Buildings", "Technology": a common word the article also writes in lower case
    if len(surface) <= 3 and surface.isupper() and all(_speaker_tag(text, s, len(surface)) for s in starts):
        return DROPPED  # "WN:", "((WN))": an interview's speaker tag
    if len(words) == 1 and surface.casefold() in _folded("role_words"):
        return DROPPED  # "Assemblywoman" alone: a role, not a name
    if kind == "place" or _is_place(text, starts, len(surface)):
        has_org = any(w.casefold().strip(".,") in _org_words() for w in words)
        return "organisation" if has_org and not _is_place(text, starts, len(surface)) else DROPPED
    has_org_word = any(w.casefold().strip(".,") in _org_words() for w in words)
    if _is_thing(text, starts, len(surface)) or (
            not has_org_word and any(w.casefold() in _folded("thing_words") for w in words)):
        return DROPPED  # "the EastMed pipeline", "Hurricane Katrina", "Presidential Medal of Freedom"
    head = country_of(words[0])
    if kind == "person":
        first_name = first_name_gender(surface) is not None
        place_word = any(country_of(w) or w.casefold() in _cities() for w in words[0 if not first_name else 1:]
                         if not (w == words[0] and country_of(w) == w))
        headline_cased = any(w.casefold() in lowered and w.casefold() not in LINK_WORDS for w in words[1:])
        adjective = not first_name and ADJECTIVE.search(words[0]) is not None  # "Molecular Biology"
        if not first_name and (NOT_GIVEN_NAME.search(words[0]) or "the" in words[1:] or "’t" in surface
                               or "'t" in surface):
            return "organisation" if len(starts) >= 2 else DROPPED  # "CentOS Linux", "DRM of DVDs", "Stop the Steal"
        if words[0].casefold() in _folded("group_nouns"):
            return DROPPED  # "Members of the G7 Summit": a group noun opening a sentence
        if head and words[0] != head:  # "Saudi Aramco": a demonym does not start a person's name
            return "organisation"
        if len(words) > MAX_NAME_WORDS and not first_name:
            return "organisation" if len(starts) >= 2 else DROPPED
        product = words[0] in singles and len(words) > 1 and not first_name and words[-1] not in singles
        if place_word or headline_cased or adjective or product:
            return "organisation" if len(starts) >= 2 else DROPPED  # "Apple Pay", "Cambridge Analytica"
        return "person"
    if kind == "organisation":
        return "organisation"
    if len(words) == 1 and surface.endswith("s") and _preceded_by_the(text, starts):
        return "group"  # "the Houthis"
    return "organisation"


@cache
def _titles() -> frozenset[str]:
    return frozenset(t.casefold() for t in rules("quotes")["person_titles"])


@cache
def _org_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules("quotes")["organisation_words"])


def _preceded_by_the(text: str, starts: list[int]) -> bool:
    return sum(1 for s in starts if _before(text, s) == "the") * 2 >= len(starts)


@cache
def _group_pattern() -> regex.Pattern:
    """Groups: "protesters", "opposition lawmakers", "Saudi officials". The word lists are tries
    (``alternation``: the same matches as the words longest first, without trying each word at
    each position; the pattern took a tenth of discovery's time)."""
    noun = alternation(_words()["group_nouns"], ignore_case=True)
    mod = alternation(_words()["group_modifiers"])
    return regex.compile(
        rf"(?<![\w-])(?:(?P<cap>(?:\p{{Lu}}[\w’'.&-]*\s+){{1,3}})|(?P<low>(?:{mod})\s+))?(?P<noun>(?i:{noun}))(?![\w-])"
    )


@cache
def _folded_group_nouns() -> tuple[str, ...]:
    """The group nouns case-folded: a paragraph whose case-folded text holds none of them has no
    match of ``_group_pattern`` (its noun matches ignoring case; folding keeps every such match)."""
    return tuple(sorted({n.casefold() for n in _words()["group_nouns"]}))


@cache
def _government_and_institution_nouns() -> tuple[str, ...]:
    """The nouns (as written: the patterns match them in lower case only) one of which every
    match of the first three ``_government_patterns`` holds."""
    return tuple(_words()["government_nouns"]) + tuple(_words()["institution_nouns"])


@cache
def _government_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, regex.Pattern]:
    gov = alternation(_words()["government_nouns"])
    inst = alternation(_words()["institution_nouns"])
    bodies = alternation(_words()["person_bodies"])
    place = r"\p{Lu}[\w’'.-]*(?:\s+\p{Lu}[\w’'.-]*){0,2}?"
    return (
        regex.compile(rf"(?:(?<![\w-])[Tt]he\s+)?(?P<place>{place})(?:['’]s)?\s+(?P<noun>{gov}|{inst})(?![\w-])"),
        regex.compile(rf"(?<![\w-])(?:[Tt]he\s+)?(?P<noun>government|regime)\s+of\s+(?P<place>{place})(?![\w-])"),
        regex.compile(rf"(?<![\w-])[Tt]he\s+(?P<noun>{gov}|{inst})(?![\w-])"),
        regex.compile(rf"(?<![\w-])(?:[Tt]he\s+)?(?P<name>\p{{Lu}}[\w’'-]+)\s+(?P<noun>{bodies})(?![\w-])"),
    )


def _gather(article: Article) -> tuple[_Gathered, str | None]:
    """Every candidate of the article, and the country in focus (or None)."""
    spans = _paragraphs(article)
    found, persons, acronyms = _name_candidates(article, spans)
    gathered = _Gathered()
    names = [s for s, k, _, _ in found if k in ("person", "organisation", "group")]
    persons = persons | _first_names(names, persons)
    canon = canonical_names(names, persons=persons)
    canon = _join_plurals(canon)
    for acr, full in acronyms.items():
        if acr in canon and full in canon:
            canon[acr] = canon[full]
    surnames = {p.split()[-1] for p in persons if len(p.split()) >= 2}
    canonical_kind: dict[str, Counter] = defaultdict(Counter)
    for surface, kind, _, _ in found:
        if kind != "country":
            canonical_kind[canon.get(surface, surface)][kind] += 1
    for surface, kind, _, gender in found:
        if kind == "country":
            gathered.add(country_of(surface), "country", surface)
            continue
        label = canon.get(surface, surface)
        votes = canonical_kind[label]
        # one type per actor: a person when its full name (or any form) was typed a person
        final = "person" if label in persons or (votes["person"] and kind != "organisation") else kind
        if final != "person" and " " not in label and label in surnames:
            final = "person"  # "Mendez" where "Tony Mendez" and "Jonna Mendez" are named: one of them
        gathered.add(label, final, surface, gender=gender)
    _bodies(article, spans, gathered, persons | set(canon.values()))
    focus = _focus(gathered)
    _groups_and_governments(article, spans, gathered, focus)
    _organisation_prefixes(gathered)
    return gathered, focus


def _first_names(names: list[str], persons: set[str]) -> set[str]:
    """Single words that begin exactly one person's full name ("Jamal" of "Jamal Khashoggi"): the
    article calls that person by first name, so ``canonical_names`` may join them."""
    firsts = Counter(p.split()[0] for p in persons if len(p.split()) >= 2)
    return {n for n in names if " " not in n and firsts.get(n) == 1}


def _join_plurals(canon: dict[str, str]) -> dict[str, str]:
    """A plural name joins its singular: "Houthis" -> "Houthi"."""
    values = set(canon.values())
    out = dict(canon)
    for surface, label in canon.items():
        if label.endswith("s") and " " not in label and label[:-1] in values:
            out[surface] = label[:-1]
    return out


def _bodies(article: Article, spans, gathered: _Gathered, persons: set[str]) -> None:
    """'the Obama administration', 'the Trump campaign': a body of a person named in the article."""
    _, _, _, body = _government_patterns()
    kinds = _words()["person_bodies"]
    for a, b in spans:
        if not any(word in article.text[a:b] for word in kinds):
            continue  # the pattern needs one of the words
        for m in body.finditer(article.text, a, b):
            name = m.group("name")
            if name in persons or any(p.split()[-1] == name for p in persons if " " in p):
                form = f"{name} {m.group('noun').lower()}"
                gathered.add(form, kinds[m.group("noun").lower()], form)


def _focus(gathered: _Gathered) -> str | None:
    """The country with more than ``focus_share`` of all country mentions (at least two), or None."""
    countries = {c.label: sum(c.forms.values()) for c in gathered.by_label.values() if c.type == "country"}
    total = sum(countries.values())
    if not countries:
        return None
    best, n = max(countries.items(), key=lambda kv: (kv[1], kv[0]))
    return best if n >= 2 and n > _words()["focus_share"] * total else None


def _government_label(country: str) -> str:
    return f"Government of {country}"


def _groups_and_governments(article: Article, spans, gathered: _Gathered, focus: str | None) -> None:
    """Governments ("the Turkish government", "Saudi officials", "the government"), institutions
    ("the police", "Polish police") and groups ("protesters")."""
    text = article.text
    named, of_place, bare, _ = _government_patterns()
    group = _group_pattern()
    gov_nouns = _folded("government_nouns")
    gov_groups = _folded("government_groups")
    taken: list[tuple[int, int]] = []
    nouns = _government_and_institution_nouns()
    for a, b in spans:
        # the three patterns need a government or institution noun: most paragraphs have none
        paragraph = text[a:b]  # sliced once, not once per noun
        has_noun = any(n in paragraph for n in nouns)
        for pattern in (named, of_place) if has_noun else ():
            for m in pattern.finditer(text, a, b):
                country = country_of(m.group("place"))
                noun = m.group("noun").casefold()
                if not country:
                    continue
                if noun in gov_nouns:
                    gathered.add(_government_label(country), "government", m.group(), parent=country)
                else:
                    demonym = m.group("place")
                    kind = "organisation" if noun in {"media", "press", "opposition"} else "government"
                    gathered.add(f"{demonym} {noun}", kind, m.group(), parent=country)
                taken.append(m.span())
        for m in bare.finditer(text, a, b) if has_noun else ():
            if _inside(m.span(), taken):
                continue
            noun = m.group("noun").casefold()
            if noun in gov_nouns:
                if focus:
                    gathered.add(_government_label(focus), "government", m.group(), parent=focus)
                else:
                    gathered.add("the government", "government", m.group())
            else:
                kind = "government" if noun in {"police", "military", "army", "navy", "parliament", "congress",
                                                 "senate", "judiciary"} else "group"
                gathered.add(noun, kind, m.group())
            taken.append(m.span())
        folded = paragraph.casefold()  # the pattern needs a group noun: most paragraphs have none
        for m in group.finditer(text, a, b) if any(n in folded for n in _folded_group_nouns()) else ():
            if _inside(m.span("noun"), taken):
                continue
            noun = m.group("noun")
            cap = (m.group("cap") or "").strip()
            country = country_of(cap) if cap else None
            if country and noun.casefold() in gov_groups:
                gathered.add(_government_label(country), "government", m.group(), parent=country)
                continue
            if cap and not country and cap not in gathered.by_label and not any(
                    cap in c.forms for c in gathered.by_label.values()):
                form = m.group("noun")  # "Many protesters": the capital is the sentence's, not a name
            else:
                form = m.group().strip()
            if noun.casefold() == "authorities" and not cap and focus:
                gathered.add(_government_label(focus), "government", form, parent=focus)
                continue
            key = noun.casefold()
            gathered.add(f"group:{key}", "group", form, parent=country)
        if focus:
            for phrase in _words()["country_phrases"]:
                for m in re.finditer(rf"(?<![\w-])[Tt]{re.escape(phrase[1:])}(?![\w-])", text[a:b]):
                    gathered.add(focus, "country", m.group())
    for key in [k for k in gathered.by_label if k.startswith("group:")]:
        cand = gathered.by_label.pop(key)
        best = max(cand.forms.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]
        cand.label = _bare_form(best)
        if cand.label in gathered.by_label:
            other = gathered.by_label[cand.label]
            other.forms.update(cand.forms)
            other.types.update(cand.types)
        else:
            gathered.by_label[cand.label] = cand


def _bare_form(form: str) -> str:
    """A group's label from its commonest form, without a leading "the"."""
    return re.sub(r"^[Tt]he\s+", "", form)


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in taken)


def _organisation_prefixes(gathered: _Gathered) -> None:
    """'the Turkish Foreign Ministry', 'United States House of Representatives': a body of a country."""
    for cand in gathered.by_label.values():
        if cand.type not in ("organisation", "government") or cand.parent:
            continue
        words = cand.label.split()
        for i in range(min(3, len(words) - 1), 0, -1):
            country = country_of(" ".join(words[:i]))
            if country:
                cand.parent = country
                if any(w.casefold() in GOVERNMENT_WORDS for w in words[i:]):
                    cand.types["government"] += sum(cand.types.values()) + 1
                break


def _slug(label: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(label).casefold()).strip("-")
    return slug or "actor"


def discovered_actors(article: Article) -> list[Actor]:
    """The article's actors as codebook entries: ids, labels, types, aliases (as written), parents."""
    gathered, _ = _gather(article)
    cands = list(gathered.by_label.values())
    countries = {c.label for c in cands if c.type == "country"}
    for cand in cands:  # a parent country that is never named still gets an entry ("Australia")
        if cand.parent and cand.parent not in countries:
            countries.add(cand.parent)
    for country in countries - {c.label for c in cands}:
        extra = _Candidate(country)
        extra.types["country"] += 1
        extra.forms[country] += 1
        cands.append(extra)
    for cand in cands:  # a country's own name is its alias wherever it is written ("the United States President")
        if cand.type == "country" and cand.label not in cand.forms and cand.label in article.text:
            cand.forms[cand.label] = 0
    owner: dict[str, tuple[int, str]] = {}
    for cand in cands:  # an alias belongs to the actor that writes it most
        for form, n in cand.forms.items():
            for variant in _variants(form):
                if variant not in owner or owner[variant][0] < n:
                    owner[variant] = (n, cand.label)
    ids: dict[str, str] = {}
    used: set[str] = set()
    for cand in sorted(cands, key=lambda c: c.label):
        base = _slug(cand.label)
        ident, k = base, 2
        while ident in used:
            ident, k = f"{base}-{k}", k + 1
        used.add(ident)
        ids[cand.label] = ident
    actors = []
    for cand in sorted(cands, key=lambda c: c.label):
        aliases = sorted({v for f in cand.forms for v in _variants(f) if owner[v][1] == cand.label})
        if not aliases:
            continue
        gender = cand.genders.most_common(1)[0][0] if cand.genders and cand.type == "person" else None
        parent = ids.get(cand.parent) if cand.parent and cand.parent != cand.label else None
        actors.append(Actor(ids[cand.label], cand.label, cand.type, tuple(aliases), parent, gender))
    kept = {a.id for a in actors}
    return [a if a.parent in kept or a.parent is None else Actor(a.id, a.label, a.type, a.aliases, None, a.gender)
            for a in actors]


def _variants(form: str) -> list[str]:
    """A form as written, and capitalised when it starts with "the" (a sentence may begin with it)."""
    form = " ".join(form.split())
    if form.startswith("the "):
        return [form, "T" + form[1:]]
    return [form]


def discovered_codebook(article: Article) -> Codebook:
    """A codebook of the article's discovered actors (path "" : it is not a file)."""
    return Codebook({a.id: a for a in discovered_actors(article)}, "")


def discover(article: Article, codebook: Codebook | None = None, min_mentions: int = 1) -> pd.DataFrame:
    """The article's actors found without a codebook, most mentioned first, ties by first mention
    (``DISCOVERY_COLUMNS``).

    ``mentions`` counts the actor's aliases in the body (headline, subheadings, paragraphs), the
    same way a codebook's mentions are found. ``covered`` says whether ``codebook`` (if given)
    already has the actor's label or one of its aliases.
    """
    found = discovered_codebook(article)
    mentions = find_mentions(article, found, pronouns=False)
    counts = mentions["actor"].value_counts()
    first = mentions.groupby("actor")["start"].min()
    rows = []
    for actor in found.actors.values():
        n = int(counts.get(actor.id, 0))
        if n < min_mentions or n == 0:
            continue
        covered = bool(codebook) and any(codebook.covers(x) for x in (actor.label, *actor.aliases))
        rows.append((actor.id, actor.label, actor.type, actor.parent or "", n, "; ".join(actor.aliases), covered,
                     int(first[actor.id])))
    table = pd.DataFrame(rows, columns=[*DISCOVERY_COLUMNS, "first"])
    table = table.sort_values(["mentions", "first"], ascending=[False, True], ignore_index=True)
    return table[DISCOVERY_COLUMNS]


def codebook_yaml(codebook: Codebook, mentions: dict[str, int] | None = None) -> str:
    """A codebook as YAML in the ``load_codebook`` format, for a person to edit.

    ``mentions`` (actor id -> count) orders the actors, most mentioned first, and is written as
    a comment beside each.
    """
    counts = mentions or {}
    actors = sorted(codebook.actors.values(), key=lambda a: (-counts.get(a.id, 0), a.label))
    lines = ["# Actors discovered in the article (python -m analysis actors). Edit freely: merge, rename,",
             "# drop, add aliases; then pass it with --actors.", "actors:"]
    for actor in actors:
        entry = {"id": actor.id, "label": actor.label, "type": actor.type, "aliases": list(actor.aliases)}
        if actor.parent:
            entry["parent"] = actor.parent
        if actor.gender:
            entry["gender"] = actor.gender
        dumped = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=None, width=1000)
        note = f"  # {counts[actor.id]} mentions" if actor.id in counts else ""
        first, *rest = dumped.rstrip("\n").splitlines()
        lines.append(f"  {first}{note}")
        lines += [f"  {line}" for line in rest]
    return "\n".join(lines) + "\n"
