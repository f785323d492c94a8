"""Quotes and who said them.

``extract_quotes(article)`` finds every quoted passage in the body (curly, straight, „“ and «»
marks; a quote closed with the wrong mark; a quote running on into the next paragraph), decides
its kind (direct, partial, scare, headline; and indirect speech without marks), and attributes
it with ``analysis.speakers`` (cue verbs, speaker phrases, pronouns). A quote with no cue
inherits the speaker of the quote before it in the same or previous paragraph, or the subject
of a statement ("X called for ...") earlier in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..actors.mentions import find_mentions
from ..lexicon.names import Name, find_names
from ..reading.article import Article
from ..reading.records import Segment
from .speakers import (
    GROUP_HEAD,
    PASSIVE,
    Resolver,
    Speaker,
    SpeechAct,
    attribute,
    cue_re,
    head_of,
    sentence_acts,
    speaker_phrase,
    statement_subject,
)

OPENERS = {"“": "”“", "„": "“”", "«": "»", '"': '"'}
COLUMNS = [
    "quote", "kind", "speaker", "speaker_as_written", "speaker_type", "role", "cue", "segment",
    "start", "end", "speaker_start", "speaker_end", "confidence", "linked_to",
]
SCARE_MAX_WORDS = 3
NAMED = re.compile(
    r"\b(?:of|from|named|titled|entitled|group|organi[sz]ation|campaign|movement|charity|party|film|book|documentary)"
    r"\s*$",
    re.IGNORECASE,
)
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


# ---------------------------------------------------------------- finding quote spans


def find_spans(text: str, seg: Segment) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quote spans (start, end, closed) inside a segment; and whether the last one is left open.

    Offsets are of the words inside the marks. A curly opening mark seen while a quote is open
    and followed by a space or the end closes it (the wrong-mark case). Marks of one quote
    nested in another (single quotes, a straight pair inside curly ones) stay inside it.
    """
    spans: list[tuple[int, int, bool]] = []
    open_at, closers, nested = -1, "", 0
    i = seg.start
    while i < seg.end:
        ch = text[i]
        if open_at < 0:
            if ch in OPENERS and _can_open(text, i, seg):
                open_at, closers = i + 1, OPENERS[ch]
        elif ch == '"' and closers == '"' and i > open_at and _can_open(text, i, seg):
            nested += 1  # a straight pair inside a straight quote: "... The "United States" is ..."
        elif ch == '"' and nested:
            nested -= 1
        elif ch in closers and _can_close(text, i, seg, open_at):
            spans.append((open_at, i, True))
            open_at = -1
        elif ch == '"' and closers != '"' and _can_close(text, i, seg, open_at):
            spans.append((open_at, i, True))  # curly opened, straight closed
            open_at = -1
        i += 1
    left_open = open_at >= 0
    if left_open:
        spans.append((open_at, seg.end, False))
    spans = [(a, b, c) for a, b, c in (_trim(text, *s) for s in spans) if b > a]
    return [s for s in spans if not _is_quoted_name(text, s[0], s[1])], left_open


def _is_quoted_name(text: str, start: int, end: int) -> bool:
    """A title or a group's name in quote marks ("Anna X of "Have no fear"") is not a quote."""
    inner = text[start:end]
    return (
        len(inner.split()) <= 5
        and inner[:1].isupper()
        and inner.rstrip()[-1:] not in ".,!?;:"
        and NAMED.search(text, max(0, start - 30), start - 1) is not None
    )


def _trim(text: str, start: int, end: int, closed: bool) -> tuple[int, int, bool]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, closed


def _can_open(text: str, i: int, seg: Segment) -> bool:
    if text[i] != '"':
        return True
    before = text[i - 1] if i > seg.start else " "
    after = text[i + 1] if i + 1 < seg.end else " "
    return (before.isspace() or before in "([{—–-:,;/") and not after.isspace()


