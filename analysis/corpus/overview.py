"""Tables and figures of the corpus notebook, read from a corpus folder's Parquet tables.

Every function takes tidy tables (as written by ``run_corpus``) and returns a tidy table or a
figure, so the notebook stays a sequence of calls with a sentence on how to read each.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..errors import ParameterError
from ..sentiment import label as sentiment_label
from .tables import ENGINE, TABLES, outer_quotes

#: An actor enters the corpus portrayal when it is scored in at least this many articles: one
#: or two articles say how those articles treat it, not how the corpus does.
MIN_ARTICLES = 3
#: Bootstrap of the corpus mean over articles (articles resampled, since the mentions of one
#: article are not independent); the same resample count and seed as the per-article intervals.
RESAMPLES = 2000
SEED = 0
NO_OUTLET = "(no outlet given)"


def load_corpus(corpus_dir: str | Path) -> dict[str, pd.DataFrame]:
    """The corpus tables of a folder written by ``python -m analysis corpus``."""
    folder = Path(corpus_dir)
    if not (folder / "articles.parquet").is_file():
        raise ParameterError(f"{folder}: no articles.parquet; run `python -m analysis corpus INPUT --out {folder}`")
    tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in ("articles", *TABLES)}
    tables["errors"] = pd.read_csv(folder / "errors.csv", dtype=str, keep_default_na=False)
    outlets = tables["articles"]["outlet"].fillna(NO_OUTLET)
    tables["articles"] = tables["articles"].assign(outlet=outlets)
    by_id = dict(zip(tables["articles"]["id"], outlets))
    for name in TABLES:
        tables[name] = tables[name].assign(outlet=tables[name]["id"].map(by_id))
    return tables


def corpus_summary(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per outlet (and a total): articles, analysed, words, quotes, sources, dates."""
    articles = tables["articles"]
    rows = []
    groups = [*articles.groupby("outlet", sort=True)]
    if len(groups) > 1:
        groups.append(("all outlets", articles))
    for outlet, group in groups:
        ok = group[group["status"] == "ok"]
        dates = pd.to_datetime(ok["date"], errors="coerce").dropna()
        rows.append((outlet, len(group), len(ok), int(ok["words"].sum()), int(ok["quotes"].sum()),
                     int(ok["sources"].sum()), dates.min().date().isoformat() if len(dates) else "",
                     dates.max().date().isoformat() if len(dates) else ""))
    return pd.DataFrame(rows, columns=["outlet", "articles", "analysed", "words", "quotes", "sources", "first",
                                       "last"])


