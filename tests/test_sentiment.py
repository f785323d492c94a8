"""Target-dependent sentiment: opposite treatment in one sentence, own quotes, tables."""

import pytest
from conftest import SEED_CODEBOOK

from analysis import ParameterError
from analysis.actors import load_codebook
from analysis.sentiment import (
    actor_sentiment,
    actor_table,
    label,
    mention_sentiment,
    target_sentiment,
    without_own_quotes,
)

OPPOSITES = [
    ("Peter praised the deal, but officials condemned Robert.", "Peter", "Robert"),
    ("Critics slammed Anna for the failure, while they hailed Maria as a hero.", "Maria", "Anna"),
    ("The minister thanked the rescuers for their courage, but blamed the mayor for the delays.", "rescuers", "mayor"),
    ("Voters adore Smith, but they despise Jones.", "Smith", "Jones"),
    ("Fans cheered the brilliant Garcia; the press mocked the hapless Lopez.", "Garcia", "Lopez"),
]


def score(sentence, target, engine="vader"):
    start = sentence.index(target)
    return target_sentiment(sentence, start, start + len(target), engine)


@pytest.mark.parametrize("sentence, good, bad", OPPOSITES)
def test_two_actors_with_opposite_treatment_get_opposite_labels(sentence, good, bad):
    assert label(score(sentence, good)) == "positive"
    assert label(score(sentence, bad)) == "negative"


def test_model_engine_separates_most_opposite_pairs():
    right = sum(score(s, good, "model") > score(s, bad, "model") for s, good, bad in OPPOSITES)
    assert right >= 4


def test_own_quote_does_not_count_toward_the_speaker():
    sentence = "“We will crush the traitors and destroy their evil plans,” Ivan said."
    assert label(score(sentence, "Ivan")) == "neutral"
    cleaned, _, _ = without_own_quotes(sentence, sentence.index("Ivan"), sentence.index("Ivan") + 4)
    assert "traitors" not in cleaned


def test_what_others_say_about_an_actor_counts():
    sentence = "“Ivan is a liar and a disgrace,” Maria said."
    assert label(score(sentence, "Ivan")) == "negative"


def test_bad_parameters():
    with pytest.raises(ParameterError, match="engine"):
        target_sentiment("Some text here.", 0, 4, engine="bert")
    with pytest.raises(ParameterError, match="outside"):
        target_sentiment("Short.", 3, 99)


def test_seed_tables(seed):
    book = load_codebook(SEED_CODEBOOK)
    mentions = mention_sentiment(seed, book, engine="vader")
    assert mentions["score"].between(-1, 1).all()
    assert set(mentions["sentiment"]) <= {"negative", "neutral", "positive"}
    actors = actor_table(mentions, engine="vader", min_mentions=1)
    assert len(actors) >= 10
    assert (actors["ci_low"] <= actors["mean"]).all() and (actors["mean"] <= actors["ci_high"]).all()
    assert actors.equals(actor_sentiment(seed, book, engine="vader")), "seeded bootstrap, same from the article"


def test_model_beats_whole_sentence_vader_on_newsmtsc_dev():
    from analysis.evaluation.sentiment import newsmtsc_dir, newsmtsc_report

    if not (newsmtsc_dir() / "dev.jsonl").exists():
        pytest.skip("NewsMTSC dev split not beside the repository (../shared/newsmtsc)")
    report = newsmtsc_report().set_index("method")
    for subset in ("rw", "mt"):
        assert report.loc["model (target)", f"macro_f1_{subset}"] >= 0.62
        assert report.loc["vader (target)", f"macro_f1_{subset}"] > report.loc["vader sentence", f"macro_f1_{subset}"]


@pytest.mark.parametrize("engine", ["model", "vader", "textblob"])
def test_an_actor_row_never_contradicts_its_own_shares(seed, engine):
    """One label rule for mentions and actors: the actor's label always has mentions of its own."""
    from analysis.sentiment import get_engine

    book = load_codebook(SEED_CODEBOOK)
    mentions = mention_sentiment(seed, book, engine=engine)
    if engine != "model":  # the lexicons label a mention by their threshold on its score
        assert (mentions["sentiment"] == mentions["score"].map(get_engine(engine).label)).all()
    actors = actor_table(mentions, engine, min_mentions=1)
    for row in actors.itertuples():
        shares = {"negative": row.negative, "neutral": row.neutral, "positive": row.positive}
        assert shares[row.sentiment] == max(shares.values()), row


def test_actor_intervals_are_the_seeded_bootstrap_of_every_actor():
    """The interval of each actor is the one a bootstrap of every actor in turn gives (one shared
    seeded generator): an actor with one mention, whose interval is its score without draws,
    leaves the draws of the actors after it unchanged."""
    import numpy as np
    import pandas as pd

    scores = {"a": [0.5, -0.2, 0.1], "b": [0.3], "c": [-0.4, 0.2], "d": [0.7], "e": [0.1, 0.1, -0.9, 0.4]}
    mentions = pd.DataFrame(
        [(actor, actor.upper(), "person", s, "positive" if s > 0 else "negative")
         for actor, values in scores.items() for s in values],
        columns=["actor", "label", "type", "score", "sentiment"])
    table = actor_table(mentions, "vader").set_index("actor")
    rng = np.random.default_rng(0)
    for actor, values in scores.items():  # the plain bootstrap, actor by actor in sorted order
        draws = rng.choice(np.array(values), size=(2000, len(values)), replace=True).mean(axis=1)
        low, high = np.quantile(draws, [0.025, 0.975])
        assert (table.loc[actor, "ci_low"], table.loc[actor, "ci_high"]) == (round(low, 3), round(high, 3)), actor
