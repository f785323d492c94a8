"""The figures of the report: one function per figure, each taking a table and returning a Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

#: Bars shown in the speaker and source charts; the tables beside them list every row. About a
#: dozen labelled bars fit a notebook-width figure; the 13 Wikinews and seed articles in data/
#: have 2-13 speakers and 5-18 sources (counted with ``Analysis``), so most charts show them all.
TOP_SPEAKERS = 12
TOP_SOURCES = 15
#: Height per bar and for title and axis (inches): 8-point labels stay apart, as in matplotlib's
#: own barh examples; a chart grows with its rows instead of squeezing them.
BAR_INCHES = 0.4
FRAME_INCHES = 1.2

def plain(text) -> str:
    """Text shown as written: every ``$`` escaped, so matplotlib never reads article or codebook
    text ("$5 million and $10 million") as mathtext, which garbles it or fails on it."""
    return str(text).replace("$", r"\$")


def _plain_all(values) -> list[str]:
    return [plain(v) for v in values]


def plot_speakers(speakers: pd.DataFrame, title: str, top: int = TOP_SPEAKERS):
    """Horizontal bars of words quoted per speaker, coloured by speaker type."""
    shown = speakers.head(top).iloc[::-1]
    palette = {"person": "#1f77b4", "organisation": "#ff7f0e", "anonymous": "#999999", "unknown": "#cccccc"}
    fig, ax = plt.subplots(figsize=(7, BAR_INCHES * len(shown) + FRAME_INCHES))
    ax.barh(_plain_all(shown["speaker"]), shown["words_quoted"],
            color=[palette.get(t, "#cccccc") for t in shown["speaker_type"]])
    for y, (w, n) in enumerate(zip(shown["words_quoted"], shown["quotes"])):
        ax.text(w, y, f" {w} words, {n} quotes", va="center", fontsize=8)
    ax.set_xlabel("words quoted")
    ax.set_title(plain(title))
    ax.margins(x=0.35)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in palette.values()]
    ax.legend(handles, _plain_all(palette), fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig


def plot_sources(counts: pd.DataFrame, title: str, top: int = TOP_SOURCES):
    """Two panels: mentions per source (coloured by type) and mentions per type."""
    body = counts[~counts["is_credit"]]
    shown = body.head(top).iloc[::-1]
    types = sorted(body["type"].unique())
    cmap = plt.get_cmap("tab10")
    colour = {t: cmap(i % 10) for i, t in enumerate(types)}
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 0.35 * max(len(shown), 4) + 1.5),
                                      gridspec_kw={"width_ratios": [3, 2]})
    left.barh(_plain_all(shown["source"]), shown["mentions"], color=[colour[t] for t in shown["type"]])
    left.set_xlabel("sentences citing the source")
    left.set_title(plain(title))
    by_type = body.groupby("type")["mentions"].sum().sort_values()
    right.barh(_plain_all(by_type.index), by_type.values, color=[colour[t] for t in by_type.index])
    right.set_xlabel("sentences, by type of source")
    for ax in (left, right):
        ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    return fig


def plot_actor_sentiment(actors: pd.DataFrame, title: str):
    """Diverging bars of mean score per actor, most negative at the top, with 95% intervals."""
    shown = actors.iloc[::-1]
    colours = ["#c0392b" if m < 0 else "#2e86c1" if m > 0 else "#999999" for m in shown["mean"]]
    fig, ax = plt.subplots(figsize=(8, 0.38 * len(shown) + 1.4))
    y = np.arange(len(shown))
    ax.barh(y, shown["mean"], color=colours)
    ax.errorbar(shown["mean"], y, xerr=[shown["mean"] - shown["ci_low"], shown["ci_high"] - shown["mean"]],
                fmt="none", ecolor="black", elinewidth=0.8, capsize=2)
    ax.set_yticks(y, [plain(f"{lab} (n={n})") for lab, n in zip(shown["label"], shown["mentions"])], fontsize=8)
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_xlim(-1, 1)
    ax.set_xlabel("mean sentiment toward the actor (-1 negative … +1 positive), 95% bootstrap interval")
    ax.set_title(plain(title))
    fig.tight_layout()
    return fig


def plot_kind_words(kinds: pd.DataFrame, title: str):
    """Horizontal bars of words per segment kind, body kinds in one colour, noise in another."""
    fig, ax = plt.subplots(figsize=(7, 3.2))
    colours = ["#1f77b4" if p == "body" else "#bbbbbb" for p in kinds["part"]]
    ax.barh(_plain_all(kinds["kind"]), kinds["words"], color=colours)
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title(plain(title))
    for y, (words, n) in enumerate(zip(kinds["words"], kinds["segments"])):
        ax.text(words, y, f" {words} ({n} seg.)", va="center", fontsize=8)
    ax.margins(x=0.25)
    fig.tight_layout()
    return fig


def plot_paragraph_map(para: pd.DataFrame, counts: pd.DataFrame | None = None, title: str = ""):
    """Which paragraphs rest on which source: one column per body paragraph, one row per source,
    a dot sized by the sentences citing it; paragraphs citing nothing (the author's own account)
    shaded. ``para`` is ``sources.paragraph_map``; ``counts`` (``count_sources``) colours by type."""
    sources = [s for s in para.columns if para[s].sum() > 0]
    order = sorted(sources, key=lambda s: (int(np.argmax(para[s].to_numpy() > 0)), s))  # first cited first
    types = dict(zip(counts["source"], counts["type"])) if counts is not None and len(counts) else {}
    kinds = sorted({types.get(s, "other") for s in order})
    cmap = plt.get_cmap("tab10")
    colour = {t: cmap(i % 10) for i, t in enumerate(kinds)}
    columns = list(para.index)
    fig, ax = plt.subplots(figsize=(min(max(0.32 * len(columns) + 3.5, 6), 11), 0.3 * max(len(order), 3) + 1.6))
    for x, paragraph in enumerate(columns):
        if not para.loc[paragraph].sum():
            ax.axvspan(x - 0.5, x + 0.5, color="#eeeeee", zorder=0)
    for y, source in enumerate(order):
        xs = [x for x, p in enumerate(columns) if para.at[p, source] > 0]
        sizes = [45 * para.at[columns[x], source] for x in xs]
        ax.scatter(xs, [y] * len(xs), s=sizes, color=colour[types.get(source, "other")], zorder=2)
    ax.set_yticks(range(len(order)), _plain_all(order), fontsize=8)
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xticks(range(len(columns)), [str(c) for c in columns], fontsize=7)
    ax.set_xlim(-0.5, len(columns) - 0.5)
    ax.set_xlabel("body paragraph (segment index); grey: no source cited")
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6, zorder=1)
    if title:
        ax.set_title(plain(title))
    if len(kinds) > 1 or types:
        handles = [plt.Line2D([], [], marker="o", linestyle="", color=colour[k]) for k in kinds]
        ax.legend(handles, _plain_all(k.replace("_", " ") for k in kinds), fontsize=7, loc="upper left",
                  bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return fig
