"""Agreement between two annotators: the same files agree fully; a changed copy does not."""

from pathlib import Path

import yaml

from analysis.evaluation.agreement import quote_agreement, source_agreement
from analysis.lexicon.resources import DATA_DIR

GOLD = DATA_DIR / "gold" / "blind-test-5"


def _copy(task: str, folder: Path, change=None) -> list[Path]:
    paths = sorted((GOLD / task).glob("*.yml"))
    for path in paths:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if change:
            change(gold)
        (folder / path.name).write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    return paths


def test_an_annotator_agrees_with_itself(tmp_path):
    paths = _copy("sources", tmp_path)
    pooled = source_agreement(paths, tmp_path).iloc[-1]
    assert pooled["precision"] == pooled["recall"] == pooled["count_within_one"] == 1.0
    quotes = tmp_path / "q"
    quotes.mkdir()
    pooled = quote_agreement(_copy("quotes", quotes), quotes).iloc[-1]
    assert pooled["precision"] == pooled["recall"] == pooled["speaker_accuracy"] == 1.0


def test_a_second_annotator_who_drops_a_source_and_renames_a_speaker_disagrees(tmp_path):
    def drop_first(gold):
        gold["sources"] = gold["sources"][1:]

    pooled = source_agreement(_copy("sources", tmp_path, drop_first), tmp_path).iloc[-1]
    assert pooled["recall"] < 1.0 and pooled["precision"] == 1.0

    def rename(gold):
        for q in gold["quotes"]:
            q["speaker"] = "Nobody Atall"

    quotes = tmp_path / "q"
    quotes.mkdir()
    pooled = quote_agreement(_copy("quotes", quotes, rename), quotes).iloc[-1]
    assert pooled["speaker_accuracy"] == 0.0 and pooled["recall"] == 1.0


def test_blind_gold_files_are_scored_as_held_out_without_the_flag(capsys):
    from analysis.cli import main

    one = sorted((GOLD / "quotes").glob("*.yml"))[0]
    assert main(["evaluate", "quotes", "--gold", str(one)]) == 0
    assert "(all pages, pooled)" in capsys.readouterr().out
    project = sorted((DATA_DIR / "gold" / "quotes").glob("*.yml"))[0]
    assert main(["evaluate", "quotes", "--gold", str(one), str(project)]) == 2
    assert "mixes blind-test files" in capsys.readouterr().err


def test_a_credit_is_matched_by_name_and_its_count_is_not_compared(tmp_path):
    import pandas as pd

    from analysis.evaluation.scoring import score_sources

    gold = {"article": "data/articles/held-out/any.txt", "sources": [
        {"source": "Ann Lens", "type": "person", "mentions": 0, "credit": True},
        {"source": "Bo Reed", "type": "person", "mentions": 2}]}
    path = tmp_path / "g.yml"
    path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    found = pd.DataFrame({"source": ["Ann Lens", "Bo Reed"], "mentions": [34, 5], "is_credit": [True, False]})
    score = score_sources(path, found)
    assert score["precision"] == score["recall"] == 1.0
    assert score["count_within_one"] == 0.5 and score["mean_abs_count_error"] == 1.5
