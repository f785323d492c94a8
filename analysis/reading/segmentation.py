"""Splitting a scraped page into typed segments.

A scraped article is more than its paragraphs: a headline, subheadings, photo captions and
credits, "also read" teasers, datelines and site furniture. ``segment(text)`` cuts the text into
blocks and gives each a kind, by rules about the genre (credit lines look like "Source: X / Y",
captions are short lines next to credits, teasers start with "Read more", ...), with the words
those rules need read from ``data/segmentation.yml``.

Lossless by construction: every non-whitespace character of the text lies in exactly one
segment, and ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon.patterns import alternation
from ..lexicon.resources import rules
from .blocks import Block, load_model, predict
from .records import Segment

NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "la", "le", "al", "bin", "of", "and", "the"})
TERMINAL = ".,;:"  # a line ending in one of these is not a title
CLOSERS = "\"'”’»)]*_"
MAX_CAPTION_WORDS = 30
MAX_TITLE_WORDS = 22
MAX_HEADLINE_WORDS = 30
MAX_FURNITURE_WORDS = 12
MAX_KICKER_WORDS = 3  # section labels above a headline: "World", "Middle East", "Tech Policy"
TITLE_CASE_SHARE = 0.8  # title-case headlines capitalise nearly every word of four letters or more
SAME_TITLE_SHARE = 0.7  # a page title and the on-page headline share most words, not all (site name)
MAX_LONG_CAPTION_WORDS = 60  # a caption sentence with its credit runs to about 50 words on news sites
MAX_BYLINE_WORDS = 14  # "By Jane Roe, John Doe and Richard Roe, The Outlet, Washington" and a little more
MAX_PROMO_WORDS = 30  # a newsletter plug is a sentence or two ("Sign up for X, a weekly newsletter ...")
MIN_STANDFIRST_WORDS = 6  # shorter lines under a headline are kickers, bylines or labels
MAX_BIO_WORDS = 80  # an author's note at the end runs to two or three sentences
WIDGET_ANCHOR_WORDS = 25  # a body paragraph is longer than any line of an end-of-page widget
MAX_WIDGET_WORDS = 15  # the lines of a plan or sign-up widget: a name, a price, a tagline

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATELINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)\b[: ]*)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\W*$",
    re.IGNORECASE,
)
NO_WORD = re.compile(r"^[\W_]*$")
LEGEND = re.compile(r"^[█■▇▆▌▐●◆▲□▪◼⬛]")
PULL_QUOTE_TAIL = re.compile(r"^[—–]\s*\w")
MD_HEADING = re.compile(r"^(#{1,6})\s+\S")
MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TRAILING_PAREN = re.compile(r"^(?P<a>.*?\S)\s*(?P<b>[(\[][^()\[\]]{3,150}[)\]])\W{0,2}$", re.DOTALL)
_TIME = r"\d{1,2}(?:[:.]\d{2})+\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_DAY_ABBR = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
TIMESTAMP_PART = re.compile(
    rf"\b(?:{_WEEKDAY}|{_DAY_ABBR}|{_MONTH}|{_TIME}|\d{{4}}-\d{{2}}-\d{{2}}(?:t[\d:.]+z?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,4}(?:st|nd|rd|th)?|(?-i:[A-Z]{1,2}[SD]?T)|utc|gmt|cet|cest|bst|hkt|jst)\b",
    re.IGNORECASE,
)
DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|io|gov|edu)$", re.IGNORECASE)
TRAILING_NAME_CREDIT = re.compile(  # "... in Paris Benoit Tessier/Reuters"
    r"^(?P<a>.{1,400}\S)\s+(?P<b>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s*/\s*[A-Z][\w .,'’/-]{1,60})$", re.DOTALL
)
LIST_ITEM = re.compile(r"^\s*\d{1,3}[.)]\s+\S")
MD_LEAD = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+\.\s+)+")


@dataclass
class _Piece:
    start: int
    end: int
    raw: str
    plain: str
    words: int
    kind: str | None = None
    heading: int = 0  # Markdown heading level, 0 if none
    rule: str = ""  # which rule gave the kind (see blocks.RULES)

    @property
    def titlelike(self) -> bool:
        """Short and not ending like a sentence or a clause."""
        stripped = self.plain.rstrip(CLOSERS + " ")
        return (
            0 < self.words <= MAX_TITLE_WORDS
            and bool(stripped)
            and stripped[-1] not in TERMINAL
            and not stripped.endswith("...")
        )


def segment(text: str, model: bool = True) -> list[Segment]:
    """Cut ``text`` into kinded segments, in reading order.

    The rules give every block a kind; with ``model`` (the default) and a fitted block
    classifier shipped (``data/models/segments-lr.json``), the kinds the rules gave only by
    fallback are decided by the classifier (see ``analysis.reading.blocks``).
    """
    pieces = _rule_pieces(text)
    kinds = [p.kind or "paragraph" for p in pieces]
    fitted = load_model() if model else None
    if fitted is not None:
        kinds = predict([_block(p) for p in pieces], fitted)
    return [
        Segment(index=i, kind=kind, start=p.start, end=p.end, text=text[p.start : p.end])
        for i, (p, kind) in enumerate(zip(pieces, kinds))
    ]


def rule_blocks(text: str) -> list[Block]:
    """The blocks of ``text`` with the rules' kinds and the rule tests that fire on each
    (what the block classifier is fitted on)."""
    return [_block(p) for p in _rule_pieces(text)]


def _rule_pieces(text: str) -> list[_Piece]:
    pieces = _pieces(text)
    _classify(pieces)
    return _merge_teasers(pieces, text)


# ---------------------------------------------------------------- cutting into pieces


def _pieces(text: str) -> list[_Piece]:
    """Blocks of non-blank lines, split where lines are separate units, then split in-line."""
    pieces: list[_Piece] = []
    block: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = _strip_span(text, pos, pos + len(line))
        pos += len(line)
        if start == end:
            pieces.extend(_split_block(text, block))
            block = []
        else:
            block.append((start, end))
    pieces.extend(_split_block(text, block))
    return pieces


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_block(text: str, lines: list[tuple[int, int]]) -> list[_Piece]:
    """Join hard-wrapped lines into one piece; keep short or complete lines apart."""
    if not lines:
        return []
    longest = max(end - start for start, end in lines)
    groups: list[list[tuple[int, int]]] = [[lines[0]]]
    for prev, line in zip(lines, lines[1:]):
        prev_text, line_text = text[prev[0] : prev[1]], text[line[0] : line[1]]
        wrapped = (
            longest >= 40
            and prev[1] - prev[0] >= 0.6 * longest
            and prev_text.rstrip(CLOSERS)[-1:] not in ".!?:"
            and not MD_HEADING.match(prev_text)
            and not MD_HEADING.match(line_text)
            and not MD_LEAD.match(line_text)
            and not _is_credit(_plain(line_text))
        )
        if wrapped:
            groups[-1].append(line)
        else:
            groups.append([line])
    pieces = []
    for group in groups:
        pieces.extend(_split_inline(text, group[0][0], group[-1][1]))
    return pieces


def _split_inline(text: str, start: int, end: int) -> list[_Piece]:
    """Split a caption from its trailing credit and a wire dateline from its story."""
    raw = text[start:end]
    splits = (
        (_trailing_credit(), "caption", "credit"),
        (_trailing_bare_credit(), "caption", "credit"),
        (TRAILING_PAREN, "caption", "credit"),
        (TRAILING_NAME_CREDIT, "caption", "credit"),
        (_wire_dateline(), "credit", None),
    )
    for pattern, first_kind, second_kind in splits:
        if not _may_split(pattern, raw):
            continue
        match = pattern.match(raw)
        if match and match.group("a").strip() and match.group("b").strip():
            if second_kind == "credit" and not _is_credit(_plain(match.group("b"))):
                continue
            if first_kind == "caption" and len(match.group("a").split()) > MAX_LONG_CAPTION_WORDS:
                continue
            if pattern is TRAILING_NAME_CREDIT and (
                len(match.group("a").split()) < 3 or _is_credit(_plain(raw)) or match.group("a").endswith(":")
            ):
                continue  # "Photo: Jane Roe / AFP" is one credit, not a caption "Photo:"
            cut = start + match.start("b")
            first, second = _make_piece(text, start, cut), _make_piece(text, cut, end)
            first.kind, second.kind = first_kind, second_kind
            return [first, second]
    return [_make_piece(text, start, end)]


def _may_split(pattern: re.Pattern[str], raw: str) -> bool:
    """Speed: can ``pattern`` of ``_split_inline`` match ``raw`` at all? It needs a mark ("/",
    "(", ":", a closing bracket at the end) or a credit word; most paragraphs have none."""
    if pattern is TRAILING_NAME_CREDIT:
        return "/" in raw
    if pattern is TRAILING_PAREN:
        return ")" in raw[-4:] or "]" in raw[-4:]
    if pattern is _trailing_credit():
        return ":" in raw
    if pattern is _trailing_bare_credit():
        return _credit_word_re().search(raw.lower()) is not None
    if pattern is _wire_dateline():
        return "(" in raw
    return True


@cache
def _credit_words() -> tuple[str, ...]:
    return tuple({str(w).lower() for w in rules("segmentation")["credit_prefixes"]})


@cache
def _credit_word_re() -> re.Pattern[str]:
    """Any credit word anywhere in a lower-cased paragraph (as ``w in low`` for each word, in one
    scan: speed)."""
    return re.compile("|".join(re.escape(w) for w in sorted(_credit_words(), key=len, reverse=True)))


def _make_piece(text: str, start: int, end: int) -> _Piece:
    start, end = _strip_span(text, start, end)
    raw = text[start:end]
    plain = _plain(raw)
    heading = MD_HEADING.match(raw)
    return _Piece(start, end, raw, plain, len(plain.split()), heading=len(heading.group(1)) if heading else 0)


def _plain(raw: str) -> str:
    """The block without Markdown marks, for matching rules."""
    plain = MD_LINK.sub(r"\1", raw) if "[" in raw else raw  # speed: a link needs "[" (most blocks have none)
    plain = MD_LEAD.sub("", plain.strip())
    return plain.strip().strip("*_").strip()


# ---------------------------------------------------------------- rule words


@cache
def _prefix_re(key: str) -> re.Pattern[str]:
    words = sorted(rules("segmentation")[key], key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^\W*(?:{alternatives})(?![\w])", re.IGNORECASE)


@cache
def _credit_prefix() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rules("segmentation")["credit_prefixes"])
    return re.compile(rf"^[(\[]?\s*(?:{words})\s*(?:by)?\s*[:|]\s*\S", re.IGNORECASE)


@cache
def _agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in rules("segmentation")["agencies"])


@cache
def _trailing_credit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rules("segmentation")["credit_prefixes"])
    return re.compile(
        rf"^(?P<a>.{{1,400}}?[.!?\"”)])\s+(?P<b>[(\[]?(?:{words})\s*:\s*\S.{{0,150}})$",
        re.IGNORECASE | re.DOTALL,
    )


@cache
def _trailing_bare_credit() -> re.Pattern[str]:
    """A caption ending in "Credit Name/Agency" or "Photograph Name" without a colon."""
    words = "|".join(re.escape(w) for w in rules("segmentation")["credit_prefixes"])
    return re.compile(
        rf"^(?P<a>.{{1,600}}?[.!?\"”)])\s+(?P<b>(?:{words})\s+(?:by\s+)?[A-Z].{{0,150}})$",
        re.IGNORECASE | re.DOTALL,
    )


@cache
def _credit_lead() -> re.Pattern[str]:
    """A credit word without a colon before a capitalised name: "Credit Jane Roe/AFP"."""
    words = "|".join(re.escape(w) for w in sorted(rules("segmentation")["credit_prefixes"], key=len, reverse=True))
    return re.compile(rf"^(?i:{words})\s+(?i:by\s+)?(?=[A-Z])")


@cache
def _credit_lead_only() -> re.Pattern[str]:
    """Words that only ever open a credit ("Credit", "Powered by", "Photograph by") before a name."""
    words = "|".join(re.escape(w) for w in sorted(rules("segmentation")["credit_leads"], key=len, reverse=True))
    return re.compile(rf"^(?i:{words})\s+(?=[A-Z\w])")


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules("segmentation")["credit_words"])


@cache
def _wire_dateline() -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in sorted(rules("segmentation")["agencies"], key=len, reverse=True))
    return re.compile(
        rf"^(?P<a>(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,4}}\s*)?\((?:{names})\)\s*[-–—]+)"
        rf"\s*(?P<b>\S.*)$",
        re.DOTALL,
    )


_CREDIT_SPLIT = re.compile(r"\s*(?:/|\||,|;|\s[-–—]\s|\bvia\b|\bby\b|\bfor\b|&|\+)\s*", re.IGNORECASE)


def _is_credit(plain: str) -> bool:
    """A photo, video or source credit line."""
    if len(plain.split()) > 20:
        return False
    if _credit_prefix().match(plain):
        return True
    core = plain.strip().strip("()[]©").strip()
    lead = _credit_lead().match(core)
    core = core[lead.end() :] if lead else core
    only = _credit_lead_only().match(plain.strip("()[] "))
    named = plain.strip("()[] ")[only.end() :].strip() if only else ""
    if only and len(named.split()) <= 5 and (_namelike(named) or DOMAIN.match(named)):
        return True  # "Credit Harry Campbell", "Powered by SmartAsset.com"
    if re.match(r"^(?i:via)\s+[A-Z]", core) and _namelike(core[4:]):
        return True  # "Via Facebook", "via Reuters TV"
    if len(core.split()) > 10 or not core:
        return False
    parts = [p.strip(" ()[]©.") for p in _CREDIT_SPLIT.split(core) if p.strip(" ()[]©.")]
    has_agency = any(_agency_like(p) for p in parts)
    if not has_agency:
        return False
    if len(parts) == 1:
        # a lone name is a credit only when marked: "(AFP)", "© Reuters", "Credit Getty Images"
        return plain.strip().startswith(("(", "[", "©")) or bool(lead) or core.casefold() in _agencies()
    return all(_agency_like(p) or _namelike(p) for p in parts)


def _agency_like(part: str) -> bool:
    """A photo or wire agency, or an outlet's name ("The Seattle Times", "Getty Images")."""
    folded = part.casefold()
    if folded in _agencies():
        return True
    words = part.split()
    return _namelike(part) and len(words) >= 1 and words[-1].casefold().strip(".") in _credit_words()


