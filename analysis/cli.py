"""The command line: ``python -m analysis report``, ``actors``, ``evaluate``, ``fit-sentiment``.

A user's mistake (bad path, unreadable article, bad parameter) ends with one ``error:`` line
and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from .errors import AnalysisError, ParameterError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="Analyse a news article.")
    sub = p.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook on an article and write HTML")
    rep.add_argument("--article", required=True, help="article file (.txt, .md, .html)")
    rep.add_argument("--actors", help="actor codebook (YAML); default: the article's metadata, else discovery")
    rep.add_argument("--out", default="reports", help="output folder (default: reports/)")
    rep.add_argument("--with-code", action="store_true",
                     help="show the code in the pages (the analyst's version; default: hidden, for readers)")
    act = sub.add_parser("actors", help="write the actors discovered in an article as a codebook (YAML) to edit")
    act.add_argument("--article", required=True, help="article file (.txt, .md, .html)")
    act.add_argument("--min-mentions", type=int, default=1, help="leave out actors mentioned fewer times")
    sub.add_parser("notebooks", help="re-execute notebooks/ in place to refresh their outputs")
    ev = sub.add_parser("evaluate", help="score an analysis against gold annotations")
    ev.add_argument("task", choices=["segments", "quotes", "sources", "sentiment", "actors"], help="what to score")
    ev.add_argument("--gold", nargs="*", help="gold files (default: all in data/gold/<task>/)")
    ev.add_argument("--pages", help="segments only: score scraped pages in this folder (e.g. ../shared/scraped-pages)")
    ev.add_argument("--polnear", help="quotes, sources: score on a PolNeAR .jsonl (e.g. ../shared/polnear/dev.jsonl)")
    ev.add_argument("--held-out", action="store_true", help="quotes, sources: score the held-out scraped pages")
    ev.add_argument("--house-style", help="quotes with --polnear: quote-mark house style setting to read with "
                    "(auto, double, single, archive; default: data/quote_marks.yml's)")
    ev.add_argument("--against", help="quotes, sources: score a second annotator's files in this folder "
                    "against the --gold files (agreement), instead of the package")
    ev.add_argument("--newsmtsc", help="NewsMTSC .jsonl to score sentiment on (default: ../shared/newsmtsc/dev.jsonl)")
    fit = sub.add_parser("fit-sentiment", help="fit the sentiment model on NewsMTSC train, write its weights")
    fit.add_argument("--train", help="NewsMTSC train .jsonl (default: ../shared/newsmtsc/train.jsonl); settings are "
                     "chosen by grouped 5-fold cross-validation on it")
    fit.add_argument("--out", help="where to write the weights (default: data/models/newsmtsc-lr.json)")
    seg = sub.add_parser("fit-segments", help="fit the block classifier on labelled scraped pages and segment gold")
    seg.add_argument("--pages", default="../shared/scraped-pages", help="labelled scraped pages (default: %(default)s)")
    seg.add_argument("--out", help="where to write the weights (default: data/models/segments-lr.json)")
    seg.add_argument("--force", action="store_true", help="write the weights even if they do not beat the rules")
    _add_corpus(sub)
    return p


def _add_corpus(sub) -> None:
    from .corpus.cli import add_parser

    add_parser(sub)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.command == "report":
            from .report.runner import main_report

            return main_report(args.article, args.out, args.actors, with_code=args.with_code)
        if args.command == "actors":
            return _actors(args.article, args.min_mentions)
        if args.command == "corpus":
            from .corpus.cli import main_corpus

            return main_corpus(args)
        if args.command == "notebooks":
            from .report.runner import refresh_notebooks

            refresh_notebooks()
            return 0
        if args.command == "fit-sentiment":
            from .evaluation.sentiment import fit_sentiment_cv

            chosen = fit_sentiment_cv(args.train, args.out, log=lambda e: print(f"cv: {e}", file=sys.stderr))
            print(f"chosen on train by cross-validation: {chosen}")
            return 0
        if args.command == "fit-segments":
            from .evaluation.segments_pages import fit_segment_model

            print(fit_segment_model(args.pages, args.out, args.force))
            return 0
        if args.task == "sentiment":
            return _evaluate_sentiment(args.newsmtsc)
        if args.task == "actors":
            from .evaluation.actors import print_actor_report

            return print_actor_report(args.gold)
        if args.task == "segments" and args.pages:
            from .evaluation.segments_pages import print_page_reports

            return print_page_reports(args.pages)
        if args.task == "sources" and args.polnear:
            from .evaluation.polnear_sources import print_polnear_sources

            return print_polnear_sources(args.polnear)
        if args.task == "quotes" and args.polnear:
            from .evaluation.polnear import print_polnear

            return print_polnear(args.polnear, style=args.house_style)
        return _evaluate(args.task, args.gold, args.held_out, args.against)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the library did not expect to fail: still one line naming it
        print(f"error: {_os_error(exc)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def _os_error(exc: OSError) -> str:
    """An OSError as one line naming the path: "reports/x: No space left on device"."""
    paths = [str(p) for p in (exc.filename, exc.filename2) if p is not None]
    reason = exc.strerror or type(exc).__name__
    return f"{' -> '.join(paths)}: {reason}" if paths else " ".join(f"{reason} {exc}".split())[:300]


def _evaluate(task: str, gold: list[str] | None, held_out: bool = False, against: str | None = None) -> int:
    from pathlib import Path

    import pandas as pd

    from .evaluation import scoring as evaluate

    paths = [Path(g) for g in gold] if gold else None
    if paths and task in ("quotes", "sources") and not held_out:
        blind = [evaluate.blind_format(p) for p in paths]
        if any(blind) and not all(blind):
            raise ParameterError("--gold mixes blind-test files (annotated_before_running_code) with project gold")
        held_out = all(blind)  # blind-test files are scored as held-out pages are (--held-out implied)
    reports = {"segments": evaluate.segment_report, "quotes": evaluate.quote_report, "sources": evaluate.source_report}
    if held_out:
        from .evaluation import pages

        reports.update(quotes=pages.page_quote_report, sources=pages.page_source_report)
    if against and task in ("quotes", "sources"):
        from .evaluation import agreement

        if not paths:
            raise ParameterError("--against needs the first annotator's files as --gold")
        reports.update(quotes=lambda p: agreement.quote_agreement(p, against),
                       sources=lambda p: agreement.source_agreement(p, against))
    table = reports[task](paths)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(table.drop(columns="errors").round(3).to_string(index=False))
        for row in table.itertuples():
            for err in row.errors:
                print(f"  {row.article}: {err}")
    scores = [c for c in table.columns if c.endswith(("accuracy", "precision", "recall", "within_one", "error"))]
    files = table[~table["article"].astype(str).str.startswith("(")]  # not the pooled row
    means = ", ".join(f"{c} {files[c].mean():.3f}" for c in scores)
    print(f"mean over {len(files)} articles: {means}")
    return 0


def _actors(article_path: str, min_mentions: int) -> int:
    """Print the article's discovered actors as an editable codebook (most mentioned first)."""
    from .actors.discovery import codebook_yaml, discover, discovered_codebook
    from .reading.loading import load_article

    article = load_article(article_path)
    table = discover(article, min_mentions=min_mentions)
    codebook = discovered_codebook(article)
    keep = set(table["id"]) | {codebook.actors[i].parent for i in table["id"] if codebook.actors[i].parent}
    codebook.actors = {k: v for k, v in codebook.actors.items() if k in keep}
    print(codebook_yaml(codebook, dict(zip(table["id"], table["mentions"]))), end="")
    return 0


def _evaluate_sentiment(path: str | None) -> int:
    """NewsMTSC dev scores, or a plain skip when the data is not there (it is not shipped)."""
    from pathlib import Path

    from .evaluation.sentiment import SOURCE, newsmtsc_dir, newsmtsc_report

    dev = Path(path) if path else newsmtsc_dir() / "dev.jsonl"
    if not dev.is_file():
        print(f"skipped: NewsMTSC dev not found at {dev}. It comes from {SOURCE}; "
              "put dev.jsonl there or pass --newsmtsc FILE.")
        return 0
    print(f"NewsMTSC dev: {dev}")
    print(newsmtsc_report(dev).to_string(index=False))
    return 0
