"""Issue 15n (round 8): the quote pass's speed work keeps results. A sentence frame's cues are
searched in lower case without ``re.IGNORECASE``, the lower-case words of a text are read from its
distinct word runs, a title's words before a name are cut at the window's last stop with one match,
and ``_headed`` answers at once for runs without "of" or "for": each gives what the old code gave,
on text built to trip it (capitals, dotless i, long s, Kelvin sign, dotted capital I, NUL blanks)."""

import random

from analysis.lexicon import names
from analysis.lexicon.names import LOWER_WORD, lower_words
from analysis.quotes.speakers import ROLE_STOPS, cue_re, sentence_frame, title_words_before

PIECES = ["said", "SAID", "Said", "according to", "According To", "told", "asked", "asKed", "announced",
          "tell", "aid", "s", "ing", "x", "-", " ", ",", "'", "’", "\n", "\x00", "é", "ΣΑΣ",
          "\u0131", "\u017f", "\u212a", "\u0130", "rock", "Ab", "_", "9", "don't"]


def _texts(seed: int, count: int, longest: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_a_frames_cues_are_those_the_ignore_case_pattern_finds():
    for text in _texts(1, 20_000):
        frame = sentence_frame(text, (0, len(text)), [])
        expected = [(m.start(), m.end(), m.group(1)) for m in cue_re().finditer(frame.frame)]
        assert frame.cues == expected, repr(text)
        assert frame.cue_starts == [c[0] for c in expected]


def test_a_frames_cues_with_a_quote_blanked_are_those_the_pattern_finds():
    text = "Officials said, “He told us,” and ACCORDING TO Ms. Lee, the mayor Asked: “why?” Said Bob."
    quote = (text.index("“") + 1, text.index("”"))
    frame = sentence_frame(text, (0, len(text)), [quote])
    assert [c[2] for c in frame.cues] == [m.group(1) for m in cue_re().finditer(frame.frame)]
    assert [c[2] for c in frame.cues] == ["said", "ACCORDING TO", "Asked", "Said"]  # "told" is quoted


def test_lower_case_words_are_those_of_the_whole_text():
    for text in _texts(2, 20_000, longest=14):
        assert lower_words(text) == frozenset(LOWER_WORD.findall(text)), repr(text)


def _title_words_by_rfind(text: str, a: int, b: int) -> list[str]:
    window = text[a:b].rstrip()
    return window[max(window.rfind(c) for c in ROLE_STOPS) + 1 :].split()


def test_title_words_before_a_name_are_those_after_the_last_stop():
    rng = random.Random(3)
    pieces = [*ROLE_STOPS, "trade", " ", "Commissioner", "\t", "é", "\x00"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert title_words_before(text, a, b) == _title_words_by_rfind(text, a, b), repr(text)


def test_an_organisation_head_before_of_or_for_is_found_as_before():
    heads = names._words("organisation_words") | names._words("organisation_heads")

    def by_union(bare: list[str]) -> bool:
        return any(w in heads and any(v in {"of", "for"} for v in bare[i + 1 :]) for i, w in enumerate(bare))

    rng = random.Random(4)
    words = [*sorted(heads)[:12], "of", "for", "the", "islamic", "smith", "state"]
    for _ in range(5_000):
        bare = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        assert names._headed(bare) == by_union(bare), bare
