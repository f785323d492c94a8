"""Issue 15, round 5: the speed mechanisms give the results of the code they replace.

The skip filter of the quote pass (``WordSpans``) never skips a sentence in which a cue, speech
act, statement or reported-speech pattern finds something; ``word_matches`` gives ``finditer``'s
matches; the names before an offset, the title words before a name, the plan of a name run, the
shared word runs and the incremental person counts equal a fresh computation.
"""

import random
import re
from pathlib import Path

import pytest

from analysis import Article
from analysis.lexicon.names import _name_bounds, _name_of, find_names, name_runs, names_before, typed_name
from analysis.lexicon.patterns import WordSpans, word_matches, word_runs
from analysis.quotes.extraction import indirect_tail_re, indirect_verbs, speech_words
from analysis.quotes.speakers import ROLE_BEFORE, Resolver, _statement_re, act_re, cue_re, title_words_before
from analysis.reading.sentences import _ANY, Orthography
from analysis.sources.counting import TOKEN, load_sources

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "kazakhstan-csto-2022-01.txt").read_text(encoding="utf-8")
DEV = sorted((ROOT / "data" / "articles").glob("*.txt"))[:12]
# Cases at the filter's edges: cues in capitals and mixed case, at a sentence's first character,
# glued to the word before (no boundary), after a quote, a letter "re" folds to ASCII ("ſ"), a
# character whose lower case is longer ("İ"), a multi-word cue split by a line break.
TRICKY = [
    "SAID the man. sAiD another. “Go,” said Ann. He told them: no.",
    "Ann said.He added, “fine.” The court ruled that it was so, according to\nthe report.",
    "Officials confirmed it; the minister urged calm and called for talks, she insisted.",
    "Nobody here. Not one verb. ſaid nothing. İstanbul stated it.",
    "(said) [told] -said- so-called pre-announced unsaid outsaid",
]


def texts() -> list[str]:
    return [SEED, *TRICKY, "\n\n".join(TRICKY), *(p.read_text(encoding="utf-8") for p in DEV)]


def test_skip_filter_never_drops_a_sentence_a_rule_would_read():
    """Every sentence (and any span) in which one of the speech patterns matches is kept."""
    patterns = [cue_re(), act_re(), _statement_re(), indirect_verbs(), indirect_tail_re()]
    rng = random.Random(5)
    kept = skipped = 0
    for text in texts():
        article = Article.from_text(text)
        spans = WordSpans(article.text, speech_words())
        pieces = [(s.start, s.end) for s in article.sentences]
        pieces += [tuple(sorted((rng.randrange(len(article.text) + 1), rng.randrange(len(article.text) + 1))))
                   for _ in range(200)]
        for a, b in pieces:
            found = any(p.search(article.text[a:b]) for p in patterns)
            if found:
                assert spans.may_hold(a, b), (article.text[a:b], text[:40])
            kept += spans.may_hold(a, b)
            skipped += not spans.may_hold(a, b)
    assert skipped > 0 and kept > 0  # the filter does skip sentences, and keeps others


def test_skip_filter_reads_blanked_frames_too():
    """A frame (quotes blanked out with NUL) holds a cue only where its text holds it."""
    text = "“No,” said Ann, “he told me so.” Then nothing. “Said,” was the word."
    spans = WordSpans(text, speech_words())
    frame = re.sub(r"“[^”]*”", lambda m: "\x00" * len(m.group()), text)
    for m in cue_re().finditer(frame):
        assert spans.may_hold(m.start(), m.end())
    assert not spans.may_hold(text.index("Then"), text.index("nothing.") + 8)


def test_word_matches_are_finditer_matches():
    """The source list's patterns give the same matches, tried only where a word occurs."""
    known = load_sources()
    cases = [(known.pattern, known.pattern_words), (known.anonymous_cue, known.anonymous_cue_words),
             (known.subject_cue, known.subject_cue_words)]
    for text in texts():
        for pattern, words in cases:
            assert [m.span() for m in word_matches(pattern, words, text)] == \
                [m.span() for m in pattern.finditer(text)]
    # overlapping and prefixed words: "rule" inside "ruled that", "ab" inside "aab"
    pattern = re.compile(r"\b(ruled that|ruled|rule|aab|ab)\b")
    text = "he ruled that; the rule ruled. aab ab xab abab ruled-that"
    words = ("ruled that", "ruled", "rule", "aab", "ab")
    assert [m.span() for m in word_matches(pattern, words, text)] == [m.span() for m in pattern.finditer(text)]
    # a case-insensitive pattern falls back to finditer
    loose = re.compile(r"\b(said)\b", re.IGNORECASE)
    assert [m.span() for m in word_matches(loose, ("said",), "SAID said")] == [(0, 4), (5, 9)]


def test_names_before_is_all_names_from_the_start_reversed():
    rng = random.Random(7)
    for text in texts():
        for end in [0, len(text), *(rng.randrange(len(text) + 1) for _ in range(30))]:
            fresh = text.encode().decode()  # a new string: no index shared with another call
            assert list(names_before(fresh, end)) == list(reversed(find_names(text.encode().decode(), 0, end)))


def test_title_words_are_the_lazy_patterns_words():
    rng = random.Random(9)
    for text in texts():
        for _ in range(300):
            b = rng.randrange(len(text) + 1)
            a = max(0, b - rng.randrange(120))
            assert title_words_before(text, a, b) == ROLE_BEFORE.search(text, a, b).group(1).split()


def test_name_plans_give_the_names_of_the_rules():
    """A name typed from its run's plan is the name the rules give on the text itself."""
    for text in texts():
        for m in name_runs(text, 0, len(text)):
            words = [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", m.group())]
            words = [(w, m.start() + a, m.start() + b) for w, a, b in words]
            bounds = _name_bounds(text, words)
            expected = typed_name(text, *bounds) if bounds else None
            assert _name_of(text, words) == expected


def test_word_runs_are_shared_and_equal_fresh_scans():
    for text in texts():
        assert word_runs(text) == set(TOKEN.findall(text))
        assert Orthography(text)._any == set(_ANY.findall(text))
        assert word_runs(text) is word_runs(text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_main_person_counts_as_a_recount(seed):
    """``main_person`` over names added in text order (and then out of order) equals a recount."""
    rng = random.Random(seed)
    names = find_names(SEED)
    resolver = Resolver()

    def recount(before: int):
        counts, last = {}, {}
        for name in resolver.names:
            if name.end <= before and name.type == "person":
                counts[name.text] = counts.get(name.text, 0) + 1
                last[name.text] = name
        return last[max(counts, key=counts.get)] if counts else None

    at = 0
    while at < len(names):
        step = rng.randrange(1, 8)
        resolver.names.extend(names[at : at + step])  # as ``add`` stores them (canonical forms aside)
        at += step
        for _ in range(3):
            before = rng.randrange(len(SEED) + 1)
            assert resolver.main_person(before) == recount(before)
    resolver.names.append(names[0])  # out of text order: counted afresh
    assert resolver.main_person(len(SEED)) == recount(len(SEED))