def _namelike(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w.casefold() in NAME_PARTICLES for w in words) and (
        words[0][:1].isupper()
    )


# ---------------------------------------------------------------- classifying


def _classify(pieces: list[_Piece]) -> None:
    """Apply the rules in order; each piece records the rule that gave its kind."""
    steps = (
        ("inline", lambda ps: None),
        ("furniture", _mark_furniture),
        ("teaser", _mark_teasers),
        ("headline", _mark_headline),
        ("caption", _mark_captions),
        ("media", _mark_captions_after_media),
        ("trailing", _mark_trailing_boilerplate),
        ("fallback", _mark_body),
    )
    for name, step in steps:
        step(pieces)
        for piece in pieces:
            if piece.kind is not None and not piece.rule:
                piece.rule = name


def _mark_furniture(pieces: list[_Piece]) -> None:
    for piece in pieces:
        if piece.kind is None:
            piece.kind = _furniture_kind(piece)


def _mark_body(pieces: list[_Piece]) -> None:
    body_follows = _body_follows(pieces)
    for i, piece in enumerate(pieces):
        if piece.kind is None:
            piece.kind = "subheading" if _is_subheading(piece, body_follows[i]) else "paragraph"


def _furniture_kind(piece: _Piece) -> str | None:
    """Kinds a block has on its own, whatever surrounds it."""
    plain = piece.plain
    if MD_IMAGE.match(piece.raw) or LEGEND.match(plain):
        return "caption"
    if piece.words <= MAX_LONG_CAPTION_WORDS and _prefix_re("caption_markers").match(plain) and piece.words > 2:
        return "caption"
    if NO_WORD.match(plain) or DATELINE.match(plain) or _is_timestamp(plain) or _is_byline(plain):
        return "boilerplate"
    if _is_timestamp_byline(plain) or _is_badge(plain) or _is_kicker(piece):
        return "boilerplate"
    if _is_credit(plain):
        return "credit"
    if piece.words <= MAX_PROMO_WORDS and _is_promo(plain):
        return "teaser"
    if piece.words <= MAX_FURNITURE_WORDS and _prefix_re("boilerplate_phrases").match(plain):
        return "boilerplate"
    if piece.words <= 8 and (_media_label(plain) or _word_re("boilerplate_words").search(plain)):
        return "boilerplate"
    if piece.words <= MAX_FURNITURE_WORDS and _prefix_re("teaser_verbs").match(plain):
        return "teaser"
    if PULL_QUOTE_TAIL.match(plain) and piece.words <= MAX_CAPTION_WORDS:
        return "caption"
    return None


