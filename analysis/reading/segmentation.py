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

from ..lexicon.resources import rules
from .records import Segment

TERMINAL = ".,;:"  # a line ending in one of these is not a title
CLOSERS = "\"'”’»)]*_"
MAX_CAPTION_WORDS = 30
MAX_TITLE_WORDS = 22
MAX_HEADLINE_WORDS = 30
MAX_FURNITURE_WORDS = 12

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


def segment(text: str) -> list[Segment]:
    """Cut ``text`` into kinded segments, in reading order."""
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
    splits = ((_trailing_credit(), "caption", "credit"), (_wire_dateline(), "credit", None))
    for pattern, first_kind, second_kind in splits:
        match = pattern.match(raw)
        if match and match.group("a").strip() and match.group("b").strip():
            cut = start + match.start("b")
            first, second = _make_piece(text, start, cut), _make_piece(text, cut, end)
            first.kind, second.kind = first_kind, second_kind
            return [first, second]
    return [_make_piece(text, start, end)]


def _make_piece(text: str, start: int, end: int) -> _Piece:
    start, end = _strip_span(text, start, end)
    raw = text[start:end]
    plain = _plain(raw)
    heading = MD_HEADING.match(raw)
    return _Piece(start, end, raw, plain, len(plain.split()), heading=len(heading.group(1)) if heading else 0)


def _plain(raw: str) -> str:
    """The block without Markdown marks, for matching rules."""
    plain = MD_LINK.sub(r"\1", raw)
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
def _wire_dateline() -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in sorted(rules("segmentation")["agencies"], key=len, reverse=True))
    return re.compile(
        rf"^(?P<a>(?:[A-Z][\w.'’-]*(?:[ ,/]+[A-Z][\w.'’-]*){{0,4}}\s*)?\((?:{names})\)\s*[-–—]+)"
        rf"\s*(?P<b>\S.*)$",
        re.DOTALL,
    )


_CREDIT_SPLIT = re.compile(r"\s*(?:/|\||,|;|\bvia\b|\bby\b|&|\+)\s*", re.IGNORECASE)


def _is_credit(plain: str) -> bool:
    """A photo, video or source credit line."""
    if len(plain.split()) > 20:
        return False
    if _credit_prefix().match(plain):
        return True
    core = plain.strip().strip("()[]©").strip()
    core = re.sub(r"^(?:photo|picture|image)s?\s+by\s+", "", core, flags=re.IGNORECASE)
    if len(core.split()) > 10 or not core:
        return False
    parts = [p.strip(" ()[]©.") for p in _CREDIT_SPLIT.split(core) if p.strip(" ()[]©.")]
    agencies = _agencies()
    has_agency = any(p.casefold() in agencies for p in parts)
    if not has_agency:
        return False
    if len(parts) == 1:
        return plain.strip().startswith(("(", "©")) or core.casefold() in agencies
    return all(p.casefold() in agencies or _namelike(p) for p in parts)


def _namelike(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


# ---------------------------------------------------------------- classifying


def _classify(pieces: list[_Piece]) -> None:
    for piece in pieces:
        if piece.kind is None:
            piece.kind = _furniture_kind(piece)
    _mark_teasers(pieces)
    _mark_headline(pieces)
    _mark_captions(pieces)
    _mark_trailing_boilerplate(pieces)
    body_follows = _body_follows(pieces)
    for i, piece in enumerate(pieces):
        if piece.kind is None:
            piece.kind = "subheading" if _is_subheading(piece, body_follows[i]) else "paragraph"


def _furniture_kind(piece: _Piece) -> str | None:
    """Kinds a block has on its own, whatever surrounds it."""
    plain = piece.plain
    if MD_IMAGE.match(piece.raw) or LEGEND.match(plain):
        return "caption"
    if NO_WORD.match(plain) or DATELINE.match(plain):
        return "boilerplate"
    if _is_credit(plain):
        return "credit"
    if piece.words <= MAX_FURNITURE_WORDS and _prefix_re("boilerplate_phrases").match(plain):
        return "boilerplate"
    if PULL_QUOTE_TAIL.match(plain) and piece.words <= MAX_CAPTION_WORDS:
        return "caption"
    return None


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
    for piece in pieces:
        if piece.kind in ("boilerplate", "credit"):
            continue
        if piece.kind is None and piece.words <= MAX_HEADLINE_WORDS and piece.heading <= 1:
            stripped = piece.plain.rstrip(CLOSERS)
            if piece.heading or not stripped.endswith((".", ",", ";")) or piece.words <= 12:
                piece.kind = "headline"
        return


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


def _is_bodylike(piece: _Piece) -> bool:
    return piece.kind == "paragraph" or (piece.kind is None and not piece.titlelike)


def _sentencelike(piece: _Piece) -> bool:
    """Reads as a complete sentence: long enough, capitalised, ending with . ! or ?"""
    first = piece.plain.lstrip("\"'“‘„‚«‹(")[:1]
    last = piece.plain.rstrip(CLOSERS)[-1:]
    return piece.words >= 5 and (first.isupper() or first.isdigit()) and last in ".!?"


def _mark_trailing_boilerplate(pieces: list[_Piece]) -> None:
    """Short lines that are not sentences, after the last paragraph, are site furniture."""
    for piece in reversed(pieces):
        if piece.kind is None and (piece.words > MAX_FURNITURE_WORDS or _sentencelike(piece)):
            return
        if piece.kind == "paragraph":
            return
        if piece.kind is None:
            piece.kind = "boilerplate"


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
    return piece.titlelike and piece.words <= 15 and body_follows


def _merge_teasers(pieces: list[_Piece], text: str) -> list[Segment]:
    """Turn pieces into segments, a teaser marker and its headlines becoming one block."""
    merged: list[_Piece] = []
    for piece in pieces:
        if piece.kind == "teaser" and merged and merged[-1].kind == "teaser" and not _prefix_re(
            "teaser_markers"
        ).match(piece.plain):
            merged[-1].end = piece.end
        else:
            merged.append(piece)
    return [
        Segment(index=i, kind=p.kind or "paragraph", start=p.start, end=p.end, text=text[p.start : p.end])
        for i, p in enumerate(merged)
    ]
