"""Quotes and who said them.

``extract_quotes(article)`` finds every quoted passage in the body (curly, straight, „“ and «»
marks; British single marks; the NYT archive's '' and ``: one house style per article, see
``data/quote_marks.yml``; a quote closed with the wrong mark; a quote running on into the next
paragraph; a quote nested in another stays inside it), decides
its kind (direct, partial, scare, headline; and indirect speech without marks), and attributes
it with ``analysis.speakers`` (cue verbs, speaker phrases, pronouns). A quote with no cue
inherits the speaker of the quote before it in the same or previous paragraph, or the subject
of a statement ("X called for ...") earlier in the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, partial

import pandas as pd
import regex

from ..actors.mentions import find_mentions
from ..errors import DataFileError
from ..lexicon.canonical import canonical_names
from ..lexicon.memory import collector_paused
from ..lexicon.names import Name, find_names, fold, keep_names, quote_words
from ..lexicon.patterns import WordSpans, alternation
from ..lexicon.resources import rules
from ..reading.article import Article
from ..reading.records import Segment
from .speakers import (
    APPOSED_NAME_WORDS,
    INDIRECT,
    INHERITED,
    NARRATOR,
    PASSIVE,
    UNNAMED,
    Resolver,
    Speaker,
    SpeechAct,
    act_re,
    attribute,
    caption_writer,
    clause_subject,
    cue_re,
    cue_words,
    group_head,
    head_of,
    relative_subject,
    sentence_acts,
    sentence_frame,
    sentence_subject,
    speaker_phrase,
    statement_subject,
    transcript_turn,
)

COLUMNS = [
    "quote", "kind", "speaker", "speaker_as_written", "speaker_type", "role", "cue", "segment",
    "start", "end", "speaker_start", "speaker_end", "confidence", "linked_to", "nested_in",
]
SCARE_MAX_WORDS = 3  # a quote of one to three words with no cue of its own is a scare quote
HEADLINE = 0.5  # confidence of a headline quote before it is linked to the body quote it repeats
NAME_WINDOW = 30  # characters before a quoted title searched for "of", "titled", "group" ...
KIND_WINDOW = 200  # characters either side of a quote searched for its cue when judging its kind
NAMED = re.compile(
    r"\b(?:of|from|named|titled|entitled|group|organi[sz]ation|campaign|movement|charity|party|film|book|documentary)"
    r"\s*$",
    re.IGNORECASE,
)
# Patterns compiled once (speed: the rules run for every quote and sentence).
WORD = re.compile(r"[^\W\d_][\w’'-]*")
COLON_BEFORE = re.compile(r"[:,]\s*$")
PUNCT_AFTER = re.compile(r"^\s*[,.!?]")
THAT_CLAUSE = re.compile(r"\s*(?:[^,.;]{0,40}?\bthat\s+)?")
AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\b")
@dataclass
class Quote:
    """One quoted passage (or reported clause) and its attribution; offsets into article.text."""

    quote: str
    kind: str
    start: int
    end: int
    segment: int
    speaker: str | None = None
    speaker_as_written: str | None = None
    speaker_type: str | None = None
    role: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    confidence: float = 0.0
    linked_to: int | None = None
    nested_in: int | None = None  # for a quote inside another quotation: the row of that quotation


# ---------------------------------------------------------------- finding quote spans


@dataclass(frozen=True)
class HouseStyle:
    """One quote-mark house style of ``data/quote_marks.yml``: its opening marks, each with the
    marks that close it, and a pattern finding every mark of the style (longest first)."""

    name: str
    openers: dict[str, tuple[str, ...]]
    marks: re.Pattern[str]


@cache
def house_styles() -> dict[str, HouseStyle]:
    """The styles of ``data/quote_marks.yml`` by name."""
    out = {}
    for name, entry in rules("quote_marks")["styles"].items():
        openers = {mark: tuple(closers) for mark, closers in entry["openers"].items()}
        every = {*openers, *(c for closers in openers.values() for c in closers)}
        if TWO_SINGLE in every:
            every.add(TWO_SINGLE + "'")  # a nested single mark next to the double one, as in: no.'''
        marks = re.compile("|".join(re.escape(m) for m in sorted(every, key=len, reverse=True)))
        out[name] = HouseStyle(name, openers, marks)
    return out


TWO_SINGLE = "''"  # the archive style's double mark


def house_style_setting() -> str:
    """The ``house_style`` setting of ``data/quote_marks.yml`` ("auto" or a style's name)."""
    return str(rules("quote_marks")["house_style"])


@cache
def elisions() -> frozenset[str]:
    """Words an apostrophe opens ("'n'", "'em"): a single mark before them opens no quote."""
    return frozenset(rules("quote_marks")["elisions"])


STYLE_MARKS = re.compile(r"''|``|[“„«\"‘']")  # the opening marks that tell the styles apart
OPEN_BEFORE = " \t\n([{—–-:;/"  # what may stand before an opening mark (straight or single)
# what may stand before a single mark counted for the "single" style: a space or a dash, not a
# bracket (code such as "alert('x')" in a page is no British quote)
SINGLE_OPEN_BEFORE = " \t\n—–"


def detect_house_style(text: str) -> str:
    """The house style of an article: the one whose opening marks in the body are most frequent (a
    tie goes to the style that opened a quote first, the outer one of nested quotes; no mark at all
    is "double"). The headline's marks do not count: US copy writes headline quotes in single marks
    ("Trump: ‘We Will Win’") over a body in double ones. One pass over the text's marks (speed:
    issue 15; about 0.2 ms for a PolNeAR article); a single mark inside a word (don't), after a
    bracket (code), before a digit ('90s) or an elision ('n', 'em) opens nothing."""
    if "'" not in text and "‘" not in text and "`" not in text:
        return "double"  # speed: only double marks can open a quote
    counts = {"double": 0, "archive": 0, "single": 0}
    first: dict[str, int] = {}
    words = elisions()
    body = text.find("\n") + 1 if text.strip().count("\n") else 0  # after the headline, if any
    for m in STYLE_MARKS.finditer(text, body):
        i, mark = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if mark in "“„«":
            counts["double"] += 1
        elif before not in OPEN_BEFORE:
            continue
        elif mark == '"' and not after.isspace():
            counts["double"] += 1
        elif len(mark) == 2 and (after.isalnum() or after in "'\"‘“"):
            counts["archive"] += 1
        elif after.isalpha() and before in SINGLE_OPEN_BEFORE and _word_at(text, m.end()) not in words:
            counts["single"] += 1
        else:
            continue
        first.setdefault(_style_of(mark), i)
    return max(counts, key=lambda s: (counts[s], -first.get(s, len(text))))


def _style_of(mark: str) -> str:
    return "archive" if len(mark) == 2 else "single" if mark in "'‘" else "double"


def _elided(text: str, i: int, words: frozenset[str]) -> bool:
    """Does the mark at ``i`` end an elision opened by a mark ("rock 'n' roll")?"""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j > 0 and text[j - 1] in "'‘’" and text[j:i].casefold() in words


def _word_at(text: str, i: int) -> str:
    """The letters starting at ``i``, lower-cased ("em" for "'em all")."""
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].casefold()


def house_style(text: str, setting: str | None = None) -> HouseStyle:
    """The style to read ``text`` in: ``setting`` (default: ``house_style_setting()``), detected
    per article when "auto"."""
    setting = setting or house_style_setting()
    styles = house_styles()
    if setting == "auto":
        return styles[detect_house_style(text)]
    if setting not in styles:
        raise DataFileError(f"data/quote_marks.yml: unknown house style {setting!r} (one of auto, {', '.join(styles)})")
    return styles[setting]


