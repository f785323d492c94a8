"""Issue 15u's cuts keep every number: the model's windows that are the whole sentence take the
sentence's VADER compound (not computed again), own-quote blanking copies a text only when it
blanks a quote, and VADER's emoji test skips ASCII texts."""

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.sentiment import lexicons, model
from analysis.sentiment.targets import without_own_quotes

SENTENCES = [
    "Officials praised Smith.",
    "Smith won.",
    "The terrible attack was condemned by Ankara, but Smith praised the brave police officers on Monday.",
    "“It was a GREAT day,” Smith said, and Jones agreed!!",
    "Catch 💘 emoji with Smith 😁 happy",
    "  Smith  ",
]


def _old_dense(sentence: str, start: int, end: int) -> list[float]:
    """``dense_features`` as it was: VADER run on each window, whatever it holds."""
    (starts, ends, words), i0, i1 = model._tokens(sentence, start, end)

    def span(lo: int, hi: int) -> str:
        lo, hi = max(0, lo), min(len(starts), hi)
        return sentence[starts[lo] : ends[hi - 1]] if hi > lo and starts else ""

    features = model.dense_features(sentence, start, end)
    features[1], features[2] = lexicons.vader(span(i0 - 5, i1 + 6)), lexicons.vader(span(i0 - 10, i1 + 11))
    return features


def test_whole_sentence_windows_take_the_sentence_compound():
    reference = SentimentIntensityAnalyzer()
    for sentence in SENTENCES:
        start = sentence.index("Smith")
        end = start + len("Smith")
        features = model.dense_features(sentence, start, end)
        assert features == _old_dense(sentence, start, end), sentence
        assert features == model.dense_features(sentence, start, end, model.sentence_features(sentence))
        if len(sentence.split()) <= 5 and sentence == sentence.strip():  # the windows are the sentence
            assert features[1] == features[2] == features[0] == reference.polarity_scores(sentence)["compound"]


def test_own_quote_blanking_copies_only_when_it_blanks():
    text = "Smith met Jones in Ankara."
    assert without_own_quotes(text, 0, 5)[0] is text  # nothing to blank: the text itself
    quoted = '"We will win," Smith said.'
    at = quoted.index("Smith")
    blanked, start, end = without_own_quotes(quoted, at, at + 5)
    assert blanked == " " * 14 + " Smith said." and (start, end) == (at, at + 5)
    about = 'Jones said: "Smith is wrong."'
    assert without_own_quotes(about, about.index("Smith"), about.index("Smith") + 5)[0] == about


def test_vader_emoji_test_skips_ascii_only():
    analyser = lexicons._vader()
    assert not analyser.ascii_emoji  # VADER 3.3.2's emojis are all outside ASCII
    assert not analyser.has_emoji("Plain ASCII text :) <3")
    assert not analyser.has_emoji("“Curly quotes” and naïve words")
    assert analyser.has_emoji("A heart 💘 here")
    reference = SentimentIntensityAnalyzer()
    for text in ("A heart 💘 here, so good", "Plain GOOD text!!", "“Curly” bad news"):
        assert analyser.polarity_scores(text) == reference.polarity_scores(text)
        assert analyser.compound(text) == reference.polarity_scores(text)["compound"]
