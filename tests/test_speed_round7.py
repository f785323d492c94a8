"""Issue 15l (round 7): the speed work keeps results. The article's name index survives questions
about short strings, misspelt surnames are found by their letters as by comparing every surname,
and ``main_person`` counts as counting every name in order, also when names came out of order."""

import random

from analysis.lexicon.names import Name, find_names
from analysis.quotes.speakers import MISSPELT_MIN, Resolver


def test_the_articles_name_index_is_kept_while_short_strings_are_asked_about(monkeypatch):
    """Before, the article's index was dropped after four other strings and every line read again."""
    import analysis.lexicon.names as names

    built = []
    original = names.NameIndex.__init__

    def counting(self, text):
        built.append(text)
        original(self, text)

    monkeypatch.setattr(names.NameIndex, "__init__", counting)
    article = "".join(["Ned Price met Mr. Obama in Astana on Monday.\n\n"] * 50)
    first = find_names(article, 0, 40)
    for k in range(10):  # speaker phrases and other short strings between the article's spans
        find_names(f"The head of the company {k}", 0, 20)
        assert find_names(article, 0, 40) == first
    assert sum(t is article for t in built) == 1


def _close_by_comparing(resolver: Resolver, key: str) -> list[str]:
    """``_misspelt``'s candidates found by comparing ``key`` with every surname seen (the old way)."""
    seen = [k for k in resolver.full if " " not in k]
    return [k for k in seen if len(k) == len(key) and k[0] == key[0] and k != key
            and sum(a != b for a, b in zip(k, key)) == 1 and resolver.full[k][-1].type == "person"]


def test_misspelt_surnames_are_the_ones_comparing_every_surname_finds():
    rng = random.Random(7)
    letters = "aeiounrst"
    resolver = Resolver()
    at = 0
    for _ in range(300):
        surname = "W" + "".join(rng.choice(letters) for _ in range(rng.randint(3, 6)))
        name = Name(f"Sam {surname}", at, at + 4 + len(surname), rng.choice(["person", "organisation"]))
        resolver.add([name])
        at += 100
    for _ in range(300):
        key = rng.choice(["W", "V"]) + "".join(rng.choice(letters) for _ in range(rng.randint(3, 6)))
        close = _close_by_comparing(resolver, key)
        expected = resolver.full[close[0]][-1] if len(key) >= MISSPELT_MIN and len(close) == 1 else None
        assert resolver._misspelt(key) == expected


def test_main_person_counts_as_counting_all_names_in_order():
    rng = random.Random(15)
    resolver = Resolver()
    people = ["Ann Lee", "Bo Diaz", "Cy Park", "Di Moss"]
    for k in range(400):
        start = k * 50 + rng.choice([0, 0, 0, -60])  # now and then a name before the last one's end
        resolver.names.append(Name(rng.choice(people), max(0, start), max(0, start) + 7,
                                   rng.choice(["person", "person", "place"])))
        before = rng.randrange(0, k * 50 + 100)
        counts, last = {}, {}
        for name in resolver.names:
            if name.end <= before and name.type == "person":
                counts[name.text] = counts.get(name.text, 0) + 1
                last[name.text] = name
        got_counts, got_last = resolver._persons_before(before)
        assert list(got_counts.items()) == list(counts.items())
        assert list(got_last.items()) == list(last.items())
        expected = last[max(counts, key=counts.get)] if counts else None
        assert resolver.main_person(before) == expected


def test_the_names_of_the_lines_holding_a_surname_are_the_texts_names_with_it():
    """Sources look a family's given names up on the lines holding the surname only (speed); a name that
    ends its line with a full stop ("Site Ann Marsh I.") is read as in the whole text."""
    from analysis.sources.counting import _names_on_lines_with

    text = ("Maya Ann Marsh said the farm was sold.\nThe deal, Ruth Marsh said, was fair.\n"
            "Nobody else spoke.\nA cave called Site Ann Marsh I.\nRuth Marsh left.")
    for surname in ("Marsh", "I", "Ruth"):
        whole = [n for n in find_names(text) if surname in n.text]
        assert [n for n in _names_on_lines_with(text, surname) if surname in n.text] == whole


def test_the_words_before_a_name_are_those_a_search_through_the_text_finds():
    """``_common_opener`` asks which capitalised words precede a surname elsewhere; the answer comes
    from one index per text (a search per question was quadratic) and must equal the search's."""
    import re

    from analysis.lexicon.names import _words_before

    text = ("Does Rubio know? Marco Rubio said so. Senator Rubio's aide, the US used it. The US US-made "
            "plan.\nThe US\nUSA Today and Mr. rubio agreed; x-Ray Rubio and 9-Lane Rubio left.")
    for word in ("Rubio", "US", "USA", "Ray", "Lane", "x"):
        search = [(m.start(), m.group(1)) for m in re.finditer(r"\b([A-Z][\w’'.-]*)\s+" + re.escape(word), text,
                                                               re.IGNORECASE)]
        assert _words_before(text, word) == search, word