def find_spans(text: str, seg: Segment, style: HouseStyle | None = None) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quote spans (start, end, closed) inside a segment; and whether the last one is left open.

    Offsets are of the words inside the marks. ``style``: the article's house style (default
    "double"). A curly opening mark seen while a quote is open and followed by a space or the end
    closes it (the wrong-mark case). Marks of one quote nested in another (single quotes in the
    double style, double ones in the single style, a straight pair inside curly ones) stay inside it.
    """
    style = style or house_styles()["double"]
    if "‘" in style.openers:
        spans, left_open = _single_spans(text, seg, style)
    else:
        spans, left_open = _double_spans(text, seg, style)
    spans = [(a, b, c) for a, b, c in (_trim(text, *s) for s in spans) if b > a]
    return [s for s in spans if not _is_quoted_name(text, s[0], s[1])], left_open


def _double_spans(text: str, seg: Segment, style: HouseStyle) -> tuple[list[tuple[int, int, bool]], bool]:
    """``find_spans`` for double marks (the "double" and "archive" styles)."""
    spans: list[tuple[int, int, bool]] = []
    open_at, closers, nested = -1, (), 0
    for mark in style.marks.finditer(text, seg.start, seg.end):  # speed: only the marks can open or close
        i, ch, end = mark.start(), mark.group(), mark.end()
        if len(ch) == 3:  # a nested single mark and the archive's double one
            ch = TWO_SINGLE
            i, end = (i, i + 3) if open_at < 0 else (i + 1, i + 3)
        if open_at < 0:
            if ch in style.openers and _can_open(text, i, seg, len(ch)):
                open_at, closers = end, style.openers[ch]
        elif ch == '"' and closers == ('"',) and i > open_at and _can_open(text, i, seg):
            nested += 1  # a straight pair inside a straight quote: "... The "United States" is ..."
        elif ch == '"' and nested:
            nested -= 1
        elif ch in closers and _can_close(text, i, seg, open_at, len(ch)):
            spans.append((open_at, i, True))
            open_at = -1
        elif ch == '"' and closers != ('"',) and _can_close(text, i, seg, open_at):
            spans.append((open_at, i, True))  # curly opened, straight closed
            open_at = -1
        elif ch == "”" and closers == ('"',) and not nested and _can_close(text, i, seg, open_at) \
                and text[i - 1 : i] in ".,!?":
            spans.append((open_at, i, True))  # '"There are two people ...,” said X': straight opened, curly closed
            open_at = -1
    left_open = open_at >= 0
    if left_open:
        spans.append((open_at, seg.end, False))
    return spans, left_open


def _single_spans(text: str, seg: Segment, style: HouseStyle) -> tuple[list[tuple[int, int, bool]], bool]:
    """``find_spans`` for single marks (British house style), where a mark may be an apostrophe.

    A mark between two letters or digits (don't, Nyong'o) is an apostrophe. A mark opens after a
    space or an opening bracket and before a letter, not before an elision ('n', 'em) or a digit
    ('90s). A mark closes after a non-space and before no letter; after an "s" and before a word
    ("the Smiths' album") it may be a possessive: it closes the quote only if no later mark of the
    paragraph does (a mark opening another quote first closes it there).
    """
    spans: list[tuple[int, int, bool]] = []
    open_at, closers, pending = -1, (), -1
    words = elisions()
    for mark in style.marks.finditer(text, seg.start, seg.end):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i > seg.start else " "
        after = text[i + 1] if i + 1 < seg.end else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        opens = ch in style.openers and before in OPEN_BEFORE and after.isalpha() \
            and _word_at(text, i + 1) not in words
        if open_at < 0:
            if opens:
                open_at, closers, pending = i + 1, style.openers[ch], -1
            continue
        if opens:
            if pending >= 0:  # a new quote opens: the possessive-looking mark closed the last one
                spans.append((open_at, pending, True))
                open_at, closers, pending = i + 1, style.openers[ch], -1
            continue
        if ch not in closers or before.isspace() or after.isalnum() or i == open_at or _elided(text, i, words):
            continue
        if before in "sS" and after == " " and text[i + 2 : i + 3].isalnum():
            pending = i if pending < 0 else pending  # "the Smiths' album" or "'pests' by": decided later
            continue
        spans.append((open_at, i, True))
        open_at, pending = -1, -1
    if open_at >= 0 and pending >= 0:
        spans.append((open_at, pending, True))
        open_at = -1
    left_open = open_at >= 0
    if left_open:
        spans.append((open_at, seg.end, False))
    return spans, left_open


def opening(text: str, start: int) -> int:
    """Where the opening mark of a quote whose words start at ``start`` begins ('' and `` are two characters)."""
    return start - 2 if text[max(0, start - 2) : start] in ("''", "``") else start - 1


def closing(text: str, end: int) -> int:
    """Where the closing mark of a quote whose words end at ``end`` ends ('' is two characters)."""
    return end + 2 if text[end : end + 2] == "''" else end + 1


def _is_quoted_name(text: str, start: int, end: int) -> bool:
    """A title or a group's name in quote marks ("Anna X of "Have no fear"") is not a quote."""
    inner = text[start:end]
    return (
        len(inner.split()) <= 5
        and inner[:1].isupper()
        and inner.rstrip()[-1:] not in ".,!?;:"
        and NAMED.search(text, max(0, start - NAME_WINDOW), opening(text, start)) is not None
    )


def _is_title(text: str, start: int, end: int) -> bool:
    """A title or words written on a thing, in quote marks: a scare quote, not someone's words.

    "told NBC's "Meet the Press."", "author of "Tough Choices,"": a title-cased name (every word
    capitalised but small words) after a possessive or a word for a show, book or medium, its
    punctuation inside the marks as US copy puts it; "a sign that reads "..."". Kept as a (scare)
    quote so that its words stay masked from speakers and sources.
    """
    inner = text[start:end]
    if len(inner.split()) <= TITLE_MAX_WORDS and CASE_NAME.fullmatch(inner):
        return True  # "the case “Eva Glawischnig-Piesczek vs. Facebook Ireland Limited”": a court case's name
    before = text[max(0, start - TITLE_WINDOW) : opening(text, start)]
    if inner[:1].isupper() and INSCRIPTION.search(before):
        return True
    return len(inner.split()) <= TITLE_MAX_WORDS and title_cased(inner) and TITLE_BEFORE.search(before) is not None \
        and WHAT_CALLED.search(before) is None


SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "with", "to", "in", "on", "at", "by", "from", "&", "not",
               "is", "that", "as", "but", "if", "than", "it", "its"}
# "a sign that reads “Glory to Communism,”", "a shirt that read “...”": words written on a thing
INSCRIPTION = re.compile(r"\b(?:sign|banner|placard|poster|shirt|t-shirt|hat|cap|sticker|billboard|bag|button|"
                         r"slogan|sweatshirt|jersey|mug)s?,?\s+(?:that\s+|which\s+)?(?:\w+\s+){0,2}?"
                         r"(?:reads?|read|said|says|advertised|advertises|proclaimed|proclaims|declared|declares|"
                         r"displayed|bore|bears|bearing|reading|saying)\s*[,:]?\s*$", re.IGNORECASE)
# A court case named by its parties ("Roe v. Wade", "X vs. Facebook Ireland Limited"): capitalised
# words on both sides of "v." or "vs." (issue 11ag, blind-test-9)
CASE_NAME = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+vs?\.\s+(?:the\s+)?[A-Z][\w’'.-]*"
                       r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w’'.,-]*)*[\s.,]*")
TITLE_WINDOW = 60  # characters before a quoted title: "known within the community as" is 29 of them
TITLE_MAX_WORDS = 12  # "This Week with George Stephanopoulos": a programme or book title is short
TITLE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:on|in|book|memoir|show|program|programme|series|film|movie|documentary|novel|album|song|"
    r"column|magazine|newspaper|autobiography|biography|author of|host of|star of|co-author of|co-editor of|"
    r"titled|entitled|dubbed|such as|called|known(?:\s+\S+){0,4}?\s+as|nicknamed|"
    r"advertising|advertised|slogan)|[”\"],?\s+(?:and|or))\s*[,:]?\s*$",
    re.IGNORECASE)


# "what he called "The Big Lie"": someone's words after all (a mixed quote), unlike "a program called "X""
WHAT_CALLED = re.compile(r"\bwhat\s+(?:\S+\s+){1,4}?called\s*[,:]?\s*$", re.IGNORECASE)


def title_cased(inner: str) -> bool:
    """Every word capitalised but small ones ("Meet the Press.", "Girls, Girls, Girls"): a title."""
    words = WORD.findall(inner)
    return bool(words) and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.casefold() in SMALL_WORDS for w in words)


