"""Target-dependent sentiment: how the text treats one actor, not how the sentence feels.

``target_sentiment(text, start, end, engine)`` scores what is said about the target at
``text[start:end]``: the speaker's own quoted words are removed first (what an actor says is
not sentiment toward it; what others say about it is), then

- ``vader`` / ``textblob``: the lexicon score of the clause holding the target (split at
  "but", "while", semicolons, dashes ...), so that "Peter praised the deal, but officials
  condemned Robert" treats Peter and Robert apart; both lexicons handle negation;
- ``model``: a logistic regression fitted on NewsMTSC (``analysis.sentiment.model``) over both
  lexicons' scores of the sentence, windows and sides, plus the words next to the target.

Engines live in ``analysis.sentiment.engines`` (one module each, chosen by name). Scores are in
[-1, 1].

Labels: each engine labels a mention (``vader``/``textblob``: positive above the engine's
threshold, negative below its negative, neutral between; ``model``: its likeliest class). An
actor's label is the label most of its mentions have (``majority_label``: a tie goes to the
side the mean score leans to, else neutral), so a row never contradicts its own shares.

Without a codebook (``codebook=None``), the article's discovered actors are used
(``analysis.actors.discovery.discovered_codebook``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..actors.codebook import Codebook
from ..actors.discovery import discovered_codebook
from ..actors.mentions import find_mentions
from ..errors import ParameterError
from ..lexicon.resources import read_yaml
from ..reading.article import Article
from .engines import ENGINES, get_engine
from .lexicons import textblob, vader

QUOTE = re.compile(r"“[^”]*”?|„[^“”]*[“”]?|«[^»]*»?|\"[^\"]*\"?")
SPEECH_NEAR = re.compile(
    r"\b(?:said|says|told|added|wrote|tweeted|stated|declared|announced|explained|insisted|warned|argued|"
    r"claimed|asked|continued|saying|adding)\b"
)
#: A quote is the target's own when a speech verb links them within this many words.
OWN_QUOTE_REACH_WORDS = 6
#: Bootstrap draws for an actor's 95% interval, and the fixed seed that makes reruns identical.
RESAMPLES = 2000
SEED = 0
MENTION_COLUMNS = ["actor", "label", "type", "alias", "via", "segment", "sentence", "start", "end", "score",
                   "sentiment", "evidence"]
ACTOR_COLUMNS = ["actor", "label", "type", "mentions", "mean", "ci_low", "ci_high", "negative", "neutral", "positive",
                 "sentiment"]


def without_own_quotes(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` with the quotes the target itself speaks blanked out (offsets kept).

    A quote belongs to the target when a speech verb links them within a few words
    ('"...," he said', 'Price said: "..."'). A target inside a quote keeps it.
    """
    out: list[str] | None = None  # the characters, copied only when a quote is blanked (most texts: none)
    for m in QUOTE.finditer(text):
        if m.start() <= start < m.end():
            continue  # the target is inside this quote: it is what is said about it
        if m.end() <= start:  # '"...," Ivan said': the verb may follow the target
            between = text[m.end() : start]
            reach = between + " " + " ".join(text[end:].split()[:3])
        else:  # 'Price said: "..."'
            between = text[end : m.start()]
            reach = between
        if len(between.split()) <= OWN_QUOTE_REACH_WORDS and SPEECH_NEAR.search(reach):
            if out is None:
                out = list(text)
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return ("".join(out) if out is not None else text), start, end


def target_sentiment(text: str, start: int, end: int, engine: str = "vader") -> float:
    """Sentiment toward ``text[start:end]`` within ``text`` (a sentence or passage), in [-1, 1]."""
    chosen = get_engine(engine)
    if not (0 <= start < end <= len(text)):
        raise ParameterError(f"target offsets {start}:{end} are outside the text of {len(text)} characters")
    scores, _, _ = chosen.score([without_own_quotes(text, start, end)])
    return float(scores[0])


def sentence_sentiment(text: str, engine: str = "vader") -> float:
    """The whole text's score: the baseline that ignores the target."""
    get_engine(engine)
    if engine == "model":
        raise ParameterError("the model engine scores targets, not sentences")
    return vader(text) if engine == "vader" else textblob(text)[0]


def label(score: float, engine: str = "vader") -> str:
    """negative / neutral / positive for one score (a mention's or an actor's mean): the engine's rule."""
    return get_engine(engine).label(score)


