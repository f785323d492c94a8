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
