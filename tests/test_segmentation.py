"""Segment kinds against gold, the seed's known furniture, and losslessness on any input."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article
from analysis.evaluation.scoring import gold_files, score_segments

GOLD = gold_files("segments")


def assert_lossless(article: Article) -> None:
    """Every non-whitespace character is in exactly one segment; offsets match the text."""
    owner = [0] * len(article.text)
    previous_end = 0
    for i, seg in enumerate(article.segments):
        assert seg.index == i
        assert 0 <= seg.start < seg.end <= len(article.text)
        assert seg.start >= previous_end, "segments overlap or are out of order"
        assert article.text[seg.start : seg.end] == seg.text
        previous_end = seg.end
        for k in range(seg.start, seg.end):
            owner[k] += 1
    for k, ch in enumerate(article.text):
        if not ch.isspace():
            assert owner[k] == 1, f"character {k} {ch!r} is in {owner[k]} segments"


def test_gold_covers_at_least_four_dev_articles_and_own_texts():
    names = [p.stem for p in GOLD]
    assert sum(n[:2].isdigit() for n in names) >= 4
    assert sum(n.startswith("synthetic") for n in names) >= 3


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_segment_kinds_match_gold(path):
    score = score_segments(path)
    assert score["errors"] == []
    assert score["boundary_recall"] == 1.0


def test_seed_furniture_kinds(seed):
    kinds = Counter(s.kind for s in seed.segments)
    assert kinds["headline"] == 1
    assert kinds["subheading"] == 3
    assert kinds["caption"] == 7
    assert kinds["credit"] == 4
    assert kinds["teaser"] == 2
    assert [s.kind for s in seed.segments[-2:]] == ["boilerplate", "boilerplate"]
    teasers = [s.text for s in seed.segments if s.kind == "teaser"]
    assert all(t.lower().startswith("also read") and "\n" in t for t in teasers)


def test_seed_drop_cap_is_a_correction_that_keeps_offsets(seed):
    fix = seed.corrections[0]
    assert (fix.before, fix.after) == ("D.he", "The")
    assert seed.text[fix.start : fix.end] == "D.he"
    assert "The dispatch of foreign soldiers" in seed.clean_text
    assert "D.he dispatch" in seed.text


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Storm hits coast\n\nPARIS (AFP) - A storm hit the coast on Monday, officials said.\n",
         ["headline", "credit", "paragraph"]),
        ("Big title here\n\nA long first paragraph that says what happened in the town today.\n\n"
         "Read more: Another story about the town\n\nThe end of the story is here, said a man.\n",
         ["headline", "paragraph", "teaser", "paragraph"]),
        ("Title of piece\n\nThe body paragraph tells the story in full, with a quote or two.\n\n"
         "Crowds gather outside parliament\nPhoto: Jane Roe / AFP\n\nAnother paragraph follows here, long enough.\n",
         ["headline", "paragraph", "caption", "credit", "paragraph"]),
        ("Title\n\nFirst paragraph of the article, with a few sentences of reporting.\n\nA smaller heading\n\n"
         "Second paragraph of the article, also with reporting.\n\nAFP/Getty Images\n\nShare this article\n",
         ["headline", "paragraph", "subheading", "paragraph", "credit", "boilerplate"]),
    ],
)
def test_genre_rules_on_made_up_scrapes(text, kinds):
    assert [s.kind for s in Article.from_text(text).segments] == kinds


def test_hard_wrapped_paragraph_is_one_segment():
    text = (
        "Headline of the story\n\n"
        "This paragraph was wrapped by an editor at a fixed width so that it\n"
        "runs over several lines, none of which is a unit on its own, and it\n"
        "ends here.\n"
    )
    segs = Article.from_text(text).segments
    assert [s.kind for s in segs] == ["headline", "paragraph"]
    assert segs[1].text.endswith("ends here.")


TEXTS = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=20),
        st.sampled_from(["\n", "\r\n", "\r", "\n\n", " ", "\u00a0", "\u200b", "“", "”", '"', ".", "#", "/"]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_segmentation_is_lossless_on_any_text(text):
    if not text.strip():
        return
    assert_lossless(Article.from_text(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Source: dpa / Someone", "also read", "A title line", "", "",
    "A paragraph of reasonable length that ends with a full stop, as reporting does.",
    "“A quoted line”", ".", "source site", "Photo: X/AFP", "(Reuters) - Text follows here.",
]), max_size=30))
def test_segmentation_is_lossless_on_page_like_text(lines):
    text = "\n".join(lines)
    if text.strip():
        assert_lossless(Article.from_text(text))


def test_one_very_long_line_is_lossless():
    text = ("word " * 20_000 + "end.") * 1
    article = Article.from_text(text)
    assert_lossless(article)
    assert len(article.segments) == 1


@pytest.mark.parametrize(
    "block, kinds",
    [
        # a caption and its credit in one block, without "Photo:"
        ("Firefighters at the scene on Monday. Credit Jane Roe/Agence France-Presse — Getty Images",
         ["caption", "credit"]),
        ("Voters queue in Lagos on Saturday. (John Doe / AFP - Getty Images)", ["caption", "credit"]),
        ("A farmer at his farm near the river. Photograph: Ann Lee/The Guardian", ["caption", "credit"]),
        ("A crowd outside the court. (Kim Park / The Seattle Times)", ["caption", "credit"]),
        # bylines and timestamps
        ("Tue 5 Mar 2019 10.30 GMT Last modified on Fri 8 Mar 2019 11.00 GMT", ["boilerplate"]),
        ("Updated 9:05 AM ET, Mon June 3, 2019", ["boilerplate"]),
        ("By Jane Roe and John Doe", ["boilerplate"]),
        ("Analysis: Ann Lee, World Report, Nairobi", ["boilerplate"]),
        # furniture read as subheadings before
        ("Advertisement", ["boilerplate"]),
        ("Story continues below advertisement", ["boilerplate"]),
        ("Photo", ["boilerplate"]),
        ("Image", ["boilerplate"]),
        ("Via Facebook", ["credit"]),
        ("Image copyright Getty Images", ["credit"]),
        ("Read the full transcript of the interview", ["teaser"]),
    ],
)
def test_news_page_furniture_kinds(block, kinds):
    text = (
        "Storm hits the coast\n\nA long first paragraph tells what happened in the town today, officials said.\n\n"
        f"{block}\n\nThe story goes on with another paragraph of reporting, as stories do.\n"
    )
    segs = Article.from_text(text).segments
    assert [s.kind for s in segs[2:-1]] == kinds


def test_kicker_and_repeated_page_title_around_the_headline():
    text = (
        "World\n\nDrought Pushes Farmers Off Their Land in the South.\n\n"
        "A long first paragraph tells what happened in the region this year, officials said.\n"
    )
    assert [s.kind for s in Article.from_text(text).segments] == ["boilerplate", "headline", "paragraph"]
    text = (
        "Strike halts trains - The Daily Example\n\nStrike halts trains\n\n"
        "Rail workers walked out at midnight, stopping almost all trains, the union said.\n"
    )
    assert [s.kind for s in Article.from_text(text).segments] == ["headline", "headline", "paragraph"]


def test_a_sentence_in_the_body_is_not_taken_for_a_byline_or_a_teaser():
    text = (
        "Storm hits the coast\n\nBy the end of the week the water had reached the old town, officials said.\n\n"
        "Read by millions, the paper's warnings went unheeded for years, and now the bill has come due.\n"
    )
    assert [s.kind for s in Article.from_text(text).segments] == ["headline", "paragraph", "paragraph"]


BODY = "A long paragraph of reporting tells what happened in the town today and why, officials said on Monday. " * 2


@pytest.mark.parametrize(
    "block, kinds",
    [
        ("Keep up with the Morning Brief newsletter.", ["teaser"]),
        ("JOIN OUR NEWSLETTER", ["teaser"]),
        ("EXCLUSIVE", ["boilerplate"]),
        ("Credit Ann Lee", ["credit"]),
        ("Powered by ExampleCharts.com", ["credit"]),
        ("3/4/2019 9:12 AM PST BY ANN LEE", ["boilerplate"]),
        ("A crowd outside the old court in Lyon Jean Martin/AFP", ["caption", "credit"]),
    ],
)
def test_more_page_furniture_kinds(block, kinds):
    text = f"Storm hits the coast\n\n{BODY}\n\n{block}\n\n{BODY}\n"
    assert [s.kind for s in Article.from_text(text).segments[2:-1]] == kinds


def test_end_of_page_author_note_syndication_and_widget_are_boilerplate():
    text = (
        f"Storm hits the coast\n\n{BODY}\n\n{BODY}\n\n"
        "This article originally appeared on The Example Monthly.\n\nAbout the Author\n\nJane Roe\n\n"
        "Jane Roe is a reporter for The Example Monthly covering weather. Follow her on social media.\n"
    )
    assert [s.kind for s in Article.from_text(text).segments][3:] == ["boilerplate"] * 4
    widget = (
        f"Storm hits the coast\n\n{BODY}\n\nSign up for Weather Line, a weekly newsletter about storms.\n\n"
        "Monthly\n\n$5/month\n\nA flexible plan you can cancel anytime.\n\nWe accept all major cards.\n"
    )
    assert [s.kind for s in Article.from_text(widget).segments] == (
        ["headline", "paragraph", "teaser"] + ["boilerplate"] * 4
    )


def test_a_lead_in_sentence_at_the_end_stays_a_paragraph():
    text = f"Storm hits the coast\n\n{BODY}\n\nTo see the storm arrive, watch the footage from the harbour below:\n"
    assert [s.kind for s in Article.from_text(text).segments] == ["headline", "paragraph", "paragraph"]


def test_numbered_list_items_are_paragraphs():
    items = "\n\n".join(f"{i}. Country {c}" for i, c in enumerate("ABC", 1))
    text = f"Ranking of towns\n\n{BODY}\n\n{items}\n\n{BODY}\n"
    assert [s.kind for s in Article.from_text(text).segments] == ["headline"] + ["paragraph"] * 5


def test_dash_kicker_standfirst_and_second_headline():
    text = (
        "Storm hits the coast\n\nWeather & Climate —\n\n"
        "Forecasters say the worst is yet to come for the southern towns.\n\nImage\n\n{BODY}\n"
    ).replace("{BODY}", BODY)
    assert [s.kind for s in Article.from_text(text).segments] == [
        "headline", "boilerplate", "subheading", "boilerplate", "paragraph"]
    text = (
        f"The Long Night of the Storm\n\nBoats in the harbour at dawn Jean Martin/Reuters\n\n"
        f"Why the Storm Changed the Coast Forever\n\n{BODY}\n"
    )
    assert [s.kind for s in Article.from_text(text).segments] == [
        "headline", "caption", "credit", "headline", "paragraph"]


def test_rules_record_which_rule_gave_each_kind():
    from analysis.reading.segmentation import rule_blocks

    blocks = rule_blocks(f"Storm hits the coast\n\nPhoto: Jane Roe / AFP\n\n{BODY}\n")
    assert [(b.kind, b.rule) for b in blocks] == [
        ("headline", "headline"), ("credit", "furniture"), ("paragraph", "fallback")]
    assert "credit" in blocks[1].signals and "sentencelike" in blocks[2].signals


def test_block_classifier_fits_deterministically_and_only_replaces_fallback_kinds():
    import numpy as np

    from analysis.reading.blocks import feature_names, features, fit, predict
    from analysis.reading.segmentation import rule_blocks

    blocks = rule_blocks(f"Storm hits the coast\n\nPhoto: Jane Roe / AFP\n\n{BODY}\n\nShort line here\n\n{BODY}\n")
    x = features(blocks)
    assert x.shape == (len(blocks), len(feature_names()))
    # labels that contradict every rule: only the fallback kinds may follow the model
    wrong = ["boilerplate"] * len(blocks)
    a, b = fit(x, wrong, iterations=50), fit(x, wrong, iterations=50)
    assert np.array_equal(a.weights, b.weights)
    kinds = predict(blocks, a)
    for block, kind in zip(blocks, kinds):
        assert kind == ("boilerplate" if block.rule in ("fallback", "trailing") else block.kind)


def test_fit_segments_skips_cleanly_without_the_pages(tmp_path):
    from analysis.cli import main

    out = tmp_path / "model.json"
    assert main(["fit-segments", "--pages", str(tmp_path / "absent"), "--out", str(out)]) == 0
    assert not out.exists()


def test_no_segment_model_means_the_rules_stand(tmp_path):
    from analysis.reading.blocks import load_model

    assert load_model(str(tmp_path / "absent.json")) is None


def test_kinds_on_the_labelled_scraped_pages_keep_their_level():
    """Not a held-out figure any more (round 2 rules were written looking at these pages' errors):
    a guard that the rules keep >= 0.95 on them. Skipped without ../shared."""
    from analysis.evaluation.scoring import shared_dir
    from analysis.evaluation.segments_pages import page_kind_report, page_pairs

    pages = shared_dir() / "scraped-pages"
    if not pages.is_dir() or not page_pairs(pages):
        pytest.skip("no scraped pages in ../shared")
    table = page_kind_report(pages)
    assert (table["kind_accuracy"] * table["blocks"]).sum() / table["blocks"].sum() >= 0.95


def test_a_short_body_sentence_about_subscribers_is_no_plug():
    text = f"Streaming service grows\n\n{BODY}\n\nThe company now has a newsletter for investors.\n\n{BODY}\n"
    assert [s.kind for s in Article.from_text(text).segments][2] == "paragraph"
