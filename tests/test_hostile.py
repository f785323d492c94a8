"""A hostile article through the whole report: nothing from the article may become live HTML."""

import re
from html.parser import HTMLParser

import pytest
from conftest import REPO

from analysis.report.runner import build_report, notebook_paths

HOSTILE = """\
Breaking: <script>alert('XSS-0')</script> leaders meet </title><script>alert('XSS-9')</script>

The summit opened on Monday <img src=x onerror=alert('XSS-2')> in the capital, officials said.

“<b onmouseover=alert('XSS-6')>Danger</b> is near and we will fight it,” said Minister Eva Lind.

Protesters <iframe src="javascript:alert('XSS-3')"></iframe> gathered outside <svg onload=alert('XSS-4')>.

Read the [statement](javascript:alert('XSS-5')) here, according to <script>alert('XSS-8')</script> Reuters.

Crowds <style>body{display:none}</style> outside the hall

Photo: <a href="javascript:alert('XSS-7')">AFP</a>

Russia criticised Eva Lind, and the US praised her, Reuters reported on Tuesday.

The plan costs $5 million and another $10 million, the ministry said.
"""

#: A codebook for the hostile article, so the actor page runs on it too (labels are hostile as well).
CODEBOOK = """\
actors:
  - id: lind
    label: "Eva Lind <img src=x onerror=alert('XSS-10')>"
    type: person
    gender: female
    aliases: [Eva Lind, Minister Eva Lind]
  - id: russia
    label: Russia
    type: country
    aliases: [Russia]
  - id: usa
    label: United States
    type: country
    aliases: [US]
"""


class Scan(HTMLParser):
    """Collects what would be live in a browser: tags, event handlers, URLs, script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []
        self.remote: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and re.match(r"^\s*([a-z][a-z0-9+.-]*:)?//", value or "", re.I):
                self.remote.append(f"<{tag} {name}={value}>")
        if tag in ("iframe", "svg", "img", "b") and any("XSS" in (v or "") for _, v in attrs):
            self.live.append(f"<{tag}> from the article")
        if tag == "iframe":
            self.live.append("<iframe>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and "XSS" in value:
                self.live.append(f"{name}= handler")
            if value.strip().lower().startswith("javascript:"):
                self.live.append(f"javascript: URL in {name}")
        self.in_script = tag in ("script", "style")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and ("XSS" in data or "display:none" in data):
            self.live.append(f"script/style body from the article: {data[:40]!r}")
        elif not self.in_script:
            self.text.append(data)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    article = folder / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    codebook = folder / "hostile.actors.yml"
    codebook.write_text(CODEBOOK, encoding="utf-8")
    results = build_report(article, folder / "out", actors=codebook, log=lambda *a, **k: None)
    assert all(r.error is None for r in results), [r.error for r in results]
    out = folder / "out" / "hostile"
    pages = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}
    pages["_folder"] = str(folder)
    return pages


def test_every_page_was_written(pages):
    assert set(pages) - {"_folder"} == {"index.html", *(p.with_suffix(".html").name for p in notebook_paths())}


@pytest.mark.parametrize("name", ["index.html", *(p.with_suffix(".html").name for p in notebook_paths())])
def test_nothing_from_the_article_is_live(pages, name):
    scan = Scan()
    scan.feed(pages[name])
    assert scan.live == []


def test_article_text_is_still_visible_escaped(pages):
    overview = Scan()
    overview.feed(pages["01_article_overview.html"])
    visible = " ".join(overview.text)
    assert "<script>alert('XSS-0')</script>" in visible
    assert "onerror=alert('XSS-2')" in visible
    quotes = Scan()
    quotes.feed(pages["03_quotes.html"])
    assert "onmouseover=alert('XSS-6')" in " ".join(quotes.text)


@pytest.mark.parametrize("name", ["index.html", *(p.with_suffix(".html").name for p in notebook_paths())])
def test_pages_are_self_contained_for_readers(pages, name):
    """No script at all, nothing from another host, one stylesheet, no code, no machine path."""
    scan = Scan()
    scan.feed(pages[name])
    assert "script" not in scan.tags and "link" not in scan.tags
    assert scan.remote == []
    assert scan.tags.count("style") == 1
    assert "Content-Security-Policy" in pages[name]
    visible = " ".join(scan.text)
    assert "import " not in visible and "article_path" not in visible
    for path in (pages["_folder"], str(REPO), "/tmp/", "/home/", "/root/"):
        assert path not in pages[name], f"{name} shows the machine path {path}"


def test_dollar_amounts_are_shown_as_written(pages):
    for name in ("01_article_overview.html", "05_annotated_article.html"):
        scan = Scan()
        scan.feed(pages[name])
        assert "$5 million and another $10 million" in " ".join(scan.text), name
    assert "MathJax" not in "".join(pages.values())
