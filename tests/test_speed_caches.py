"""The speed work keeps results: memoised names and scores are copies, and the indexed
``canonical_names`` gives the mapping of comparing every name with every longer one."""

from analysis.lexicon.canonical import OF_TAIL, bare_name, canonical_names
from analysis.lexicon.names import find_names, fold
from analysis.sentiment.lexicons import vader_scores


def test_find_names_memo_hands_out_copies():
    text = "Officials said Ned Price met Mr. Obama in Kazakhstan. Price said so."
    first = find_names(text, 0, len(text))
    first.clear()  # a caller changing its list changes nothing for the next caller
    again = find_names(text, 0, len(text))
    assert [n.text for n in again] == [n.text for n in find_names("x" + text, 1, len(text) + 1)] != []
    other = find_names(text, 0, 40)
    assert [n.text for n in other] == [n.text for n in again if n.end <= 40]


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
