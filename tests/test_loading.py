"""Reading articles: formats, encodings, and one-line errors for bad input."""

import codecs

import pytest

from analysis import ArticleError, load_article
from analysis.reading.sentences import split_sentences  # noqa: F401  (import graph check)

BODY = "Headline here\n\nThe minister said the plan would work, and critics disagreed.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \n", "empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("image.png", b"\x89PNG\r\n", "unsupported file type"),
    ],
)
def test_bad_files_raise_one_line_article_errors(tmp_path, name, data, message):
    with pytest.raises(ArticleError, match=message) as info:
        load_article(write(tmp_path, name, data))
    assert "\n" not in str(info.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


@pytest.mark.parametrize(
    "data, note",
    [
        (codecs.BOM_UTF8 + BODY.encode(), "byte-order mark"),
        (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "UTF-16"),
        (BODY.replace("minister", "ministère").encode("cp1252"), "cp1252"),
        (BODY.replace("\n", "\r\n").encode(), "LF"),
    ],
)
def test_encodings_are_read_with_a_note(tmp_path, data, note):
    article = load_article(write(tmp_path, "a.txt", data))
    assert "The minist" in article.text and "\r" not in article.text
    assert any(note in n for n in article.notes)
    assert article.segments[0].kind == "headline"


def test_html_page_body_is_extracted_without_scripts(tmp_path):
    page = (
        "<html><head><title>Site | T</title><script>alert(1)</script></head><body>"
        "<nav>Home</nav><article><h1>Real headline</h1><p>First paragraph of the story, said the man.</p>"
        "<h2>Sub</h2><p>Second paragraph, long enough to be body text here.</p></article>"
        "<footer>All rights reserved</footer></body></html>"
    )
    article = load_article(write(tmp_path, "page.html", page.encode()))
    assert "alert" not in article.text and "Home" not in article.text
    assert article.title == "Real headline"
    assert [s.kind for s in article.segments] == ["headline", "paragraph", "subheading", "paragraph"]


def test_markdown_headings_and_credits(tmp_path):
    md = (
        "# The title\n\nBody text of the article that goes on for a while, said she.\n\n"
        "## Next part\n\nMore body text to read here.\n"
    )
    article = load_article(write(tmp_path, "a.md", md.encode()))
    assert article.title == "The title"
    assert [s.kind for s in article.segments] == ["headline", "paragraph", "subheading", "paragraph"]


def test_latin1_and_nul_bytes(tmp_path):
    latin = "Titel\n\nDie Stra\xdfe war gesperrt, sagte der B\xfcrgermeister am Montag.\n".encode("latin-1")
    article = load_article(write(tmp_path, "de.txt", latin))
    assert "Straße" in article.text and any("cp1252" in n for n in article.notes)
    with pytest.raises(ArticleError, match="binary"):
        load_article(write(tmp_path, "nul.txt", b"Some text\x00with a NUL byte inside it"))


def test_utf16_big_endian(tmp_path):
    data = codecs.BOM_UTF16_BE + BODY.encode("utf-16-be")
    assert load_article(write(tmp_path, "be.txt", data)).segments[0].kind == "headline"


def test_ten_megabyte_article_loads(tmp_path):
    paragraph = "The council met again on Monday and discussed the budget at length, officials said. "
    text = "Long report\n\n" + "\n\n".join(paragraph * 5 for _ in range(24_000))
    path = write(tmp_path, "big.txt", text.encode())
    assert path.stat().st_size > 10_000_000
    article = load_article(path)
    assert article.segments[-1].end <= len(article.text)


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.seek(25_000_000)
        f.write(b"x")
    with pytest.raises(ArticleError, match="larger than"):
        load_article(path)