@cache
def _word_re(key: str) -> re.Pattern[str]:
    listed = rules("segmentation")[key]
    words = "|".join(re.escape(w) for w in sorted(listed, key=len, reverse=True))
    if all(str(w).isascii() for w in listed):  # speed: the same words as a trie (``alternation``), one step a character
        words = alternation(map(str, listed), ignore_case=True)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _is_timestamp(plain: str) -> bool:
    """Dates and times with only timestamp words around them ("Updated 3 Jan 2019 02.00 EST")."""
    if len(plain.split(maxsplit=20)) > 20:  # speed: more than 20 words, without splitting them all
        return False
    rest, found = TIMESTAMP_PART.subn(" ", plain)
    if found < 2 or not re.search(r"\d", plain):
        return False
    rest = _word_re("timestamp_words").sub(" ", rest)
    return not re.search(r"[^\W\d_]{2,}", rest)


def _is_promo(plain: str) -> bool:
    """A plug: newsletter words, addressed to the reader ("our", "your") or opened by an
    imperative ("Sign up for ...", "Keep up with ..."); a body sentence about subscribers is not."""
    if not _word_re("promo_words").search(plain):
        return False
    return bool(_prefix_re("promo_verbs").match(plain) or re.search(r"\b(?i:you|your|our)\b", plain))


