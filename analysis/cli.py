"""The command line: ``python -m analysis report`` and ``python -m analysis evaluate``.

A user's mistake (bad path, unreadable article, bad parameter) ends with one ``error:`` line
and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from .errors import AnalysisError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="Analyse a news article.")
    sub = p.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook on an article and write HTML")
    rep.add_argument("--article", required=True, help="article file (.txt, .md, .html)")
    rep.add_argument("--actors", help="actor codebook (YAML); default: the article's metadata, else discovery")
    rep.add_argument("--out", default="reports", help="output folder (default: reports/)")
    sub.add_parser("notebooks", help="re-execute notebooks/ in place to refresh their outputs")
    ev = sub.add_parser("evaluate", help="score an analysis against gold annotations")
    ev.add_argument("task", choices=["segments", "quotes", "sources", "sentiment"], help="what to score")
    ev.add_argument("--gold", nargs="*", help="gold files (default: all in data/gold/<task>/)")
    ev.add_argument("--pages", help="segments only: score scraped pages in this folder (e.g. ../shared/scraped-pages)")
    ev.add_argument("--polnear", help="quotes: score on a PolNeAR .jsonl instead (e.g. ../shared/polnear/dev.jsonl)")
    ev.add_argument("--held-out", action="store_true", help="quotes, sources: score the held-out scraped pages")
    ev.add_argument("--newsmtsc", help="NewsMTSC .jsonl to score sentiment on (default: ../shared/newsmtsc/dev.jsonl)")
    fit = sub.add_parser("fit-sentiment", help="fit the sentiment model on NewsMTSC train, write its weights")
    fit.add_argument("--train", help="NewsMTSC train .jsonl (default: ../shared/newsmtsc/train.jsonl)")
    fit.add_argument("--out", help="where to write the weights (default: data/models/newsmtsc-lr.json)")
    seg = sub.add_parser("fit-segments", help="fit the block classifier on labelled scraped pages and segment gold")
    seg.add_argument("--pages", default="../shared/scraped-pages", help="labelled scraped pages (default: %(default)s)")
    seg.add_argument("--out", help="where to write the weights (default: data/models/segments-lr.json)")
    seg.add_argument("--force", action="store_true", help="write the weights even if they do not beat the rules")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "report":
            from .report.runner import main_report

            return main_report(args.article, args.out, args.actors)
        if args.command == "notebooks":
            from .report.runner import refresh_notebooks

            refresh_notebooks()
            return 0
        if args.command == "fit-sentiment":
            from .evaluation.scoring import fit_sentiment

            print(f"lexicon thresholds fitted on train: {fit_sentiment(args.train, args.out)}")
            return 0
        if args.command == "fit-segments":
            from .evaluation.segments_pages import fit_segment_model

            print(fit_segment_model(args.pages, args.out, args.force))
            return 0
        if args.task == "sentiment":
            from .evaluation.scoring import sentiment_report

            print(sentiment_report(args.newsmtsc).to_string(index=False))
            return 0
        if args.task == "segments" and args.pages:
            from .evaluation.segments_pages import print_page_reports

            return print_page_reports(args.pages)
        if args.task == "quotes" and args.polnear:
            from .evaluation.polnear import print_polnear

            return print_polnear(args.polnear)
        return _evaluate(args.task, args.gold, args.held_out)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def _evaluate(task: str, gold: list[str] | None, held_out: bool = False) -> int:
    from pathlib import Path

    import pandas as pd

    from .evaluation import scoring as evaluate

    paths = [Path(g) for g in gold] if gold else None
    reports = {"segments": evaluate.segment_report, "quotes": evaluate.quote_report, "sources": evaluate.source_report}
    if held_out:
        from .evaluation import pages

        reports.update(quotes=pages.page_quote_report, sources=pages.page_source_report)
    table = reports[task](paths)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(table.drop(columns="errors").round(3).to_string(index=False))
        for row in table.itertuples():
            for err in row.errors:
                print(f"  {row.article}: {err}")
    scores = [c for c in table.columns if c.endswith(("accuracy", "precision", "recall", "within_one", "error"))]
    means = ", ".join(f"{c} {table[c].mean():.3f}" for c in scores)
    print(f"mean over {len(table)} articles: {means}")
    return 0
