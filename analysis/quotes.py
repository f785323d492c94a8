"""Quotes and who said them.

``extract_quotes(article)`` finds every quoted passage in the body (curly, straight, „“ and «»
marks; a quote closed with the wrong mark; a quote running on into the next paragraph), decides
its kind (direct, partial, scare, headline; and indirect speech without marks), and attributes
it: a cue verb in the sentence ("said", "told", "according to", a dash), the speaker phrase
next to it trimmed to its head ("US State Department spokesman Ned Price" -> Ned Price), and
pronouns or "the organization" resolved to the nearest compatible name before them. A quote
with no cue inherits the speaker of the quote before it in the same or previous paragraph.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .article import Article
from .model import Segment
from .names import Name, find_names, fold, is_organisation_noun
from .resources import rules

OPENERS = {"“": "”“", "„": "“”", "«": "»", '"': '"'}
COLUMNS = [
    "quote", "kind", "speaker", "speaker_as_written", "speaker_type", "role", "cue", "segment",
    "start", "end", "speaker_start", "speaker_end", "confidence", "linked_to",
]
SCARE_MAX_WORDS = 3
TRAILING_AUX = re.compile(
    r"(?:\s+(?:had|has|have|was|were|is|are|will|would|also|previously|already|later|earlier|again|then|"
    r"once|first|repeatedly|\w+ly))+$"
)
PRONOUN_END = re.compile(r"(?:^|\s)(he|she|it|they|we|I)$", re.IGNORECASE)
POSSESSIVE_ORG = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+(?:office|ministry|government|administration|campaign|team|party|spokesman|spokeswoman|spokesperson)\b"
)
INTRO = re.compile(
    r"\s*(?:Following|After|Before|In|On|At|During|Since|While|When|Like|Unlike|Speaking|According|Regarding|"
    r"Despite|As|Earlier|Later|Meanwhile|Asked|Responding)\b[^,]{0,80},\s*"
)
ANONYMOUS_NOUNS = {"officials", "official", "sources", "source", "experts", "analysts", "diplomats", "witnesses",
                   "residents", "observers", "critics", "activists", "protesters", "demonstrators", "people",
                   "rescuers", "doctors", "eyewitnesses", "insiders", "spokesman", "spokeswoman", "spokesperson",
                   "interviewee", "interviewees", "mp", "lawmakers", "senators", "voters", "survivors"}
GROUP_HEAD = re.compile(
    r"^(?:the\s+|The\s+|a\s+|an\s+|A\s+|An\s+|one\s+|One\s+|some\s+|Some\s+|several\s+|Several\s+|many\s+|Many\s+)?"
    r"(?:[\w’'-]+\s+){0,3}(officials|official|sources|source|experts|analysts|diplomats|witnesses|residents|"
    r"observers|critics|activists|protesters|demonstrators|rescuers|doctors|eyewitnesses|insiders|authorities|"
    r"police|movement|government|ministry|army|military|rebels|militants|group|campaign|committee|lawmakers|"
    r"senators|voters|survivors|spokesman|spokeswoman|spokesperson|interviewee|MP)\s*$"
)
RELATIVE = re.compile(
    r"^(.+?)\s+\w+ed\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|message|post|tweet|letter|report|release)"
    r"\s+(?:which|that)$"
)
NAMED = re.compile(
    r"\b(?:of|from|named|titled|entitled|group|organi[sz]ation|campaign|movement|charity|party|film|book|documentary)"
    r"\s*$",
    re.IGNORECASE,
)
VERB_START = re.compile(r"^(?!(?:the|a|an|his|her|its|their|one|some|many|several|two|three)\b)[a-z]+(?:ed|s)\b")
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$")
EXPLETIVE = re.compile(r"^(?:there)$", re.IGNORECASE)
PREPOSITION_STOP = re.compile(
    r"\s+(?:on|in|at|to|during|after|before|via|from|with|about|of|earlier|last|this|that)\b.*$"
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


@cache
def _cue_re() -> re.Pattern[str]:
    verbs = sorted(rules("quotes")["speech_verbs"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(v) for v in verbs) + r")\b", re.IGNORECASE)


@cache
def _statement_re() -> re.Pattern[str]:
    verbs = sorted(rules("quotes")["statement_verbs"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(v) for v in verbs) + r")\b")


@cache
def _pronouns() -> dict[str, dict]:
    return rules("quotes")["pronouns"]


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


@dataclass
class _Speaker:
    written: str
    start: int
    end: int
    cue: str
    name: str | None
    type: str | None
    role: str | None
    confidence: float


class _Resolver:
    """Names seen so far in the body, to resolve 'he', 'it', 'the organization' and surnames."""

    LOOKBACK = 300  # names searched back for an antecedent: pronouns point to recent text

    def __init__(self) -> None:
        self.names: list[Name] = []
        self.subjects: set[int] = set()  # starts of names that open their sentence (its subject)
        self.last_speaker: _Speaker | None = None
        self.full: dict[str, list[Name]] = {}  # last word(s), folded -> multi-word names ending so

    def add(self, names: list[Name], sentence: bool = False) -> None:
        """Remember names in text order, a surname carrying the type of its full name.

        With ``sentence``, the names are one sentence's and the first person or organisation
        among them is remembered as its subject, which pronouns prefer.
        """
        first = True
        for name in names:
            name = self.canonical(name)
            if sentence and first and name.type in ("person", "organisation"):
                self.subjects.add(name.start)
                first = False
            self.names.append(name)
            words = fold(name.text).split()
            if len(words) > 1 and name.type != "unknown":
                self.full.setdefault(words[-1], []).append(name)
                self.full.setdefault(" ".join(words[-2:]), []).append(name)

    def canonical(self, name: Name) -> Name:
        """A surname or short form resolved to the fuller name seen before ("Price" -> "Ned Price")."""
        for prior in reversed(self.full.get(fold(name.text), ())):
            if prior.start < name.start and len(prior.text) > len(name.text):
                return Name(prior.text, name.start, name.end, prior.type, prior.gender, prior.role)
        return name

    def antecedent(self, before: int, want: str, gender: str | None = None) -> Name | None:
        """Nearest earlier name of the wanted type; a recent name of the right gender first."""
        recent = [n for n in self.names[-12:] if n.end <= before and (want == "any" or n.type == want)]
        if gender:
            for name in reversed(recent):
                if name.gender == gender:
                    return self.canonical(name)
        for name in reversed(recent):
            if name.start in self.subjects and not (gender and name.gender and name.gender != gender):
                return self.canonical(name)
        for name in reversed(self.names[-self.LOOKBACK :]):
            if name.end > before:
                continue
            if want == "person" and name.type != "person":
                continue
            if want == "organisation" and name.type != "organisation":
                continue
            if gender and name.gender and name.gender != gender:
                continue
            return self.canonical(name)
        return None


def _speaker_phrase(text: str, a: int, b: int, right: bool = False) -> tuple[int, int]:
    """Trim ``text[a:b]`` to the speaker noun phrase.

    Drops leading conjunctions, trailing auxiliaries and adverbs ("had previously"); keeps a
    trailing pronoun alone ("In a televised address he"); keeps an apposition whole ("Hugh
    Hill, a doctor") but drops a leading adverbial ("Like the EU, the USA"); on the right of
    a verb ("said Ned Price on Thursday") stops at the first preposition.
    """
    m = re.match(r"^[\s,;:()—–-]*(?:(?:and|but|as|so|then|while|which|where)\s+)?", text[a:b])
    a += m.end()
    while b > a and text[b - 1] in " ,.;:—–-":
        b -= 1
    if right:
        stop = PREPOSITION_STOP.search(text[a:b])
        if stop and stop.start() > 0:
            b = a + stop.start()
        return a, b
    aux = TRAILING_AUX.search(text, a, b)
    if aux and aux.start() > a:
        b = aux.start()
    intro = INTRO.match(text, a, b)
    if intro and intro.end() < b:  # "On Wednesday, Carrie Lam, the chief executive, announced"
        a = intro.end()
    pronoun = PRONOUN_END.search(text, a, b)
    if pronoun:
        return pronoun.start(1), b
    chunks = list(re.finditer(r"[^,]+", text[a:b]))
    if len(chunks) > 1:
        first = find_names(text, a + chunks[0].start(), a + chunks[0].end())
        last = find_names(text, a + chunks[-1].start(), a + chunks[-1].end())
        apposition = any(n.type == "person" for n in first)  # "Hugh Hill, a doctor," keeps its head
        if not apposition and last:
            a += chunks[-1].start()
    while a < b and text[a] in " ,;:":
        a += 1
    return a, b


def _head(text: str, a: int, b: int, resolver: _Resolver) -> tuple[str | None, str | None, str | None, float]:
    """(canonical speaker, type, role, confidence) for the phrase ``text[a:b]``."""
    phrase = text[a:b]
    low = phrase.casefold().strip()
    if low in _pronouns():
        need = _pronouns()[low]
        found = resolver.antecedent(a, need["type"], need.get("gender"))
        if found:
            return found.text, found.type, found.role or None, 0.75
        return None, None, None, 0.3
    names = find_names(text, a, b)
    owner = POSSESSIVE_ORG.search(phrase)
    if owner:  # "a statement released by Erdogan's office"
        return owner.group(0), "organisation", None, 0.8
    if is_organisation_noun(phrase) and not any(n.type == "organisation" for n in names):
        found = resolver.antecedent(a, "organisation")
        if found:
            return found.text, "organisation", None, 0.7
        return phrase, "organisation", None, 0.4
    head_noun = GROUP_HEAD.search(phrase)
    if head_noun:  # "Saudi officials", "the Houthi movement": the noun is the speaker
        group = phrase.strip().removeprefix("the ").removeprefix("The ")
        kind = "anonymous" if head_noun.group(1).casefold() in ANONYMOUS_NOUNS else "organisation"
        return group, kind, None, 0.7
    if names:
        persons = [n for n in names if n.type == "person"]
        pick = persons[-1] if persons else names[-1]
        if pick.type == "unknown" and len(names) > 1 and names[-1].type == "organisation":
            pick = names[-1]
        pick = resolver.canonical(pick)
        role = pick.role or _apposition_role(phrase, pick.text) or None
        if pick.type != "unknown":
            kind = pick.type
        else:  # a lone capitalised word that speaks: a surname, unless an acronym (FSB) or a place
            kind = "organisation" if pick.text.isupper() else "person"
        return pick.text, kind, role, 0.9
    return phrase.strip() or None, "anonymous", None, 0.5


def _apposition_role(phrase: str, name: str) -> str:
    """"Hugh Hill, a doctor" -> "a doctor"."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    others = [p for p in parts if name not in p]
    return ", ".join(others)


def _attribute(text: str, sent: tuple[int, int], masks: list[tuple[int, int]], anchor: tuple[int, int],
               resolver: _Resolver) -> _Speaker | None:
    """The cue nearest the quote at ``anchor`` in the sentence, with its speaker phrase."""
    s_start, s_end = sent
    frame = list(text[s_start:s_end])
    for a, b in masks:  # quoted words are not cues
        for k in range(max(a - 1, s_start), min(b + 1, s_end)):
            frame[k - s_start] = "\x00"
    frame_text = "".join(frame)
    best: _Speaker | None = None
    best_distance = None
    for m in _cue_re().finditer(frame_text):
        cue_a, cue_b = s_start + m.start(), s_start + m.end()
        speaker = _speaker_for_cue(text, frame_text, s_start, cue_a, cue_b, m.group(1), resolver)
        if speaker is None:
            continue
        distance = min(abs(cue_a - anchor[1]), abs(anchor[0] - cue_b))
        between = text[min(cue_b, anchor[1]) : max(cue_a, anchor[0])]
        if ";" in between:  # another clause: a weaker claim on the quote
            distance += 1000
        if best_distance is None or distance < best_distance:
            best, best_distance = speaker, distance
    before_quote = frame_text[: anchor[0] - 1 - s_start].rstrip()
    if best is None and before_quote.endswith((",", ":")):  # "Trump, on Twitter, defended it, "Q""
        subject = _subject(text, s_start, anchor[0] - 1, resolver)
        if subject:
            return subject
    dash = re.search(r"\x00\s*[—–-]\s*(\p{Lu}[^\x00]*)$".replace(r"\p{Lu}", "A-Z"), frame_text)
    if best is None and dash:
        a, b = _speaker_phrase(text, s_start + dash.start(1), s_end)
        name, kind, role, conf = _head(text, a, b, resolver)
        best = _Speaker(text[a:b], a, b, "dash", name, kind, role, conf)
    return best


def _speaker_for_cue(text: str, frame: str, base: int, cue_a: int, cue_b: int, cue: str,
                     resolver: _Resolver) -> _Speaker | None:
    """Speaker of one cue: the phrase left of the verb, else right of it ("said S")."""
    cue = cue.lower()
    if cue.endswith("ing"):  # "X voiced support, telling the paper: ..." -> the clause's subject
        subject = _subject(text, base, cue_a, resolver)
        return _Speaker(subject.written, subject.start, subject.end, cue, subject.name, subject.type,
                        subject.role, subject.confidence) if subject else None
    if re.search(r"\bas\s+$", frame[: cue_a - base]):  # "— as reported by Hurriyet —": a source, not a speaker
        return None
    by = re.search(r"\b(?:was|were|been|is|are)\s+$", frame[: cue_a - base])
    if by and text[cue_b : cue_b + 4] == " by ":  # "he was told by Minister X"
        right = frame[cue_b + 4 - base :]
        stop = re.search(r"[,;.:!?\x00]", right)
        a, b = _speaker_phrase(text, cue_b + 4, cue_b + 4 + (stop.start() if stop else len(right)), right=True)
        name, kind, role, conf = _head(text, a, b, resolver)
        return _Speaker(text[a:b], a, b, cue, name, kind, role, conf) if a < b else None
    if cue == "according to":
        right = frame[cue_b - base :]
        stop = re.search(r"[,;.:!?\x00]", right)
        a, b = _speaker_phrase(text, cue_b, cue_b + (stop.start() if stop else len(right)), right=True)
    else:
        left = frame[: cue_a - base]
        if PASSIVE.search(left):  # "are said to", "It was said": nobody is named
            return None
        paren = re.search(r"\([^()\x00]*\)\s*$", left)
        if paren:  # "the Associated Press (AP) called": the parenthesis belongs to the subject
            left = left[: paren.start()] + " " * (len(left) - paren.start())
        cut = max(left.rfind("\x00"), left.rfind(";"), left.rfind(":"), left.rfind("("), left.rfind(")"))
        inner = list(_cue_re().finditer(left, cut + 1))
        if inner:  # "Znak.com reported its source said": the nearer clause speaks
            cut = inner[-1].end() - 1
        a, b = _speaker_phrase(text, base + cut + 1, cue_a)
        relative = RELATIVE.match(text[a:b])
        if relative:  # "They released a statement which said": the releaser
            a, b = a + relative.start(1), a + relative.end(1)
        if text[a:b].startswith(",") or (cut >= 0 and frame[cut] == "\x00" and not find_names(text, a, b)):
            before_mask = _subject(text, base, base + max(cut, 0), resolver)  # "Anna X of "Group", a charity, told"
            if before_mask:
                return _Speaker(before_mask.written, before_mask.start, before_mask.end, cue, before_mask.name,
                                before_mask.type, before_mask.role, before_mask.confidence)
        words = text[a:b].split()
        if len(words) > 12:  # a long left side: the subject is the name run nearest the verb
            names = find_names(text, a, b)
            pronoun = re.search(r"\b(he|she|it|they|we)\s*$", text[a:b], re.IGNORECASE)
            if pronoun:
                a = a + pronoun.start(1)
            elif names:
                a = names[-1].start if not text[names[-1].end : b].strip() else a
                b = names[-1].end if not text[names[-1].end : b].strip() else b
            else:
                return None
        if a < b and VERB_START.match(text[a:b]):  # "X, ..., opposed the plan and said ..."
            return _subject(text, base, cue_a, resolver)
        if (a >= b or not text[a:b].strip()) and cue in INVERSION:
            right = frame[cue_b - base :]
            stop = re.search(r"[,;.:!?\x00]", right)
            a, b = _speaker_phrase(text, cue_b, cue_b + (stop.start() if stop else len(right)), right=True)
    if a >= b or EXPLETIVE.match(text[a:b]):
        return None
    phrase = text[a:b]
    if len(phrase.split()) > 14:
        return None
    name, kind, role, conf = _head(text, a, b, resolver)
    if name is None and kind is None:
        return _Speaker(phrase, a, b, cue, None, None, None, conf)
    return _Speaker(phrase, a, b, cue, name, kind, role, conf)


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
    quotes = [dict(vars(q)) for q in find_quotes(article, include_indirect)]  # flat records: vars is asdict
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
    from .actors import find_mentions

    mentions = find_mentions(article, codebook, pronouns=False)
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


@dataclass(frozen=True)
class SpeechAct:
    """A clause in which someone says or states something ("X called for ...", "Y denied ...")."""

    speaker: str
    speaker_type: str | None
    as_written: str
    cue: str
    segment: int
    start: int
    end: int


DOCUMENT_HEAD = re.compile(r"\b(?:report|study|statement|survey|poll|investigation|document|letter)\s*$", re.I)
INVERSION = {"said", "says", "wrote", "writes", "added", "adds", "asked", "continued", "explained", "tweeted",
             "declared", "announced", "replied", "noted", "insisted", "stated", "told", "remarked", "stressed"}
NOT_ACTS = {"requested", "agreed", "proposed"}  # they start quote inheritance but report no information
_ANALYSED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def find_quotes(article: Article, include_indirect: bool = True) -> list[Quote]:
    """``Quote`` records in text order (see ``extract_quotes`` for the fields)."""
    return _analyse(article, include_indirect)[0]


def speech_acts(article: Article) -> list[SpeechAct]:
    """Every speech or statement clause of the body with a resolved speaker, quoted or not.

    Sources reuse these so that speakers are detected once, here.
    """
    return _analyse(article, True)[1]


def _analyse(article: Article, include_indirect: bool) -> tuple[list[Quote], list[SpeechAct]]:
    """One pass over the body: quotes and speech acts (cached per article)."""
    cached = _ANALYSED.setdefault(article, {})
    if include_indirect not in cached:
        cached[include_indirect] = _run(article, include_indirect)
    return cached[include_indirect]


def _run(article: Article, include_indirect: bool) -> tuple[list[Quote], list[SpeechAct]]:
    text = article.text
    acts: list[SpeechAct] = []
    sentences_by_segment: dict[int, list[tuple[int, int]]] = {}
    for s in article.sentences:
        sentences_by_segment.setdefault(s.segment, []).append((s.start, s.end))
    resolver = _Resolver()
    quotes: list[Quote] = []
    carried = False  # previous paragraph left a quote open
    last_para_speaker: _Speaker | None = None
    for seg in article.body:
        spans, left_open = find_spans(text, seg)
        masks = [(a, b) for a, b, _ in spans]
        para_speaker: _Speaker | None = None
        para_statement: _Speaker | None = None
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
            statement = _statement_subject(text, s_start, s_end, masks, resolver)
            para_statement = statement or para_statement
            for a, b in inside:
                q_a, q_b = max(a, seg.start), b
                words = len(text[q_a:q_b].split())
                speaker = _attribute(text, (s_start, s_end), sent_masks, (q_a, q_b), resolver)
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
            acts.extend(_acts(text, (s_start, s_end), sent_masks, seg.index, resolver))
            if include_indirect and not inside:
                indirect = _indirect(text, s_start, s_end, seg.index, resolver)
                if indirect:
                    quotes.append(indirect)
                    para_speaker = para_speaker or _Speaker(
                        indirect.speaker_as_written, indirect.speaker_start, indirect.speaker_end, indirect.cue,
                        indirect.speaker, indirect.speaker_type, indirect.role, indirect.confidence)
        carried = left_open
        last_para_speaker = para_speaker or (last_para_speaker if carried else None)
    _link_headlines(quotes)
    return quotes, acts


@cache
def _act_re() -> re.Pattern[str]:
    verbs = [v for v in rules("quotes")["speech_verbs"] if v != "according to"]
    verbs += rules("quotes")["statement_verbs"]
    return re.compile(r"\b(" + "|".join(re.escape(v) for v in sorted(set(verbs), key=len, reverse=True)) + r")\b")


def _acts(text: str, sent: tuple[int, int], masks: list[tuple[int, int]], segment: int,
          resolver: _Resolver) -> list[SpeechAct]:
    """Speech acts of one sentence: each cue verb outside quotes with its resolved subject."""
    s_start, s_end = sent
    frame = list(text[s_start:s_end])
    for a, b in masks:
        for k in range(max(a - 1, s_start), min(b + 1, s_end)):
            frame[k - s_start] = "\x00"
    frame_text = "".join(frame)
    acts = []
    for m in _act_re().finditer(frame_text):
        cue_a, cue_b = s_start + m.start(), s_start + m.end()
        if m.group(1) in NOT_ACTS:
            continue
        speaker = _speaker_for_cue(text, frame_text, s_start, cue_a, cue_b, m.group(1), resolver)
        if speaker is None or not speaker.name:
            continue
        if speaker.type == "anonymous" and not GROUP_HEAD.search(speaker.written):
            continue  # "for moderation on all sides and called for": no subject found
        if len(speaker.written.split()) > 10 or DOCUMENT_HEAD.search(speaker.written):
            continue  # no clear subject, or a document ("the statement said"), which sources count apart
        for name, kind, a, b in _coordinated(text, speaker, resolver):
            acts.append(SpeechAct(name, kind, text[a:b], m.group(1).lower(), segment, a, b))
    return acts


def _coordinated(text: str, speaker: _Speaker, resolver: _Resolver) -> list[tuple[str, str | None, int, int]]:
    """"The US and EU", "Several countries, including the US and the EU": one act per member."""
    phrase = text[speaker.start : speaker.end]
    including = re.search(r"\bincluding\s+", phrase)
    if not including and not re.search(r"\band\b", phrase):  # an apposition, not a list
        return [(speaker.name, speaker.type, speaker.start, speaker.end)]
    a = speaker.start + (including.end() if including else 0)
    parts = [(a + m.start(), a + m.end()) for m in re.finditer(r"[^,]+?(?=\s*(?:,|\band\b|$))", text[a : speaker.end])]
    members = []
    for p_a, p_b in parts:
        p_a += len(text[p_a:p_b]) - len(text[p_a:p_b].lstrip(" ,"))
        piece = re.sub(r"^(?:and|the)\s+", "", text[p_a:p_b].strip())
        if not piece or not (find_names(text, p_a, p_b) or piece.isupper()):
            continue
        name, kind, _, _ = _head(text, p_a, p_b, resolver)
        if name:
            members.append((name, kind, p_a, p_b))
    if len(members) > 1 or (including and members):
        return members
    return [(speaker.name, speaker.type, speaker.start, speaker.end)]


def _names_outside(text: str, a: int, b: int, masks: list[tuple[int, int]]) -> list[Name]:
    return [n for n in find_names(text, a, b) if not any(m0 <= n.start < m1 for m0, m1 in masks)]


def _fill(quote: Quote, speaker: _Speaker) -> None:
    quote.speaker = speaker.name
    quote.speaker_as_written = speaker.written
    quote.speaker_type = speaker.type
    quote.role = speaker.role
    quote.cue = speaker.cue
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end


def _kind(text: str, sent: tuple[int, int], span: tuple[int, int], words: int, speaker: _Speaker | None) -> str:
    """direct (a whole statement), partial (words woven into the author's sentence), scare."""
    before = text[sent[0] : span[0] - 1]
    after = text[span[1] + 1 : sent[1]]
    cue_before = re.search(_cue_re().pattern + r"\s*[:,]?\s*$", before) is not None
    cue_after = re.match(r"^\s*[,!?]?\s*(?:[\w’'.-]+\s+){0,6}?" + _cue_re().pattern, after) is not None
    if words <= SCARE_MAX_WORDS and not ((cue_before or cue_after) and text[span[1] - 1] in ",.!?"):
        return "scare"
    starts_sentence = not before.strip() or cue_before or re.search(r"[:,]\s*$", before) is not None
    ends_sentence = not after.strip(" .") or re.match(r"^\s*[,.!?]", after) is not None
    inner = text[span[0] : span[1]].rstrip()
    complete = inner[-1:] in ".!?,…" or ends_sentence and starts_sentence
    return "direct" if starts_sentence and complete else "partial"


def _statement_subject(text: str, a: int, b: int, masks: list[tuple[int, int]], resolver: _Resolver) -> _Speaker | None:
    """The subject of "X called for / urged ..." in a sentence, for cue-less quotes after it."""
    m = _statement_re().search(text, a, b)
    if not m or any(m0 <= m.start() < m1 for m0, m1 in masks):
        return None
    left_a, left_b = _speaker_phrase(text, a, m.start())
    if left_b > left_a and len(text[left_a:left_b].split()) > 8:
        return _subject(text, a, m.start(), resolver)
    if left_b <= left_a:
        return None
    name, kind, role, conf = _head(text, left_a, left_b, resolver)
    if name is None:
        return None
    return _Speaker(text[left_a:left_b], left_a, left_b, m.group(1), name, kind, role, min(conf, 0.6))


def _subject(text: str, a: int, b: int, resolver: _Resolver) -> _Speaker | None:
    """The sentence's subject when it opens with a name: "Brett McGurk, who was ..., also ..."."""
    intro = INTRO.match(text, a, b)
    if intro:  # "Following the announcement, Trump issued ...": the subject comes after the comma
        a = intro.end()
    first = re.match(r"[^,]{1,80}(?:,[^,]{1,80}){0,2}", text[a:b])  # the first three chunks
    if not first:
        return None
    pronoun = re.match(r"\s*(he|she|it|they|we)\b", text[a:b], re.IGNORECASE)
    if pronoun:
        p_a, p_b = a + pronoun.start(1), a + pronoun.end(1)
        name, kind, role, conf = _head(text, p_a, p_b, resolver)
        return _Speaker(text[p_a:p_b], p_a, p_b, "subject", name, kind, role, min(conf, 0.6)) if name else None
    names = [resolver.canonical(n) for n in find_names(text, a, a + first.end())]
    names = [n for n in names if n.type in ("person", "organisation")]
    if not names:
        return None
    name, kind, role, conf = _head(text, names[0].start, names[0].end, resolver)
    return _Speaker(text[names[0].start : names[0].end], names[0].start, names[0].end, "subject",
                    name, kind, role, min(conf, 0.6))


INDIRECT_VERBS = re.compile(
    r"\b(said|says|told|announced|stressed|added|declared|claimed|warned|insisted|argued|noted|confirmed|"
    r"explained|reported|wrote|tweeted|stated)\b"
)


def _indirect(text: str, a: int, b: int, segment: int, resolver: _Resolver) -> Quote | None:
    """Reported speech in a sentence without quote marks: "S said (that) CLAUSE" / "CLAUSE, S said."."""
    sentence = text[a:b]
    tail = re.search(r",\s+([^,]{1,80}?)\s+(" + INDIRECT_VERBS.pattern[2:-2] + r")\b([^,]{0,60})[.!]?$", sentence)
    if tail and len(tail.group(1).split()) <= 8:
        s_a, s_b = _speaker_phrase(text, a + tail.start(1), a + tail.end(1))
        clause_a, clause_b = a, a + tail.start()
        cue = tail.group(2)
    else:
        m = INDIRECT_VERBS.search(sentence)
        if not m or PASSIVE.search(sentence[: m.start()]):
            return None
        s_a, s_b = _speaker_phrase(text, a, a + m.start())
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
    name, kind, role, conf = _head(text, s_a, s_b, resolver)
    if name is None or (kind == "anonymous" and not GROUP_HEAD.search(text[s_a:s_b])):
        return None
    speaker = _Speaker(text[s_a:s_b], s_a, s_b, cue, name, kind, role, conf * 0.8)
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


def plot_speakers(speakers: pd.DataFrame, title: str, top: int = 12):
    """Horizontal bars of words quoted per speaker, coloured by speaker type."""
    import matplotlib.pyplot as plt

    shown = speakers.head(top).iloc[::-1]
    palette = {"person": "#1f77b4", "organisation": "#ff7f0e", "anonymous": "#999999", "unknown": "#cccccc"}
    fig, ax = plt.subplots(figsize=(7, 0.4 * len(shown) + 1.2))
    ax.barh(shown["speaker"], shown["words_quoted"], color=[palette.get(t, "#cccccc") for t in shown["speaker_type"]])
    for y, (w, n) in enumerate(zip(shown["words_quoted"], shown["quotes"])):
        ax.text(w, y, f" {w} words, {n} quotes", va="center", fontsize=8)
    ax.set_xlabel("words quoted")
    ax.set_title(title)
    ax.margins(x=0.35)
    handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in palette.values()]
    ax.legend(handles, palette.keys(), fontsize=7, loc="lower right")
    fig.tight_layout()
    return fig