def _is_timestamp_byline(plain: str) -> bool:
    """A timestamp and a byline on one line ("2/26/2015 7:11 AM PST BY TMZ STAFF")."""
    match = re.search(r"\s(?=(?i:by)\s)", plain)
    return bool(match) and _is_timestamp(plain[: match.start()]) and _is_byline(plain[match.end() :])


def _is_badge(plain: str) -> bool:
    """A lone label such as "EXCLUSIVE" or "Breaking news" (``badges`` in the rules file)."""
    return plain.strip(" :|-–—").casefold() in _badges()


@cache
def _badges() -> frozenset[str]:
    """The ``badges`` of the rules file, case folded (speed: built once, not per block)."""
    return frozenset(b.casefold() for b in rules("segmentation")["badges"])


def _is_kicker(piece: _Piece) -> bool:
    """A section label ending in a dash or bar, as sites set it before a headline ("Biz & IT —")."""
    return 0 < piece.words <= MAX_KICKER_WORDS + 1 and piece.plain.rstrip().endswith(("—", "–", " -", "|"))


def _media_label(plain: str) -> bool:
    """Only words that mark where an image stood ("Photo", "Image 2 of 9")."""
    rest = _word_re("media_labels").sub(" ", plain)
    return rest != plain and not re.search(r"[^\W\d_]", rest)


