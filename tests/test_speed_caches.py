"""The speed work keeps results: memoised names and scores are copies, and the indexed
``canonical_names`` gives the mapping of comparing every name with every longer one."""

import random
import re

from analysis.lexicon.canonical import OF_TAIL, bare_name, canonical_names
from analysis.lexicon.names import Name, find_names, fold, read_names
from analysis.lexicon.patterns import alternation
from analysis.quotes.speakers import Resolver
from analysis.sentiment.lexicons import vader_scores


def test_find_names_memo_hands_out_copies():
    text = "Officials said Ned Price met Mr. Obama in Kazakhstan. Price said so."
    first = find_names(text, 0, len(text))
    first.clear()  # a caller changing its list changes nothing for the next caller
    again = find_names(text, 0, len(text))
    assert [n.text for n in again] == [n.text for n in find_names("x" + text, 1, len(text) + 1)] != []
    other = find_names(text, 0, 40)
    assert [n.text for n in other] == [n.text for n in again if n.end <= 40]


NAMES_TEXT = (
    "Headline: Mr. Obama Meets U.S. Sen. Robert P. Casey Jr. in Washington\n\n"
    "Armenia's Prime Minister Nikol Pashinyan told Amnesty International Man-kei Tam that the "
    "Ministry of Health, Reporters Without Borders and Dr. J. Watson agreed. Mr.\tReeves, "
    "the Yemen-based Houthi spokesman Yahya Sarea, said \"No.\" The U.N. Secretary-General "
    "António Guterres of Portugal met Mohammad bin Salman of Saudi Arabia.\nKhabar 24 reported."
)


def test_names_are_read_once_per_line_with_the_same_result():
    """``find_names`` answers any span from the line's name runs (read once): the names are those
    of reading the span on its own, for spans that cut runs, end on an initial or cross lines."""
    rng = random.Random(15)
    spans = [(0, len(NAMES_TEXT))] + [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", NAMES_TEXT)]
    spans += [(a, min(len(NAMES_TEXT), a + rng.choice([3, 12, 40, 150])))
              for a in (rng.randrange(len(NAMES_TEXT)) for _ in range(400))]
    text = "".join(NAMES_TEXT)  # one text object for all spans, as in an analysis
    for a, b in spans:
        assert find_names(text, a, b) == read_names(text, a, b), text[a:b]
    assert [n.text for n in find_names(text)][1:5] == ["Robert P. Casey Jr", "Washington", "Armenia", "Nikol Pashinyan"]


def test_alternation_matches_what_the_plain_alternation_matches():
    words = ["said", "say", "says", "saying", "according to", "accord", "told", "tell", "a.m", "Re-told"]
    text = ("He said, says and keeps saying it; according to them, accord. Told? TELL! "
            "re-told at 5 a.m. sayings, unsaid, Says, SAID") * 2
    for ignore in (False, True):
        flags = re.IGNORECASE if ignore else 0
        plain = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                           + r")(?![\w-])", flags)
        trie = re.compile(r"(?<![\w-])(" + alternation(words, ignore_case=ignore) + r")(?![\w-])", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)] != []
    assert re.fullmatch(alternation([]), "") is None


def test_vader_scores_are_copies():
    scores = vader_scores("A terrible, awful day.")
    scores["compound"] = 99.0
    assert vader_scores("A terrible, awful day.")["compound"] < 0


def _reference(names, persons):
    """``canonical_names`` as it was: every name compared with every longer name."""
    def tokens(name):
        return tuple(fold(name).casefold().split())

    counts = {bare_name(n) for n in names}
    person_set = {bare_name(p) for p in persons}
    fulls = [b for b in counts if len(tokens(b)) >= 2]
    result = {}
    for name in names:
        bare = bare_name(name)
        short = OF_TAIL.sub("", bare) if bare in person_set else bare
        toks = tokens(short)
        if not toks:
            result[name] = name
            continue
        fits = []
        for full in fulls:
            ft = tokens(OF_TAIL.sub("", full) if full in person_set else full)
            if full == bare or len(ft) <= len(toks):
                continue
            first_name = len(toks) == 1 and (short in person_set or full in person_set) and ft[0] == toks[0]
            if ft[-len(toks):] == toks or first_name:
                fits.append(full)
        roots = {OF_TAIL.sub("", f) if f in person_set else f for f in fits}
        result[name] = roots.pop() if len(roots) == 1 else (short or name)
    return result


def test_canonical_names_equals_the_pairwise_comparison():
    names = ["Barack Obama", "Obama", "Mr. Obama", "President Obama", "Michelle Obama", "Fiona", "Fiona Parry",
             "Jamie Werner of Ngātiwai", "Werner", "Jamie", "Erdoğan", "Recep Tayyip Erdogan", "Tayyip Erdogan",
             "the Ministry", "Ministry of Health", "Health", "Parry", "Lee", "Carrie Lam", "Lam", "Lam's"]
    persons = ["Barack Obama", "Fiona Parry", "Jamie Werner of Ngātiwai", "Carrie Lam", "Fiona"]
    for k in range(len(names)):  # every rotation, so that no order favours a result
        rotated = names[k:] + names[:k]
        assert canonical_names(rotated, persons=persons) == _reference(rotated, persons)
    assert canonical_names(names, persons=persons)["Obama"] == "Obama"  # two Obamas fit: it stays short


def test_resolver_finds_the_fuller_name_as_a_scan_of_every_earlier_one():
    """``Resolver.canonical`` looks up fuller names by position per written form; the answer is
    the last longer name before, as scanning every earlier mention gives (also out of order)."""
    rng = random.Random(11)
    forms = ["Ned Price", "Spokesman Ned Price", "Price", "Kassym-Jomart Tokayev", "Tokayev", "Jomart Tokayev"]
    for ordered in (True, False):
        resolver = Resolver()
        starts = sorted(rng.sample(range(10_000), 300)) if ordered else rng.sample(range(10_000), 300)
        added = []
        for start in starts:
            text = rng.choice(forms)
            name = Name(text, start, start + len(text), rng.choice(["person", "unknown"]))
            resolver.add([name])
            added.append(name)
        for name in added:
            keyed = resolver.full.get(fold(name.text), [])
            expected = next((p.text for p in reversed(keyed)
                             if p.start < name.start and len(p.text) > len(name.text)), name.text)
            assert resolver.canonical(name).text == expected
