"""Issue 15q (round 9): the name reader's speed work keeps results. ``_words_before`` answers a
short text by searching its lower-cased copy for the word and reading the word before each hit,
a long one from the index of every word's word before (the old way): both give the same rows, on
text built to trip them (white space kinds, the class's punctuation, capitals that lower-case
differently, a final sigma, U+10FFFF); the article's name index is kept between the passes."""

import random
import re

from analysis.lexicon import names
from analysis.lexicon.names import NameIndex, find_names, keep_names

PIECES = ["Rubio", "rubio", "RUBIO", "Rub", "Marco", "marco", "al-Awlaki", "Al", " ", "  ", "\n", "\t",
          "\u00a0", "\u2003", "\x1c", ".", "’", "'", "-", ",", "(", "é", "ΣΑΣ", "σ", "\u0131", "\u017f",
          "\u212a", "\u0130", "_", "9", "x", "Mr.", "U.S.", "\U0010ffff", "s"]


def _texts(seed: int, count: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _words(text: str) -> set[str]:
    out = {"Rubio", "rub", "marco", "Al", "al-", "ΣΑΣ", "σας", "x", "\U0010ffff"}
    for run in text.split():
        out |= {run, run[:2], run[1:], run.lower()}
    return {w for w in out if w}


def test_scanned_rows_are_the_indexed_rows():
    texts = _texts(9, 6_000)
    texts += ["Does Rubio know? Marco Rubio said. Sen. Rubio, (Marco Rubio) x-Marco Rubio ’Marco Rubio",
              "Footage of Al-Awlaki. Anwar al-Awlaki and ANWAR AL-AWLAKI; Rubio Rubio Rubio Rubio"]
    for text in texts:
        folded = text.lower()
        if len(folded) != len(text):
            continue
        index = NameIndex(text)
        for word in _words(text):
            low = word.lower()
            assert sorted(names._scanned_rows(text, folded, low)) == sorted(names._indexed_rows(index, low)), \
                (text, word)


def test_words_before_of_a_short_and_a_long_text_are_the_case_blind_search():
    base = "Does Rubio know? Marco Rubio said. Rubio Rubio Rubio. Sen. rubio, and Anwar al-Awlaki met Al-Awlaki. "
    long = base * (names.SCAN_MAX // len(base) + 2)  # indexed
    short = base * 3  # scanned
    assert len(long) >= names.SCAN_MAX > len(short)
    for text in (short, long):
        for word in ("Rubio", "rubio", "Awlaki", "al-Awlaki", "Al-Awlaki", "Rub", "Marco"):
            pattern = re.compile(r"\b([A-Za-z][\w’'.-]*)\s+" + re.escape(word), re.I)
            assert names._words_before(text, word) == [(m.start(), m.group(1)) for m in pattern.finditer(text)]


def test_the_kept_article_index_outlives_short_strings():
    article = "Marco Rubio met Anwar al-Awlaki in Washington.\nRubio said so."
    keep_names(article)
    index = names._index(article)
    for k in range(names.TEXTS_KEPT * 3):
        find_names(f"Name Number{k} Here")
    assert names._index(article) is index
    assert [n.text for n in find_names(article)] == ["Marco Rubio", "Anwar al-Awlaki", "Washington", "Rubio"]