BYLINE_JOINERS = frozenset({"and", "in", "for", "with", "at", "|", "&"})


def _is_byline(plain: str) -> bool:
    """A byline: a marker, then only names, outlets and places ("By Jane Roe and John Doe")."""
    match = _prefix_re("byline_markers").match(plain)
    if not match or len(plain.split()) > MAX_BYLINE_WORDS:
        return False
    rest = plain[match.end() :].strip(" :|-–—")
    words = [w for w in re.split(r"[\s,;/]+", rest) if w]
    if not words or plain.rstrip(CLOSERS)[-1:] in "!?":
        return False
    return all(w[:1].isupper() or w.casefold() in BYLINE_JOINERS for w in words) and words[-1][:1].isupper()


_NAME_START = r"(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+,?\s+"


@cache
def _bio_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(w) for w in sorted(rules("segmentation")["bio_verbs"], key=len, reverse=True))
    starters = "|".join(re.escape(w) for w in rules("segmentation")["sentence_starters"])
    return re.compile(rf"^(?!(?:{starters})\b){_NAME_START}(?i:{verbs})\b")


def _is_bio(plain: str) -> bool:
    """An author's biography: a name, then "is a reporter for", "has covered", ..."""
    return len(plain.split()) <= MAX_BIO_WORDS and bool(_bio_re().match(plain))


