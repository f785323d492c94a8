"""Corpus mode: inputs, a broken and an overlong article among good ones, reruns, a Dask cluster."""

import csv
import json

import pandas as pd
import pytest
from conftest import REPO

from analysis.cli import main
from analysis.corpus import expand_inputs, run_corpus
from analysis.corpus.overview import (
    load_corpus,
    portrayal_by_outlet,
    sources_by_type,
    sources_per_article,
    speaker_types,
)

SAMPLE = REPO / "data" / "corpus-sample" / "wikinews-sample.csv"
TABLES = ["articles", "segments", "quotes", "sources", "mentions", "actor_sentiment"]


def sample_rows(n: int) -> list[dict]:
    with open(SAMPLE, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))[:n]


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory):
    """Three short real articles as files, one binary file, one CSV with a row without text."""
    folder = tmp_path_factory.mktemp("corpus")
    for i, row in enumerate(sample_rows(3)):
        (folder / f"article-{i}.txt").write_text(row["title"] + "\n\n" + row["text"][:2500], encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    with open(folder / "more.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "date", "publisher", "text"])
        writer.writerow(["no-text", "Empty", "2020-01-02", "Daily Example", ""])
    return folder


@pytest.fixture(scope="module")
def local_run(small_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "local"
    run = run_corpus([str(small_corpus)], out, workers=1, report=False, progress=False, log=lambda m: None)
    return run, out


def read_tables(out) -> dict[str, pd.DataFrame]:
    tables = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}
    tables["errors"] = pd.read_csv(out / "errors.csv")
    return tables


def test_inputs_from_tables_and_files_get_unique_sorted_ids(tmp_path):
    rows = sample_rows(2)
    pd.DataFrame({"text": [r["text"] for r in rows], "publisher": ["A", "B"], "date": ["2020-01-02", "3 Feb 2020"]}
                 ).to_parquet(tmp_path / "t.parquet")
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps({"id": "x", "text": r["text"], "url": r["url"]})
                                                 for r in rows), encoding="utf-8")
    (tmp_path / "a.md").write_text(rows[0]["text"], encoding="utf-8")
    items, errors = expand_inputs([str(tmp_path / "*.parquet"), str(tmp_path / "t.jsonl"), str(tmp_path / "a.md")])
    assert [i.id for i in items] == ["a", "t-0001", "t-0002", "x", "x~2"]
    by_id = {i.id: i for i in items}
    assert by_id["t-0001"].outlet == "A" and by_id["t-0002"].date == "2020-02-03"
    assert by_id["x"].outlet == "en.wikinews.org"  # from the URL when no outlet is given
    assert by_id["a"].data is not None and not errors


def test_missing_input_is_one_error_line(tmp_path, capsys):
    assert main(["corpus", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "o")]) == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_broken_article_is_listed_and_the_others_complete(local_run):
    run, out = local_run
    tables = read_tables(out)
    errors = tables["errors"].set_index("id")
    assert set(errors.index) == {"broken", "no-text"}
    assert "binary" in errors.loc["broken", "reason"] and errors.loc["no-text", "status"] == "unreadable"
    articles = tables["articles"].set_index("id")
    assert list(articles.index) == sorted(articles.index)  # one row per article, ordered by id
    good = [f"article-{i}" for i in range(3)]
    assert (articles.loc[good, "status"] == "ok").all() and articles.loc["broken", "status"] == "unreadable"
    for name in ("segments", "quotes", "sources", "mentions", "actor_sentiment"):
        assert set(tables[name]["id"]) == set(good), name  # every good article has rows in every table
    assert (articles.loc[good, "quotes"] > 0).all()
    assert run.ok == 3 and run.errors == 2


def test_rerun_after_an_interruption_gives_identical_files(small_corpus, local_run, tmp_path):
    _, first = local_run
    out = tmp_path / "again"
    (out / ".parts").mkdir(parents=True)
    (out / ".parts" / "half-written.tmp").write_bytes(b"junk")  # what a killed run leaves
    (out / ".articles.parquet.tmp").write_bytes(b"junk")
    run_corpus([str(small_corpus)], out, workers=1, report=False, progress=False, log=lambda m: None)
    for name in [f"{t}.parquet" for t in TABLES] + ["errors.csv"]:
        assert (out / name).read_bytes() == (first / name).read_bytes(), name
    assert sorted(p.name for p in out.iterdir()) == sorted(["errors.csv", *(f"{t}.parquet" for t in TABLES)])


