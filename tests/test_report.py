"""The report command: one-line errors for bad input, HTML pages, failures that don't stop it."""

import subprocess
import sys

import nbformat
import pytest
from conftest import REPO
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.report.runner import build_report, notebook_paths

ARTICLE = (
    "Council approves bridge\n\n"
    "The town council voted on Monday to build a new bridge, the mayor said. "
    "\"This bridge will serve the town for a century,\" he said.\n\n"
    "Crowds outside the town hall\n\nPhoto: Jane Roe / AFP\n\n"
    "Critics said the project would cost too much, according to the local newspaper.\n"
)


def run_report(*args, cwd=REPO):
    return subprocess.run(
        [sys.executable, "-m", "analysis", "report", *args],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


@pytest.mark.parametrize(
    "name, data",
    [("missing.txt", None), ("empty.txt", b""), ("blank.txt", b" \n \n"),
     ("binary.txt", bytes(range(256))), ("folder", "dir")],
)
def test_bad_article_exits_nonzero_with_a_short_message(tmp_path, name, data):
    path = tmp_path / name
    if data == "dir":
        path.mkdir()
    elif data is not None:
        path.write_bytes(data)
    result = run_report("--article", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode != 0
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert 1 <= len(lines) <= 3, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[-1].startswith("error: ")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    article = folder / "Bridge Vote.txt"
    article.write_text(ARTICLE.replace("town council", "town coun\u00adcil"), encoding="cp1252", errors="ignore")
    result = run_report("--article", str(article), "--out", str(folder / "out"))
    return result, folder / "out" / "bridge-vote"


def test_report_writes_index_and_one_html_page_per_notebook_with_a_plot(report):
    result, out = report
    assert result.returncode == 0, result.stderr
    index = (out / "index.html").read_text()
    for nb in notebook_paths():
        page = out / nb.with_suffix(".html").name
        assert page.name in index
        if nb.stem != "05_annotated_article":  # the annotated article is text, not a figure
            assert "data:image/png;base64" in page.read_text()
        assert (out / nb.name).exists()


def test_failing_notebook_is_one_line_and_others_still_run(tmp_path):
    bad = new_notebook(cells=[new_markdown_cell("# Bad\n\nFails on purpose."), new_code_cell("1/0")])
    bad.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(bad, tmp_path / "00_bad.ipynb")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    logged = []
    results = build_report(article, tmp_path / "out", notebooks=[tmp_path / "00_bad.ipynb", *notebook_paths()[:1]],
                           log=lambda *a, **k: logged.append(a))
    assert results[0].error.startswith("00_bad.ipynb cell 1: ZeroDivisionError")
    assert "\n" not in results[0].error
    assert results[1].error is None and results[1].html
    assert "failed" in (tmp_path / "out" / "a" / "index.html").read_text()
