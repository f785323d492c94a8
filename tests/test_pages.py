"""Reader pages without a browser: tables, the annotated article, the page export, the index."""

from html.parser import HTMLParser

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import Article
from analysis.analysed import Analysis
from analysis.report.index import PageEntry, key_figures, write_index
from analysis.report.pages import PageExporter, for_readers, made_box
from analysis.views.annotate import actors_from, annotate, annotation_table, render
from analysis.views.display import TOP_ROWS, Table

VOID = {"br", "img", "meta", "hr", "input", "link", "wbr"}


class Tree(HTMLParser):
    """Checks that tags nest properly and collects text, leaving out the ``tag`` labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag not in VOID:
            label = ("class", "tag") in attrs or any(is_label for _, is_label in self.stack)
            self.stack.append((tag, label))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if not any(is_label for _, is_label in self.stack):
            self.text.append(data)


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert tree.stack == [], f"unclosed: {tree.stack}"
    return tree


def test_table_text_left_newlines_kept_numbers_right_everything_escaped():
    frame = pd.DataFrame({"<b>col</b>": ["line one\nline two", "<script>x</script>"], "n": [3, 4],
                          "score": [0.12345, float("nan")], "flag": [True, False]})
    markup = Table(frame)._repr_html_()
    assert "<script>" not in markup and "&lt;script&gt;" in markup and "&lt;b&gt;col" in markup
    assert "line one\nline two" in markup  # kept, and shown as two lines by white-space:pre-wrap
    assert 'text-align:left;white-space:pre-wrap' in markup
    assert '<td style="text-align:right' in markup and ">0.123<" in markup and ">yes<" in markup
    parse(markup)


def test_long_table_shows_the_top_rows_and_folds_the_rest():
    frame = pd.DataFrame({"i": range(300), "text": ["words"] * 300})
    markup = Table(frame, max_rows=200, csv="every.csv")._repr_html_()
    top, folded = markup.split("<details>", 1)
    assert top.count("<tr>") == TOP_ROWS + 1  # header and the top rows
    assert folded.count("<tr>") == 200 - TOP_ROWS + 1
    assert "Show 190 more rows" in folded and "100 more rows not shown" in folded and "every.csv" in folded
    assert markup.count("<details>") == 1
    short = Table(frame.head(5))._repr_html_()
    assert "<details>" not in short and "more rows" not in short
    assert "… 290 more rows" in repr(Table(frame))


ARTICLE = (
    "Leaders <script>alert(1)</script> meet\n\n"
    "“We will rebuild the whole town,” said Mayor Eva Lind, according to Reuters.\n\n"
    "Russia criticised Eva Lind on Monday, the agency Tass reported. Eva Lind said the plan costs $5 million.\n\n"
    "Photo: AFP\n"
)


@pytest.fixture(scope="module")
def article():
    return Article.from_text(ARTICLE)


def test_annotated_article_is_whole_escaped_and_well_nested(article):
    analysed = Analysis(article, engine="vader", include_captions=True)
    how = actors_from(analysed)
    spans = annotation_table(analysed)
    assert set(spans["layer"]) >= {"quote", "source"}
    markup = render(article, spans, note=how)
    tree = parse(markup)
    assert "script" not in tree.tags
    body = "".join(tree.text).split("Hover over", 1)[1]  # after the legend
    body = body.split(how, 1)[1]
    assert "".join(body.split()) == "".join(ARTICLE.split())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert 'class="tag"' in markup and "Eva Lind" in markup and "caption" in markup or "credit" in markup
    assert "Annotated article:" in repr(annotate(article, spans))


def test_overlapping_spans_nest(article):
    text = article.text
    start = text.index("Russia")
    spans = pd.DataFrame([
        ("quote", "direct", start, start + 30, "", "Someone", "a <quote>"),
        ("source", "media", start + 5, start + 40, "", "media", "a \"source\""),
        ("actor", "negative", start + 20, start + 60, "", "", "an actor"),
    ], columns=["layer", "kind", "start", "end", "text", "tag", "detail"])
    tree = parse(render(article, spans))
    assert "".join("".join(tree.text).split()).endswith("".join(text.split()))


def notebook(stderr_path="/home/someone/site-packages/x.py"):
    params = new_code_cell('article_path: str = "../a.txt"\nengine: str = "vader"\nout_dir: str = ""')
    params.metadata["tags"] = ["parameters"]
    injected = new_code_cell('article_path = "../../../../tmp/secret/folder/story.txt"\nactors_path = ""')
    injected.metadata["tags"] = ["injected-parameters"]
    code = new_code_cell("import analysis\nprint('$5 million')", outputs=[
        new_output("stream", name="stderr", text=f"{stderr_path}:3: FutureWarning\n"),
        new_output("stream", name="stdout", text="$5 million and another $10 million\n"),
    ])
    banner = new_markdown_cell('<span style="color:red">An Exception was encountered at In [3]</span>')
    banner.metadata["tags"] = ["papermill-error-cell-tag"]
    nb = new_notebook(cells=[new_markdown_cell("# 09 · Test page\n\nWhat it shows: $5 million and $10 million."),
                             banner, params, injected, code])
    nb.metadata["papermill"] = {"parameters": {"article_path": "../../../../tmp/secret/folder/story.txt",
                                               "actors_path": ""}}
    return nb


def test_page_is_self_contained_hides_code_and_paths():
    page = PageExporter().export(notebook(), "09_test.ipynb", "A <b>title</b>", "story.txt")
    assert "<script" not in page and "<link" not in page and "https://" not in page
    assert "Content-Security-Policy" in page and page.count("<style>") == 1
    assert "import analysis" not in page
    assert "/tmp/" not in page and "/home/" not in page and "secret" not in page
    assert "$5 million and another $10 million" in page and "$5 million and $10 million" in page
    assert "How this was made" in page and "discovered in the text" in page and "vader" in page
    assert "An Exception was encountered" not in page
    assert "<title>09 · Test page · A &lt;b&gt;title&lt;/b&gt;</title>" in page
    assert 'href="09_test.ipynb"' in page and 'href="index.html"' in page


def test_with_code_shows_code_but_not_the_parameters_cells():
    page = PageExporter(with_code=True).export(notebook(), "09_test.ipynb", "T", "story.txt")
    assert "analysis" in page and "import" in page
    assert "secret" not in page and "article_path" not in page


def test_made_box_shows_file_names_only():
    box = made_box({"article_path": "/x/y/a.txt", "actors_path": "/srv/c/<b>.yml", "gold_path": "../g/h.yml",
                    "min_mentions": 2}, "a.txt", "T")
    assert "/x/" not in box and "/srv/" not in box and "../g" not in box
    assert "&lt;b&gt;.yml" in box and "h.yml" in box and "min mentions" in box
    assert len(for_readers(notebook(), "a.txt", "T").cells) == 3


def test_index_reads_key_figures_from_the_csvs_and_links_everything(tmp_path):
    pd.DataFrame({"quote": ["a", "b", "c"], "kind": ["direct", "indirect", "headline"],
                  "speaker": ["<img src=x onerror=alert(1)>", None, "X"]}).to_csv(tmp_path / "quotes.csv", index=False)
    pd.DataFrame({"speaker": ["<img src=x onerror=alert(1)>"], "words_quoted": [12], "quotes": [1]}).to_csv(
        tmp_path / "quote_speakers.csv", index=False)
    pd.DataFrame({"source": ["Tass", "AFP"], "type": ["news_agency", "photo_agency"], "mentions": [2, 1],
                  "is_credit": [False, True]}).to_csv(tmp_path / "sources.csv", index=False)
    pd.DataFrame({"label": ["Bad", "Good"], "mean": [-0.5, 0.25], "mentions": [3, 2]}).to_csv(
        tmp_path / "actor_sentiment.csv", index=False)
    (tmp_path / "sources.png").write_bytes(b"\x89PNG")
    nbformat.write(new_notebook(), tmp_path / "01_x.ipynb")
    cards = " ".join(key_figures(tmp_path))
    assert "Quotes" in cards and ">2<" in cards and "1 news agency" in cards and "photo" not in cards
    assert "Bad" in cards and "Good" in cards and "&lt;img" in cards and "<img" not in cards
    path = write_index(tmp_path, [PageEntry("01_x.ipynb", "01 · X", "What X shows.", "01_x.html"),
                                  PageEntry("02_y.ipynb", "02 · Y", "What Y shows.", None, "02_y cell 2: boom")],
                       "Head <script>", "story.txt", {"outlet": "The Paper", "date": "2020-01-02"})
    page = path.read_text()
    for link in ("01_x.html", "01_x.ipynb", "quotes.csv", "sources.csv", "sources.png", "actor_sentiment.csv"):
        assert f'href="{link}"' in page
    assert "The Paper" in page and "2020-01-02" in page and "What Y shows." in page and "boom" in page
    assert "<script" not in page and "Head &lt;script&gt;" in page