def mention_sentiment(article: Article, codebook: Codebook | None = None, engine: str = "vader",
                      include_captions: bool = False) -> pd.DataFrame:
    """One row per actor mention with its score, label and the evidence scored.

    Columns: actor, label (the actor's), type, alias, via, segment, sentence, start, end, score,
    sentiment (negative/neutral/positive), evidence (the clause or sentence scored, the
    speaker's own quotes blanked). Without a codebook, the article's discovered actors.
    """
    codebook = codebook if codebook is not None else discovered_codebook(article)
    return score_mentions(article, find_mentions(article, codebook, include_captions=include_captions), engine)


def score_mentions(article: Article, mentions: pd.DataFrame, engine: str = "vader") -> pd.DataFrame:
    """``mention_sentiment`` of actor mentions already found (``find_mentions``)."""
    get_engine(engine)
    if mentions.empty:
        return pd.DataFrame([], columns=MENTION_COLUMNS)
    # plain tuples of the columns (``itertuples`` builds a namedtuple class on every call)
    rows = list(zip(*(mentions[c].tolist() for c in MENTION_COLUMNS[:9])))
    return pd.DataFrame(scored_rows(article, rows, engine), columns=MENTION_COLUMNS)


def scored_rows(article: Article, rows: list[tuple], engine: str = "vader") -> list[tuple]:
    """``score_mentions`` as plain tuples: ``rows`` hold the first nine of ``MENTION_COLUMNS`` (actor
    ... end), the result all of them (the corpus worker makes one table per batch of articles)."""
    chosen = get_engine(engine)
    if not rows:
        return []
    contexts = []
    for _, _, _, _, _, segment, sentence, start, end in rows:
        if sentence >= 0:
            sent = article.sentences[sentence]
            a, b = sent.start, sent.end
        else:
            seg = article.segments[segment]
            a, b = seg.start, seg.end
        contexts.append(without_own_quotes(article.text[a:b], start - a, end - a))
    scores, labels, evidence = chosen.score(contexts)
    return [(*m, round(s, 4), lab, " ".join(ev.split())) for m, s, lab, ev in zip(rows, scores, labels, evidence)]


def actor_sentiment(article: Article, codebook: Codebook | None = None, engine: str = "vader",
                    include_captions: bool = False, min_mentions: int = 1, resamples: int = RESAMPLES,
                    seed: int = SEED) -> pd.DataFrame:
    """One row per actor: mentions, mean score, shares negative/neutral/positive, a bootstrap 95%
    interval of the mean (``resamples`` draws, fixed ``seed``), and ``sentiment``: the label most
    of its mentions have (``majority_label``).

    Without a codebook, the article's discovered actors are ranked. Sorted from most negative
    to most positive mean.
    """
    if min_mentions < 1:
        raise ParameterError(f"min_mentions must be at least 1, not {min_mentions}")
    mentions = mention_sentiment(article, codebook, engine, include_captions)
    return actor_table(mentions, engine, min_mentions, resamples, seed)


def actor_table(mentions: pd.DataFrame, engine: str = "vader", min_mentions: int = 1, resamples: int = RESAMPLES,
                seed: int = SEED) -> pd.DataFrame:
    """``actor_sentiment`` from mentions already scored (``mention_sentiment`` with this ``engine``)."""
    columns_in = [mentions[c].tolist() for c in ("actor", "label", "type", "score", "sentiment")]
    return pd.DataFrame(actor_rows(zip(*columns_in), min_mentions, resamples, seed), columns=ACTOR_COLUMNS)


