"""Issue 15q (round 9): the name reader's speed work keeps results. ``_words_before`` answers a
short text by searching its lower-cased copy for the word and reading the word before each hit,
a long one from the index of every word's word before (the old way): both give the same rows, on
text built to trip them (white space kinds, the class's punctuation, capitals that lower-case
differently, a final sigma, U+10FFFF); the article's name index is kept between the passes."""

import random
import re

import pandas as pd
import pytest

from analysis.evaluation.scoring import shared_dir
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


def _old_typed_name(text: str, start: int, end: int) -> names.Name:
    """``typed_name`` as round 8 wrote it (every occurrence typed from the text around it)."""
    Name, _words, _titles = names.Name, names._words, names._titles
    surface = text[start:end]
    words = [w.strip(".,’'").casefold().removesuffix("’s").removesuffix("'s") for w in surface.split()]
    before = text[max(0, start - names.TITLE_WINDOW) : start]
    last = before.split()[-3:]
    title = names._title_at_end(last)
    organisation_words = _words("organisation_words")
    if len(words) >= 2 and words[0] in _words("name_events") and not title:
        return Name(surface, start, end, names.THING_TYPE)  # issue 11am, a meant change: "Hurricane Maria"
    person = names._person_of(surface, organisation_words)
    gender_after, first_gender, role = names._apposition_gender, names.first_name_gender, names._role
    if person:
        return Name(person, start, start + len(person), "person", gender_after(text, end)
                    or first_gender(person), role(before.rstrip()))
    if title and " of " in surface:
        head = surface[: surface.index(" of ")]
        head_words = [w.strip(".,’'").casefold() for w in head.split()]
        if len(head_words) <= 3 and not any(w in organisation_words for w in head_words):
            gender = _titles()[title] or gender_after(text, end) or first_gender(head)
            return Name(head, start, start + len(head), "person", gender, role(before.rstrip()))
    if any(w in organisation_words for w in words) or (names._headed(words) and words[0] not in names._first_names()) \
            or (last and last[-1].strip(".,’'").casefold() in _words("organisation_nouns")) \
            or "&" in surface or names._web_name(surface):  # issue 11am, a meant change: "PG&E", "Procter &
        return Name(surface, start, end, "organisation")  # Gamble" are firms; issue 11as: "News.com.au" a site
    if title:
        if " of " in surface:
            surface = surface[: surface.index(" of ")]
            end = start + len(surface)
        gender = _titles()[title] or gender_after(text, end) or first_gender(surface)
        return Name(surface, start, end, "person", gender, role(before.rstrip()))
    if surface in names._places() or any(w in names._region_words() for w in words) \
            and not names._given_then_modifier(words):  # issue 11ay, a meant change: "Kevin North" a person
        return Name(surface, start, end, "place")
    if len(words) >= 2 and all(w[:1].isalpha() for w in words):
        # issue 11ay, meant changes: a title after a work noun is a thing ("the film Black Panther"), two
        # common words the text writes in lower case are no person ("Border Patrol")
        if names._group_name(words) is None and names._after_work_noun(before):
            return Name(surface, start, end, names.THING_TYPE)
        if names._group_name(words) is None and names._common_words_only(text, surface):
            return Name(surface, start, end, "unknown")
        # issue 11ah, a meant change: a run holding a party, group or outlet word is no person
        group = names._group_name(words)
        if group:
            return Name(surface, start, end, group)
        if names.is_regnal(surface):  # issue 11as, a meant change: "Queen Elizabeth II" has the title's gender
            return Name(surface, start, end, "person", gender_after(text, end) or _titles().get(words[0]))
        return Name(surface, start, end, "person", gender_after(text, end) or first_gender(surface))
    return Name(surface, start, end, "unknown")


TYPED_TEXT = (
    "Sam Wilson of the University of Hawaii met Mr. Burman of the Tax Policy Center, his aide. Prime Minister "
    "Mohammad bin Salman of Saudi Arabia, spokeswoman for X, said. The ministry Reuters reported. US State "
    "Department spokesman Ned Price, the minister, told Hatice Cengiz, fiancée of Jamal Khashoggi, and Claire "
    "McCaskill. Senator Jane Doe of Ohio, a senator, and the organization Amnesty International. "
    "Former Deputy Foreign Minister Ali Bagheri of the Foreign Ministry said. New York; Kazakhstan. "
)


def test_typed_names_are_those_the_old_code_gives():
    rng = random.Random(91)
    texts = [TYPED_TEXT, TYPED_TEXT.lower(), TYPED_TEXT.replace(" ", "\n")]
    for _ in range(400):
        words = TYPED_TEXT.split(" ")
        rng.shuffle(words)
        texts.append(" ".join(words[: rng.randint(5, 60)]))
    for text in texts:
        spans = [(n.start, n.end) for n in names.read_names(text, 0, len(text))]
        spans += [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w.’']*(?: [\w.’']+){0,5}", text)]
        for a, b in spans:
            assert names.typed_name(text, a, b) == _old_typed_name(text, a, b), (text, text[a:b])


def test_typed_names_of_wikinews_articles_are_those_the_old_code_gives():
    folder = shared_dir() / "wikinews"
    if not folder.is_dir():
        pytest.skip("../shared/wikinews is absent")
    texts = pd.concat([pd.read_csv(p) for p in sorted(folder.glob("*.csv"))])["text"].dropna().tolist()[:60]
    for text in texts:
        for m in names.name_runs(text, 0, len(text)):
            words = [(w.group(), w.start(), w.end()) for w in names.NON_SPACE.finditer(text, m.start(), m.end())]
            for k in range(len(words)):
                for j in range(k, len(words)):
                    a, b = words[k][1], words[j][2]
                    assert names.typed_name(text, a, b) == _old_typed_name(text, a, b), text[a:b]
