"""The corpus page's cheaper steps (round 10, issue 15s) give what the plain versions gave."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd

from analysis.corpus import overview
from analysis.sentiment import label as sentiment_label


def _quotes() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    speakers = [f"Speaker {k}" for k in range(40)] + [None]
    rows = [(f"a{rng.integers(30)}", str(rng.choice(["body", "headline"], p=[0.9, 0.1])),
             speakers[rng.integers(len(speakers))], str(rng.choice(["person", "organisation", "anonymous"])),
             f"q{k}", str(rng.choice(["x.org", "y.com"]))) for k in range(600)]
    return pd.DataFrame(rows, columns=["id", "kind", "speaker", "speaker_type", "quote", "outlet"])


def test_top_speakers_equals_typing_every_speaker():
    quotes = _quotes()
    body = quotes[(quotes["kind"] != "headline") & quotes["speaker"].notna()]
    for top in (1, 5, 15, 100):
        plain = body.groupby("speaker").agg(speaker_type=("speaker_type", lambda t: t.value_counts().index[0]),
                                            quotes=("quote", "size"), articles=("id", "nunique"),
                                            outlets=("outlet", "nunique")).reset_index()
        plain = plain.sort_values(["articles", "quotes", "speaker"], ascending=[False, False, True],
                                  ignore_index=True).head(top)
        pd.testing.assert_frame_equal(overview.top_speakers(quotes, top=top), plain, check_exact=True)


def test_actor_portrayal_equals_grouping_every_actor():
    rng = np.random.default_rng(2)
    labels = [f"Actor {k}" for k in rng.integers(0, 60, size=400)]
    table = pd.DataFrame({"id": [f"a{k}" for k in rng.integers(0, 50, size=400)], "label": labels,
                          "type": rng.choice(["person", "organisation"], size=400),
                          "mentions": rng.integers(1, 5, size=400), "mean": rng.normal(0, 0.3, size=400).round(3)})
    for min_articles in (1, 3, 8):
        draws = np.random.default_rng(overview.SEED)
        rows = []
        for label, group in table.groupby("label", sort=True):  # the plain version: every actor grouped
            means = group["mean"].to_numpy(dtype=float)
            if len(means) < min_articles:
                continue
            low, high = np.quantile(draws.choice(means, size=(overview.RESAMPLES, len(means))).mean(axis=1),
                                    [0.025, 0.975])
            rows.append((label, group["type"].value_counts().index[0], len(means), int(group["mentions"].sum()),
                         round(float(means.mean()), 3), round(float(low), 3), round(float(high), 3),
                         sentiment_label(float(means.mean()), overview.ENGINE)))
        plain = pd.DataFrame(rows, columns=["label", "type", "articles", "mentions", "mean", "ci_low", "ci_high",
                                            "sentiment"])
        plain = plain.sort_values(["articles", "label"], ascending=[False, True]).head(20)
        plain = plain.sort_values(["mean", "label"], ignore_index=True)
        got = overview.actor_portrayal(table, min_articles=min_articles)
        pd.testing.assert_frame_equal(got, plain, check_exact=True)


def test_the_notebook_imports_no_analysis_and_no_iri_grammar():
    code = ("import sys\nfrom analysis.corpus import overview\n"
            "from analysis.report.runner import skip_iri_format_check\n"
            "skip_iri_format_check()\nimport nbformat\n"
            "print(sorted(m for m in ('analysis.analysed', 'analysis.quotes', 'analysis.sources',"
            " 'analysis.corpus.run', 'rfc3987_syntax') if sys.modules.get(m) is not None))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    from analysis.corpus import TABLES, run_corpus  # the package's names still there, imported on first use

    assert callable(run_corpus) and TABLES[0] == "segments"