def _trim(text: str, start: int, end: int, closed: bool) -> tuple[int, int, bool]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, closed


def _can_open(text: str, i: int, seg: Segment, width: int = 1) -> bool:
    if text[i] not in "\"'`":
        return True
    before = text[i - 1] if i > seg.start else " "
    after = text[i + width] if i + width < seg.end else " "
    # a straight mark before a comma or a stop closes, never opens: "... I'm a drummer' ", he recalled"
    return (before.isspace() or before in "([{—–-:,;/") and not after.isspace() and after not in ",.;:!?)"


def _can_close(text: str, i: int, seg: Segment, open_at: int, width: int = 1) -> bool:
    if i == open_at:
        return False
    after = text[i + width] if i + width < seg.end else " "
    if text[i] == "'":  # the archive's closing mark: before no letter or digit
        return not after.isalnum()
    if text[i] == "“":  # an opening mark used to close: only before a space or the end
        return after.isspace() or after in ".,;:!?)"
    if text[i] == '"':
        return not after.isalnum()
    return True


# ---------------------------------------------------------------- attribution


# ---------------------------------------------------------------- the extractor


def extract_quotes(article: Article, include_indirect: bool = True, codebook=None) -> pd.DataFrame:
    """Every quote of the body with its kind and speaker; columns as in ``COLUMNS``.

    quote: the words inside the marks (for indirect speech, the reported clause);
    kind: direct | partial | indirect | scare | headline; speaker: canonical name or None;
    speaker_as_written: the words in the text; speaker_type: person | organisation | anonymous
    | thing (a storm's name, issue 11am: never a source);
    role; cue; segment; start, end: offsets of the quote; speaker_start, speaker_end;
    confidence (0-1, a rule's trust, not a probability); linked_to: for a headline quote, the
    row of the body quote it repeats; nested_in: for a quote nested inside another quotation
    ("X said, "... Many people would ask me, 'Is it true?' ...""), the row of that quotation (its
    speaker is the one the outer speaker reports, else the outer speaker; it is no source of the
    article's own: the article cites the outer speaker). With an actor ``codebook`` (``analysis.actors``), speakers
    named by one of its aliases take the actor's label, and columns ``actor`` and
    ``actor_type`` are added (the codebook only canonicalises names; detection is the same).
    """
    return quote_table(find_quotes(article, include_indirect), codebook)


def quote_table(records: list[Quote], codebook=None) -> pd.DataFrame:
    """``Quote`` records as the table of ``extract_quotes`` (speakers named by ``codebook`` if given)."""
    integers = ("linked_to", "speaker_start", "speaker_end", "nested_in")
    if records:  # speed: the nullable integer columns built typed, not converted afterwards
        columns = {c: [getattr(q, c) for q in records] for c in COLUMNS}
        table = pd.DataFrame({c: pd.array(v, dtype="Int64") if c in integers else v for c, v in columns.items()})
    else:
        table = pd.DataFrame(columns=COLUMNS).astype({c: "Int64" for c in integers})
    return canonicalise(table, codebook) if codebook is not None else table


def canonicalise(quotes: pd.DataFrame, codebook) -> pd.DataFrame:
    """Speakers mapped to codebook actors: the longest alias found in the speaker's name wins."""
    actors, kinds, labels = [], [], []
    for speaker, written in zip(quotes["speaker"], quotes["speaker_as_written"]):
        actor = None
        for name in (speaker, written):
            if isinstance(name, str) and codebook._pattern is not None:
                hits = sorted(codebook._pattern.findall(name), key=len, reverse=True)
                if hits:
                    actor = codebook.actor_for(hits[0])
                    break
        actors.append(actor.id if actor else None)
        kinds.append(actor.type if actor else None)
        labels.append(actor.label if actor else speaker)
    return quotes.assign(speaker=labels, actor=actors, actor_type=kinds)


def about_table(article: Article, quotes: pd.DataFrame, codebook) -> pd.DataFrame:
    """Who is quoted about whom: speakers (rows) by codebook actors named inside their quotes."""
    return quoted_about(quotes, find_mentions(article, codebook, pronouns=False))


