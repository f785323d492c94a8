"""The fixed rule that picks blind sets reproduces the sets it picked (needs ../shared/wikinews)."""

import pytest

from analysis.evaluation.heldout import SET_SIZE, pick, read_rows, slug, url_key, used_urls
from analysis.evaluation.scoring import shared_dir
from analysis.lexicon.resources import DATA_DIR

WIKINEWS = shared_dir() / "wikinews"
pytestmark = pytest.mark.skipif(not WIKINEWS.is_dir(), reason="../shared/wikinews is absent")


def _set_files(name: str) -> set[str]:
    return {p.stem + ".txt" for p in (DATA_DIR / "gold" / name / "sources").glob("*.yml")}


def _keys_of(files: set[str], rows: list[dict]) -> set[str]:
    return {url_key(r["url"]) for r in rows if slug(r["title"]) in files}


SETS = [("round6:", "blind-test-7"), ("round7:", "blind-test-8"), ("round8:", "blind-test-9"),
        ("round9:", "blind-test-10"),
        ("round10:", "blind-test-11"),
        ("round11:", "blind-test-12")]


@pytest.mark.parametrize("salt, picked, later",
                         [(salt, name, [n for _, n in SETS[i + 1:]]) for i, (salt, name) in enumerate(SETS)])
def test_the_rule_picks_the_sets_it_picked(salt, picked, later):
    rows = read_rows(WIKINEWS)
    files = _set_files(picked)
    unused_then = files | set().union(*(_set_files(n) for n in later))
    used = used_urls() - _keys_of(unused_then, rows)
    chosen = pick(rows, salt, used)
    assert len(chosen) == SET_SIZE == len(files)
    assert {slug(r["title"]) for r in chosen} == files


def test_used_articles_are_never_picked_again():
    rows = read_rows(WIKINEWS)
    chosen = pick(rows, "round7:", used_urls())
    assert not {slug(r["title"]) for r in chosen} & (_set_files("blind-test-8") | _set_files("blind-test-7"))