def _mark_teasers(pieces: list[_Piece]) -> None:
    """A teaser marker, and the headline (plus kicker) that follows a bare marker."""
    for i, piece in enumerate(pieces):
        if piece.kind is not None or piece.words > MAX_CAPTION_WORDS:
            continue
        match = _prefix_re("teaser_markers").match(piece.plain)
        if not match:
            continue
        piece.kind = "teaser"
        rest = piece.plain[match.end() :].strip(" :-–—|")
        if rest:
            continue
        for follower in pieces[i + 1 : i + 3]:
            if follower.kind is not None or not follower.titlelike or follower.heading:
                break
            follower.kind = "teaser"


def _mark_headline(pieces: list[_Piece]) -> None:
    """The first block that is not furniture, when it reads as a title; then a section label
    before it (a kicker) and a repeat of it right after it (a page title above the on-page h1)."""
    first = next((i for i, p in enumerate(pieces) if p.kind not in ("boilerplate", "credit")), None)
    if first is None:
        return
    piece = pieces[first]
    if piece.kind is not None or not _headline_like(piece):
        return
    after = pieces[first + 1] if first + 1 < len(pieces) else None
    if (
        piece.words <= MAX_KICKER_WORDS and not piece.heading and after is not None and after.kind is None
        and _headline_like(after) and after.words > piece.words and (after.titlelike or _title_case(after))
    ):
        piece.kind = "boilerplate"  # a section label ("Politics") above the headline
        piece, first = after, first + 1
        after = pieces[first + 1] if first + 1 < len(pieces) else None
    piece.kind = "headline"
    if after is not None and after.kind is None and _headline_like(after) and _same_title(piece, after):
        after.kind = "headline"
    _mark_second_headline(pieces, first)
    _mark_standfirst(pieces, first)


def _mark_second_headline(pieces: list[_Piece], first: int) -> None:
    """The on-page headline under a page title, an image and its caption between them: a
    title-case line right after the caption or credit."""
    j = first + 1
    while j < len(pieces) and pieces[j].kind in ("headline", "boilerplate"):
        j += 1
    k = j
    while k < len(pieces) and pieces[k].kind in ("caption", "credit"):
        k += 1
    if k == j or k >= len(pieces):
        return
    piece = pieces[k]
    if piece.kind is None and not piece.heading and piece.titlelike and _title_case(piece) and _headline_like(piece):
        piece.kind = "headline"


