"""Source detection and counting: the seed's must-haves, rules on made-up text, gold articles."""

import pytest

from analysis import Article
from analysis.evaluation.scoring import gold_files, score_sources
from analysis.sources import count_sources, source_mentions

GOLD = gold_files("sources")


def counts_of(text, **kw):
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text), **kw)
    return dict(zip(table["source"], table["mentions"]))


def test_seed_sources(seed):
    counts = count_sources(seed)
    body = dict(zip(counts["source"], counts["mentions"]))
    assert body["Tass"] == 2
    for name in ["Interfax", "RIA Novosti", "Facebook", "Telegram", "Kazakh authorities"]:
        assert body[name] == 1, name
    assert body["Khabar 24"] == 2
    assert body["Reporters Without Borders"] == 4  # its website quote: one sentence, then three more
    assert body["Russian Foreign Ministry"] >= 2
    assert body["Ned Price"] == 2 and body["Jen Psaki"] >= 1
    assert "Kazinform" not in body, "a subject of the news is not a source"
    assert "dpa" not in body
    credits = count_sources(seed, include_credits=True)
    dpa = credits[(credits["source"] == "dpa") & credits["is_credit"]]
    assert dpa["mentions"].tolist() == [4]


def test_types(seed):
    counts = count_sources(seed).set_index("source")["type"]
    assert counts["Tass"] == "news_agency"
    assert counts["Facebook"] == "social_media"
    assert counts["Kazakh authorities"] == "government"
    assert counts["Ned Price"] == "person"


def test_once_per_sentence():
    counts = counts_of("According to Reuters, Reuters reported that Reuters had seen the letter.\n")
    assert counts["Reuters"] == 1


def test_mention_without_cue_is_not_a_source():
    assert "BBC" not in counts_of("The BBC building was closed on Monday because of the storm outside.\n")


def test_unknown_outlet_by_pattern_and_anonymous_sources():
    counts = counts_of(
        "The local news agency Vesti Lux reported that the bridge had collapsed. "
        "Officials said three people were hurt.\n"
    )
    assert counts["Vesti Lux"] == 1
    assert counts["officials"] == 1


def test_credits_are_apart():
    article = Article.from_text(
        "Storm hits coast\n\nThe storm hit the coast, Reuters reported on Monday evening.\n\n"
        "Waves on the pier\n\nPhoto: AFP/Getty Images\n"
    )
    body = count_sources(article)
    assert "AFP" not in set(body["source"]) and "Reuters" in set(body["source"])
    all_rows = source_mentions(article)
    credits = all_rows[all_rows["is_credit"]]
    assert set(credits["source"]) == {"AFP", "Getty Images"}
    assert (credits["sentence"] == -1).all()


def test_offsets_point_at_the_words(seed):
    mentions = source_mentions(seed)
    for row in mentions.itertuples():
        assert seed.text[row.start : row.end] == row.as_written


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_sources(path):
    score = score_sources(path)
    assert score["recall"] >= 0.9 and score["precision"] >= 0.75, score["errors"]
    assert score["count_within_one"] >= 0.85, score["errors"]


def test_short_form_joins_its_full_name():
    counts = counts_of("“The river is rising,” said Fiona Parry, a local farmer. "
                       "Later that day Fiona said the water had reached the barn.\n")
    assert counts.get("Fiona Parry") == 2 and "Fiona" not in counts


def test_nested_names_count_once_per_sentence():
    counts = counts_of("American officials said the talks had failed, officials said on Monday.\n")
    assert sum(counts.values()) == 1


def test_reporters_first_person_is_not_a_source():
    counts = counts_of("I asked the mayor about the flooding on Monday. “We are ready,” said Mayor Anna Berg.\n")
    assert "I" not in counts and counts.get("Anna Berg") == 1


def test_sentence_initial_word_is_not_a_source():
    counts = counts_of("Security was brought in after the protest. The security guards said nothing at all.\n")
    assert "Security" not in counts


def test_unlisted_groups_of_people_and_a_leading_conjunction():
    counts = counts_of("Some advertisers claim that the tool works. But most experts say it does not. "
                       "Economists warned about the cost.")
    assert {"advertisers", "economists"} <= set(counts)
    assert not any(name.startswith("but ") for name in counts)
