"""Actor codebooks and mentions: validation with line numbers, longest alias, pronouns."""

import pytest
from conftest import SEED_CODEBOOK

from analysis import Article, DataFileError
from analysis.actors import discover, find_mentions, load_codebook

BOOK = """\
actors:
  - id: russia
    label: Russia
    type: country
    aliases: [Russia, Russian]
  - id: ru-fm
    label: Russian Foreign Ministry
    type: government
    parent: russia
    aliases: [Russian Foreign Ministry]
  - id: us
    label: United States
    type: country
    aliases: [US, United States]
  - id: lavrov
    label: Sergei Lavrov
    type: person
    gender: male
    parent: ru-fm
    aliases: [Sergei Lavrov, Lavrov]
"""


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "book.yml"
    path.write_text(BOOK)
    return load_codebook(path)


def mentions(book, text, **kw):
    return find_mentions(Article.from_text("Headline here\n\n" + text), book, **kw)


def test_longest_alias_wins_and_case_matters(book):
    m = mentions(book, "The Russian Foreign Ministry said the US would not help us.\n")
    assert list(m["actor"]) == ["ru-fm", "us"]


def test_roll_up_to_parents(book):
    m = mentions(book, "Sergei Lavrov spoke for the Russian Foreign Ministry on Monday.\n", roll_up=True)
    assert set(m["actor"]) == {"russia"}


def test_pronoun_resolved_only_when_unambiguous(book):
    m = mentions(book, "Sergei Lavrov arrived on Monday. He met nobody.\n")
    assert m[m["via"] == "pronoun"]["actor"].tolist() == ["lavrov"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("actors:\n  - id: a\n    label: A\n    type: planet\n    aliases: [A]\n", "line 2: type 'planet'"),
        ("actors:\n  - id: a\n    label: A\n    type: country\n    aliases: [A]\n  - id: b\n    label: B\n"
         "    type: country\n    aliases: [A]\n", "line 6: alias 'A' is both"),
        ("actors:\n  - id: a\n    label: A\n    type: country\n    parent: zz\n    aliases: [A]\n", "parent 'zz'"),
        ("actors:\n  - id: a\n    type: country\n    aliases: [A]\n", "lacks label"),
        ("actors: [\n", "invalid YAML"),
    ],
)
def test_codebook_errors_name_the_line(tmp_path, text, message):
    path = tmp_path / "bad.yml"
    path.write_text(text)
    with pytest.raises(DataFileError, match=message):
        load_codebook(path)


def test_seed_codebook_covers_the_seed(seed):
    book = load_codebook(SEED_CODEBOOK)
    m = find_mentions(seed, book)
    assert m["actor"].nunique() >= 20
    tokayev = m[m["actor"] == "tokayev"]
    assert {"Kassym-Shomart Tokayev", "Tokayev"} <= set(tokayev["alias"])
    assert "Russian Foreign Ministry" in set(m.loc[m["actor"] == "ru-foreign-ministry", "alias"])
    assert not ((m["actor"] == "russia") & (m["start"].isin(m.loc[m["actor"] == "ru-foreign-ministry", "start"]))).any()


def test_discover_without_codebook(seed):
    candidates = discover(seed)
    names = set(candidates["name"])
    assert {"Kazakhstan", "Russia"} <= names
    assert candidates.loc[candidates["name"] == "Kazakhstan", "mentions"].item() >= 10


def seed_labels():
    import yaml

    return {a["label"] for a in yaml.safe_load(SEED_CODEBOOK.read_text(encoding="utf-8"))["actors"]}


@pytest.mark.parametrize("name", ["07-saudi-oil-drone-attacks", "10-trump-syria-troop-withdrawal"])
def test_a_non_seed_article_shows_no_seed_actor_unless_it_names_it(name):
    """Without a codebook, nothing of the seed's codebook leaks into another article's actors."""
    from conftest import REPO

    from analysis import load_article
    from analysis.sentiment import actor_sentiment

    article = load_article(REPO / "data" / "articles" / f"{name}.txt")
    ranked = actor_sentiment(article, engine="vader", min_mentions=1)
    leaked = {label for label in set(ranked["label"]) & seed_labels() if label not in article.text}
    assert not leaked
    assert "Kazakhstan" not in set(ranked["label"])


def test_notebook_02_on_a_non_seed_article_has_no_seed_label_nor_seed_caveats(tmp_path):
    """Notebook 02 run on a Wikinews article with no codebook: discovery mode, said plainly; no
    seed actor, no seed hand labels, no translation warning."""
    import papermill
    from conftest import REPO

    article = REPO / "data" / "articles" / "07-saudi-oil-drone-attacks.txt"
    out = tmp_path / "02.ipynb"
    papermill.execute_notebook(str(REPO / "notebooks" / "02_actor_sentiment.ipynb"), str(out),
                               parameters={"article_path": str(article), "actors_path": "", "engine": "vader"},
                               cwd=str(REPO / "notebooks"), progress_bar=False, kernel_name="python3")
    import nbformat

    cells = nbformat.read(out, as_version=4).cells
    page = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                      + str(o.get("data", {}).get("text/html", ""))
                      for c in cells if c.cell_type == "code" for o in c.outputs)
    text = article.read_text(encoding="utf-8")
    assert "Discovery mode" in page
    assert "machine translation" not in page and "hand labels on" not in page
    leaked = {label for label in seed_labels() if label in page and label not in text}
    assert not leaked