def test_an_article_over_the_time_limit_is_stopped_and_listed(small_corpus, tmp_path):
    row = sample_rows(1)[0]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "short.txt").write_text(row["text"][:1500], encoding="utf-8")
    (folder / "huge.txt").write_text("\n\n".join([row["text"]] * 250), encoding="utf-8")  # about 1 MB
    out = tmp_path / "out"
    run_corpus([str(folder)], out, workers=1, time_limit=2.0, report=False, progress=False, log=lambda m: None)
    tables = read_tables(out)
    assert tables["errors"]["id"].tolist() == ["huge"]
    assert tables["errors"]["status"].tolist() == ["timeout"]
    assert tables["articles"].set_index("id").loc["short", "status"] == "ok"


def test_a_local_dask_cluster_gives_the_same_tables(small_corpus, local_run, tmp_path):
    from distributed import LocalCluster

    _, first = local_run
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0") as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        run_corpus([str(small_corpus)], tmp_path / "dask", scheduler=cluster.scheduler_address, report=False,
                   progress=False, log=lambda m: None)
    local, remote = read_tables(first), read_tables(tmp_path / "dask")
    for name in local:
        pd.testing.assert_frame_equal(local[name], remote[name], obj=name)


def test_outlets_are_compared_side_by_side(tmp_path):
    tables = load_corpus(REPO / "data" / "corpus-sample" / "tables")
    ids = sorted(tables["articles"]["id"])
    outlet = {i: ("Outlet A" if k % 2 else "Outlet B") for k, i in enumerate(ids)}
    for name in ("quotes", "sources", "actor_sentiment"):
        tables[name]["outlet"] = tables[name]["id"].map(outlet)
    assert list(sources_by_type(tables["sources"]).columns) == ["type", "Outlet A", "Outlet B"]
    types = speaker_types(tables["quotes"])
    assert set(types["outlet"]) == {"Outlet A", "Outlet B"}
    assert types.groupby("outlet")["share"].sum().round(2).eq(1.0).all()
    side = portrayal_by_outlet(tables["actor_sentiment"], ["Donald Trump"])
    assert list(side.columns) == ["label", "Outlet A", "Outlet B"]


def test_an_interview_counts_as_one_source_per_article():
    """Sources per article count each source once per article, however many sentences cite it."""
    articles = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "status": ["ok", "ok", "ok"]})
    rows = [("a", "Ann Lee", "person", False)] * 50 + [("a", "Reuters", "news_agency", False),
                                                       ("a", "AP Photo", "photo_agency", True),
                                                       ("b", "Bo Chen", "person", False),
                                                       ("c", "Ann Lee", "person", False)]
    sources = pd.DataFrame(rows, columns=["id", "source", "type", "is_credit"])
    sources["outlet"] = sources["id"].map({"a": "X", "b": "X", "c": "Y"})
    table = sources_per_article(sources, articles).set_index(["outlet", "type"])
    assert table.loc[("X", "person"), "per_article"] == 1.0  # Ann Lee once in a, Bo Chen once in b
    assert table.loc[("X", "news_agency"), "share_citing"] == 0.5
    assert ("X", "photo_agency") not in table.index  # credits apart
    assert table.loc[("Y", "person"), "articles"] == 1


def test_rules_files_parse_the_same_with_libyaml():
    """Every worker reads the rules files with ``RULES_LOADER`` (libyaml, for start-up speed): the
    same objects as PyYAML's own safe loader gives."""
    import yaml

    from analysis.lexicon.resources import RULES_LOADER, data_path

    files = sorted(data_path().glob("*.yml"))
    assert len(files) >= 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=RULES_LOADER) == yaml.safe_load(text), path.name  # noqa: S506



FORKED_RUN = """
import os, sys
from analysis.corpus import run_corpus, sandbox
forks = []
real_fork = sandbox.Sandbox.fork
def fork(self, siblings):
    real_fork(self, siblings)
    forks.append(self.proc.pid)
sandbox.Sandbox.fork = fork
run_corpus([sys.argv[1]], sys.argv[2], workers=2, report=False, progress=False, log=lambda m: None)
left = []
for pid in forks:
    try:
        os.waitpid(pid, os.WNOHANG)
        left.append(pid)
    except ChildProcessError:  # reaped by the run
        pass
print(len(forks), len(left))
"""


def test_forked_workers_give_the_tables_of_spawned_ones_and_end_with_the_run(small_corpus, local_run, tmp_path):
    """A fresh process (one thread) forks its two workers; the Dask test's threads would stop that here."""
    import subprocess
    import sys

    from analysis.corpus.sandbox import FORK

    _, first = local_run
    done = subprocess.run([sys.executable, "-c", FORKED_RUN, str(small_corpus), str(tmp_path / "forked")],
                          capture_output=True, text=True, check=True, cwd=tmp_path)
    assert done.stdout.split() == (["2", "0"] if FORK else ["0", "0"])  # two forks, none left behind
    local, forked = read_tables(first), read_tables(tmp_path / "forked")
    for name in local:
        pd.testing.assert_frame_equal(local[name], forked[name], obj=name)
