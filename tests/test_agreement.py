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