def _mark_standfirst(pieces: list[_Piece], first: int) -> None:
    """A one-sentence summary under the headline, set apart from the body by an image, a caption
    or a date line, is a standfirst: a subheading."""
    j = first + 1
    while j < len(pieces) and pieces[j].kind in ("headline", "boilerplate", "caption", "credit"):
        j += 1
    if j + 1 >= len(pieces):
        return
    piece, after = pieces[j], pieces[j + 1]
    one_sentence = not re.search(r"[.!?][\"'”’)]*\s+[A-Z\"“]", piece.plain)
    if (
        piece.kind is None and not piece.heading and MIN_STANDFIRST_WORDS <= piece.words <= MAX_CAPTION_WORDS
        and one_sentence and after.kind in ("boilerplate", "caption", "credit")
    ):
        piece.kind = "subheading"


def _headline_like(piece: _Piece) -> bool:
    """Short, and not ending like a sentence unless short or set in title case."""
    if piece.words > MAX_HEADLINE_WORDS or piece.heading > 1:
        return False
    stripped = piece.plain.rstrip(CLOSERS)
    return bool(piece.heading) or not stripped.endswith((".", ",", ";")) or piece.words <= 12 or _title_case(piece)


def _title_case(piece: _Piece) -> bool:
    """Most words of four letters or more capitalised, as in many English headlines."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", piece.plain) if len(w) >= 4]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def _same_title(a: _Piece, b: _Piece) -> bool:
    """Two blocks that give the same title (one may add the site's name or a subtitle)."""
    wa, wb = set(_norm_words(a.plain)), set(_norm_words(b.plain))
    return bool(wa and wb) and len(wa & wb) >= SAME_TITLE_SHARE * min(len(wa), len(wb))


def _norm_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _captionlike(piece: _Piece) -> bool:
    return piece.kind is None and not piece.heading and (
        piece.titlelike or (piece.words <= 6 and piece.plain.rstrip(CLOSERS).endswith("."))
    )


def _mark_captions(pieces: list[_Piece]) -> None:
    """Short lines right before a credit (or right after it, when none is before)."""
    for i, piece in enumerate(pieces):
        if piece.kind != "credit":
            continue
        before = 0
        j = i - 1
        while j >= 0 and before < 3 and _captionlike(pieces[j]):
            pieces[j].kind = "caption"
            before += 1
            j -= 1
        if before or (j >= 0 and pieces[j].kind == "caption"):
            continue
        if i + 1 < len(pieces) and pieces[i + 1].titlelike and _captionlike(pieces[i + 1]):
            nxt = pieces[i + 2] if i + 2 < len(pieces) else None
            if nxt is None or nxt.kind is not None or not nxt.titlelike:
                pieces[i + 1].kind = "caption"


def _mark_captions_after_media(pieces: list[_Piece]) -> None:
    """A short block right after a lone image label ("Photo", "Image") is that image's caption."""
    for before, piece in zip(pieces, pieces[1:]):
        if (
            before.kind == "boilerplate" and _media_label(before.plain) and piece.kind is None
            and not piece.heading and 0 < piece.words <= MAX_CAPTION_WORDS
        ):
            piece.kind = "caption"


def _is_bodylike(piece: _Piece) -> bool:
    return piece.kind == "paragraph" or (piece.kind is None and not piece.titlelike)


def _sentencelike(piece: _Piece) -> bool:
    """Reads as a complete sentence: long enough, capitalised, ending with . ! or ?"""
    first = piece.plain.lstrip("\"'“‘„‚«‹(")[:1]
    last = piece.plain.rstrip(CLOSERS)[-1:]
    return piece.words >= 5 and (first.isupper() or first.isdigit()) and last in ".!?"


def _mark_trailing_boilerplate(pieces: list[_Piece]) -> None:
    """After the last paragraph: short lines that are not sentences, an author's biography and
    syndication or print notes are site furniture; so is every short block of a widget that a
    plug or other furniture opens right after the last long paragraph (subscription plans)."""
    for piece in reversed(pieces):
        if piece.kind == "paragraph":
            break
        if piece.kind is not None:
            continue
        if _is_bio(piece.plain) or _prefix_re("trailing_phrases").match(piece.plain):
            piece.kind = "boilerplate"
        elif piece.words > MAX_FURNITURE_WORDS or _sentencelike(piece) or _ends_with_lead_in(piece):
            break
        else:
            piece.kind = "boilerplate"
    anchor = max((i for i, p in enumerate(pieces) if p.kind is None and p.words >= WIDGET_ANCHOR_WORDS), default=None)
    if anchor is None or anchor + 1 >= len(pieces) or pieces[anchor + 1].kind not in ("teaser", "boilerplate"):
        return
    for piece in pieces[anchor + 1 :]:
        if piece.kind is None and piece.words <= MAX_WIDGET_WORDS and not piece.heading:
            piece.kind = "boilerplate"


def _ends_with_lead_in(piece: _Piece) -> bool:
    """A sentence introducing what follows ("check out the footage below:")."""
    return piece.words >= 8 and piece.plain.rstrip(CLOSERS).endswith(":")


def _body_follows(pieces: list[_Piece]) -> list[bool]:
    """For each piece: is the next piece that is not furniture body-like? (one pass from the end)"""
    follows = [False] * len(pieces)
    nxt = False
    for i in range(len(pieces) - 1, -1, -1):
        follows[i] = nxt
        if pieces[i].kind not in ("caption", "credit", "teaser", "boilerplate"):
            nxt = _is_bodylike(pieces[i])
    return follows


def _is_subheading(piece: _Piece, body_follows: bool) -> bool:
    """A short title-like line with body text after it."""
    if piece.heading:
        return True
    return piece.titlelike and piece.words <= 15 and body_follows and not LIST_ITEM.match(piece.raw)


def _merge_teasers(pieces: list[_Piece], text: str) -> list[_Piece]:
    """A teaser marker and the headlines it introduces become one piece."""
    merged: list[_Piece] = []
    for piece in pieces:
        if piece.kind == "teaser" and merged and merged[-1].kind == "teaser" and not _prefix_re(
            "teaser_markers"
        ).match(piece.plain):
            merged[-1].end = piece.end
            merged[-1].raw = text[merged[-1].start : piece.end]
        else:
            merged.append(piece)
    return merged


# ---------------------------------------------------------------- what the classifier sees


PRICE = re.compile(r"[$€£]\s?\d[\d,.]*\s*(?:/\s*\w+)+|\b\d[\d,.]*\s*(?:per|a|/)\s*(?:month|year|week)\b", re.I)


def _block(piece: _Piece) -> Block:
    """The piece as the classifier sees it (plain text, kind, rule, rule tests that fire)."""
    plain = piece.plain
    tests = {
        "credit": _is_credit(plain),
        "credit_prefix": bool(_credit_prefix().match(plain) or _credit_lead().match(plain.lstrip("([©"))),
        "agency": bool(_word_re("agencies").search(plain)),
        "dateline": bool(DATELINE.match(plain)),
        "timestamp": _is_timestamp(plain),
        "byline": _is_byline(plain),
        "boilerplate_phrase": bool(_prefix_re("boilerplate_phrases").match(plain)),
        "boilerplate_word": bool(_word_re("boilerplate_words").search(plain)),
        "teaser_marker": bool(_prefix_re("teaser_markers").match(plain)),
        "teaser_verb": bool(_prefix_re("teaser_verbs").match(plain)),
        "promo_word": bool(_word_re("promo_words").search(plain)),
        "media_label": _media_label(plain),
        "caption_marker": bool(_prefix_re("caption_markers").match(plain)),
        "titlelike": piece.titlelike,
        "title_case": _title_case(piece),
        "sentencelike": _sentencelike(piece),
        "headline_like": _headline_like(piece),
        "bio": _is_bio(plain),
        "price": bool(PRICE.search(plain)),
        "heading": piece.heading > 0,
    }
    return Block(piece.start, piece.end, plain, piece.kind or "paragraph", piece.rule,
                 frozenset(k for k, v in tests.items() if v))