def actor_rows(mentions: Iterable[tuple], min_mentions: int = 1, resamples: int = RESAMPLES,
               seed: int = SEED) -> list[list]:
    """``actor_table`` as plain rows (``ACTOR_COLUMNS``) from (actor, label, type, score, sentiment)
    of each scored mention, in table order."""
    if min_mentions < 1:
        raise ParameterError(f"min_mentions must be at least 1, not {min_mentions}")
    rng = np.random.default_rng(seed)
    # Plain Python groups (sorted keys, rows in table order), as ``groupby(sort=True)`` gives
    # them: a pandas group, value_counts and Series per actor cost more than the bootstrap.
    scores_of: dict[tuple, list[float]] = {}
    labels_of: dict[tuple, list[str]] = {}
    for actor, name, kind, score, sentiment in mentions:
        key = (actor, name, kind)
        if any(k is None or k != k for k in key):  # groupby leaves out missing keys
            continue
        scores_of.setdefault(key, []).append(score)
        labels_of.setdefault(key, []).append(sentiment)
    rows = []
    bootstrapped: list[tuple[int, np.ndarray]] = []  # (row, draws) of actors with several mentions
    for key in sorted(scores_of):
        actor, name, kind = key
        if len(scores_of[key]) == 1 and min_mentions == 1:  # one mention: its score, its label (no numpy)
            score, sentiment = float(scores_of[key][0]), labels_of[key][0]
            rows.append([actor, name, kind, 1, round(score, 3), round(score, 3), round(score, 3),
                         *(1.0 if side == sentiment else 0.0 for side in ("negative", "neutral", "positive")),
                         sentiment])
            continue
        scores = np.asarray(scores_of[key], dtype=float)
        if len(scores) < min_mentions:
            continue
        if len(scores) == 1:  # every draw is the one score (and numpy draws no random numbers for it)
            low = high = scores[0]
        else:
            draws = rng.choice(scores, size=(resamples, len(scores)), replace=True).mean(axis=1)
            bootstrapped.append((len(rows), draws))
            low = high = 0.0  # the interval is filled in below, for all actors at once
        counts = Counter(labels_of[key])
        mean = float(scores.mean())
        rows.append([actor, name, kind, len(scores), round(mean, 3), round(float(low), 3), round(float(high), 3),
                     *(round(counts.get(side, 0) / len(scores), 3) for side in ("negative", "neutral", "positive")),
                     majority_label(labels_of[key], mean)])
    if bootstrapped:  # one np.quantile over every actor's draws: each row gets what its own call gives
        bounds = np.quantile(np.stack([draws for _, draws in bootstrapped]), [0.025, 0.975], axis=1)
        for (i, _), low, high in zip(bootstrapped, bounds[0].tolist(), bounds[1].tolist()):
            rows[i][5], rows[i][6] = round(low, 3), round(high, 3)
    # sorted as ``sort_values(["mean", "actor"])`` sorts (stable), without a pandas sort of a small table
    rows.sort(key=lambda row: (row[4], row[0]))
    return rows


def majority_label(labels: Iterable[str], mean: float) -> str:
    """The label most mentions have; a tie goes to the side the mean leans to (positive if it is
    among the tied and the mean is above 0, negative if below), else neutral."""
    counts = Counter(labels)
    top = max(counts.values())
    tied = {lab for lab, n in counts.items() if n == top}
    if len(tied) == 1:
        return tied.pop()
    if mean > 0 and "positive" in tied:
        return "positive"
    if mean < 0 and "negative" in tied:
        return "negative"
    return "neutral" if "neutral" in tied else sorted(tied)[0]


def strongest_evidence(mentions: pd.DataFrame, per_actor: int = 1) -> pd.DataFrame:
    """The most negative and the most positive scored mention of each actor (the evidence)."""
    rows = []
    for _, group in mentions.groupby("actor", sort=True):
        ordered = group.sort_values(["score", "start"])
        for side, part in (("most negative", ordered.head(per_actor)), ("most positive", ordered.tail(per_actor))):
            for m in part.itertuples():
                if (side == "most negative" and m.score < 0) or (side == "most positive" and m.score > 0):
                    rows.append((m.label, side, m.score, m.alias, m.evidence, m.start))
    return pd.DataFrame(rows, columns=["actor", "side", "score", "alias", "evidence", "start"])


def engine_agreement(article: Article, codebook: Codebook | None = None,
                     include_captions: bool = False) -> pd.DataFrame:
    """Labels of each mention by every engine, side by side, with whether they agree."""
    codebook = codebook if codebook is not None else discovered_codebook(article)
    return agreement_table({e: mention_sentiment(article, codebook, e, include_captions) for e in ENGINES})


def agreement_table(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """``engine_agreement`` from the ``mention_sentiment`` tables of every engine (by name)."""
    base = tables["vader"][["actor", "alias", "start"]].copy()
    for engine, table in tables.items():
        base[engine] = table["sentiment"].to_numpy()
    base["all_agree"] = (base["vader"] == base["textblob"]) & (base["vader"] == base["model"])
    return base


def agreement_summary(agreement: pd.DataFrame) -> pd.DataFrame:
    """Share of mentions on which each pair of engines gives the same label."""
    pairs = [("vader", "textblob"), ("vader", "model"), ("textblob", "model")]
    rows = [(f"{a} / {b}", round(float((agreement[a] == agreement[b]).mean()), 3) if len(agreement) else 0.0)
            for a, b in pairs]
    return pd.DataFrame(rows, columns=["engines", "same_label"])


def compare_with_gold(actors: pd.DataFrame, gold_path) -> pd.DataFrame:
    """The notebook's actor labels beside a hand-labelled gold file (named by the article's
    metadata, ``sentiment_gold``): only the actors the gold file labels."""
    gold = read_yaml(gold_path)["labels"]
    table = actors[["actor", "label", "mentions", "mean", "sentiment"]].copy()
    table["hand_label"] = table["actor"].map(lambda a: gold.get(a, {}).get("label"))
    table = table[table["hand_label"].notna()].reset_index(drop=True)
    table["agree"] = table["sentiment"] == table["hand_label"]
    return table