def quoted_about(quotes: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """``about_table`` from quotes and the actor mentions (by alias) already found."""
    starts, ends, labels = (mentions[c].tolist() for c in ("start", "end", "label"))
    order = sorted(range(len(starts)), key=starts.__getitem__)  # speed: mentions by position, no table per quote
    by_start = [starts[i] for i in order]
    pairs = []
    for q in quotes.itertuples():
        if not isinstance(q.speaker, str) or q.kind == "headline":
            continue
        inside = sorted(i for i in order[bisect_left(by_start, q.start) : bisect_right(by_start, q.end)]
                        if ends[i] <= q.end)
        pairs += [(q.speaker, labels[i]) for i in inside]
    if not pairs:
        return pd.DataFrame()
    frame = pd.DataFrame(pairs, columns=["speaker", "about"])
    return pd.crosstab(frame["speaker"], frame["about"])


def find_quotes(article: Article, include_indirect: bool = True, style: str | None = None) -> list[Quote]:
    """``Quote`` records in text order (see ``extract_quotes`` for the fields); ``style``: a house
    style setting replacing ``data/quote_marks.yml``'s (for measuring one against another)."""
    return analyse_quotes(article, include_indirect, style)[0]


def speech_acts(article: Article) -> list[SpeechAct]:
    """Every speech or statement clause of the body with a resolved speaker, quoted or not.

    Sources reuse these so that speakers are detected once, here.
    """
    return analyse_quotes(article)[1]


@collector_paused()  # speed: see analysis.lexicon.memory
def analyse_quotes(article: Article, include_indirect: bool = True,
                   style: str | None = None) -> tuple[list[Quote], list[SpeechAct]]:
    """Quotes and speech acts of the body, one paragraph and one sentence at a time.

    Linear in paragraph length: a sentence's quotes are found by position (``bisect``), and its
    cues once per sentence (``sentence_frame``), each quote looking only at cues within
    ``CUE_WINDOW`` characters. ``analysis.analysed.Analysis`` keeps the result for reuse. The
    quote marks are those of the article's house style (``house_style``, one for the article).
    """
    text = article.text
    keep_names(text)  # speed: the sources pass reads the same names (``names.keep_names``)
    marks = house_style(text, style)
    acts: list[SpeechAct] = []
    sentences_by_segment: dict[int, list[tuple[int, int]]] = {}
    for s in article.sentences:
        sentences_by_segment.setdefault(s.segment, []).append((s.start, s.end))
    resolver = Resolver(narrator=narrator(article))
    speech = WordSpans(text, speech_words())  # speed: which sentences can hold a speech or statement verb
    quotes: list[Quote] = []
    carried = False  # previous paragraph left a quote open
    last_para_speaker: Speaker | None = None
    plain: tuple[int, int] | None = None  # the sentence just before, when it held no quote
    for seg in article.body:
        resolver.new_paragraph()
        spans, left_open = find_spans(text, seg, marks)
        masks = [(a, b) for a, b, _ in spans]
        mask_starts = [a for a, _ in masks]
        para_speaker: Speaker | None = None
        para_statement: Speaker | None = None
        if seg.kind in ("headline", "subheading"):
            frame = sentence_frame(text, (seg.start, seg.end), [_marked(text, m) for m in masks])
            for a, b, _ in spans:
                quote = Quote(text[a:b], "headline", a, b, seg.index, confidence=HEADLINE)
                speaker = attribute(text, frame, (a, b), resolver)  # "Anna Berg: “...”", "“...,” Berg says"
                if speaker and speaker.name:
                    _fill(quote, speaker)
                quotes.append(quote)
            resolver.add(_names_outside(text, seg.start, seg.end, masks, mask_starts))
            continue
        byline = BYLINE.match(text, seg.start, seg.end) if not spans else None
        if byline and quotes and quotes[-1].segment == seg.index - 1 and quotes[-1].confidence <= INHERITED:
            # a paragraph "— Bernie Sanders." under a quote paragraph signs its unattributed or inherited quotes
            a, b = speaker_phrase(text, byline.start(1), byline.end(1))
            name, kind, role, conf = head_of(text, a, b, resolver)
            signer = Speaker(text[a:b], a, b, "dash", name, kind, role, conf)
            for quote in quotes:
                if quote.segment == seg.index - 1 and quote.confidence <= INHERITED \
                        and quote.kind in ("direct", "partial"):
                    _fill(quote, signer)
                    quote.confidence = round(conf, 2)
        sents = _join_tags(text, sentences_by_segment.get(seg.index, [(seg.start, seg.end)]))
        sent_starts = [st for st, _ in sents]
        reopened = carried and marks.marks.match(text, seg.start) is not None
        newcomer = False  # a person other than the previous paragraph's speaker is named here
        lead_in: Speaker | None = None  # the speaker of a quote-less sentence ending the paragraph with a cue
        for s_start, s_end in sents:
            names = _names_outside(text, s_start, s_end, masks, mask_starts)
            resolver.add(names, sentence=True, text=text, start=s_start)
            inside = masks[bisect_left(mask_starts, s_start) : bisect_left(mask_starts, s_end)]
            if inside:  # a quote running over several sentences is framed by all of them
                last = bisect_left(sent_starts, inside[-1][1]) - 1
                s_end = max(s_end, sents[last][1])
            k = bisect_right(mask_starts, s_start) - 1
            running = [masks[k]] if k >= 0 and masks[k][1] > s_start and masks[k] not in inside else []
            sent_masks = [(max(a, s_start), min(b, s_end)) for a, b in map(partial(_marked, text), running + inside)]
            # (a quote begun before, too; its marks blanked with it)
            speaks = speech.may_hold(s_start, s_end)  # speed: else no cue, act, statement or reported speech
            # speed: a sentence with no quote and no speech word needs no frame (only quotes and acts read it)
            frame = sentence_frame(text, (s_start, s_end), sent_masks, None if speaks else NO_WORD) \
                if speaks or inside else None
            statement = statement_subject(text, s_start, s_end, inside, resolver) if speaks else None
            para_statement = statement or para_statement
            for a, b in inside:
                q_a, q_b = max(a, seg.start), b
                words = len(text[q_a:q_b].split())
                if _is_title(text, q_a, q_b):  # a title or a sign's words: nobody's quote
                    quotes.append(Quote(text[q_a:q_b], "scare", q_a, q_b, seg.index))
                    continue
                caption = caption_writer(text, s_start, q_b, resolver)
                speaker = caption or transcript_turn(text, q_a, q_b, resolver) \
                    or attribute(text, frame, (q_a, q_b), resolver)
                # a caption is its writer's words inside the reporter's sentence (a mixed quote)
                kind = "partial" if caption else _kind(text, (s_start, s_end), (q_a, q_b), words, speaker)
                if speaker is None and kind == "partial" and q_a - 1 > s_start \
                        and not title_cased(text[q_a:q_b]):
                    # "Ribble casts Trump as a liberal who would “unravel” ...": the sentence's subject
                    speaker = relative_subject(text, s_start, q_a - 1, resolver) \
                        or clause_subject(text, s_start, q_a - 1, resolver)
                confidence = speaker.confidence if speaker else 0.0
                # a name used as a modifier ('the “one country, two systems” model') inherits no speaker
                named = kind == "scare" and _modifier(text[q_a:q_b], *_around(text, (s_start, s_end), (q_a, q_b)))
                if speaker is None and not named:
                    opens_paragraph = reopened or q_a == seg.start + 1
                    earlier = last_para_speaker if not newcomer or reopened else None
                    inherit = para_speaker or (earlier if opens_paragraph else None)
                    inherit = inherit or statement or para_statement or earlier
                    if inherit is None and plain is not None and q_a - 1 <= s_start:
                        # "Valastro praised X's leadership. “We need someone who ...”": a quote opening
                        # its sentence, with no one to inherit from, is the person the sentence just
                        # before (without a quote) was about, its subject (issue 11ae)
                        subject = sentence_subject(text, plain[0], plain[1], resolver)
                        inherit = subject if subject is not None and subject.type == "person" else None
                    if inherit is not None:
                        speaker = inherit
                        confidence = min(inherit.confidence, INHERITED)
                quote = Quote(text[q_a:q_b], kind, q_a, q_b, seg.index, confidence=round(confidence, 2))
                if speaker:
                    _fill(quote, speaker)
                    if speaker.name:
                        para_speaker = speaker
                        resolver.heard(speaker)
                quotes.append(quote)
            plain = None if inside or running else (s_start, s_end)
            if len(inside) > 1:
                _voice_fragments(text, quotes[len(quotes) - len(inside) :], (s_start, s_end))
            newcomer = newcomer or _new_person(names, last_para_speaker, resolver)
            sentence_act = sentence_acts(text, frame, seg.index, resolver) if speaks else []
            acts.extend(sentence_act)
            lead_in = None
            if sentence_act and not inside and sentence_act[-1].speaker_type in ("person", "organisation"):
                # "Sam Lau, the party's director, said in a statement." before a cue-less quote
                act = sentence_act[-1]
                name, kind, role, conf = head_of(text, act.start, act.end, resolver)
                if name:
                    para_statement = Speaker(act.as_written, act.start, act.end, act.cue, name, kind, role,
                                             min(conf, INHERITED))
                    lead_in = para_statement
            lead_in = lead_in or (statement if not inside else None)
            if not inside:
                # reported speech is read even when not returned: its speaker is heard, so that the
                # marked quotes get the same speakers with or without ``include_indirect``
                indirect = _indirect(text, s_start, s_end, seg.index, resolver) if speaks else None
                if indirect:
                    if include_indirect:
                        quotes.append(indirect)
                    reporter = Speaker(indirect.speaker_as_written, indirect.speaker_start, indirect.speaker_end,
                                       indirect.cue, indirect.speaker, indirect.speaker_type, indirect.role,
                                       indirect.confidence)
                    if indirect.speaker_type == "person":
                        resolver.heard(reporter)
                    para_speaker = para_speaker or reporter
        carried = left_open
        last_para_speaker = para_speaker or (last_para_speaker if carried or not newcomer else None)
        if lead_in is not None and text[seg.start : seg.end].rstrip().endswith(":"):
            last_para_speaker = lead_in  # "Dr. Ward stated:" introduces the quote paragraph(s) below
    quotes = _with_nested(text, quotes, marks, [(s.start, s.end) for s in article.sentences], resolver)
    _link_headlines(quotes)
    _canonical_speakers(quotes, acts, resolver)
    return quotes, acts


# ---------------------------------------------------------------- quotes nested in a quotation


NESTED_IN = ("direct", "partial")  # the quotations whose inner quotes are read (not titles, not headlines)
# A pronoun speaking inside a quotation: "I"/"we" are the outer speaker; "he", "they" point into the
# outer speaker's story, which the article's names (the resolver's) do not follow: the outer speaker too.
INDEFINITE_SPEAKERS = frozenset({"someone", "somebody", "everyone", "everybody", "anyone", "anybody", "people"})
PRONOUN_SPEAKERS = frozenset({"i", "we", "me", "us", "he", "she", "they", "it", "you", "him", "her", "them"})


def _with_nested(text: str, quotes: list[Quote], style: HouseStyle, sentences: list[tuple[int, int]],
                 resolver: Resolver) -> list[Quote]:
    """``quotes`` with the quotes nested in each quotation after it (``nested_in`` its row).

    The inner marks are the other style's (single marks inside double ones, double inside single,
    as ``find_spans`` leaves them inside the outer quote); apostrophes (don't, the '90s, O'Brien,
    "voters' ") open nothing, as in ``_single_spans``. The speaker is read inside the outer quotation
    with the same speaker grammar ("Many people would ask me, 'Is it true?'": "Many people"); a
    pronoun there ("I", "we", "he"; ``PRONOUN_SPEAKERS``), or no cue, is the outer speaker. A title
    or name in the inner marks is scare.
    """
    if not any(q.kind in NESTED_IN and any(m in q.quote for m in "'‘“\"") for q in quotes):
        return quotes  # speed: no quotation holds an inner mark
    starts = [a for a, _ in sentences]
    out: list[Quote] = []
    for quote in quotes:
        out.append(quote)
        if quote.kind not in NESTED_IN:
            continue
        row = len(out) - 1
        spans = _nested_spans(text, quote, style)
        for a, b in spans:
            k = max(bisect_right(starts, a) - 1, 0)
            last = max(bisect_right(starts, b - 1) - 1, k)
            sent = (max(sentences[k][0], quote.start), min(sentences[last][1], quote.end))
            nested = _nested_quote(text, quote, (a, b), sent, [s for s in spans if s[0] < sent[1] and s[1] > sent[0]],
                                   resolver)
            nested.nested_in = row
            out.append(nested)
    return out


@cache
def nested_cue_between() -> frozenset[str]:
    """``nested_cue_auxiliaries`` of ``data/quotes.yml``: the words between a subject and its verb."""
    return frozenset(str(w) for w in rules("quotes")["nested_cue_auxiliaries"])


@cache
def nested_cue_re() -> re.Pattern[str]:
    """Inside a quotation, speech is often reported in the present or with a modal ("Many people
    would ask me, '...'", "and I thought, '...'"): the subject (up to six words, after the start, a
    stop, a comma or "and"), the words between (``nested_cue_auxiliaries`` of ``data/quotes.yml``), a
    verb of ``nested_cue_verbs``, an object pronoun, then the inner quote's mark."""
    data = rules("quotes")
    verbs = alternation([str(v) for v in data["nested_cue_verbs"]])
    between = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nested_cue_between())
    return re.compile(r"(?:^|[.;!?]\s+|,\s+|\b(?:and|but|then|when|time|if)\s+)"
                      r"((?:[A-Za-z][\w’'-]*\s+){0,5}?[A-Za-z][\w’'-]*)"
                      r"\s+(?:(?:" + between + r")\s+)*(?:" + verbs + r")"
                      r"(?:\s+(?:me|us|him|her|them|you))?\s*[,:]?\s*$")


def _nested_cue(text: str, start: int, a: int, resolver: Resolver) -> Speaker | None:
    """The speaker of an inner quote whose cue (``nested_cue_re``) stands just before its mark."""
    cue = nested_cue_re().search(text[start : opening(text, a)])  # (a slice: "^" is the sentence's start)
    if cue is None or cue.group(1).casefold() in nested_cue_between():
        return None  # "and just go '...'": no subject
    s_a, s_b = speaker_phrase(text, start + cue.start(1), start + cue.end(1))
    if s_b <= s_a:
        return None
    name, kind, role, conf = head_of(text, s_a, s_b, resolver)
    return Speaker(text[s_a:s_b], s_a, s_b, "nested", name, kind, role, conf)


LOCATED_GROUP = re.compile(r"[A-Z]?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:in|from|across|around)\s+")  # "Women in "


def _located_group(speaker: Speaker) -> bool:
    """Is the speaker found a place after a group of people ("Women in Nevada" read as "Nevada")?"""
    located = LOCATED_GROUP.match(speaker.written)
    return located is not None and speaker.name is not None \
        and speaker.written[located.end() :].strip().removeprefix("the ") == speaker.name.removeprefix("the ")


NESTED_SUBJECT_WORDS = 6  # "One of the musicians", "Women in Nevada": a nested quote's speaker phrase is short


def _clause_not_subject(written: str) -> bool:
    """A speaker phrase found inside a quotation that is a clause rather than a subject: longer than
    ``NESTED_SUBJECT_WORDS`` words, or ending in a conjunction ("... our election system and")."""
    words = written.split()
    return len(words) > NESTED_SUBJECT_WORDS or (bool(words) and words[-1].casefold() in ("and", "but", "or"))


def _nested_spans(text: str, outer: Quote, style: HouseStyle) -> list[tuple[int, int]]:
    """Closed quote spans inside the quotation ``outer``, in the inner marks of ``style``."""
    styles = house_styles()
    inner = styles["double"] if "‘" in style.openers else styles["single"]
    seg = Segment(outer.segment, "paragraph", outer.start, outer.end, outer.quote)
    spans, _ = (_double_spans if inner.name == "double" else _single_spans)(text, seg, inner)
    out = []
    for a, b, closed in (_trim(text, *s) for s in spans):
        if closed and b > a and (a, b) != (outer.start, outer.end) and not _is_quoted_name(text, a, b):
            out.append((a, b))
    return out


def _nested_quote(text: str, outer: Quote, span: tuple[int, int], sent: tuple[int, int],
                  masks: list[tuple[int, int]], resolver: Resolver) -> Quote:
    """One quote nested in ``outer``: its kind and speaker, read in ``sent`` (its sentence, cut to
    the outer quotation) with the inner quotes ``masks`` blanked."""
    a, b = span
    if _is_title(text, a, b):
        return Quote(text[a:b], "scare", a, b, outer.segment)
    frame = sentence_frame(text, sent, masks)
    speaker = _nested_cue(text, sent[0], a, resolver) or attribute(text, frame, span, resolver)
    if speaker is not None and speaker.written.strip().casefold() in INDEFINITE_SPEAKERS:
        # "the next time someone says, '...'": nobody named, the words are not the outer speaker's
        speaker = replace(speaker, name=speaker.written.strip(), type="anonymous")
    if speaker is not None and _clause_not_subject(speaker.written):
        speaker = None  # "I think other people sometimes look at our system and": a clause, not a speaker
    if speaker is not None and (speaker.name is None or speaker.role == "author"
                                or re.split(r"['’]", speaker.written.casefold())[0] in PRONOUN_SPEAKERS):
        speaker = None  # "and I said, '...'", "I've always said, '...'", "He told me '...'": the outer speaker
    elif speaker is not None and _located_group(speaker):
        # "Women in Nevada have said, '...'": a place is never the speaker; the people written are
        speaker = replace(speaker, name=speaker.written.strip(), type="anonymous")
    kind = _kind(text, sent, span, len(text[a:b].split()), speaker)
    quote = Quote(text[a:b], kind, a, b, outer.segment)
    if kind == "scare":
        return quote
    if speaker is not None:
        _fill(quote, speaker)
        quote.confidence = round(speaker.confidence, 2)
    else:
        for field in ("speaker", "speaker_as_written", "speaker_type", "role", "cue", "speaker_start",
                      "speaker_end", "confidence"):
            setattr(quote, field, getattr(outer, field))
    return quote


def _marked(text: str, mask: tuple[int, int]) -> tuple[int, int]:
    """A quote's span widened by the second character of a two-character mark ('' or ``, the
    archive style), so that a sentence's frame blanks the whole mark (it blanks one beside a span)."""
    a, b = mask
    return a - (text[a - 2 : a] in ("''", "``")), b + (text[b : b + 2] == "''")


def narrator(article: Article) -> str:
    """Who "I" is outside quotes: the byline the source gives (``article.metadata``), else "the author"."""
    byline = article.metadata.get("byline")
    return byline.strip() if isinstance(byline, str) and byline.strip() else NARRATOR


NO_WORD = re.compile(r"(?!)")  # a pattern that never matches: the cues of a sentence that cannot hold one


@cache
def speech_words() -> frozenset[str]:
    """Every word the sentence rules look for: the cues (``cue_re``), the speech-act and statement
    verbs (``act_re``, ``statement_subject``) and the verbs of reported speech (``_indirect``). A
    sentence that holds none of them, in any case, cannot give a cue, an act, a statement or
    reported speech, so ``analyse_quotes`` skips those rules there (``WordSpans``; the same result)."""
    return frozenset({*cue_words(), *rules("quotes")["statement_verbs"], *quote_words("indirect_verbs")})


BYLINE = regex.compile(r"\s*[—–-]\s*(\p{Lu}[\w’'.-]*(?:\s+[\w’'.-]+){0,5})\.?\s*$")  # "— Bernie Sanders."
TAG_WORDS = 12  # "Todd asked the real estate mogul at the rally on Sunday": a tag is short


def _join_tags(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'“That would be you?” Borger asked.' is split after the '?': the tag joins its quote.

    A sentence ending in a closing quote mark after ? or ! is joined with the next sentence when
    that one is a short tag holding a cue ("Borger asked.", "he questioned."), so the cue frames
    the quote. Each sentence is looked at once (linear).
    """
    out: list[tuple[int, int]] = []
    for start, end in sents:
        if out:
            p_start, p_end = out[-1]
            inner = text[p_start:p_end].rstrip()
            tail = text[start:end]
            words = inner[:-2] if inner.endswith("''") else inner[:-1]  # '' closes an archive quote
            cue = cue_re().search(tail) if inner[-1:] in "”\"»'’" and words[-1:] in "?!" and words else None
            # the cue within the tag's first TAG_WORDS words: "Miller, a retired worker from a plant, said
            # pleasantly into the phone." is a tag however long the words after its cue
            if cue and len(tail[: cue.start()].split()) <= TAG_WORDS and not any(c in tail for c in "\"“”„«»") \
                    and tail[:1].isalpha():
                out[-1] = (p_start, end)
                continue
        out.append((start, end))
    return out


def _new_person(names: list[Name], previous: Speaker | None, resolver: Resolver) -> bool:
    """Does the sentence name a person (outside quotes) who is not the previous speaker?"""
    if previous is None or not previous.name:
        return False
    known = fold(previous.name).casefold().split()
    return any(n.type == "person" and fold(n.text).casefold().split()[-1:] != known[-1:] for n in names)


def _canonical_speakers(quotes: list[Quote], acts: list[SpeechAct], resolver: Resolver) -> None:
    """One name per person or organisation in the article (``canonical_names``), for quotes and acts."""
    persons = [q.speaker for q in quotes if q.speaker and q.speaker_type == "person"]
    persons += [n.text for n in resolver.names if n.type == "person"]
    named = [q.speaker for q in quotes if q.speaker and q.speaker_type in ("person", "organisation")]
    named += [a.speaker for a in acts if a.speaker_type in ("person", "organisation")]
    named += [n.text for n in resolver.names if n.type in ("person", "organisation")]
    mapping = canonical_names(named, persons=persons)
    mapping.update(_acronyms(named, mapping))
    for q in quotes:
        # the narrator ("the author", a byline) stays as given
        if q.speaker and q.speaker_type in ("person", "organisation") and q.role != "author":
            q.speaker = mapping.get(q.speaker, q.speaker)
    for i, act in enumerate(acts):
        if act.speaker_type in ("person", "organisation") and mapping.get(act.speaker, act.speaker) != act.speaker:
            acts[i] = replace(act, speaker=mapping[act.speaker])


ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_SMALL = frozenset({"of", "the", "for", "and", "on", "in", "to"})


def _acronyms(named: list[str], mapping: dict[str, str]) -> dict[str, str]:
    """An acronym ("WHO") -> the one longer name of the article whose capitalised words' initials
    spell it ("World Health Organization"), so that a body has one name whichever form it spoke in."""
    fulls = {mapping.get(n, n) for n in named if len(n.split()) > 1}
    spelled: dict[str, set[str]] = {}
    for full in fulls:
        words = [w for w in full.replace("-", " ").split() if w.casefold() not in ACRONYM_SMALL]
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            spelled.setdefault("".join(w[0] for w in words), set()).add(full)
    out = {}
    for name in named:
        bare = name.removeprefix("the ").removeprefix("The ")
        found = spelled.get(bare) if ACRONYM.fullmatch(bare) else None
        if found and len(found) == 1:
            out[name] = next(iter(found))
    return out


def _names_outside(text: str, a: int, b: int, masks: list[tuple[int, int]], mask_starts: list[int]) -> list[Name]:
    """Names in ``text[a:b]`` that are not inside a quote (masks looked up by position)."""
    out = []
    for n in find_names(text, a, b):
        k = bisect_right(mask_starts, n.start) - 1
        if k < 0 or not masks[k][0] <= n.start < masks[k][1]:
            out.append(n)
    return out


def _fill(quote: Quote, speaker: Speaker) -> None:
    quote.speaker = speaker.name
    quote.speaker_as_written = speaker.written
    quote.speaker_type = speaker.type
    quote.role = speaker.role
    quote.cue = speaker.cue
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end


def _kind(text: str, sent: tuple[int, int], span: tuple[int, int], words: int, speaker: Speaker | None) -> str:
    """direct (a whole statement), partial (words woven into reported speech), scare.

    A short quote is a scare quote unless it is someone's words: next to its cue ("“Never,” he
    said"), inside reported speech, i.e. after a cue in its sentence that found a speaker ("she
    called the plan “a disaster”", PolNeAR's mixed quotes), or words in lower case in a sentence
    about someone (``_voiced``: "the administration waves off the delay as having “minimal”
    impact").
    """
    before, after = _around(text, sent, span)
    if words <= NAME_MAX_WORDS and _names_a_thing(before, after):
        return "scare"  # "named the virus “...”", "commonly called “swine flu.”": a name, not words said
    if words <= NAME_MAX_WORDS and AS_TITLE.search(before) and title_cased(text[span[0] : span[1]]):
        return "scare"  # "named Thunberg as their 2019 “Person of the Year”": an award's or a rank's name
    if speaker is None and words <= NAME_MAX_WORDS and _modifier(text[span[0] : span[1]], before, after):
        return "scare"  # 'the “one country, two systems” model': a name used as a modifier, no one's words
    cue_before = cue_before_re().search(before) is not None
    cue_after = cue_after_re().match(after) is not None
    reported = speaker is not None and speaker.name is not None and _known_speaker(speaker) \
        and speaker.start is not None and speaker.start < span[0] \
        and speaker.cue not in ("dash", "subject") and speaker.end <= span[0]
    if words <= SCARE_MAX_WORDS and not ((cue_before or cue_after) and text[span[1] - 1] in ",.!?") \
            and not reported and not (_tagged(text, span, speaker) and not NAMING.search(before)) \
            and not _voiced(text[span[0] : span[1]], before, after):
        return "scare"
    starts_sentence = not before.strip() or cue_before or COLON_BEFORE.search(before) is not None
    # '... I'm a drummer' ", he recalled': a nested quote's mark, a space, then the closing mark
    ends_sentence = not after.strip(" .") or PUNCT_AFTER.match(after.lstrip().lstrip("\"”'’")) is not None
    inner = text[span[0] : span[1]].rstrip().rstrip("'’\"”")  # a nested quote closing with it: "... 'wait and see,'"
    complete = inner[-1:] in ".!?,…" or ends_sentence and starts_sentence
    return "direct" if starts_sentence and complete else "partial"


# A quote standing between a determiner and a lower-case noun, its closing mark straight after its
# last word: 'the “one country, two systems” model', 'their “Make America Great Again” hats'.
MODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|our)\s*$")
NOT_NOUNS = r"and|or|but|nor|to|of|that|for|in|on|at|with|by|from|as|about|over|into|is|was|are|were|be|has|had|have"
MODIFIER_AFTER = re.compile(r"^\s*(?!(?:" + NOT_NOUNS + r")\b)[a-z][\w-]*\b(?!\s*(?:said|says|told|added))")


def _around(text: str, sent: tuple[int, int], span: tuple[int, int]) -> tuple[str, str]:
    """The words of the sentence before and after a quote (``KIND_WINDOW`` characters), marks left out."""
    mark_a, mark_b = opening(text, span[0]), closing(text, span[1])
    return text[max(sent[0], mark_a - KIND_WINDOW) : mark_a], text[mark_b : min(sent[1], mark_b + KIND_WINDOW)]


def _modifier(inner: str, before: str, after: str) -> bool:
    """Is the quote a name used as a modifier ('the “one country, two systems” model')? Not in
    reported speech ("an article that claimed we now lived in a “post-truth” society")."""
    return inner[-1:].isalnum() and MODIFIER_BEFORE.search(before) is not None \
        and MODIFIER_AFTER.match(after) is not None and not _speech_before(before)


def _speech_before(before: str) -> bool:
    """Does a speech, statement or voicing verb stand before the quote in its sentence (other quotes left out)?"""
    lead = OTHER_QUOTE.sub(" ", before)
    return any(m.group(1) not in ("read", "reads") for m in act_re().finditer(lead)) \
        or voicing_re().search(lead) is not None


def _voice_fragments(text: str, quotes: list[Quote], sent: tuple[int, int]) -> None:
    """A short lower-case quote typed scare in a sentence whose other quote is someone's words
    (partial or direct, longer than a scare quote, with a speaker) is that speaker's words too: "her
    “passion” for the hobby “stemmed through my love for Halloween.”", "it would be “incredibly ugly,”
    “a huge shock” and “a fight from start to finish.”". Not a title or a name given to a thing."""
    voiced = [q for q in quotes
              if q.kind in ("partial", "direct") and q.speaker and len(q.quote.split()) > SCARE_MAX_WORDS]
    for q in quotes if voiced else ():
        if q.kind != "scare" or not q.quote[:1].islower() or title_cased(q.quote) or _is_title(text, q.start, q.end):
            continue
        before, after = _around(text, sent, (q.start, q.end))
        if NAMING.search(before) or _names_a_thing(before, after) or before.rstrip().endswith("(") \
                or _modifier(q.quote, before, after):
            continue
        q.kind = "partial"
        if q.speaker is None or q.confidence <= INHERITED:
            nearest = min(voiced, key=lambda v: abs(v.start - q.start))
            for field in ("speaker", "speaker_as_written", "speaker_type", "role", "cue", "speaker_start",
                          "speaker_end", "confidence"):
                setattr(q, field, getattr(nearest, field))


def _known_speaker(speaker: Speaker) -> bool:
    """A speaker that makes short quoted words someone's: a name, a group ("officials"), or
    whoever an "according to" names ("according to his physician, he had “excellent” results")."""
    return speaker.confidence > UNNAMED or speaker.cue == "according to" \
        or group_head().search(speaker.written) is not None


def _tagged(text: str, span: tuple[int, int], speaker: Speaker | None) -> bool:
    """Is a short quote (not a title) the words of a speaker named by a cue after it in its
    sentence ("Trump's “excesses” are sickening, Hollande said", "the border issue is the “main
    difference” between them, he added")? PolNeAR annotates such fragments as mixed quotes."""
    return speaker is not None and speaker.name is not None and speaker.start is not None \
        and speaker.start >= span[1] and speaker.cue not in ("dash", "subject", "colon") \
        and _known_speaker(speaker) \
        and not title_cased(text[span[0] : span[1]]) \
        and not CLAUSE_WORD.search(text, span[1] - 1, speaker.end)


# A word opening another clause between a quote and a later speaker ("a federal “supermax” prison,
# and an official said", "“ooooh” when Clinton accused him"): that speaker did not say the words.
CLAUSE_WORD = re.compile(r"(?:[,;]\W*\s(?:and|but|or)|"
                         r"\b(?:after|before|when|while|because|since|until|although|though|if|whereas))\s")


# A quoted name given to a thing: after "named", "dubbed", "known as", "was (commonly) called",
# "the (official) name ...:", "designation", with no quote mark and no cue between; or before "is the
# name". Eight words hold a long name ("severe acute respiratory syndrome coronavirus 2").
NAME_MAX_WORDS = 8
NAME_GIVEN = re.compile(r"\b(?:named|renamed|dubbed|termed|nicknamed|designation|(?:the|a|its|their|official|new)\s+"
                        r"names?|known\s+as|(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:also\s+)?called)"
                        r"\b[^“”\"\x00]{0,120}$", re.IGNORECASE)
# "as their 2019", "as the": before a title-cased quote, the name of a title, award or rank given to someone
AS_TITLE = re.compile(r"\bas\s+(?:a|an|the|its|their|his|her|this|next)\s+(?:\d{4}\s+)?$")
NAME_AFTER = re.compile(r"^\s*(?:is|was|will\s+be)\s+(?:the|a|its)\s+(?:\w+\s+)?name\b", re.IGNORECASE)


def _names_a_thing(before: str, after: str) -> bool:
    """Is the quote a name given to something ("named the virus “...”", "“COVID-19” is the name",
    "a technique called “...”")?"""
    given = NAME_GIVEN.search(before)
    if given and not cue_re().search(before, given.end()):
        return True
    return NAME_AFTER.match(after) is not None or CALLED_THING.search(before) is not None


# "a technique called “...”", "imitating a song called “...”": an article, up to three words (no
# verb or pronoun among them), "called" and the quote: a name given to a thing, not words said
# (issue 11av: two spurious partial/direct quotes of blind-test, -10; on PolNeAR train every such
# quote was already typed scare but one, a play's title PolNeAR does not list: one spurious fewer)
CALLED_THING = re.compile(r"\b(?:a|an|the)\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|who|which|that|he|she|"
                          r"they|it|we|i|you)\b)[a-z][\w-]*\s+){1,3}called\s*,?\s*$")


@cache
def cue_before_re() -> re.Pattern[str]:
    """A cue ending the words before a quote ("he said: ")."""
    return re.compile(cue_re().pattern + r"\s*[:,]?\s*$")  # as before: case-sensitive


@cache
def cue_after_re() -> re.Pattern[str]:
    """A cue within seven words after a quote ("”, the minister said")."""
    return re.compile(r"^\s*[,!?]?\s*(?:[\w’'.-]+\s+){0,6}?" + cue_re().pattern)  # as before: case-sensitive


VOICE_PRONOUN = re.compile(r"\b(?:he|she|they|I|we|his|her|their)\b", re.IGNORECASE)
# "so-called “metadata”", "This is called a “third-party request”", "what Apple is calling
# “spatial”", "known as": a term being named, not someone's words
NAMING = re.compile(r"(?:\bso[- ]called|"
                    r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+)?(?:called|named|termed|dubbed)|"
                    r"\bknown\s+as|\bwhat\s+(?:[\w’'-]+\s+){1,3}(?:calls?|called|calling|dubs?|terms?))"
                    r"\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
OTHER_QUOTE = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]")


def _voiced(inner: str, before: str, after: str) -> bool:
    """Are short quoted words (not a title) someone's? Yes when the words around them, other
    quotes left out, name a person or organisation, hold a personal pronoun or a speech or
    statement verb. On a PolNeAR train sample such words in lower case were an annotated quote
    four times in five; a title-cased name ("Saturday Night Live") stays a scare quote. An
    exclamation or question ("Mexico!") and a fragment of three words or more begun with a capital
    but not title-cased ("I am still here") are someone's words too (on PolNeAR train about four in
    five such scare quotes were annotated quotes); a gloss in parentheses ("Brexit (“British exit”)") is not.
    """
    if NAMING.search(before) or before.rstrip().endswith("("):
        return False  # "so-called ...", "anti-Brexit (“British exit”)": a term named or glossed
    words = inner.rstrip(" ,.")
    if words.endswith(("!", "?")):
        return True  # "“Mexico!” the crowd screamed": an exclamation or a question is someone's words
    if title_cased(inner):
        return False
    if inner[:1].isupper() and len(words.split()) >= SCARE_MAX_WORDS:
        return True  # "“I am still here,” it read": a sentence begun in capitals, not a title
    lead = OTHER_QUOTE.sub(" ", before)
    if any(m.group(1) not in ("read", "reads") for m in act_re().finditer(lead)):  # "read of": reading
        return True
    return voicing_re().search(lead) is not None


@cache
def voicing_re() -> re.Pattern[str]:
    """Verbs that put words in someone's mouth ("casts him as", "waves off"): ``voicing_verbs``."""
    return re.compile(r"\b(?:" + alternation(quote_words("voicing_verbs"), ignore_case=True) + r")\b", re.IGNORECASE)


@cache
def indirect_verbs() -> re.Pattern[str]:
    """Verbs of reported speech without quote marks (``indirect_verbs`` in ``data/quotes.yml``)."""
    return re.compile(r"\b(" + alternation(quote_words("indirect_verbs")) + r")\b")


@cache
def indirect_tail_re() -> re.Pattern[str]:
    """"CLAUSE, S said." at the end of a sentence: the speaker phrase, the verb, what follows it."""
    return re.compile(r",\s+([^,]{1,80}?)\s+" + indirect_verbs().pattern[2:] + r"([^,]{0,60})[.!]?$")


UPPER_OR_THAT = regex.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,5}?(?=(?:that\s|\p{Lu}))")


def _indirect(text: str, a: int, b: int, segment: int, resolver: Resolver) -> Quote | None:
    """Reported speech in a sentence without quote marks: "S said (that) CLAUSE" / "CLAUSE, S said."."""
    sentence = text[a:b]
    tail = indirect_tail_re().search(sentence)
    if tail and _named_subject(text, a, a + tail.start()):
        tail = None  # "Sam Lau, the director of X, said in a statement.": a name and its apposition
    if tail and len(tail.group(1).split()) <= 8:
        s_a, s_b = speaker_phrase(text, a + tail.start(1), a + tail.end(1))
        clause_a, clause_b = a, a + tail.start()
        cue = tail.group(2)
    else:
        m = indirect_verbs().search(sentence)
        if not m or PASSIVE.search(sentence[: m.start()]):
            return None
        s_a, s_b = speaker_phrase(text, a, a + m.start())
        if s_b <= s_a or len(text[s_a:s_b].split()) > 10:
            return None
        rest = sentence[m.end() :]
        obj = UPPER_OR_THAT.match(rest) if m.group(1) == "told" else None
        clause = THAT_CLAUSE.match(rest[obj.end() :] if obj else rest)
        offset = m.end() + (obj.end() if obj else 0) + clause.end()
        clause_a, clause_b = a + offset, b
        cue = m.group(1)
        if len(text[clause_a:clause_b].split()) < 4:
            return None
    while clause_b > clause_a and text[clause_b - 1] in " .,;":
        clause_b -= 1
    if AUXILIARY.search(text[s_a:s_b]):
        return None  # "Ivan's condition was on Wednesday reported": not a speaker
    name, kind, role, conf = head_of(text, s_a, s_b, resolver)
    if name is None or (kind == "anonymous" and not group_head().search(text[s_a:s_b])):
        return None
    speaker = Speaker(text[s_a:s_b], s_a, s_b, cue, name, kind, role, conf * INDIRECT)
    quote = Quote(text[clause_a:clause_b], "indirect", clause_a, clause_b, segment,
                  confidence=round(speaker.confidence, 2))
    _fill(quote, speaker)
    return quote


