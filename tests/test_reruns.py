"""Same input, same output: two report runs give identical notebooks (papermill timing aside)."""

import json
import shutil

from conftest import SEED

from analysis.report import build_report


def strip_timing(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["metadata"].pop("papermill", None)
    for cell in nb["cells"]:
        cell["metadata"].pop("papermill", None)
        cell["metadata"].pop("execution", None)
    return nb


def test_two_runs_are_identical(tmp_path):
    quiet = lambda *a, **k: None  # noqa: E731
    build_report(SEED, tmp_path / "out", log=quiet)
    first = shutil.copytree(tmp_path / "out" / SEED.stem, tmp_path / "first")
    build_report(SEED, tmp_path / "out", log=quiet)
    second = tmp_path / "out" / SEED.stem
    notebooks = sorted(p.name for p in first.glob("*.ipynb"))
    assert len(notebooks) >= 4
    for name in notebooks:
        assert strip_timing(first / name) == strip_timing(second / name), name
    for name in sorted(p.name for p in first.glob("*.csv")):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    for name in sorted(p.name for p in first.glob("*.html")):
        assert (first / name).read_text() == (second / name).read_text(), name