def _can_close(text: str, i: int, seg: Segment, open_at: int) -> bool:
    if i == open_at:
        return False
    after = text[i + 1] if i + 1 < seg.end else " "
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
    speaker_as_written: the words in the text; speaker_type: person | organisation | anonymous;
    role; cue; segment; start, end: offsets of the quote; speaker_start, speaker_end;
    confidence (0-1, a rule's trust, not a probability); linked_to: for a headline quote, the
    row of the body quote it repeats. With an actor ``codebook`` (``analysis.actors``), speakers
    named by one of its aliases take the actor's label, and columns ``actor`` and
    ``actor_type`` are added (the codebook only canonicalises names; detection is the same).
    """
    return quote_table(find_quotes(article, include_indirect), codebook)


def quote_table(records: list[Quote], codebook=None) -> pd.DataFrame:
    """``Quote`` records as the table of ``extract_quotes`` (speakers named by ``codebook`` if given)."""
    quotes = [dict(vars(q)) for q in records]  # flat records: vars is asdict
    table = pd.DataFrame(quotes, columns=COLUMNS).astype({"linked_to": "Int64", "speaker_start": "Int64",
                                                           "speaker_end": "Int64"})
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
    pairs = []
    for q in quotes.itertuples():
        if not isinstance(q.speaker, str) or q.kind == "headline":
            continue
        inside = mentions[(mentions["start"] >= q.start) & (mentions["end"] <= q.end)]
        pairs += [(q.speaker, label) for label in inside["label"]]
    if not pairs:
        return pd.DataFrame()
    frame = pd.DataFrame(pairs, columns=["speaker", "about"])
    return pd.crosstab(frame["speaker"], frame["about"])


def find_quotes(article: Article, include_indirect: bool = True) -> list[Quote]:
    """``Quote`` records in text order (see ``extract_quotes`` for the fields)."""
    return analyse_quotes(article, include_indirect)[0]


def speech_acts(article: Article) -> list[SpeechAct]:
    """Every speech or statement clause of the body with a resolved speaker, quoted or not.

    Sources reuse these so that speakers are detected once, here.
    """
    return analyse_quotes(article)[1]


def analyse_quotes(article: Article, include_indirect: bool = True) -> tuple[list[Quote], list[SpeechAct]]:
    """One pass over the body: quotes and speech acts (``analysis.analysed.Analysis`` keeps them)."""
    text = article.text
    acts: list[SpeechAct] = []
    sentences_by_segment: dict[int, list[tuple[int, int]]] = {}
    for s in article.sentences:
        sentences_by_segment.setdefault(s.segment, []).append((s.start, s.end))
    resolver = Resolver()
    quotes: list[Quote] = []
    carried = False  # previous paragraph left a quote open
    last_para_speaker: Speaker | None = None
    for seg in article.body:
        spans, left_open = find_spans(text, seg)
        masks = [(a, b) for a, b, _ in spans]
        para_speaker: Speaker | None = None
        para_statement: Speaker | None = None
        if seg.kind in ("headline", "subheading"):
            for a, b, _ in spans:
                quotes.append(Quote(text[a:b], "headline", a, b, seg.index, confidence=0.5))
            resolver.add(_names_outside(text, seg.start, seg.end, masks))
            continue
        sents = sentences_by_segment.get(seg.index, [(seg.start, seg.end)])
        reopened = carried and text[seg.start] in OPENERS
        for s_start, s_end in sents:
            resolver.add(_names_outside(text, s_start, s_end, masks), sentence=True)
            inside = [(a, b) for a, b in masks if s_start <= a < s_end]
            if inside:  # a quote running over several sentences is framed by all of them
                s_end = max(s_end, max(e for st, e in sents if st < inside[-1][1]))
            sent_masks = [(max(a, s_start), min(b, s_end)) for a, b in inside]
            statement = statement_subject(text, s_start, s_end, masks, resolver)
            para_statement = statement or para_statement
            for a, b in inside:
                q_a, q_b = max(a, seg.start), b
                words = len(text[q_a:q_b].split())
                speaker = attribute(text, (s_start, s_end), sent_masks, (q_a, q_b), resolver)
                kind = _kind(text, (s_start, s_end), (q_a, q_b), words, speaker)
                confidence = speaker.confidence if speaker else 0.0
                if speaker is None:
                    opens_paragraph = reopened or q_a == seg.start + 1
                    inherit = para_speaker or (last_para_speaker if opens_paragraph else None)
                    inherit = inherit or statement or para_statement or last_para_speaker
                    if inherit is not None:
                        speaker = inherit
                        confidence = min(inherit.confidence, 0.6)
                quote = Quote(text[q_a:q_b], kind, q_a, q_b, seg.index, confidence=round(confidence, 2))
                if speaker:
                    _fill(quote, speaker)
                    if speaker.name:
                        para_speaker = speaker
                        resolver.last_speaker = speaker
                quotes.append(quote)
            acts.extend(sentence_acts(text, (s_start, s_end), sent_masks, seg.index, resolver))
            if include_indirect and not inside:
                indirect = _indirect(text, s_start, s_end, seg.index, resolver)
                if indirect:
                    quotes.append(indirect)
                    para_speaker = para_speaker or Speaker(
                        indirect.speaker_as_written, indirect.speaker_start, indirect.speaker_end, indirect.cue,
                        indirect.speaker, indirect.speaker_type, indirect.role, indirect.confidence)
        carried = left_open
        last_para_speaker = para_speaker or (last_para_speaker if carried else None)
    _link_headlines(quotes)
    return quotes, acts


def _names_outside(text: str, a: int, b: int, masks: list[tuple[int, int]]) -> list[Name]:
    return [n for n in find_names(text, a, b) if not any(m0 <= n.start < m1 for m0, m1 in masks)]


def _fill(quote: Quote, speaker: Speaker) -> None:
    quote.speaker = speaker.name
    quote.speaker_as_written = speaker.written
    quote.speaker_type = speaker.type
    quote.role = speaker.role
    quote.cue = speaker.cue
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end


def _kind(text: str, sent: tuple[int, int], span: tuple[int, int], words: int, speaker: Speaker | None) -> str:
    """direct (a whole statement), partial (words woven into the author's sentence), scare."""
    before = text[sent[0] : span[0] - 1]
    after = text[span[1] + 1 : sent[1]]
    cue_before = re.search(cue_re().pattern + r"\s*[:,]?\s*$", before) is not None
    cue_after = re.match(r"^\s*[,!?]?\s*(?:[\w’'.-]+\s+){0,6}?" + cue_re().pattern, after) is not None
    if words <= SCARE_MAX_WORDS and not ((cue_before or cue_after) and text[span[1] - 1] in ",.!?"):
        return "scare"
    starts_sentence = not before.strip() or cue_before or re.search(r"[:,]\s*$", before) is not None
    ends_sentence = not after.strip(" .") or re.match(r"^\s*[,.!?]", after) is not None
    inner = text[span[0] : span[1]].rstrip()
    complete = inner[-1:] in ".!?,…" or ends_sentence and starts_sentence
    return "direct" if starts_sentence and complete else "partial"


INDIRECT_VERBS = re.compile(
    r"\b(said|says|told|announced|stressed|added|declared|claimed|warned|insisted|argued|noted|confirmed|"
    r"explained|reported|wrote|tweeted|stated)\b"
)


def _indirect(text: str, a: int, b: int, segment: int, resolver: Resolver) -> Quote | None:
    """Reported speech in a sentence without quote marks: "S said (that) CLAUSE" / "CLAUSE, S said."."""
    sentence = text[a:b]
    tail = re.search(r",\s+([^,]{1,80}?)\s+(" + INDIRECT_VERBS.pattern[2:-2] + r")\b([^,]{0,60})[.!]?$", sentence)
    if tail and len(tail.group(1).split()) <= 8:
        s_a, s_b = speaker_phrase(text, a + tail.start(1), a + tail.end(1))
        clause_a, clause_b = a, a + tail.start()
        cue = tail.group(2)
    else:
        m = INDIRECT_VERBS.search(sentence)
        if not m or PASSIVE.search(sentence[: m.start()]):
            return None
        s_a, s_b = speaker_phrase(text, a, a + m.start())
        if s_b <= s_a or len(text[s_a:s_b].split()) > 10:
            return None
        rest = sentence[m.end() :]
        obj = re.match(r"\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,5}?(?=(?:that\s|\p{Lu}))".replace(r"\p{Lu}", "[A-Z]"),
                       rest) if m.group(1) == "told" else None
        clause = re.match(r"\s*(?:[^,.;]{0,40}?\bthat\s+)?", rest[obj.end() :] if obj else rest)
        offset = m.end() + (obj.end() if obj else 0) + clause.end()
        clause_a, clause_b = a + offset, b
        cue = m.group(1)
        if len(text[clause_a:clause_b].split()) < 4:
            return None
    while clause_b > clause_a and text[clause_b - 1] in " .,;":
        clause_b -= 1
    if re.search(r"\b(?:is|are|was|were|be|been|has|have|had|will|would)\b", text[s_a:s_b]):
        return None  # "Ivan's condition was on Wednesday reported": not a speaker
    name, kind, role, conf = head_of(text, s_a, s_b, resolver)
    if name is None or (kind == "anonymous" and not GROUP_HEAD.search(text[s_a:s_b])):
        return None
    speaker = Speaker(text[s_a:s_b], s_a, s_b, cue, name, kind, role, conf * 0.8)
    quote = Quote(text[clause_a:clause_b], "indirect", clause_a, clause_b, segment,
                  confidence=round(speaker.confidence, 2))
    _fill(quote, speaker)
    return quote


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


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Speakers ranked by quotes: speaker, speaker_type, quotes, words_quoted, share_of_words.

    Quotes with no speaker count under "(unattributed)"; headline repeats are left out.
    """
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
    """Quotes and words quoted per kind (direct, partial, indirect, scare, headline)."""
    words = quotes["quote"].str.split().str.len()
    table = quotes.assign(words=words).groupby("kind", as_index=False).agg(
        quotes=("quote", "size"), words=("words", "sum"))
    order = {k: i for i, k in enumerate(["direct", "partial", "indirect", "scare", "headline"])}
    return table.sort_values("kind", key=lambda s: s.map(order)).reset_index(drop=True)