def speaker_types(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes by speaker type per outlet (headline repeats left out): outlet, speaker_type, quotes, share."""
    quotes = outer_quotes(quotes)  # a quote nested in a quotation is part of it (issue 11an)
    body = quotes[quotes["kind"] != "headline"].assign(speaker_type=lambda q: q["speaker_type"].fillna("unattributed"))
    table = body.groupby(["outlet", "speaker_type"]).size().rename("quotes").reset_index()
    table["share"] = (table["quotes"] / table.groupby("outlet")["quotes"].transform("sum")).round(3)
    return table.sort_values(["outlet", "quotes", "speaker_type"], ascending=[True, False, True], ignore_index=True)


def top_speakers(quotes: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """The most quoted speakers: speaker, type, quotes, articles quoting them, outlets."""
    quotes = outer_quotes(quotes)  # a quote nested in a quotation is part of it (issue 11an)
    body = quotes[(quotes["kind"] != "headline") & quotes["speaker"].notna()]
    table = body.groupby("speaker").agg(quotes=("quote", "size"), articles=("id", "nunique"),
                                        outlets=("outlet", "nunique")).reset_index()
    table = table.sort_values(["articles", "quotes", "speaker"], ascending=[False, False, True], ignore_index=True)
    table = table.head(top)
    # each shown speaker's most frequent type (a Python call per speaker: only for the ``top``)
    shown = body[body["speaker"].isin(table["speaker"])]
    types = shown.groupby("speaker")["speaker_type"].agg(lambda t: t.value_counts().index[0])
    table.insert(1, "speaker_type", types.reindex(table["speaker"]).to_numpy())
    return table


def sources_by_type(sources: pd.DataFrame) -> pd.DataFrame:
    """Citations in the body (credits apart) by source type, one column per outlet."""
    body = sources[~sources["is_credit"]]
    if body.empty:
        return pd.DataFrame(columns=["type"])
    table = pd.crosstab(body["type"], body["outlet"])
    table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table.columns.name = None
    return table.reset_index()


def sources_per_article(sources: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Distinct sources per analysed article, by outlet and source type (credits apart).

    Content analysis counts sources, not citations: an interview whose every answer cites the
    interviewee is one source, not hundreds of rows. Columns: ``outlet``, ``type``, ``articles``
    (analysed articles of the outlet), ``per_article`` (distinct sources of the type per article,
    articles citing none counted as 0), ``share_citing`` (the share of articles citing at least one).
    """
    ok = articles[articles["status"] == "ok"]
    body = sources[~sources["is_credit"] & sources["id"].isin(ok["id"])]
    distinct = body.drop_duplicates(["id", "source"])
    per = distinct.groupby(["outlet", "type"], sort=True).agg(sources=("source", "size"),
                                                                citing=("id", "nunique")).reset_index()
    sizes = ok.groupby("outlet").size()
    per["articles"] = per["outlet"].map(sizes).astype(int)
    per["per_article"] = (per["sources"] / per["articles"]).round(2)
    per["share_citing"] = (per["citing"] / per["articles"]).round(2)
    per = per.sort_values(["outlet", "per_article", "type"], ascending=[True, False, True], kind="stable")
    return per[["outlet", "type", "articles", "per_article", "share_citing"]].reset_index(drop=True)


def actor_portrayal(actor_sentiment: pd.DataFrame, min_articles: int = MIN_ARTICLES,
                    top: int = 20) -> pd.DataFrame:
    """How each actor is treated across articles.

    Each article's mean score for the actor counts once (a long article does not outweigh
    short ones); ``mean`` is the mean of those, ``ci_low``/``ci_high`` a 95% bootstrap interval
    resampling articles; ``mentions`` the scored mentions; the ``top`` actors by articles.
    """
    rng = np.random.default_rng(SEED)
    rows = []
    counts = actor_sentiment["label"].value_counts()
    # only actors in enough articles are grouped (most actors are in one: 3,367 labels, 5,435 rows
    # on the 295 Wikinews articles); same groups, same order, so the same draws as before
    shown = actor_sentiment[actor_sentiment["label"].isin(counts.index[counts >= min_articles])]
    for label, group in shown.groupby("label", sort=True):
        means = group["mean"].to_numpy(dtype=float)
        draws = rng.choice(means, size=(RESAMPLES, len(means)), replace=True).mean(axis=1)
        low, high = np.quantile(draws, [0.025, 0.975])
        mean = float(means.mean())
        rows.append((label, group["type"].value_counts().index[0], len(means), int(group["mentions"].sum()),
                     round(mean, 3), round(float(low), 3), round(float(high), 3), sentiment_label(mean, ENGINE)))
    columns = ["label", "type", "articles", "mentions", "mean", "ci_low", "ci_high", "sentiment"]
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values(["articles", "label"], ascending=[False, True]).head(top)
    return table.sort_values(["mean", "label"], ignore_index=True)


def portrayal_by_outlet(actor_sentiment: pd.DataFrame, actors: list[str]) -> pd.DataFrame:
    """Mean score per article of the given actors, one column per outlet (empty: not covered)."""
    chosen = actor_sentiment[actor_sentiment["label"].isin(actors)]
    table = chosen.pivot_table(index="label", columns="outlet", values="mean", aggfunc="mean").round(3)
    counts = chosen.pivot_table(index="label", columns="outlet", values="id", aggfunc="nunique")
    table.columns.name = counts.columns.name = None
    shown = table.astype(object).where(table.isna(), table.map("{:+.2f}".format) + " (" +
                                       counts.reindex_like(table).fillna(0).astype(int).astype(str) + ")")
    return shown.fillna("").reindex(actors).reset_index()


def coverage_over_time(articles: pd.DataFrame, freq: str = "MS") -> pd.DataFrame:
    """Articles per period (month by default) and outlet; periods without a date left out."""
    dated = articles.assign(day=pd.to_datetime(articles["date"], errors="coerce")).dropna(subset=["day"])
    if dated.empty:
        return pd.DataFrame(columns=["period"])
    table = dated.groupby([pd.Grouper(key="day", freq=freq), "outlet"]).size().unstack(fill_value=0)
    table.columns.name = None
    table.index = table.index.strftime("%Y-%m")
    return table.rename_axis("period").reset_index()


def plot_speaker_types(types: pd.DataFrame, title: str):
    """Share of quotes by speaker type, one bar group per outlet."""
    table = types.pivot_table(index="outlet", columns="speaker_type", values="share", fill_value=0)
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(table) + 1.8))
    left = np.zeros(len(table))
    cmap = plt.get_cmap("tab10")
    for i, kind in enumerate(table.columns):
        ax.barh(table.index, table[kind], left=left, color=cmap(i % 10), label=kind)
        left += table[kind].to_numpy()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of quotes")
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


def plot_top_speakers(speakers: pd.DataFrame, title: str):
    """Articles quoting each of the top speakers (bars), coloured by speaker type."""
    shown = speakers.iloc[::-1]
    palette = {"person": "#1f77b4", "organisation": "#ff7f0e", "anonymous": "#999999"}
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(shown) + 1.4))
    ax.barh(shown["speaker"], shown["articles"], color=[palette.get(t, "#cccccc") for t in shown["speaker_type"]])
    for y, (n, q) in enumerate(zip(shown["articles"], shown["quotes"])):
        ax.text(n, y, f" {n} articles, {q} quotes", va="center", fontsize=8)
    ax.set_xlabel("articles quoting the speaker")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.margins(x=0.3)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def plot_sources_by_type(table: pd.DataFrame, title: str):
    """Citations by source type, one bar per outlet, as shares of the outlet's citations."""
    shares = table.set_index("type")
    shares = shares / shares.sum()
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(shares.columns) + 1.8))
    left = np.zeros(len(shares.columns))
    cmap = plt.get_cmap("tab10")
    for i, kind in enumerate(shares.index):
        values = shares.loc[kind].to_numpy(dtype=float)
        ax.barh(list(shares.columns), values, left=left, color=cmap(i % 10), label=kind)
        left += values
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the outlet's citations (credits apart)")
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig


def plot_coverage(coverage: pd.DataFrame, title: str):
    """Articles per period, one line per outlet."""
    table = coverage.set_index("period")
    fig, ax = plt.subplots(figsize=(8, 3.2))
    for outlet in table.columns:
        ax.plot(table.index, table[outlet], marker="o", label=outlet)
    ax.set_ylabel("articles")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(bottom=0)
    step = max(1, len(table) // 12)
    ax.set_xticks(range(0, len(table), step), table.index[::step], rotation=45, ha="right", fontsize=8)
    ax.set_title(title)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig
