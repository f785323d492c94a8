"""``python -m analysis corpus INPUT... --out DIR``: the corpus subcommand's options and entry."""

from __future__ import annotations

import argparse
import sys

from .run import TIME_LIMIT, run_corpus


def add_parser(sub) -> argparse.ArgumentParser:
    cor = sub.add_parser("corpus", help="analyse many articles into Parquet tables and a corpus page")
    cor.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="article files (.txt, .md, .html), folders, globs, or tables (.csv, .jsonl, .parquet) "
                          "with a 'text' column and optional id, title, date, url, outlet (or publisher)")
    cor.add_argument("--out", required=True, help="folder for the tables, errors.csv and index.html")
    cor.add_argument("--actors", help="actor codebook (YAML); default: each article's actors are discovered")
    cor.add_argument("--workers", type=int, help="local worker processes (default: one per core)")
    cor.add_argument("--scheduler", help="run on a Dask cluster: its scheduler address, tcp://HOST:PORT")
    cor.add_argument("--time-limit", type=float, default=TIME_LIMIT,
                     help=f"seconds one article may take before it is stopped and listed (default {TIME_LIMIT:g};"
                          " 0: no limit)")
    cor.add_argument("--no-report", action="store_true", help="write the tables only, not index.html")
    return cor


def main_corpus(args: argparse.Namespace) -> int:
    run = run_corpus(args.inputs, args.out, actors=args.actors, workers=args.workers, scheduler=args.scheduler,
                     time_limit=args.time_limit, report=not args.no_report)
    print(run.summary(), file=sys.stderr)
    if run.report:
        print(f"corpus page: {run.report}", file=sys.stderr)
    return 0
