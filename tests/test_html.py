"""Saved HTML pages: headline, body, captions and metadata through the extractor."""

from analysis.reading.html import read_html
from analysis.reading.loading import load_article

PARAGRAPH = (
    "<p>Rail workers across the country walked out at midnight on Tuesday, stopping almost all "
    "passenger and freight trains, the union said in a statement on Wednesday morning.</p>"
)
PAGE = f"""<html><head><title>Strike halts trains across the country | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-05-08T09:00:00Z">
<script>var tracking = "do not keep";</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><header><a class="kicker" href="/business">Business</a>
<h1>Strike halts trains across the country</h1><p class="byline">By Jane Roe</p></header>
{PARAGRAPH}
<figure><img src="a.jpg" alt="">
<figcaption>Empty platforms at the central station on Tuesday. Photo: Anna Berg / dpa</figcaption></figure>
<p>"We had no choice," union leader Karl Weber told reporters outside the ministry, adding that the
talks with the government had broken down after eleven hours without any offer on wages.</p>
<h2>Talks to resume</h2>
<p>The transport ministry called the strike irresponsible and said it would meet the union again on
Friday, when both sides hope to agree on a timetable for the summer and on the wages of drivers.</p>
</article>
<aside><h3>Most read</h3><ul><li><a href="/x">Another story about something else entirely</a></li></ul></aside>
<footer><p>All rights reserved. Copyright The Daily Example 2024. Terms of use and privacy policy.</p></footer>
</body></html>"""


def test_headline_inside_article_header_is_the_headline_segment(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    kinds = [s.kind for s in article.segments]
    assert kinds[0] == "headline"
    assert article.segments[0].text.lstrip("# ") == "Strike halts trains across the country"
    assert "Business" not in [s.text for s in article.segments if s.kind == "headline"]
    assert "subheading" in kinds


def test_figure_caption_and_credit_are_kept_as_their_kinds(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    kinds = {s.text: s.kind for s in article.segments}
    assert kinds.get("Empty platforms at the central station on Tuesday.") == "caption"
    assert kinds.get("Photo: Anna Berg / dpa") == "credit"
    texts = [s.text for s in article.segments]
    caption = texts.index("Empty platforms at the central station on Tuesday.")
    assert texts[caption - 1].startswith("Rail workers")  # in place, after the paragraph it follows


def test_furniture_is_dropped_and_counted(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    for furniture in ("do not keep", "Most read", "All rights reserved", "Sport"):
        assert furniture not in article.text
    meta = article.metadata
    assert meta["page_words"] > meta["kept_words"] > 0
    assert any("words of site furniture dropped" in n for n in article.notes)


def test_metadata_of_the_page_is_kept_on_the_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    meta = load_article(path).metadata
    assert meta["outlet"] == "The Daily Example"
    assert meta["byline"] == "Jane Roe"
    assert meta["date"] == "2024-05-08"


def test_a_page_without_a_body_falls_back_to_the_hand_written_pass():
    page = read_html("<html><body><h1>Only a title</h1></body></html>")
    assert "Only a title" in page.text
