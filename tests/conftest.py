"""Shared fixtures: paths into the repository."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "kazakhstan-csto-2022-01.txt"
SEED_CODEBOOK = REPO / "seeds" / "kazakhstan-csto-2022-01.actors.yml"


@pytest.fixture(scope="session")
def seed():
    from analysis import load_article

    return load_article(SEED)


def counts_of(text: str, **options) -> dict[str, int]:
    """Sources of a made-up article body (a headline is put before it) and their mention counts."""
    from analysis import Article
    from analysis.sources import count_sources

    table = count_sources(Article.from_text("Headline of the piece\n\n" + text), **options)
    return dict(zip(table["source"], table["mentions"]))
