"""The figures of the report: one function per figure, each taking a table and returning a Figure."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def plain(text) -> str:
    """Text shown as written: every ``$`` escaped, so matplotlib never reads article or codebook
    text ("$5 million and $10 million") as mathtext, which garbles it or fails on it."""
    return str(text).replace("$", r"\$")


def _plain_all(values) -> list[str]:
    return [plain(v) for v in values]


def plot_speakers(speakers: pd.DataFrame, title: str, top: int = 12):
    """Horizontal bars of words quoted per speaker, coloured by speaker type."""
    shown = speakers.head(top).iloc[::-1]
    palette = {"person": "#1f77b4", "organisation": "#ff7f0e", "anonymous": "#999999", "unknown": "#cccccc"}
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(shown) + 1.2))
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


def plot_sources(counts: pd.DataFrame, title: str, top: int = 15):
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
