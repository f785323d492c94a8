"""Data files and notebooks are found through the installed packages, and all of them install."""

import fnmatch
import tomllib
from pathlib import Path

import analysis.data
import analysis.notebooks

from analysis.lexicon.resources import DATA_DIR, data_path, rules
from analysis.report.runner import NOTEBOOKS, notebook_paths

REPO = Path(__file__).resolve().parent.parent
SETUPTOOLS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_data_and_notebooks_come_from_their_packages():
    assert DATA_DIR == Path(analysis.data.__file__).resolve().parent
    assert NOTEBOOKS == Path(analysis.notebooks.__file__).resolve().parent
    assert data_path("quotes.yml").is_file() and "person_titles" in rules("quotes")
    assert [p.name[:2] for p in notebook_paths()] == sorted(p.name[:2] for p in notebook_paths())
    assert "template.ipynb" not in {p.name for p in notebook_paths()}, "the report skips the template"


def test_every_data_folder_is_a_listed_package():
    """A folder Python could import but not listed prints setuptools' "would be ignored" box."""
    for folder in [REPO / "data", *sorted(p for p in (REPO / "data").rglob("*") if p.is_dir())]:
        parts = folder.relative_to(REPO / "data").parts
        if all(part.isidentifier() for part in parts) and "__pycache__" not in parts:
            assert ".".join(("analysis.data", *parts)) in SETUPTOOLS["packages"], folder


def test_every_data_file_and_notebook_is_package_data():
    for package, folder in (("analysis.data", REPO / "data"), ("analysis.notebooks", REPO / "notebooks")):
        patterns = SETUPTOOLS["package-data"][package]
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix != ".py" and "__pycache__" not in path.parts:
                relative = path.relative_to(folder).as_posix()
                top = "/" not in relative
                assert any(fnmatch.fnmatch(relative, p) and (top or p.startswith("**/")) for p in patterns), relative


def _booleans_in_lists(value, path: str) -> list[str]:
    """Paths of list items YAML read as true/false (a bare on, off, yes or no in a word list)."""
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _booleans_in_lists(item, f"{path}.{key}")]
    if isinstance(value, list):
        found = [path for item in value if isinstance(item, bool)]
        return found + [p for item in value for p in _booleans_in_lists(item, path)]
    return []


def test_word_lists_hold_words_not_booleans():
    """YAML reads a bare `on` as true: round 9's fragment rule lost "on" that way until it was quoted."""
    found = [p for f in sorted(DATA_DIR.glob("*.yml")) for p in _booleans_in_lists(rules(f.stem), f.name)]
    assert not found, found
