"""The collector is paused during a pass and restored after it, also when the pass fails."""

import gc

import pytest

from analysis.lexicon.memory import collector_paused
from analysis.quotes.extraction import analyse_quotes
from analysis.reading.article import Article


def test_the_pass_runs_with_the_collector_paused_and_restores_it(monkeypatch):
    seen = []
    monkeypatch.setattr("analysis.quotes.extraction.house_style", lambda *a: seen.append(gc.isenabled()) or 1 / 0)
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):
        analyse_quotes(Article.from_text('Title\n\n"We will stay," Ana Lopez said.'))
    assert seen == [False] and gc.isenabled()


def test_a_caller_who_paused_it_keeps_it_paused():
    gc.disable()
    try:
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