def _named_subject(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` (what stands before a tail "..., S said") a short person's name, not a clause?"""
    if len(text[a:b].split()) > APPOSED_NAME_WORDS:
        return False
    names = find_names(text, a, b)
    return len(names) == 1 and names[0].type == "person" and not text[a : names[0].start].strip(" “\"") \
        and not text[names[0].end : b].strip()


def _link_headlines(quotes: list[Quote]) -> None:
    """A headline quote points at the body quote whose words it repeats."""
    def norm(s: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", "", s.casefold()).split())

    for quote in quotes:
        if quote.kind != "headline":
            continue
        target = norm(quote.quote)
        for i, other in enumerate(quotes):
            if other.kind != "headline" and target and target in norm(other.quote):
                quote.linked_to = i
                quote.speaker, quote.speaker_type, quote.cue = other.speaker, other.speaker_type, "repeats"
                break


def outer_quotes(quotes: pd.DataFrame) -> pd.DataFrame:
    """The rows of a quote table that are not nested in another quotation (``nested_in`` empty): the
    quotes the article itself reports. A nested quote's words are inside its quotation's, so tables of
    counts and words leave it out (it stays in the quote table, with its own speaker)."""
    return quotes[quotes["nested_in"].isna()] if "nested_in" in quotes else quotes


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers ranked by quotes: speaker, speaker_type, quotes, words_quoted, share_of_words.

    Quotes with no speaker count under "(unattributed)"; headline repeats and quotes nested in a
    quotation (``outer_quotes``) are left out.
    """
    quotes = outer_quotes(quotes)
    body = quotes[quotes["kind"] != "headline"].copy()
    body["speaker"] = body["speaker"].fillna("(unattributed)")
    body["speaker_type"] = body["speaker_type"].fillna("unknown")
    body["words"] = body["quote"].str.split().str.len()
    table = body.groupby(["speaker", "speaker_type"], as_index=False).agg(
        quotes=("quote", "size"), words_quoted=("words", "sum"))
    table["share_of_words"] = (table["words_quoted"] / max(table["words_quoted"].sum(), 1)).round(3)
    return table.sort_values(["quotes", "words_quoted", "speaker"], ascending=[False, False, True],
                             ignore_index=True)


def kind_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes and words quoted per kind (direct, partial, indirect, scare, headline); quotes nested
    in a quotation left out (``outer_quotes``)."""
    quotes = outer_quotes(quotes)
    words = quotes["quote"].str.split().str.len()
    table = quotes.assign(words=words).groupby("kind", as_index=False).agg(
        quotes=("quote", "size"), words=("words", "sum"))
    order = {k: i for i, k in enumerate(["direct", "partial", "indirect", "scare", "headline"])}
    return table.sort_values("kind", key=lambda s: s.map(order)).reset_index(drop=True)


# ---------------------------------------------------------------- interview answers


# A turn label opening a paragraph of an interview: Wikinews' "((WN)) :", "((WSS))", "((Zara Kay))" and
# a bare ": question"; other outlets' "Q:", "A:", "Question:", "Answer:".
TURN_LABEL = re.compile(r"\s*(?:\(\((?P<label>[^()\n]{1,60})\)\)\s*:?|(?P<qa>Q|A|Question|Answer)\s*[.:]|:)\s")
MIN_QUESTIONS = 2  # an article with at least two question turns is an interview (one ": x" line is not)


def interview_answers(article: Article) -> list[tuple[int, str]]:
    """The answer paragraphs of an interview article: (segment index, interviewee) for each.

    A question turn is a paragraph opened by an interviewer's label: Wikinews' "((WN)) :" (a label
    with no lower-case letter: "WN", initials such as "WSS") or a bare ":", or "Q:" / "Question:". An
    answer is a paragraph opened by "((Name))" (a label with lower-case letters: that name), "A:" /
    "Answer:", or a paragraph with no label after a question or an answer (the answer goes on). The
    interviewee of an unlabelled or "A:" answer is the last "((Name))" label, else the person the
    headline names ("Wikinews interviews Craig X, ..."). Answers are not in quote marks: they are
    no quotes, but each of their sentences cites the interviewee (the gold sets count them so).
    """
    paragraphs = [s for s in article.body if s.kind in ("paragraph", "subheading")]  # a short question: subheading
    text = article.text
    turns = [(seg, TURN_LABEL.match(text, seg.start, seg.end)) for seg in paragraphs]
    questions = [t for _, t in turns if t and _question_label(t)]
    if len(questions) < MIN_QUESTIONS:
        return []
    headline = next((s for s in article.body if s.kind == "headline"), None)
    persons = [n.text for n in find_names(text, headline.start, headline.end) if n.type == "person"] if headline else []
    interviewee = persons[0] if persons else None
    out: list[tuple[int, str]] = []
    answering = False
    for seg, turn in turns:
        if turn and _question_label(turn):
            answering = True
            continue
        if turn and turn.group("label"):
            interviewee = turn.group("label").strip()
            answering = True
        elif turn and turn.group("qa"):
            answering = True
        elif seg.kind == "subheading":
            answering = False  # a subheading with no label ends the interview part
            continue
        if answering and interviewee and text[turn.end() if turn else seg.start : seg.end].strip():
            out.append((seg.index, interviewee))
    return out


def _question_label(turn: re.Match[str]) -> bool:
    """Is the turn label an interviewer's ("((WN))", "((WSS))", ":", "Q:", "Question:")?"""
    label = turn.group("label")
    if label is not None:  # "((WN))", "((WSS))", "((Wikinews))": the outlet or its reporter's initials
        return not any(ch.islower() for ch in label) or "wikinews" in label.casefold()
    qa = turn.group("qa")
    return qa is None or qa in ("Q", "Question")
