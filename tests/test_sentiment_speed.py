"""The sentiment speed work keeps every number: VADER and TextBlob as computed here equal the
libraries' own scores, the model's word features equal looking them up one target at a time, and
the actor table equals the pandas sort and per-actor quantiles it replaced."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.sentiment import lexicons, model
from analysis.sentiment.targets import actor_table

NEWSMTSC_DEV = Path(__file__).resolve().parents[2] / "shared" / "newsmtsc" / "dev.jsonl"

TEXTS = [
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today only kinda sux! But I'll get by, lol",
    "It was kind of good, not great :) (!)",
    "He isn't the least bit happy... at least not yet",
    "no good, no bad; NEVER so happy ?? ?",
    "the bomb was the shit, kind of",
    "“Don't,” he said. 'It's GREAT,' she said (2019).",
    "Mr. Smith met U.S. officials in Washington D.C. on Monday, e.g. at 8) and (8).",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "A first paragraph.\n\nA second, very good one",
    "Officials condemned the attack; the minister praised the police, however.",
    "", "   ", "!!!", "ÇAĞ İstanbul ΣΑΣ naïve résumé",
]


def _texts() -> list[str]:
    texts = list(TEXTS)
    if NEWSMTSC_DEV.exists():  # evaluation data, read in place: skipped cleanly when absent
        rows = [json.loads(line) for line in NEWSMTSC_DEV.read_text(encoding="utf-8").splitlines()[:300]]
        for r in rows:
            s, a, b = r["sentence"], r["target_start"], r["target_end"]
            texts += [s, s[:a], s[b:], s[max(0, a - 40) : b + 40]]
    # a sentence's overlapping spans, as the model scores them
    texts += [t[i:j] for t in TEXTS for i in range(0, len(t), 7) for j in range(i + 5, len(t) + 1, 11)]
    return texts


def test_vader_and_textblob_equal_the_libraries():
    reference = SentimentIntensityAnalyzer()
    lexicons.clear_caches()
    for text in _texts():
        expected = reference.polarity_scores(text)
        assert lexicons._vader().polarity_scores(text) == expected, text
        assert lexicons.vader(text) == (expected["compound"] if text.strip() else 0.0), text
        polarity, subjectivity = TextBlob(text).sentiment
        assert lexicons.textblob(text) == ((polarity, subjectivity) if text.strip() else (0.0, 0.0)), text


def test_textblob_pieces_split_like_the_tokenizer():
    from textblob._text import find_tokens

    for piece in ["said.", "said,", "“Yes,”", "(2019)", "Mr.", "U.S.", "etc.", "e.", "Dr.", "Kazakhstan.", "x?",
                  "(a", "b)", "2019.", "said:", "Hi!”"]:
        assert lexicons._piece_tokens(piece) == tuple(" ".join(find_tokens(piece)).split()), piece


def _reference_words(m: model.Model, rows):
    pairs = {(i, j) for i, r in enumerate(rows) for f in model.word_features(*r)
             if (j := m.vocabulary.get(f)) is not None}
    if not pairs:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    r, c = zip(*sorted(pairs))
    return np.array(r), np.array(c) + len(model.DENSE_NAMES)


def test_model_word_features_per_sentence_equal_per_target():
    m = model.load_model()
    text = "Officials said Ned Price met Mr. Obama in Astana, and Price praised the deal."
    rows = [(text, 15, 24), (text, 33, 38), (text, 52, 57), (text, 0, 0), ("...", 1, 2), ("", 0, 0),
            (text, len(text) - 1, len(text))]
    got, expected = m.active_words(rows), _reference_words(m, rows)
    assert np.array_equal(got[0], expected[0]) and np.array_equal(got[1], expected[1])
    assert len(got[0]) > 0


def _reference_actor_table(mentions: pd.DataFrame, resamples: int = 2000, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = []
    for (actor, name, kind), group in mentions.groupby(["actor", "label", "type"], sort=True):
        scores = group["score"].to_numpy(dtype=float)
        if len(scores) == 1:
            low = high = scores[0]
        else:
            draws = rng.choice(scores, size=(resamples, len(scores)), replace=True).mean(axis=1)
            low, high = np.quantile(draws, [0.025, 0.975])
        shares = group["sentiment"].value_counts(normalize=True)
        rows.append((actor, name, kind, len(scores), round(float(scores.mean()), 3), round(float(low), 3),
                     round(float(high), 3), *(round(float(shares.get(s, 0.0)), 3) for s in ("negative", "neutral",
                                                                                            "positive"))))
    columns = ["actor", "label", "type", "mentions", "mean", "ci_low", "ci_high", "negative", "neutral", "positive"]
    return pd.DataFrame(rows, columns=columns).sort_values(["mean", "actor"], ignore_index=True)


def test_actor_table_equals_per_actor_quantiles_and_pandas_sort():
    rng = np.random.default_rng(3)
    actors = [f"a{k}" for k in range(12)]
    picked = rng.choice(actors, size=80)
    scores = np.round(rng.uniform(-1, 1, size=80), 4)
    scores[picked == "a3"] = 0.25  # ties on the mean: the actor id decides
    scores[picked == "a7"] = 0.25
    mentions = pd.DataFrame({"actor": picked, "label": [a.upper() for a in picked], "type": "person",
                             "score": scores,
                             "sentiment": np.where(scores > 0.1, "positive", np.where(scores < -0.1, "negative",
                                                                                        "neutral"))})
    got = actor_table(mentions, engine="model")
    expected = _reference_actor_table(mentions)
    pd.testing.assert_frame_equal(got.drop(columns="sentiment"), expected, check_dtype=False)


@pytest.mark.parametrize("sentence", ["Officials said Ned Price met Mr. Obama.", "A. B.", "", "İstanbul ΣΑΣ, 2019",
                                      "  a\u00a0b\tc\u2003d ½ ٣٤ x—y ’quoted’ don't O'Neill-Smith 5a5 ", "\n\n"])
def test_sentence_tokens_match_the_token_pattern(sentence):
    starts, ends, words = model._sentence_tokens(sentence)
    toks = list(model.TOKEN.finditer(sentence))
    assert (list(starts), list(ends), words) == ([t.start() for t in toks], [t.end() for t in toks],
                                                 [t.group().lower() for t in toks])
