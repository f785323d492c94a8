"""Who speaks: cue verbs, speaker phrases, and names resolved from pronouns and short forms.

The attribution half of the quote analysis (``analysis.quotes`` finds the quotes): for a cue
("said", "told", "according to", "saying", a dash) it finds the speaker phrase next to it, trims
it to its head ("US State Department spokesman Ned Price" -> Ned Price), and resolves "he", "it"
and "the organization" to the nearest compatible name seen before, preferring sentence subjects.
``sentence_acts`` lists every speech or statement clause, which sources reuse.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, wraps
from itertools import islice

import regex

from ..lexicon.names import (
    Name,
    find_names,
    first_name_gender,
    fold,
    given_name_gender,
    is_organisation_noun,
    lower_words,
    name_prefixes,
    not_names,
    quote_words,
    speech_verbs,
    without_particle,
)
from ..lexicon.patterns import FOLDS_TO_ASCII, alternation
from ..lexicon.resources import rules

# Confidences: a rule's trust (0-1), not a probability. Set by hand in the order in which the
# rules were right on the gold articles: a name beside its cue is almost always right, a
# resolved pronoun or organisation noun usually, an inherited speaker less often.
NAMED = 0.9  # a name (or its surname) next to a cue
OWNER = 0.8  # "Erdogan's office": the possessor's organisation
PRONOUN = 0.75  # a pronoun resolved to an earlier name
GROUP = 0.7  # "Saudi officials", "the ministry" resolved to an organisation seen before
INHERITED = 0.6  # at most this for a speaker carried over from an earlier quote or statement
UNNAMED = 0.5  # an unnamed speaker phrase kept as written
DESCRIBED_PERSON_SPEAKS = 0.7  # "a Mexican official": an unnamed person by role, as sure as a group speaker
ORG_NOUN_UNRESOLVED = 0.4  # "the organization" with no organisation seen before
PRONOUN_UNRESOLVED = 0.3  # a pronoun with no antecedent
INDIRECT = 0.8  # factor for reported speech without quote marks (the clause's end is a guess)

# "I" outside quote marks is the article's narrator: its byline when the page gives one, else this label
# (a reader of "“...,” I said" learns only that the author speaks; no earlier name is "I").
NARRATOR = "the author"

# Windows, in characters. 99% of PolNeAR train's direct and mixed quotes have their cue within
# 191 characters of the quote (median 4, 95th percentile 128), so cues further away are not
# looked at; a speaker phrase is at most 14 words (about 120 characters), so the text searched
# left or right of a cue for it is bounded too. Both keep attribution linear in paragraph length.
CUE_WINDOW = 250
WEAK_SPEAKER = 500  # added to a cue's distance when its speaker is no name, pronoun or group
NOUN_BEFORE = re.compile(r"\b(?:the|a|an|such|these|those|this|that|his|her|its|their|our|my|your|any|no|"
                         r"new|recent|earlier|similar|latest)\s*$", re.IGNORECASE)  # "such claims": a noun
SPEAKER_WINDOW = 300
ING_AFTER_CUE = 60  # "X said on MSNBC's Morning Joe, adding": a participle this close follows the same speaker
# "state(s)" is a noun after a capitalised word ("the United States", "Gulf states"), a number or a
# quantifier ("50 states", "other states"); it is a cue only before "that", a colon or a quote.
STATE_NOUN = re.compile(r"(?:\b[A-Z][\w.-]*|\b\d[\d,]*|\b(?:other|many|several|all|both|some|most|key|swing|"
                        r"battleground|member|red|blue|neighbouring|neighboring|southern|northern|western|eastern|"
                        r"these|those|two|three|four|five|individual|nation)|\bof\s+the)\s+$")
STATE_VERB_AFTER = re.compile(r"\s*(?:that\b|:|\x00|,\s*\x00)")
APPOSED_NAME_WORDS = 5  # "Sen. Robert P. Casey Jr.": a name before its apposition is at most five words

TRAILING_AUX = re.compile(
    r"(?:\s+(?:who|had|has|have|was|were|is|are|will|would|also|previously|already|later|earlier|again|then|"
    r"once|first|repeatedly|further|still|too|now|even|never|just|however|\w+ly))+$"
)  # "She further stated": a pronoun and an adverb before the cue, the pronoun speaks
PRONOUN_END = re.compile(r"(?:^|\s)(he|she|it|they|we|I|you)$", re.IGNORECASE)
POSSESSIVE_ORG = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+(?:office|ministry|government|administration|campaign|team|party|spokesman|spokeswoman|spokesperson)\b"
)
INTRO = re.compile(
    r"\s*(?:Following|After|Before|In|On|At|During|Since|While|When|Like|Unlike|Speaking|According|Regarding|"
    r"Despite|As|Asked|Responding|(?:Earlier|Later|Meanwhile)(?!\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,))"
    r"\b[^,]{0,80},\s*"  # "Meanwhile Rihanna, who ...": an adverb before a name and its comma opens no adverbial
)


# Patterns of the speaker rules, compiled once (speed: a module-level ``re.search(r"...")`` looks
# its pattern up in a cache on every call, and the rules run several times per sentence).
LEADING_JOINER = re.compile(r"^[\s,;:()—–\"“”-]*(?:(?:[Aa]nd|[Bb]ut)\s+(?=as\s))?"  # "But as X pointed out" (11ao)
                            r"(?:(?:[Aa]nd|[Bb]ut|as|[Ss]o|[Tt]hen|while|which|where|[Yy]et)\s+)?")
CHUNK = re.compile(r"(?:\([^()]*\)|[^,(]|\()+")  # commas inside parentheses do not cut a chunk
AS_BEFORE = re.compile(r"\bas\s+$")
BE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$")  # "was (previously) announced"
PAREN_BEFORE = re.compile(r"\([^()\x00]*\),?\s*$")
ONE_CHUNK_COMMA = re.compile(r"^[^,]*,\s*$")
THAT_WORD = re.compile(r"\bthat\b")
PRONOUN_BEFORE = re.compile(r"\b(he|she|it|they|we)\s*$", re.IGNORECASE)
PRONOUN_FIRST = re.compile(r"\s*(he|she|it|they|we)\b", re.IGNORECASE)
INCLUDING = re.compile(r"\bincluding\s+")
AND = re.compile(r"\band\b")
MEMBER = re.compile(r"[^,]+?(?=\s*(?:,|\band\b|$))")
LEADING_AND_THE = re.compile(r"^(?:and|the)\s+")
FIRST_CHUNKS = re.compile(r"[^,]{1,80}(?:,[^,]{1,80}){0,2}")


@cache
def anonymous_nouns() -> frozenset[str]:
    """Nouns naming an unnamed speaker (``anonymous_nouns`` of ``data/quotes.yml``)."""
    return frozenset(w.casefold() for w in quote_words("anonymous_nouns"))


@cache
def group_head() -> re.Pattern[str]:
    """A speaker phrase whose head is a group noun ("Saudi officials", "the Houthi movement")."""
    nouns = {*quote_words("anonymous_nouns"), *quote_words("group_nouns")}
    return re.compile(
        r"^(?:(?:the|a|an|one|some|several|many|two|three|other|senior|top)\s+)?(?:[\w’'-]+\s+){0,3}("
        + alternation(nouns, ignore_case=True) + r")\s*$", re.IGNORECASE)


RELATIVE = re.compile(
    r"^(.+?)\s+\w+ed\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:statement|message|post|tweet|letter|report|release)"
    r"\s+(?:which|that)$"
)
VERB_START = re.compile(r"^(?!(?:the|a|an|his|her|its|their|one|some|many|several|two|three)\b)[a-z]+(?:ed|s)\b")
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$")
EXPLETIVE = re.compile(r"^(?:there)$", re.IGNORECASE)
PREPOSITION_STOP = re.compile(
    r"\s+(?:on|in|at|to|during|after|before|via|from|with|about|of|earlier|last|this|that|near|outside|while|as)\b.*$"
)


@cache
def cue_words() -> tuple[str, ...]:
    """The words that cue a quote's speaker: ``speech_verbs`` and the quote-only ``quote_cues`` of
    ``data/quotes.yml`` (issue 11bc: "wondered", "demurred" cue a quote beside them, but are no
    speech act or source on their own, so ``act_re`` and sources never read them)."""
    return (*speech_verbs(), *quote_words("quote_cues"))


@cache
def quote_cues() -> frozenset[str]:
    """The quote-only cues (``quote_cues`` of ``data/quotes.yml``)."""
    return frozenset(quote_words("quote_cues"))


# A quote-only cue before its quote cues it only when nothing but a colon or comma (or "aloud")
# stands between them: "he demurred: “...”", not "who wondered if “...”" (issue 11bc).
CUE_THEN_QUOTE = re.compile(r"(?:\s+aloud)?\s*[,:]?\s*[“\"‘']?")


@cache
def cue_re() -> re.Pattern[str]:
    """Any speech cue of ``data/quotes.yml`` (``cue_words``) as a whole word."""
    # not inside a compound: "so-called"; the longest verb first (a trie, for speed: ``alternation``)
    return re.compile(r"(?<![\w-])(" + alternation(cue_words(), ignore_case=True) + r")(?![\w-])", re.IGNORECASE)


@cache
def cue_lower_re() -> re.Pattern[str]:
    """``cue_re`` without ``re.IGNORECASE``, for text in lower case (``sentence_frame``): the same
    alternation (its words are lower-cased either way). Speed: ``re`` searches about 2.5 times
    faster without the flag."""
    return re.compile(r"(?<![\w-])(" + alternation(cue_words(), ignore_case=True) + r")(?![\w-])")


@cache
def _statement_re() -> re.Pattern[str]:
    return re.compile(r"\b(" + alternation(rules("quotes")["statement_verbs"]) + r")\b")


DESCRIPTION = re.compile(r"^\s*(?:the|The)\s+(?:[\w-]+\s+){0,2}?([\w.]+)\s*$")
# a description whose modifiers hold a name, headed by a lower-case title ("the Florida senator")
DESCRIPTION_MODIFIED = re.compile(r"^\s*(?:the|The)\s+(?:[\w’'.-]+\s+){1,4}?([a-z][\w.-]*)\s*$")


@cache
def _person_titles() -> dict[str, str | None]:
    return {k.casefold(): v for k, v in rules("quotes")["person_titles"].items()}


@cache
def _pronouns() -> dict[str, dict]:
    return rules("quotes")["pronouns"]


@dataclass
class Speaker:
    written: str
    start: int
    end: int
    cue: str
    name: str | None
    type: str | None
    role: str | None
    confidence: float
    only_quote: int | None = None  # a passive cue's agent speaks only the quote at this offset ("as “...” by X")


# The antecedent ranker's weights, set by hand (not fitted): a pronoun refers to a person of its
# gender, who is usually the subject of a recent sentence and often the person quoted just before;
# each sentence and paragraph further back makes a name less likely. Checked on PolNeAR train
# error samples, never fitted to it.
GENDER_MATCH = 0.5  # "she" and a name known to be a woman's (title, apposition or given name); a clash excludes
SUBJECT = 1.5  # the name opens its sentence
SPOKE = 0.5  # the name was already a speaker in the article
LAST_SPEAKER = 0.5  # ... and is the most recent one
SENTENCE_BACK = 0.6  # per sentence between the name and the pronoun
PARAGRAPH_BACK = 0.6  # per paragraph boundary between them
SAME_SENTENCE = 1.5  # "Speaking to Martin Smith of PBS, he said": a non-subject of the pronoun's own sentence
ROLE_MATCH = 1.5  # "the commissioner" and a person introduced as "trade commissioner X": as strong as a subject
LATER_IN_SENTENCE = 0.05  # among names of one sentence, the earlier one slightly preferred (subjects first)
UNTYPED = 1.0  # a lone capitalised word that has not spoken may be a place or a thing
# "Political analyst X agreed that ... For black voters, he said": the latest subject of the
# pronoun's paragraph (of a compatible type and gender) outweighs a speaker quoted a few sentences
# before: as much as having spoken and being the last speaker together (issue 11v, PolNeAR train errors).
LATEST_SUBJECT = 1.0
CANDIDATES = 40  # names looked at, most recent first: bounds the work per pronoun


# A person's role as the article introduces it: the words right before the name up to a
# punctuation mark ("AU trade and industry commissioner Albert Muchanga"), or an apposition after
# it up to the next one ("Albert Muchanga, the AU's trade commissioner,"). 80 characters hold a
# title of about ten words.
ROLE_WINDOW = 80
# Abbreviated titles before a name and the role noun a later description uses ("Gov. Chris
# Christie" ... "the governor"); the title sits inside the name run, so ROLE_BEFORE sees it.
LIEUTENANT_BEFORE = re.compile(r"\b(?:Lt|Lieut)\.?\s+\S+\s*$")
ABBREVIATED_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
                      "lt.": "lieutenant", "sec.": "secretary", "pres.": "president", "prof.": "professor",
                      "supt.": "superintendent", "det.": "detective", "sgt.": "sergeant", "atty.": "attorney"}
ROLE_BEFORE = re.compile(r"([^,.;:!?()“”\"\n]*?)\s*$")
ROLE_HEAD_STOP = re.compile(r"\s+(?:of|for|at|in|on|with|to|from|who|which|that|and|since|until|during)\b")
ROLE_AFTER = re.compile(r"\s*,\s*([^,.;:!?()“”\"\n]+)")


def holds_role(text: str, name: Name, noun: str) -> bool:
    """Was ``name`` introduced with the role ``noun``: as the last lower-case word of the title
    before it ("trade commissioner Albert Muchanga", not "vice president Joe Biden"), or as the head
    of an apposition after it ("Albert Muchanga, the AU's trade commissioner", not "chairman of the
    board")?"""
    noun = noun.casefold()
    role = name.role.casefold().split()
    if role and ABBREVIATED_TITLES.get(role[-1]) == noun \
            and (len(role) == 1 or role[-2] not in role_modifiers() and role[-2] not in ABBREVIATED_TITLES) \
            and not LIEUTENANT_BEFORE.search(text, max(0, name.start - ROLE_WINDOW // 4), name.start):
        return True  # "Gov. Chris Christie" is "the governor" ("Lt. Gov. X" is not)
    words = title_words_before(text, max(0, name.start - ROLE_WINDOW), name.end)  # speed: not ROLE_BEFORE
    for k, word in enumerate(words):
        if word.casefold() == noun and all(w[:1].isupper() for w in words[k + 1 :]) \
                and (k == 0 or words[k - 1].casefold() not in role_modifiers()):
            return True
    apposition = ROLE_AFTER.match(text, name.end, name.end + ROLE_WINDOW)
    if apposition:
        head = ROLE_HEAD_STOP.split(apposition.group(1), maxsplit=1)[0].split()
        return len(head) > 0 and head[-1].casefold() == noun \
            and (len(head) == 1 or head[-2].casefold() not in role_modifiers())
    return False


ROLE_STOPS = ",.;:!?()“”\"\n"  # the characters ``ROLE_BEFORE`` does not cross
TO_LAST_ROLE_STOP = re.compile("(?s).*[" + re.escape(ROLE_STOPS) + "]")  # a window up to its last stop


def title_words_before(text: str, a: int, b: int) -> list[str]:
    """The words of ``ROLE_BEFORE.search(text, a, b).group(1)`` (which always matches): those after
    the last of ``ROLE_STOPS`` in ``text[a:b]`` less its trailing white space. Speed: the lazy pattern
    anchored at the end was retried from every start in the window (quadratic in its length, 5% of
    the quote pass); this reads the window once. ``tests/test_speed_skip.py`` compares the two."""
    window = text[a:b].rstrip()
    last = TO_LAST_ROLE_STOP.match(window)  # speed: one search from the end, not a ``rfind`` per stop character
    return window[last.end() if last else 0 :].split()


@cache
def role_modifiers() -> frozenset[str]:
    """Words making another role of a role noun ("vice president"): ``role_modifiers`` in data."""
    return frozenset(w.casefold() for w in quote_words("role_modifiers"))


@cache
def headline_words() -> frozenset[str]:
    """Words that make a capitalised run a headline (``headline_words`` of ``data/quotes.yml``)."""
    return frozenset(quote_words("headline_words"))


HEADLINE_RUN_WORDS = 3  # a name of three words or more holding a headline word ("Trump Says Ryan ...")


def _headline_run(written: str) -> bool:
    """A title-case or capitals headline read as a name: three words or more, one of them a verb or
    function word only a headline capitalises, or all in capitals ("IOWA POLLS NOT WRONG")."""
    words = written.split()
    if len(words) < HEADLINE_RUN_WORDS:
        return False
    letters = [w for w in words if any(c.isalpha() for c in w)]
    return any(w.strip("’'.,") in headline_words() for w in words) \
        or (len(letters) >= HEADLINE_RUN_WORDS and all(w.isupper() for w in letters))


# "Hasbro hosted", "Hasbro says", "Boeing did not": a lone word as subject (a past or present verb, an
# auxiliary), also after one adverb ("Obama also addressed ...", issue 11ag)
OPENER_VERB = re.compile(r"\s+(?:(?:also|then|later|again|never|since|still|just|already|often|quickly|"
                         r"repeatedly|previously|recently|once)\s+)?"
                         r"(?!(?:as|its|his|this|thus|plus|unless|towards|besides|across|us)\b)"
                         r"(?:[a-z]+(?:ed|s)|did|do|had|have|will|would|could|can|cannot|told|said|spoke|wrote|"
                         r"gave|took|made)\b")


# The role of a person remembered by description ("the head of the internal investigators" as a
# speaker): pronouns may refer to them, and they stay as written (no name to canonicalise).
DESCRIBED = "(described)"
DESCRIBED_PERSON = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)"
                              r"(?:\s+(?:of|for|at|in|from|with)\b.*)?\s*")


def described_person(written: str) -> str | None:
    """The head noun of a description of one unnamed person ("The head of the police's internal
    investigators": head; "a senior official": official), or None for a group ("Saudi officials",
    "the police") or anything else."""
    m = DESCRIBED_PERSON.fullmatch(written)
    if not m or group_head().search(written) or find_names(written, 0, m.end(1)):
        return None
    head = m.group(1)
    return head if head in role_words() or head in quote_words("person_description_nouns") else None


MISSPELT_MIN = 5  # a surname of five letters or more may be misspelt by one letter ("Wasif" for "Wasef")


GENERIC_ROLES = frozenset({"spokesman", "chairman", "congressman"})  # role words used for women too (11ao)


class Resolver:
    """Names seen so far in the body, to resolve 'he', 'it', 'the organization' and surnames."""

    LOOKBACK = 300  # names searched back for an antecedent: pronouns point to recent text

    def __init__(self, narrator: str = NARRATOR) -> None:
        self.narrator = narrator  # who "I" is outside quotes: the article's author (set once, never changed)
        self.names: list[Name] = []
        self.subjects: set[int] = set()  # starts of names that open their sentence (its subject)
        self.openers: set[int] = set()  # starts of untyped lone names that open their sentence ("Hasbro hosted")
        self.not_persons: set[int] = set()  # starts of untyped lone words that are a place or a party ("in Ohio")
        self.common_openers: set[int] = set()  # starts of common words capitalised by opening a sentence ("Shortly")
        self.mid_sentence: set[str] = set()  # untyped lone words capitalised inside a sentence: names, not openers
        # speed: one-word keys of ``full`` (``MISSPELT_MIN`` letters or more) by each (position, the key
        # without its letter there) but the first letter's: the keys one letter off are looked up (``_misspelt``)
        self.surnames: dict[tuple[int, str], list[str]] = {}
        self.issued: list[tuple[int, str, Name]] = []  # (where, document noun, issuer): "X released a statement"
        # name -> the gender a pronoun in its own clause gave ("X ... his"), None after a clash
        self.learned: dict[str, str | None] = {}
        self.person_words: set[str] = set()  # lone words read as a titled person ("President Obama": "Obama")
        self.surname_only: set[int] = set()  # starts of lone surnames made a fuller name ("Clinton" -> "Bill Clinton")
        self.last_speaker: Speaker | None = None
        self.full: dict[str, list[Name]] = {}  # last word(s), folded -> multi-word names ending so
        # speed: the same, by written form, as (starts, insertion numbers, names) in text order
        self.full_by_text: dict[str, dict[str, tuple[list[int], list[int], list[Name]]]] = {}
        self.unordered: set[str] = set()  # keys whose names did not come in text order (looked up one by one)
        self.where: dict[int, tuple[int, int, int]] = {}  # name start -> (paragraph, sentence, order in it)
        self.speakers: set[str] = set()  # canonical names that have spoken
        self.paragraph = 0
        self.sentence = 0
        # speed: answers of ``head_of`` and ``speaker_for_cue`` while the state is unchanged
        # (``version`` counts the changes: every ``add`` and ``new_paragraph``, and a ``heard``
        # that changes what the ranker reads; a new method changing the state must count too)
        self.version = 0
        self.memo: dict[tuple, object] = {}
        self.memo_version = 0
        # speed: ``main_person``'s counts of the persons named so far (see ``_persons_before``)
        self.ends: list[int] = []  # the largest end of ``names[: i + 1]`` for each i, read on demand
        self.tally: tuple[int, dict[str, int], dict[str, Name]] = (0, {}, {})

    def new_paragraph(self) -> None:
        """Mark a paragraph boundary (the ranker counts boundaries between name and pronoun)."""
        self.version += 1
        self.paragraph += 1

    def heard(self, speaker: Speaker) -> None:
        """Remember a named speaker: later pronouns prefer people already quoted."""
        if speaker.name:
            # speed: the state changes (``version``) only if what the ranker reads of it changes
            seen = (len(self.speakers), len(self.subjects), self.last_speaker.name if self.last_speaker else None)
            self.speakers.add(fold(speaker.name).casefold())
            self.last_speaker = speaker
            # the speaker of a cue is its clause's subject ("..., Cole said."), wherever it stands
            for name in reversed(self.names[-CANDIDATES:]):
                if speaker.start <= name.start < speaker.end and name.text == speaker.name:
                    self.subjects.add(name.start)
            if speaker.type == "anonymous" and speaker.start is not None and speaker.start not in self.where:
                described = described_person(speaker.written)
                if described:  # "The head of the investigators told the court ... She also said": she is that head
                    self._insert(Name(speaker.name, speaker.start, speaker.end, "person",
                                      _person_titles().get(described), DESCRIBED))
                    self.subjects.add(speaker.start)
                    self.version += 1
            if seen != (len(self.speakers), len(self.subjects), speaker.name):
                self.version += 1

    def _insert(self, name: Name) -> None:
        """Remember a mention found after the names of its sentence were added, in text order."""
        k = len(self.names)
        while k > 0 and self.names[k - 1].start > name.start:
            k -= 1
        self.names.insert(k, name)
        del self.ends[k:]  # ``_persons_before`` re-reads the names from here
        self.tally = (0, {}, {})
        self.where[name.start] = (self.paragraph, self.sentence, 0)

    def add(self, names: list[Name], sentence: bool = False, text: str = "", start: int = 0) -> None:
        """Remember names in text order, a surname carrying the type of its full name.

        With ``sentence``, the names are one sentence's (starting at ``start`` of ``text``) and
        the first person or organisation among them that is not the object of a preposition or
        inside an opening adverbial ("Speaking to Martin Smith of PBS, he said") is remembered as
        its subject, which pronouns prefer.
        """
        self.version += 1
        # "He said on Thursday that Trump needs ...": a sentence opened by a pronoun has it as its
        # subject, so no name later in it is one
        opened = PRONOUN_OPENS.match(text, start, start + PRONOUN_OPENS_WINDOW) if sentence and text else None
        first = opened is None
        referent = None
        if opened:  # "She told the court ...": the person "she" is, a mention that is the sentence's subject
            need = _pronouns()[opened.group(1).casefold()]
            referent = self.antecedent(start, need["type"], need.get("gender"))
        if sentence:
            self.sentence += 1
        if referent is not None:
            mention = Name(referent.text, opened.start(1), opened.end(1), referent.type, referent.gender, referent.role)
            self.names.append(mention)
            self.where[mention.start] = (self.paragraph, self.sentence, 0)
            self.subjects.add(mention.start)
        if sentence and text:
            self._learn_gender(names, text)
        subject = None  # the sentence's subject, if a name
        governed_before = None  # the end of the last name that was an object ("by Quirin, Redouane")
        for order, name in enumerate(names):
            if _headline_run(name.text) or text and _label_line(text, name):
                continue  # "Tim Allen Just Got Asked About Donald Trump": a title-case headline, no one's name
            written = name
            name = self.canonical(name)
            if " " not in written.text and written.gender is None and name.text != written.text:
                self.surname_only.add(name.start)  # "Clinton" read as the last "Bill Clinton": gender may say otherwise
            if name.type == "person" and name.gender is None and name.text.split()[-1].casefold() in name_prefixes():
                # "Latino Republicans", "Clinton's chief Democratic rival": a party or rival word read as
                # a person's name is a group or an adjective, no one a "he" or "she" refers to (issue 11ag)
                name = Name(name.text, name.start, name.end, "unknown")
                self.not_persons.add(name.start)
            if name.type == "person" and not name.role and text and _titled_thing(text, name):
                # "the Kelly File", "the Manchurian Candidate": a person's name takes no article; a
                # show, a work or a team is no one to refer to as "he" or "she"
                name = Name(name.text, name.start, name.end, "unknown")
            if name.type == "unknown" and " " not in name.text and text and WHO_AFTER.match(text, name.end) \
                    and name.text.lower() not in lower_words(text) \
                    and not ARTICLE_BEFORE.search(text, max(0, name.start - 5), name.start):
                name = Name(name.text, name.start, name.end, "person")  # "Meanwhile Rihanna, who ...": a person
            if name.type == "unknown" and " " not in name.text and given_name_gender(name.text) \
                    and name.text.lower() not in lower_words(text):
                # "his wife, Jane, called for ...", "Bob agreed to talk": a person named by a given name alone
                name = Name(name.text, name.start, name.end, "person", given_name_gender(name.text))
            name = self._typed_before(name)
            if name.type == "person" and name.role and name.role.split()[-1].casefold() in GENERIC_ROLES \
                    and first_name_gender(name.text) not in (None, name.gender):
                # "Trump spokesman Hope Hicks": "spokesman" is written for women too; the given name says (11ao)
                name = Name(name.text, name.start, name.end, name.type, first_name_gender(name.text), name.role)
            if name.type == "person" and name.gender is None and len(name.text.split()) > 2:
                # "Democrat Hillary Clinton", "Senator Elizabeth Warren": the given name after a label
                gender = first_name_gender(name.text.split(maxsplit=1)[1])
                if gender:
                    name = Name(name.text, name.start, name.end, name.type, gender, name.role)
            listed = governed_before is not None \
                and LIST_JOIN.fullmatch(text, governed_before, name.start) is not None \
                and not _closes_opener(text, start, name.start)
            governed = sentence and bool(text) and (listed or _governed(text, start, name.start))
            governed_before = name.end if governed else None
            if sentence and first and name.type in ("person", "organisation") and not governed \
                    and pronoun_clause(text, start, name.start):
                first = False  # "Though he did not mention X by name, ...": he is the subject, X his object
            if sentence and first and name.type in ("person", "organisation") and not governed \
                    and not (order + 1 < len(names) and modifies_next(text, name, self.canonical(names[order + 1]))):
                self.subjects.add(name.start)
                first = False
                subject = name
            if name.type == "unknown" and text and _not_a_person_word(text, name):
                self.not_persons.add(name.start)  # "in Brooklyn", "Republican": a place or a party word
            elif sentence and name.type == "unknown" and text and _common_opener(text, start, name):
                # "Shortly before ...": no "he" or "she" (a "they" may still be "Protesters")
                self.common_openers.add(name.start)
            if sentence and name.type == "unknown" and not text[start : name.start].strip() \
                    and OPENER_VERB.match(text, name.end):
                self.openers.add(name.start)
            elif sentence and name.type == "unknown" and " " not in name.text and text[start : name.start].strip():
                self.mid_sentence.add(name.text)
            self.names.append(name)
            self.where[name.start] = (self.paragraph, self.sentence, order)
            if name.type == "person" and " " not in name.text and name.role \
                    and name.text.casefold() not in name_prefixes():
                self.person_words.add(name.text)
            words = fold(name.text).split()
            if len(words) > 1 and name.type != "unknown":
                short = without_particle(words[-1])  # "el-Sisi": "Sisi" is a short form too
                for key in dict.fromkeys((words[-1], " ".join(words[-2:]), short)):
                    self._remember_full(key, name)
        subject = subject or (mention if referent is not None else None)
        if subject is not None and subject.type in ("person", "organisation"):
            self._remember_issuer(subject, text, start)

    def _typed_before(self, name: Name) -> Name:
        """An untyped lone word the article already read as a titled person ("President Obama ... And even
        Obama tried to ..."): a person again, so it can be its sentence's subject (issue 11au);
        no gender carried (the earlier mention may be a namesake's)."""
        if name.type == "unknown" and " " not in name.text and name.text in self.person_words \
                and name.start not in self.not_persons:
            return Name(name.text, name.start, name.end, "person", name.gender, name.role)
        return name

    def _remember_issuer(self, subject: Name, text: str, start: int) -> None:
        """"The task force released a statement saying ...": the sentence's subject issued a document
        of that noun, which a later "the statement" (said, read) refers to."""
        window = text[start : start + ISSUE_WINDOW]
        stop = window.find(". ")
        part = window[subject.end - start : stop if stop >= 0 else len(window)]
        if not any(verb in part for verb in ISSUED_VERBS):  # speed: no issuing verb, no match (most sentences)
            return
        found = ISSUED.search(window, subject.end - start, stop if stop >= 0 else len(window))
        if found:
            self.issued.append((start + found.start(), found.group(1).casefold(), subject))

    def issuer(self, noun: str, before: int) -> Name | None:
        """Who issued the latest document of ``noun`` before ``before`` ("the statement": the task
        force that released one), or None."""
        for at, kind, name in reversed(self.issued):
            if at < before and kind == noun:
                return name
        return None

    def _learn_gender(self, names: list[Name], text: str) -> None:
        """"Quirin denied ..., but upon learning his DNA ...": a he/his/him or she/her between the
        sentence's first person and the next name (or the clause's end) is that person's, when no
        other person is named before it; remembered by the person's full name (a clash forgets it)."""
        # speed: only the first person is read, so the names are made canonical one by one up to it
        canonical = ((k, self.canonical(n)) for k, n in enumerate(names))
        k, person = next(((k, n) for k, n in canonical if n.type == "person" or n.type == "unknown" and " " not in
                          n.text and n.text[:1].isupper() and not n.text.isupper() and n.start not in self.not_persons),
                         (None, None))
        if person is None:
            return
        end = names[k + 1].start if k + 1 < len(names) else person.end + GENDER_WINDOW
        stop = CLAUSE_STOP.search(text, person.end, end)
        found = GENDERED.search(text, person.end, stop.start() if stop else end)
        if not found:
            return
        gender = "male" if found.group(1).casefold() in MALE_PRONOUNS else "female"
        if person.gender and person.gender != gender:
            return  # a listed given name outweighs a pronoun that may be someone else's
        known = self.learned.get(person.text, gender)
        if known != gender:
            self.version += 1
        self.learned[person.text] = gender if known == gender else None

    def gender(self, name: Name) -> str | None:
        """A name's gender: its given name's or title's, else the one its sentences' pronouns gave."""
        return name.gender or self.learned.get(name.text)

    def named_opener(self, name: Name) -> bool:
        """Is ``name`` a lone untyped word opening its sentence before a verb that is capitalised inside
        other sentences too ("Boeing did not ...", after "contacted Boeing"), so a name, not a common
        noun a sentence opens with ("Audiences can ...")? Not a place or party word ("Democrats")."""
        return name.start in self.openers and name.start not in self.not_persons and name.text in self.mid_sentence

    def _remember_full(self, key: str, name: Name) -> None:
        names = self.full.setdefault(key, [])
        if not names and " " not in key and len(key) >= MISSPELT_MIN:
            for i in range(1, len(key)):
                self.surnames.setdefault((i, key[:i] + key[i + 1 :]), []).append(key)
        if names and name.start < names[-1].start:
            self.unordered.add(key)
        starts, numbers, same = self.full_by_text.setdefault(key, {}).setdefault(name.text, ([], [], []))
        starts.append(name.start)
        numbers.append(len(names))
        same.append(name)
        names.append(name)

    def canonical(self, name: Name) -> Name:
        """A surname or short form resolved to the fuller name seen before ("Price" -> "Ned Price")."""
        if name.type == "place" and " " in name.text:
            return name  # "Puerto Rico" after "Golf Club Puerto Rico": a two-word place is no short form (11ao)
        key = fold(name.text)
        if key in self.unordered:
            for prior in reversed(self.full[key]):
                if prior.start < name.start and len(prior.text) > len(name.text) \
                        and not (name.gender and prior.gender not in (None, name.gender)):
                    return Name(prior.text, name.start, name.end, prior.type, prior.gender, prior.role)
            return name
        # speed: the last longer name before this one, found per written form by position (a
        # surname said a thousand times is not compared with every earlier mention again)
        best, best_number = None, -1
        for written, (starts, numbers, same) in self.full_by_text.get(key, {}).items():
            if len(written) <= len(name.text) or name.gender and same[-1].gender not in (None, name.gender):
                continue  # "Mr. Trump" is not "Ivanka Trump" named before
            k = bisect_left(starts, name.start) - 1
            if k >= 0 and numbers[k] > best_number:
                best, best_number = same[k], numbers[k]
        if best is None:
            near = self._misspelt(key) if " " not in key and name.type == "unknown" else None
            if near is not None:  # "Wasif" after "Sally Wasef": one letter off the surname of one person
                return Name(near.text, name.start, name.end, near.type, near.gender, near.role)
            return name
        return Name(best.text, name.start, name.end, best.type, best.gender, best.role)

    def _misspelt(self, key: str) -> Name | None:
        """The person whose surname ``key`` misspells by one letter (same length and first letter,
        at least ``MISSPELT_MIN`` letters), when exactly one surname seen so far is that close."""
        if len(key) < MISSPELT_MIN or not key[:1].isupper():
            return None
        # speed: the surnames differing from ``key`` in exactly one letter (not the first) are those
        # sharing its letters but one at the same position (``_remember_full``), each met once
        close = [k for i in range(1, len(key)) for k in self.surnames.get((i, key[:i] + key[i + 1 :]), ())
                 if k != key and self.full[k][-1].type == "person"]
        return self.full[close[0]][-1] if len(close) == 1 else None

    def score(self, name: Name, gender: str | None) -> float:
        """The ranker's score of ``name`` as the antecedent of a pronoun now (see the weights)."""
        paragraph, sentence, order = self.where.get(name.start, (self.paragraph, self.sentence, 0))
        key = fold(name.text).casefold()
        value = -SENTENCE_BACK * (self.sentence - sentence) - PARAGRAPH_BACK * (self.paragraph - paragraph)
        value -= LATER_IN_SENTENCE * order
        if gender and self.gender(name) == gender:
            value += GENDER_MATCH
        if name.start in self.subjects:
            value += SUBJECT
        elif sentence == self.sentence:
            value -= SAME_SENTENCE
        if name.type == "unknown" and key not in self.speakers:
            value -= UNTYPED
        if key in self.speakers:
            value += SPOKE
            if self.last_speaker and self.last_speaker.name and fold(self.last_speaker.name).casefold() == key:
                value += LAST_SPEAKER
        return value

    def _namesake(self, name: Name, gender: str) -> Name | None:
        """A lone surname resolved to a person of the other gender ("“...,” Clinton said", read as the
        last "Bill Clinton"): the latest earlier person of that surname and of the pronoun's gender
        ("Hillary Clinton") for "she" (issue 11ag: the pronoun's gender decides between namesakes),
        else None. Only for an untitled surname ("Mrs. Clinton" has her gender) that is its sentence's
        subject or a speaker. The mention keeps its place, so it scores as the written surname."""
        if name.start not in self.surname_only or name.start not in self.subjects:
            return None
        for prior in reversed(self.full.get(fold(name.text).split()[-1], [])):
            if prior.start < name.start and prior.type == "person" and self.gender(prior) == gender:
                return Name(prior.text, name.start, name.end, prior.type, prior.gender, prior.role)
        return None

    def role_holder(self, text: str, before: int, noun: str) -> Name | None:
        """The most recent person before ``before`` introduced with the role ``noun``, in a title
        ("trade commissioner Albert Muchanga") or an apposition ("Albert Muchanga, the AU's trade
        commissioner,"), so that "the commissioner" is that person; None when nobody had it."""
        seen = 0
        for name in reversed(self.names[-self.LOOKBACK :]):
            if name.end > before or name.type != "person":
                continue
            seen += 1
            if seen > CANDIDATES:
                break
            if holds_role(text, name, noun):
                return name
        return None

    def named_body(self, noun: str, before: int) -> Name | None:
        """The organisation whose name holds ``noun`` ("the court": "Court of Session") that the
        text names most often before ``before`` (on a tie, the first named), or None: a description
        refers to the body the article is about, not merely the last one named ("The only court
        higher is the Supreme Court ... the court's summary": the court of the story)."""
        return most_named_body(self.names, noun, before)

    def main_person(self, before: int) -> Name | None:
        """The person named most often before ``before`` (in an interview, the interviewee), or None."""
        counts, last = self._persons_before(before)
        return last[max(counts, key=counts.get)] if counts else None

    def _persons_before(self, before: int) -> tuple[dict[str, int], dict[str, Name]]:
        """How often each person's name occurs among the names ending by ``before``, and its last
        occurrence (keys in order of first occurrence). Speed: counting all names for every call
        grew with the square of the article; the names of the longest prefix of ``names`` that all
        end by ``before`` (``self.ends``: the prefix's largest end) are counted by extending the counts
        of the shorter prefix kept in ``tally``, and only the names after it are looked at one by one
        (a pronoun mention put before its sentence's names, "Post-war, he ...", no longer makes every
        later call count all names again). Same counts and order as counting all names in order."""
        ends = self.ends
        for name in self.names[len(ends) :]:
            ends.append(max(ends[-1], name.end) if ends else name.end)
        k = bisect_right(ends, before)
        done, counts, last = self.tally
        if k < done:
            done, counts, last = 0, {}, {}
        for name in self.names[done:k]:
            if name.type == "person":
                counts[name.text] = counts.get(name.text, 0) + 1
                last[name.text] = name
        self.tally = (k, counts, last)
        tail = [name for name in self.names[k:] if name.end <= before and name.type == "person"]
        if tail:  # names after the prefix that end by ``before`` too: counted on copies
            counts, last = dict(counts), dict(last)
            for name in tail:
                counts[name.text] = counts.get(name.text, 0) + 1
                last[name.text] = name
        return counts, last  # read only

    def _salient_paragraph(self, before: int) -> int:
        """The paragraph whose latest subject gets ``LATEST_SUBJECT`` for a "he" or "she": the pronoun's
        own, or the one before when the pronoun's paragraph names no one before it ("... Cornel West
        landed a sharp dig. / “...,” he said": West, not a speaker quoted further back; issue 11au).
        Not for "they" ("The researchers used ... they observed": a group, not the last subject)."""
        for name in reversed(self.names[-self.LOOKBACK :]):
            if name.start >= before and self.where.get(name.start, (0, -1))[1] == self.sentence:
                return self.paragraph  # "When he insisted on ..., Francis understood": named after it
            if name.end <= before:
                paragraph = self.where.get(name.start, (self.paragraph,))[0]
                return self.paragraph - 1 if paragraph == self.paragraph - 1 else self.paragraph
        return self.paragraph

    def antecedent(self, before: int, want: str, gender: str | None = None,
                   role: tuple[str, str] | None = None, openers: bool = True) -> Name | None:
        """The best-scored earlier name of the wanted type and a compatible gender (``score``);
        without ``openers``, a lone untyped word opening a sentence is never an organisation."""
        best, best_score = None, None
        seen = 0
        # the first compatible subject of this paragraph met (most recent first) gets LATEST_SUBJECT; not
        # for a title ("the commissioner"), which prefers the person introduced with it (ROLE_MATCH)
        latest = role is None
        salient = self._salient_paragraph(before) if gender else self.paragraph  # not for "they", "it"
        for name in reversed(self.names[-self.LOOKBACK :]):
            if name.end > before:
                continue
            seen += 1
            if seen > CANDIDATES:
                break
            kind = name.type
            if kind == "unknown" and want == "organisation" and openers and name.start in self.openers \
                    and fold(name.text).casefold() not in self.speakers:
                kind = "organisation"  # "Hasbro hosted a panel. ... the company noted": a lone word opening a sentence
            elif kind == "unknown" and name.text[:1].isupper() and not name.text.isupper() \
                    and " " not in name.text and name.start not in self.not_persons \
                    and not (gender and name.start in self.common_openers):
                # a lone capitalised word ("Obama", "Brafman"): a surname, with a penalty; an untyped
                # run of words ("the Kelly File") is a title or a thing, never a person
                kind = "person"
            if want == "person" and kind != "person" or want == "organisation" and kind != "organisation":
                continue
            if want == "any" and kind not in ("person", "organisation"):
                continue
            if gender and self.gender(name) and self.gender(name) != gender:
                name = self._namesake(name, gender)
                if name is None:
                    continue
            value = self.score(name, gender)
            # "Carson defied the question ... “...,” he said": a lone surname opening its sentence
            # before a verb is that sentence's subject for "he"/"she" too (issue 11ae)
            opener = want == "person" and name.type == "unknown" and name.start in self.openers \
                and name.start not in self.subjects
            if opener:
                value += SUBJECT
            if role and holds_role(role[0], name, role[1]):
                value += ROLE_MATCH
            if latest and (name.start in self.subjects or opener) \
                    and self.where.get(name.start, (self.paragraph,))[0] == salient:
                value += LATEST_SUBJECT
                latest = False
            if best_score is None or value > best_score:
                best, best_score = name, value
        return best  # stored names are already canonical (see add)


_MISSING = object()


def per_resolver_state(fn):
    """Speed: ``fn(*args, resolver)`` computed once per arguments while the resolver's state is
    unchanged (the quote pass asks for the same phrase's head and the same cue's speaker several
    times per sentence); the answers are forgotten at the resolver's next change."""
    @wraps(fn)
    def memoised(*args):
        resolver = args[-1]
        if resolver.memo_version != resolver.version:
            resolver.memo.clear()
            resolver.memo_version = resolver.version
        key = (fn.__name__, *args[:-1])
        found = resolver.memo.get(key, _MISSING)
        if found is _MISSING:
            found = resolver.memo[key] = fn(*args)
        return found
    return memoised


GOVERNED = re.compile(r"\b(?:to|of|with|by|from|for|at|in|on|about|against|than|like|as|after|before|"
                      r"behind|over|under|into|onto|upon|toward|towards|between|among|without|within|"
                      r"beyond|beside|alongside|across|around|through|via|unlike|versus|including|"
                      r"and|or|whom|told|asked|met|called|accused)\s+(?:(?:the|a|an)\s+)?"
                      r"(?:[A-Z][\w.’'-]*\s+){0,3}$")


# A sentence opened by a personal pronoun (after a conjunction or an adverb): "But he said ...".
# (After an opening adverbial of lower-case words up to its comma: "At trial, she was questioned",
# "In between, she testified"; a name in it would be the subject: "Trump attacked Clinton, she ...")
PRONOUN_OPENS = re.compile(r"\s*(?:[A-Z0-9][\w’'-]*(?:\s+[a-z0-9][\w’'-]*){0,5},\s*)?"
                           r"(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Ss]till|[Tt]hen|[Nn]ow|[Ii]nstead|[Ll]ater|[Ee]arlier)\s+)?"
                           r"([Hh]e|[Ss]he)\b")
PRONOUN_OPENS_WINDOW = 80
# A subject issuing a document ("released a statement", "issued a letter"); the document noun is group 1.
# The sentence is read up to its first full stop, at most this many characters.
ISSUED = re.compile(r"\b(?:released|issued|published|put\s+out|sent|posted|circulated|made\s+public)\s+"
                    r"(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(statement|letter|report|release|memo|"
                    r"message|decree|ruling|order|communiqu[eé]|notice|declaration)\b")
ISSUE_WINDOW = 400
# ``ISSUED``'s first words: a sentence holding none of them cannot match it
ISSUED_VERBS = ("released", "issued", "published", "put", "sent", "posted", "circulated", "made")
# The same document named again without its issuer ("read the statement"): group 1 the noun.
# (issue 11ar: an owner's pronoun too, "Their statement also read": the issuer's own document)
THE_DOCUMENT = re.compile(r"\s*(?:the|that|this|The|That|This|its|Its|their|Their|his|His|her|Her)\s+"
                          r"(statement|letter|report|release|memo|message|"
                          r"decree|ruling|order|communiqu[eé]|notice|declaration)\s*")
# Gender from a pronoun after a person's name in its clause: the pronouns, where the clause ends
# (a full stop, a semicolon, a quote mark: a pronoun in quoted words may be anyone's), and how far
# after a lone name the pronoun is looked for (about twenty words).
GENDERED = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.IGNORECASE)
MALE_PRONOUNS = frozenset({"he", "his", "him", "himself"})
CLAUSE_STOP = re.compile(r"[.;:!?]\s|[“”\"]")
GENDER_WINDOW = 150
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")  # the next member of a list of objects
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|across|throughout)\s+$")


# A he/she (or they) in the clause a name stands in, before it: "Though he did not mention X by
# name", "so that he accused X". The clause runs back from the name to the last comma, semicolon,
# colon or quote mark; "When he arrived, X said" has a comma between, and X stays the subject.
PRONOUN_IN_CLAUSE = re.compile(r"\b(?:he|she|they)\b[^,;:“”\"\x00]*$", re.IGNORECASE)


def most_named_body(names: list[Name], noun: str, before: int) -> Name | None:
    """The organisation among ``names`` (in text order) whose name holds ``noun`` ("the court": "Court of
    Session") named most often by ``before`` (on a tie, the first named), or None. One rule for "the court"
    in speakers (``Resolver.named_body``) and sources (issue 11ai): a description refers to the body the
    article is about, not merely the last one named."""
    counts: dict[str, int] = {}
    first: dict[str, Name] = {}
    for name in names:
        if name.end > before:
            break
        if name.type == "organisation" and noun in fold(name.text).casefold().split():
            counts[name.text] = counts.get(name.text, 0) + 1
            first.setdefault(name.text, name)
    return first[max(counts, key=counts.get)] if counts else None


def pronoun_clause(text: str, start: int, at: int) -> bool:
    """Is the name at ``at`` (in the sentence from ``start``) preceded in its own clause by a subject
    pronoun, so that the pronoun, not the name, is the clause's subject? Quoted words never count."""
    before = text[start:at]
    return not any(mark in before for mark in "“”\"") and PRONOUN_IN_CLAUSE.search(before) is not None


LABEL_LINE = re.compile(r"[\s.:]*(?:\n|$)")


def _label_line(text: str, name: Name) -> bool:
    """Is ``name`` a run of words in capitals that is a line on its own ("FULL TEXT.", "ABSTRACT:"),
    an archive's section label rather than anyone's name?"""
    return name.text.isupper() and " " in name.text and (name.start == 0 or text[name.start - 1] == "\n") \
        and LABEL_LINE.match(text, name.end) is not None


def _titled_thing(text: str, name: Name) -> bool:
    """Is ``name`` a run of words after a lower-case "the" (or a sentence's "The") whose first word
    is no listed given name ("the Kelly File"), so that it names a thing, not a person?"""
    before = text[max(0, name.start - 4) : name.start]
    return " " in name.text and before in ("the ", "The ") and first_name_gender(name.text) is None


PLACE_OF_BEFORE = re.compile(r"\b(?:town|city|village|county|province|region|district|suburb)\s+of\s+$")
PLACE_OF_WINDOW = 20  # characters before a name read for "the town of"


@cache
def _state_after() -> re.Pattern[str]:
    """", N.H.", ", Ohio": a comma and a US state (name or AP abbreviation) after a town's name."""
    places = rules("places")
    return re.compile(r",\s*(?:" + alternation([*places["us_states"], *places["us_state_abbreviations"]])
                      + r")(?!\w)")


def _not_a_person_word(text: str, name: Name) -> bool:
    """Is the lone untyped word ``name`` a place ("in Brooklyn", "from Florida", "the town of Wismar",
    "Salem, N.H.") or a party or rival word ("Republican"), so that no pronoun refers to it?"""
    if " " in name.text:
        return False
    return name.text.casefold() in name_prefixes() \
        or PLACE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None \
        or PLACE_OF_BEFORE.search(text, max(0, name.start - PLACE_OF_WINDOW), name.start) is not None \
        or _state_after().match(text, name.end) is not None


WHO_AFTER = re.compile(r",?\s+who\b")
ARTICLE_BEFORE = re.compile(r"\b(?:the|The)\s+$")  # "The Advocate, who ...": a paper, not a person


def _common_opener(text: str, start: int, name: Name) -> bool:
    """Is the lone untyped word ``name`` the first word of its sentence (from ``start``) and written
    in lower case elsewhere in the text ("Shortly before ...", "Footage shows ..."), so a common word
    capitalised by its place, no one a pronoun refers to? (A surname named in full before is typed
    by then, and a name such as "Rihanna" or "Hasbro" is not written in lower case.)"""
    return not text[start : name.start].strip() and name.text.lower() in lower_words(text) \
        and name.text[1:].islower()


def _closes_opener(text: str, start: int, at: int) -> bool:
    """Does an opening adverbial or subordinate clause of the sentence at ``start`` end right before
    ``at`` ("In an article from Western Journalism, Byrne expressed ..."), so that the name there
    starts the main clause and does not continue a list of objects ("by Quirin, Redouane")? (11ag)"""
    intro = INTRO.match(text, start, min(len(text), at + 1))
    if intro is not None and intro.end() == at:
        return True
    clause = SUBORDINATE_OPENER.match(text, start, min(len(text), at + 1))
    return clause is not None and clause.end() == at


def _governed(text: str, start: int, at: int) -> bool:
    """Is the name at ``at`` an object ("to Martin Smith", "Trump accused Cruz") or inside an
    opening adverbial ("Speaking to X, ...")? Looks at the words of its sentence before it."""
    if not text:
        return False
    before = text[max(start, at - 60) : at]
    if GOVERNED.search(before):
        return True
    intro = INTRO.match(text, start, min(len(text), at + 100))
    if intro is not None and intro.end() > at:
        return True
    clause = SUBORDINATE_OPENER.match(text, start, min(len(text), at + SUBORDINATE_WINDOW))
    return clause is not None and clause.end() > at


# Issue 11ae: a sentence opened by a subordinate clause or a participle phrase up to its comma
# ("Though it was far from the last word on X's emails, Y took ...", "Growing up in El Paso, Y
# witnessed ..."): a name inside it is not the sentence's subject. A capitalised -ing word counts only
# before a particle, preposition or determiner ("Fleming, the ..." is a name and its apposition). A
# quoted title (capitalised) may stand in the clause or end it with the comma inside its closing mark
# ("During an interview for “Dateline” on “MSNBC Live,” Y ...", issue 11ag); quoted lower-case words
# keep the clause open ("compared them to “criminals”, Y wrote" leaves the words to X). Not
# when a pronoun stands in the clause ("When X held rallies he was received by ...,": no comma closed
# it) or opens the main clause ("If X is wobbly, she is ...": the pronoun is X, the subject).
SUBORDINATE_OPENER = re.compile(
    r"\s*(?:Though|Although|Even\s+though|Because|If|Unless|Whereas|Once|Until|While|When|After|Before|Since|"
    r"In\s+(?:response|reply|reaction)\s+to|"
    r"[A-Z][a-z]+ing\s+(?=(?:up|down|out|in|at|on|to|from|with|for|about|through|the|a|an|his|her|their|its)\s))"
    r"\b(?:(?!\b(?:he|she|they|we|I)\b)(?:“[A-Z][^“”\x00,]{0,60}”|[^,;:\x00“”\"])){0,200}"
    r"(?:,|“[A-Z][^“”\x00,]{0,60},”)(?!\s*(?:he|she|they|we|I|it)\b)")
SUBORDINATE_WINDOW = 210  # the clause's length bound above and its comma



LEADING_ADVERB = re.compile(r"([A-Z][a-z]+),?\s+(?=(?:the|a|an|his|her|its|their)\s)")
# "Mayor of London Sadiq Khan", "Secretary of State Mike Pompeo": a title (group 1), "of", the
# place or body it is held in and the holder's name, read whole on the right of a cue
TITLE_OF_NAME = re.compile(r"((?:[A-Z][\w.]*\s+){1,2})of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}?"
                           r"[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*(?=\s*(?:$|[,(]|\s+(?:on|in|at|said|told)\b))")


DASH_APPOSED = re.compile(r"\s(?:--|—|–)\s*(?=[A-Z])")
DASH_CLOSE = re.compile(r"\s(?:--|—|–)\s*$")


AS_NAMED = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?[Aa]s\s+(?=[A-Z])")
APPOSITION_NEXT = re.compile(r"\s*(?!(?:the|a|an|he|she|they|we|his|her|its|their|it|this|that)\b)[a-z]")


def _as_named(text: str, a: int, b: int) -> int | None:
    """Where the name starts in "As Akhil Amar, professor of law at Yale, put it": an "As" and a person's
    name alone up to the comma, an apposition after it (not "As the crowd cheered, X said"), else None."""
    opener = AS_NAMED.match(text, a, b)
    comma = text.find(",", opener.end(), b) if opener else -1
    if comma < 0 or not APPOSITION_NEXT.match(text, comma + 1, b):
        return None
    names = find_names(text, opener.end(), comma)
    if names and names[0].start == opener.end() and names[-1].type == "person" \
            and not text[names[-1].end : comma].strip():
        return opener.end()
    return None


def speaker_phrase(text: str, a: int, b: int, right: bool = False) -> tuple[int, int]:
    """Trim ``text[a:b]`` to the speaker noun phrase.

    Drops leading conjunctions, trailing auxiliaries and adverbs ("had previously"); keeps a
    trailing pronoun alone ("In a televised address he"); keeps an apposition whole ("Hugh
    Hill, a doctor") but drops a leading adverbial ("Like the EU, the USA"); on the right of
    a verb ("said Ned Price on Thursday") stops at the first preposition.
    """
    m = LEADING_JOINER.match(text[a:b])
    a += m.end()
    adverb = LEADING_ADVERB.match(text, a, b)
    if adverb and adverb.group(1) in not_names():  # "Later the Mayor said": the adverb is no part of the speaker
        a = adverb.end()
    given_end = b
    closed = text[a:b].rstrip().endswith(",")  # "a woman in Worcester, Massachusetts, told": an address closed
    while b > a and text[b - 1] in " ,.;:—–-":
        b -= 1
    # a dash closes an inserted phrase as a comma does ("A former candidate -- X, who lost to Y -- said", 11ao)
    comma_before_cue = "," in text[b:given_end] or DASH_CLOSE.search(text, b, given_end) is not None
    if right:
        stop = PREPOSITION_STOP.search(text[a:b])
        titled = stop and TITLE_OF_NAME.match(text, a, b)
        if titled and all(w.casefold().strip(".") in _person_titles() for w in titled.group(1).split()):
            b = titled.end()  # "tweeted Mayor of London Sadiq Khan": the title's complement and the name
        elif stop and stop.start() > 0:
            b = a + stop.start()
        return a, b
    aux = TRAILING_AUX.search(text, a, b)
    if aux and aux.start() > a:
        b = aux.start()
    intro = INTRO.match(text, a, b)
    as_named = _as_named(text, a, b) if intro else None
    if as_named is not None:  # "As Akhil Amar, professor of law at Yale, put it": the name speaks (11ao)
        a = as_named
    elif intro and intro.end() < b:  # "On Wednesday, Carrie Lam, the chief executive, announced"
        a = intro.end()
    a = _after_participle_intro(text, a, b)
    pronoun = PRONOUN_END.search(text, a, b)
    if pronoun:
        return pronoun.start(1), b
    chunks = list(CHUNK.finditer(text[a:b]))
    lead = SUBORDINATOR_LEAD.match(chunks[-1].group()) if len(chunks) > 1 else None
    if lead and not comma_before_cue and chunks[-1].group()[lead.end() :].strip():
        # "..., the park was loud, when a young boy shouted": the subordinate clause's subject speaks
        # (issue 11ae)
        return a + chunks[-1].start() + lead.end(), b
    while comma_before_cue and len(chunks) > 1 and PLACE_TAIL.search(chunks[-2].group()) \
            and LONE_WORD.match(chunks[-1].group()) and not ADDRESSED.search(chunks[-2].group()):
        # "A woman in Worcester, Massachusetts, told": the state after a town (and its comma) is no
        # speaker; "in Salem, Trump accused" has no comma before the verb; an unnamed person with
        # that address ("a woman in Worcester, Massachusetts") is kept whole by ``_address_tail``
        chunks.pop()
        b = a + chunks[-1].end()
        comma_before_cue = False
    while comma_before_cue and len(chunks) > 1 and RELATIVE_WHO.match(chunks[-1].group()) \
            and chunks[0].group().strip():
        # "A Warren adviser, who spoke on the condition of anonymity, said": the relative clause is no speaker
        chunks.pop()
        b = a + chunks[-1].end()
    dash = DASH_APPOSED.search(text, a, b)
    named = find_names(text, dash.end(), b) if dash else []
    if named and named[0].start == dash.end() and named[-1].type == "person" and not text[named[-1].end : b].strip():
        # "A former Republican presidential candidate -- John McCain": the person the dash names (11ao)
        return named[-1].start, named[-1].end
    who = next((k for k in range(1, len(chunks) - 1) if RELATIVE_WHO.fullmatch(chunks[k].group())), None)
    if comma_before_cue and who is not None:
        # "Bret Stephens, who, after trading insults with X over Y, said": "who" is the subject, so the
        # name just before it speaks, not the names of the inserted phrase
        before = find_names(text, a + chunks[who - 1].start(), a + chunks[who - 1].end())
        if before and before[-1].type in ("person", "unknown") \
                and not text[before[-1].end : a + chunks[who - 1].end()].strip():
            return before[-1].start, before[-1].end
    while len(chunks) > 1 and ADDRESSEE_CHUNK.match(chunks[-1].group()) \
            and find_names(text, a + chunks[-2].start(), a + chunks[-2].end()):
        # "Ane Alencar, in remarks to UOL.com.br, said": the outlet addressed is not the speaker
        chunks.pop()
        b = a + chunks[-1].end()
    if not comma_before_cue and len(chunks) > 1 and SUBJECT_CHUNK.fullmatch(chunks[-1].group()) \
            and not LONE_WORD_PLACE.search(chunks[-2].group()):
        # "Vice President Joe Biden, Rubio said, had ...", "that vote in March, the memo said": a bare
        # name or a short noun phrase right before the verb (no comma closing an apposition) is the subject
        a += chunks[-1].start()
        while a < b and text[a] in " ,;:":
            a += 1
        return a, b
    if len(chunks) > 1:
        first = find_names(text, a + chunks[0].start(), a + chunks[0].end())
        last = find_names(text, a + chunks[-1].start(), a + chunks[-1].end())
        titled = _titled_description_name(text, a, chunks, last)
        if titled is not None:  # "The Senate Minority Leader, Chuck Schumer, said": the name (11ar)
            return titled
        # "Hugh Hill, a doctor," keeps its head; "After the murder of Father X in Y, Trump" does not
        apposition = any(n.type == "person" and len(text[a + chunks[0].start() : n.start].split()) <= 3
                         and not GOVERNING_WORD.search(text, a + chunks[0].start(), n.start)
                         for n in first) and len(chunks[0].group().split()) <= 8
        # "Murphy, the head of Right to Rise USA, tweeted": a lone surname before its apposition speaks
        lone = len(chunks) == 2 and len(first) == 1 and first[0].type == "unknown" \
            and not first[0].text.isupper() and chunks[0].group().strip() == first[0].text \
            and chunks[1].group().lstrip()[:1].islower()  # an apposition, not "Frustrated, Sanders"
        head = None if apposition else _apposed_head(text, a, b)
        if head:  # "Still, Petrilli, who thinks ...": the name before the relative clause
            a, apposition = head[0], True
        if lone or not apposition and first and len(chunks) == 2 and INSERTED_CHUNK.match(chunks[-1].group()) \
                and len(chunks[0].group().split()) <= APPOSED_NAME_WORDS and not INTRO.match(chunks[0].group()):
            # "Trump, in Kentucky, said", "Cruz, leading in Iowa polls, questioned": the name before
            # an inserted place or participle phrase speaks, not the place named in it
            b, apposition = a + chunks[0].end(), True
        elif not apposition and len(chunks) == 2 and PARTICIPLE_CHUNK.match(chunks[-1].group()) \
                and PARTICIPLE_SUBJECT.fullmatch(chunks[0].group().lstrip(". ")):
            # "Others, reacting to the gap between the X shooting and Y, shouted": the words before the
            # inserted participle phrase are the subject, not a name inside the phrase (issue 11ao)
            lead = len(chunks[0].group()) - len(chunks[0].group().lstrip(". "))
            a, b, apposition = a + chunks[0].start() + lead, a + chunks[0].end(), True
        address = _address_tail(chunks) if not apposition and last and closed else None
        if address is not None:  # "after a woman in Worcester, Massachusetts,": the state ends the address
            a, apposition = a + address, True
        if not apposition and last:
            a += chunks[-1].start()
        elif not apposition and not first and DETERMINED_CHUNK.match(chunks[-1].group()):
            a += chunks[-1].start()  # "Asked about sustainability, the company noted": the noun phrase speaks
    while a < b and text[a] in " ,;:":
        a += 1
    return a, b


# Issue 11ar: "The Senate Minority Leader, Chuck Schumer, said": a definite description ending in a
# title (capitalised, so read as a name: "Minority Leader") with a person's name apposed to it; the
# name speaks, never the title.
THE_TITLE_CHUNK = re.compile(r"\s*[Tt]he\s+(?:[\w’'.-]+\s+){0,4}([A-Za-z]+)\s*")


def _titled_description_name(text: str, a: int, chunks: list[re.Match[str]],
                             last: list[Name]) -> tuple[int, int] | None:
    """The apposed name's span when ``chunks`` are "The <... title>" and a person's name alone."""
    if len(chunks) != 2 or len(last) != 1 or last[0].type != "person":
        return None
    if text[a + chunks[-1].start() : a + chunks[-1].end()].strip() != last[0].text:
        return None
    head = THE_TITLE_CHUNK.fullmatch(chunks[0].group())
    if not head or head.group(1).casefold() not in _person_titles() and head.group(1).casefold() not in role_words():
        return None
    return last[0].start, last[0].end


SUBORDINATOR_LEAD = re.compile(r"\s*(?:when|while|after|before|because|until|since|although|though|whereas|once)\s+")


# Cue-side grammar added in issue 11's sixth round (sentences made up; no corpus text):
# "speaking to MSNBC's Morning Joe on Monday, Tom Baker said": a participle or prepositional phrase
# opening the subject side, up to its comma, is no part of the speaker phrase (upper or lower case,
# after an opening adverbial such as "Meanwhile,"), when a name or noun phrase follows the comma.
PARTICIPLE_INTRO = re.compile(
    r"\s*(?:speaking|talking|writing|appearing|campaigning|addressing|responding|testifying|asked|interviewed|"
    r"at|in|on|during|after|before|from|with)\b[^,\x00]{0,80},\s*(?=\S)", re.IGNORECASE)
# a person named after a preposition or participle in a chunk is its object ("speaking to X")
GOVERNING_WORD = re.compile(r"\b(?:to|with|for|at|in|on|from|by|about|against|after|before|during|[a-z]+ing)\b")
# "in Worcester, Massachusetts": a town (after in/from/of/near) and a lone capitalised word after its comma
PLACE_TAIL = re.compile(r"\b(?:in|from|of|near|outside)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*$")
LONE_WORD = re.compile(r"\s*[A-Z][a-z][\w.-]*\s*$")


def _after_participle_intro(text: str, a: int, b: int) -> int:
    """Where the speaker phrase starts once an opening participle or place phrase is cut off."""
    intro = PARTICIPLE_INTRO.match(text, a, b)
    if intro and intro.end() < b and find_names(text, intro.end(), b) or \
            intro and DETERMINED_CHUNK.match(text[intro.end() : b]):
        return intro.end()
    return a


# A transcript turn inside a quote: "“RAMOS: Secretary, on the night of ...”" (a capitalised name of two
# to forty characters and a colon opening the quoted words).
TURN = re.compile(r"\s*([A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3})\s*:\s+\S")


def transcript_turn(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The speaker of a quoted transcript whose words open with "NAME:": the person of that surname
    named before ("Jorge Ramos" for "RAMOS"), else the name in title case; None for other quotes."""
    turn = TURN.match(text, a, b)
    if not turn or len(turn.group(1)) < 2:
        return None
    written = turn.group(1)
    last = written.split()[-1].casefold()
    name = next((n.text for n in reversed(resolver.names)
                 if n.type == "person" and n.start < a and n.text.split()[-1].casefold() == last), None)
    return Speaker(written, turn.start(1), turn.end(1), "turn", name or written.title(), "person", None, NAMED)
# An unnamed person and the town they are in, at the end of a chunk ("... after a woman in Worcester")
ADDRESSED = re.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+"
                       r"(?:in|from|at|near|outside)\s+(?:[A-Z][\w.’'-]*\s*){1,3}$")
BARE_NAME = re.compile(r"\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s*")


def _address_tail(chunks: list[re.Match[str]]) -> int | None:
    """Where an unnamed person's description starts when the last comma chunk is the rest of its
    address ("a woman in Worcester, Massachusetts": the state after the town), not a name of its
    own; None otherwise. Offsets are those of the chunks."""
    if len(chunks) != 2 or BARE_NAME.fullmatch(chunks[1].group()) is None:
        return None
    described = ADDRESSED.search(chunks[0].group())
    return chunks[0].start() + described.start() if described else None


@cache
def _government_words() -> frozenset[str]:
    """State bodies ("government", "ministry", "police": ``government_words`` of ``data/sources.yml``)."""
    return frozenset(w.casefold() for w in rules("sources")["government_words"])


def _plain_company_noun(phrase: str) -> bool:
    """'the company', 'its maker': a determiner and one common noun that is not a state body."""
    words = phrase.split()
    return len(words) == 2 and words[1].strip(".,’'").casefold() not in _government_words()


# A comma chunk right before its verb that is a subject on its own: a bare name of up to three
# capitalised words, or a determiner and one or two lower-case words ("the memo", "the columnist").
SUBJECT_CHUNK = re.compile(r"\s*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|"
                           r"(?:the|its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*")
# "in Salem, Oregon said": a town before the state chunk (an address, not a subject)
LONE_WORD_PLACE = re.compile(r"\b(?:in|from|of|near|outside|at)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*$")
# A comma chunk that is a determined noun phrase ("the company", "its spokesman"): a subject.
DETERMINED_CHUNK = re.compile(r"\s*(?:the|a|an|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$", re.IGNORECASE)
# A comma chunk that names whom the speaker addressed, not the speaker: "in remarks to X",
# "in an interview with X", "speaking to X", "to X".
ADDRESSEE_CHUNK = re.compile(
    r"\s*(?:(?:in|during)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:\w+\s+)?"
    r"(?:remarks|comments|interview|statement|conversation|call|message|letter|post|op-ed|article)\s+"
    r"(?:to|with|for|on)|speaking\s+(?:to|with)|talking\s+(?:to|with)|writing\s+(?:in|for|on))\s+\S",
    re.IGNORECASE)
# A comma chunk inserted between a subject and its verb that is no subject itself: a place or
# time phrase ("in Kentucky", "at the rally") or a participle phrase ("leading in Iowa polls").
PARTICIPLE_CHUNK = re.compile(r"\s*[a-z]{3,}ing\s")
PARTICIPLE_SUBJECT = re.compile(r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
                                r"[Ss]ome|[Mm]any)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*")
INSERTED_CHUNK = re.compile(r"\s*(?:(?:in|at|on|from|during|after|before|while|despite)\s|[a-z]+ing\s)")
# A name followed by a possessive owns the speaker's role ("Daily Xtra's editorial director,
# Rachel Giese"): when another name follows, the owner is not the speaker.
POSSESSOR_AFTER = re.compile(r"[\u200b-\u200d]*['’]s\b")


# A document of someone's ("the family's statement", "Axelrod's memoir"): its owner is the speaker.
DOCUMENT_OF = re.compile(r"^\s*(?:(?:[Pp]art|[Pp]arts|[Oo]ne|[Ss]ome|[Mm]uch|[Aa]n\s+excerpt|"
                         r"[Aa]\s+(?:part|portion|passage|section|line))\s+of\s+)?"  # "Part of X's statement"
                         r"(.+?)['’]s\s+(?:[\w-]+\s+)?(?:statement|letter|email|e-mail|tweet|post|"
                         r"release|memo|op-ed|column|book|memoir|speech|remarks|website|lawsuit|complaint)\s*$")
# A name used as a modifier of an unnamed person: "one Trump confidant", "a Clinton aide", "another
# Sanders supporter" (a determiner, one to three capitalised words, a lower-case noun, nothing after).
NAME_MODIFIER = re.compile(r"^\s*(?:a|an|one|another)\s+(?:[A-Z][\w’'.-]*\s+){1,3}[a-z][\w-]*\s*$")


# The narrator reports in the past ("I said", "I later told him", "I asked"); a present "I say" is
# rhetoric inside someone's speech or interview answer, whose speaker the narrator is not.
NARRATED = re.compile(r"\s+(?:[a-z]+ly\s+|later\s+|then\s+|also\s+)?(?:[a-z]+ed|said|told|wrote|thought|felt|"
                      r"knew|heard|saw|began|went|got|made|put|spoke|shouted|cried)\b")


# An indefinite description of a person: "a Mexican official", "another source familiar with ...",
# "a longtime GOP data expert": a determiner, then up to ``INDEFINITE_WORDS`` modifiers and a
# person noun; what follows the noun ("familiar with Cruz's thinking") is no speaker
INDEFINITE_DETERMINER = re.compile(r"\s*(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+")
INDEFINITE_WORDS = 4
WORD = re.compile(r"[\w’'.-]+")


def _indefinite_person(phrase: str) -> int | None:
    """End of the head noun of an indefinite description of a person in ``phrase``, else None."""
    m = INDEFINITE_DETERMINER.match(phrase)
    if not m:
        return None
    for w in islice(WORD.finditer(phrase, m.end()), INDEFINITE_WORDS + 1):
        if w.group()[:1].islower() and _person_noun(w.group()):
            return w.end()
        if w.group() in GOVERNING_WORDS:
            return None
    return None


def _person_noun(word: str) -> bool:
    """A noun naming a person by role: a title, a listed unnamed-speaker noun or a campaign noun."""
    w = word.casefold()
    return w in _person_titles() or w in anonymous_nouns() or w in PERSON_HEAD_NOUNS


NAMED_AFTER_NOUN = re.compile(r"\s+(?:(?:named|called|(?:known|identified)\s+(?:only\s+)?as|(?:using|giving|under)\s+"
                              r"(?:the|a|his|her|their)\s+(?:pseudonym|name|first\s+name))\s+)?")
GOVERNING_WORDS = frozenset({"of", "for", "with", "at", "in", "from", "to", "who", "which", "that", "by"})


@per_resolver_state
def head_of(text: str, a: int, b: int, resolver: Resolver) -> tuple[str | None, str | None, str | None, float]:
    """(canonical speaker, type, role, confidence) for the phrase ``text[a:b]``."""
    phrase = text[a:b]
    low = phrase.casefold().strip()
    if low in _pronouns():
        need = _pronouns()[low]
        if need["type"] == "narrator":  # "“...,” I said": the author of a first-person article, not a name before
            if NARRATED.match(text, b):
                return resolver.narrator, "person", "author", PRONOUN
            return None, None, None, PRONOUN_UNRESOLVED  # "To voters I say, “...”": someone's speech, not narration
        if need["type"] == "interviewee":  # "On your website you state “...”": the person interviewed
            found = resolver.main_person(a)
            if found:
                return found.text, "person", found.role or None, INHERITED
            return None, None, None, PRONOUN_UNRESOLVED
        group = _group_before(text, a) if low in ("they", "we") else None
        if group is not None:  # "The researchers suggested ... They reported, “...”": the group (issue 11ag)
            noun = group_head().search(group).group(1).casefold()
            return group, "anonymous" if noun in anonymous_nouns() else "organisation", None, GROUP
        found = resolver.antecedent(a, need["type"], need.get("gender"))
        if found and found.role == DESCRIBED:  # a person the article describes but never names
            return found.text, "anonymous", None, PRONOUN
        if found:
            return found.text, found.type, found.role or None, PRONOUN
        return None, None, None, PRONOUN_UNRESOLVED
    account = ACCOUNT.match(phrase)
    if account and not phrase[account.end() :].strip():
        holder = account_holder(text, ACCOUNT.match(text, a, b), resolver)
        if holder:  # "the ministry's Twitter account said": a platform is a channel, its holder speaks
            return holder[2:]
    document = DOCUMENT_OF.match(phrase)
    if document:  # "the family's statement", "Axelrod's memoir": the owner speaks through it
        owner = head_of(text, a + document.start(1), a + document.end(1), resolver)  # "Part of X's statement": X
        if owner[0]:
            return owner
    issued = DOCUMENT_BY.match(phrase)
    if issued:  # "The decree signed by the Pope", "a statement issued by the ministry": the issuer speaks
        issuer = head_of(text, a + issued.start(1), b, resolver)
        if issuer[0]:
            return issuer
    if DOCUMENT_BARE.match(phrase):  # "according to a tweet on Monday by Mike Pompeo": the author speaks
        author = _author_after(text, b)
        if author:
            return head_of(text, author.start, author.end, resolver)
        again = THE_DOCUMENT.fullmatch(phrase)
        issuer = resolver.issuer(again.group(1).casefold(), a) if again else None
        if issuer is not None:  # "X released a statement ...; “...,” read the statement": X speaks
            return issuer.text, issuer.type, None, GROUP
    document = DOCUMENT_SUBJECT.fullmatch(phrase + " ") if "itself" in low.split() else None
    if document and not find_names(text, a, b):  # "The study itself": the document, as "the study"
        return "the " + document.group(2).casefold(), "anonymous", None, UNNAMED
    names = find_names(text, a, b)
    described = DESCRIPTION.match(phrase)
    noun = described.group(1).casefold() if described and not names else ""
    modified_person = False  # "the GOP front-runner": a person described with a name as modifier
    if not noun and names:  # "the Florida senator", "the Senate minority leader": names as modifiers
        # "the Florida senator and Republican presidential candidate": one person's two roles, read by the first
        roles = COORDINATED_ROLES.fullmatch(phrase)
        if roles and not (_role_noun(roles.group(1)) and _role_noun(roles.group(2))):
            roles = None
        modified = DESCRIPTION_MODIFIED.match(roles.group(1) if roles else phrase)
        if modified and _role_noun(modified.group(1)) \
                and all(n.end <= a + modified.start(1) for n in names if not roles or n.end <= a + roles.end(1)):
            noun = modified.group(1).casefold()
            modified_person = True
    if noun and noun not in _person_titles() and not is_organisation_noun(phrase):
        # "the treasurer": the person the article introduced with that role; unresolved if nobody
        holder = resolver.role_holder(text, a, noun)
        if holder:
            return holder.text, "person", holder.role or None, PRONOUN
    if noun in _person_titles() or modified_person:
        # "the senator", "the former president": the nearest earlier person of that gender, and
        # among them preferably one the article introduced with that title ("the GOP front-runner":
        # any person; never the modifier "GOP")
        found = resolver.antecedent(a, "person", _person_titles().get(noun), role=(text, noun))
        if found:
            return found.text, "person", found.role or None, PRONOUN
    indefinite = _indefinite_person(phrase) if names and "," not in phrase else None
    if indefinite and any(NAMED_AFTER_NOUN.fullmatch(text, a + indefinite, n.start) for n in names):
        indefinite = None  # "an attendee Om Prakash", "a protester named Katya": the name speaks
    if indefinite:  # "another source familiar with Cruz's thinking", "a longtime GOP data expert": an
        # unnamed person, described as written; the names in the description do not speak
        return phrase[:indefinite].strip(), "anonymous", None, DESCRIBED_PERSON_SPEAKS
    owner = POSSESSIVE_ORG.search(phrase)
    if owner and any(n.type == "person" and n.start >= a + owner.end() for n in names):
        owner = None  # "Merkel's spokesperson, Steffen Seibert,": the person named after the role speaks
    if owner and owner.group(0).endswith(SPOKES):
        holder = resolver.role_holder(text, a, owner.group(0).split()[-1])
        if holder:  # "Merkel's spokesperson" when the article named who holds that role
            return holder.text, "person", holder.role or None, PRONOUN
    if owner:  # "a statement released by Erdogan's office"
        return owner.group(0), "organisation", None, OWNER
    if is_organisation_noun(phrase) and not any(n.type == "organisation" for n in names):
        # "the company" may be a lone word that opened an earlier sentence ("Velco hosted ..."); a
        # government or a body with a written qualifier ("The Ruritanian government") never is
        body = body_noun().match(phrase)
        found = resolver.named_body(body.group(1).casefold(), a) if body else None
        found = found or resolver.antecedent(a, "organisation", openers=_plain_company_noun(phrase))
        if found:
            return found.text, "organisation", None, GROUP
        return phrase, "organisation", None, ORG_NOUN_UNRESOLVED
    head_noun = group_head().search(phrase)
    if head_noun:  # "Saudi officials", "the Houthi movement": the noun is the speaker
        group = phrase.strip().removeprefix("the ").removeprefix("The ")
        kind = "anonymous" if head_noun.group(1).casefold() in anonymous_nouns() else "organisation"
        return group, kind, None, GROUP
    if names and NAME_MODIFIER.match(phrase):  # "one Trump confidant", "a Clinton aide": nobody named
        return phrase.strip(), "anonymous", None, UNNAMED
    located = LOCATED_DESCRIPTION.match(phrase)
    if names and located and all(n.start >= a + located.end(1) for n in names):
        # "a woman in Worcester, Massachusetts", "a voter from Iowa": the names are where the
        # unnamed speaker is; a place is never the speaker
        return phrase.strip(), "anonymous", None, UNNAMED
    if names:
        outside = [n for n in names if not _in_parentheses(text, a, n.start)]
        if outside:  # "Jenn St-Onge (Nancy Drew, Jem and the Misfits)": works named in parentheses do not speak
            names = outside
        owners = [n for n in names if POSSESSOR_AFTER.match(text, n.end)]
        owned = [n for n in names if owners and n.start > owners[-1].end]
        if owned and "," in text[owners[-1].end : owned[0].start]:
            names = owned  # "Daily Xtra's editorial director, Rachel Giese": the person, not the outlet
        persons = [n for n in names if n.type == "person"]
        pick = persons[-1] if persons else names[-1]
        first_chunk = [n for n in names if "," not in text[a : n.start]]
        chunk_persons = [n for n in first_chunk if n.type == "person"]
        if not chunk_persons and first_chunk and first_chunk[-1].type == "unknown" \
                and RELATIVE_WHO.match(phrase, phrase.find(",") + 1):
            chunk_persons = first_chunk[-1:]  # "Petrilli, who thinks ...": a surname before its clause
        if "," in phrase and chunk_persons:
            pick = chunk_persons[-1]  # "Lisa Monaco, Obama's adviser": the name before the apposition
        if pick.type == "unknown" and len(names) > 1 and names[-1].type == "organisation":
            pick = names[-1]
        pick = resolver.canonical(pick)
        role = pick.role or _apposition_role(phrase, pick.text) or None
        if pick.type != "unknown":
            kind = pick.type
        else:  # a lone capitalised word that speaks: a surname, unless an acronym (FSB) or a place;
            # an untyped run of words ("the Illinois Board", "Khabar 24") is a body
            kind = "organisation" if pick.text.isupper() or " " in pick.text else "person"
        return pick.text, kind, role, NAMED
    return phrase.strip() or None, "anonymous", None, UNNAMED


# "The researchers suggested ...": a sentence opened by a definite plural group ("the" and up to two
# modifiers before a group noun of ``group_head``) and its verb
GROUP_OPENS = re.compile(r"(?:[Tt]he)\s+((?:[a-z][\w-]*\s+){0,2}[a-z]+s)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[”\"’']?\s+)(?=[A-Z“\"])", re.MULTILINE)
GROUP_WINDOW = 400  # characters searched back for the sentence before a "they" (two sentences of news)


def _group_before(text: str, at: int) -> str | None:
    """For a "they"/"we" opening its sentence at ``at``: the group opening the sentence just before in
    the same paragraph ("The researchers suggested ... They reported": "researchers"), else None."""
    lo = max(0, at - GROUP_WINDOW, text.rfind("\n", 0, at) + 1)
    starts = [m.end() for m in SENTENCE_START.finditer(text, lo, at + 1)]
    if len(starts) < 2 or starts[-1] != at:
        return None  # the pronoun does not open its sentence, or no sentence before it in the paragraph
    opened = GROUP_OPENS.match(text, starts[-2], at)
    if opened is None or not group_head().search(opened.group(1)) or find_names(text, opened.start(1), opened.end(1)):
        return None
    return opened.group(1)


@cache
def body_noun() -> re.Pattern[str]:
    """"the court", "The three-judge court's summary": a definite description by a body's own noun
    (``body_nouns`` of ``data/quotes.yml``) after at most two modifiers, resolved to the body of that
    noun named most often (``Resolver.named_body``)."""
    return re.compile(r"^\s*(?:the|The)\s+(?:[a-z][\w-]*\s+){0,2}?(" + alternation(quote_words("body_nouns")) + r")\b")


# A document and the participle naming its issuer inside the speaker phrase ("The decree signed by
# the Pope read", "a statement released by the ministry said"): the issuer (group 1) speaks.
DOCUMENT_BY = re.compile(r"^\s*(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|letter|email|e-mail|"
                         r"tweet|post|release|memo|message|report|decree|order|ruling|judgment|judgement|"
                         r"declaration|communiqu[eé]|resolution|document|note|notice|filing|transcript)\s+"
                         r"(?:signed|issued|released|written|published|sent|posted|filed|put\s+out)\s+by\s+(\S.*?)\s*$",
                         re.IGNORECASE)
# An unnamed person described with where they are from or at ("a woman in Worcester", "one voter
# from Iowa"): a determiner, one to three lower-case words, a place preposition (its end: group 1).
LOCATED_DESCRIPTION = re.compile(r"^\s*(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,2}"
                                 r"(?!(?:statement|letter|e?mail|tweet|post|release|memo|message|report|video|story|"
                                 r"article|study|survey|poll|book|ad)s?\s)"  # "The tweet from X": a source
                                 r"[a-z][\w-]*\s+((?:in|from|at|near|outside)\s+)")
# A document named without its author ("a tweet", "the statement"), and the words after it that
# introduce the author ("on Monday by X", "from X"): 60 characters hold a short time or place phrase.
DOCUMENT_BARE = re.compile(r"^\s*(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|letter|email|e-mail|"
                           r"tweet|post|release|memo|op-ed|column|message|video|blog\s+post|report)\s*$", re.IGNORECASE)
AUTHOR_AFTER = re.compile(r"(?:\s+(?:on|in|at|last|this|posted|released|issued|published|sent|written)\b"
                          r"[^,.;:\x00“”\"]{0,60}?)?\s+(?:by|from)\s+")
AUTHOR_WORDS = 8  # the author's name within this many words after "by" ("US Secretary of State Mike Pompeo")


def _author_after(text: str, b: int) -> Name | None:
    """The person or organisation named right after a document ("... by Mike Pompeo"), or None."""
    m = AUTHOR_AFTER.match(text, b, min(len(text), b + SPEAKER_WINDOW))
    if not m:
        return None
    words = list(islice(re.finditer(r"\S+", text[m.end() : m.end() + SPEAKER_WINDOW]), AUTHOR_WORDS))
    if not words:
        return None
    end = m.end() + words[-1].end()
    stop = re.search(r"[,;:\x00“”\"]|\.\s", text[m.end() : end])
    if stop:
        end = m.end() + stop.start()
    named = [n for n in find_names(text, m.end(), end) if n.type in ("person", "organisation", "unknown")]
    return named[-1] if named else None


SPOKES = ("spokesman", "spokeswoman", "spokesperson")


def _in_parentheses(text: str, a: int, at: int) -> bool:
    """Is offset ``at`` inside parentheses opened after ``a``?"""
    before = text[a:at]
    return before.rfind("(") > before.rfind(")")


def _apposition_role(phrase: str, name: str) -> str:
    """"Hugh Hill, a doctor" -> "a doctor"."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    others = [p for p in parts if name not in p]
    return ", ".join(others)


@dataclass
class SentenceFrame:
    """A sentence with its quoted words (and their marks) blanked out as NUL characters, so that
    words inside quotes are never cues or speakers; cue offsets found once, for lookup by position."""

    start: int
    end: int
    frame: str
    cues: list[tuple[int, int, str]]  # (start, end, cue) in text offsets, in order
    cue_starts: list[int]

    def window(self, a: int, b: int) -> tuple[str, int]:
        """The frame between text offsets ``a`` and ``b`` (clipped to the sentence) and its start."""
        a, b = max(a, self.start), min(b, self.end)
        return self.frame[a - self.start : b - self.start], a


def sentence_frame(text: str, sent: tuple[int, int], masks: list[tuple[int, int]],
                   cues: re.Pattern[str] | None = None) -> SentenceFrame:
    """The frame of ``text[sent]`` with ``masks`` (quote spans in it) blanked; ``cues`` found in it."""
    s_start, s_end = sent
    pieces, at = [], s_start
    for a, b in sorted(masks):
        a, b = max(a - 1, s_start, at), min(b + 1, s_end)
        if b <= a:
            continue
        pieces += [text[at:a], "\x00" * (b - a)]
        at = b
    pieces.append(text[at:s_end])
    frame = "".join(pieces)
    low = frame.lower() if cues is None else ""
    if cues is None and len(low) == len(frame) and not any(c in frame for c in FOLDS_TO_ASCII):
        # speed: the cues searched in the frame in lower case (``cue_lower_re``): the same places as
        # ``cue_re`` finds in the frame (the check as ``WordSpans``': lower case keeps the frame's
        # length, and no letter that ``re`` folds to an ASCII one, "ı" or "ſ", is kept by it), the
        # cue as written taken from the frame
        found = [(s_start + m.start(), s_start + m.end(), frame[m.start() : m.end()])
                 for m in cue_lower_re().finditer(low)]
    else:
        found = [(s_start + m.start(), s_start + m.end(), m.group(1)) for m in (cues or cue_re()).finditer(frame)]
    return SentenceFrame(s_start, s_end, frame, found, [c[0] for c in found])


# Where a speaker phrase right of its cue ends: punctuation or a quote, but not the full stop of
# an initial or an abbreviated title ("said C. Eugene Steuerle", "said Sen. Robert P. Casey Jr.").
RIGHT_STOP = re.compile(r"[,;:!?\x00]|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSr)(?<!\bSt)"
                        r"(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bLt)(?<!\bCol)(?<!\bRev)(?<!\bSgt)"
                        r"(?<!\bProf)(?<!\bSens)(?<!\bReps)(?<!\bGovs)(?<!\bCapt)(?<!\bAdm)(?<!\bMaj)(?<!\bAmb)\.")
# "The combination, say economists, marks ...": a cue between commas with its speaker after it
PARENTHETICAL = re.compile(r"\s+(?!(?:on|in|at|to|from|for|with|by|during|after|before|about|of|that)\b)"
                           r"[^,;.:\x00]{1,60}?,")
DASH = regex.compile(r"\x00\s*[—–-]\s*(\p{Lu}[^\x00]*)")


# A quote introduced as someone's saying: "citing the Chuck Jones quote that “...”", "in the words of
# ...", "Lincoln's line, “...”": the name modifying (or owning) the noun is the speaker, whatever verb
# the sentence has ("citing", "recalled") and whoever its subject is.
CITED_SAYING = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?"
                          r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)(?:[’']s)?\s+"
                          r"(?:quote|quotation|line|saying|adage|maxim|motto|dictum|aphorism|quip)\s*(?:that|,|:)?\s*\x00?$")
CITED_WINDOW = 80
IN_WORDS = re.compile(r"\b[Ii]n\s+(?:([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[’']s?\s+(?:own\s+)?words|"
                      r"the\s+words\s+of\s+"
                      r"((?:the\s+|a\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)),?\s*\x00?$")


def _cited_saying(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The person named in "the NAME quote that" (or "in NAME's words,") right before a quote at
    ``b``, if any."""
    before = text[a:b].rstrip(" “\"‘'")
    words = IN_WORDS.search(before)
    if words:  # "in Forbes' words, “...”", "in the words of the report, “...”": the owner of the words
        w_a, w_b = a + words.start(words.lastindex), a + words.end(words.lastindex)
        name, kind, role, conf = head_of(text, w_a, w_b, resolver)
        return Speaker(text[w_a:w_b], w_a, w_b, "cited", name, kind, role, conf) if name else None
    m = CITED_SAYING.search(before)
    if not m:
        return None
    n_a, n_b = a + m.start(1), a + m.end(1)
    names = [n for n in find_names(text, n_a, n_b) if n.type in ("person", "unknown")]
    if len(names) != 1 or names[0].start != n_a:
        return None
    pick = resolver.canonical(names[0])
    return Speaker(text[n_a:n_b], n_a, n_b, "cited", pick.text, "person", pick.role or None, NAMED)


# A cue under a modal or a negation ("cannot say", "would not say", "did not say") reports what was
# not (or might be) said: another cue near the quote is preferred (issue 11ao)
MODAL_BEFORE = re.compile(r"\b(?:cannot|can['’]t|could|would|should|might|must|won['’]t|wouldn['’]t|couldn['’]t|"
                          r"didn['’]t|doesn['’]t|(?:can|could|would|should|will|did|does|do)\s+not)\s+$")
MODAL_CUE = 100  # added to such a cue's distance: a plain cue within about 15 words wins


def attribute(text: str, frame: SentenceFrame, anchor: tuple[int, int], resolver: Resolver) -> Speaker | None:
    """The cue nearest the quote at ``anchor`` (within ``CUE_WINDOW``), with its speaker phrase."""
    s_start, s_end = frame.start, frame.end
    cited = _cited_saying(text, max(s_start, anchor[0] - CITED_WINDOW), anchor[0], resolver)
    if cited is not None:  # "citing the Chuck Jones quote that “...”": the words are Chuck Jones's
        return cited
    best: Speaker | None = None
    best_distance = None
    before_cues: list[tuple[int, Speaker]] = []  # cues ending before the quote with a named subject left of them
    lo = bisect_left(frame.cue_starts, anchor[0] - CUE_WINDOW)
    hi = bisect_right(frame.cue_starts, anchor[1] + CUE_WINDOW)
    for cue_a, cue_b, cue in frame.cues[lo:hi]:
        if cue.lower() != "according to" and _inside_dashes(text, s_start, cue_a, cue_b, anchor[0]):
            continue  # "X commented — which the BBC noted as unusual — “...”": an aside, not the quote's cue (11ar)
        if cue_b <= anchor[0] and cue.lower() in quote_cues() and not CUE_THEN_QUOTE.fullmatch(text, cue_b, anchor[0]):
            continue  # "listeners, who wondered if “he would ...”": a thought, not a quote's cue (11bc)
        window, base = frame.window(cue_a - SPEAKER_WINDOW, cue_b + SPEAKER_WINDOW)
        speaker = speaker_for_cue(text, window, base, cue_a, cue_b, cue, resolver)
        if speaker is None or (speaker.only_quote is not None and not anchor[0] - 1 <= speaker.only_quote <= anchor[1]):
            continue  # "X, who was described as “...” by the police, ... “...”": the agent speaks the first only
        distance = min(abs(cue_a - anchor[1]), abs(anchor[0] - cue_b))
        if cue.lower() != "according to" and not cue.lower().endswith("ing") and cue_b <= anchor[0] \
                and speaker.name and speaker.end <= cue_a \
                and speaker.confidence > UNNAMED:
            before_cues.append((cue_b, speaker))
        if speaker.name is None or speaker.confidence <= UNNAMED:
            distance += WEAK_SPEAKER  # "Such claims are “...,” she said": prefer the cue with a real speaker
        if MODAL_BEFORE.search(text, max(s_start, cue_a - 30), cue_a):
            distance += MODAL_CUE  # "Comey cannot say that “...,” X added": a cue not said yields to one said
        between = text[min(cue_b, anchor[1]) : max(cue_a, anchor[0])]
        if ";" in between:  # another clause: a weaker claim on the quote
            distance += 1000
        if best_distance is None or distance < best_distance:
            best, best_distance = speaker, distance
    if best is not None and best.cue == "according to" and before_cues:
        subject = _subject_before_according(text, frame, anchor, best, before_cues[-1])
        if subject is not None:  # "Pelosi called it a “breach,” according to NBC": Pelosi speaks
            best = subject
    if best is not None and best.cue == "according to" and not before_cues and best.start is not None \
            and best.end is not None and best.end < anchor[0] and anchor[0] - best.end <= ACCORDING_GAP:
        verb = VERB_BEFORE_ACCORDING.search(text, s_start, best.start)
        subject = sentence_subject(text, s_start, verb.start(), resolver) if verb else None
        if subject is not None and subject.name and subject.type == "person":
            # "X, the Lord President, decided, according to the summary, “that ...”": the person who
            # decided speaks; the document only reports it (issue 11ae, the Wikinews sets' convention)
            best = subject
    if best is not None and best.cue not in ("dash", "subject"):
        outer = _outer_speaker(text, frame, anchor, best, resolver)
        if outer is not None:  # "Rep. Ann Bell said Clinton called on members to be “coordinated.”"
            best = outer
    before_quote, _ = frame.window(anchor[0] - 1 - 20, anchor[0] - 1)
    if best is None and before_quote.rstrip().endswith(":"):
        named = _named_before_colon(text, max(s_start, anchor[0] - SPEAKER_WINDOW), anchor[0] - 1, resolver)
        if named:  # "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “...”", "More from Bell and Weber:"
            return named
    if best is None and before_quote.rstrip().endswith(":"):
        owned = _owned_words_before_colon(text, s_start, anchor[0] - 1, resolver)
        if owned:  # "Her reply: “...”", "X's response: “...”", "From the report: “...”" (issue 11bc)
            return owned
    if best is None and before_quote.rstrip().endswith(":"):
        document = DOCUMENT_SUBJECT.match(text, s_start, anchor[0])
        if document:  # "The study itself outlined the link: “...”": a document opening the sentence speaks
            d_a, d_b = document.start(1), document.end(1)
            return Speaker(text[d_a:d_b], d_a, d_b, "colon", "the " + document.group(2).casefold(), "anonymous",
                           None, INHERITED)
    if best is None and before_quote.rstrip().endswith((",", ":")):  # "Trump, on Twitter, defended it, "Q""
        subject = sentence_subject(text, max(s_start, anchor[0] - SPEAKER_WINDOW), anchor[0] - 1, resolver)
        if subject:
            return subject
    dash = DASH.match(frame.frame, max(0, anchor[1] - s_start))
    if best is None and dash and dash.end() == len(frame.frame):  # "“...” — Jacinda Ardern, the prime minister."
        a, b = speaker_phrase(text, s_start + dash.start(1), s_end)
        name, kind, role, conf = head_of(text, a, b, resolver)
        best = Speaker(text[a:b], a, b, "dash", name, kind, role, conf)
    return best


# Issue 11ar: a cue inside a phrase set off by dashes ("X commented on the matter — which the BBC noted
# as an unusual move — “...”") that closes between the cue and the quote is an aside; the quote
# belongs to the clause around it. A dash pair holding a quote mark is no aside, nor is "— according to
# the notes of the Bill — “...”" (the quote's own source, set off by dashes).
DASH_MARK = re.compile(r"\s(?:--|—|–)\s")
ASIDE_MAX = 150  # characters an aside spans at most (about 25 words)


def _inside_dashes(text: str, s_start: int, cue_a: int, cue_b: int, quote_a: int) -> bool:
    """Is the cue at ``cue_a:cue_b`` inside a dash pair closed before the quote at ``quote_a``?"""
    if quote_a <= cue_b or quote_a - cue_b > ASIDE_MAX:
        return False
    opening = [m for m in DASH_MARK.finditer(text, max(s_start, cue_a - ASIDE_MAX), cue_a)]
    closing = DASH_MARK.search(text, cue_b, quote_a)
    if len(opening) != 1 or closing is None:
        return False
    inside = text[opening[0].end() : closing.start()]
    return not any(c in inside for c in "“”\"") and not text[closing.end() : quote_a].strip(" ,:“\"'‘")


# "Pelosi called Trump's conduct a “breach,” according to NBC", "X decided, according to the summary,
# “that ...”": an "according to" after the speaker's own cue names the outlet that reported the
# words, not their speaker (the Wikinews sets' convention), when nothing but the quote's own words
# (no comma: "X said ..., saying that “...,” according to Reuters" keeps Reuters, PolNeAR's
# convention) and the "according to" phrase stands between the cue and the quote. Not for an
# "according to" opening the sentence ("According to the BBC, a spokesman said ...") nor a cue after
# the quote, nor a participle cue ("saying").
ACCORDING_GAP = 80  # characters between the speaker's cue and the quote: about a dozen words
CLAUSE_BREAK = re.compile(r"[,;:\x00.!?]")
# "X decided, according to": a finite verb and its comma right before an interposed "according to"
VERB_BEFORE_ACCORDING = re.compile(r"\s[a-z]+(?:ed|s)\s*,\s*according\s+to\s*$", re.IGNORECASE)
INTERPOSED_BEFORE = re.compile(r",?\s*according\s+to\s*$", re.IGNORECASE)
INTERPOSED_AFTER = re.compile(r"^\s*,?\s*")
TRAILING_ACCORDING = re.compile(r"[\s,”\"’']*according\s+to\s+", re.IGNORECASE)


def _subject_before_according(text: str, frame: SentenceFrame, anchor: tuple[int, int], according: Speaker,
                              before: tuple[int, Speaker]) -> Speaker | None:
    """The speaker of the cue ``before`` (its end, its speaker) when ``according`` only names the
    outlet between or after it and the quote at ``anchor``."""
    cue_b, speaker = before
    if according.start is None or according.start < cue_b or anchor[0] - cue_b > ACCORDING_GAP:
        return None
    gap = text[cue_b : anchor[0] - 1]
    if according.start < anchor[0]:  # interposed: "said, according to the summary, “...”"
        gap = INTERPOSED_BEFORE.sub("", text[cue_b : according.start]) \
            + INTERPOSED_AFTER.sub("", text[according.end : anchor[0] - 1])
    elif not TRAILING_ACCORDING.fullmatch(text, anchor[1], according.start):
        return None  # "“...” even if ..., according to a poll": the outlet's words go on after the quote
    if CLAUSE_BREAK.search(gap):
        return None
    return speaker


# A cue inside the clause reported by an earlier cue of the sentence ("Rubio said that once the
# Senate goes on recess, “...”", "Obama said he expected that Americans will say “no”"): the quote
# belongs to the outer speaker, as PolNeAR annotates it. Only when the outer cue is at most this
# many characters before the quote (a reported clause of about twenty words), and nothing between
# it and the inner speaker starts another clause (a comma, dash or semicolon; "and", "but";
# "after", "when", "while" ...: "After Clinton accused him of sexism, he warned, “...”").
OUTER_WINDOW = 150
NEW_CLAUSE = re.compile(r"[;:,—–\x00]|\.\s|"
                        r"\b(?:and|but|after|before|when|while|because|since|until|although|though|if|as)\s",
                        re.IGNORECASE)


def _outer_speaker(text: str, frame: SentenceFrame, anchor: tuple[int, int], inner: Speaker,
                   resolver: Resolver) -> Speaker | None:
    """The speaker of an earlier cue whose reported clause holds ``inner``'s cue, if any."""
    if inner.start is None or inner.start >= anchor[0]:
        return None  # the inner cue's speaker stands after the quote: an ordinary tag
    lo = bisect_left(frame.cue_starts, anchor[0] - OUTER_WINDOW)
    for cue_a, cue_b, cue in frame.cues[lo:]:
        if cue_b > inner.start:
            break
        if cue.lower().endswith("ing") or cue.lower() in ("according to", "reported", "reports"):
            continue  # "Znak.com reported its source said “...”": an outlet passes on its source's words
        between = text[cue_b : inner.start]
        if NEW_CLAUSE.search(frame.frame, cue_b - frame.start, inner.end - frame.start) or len(between) > OUTER_WINDOW:
            continue
        window, base = frame.window(cue_a - SPEAKER_WINDOW, cue_b + SPEAKER_WINDOW)
        outer = speaker_for_cue(text, window, base, cue_a, cue_b, cue, resolver)
        if outer is not None and outer.name and outer.end <= cue_a and outer.confidence > UNNAMED:
            return outer
    return None


# A sentence opened by a document ("The study itself outlined ...:", "A new report found:"), not its
# owner's possessive ("The study's author"): the document is the speaker of a quote after a colon.
DOCUMENT_SUBJECT = re.compile(r"\s*((?:[Tt]he|[Aa]|[Tt]his|[Tt]heir|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?"
                              r"(study|report|survey|poll|paper|analysis|review|investigation|audit|inquiry))"
                              r"(?!['’\w])(?!\s+(?:of|by|from)\b)(?:\s+itself)?\s")
COLON_AFTER = re.compile(r"\s*:\s*$")
# what may stand before a name that opens a quote with a colon: the start of the paragraph or
# sentence, a dash after a headline ("... - Jeffrey M. Jones:"), or "More from"
COLON_SPEAKER_BEFORE = re.compile(r"(?:^|\n|[.!?]\s+|\s[-—–]\s+|\b[Ff]rom\s+)$")


def _named_before_colon(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The person or organisation named right before the colon that opens a quote ("... - Jeffrey M.
    Jones:", "More from Blumenthal and Cohen:"); not a place ("in Washington:") nor a headline."""
    colon = text.rfind(":", a, b + 1)
    names = find_names(text, a, colon) if colon > a else []
    if not names or not COLON_AFTER.match(text[names[-1].end : colon + 1]):
        return None
    name = names[-1]
    if name.type == "place" or _headline_run(name.text) or (name.text.isupper() and len(name.text) > 5) \
            or any(c.isdigit() for c in name.text):
        return None
    start = name.start
    if len(names) > 1 and text[names[-2].end : name.start].strip() == "and":  # "Blumenthal and Cohen"
        start = names[-2].start
    if not COLON_SPEAKER_BEFORE.search(text, max(a, start - 40), start):
        return None  # "a blunt message to Trump:", "on CNN:": whom or where, not who
    found, kind, role, conf = head_of(text, start, name.end, resolver)
    if not found:
        return None
    return Speaker(text[start : name.end], start, name.end, "colon", found, kind, role, min(conf, INHERITED + 0.1))


# Issue 11bc: a noun of someone's words standing alone before the colon that opens a quote, at the
# start of its sentence (or after "From", "More from"): "Her reply: “...”", "X's response: “...”",
# "From the report: “...”". The owner speaks ("her": the pronoun resolved as "she"); a document
# without an owner speaks as "the report" does after "The report outlined it:" (``DOCUMENT_SUBJECT``),
# or its issuer when the article named one ("X released a statement. The statement: “...”").
OWNED_WORDS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:[Mm]ore\s+)?[Ff]rom\s+)?"
                         r"(?:([Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})['’]s?)"
                         r"\s+(?:[a-z][\w-]*\s+)?(response|reply|answer|retort|rejoinder|reaction|verdict|message|"
                         r"explanation|comment|advice|warning|statement|letter|report|study|memo|release|tweet|post|"
                         r"conclusion|summary|argument|pitch|plea|request|assessment|message)\s*:\s*$")
OWNER_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
DOCUMENT_NOUNS = frozenset({"statement", "letter", "report", "study", "memo", "release", "tweet", "post",
                            "summary", "assessment"})


def _owned_words_before_colon(text: str, s_start: int, mark: int, resolver: Resolver) -> Speaker | None:
    """The owner of the words named right before the colon that ends ``text[s_start:mark]`` (the quote's
    opening mark at ``mark``: "Her reply: “"), if any."""
    m = OWNED_WORDS.search(text[s_start:mark])  # a slice: "^" is the sentence's start
    if m is None:
        return None
    determiner, owner, noun = m.group(1), m.group(2), m.group(3)
    at = [s_start + m.start(k) if m.group(k) else -1 for k in range(4)]
    ends = [s_start + m.end(k) if m.group(k) else -1 for k in range(4)]
    if owner:  # "Clinton's reply:": the possessor, if it is a person or body
        names = find_names(text, at[2], ends[2])
        if len(names) != 1 or names[0].start != at[2] or names[0].end != ends[2] \
                or names[0].type not in ("person", "organisation", "unknown"):
            return None
        name, kind, role, conf = head_of(text, at[2], ends[2], resolver)
        return Speaker(owner, at[2], ends[2], "colon", name, kind, role, min(conf, INHERITED + 0.1)) \
            if name else None
    low = determiner.casefold()
    if low in OWNER_PRONOUNS:  # "Her reply:": "she"
        need = _pronouns()[OWNER_PRONOUNS[low]]
        found = resolver.antecedent(at[1], need["type"], need.get("gender"))
        if found is None:
            return None
        return Speaker(determiner, at[1], ends[1], "colon", found.text, found.type, found.role or None,
                       min(PRONOUN, INHERITED + 0.1))
    if noun not in DOCUMENT_NOUNS:
        return None  # "The response:": whose, unknown
    issuer = resolver.issuer(noun, at[1])
    if issuer is not None:
        return Speaker(text[at[1] : ends[3]], at[1], ends[3], "colon", issuer.text, issuer.type, None,
                       GROUP)
    return Speaker(text[at[1] : ends[3]], at[1], ends[3], "colon", "the " + noun, "anonymous", None,
                   INHERITED)


# "in a video posted to its Twitter account", "with a statement released on Monday": a past participle
# right after a noun governed by a preposition modifies that noun; it is no cue (issue 11ao)
GOVERNED_NOUN_BEFORE = re.compile(r"\b(?:in|on|with|from|of|to|at|by|for)\s+(?:a|an|the|its|his|her|their)\s+"
                                  r"[a-z][\w-]*\s+$")
PLACE_AFTER_PARTICIPLE = re.compile(r"\s+(?:to|on|by|in|at|from|earlier|last|this|online)\b")


@per_resolver_state
def speaker_for_cue(text: str, frame: str, base: int, cue_a: int, cue_b: int, cue: str,
                     resolver: Resolver) -> Speaker | None:
    """Speaker of one cue: the phrase left of the verb, else right of it ("said S")."""
    cue = cue.lower()
    if NOUN_BEFORE.search(frame[max(0, cue_a - base - 12) : cue_a - base]):
        return None  # "the claims", "his remarks": the cue word is a noun here
    if cue == "state" and (text[cue_a] == "S" or not STATE_VERB_AFTER.match(frame, cue_b - base)
                           or STATE_NOUN.search(frame[max(0, cue_a - base - 30) : cue_a - base])):
        return None  # "Islamic State", "a state of emergency": a noun, not "you state that" or "you state “...”"
    if cue == "states" and STATE_NOUN.search(frame[max(0, cue_a - base - 30) : cue_a - base]) \
            and not STATE_VERB_AFTER.match(frame, cue_b - base):
        return None  # "the United States", "swing states", "member states": a noun, not "the report states"
    if text[cue_a:cue_b] == "States" and STATE_NOUN.search(frame[max(0, cue_a - base - 30) : cue_a - base]):
        return None  # 'the United States “must ...”': capitalised after a capitalised word, always a name
    if cue.endswith("ed") and GOVERNED_NOUN_BEFORE.search(frame, 0, cue_a - base) \
            and PLACE_AFTER_PARTICIPLE.match(frame, cue_b - base):
        return None  # "told X in a video posted to its account": a participle after a governed noun (11ao)
    if cue.endswith("ing"):  # "X voiced support, telling the paper: ..." -> the clause's subject
        agent = WITH_BEFORE_ING.search(text, max(base, cue_a - SPEAKER_WINDOW), cue_a)
        named = find_names(text, agent.start(1), agent.end(1)) if agent else []
        if named and named[-1].end == agent.end(1) and named[-1].type in ("person", "organisation", "unknown"):
            # "..., with Senator John Reeve telling reporters he ...": the participle's own subject speaks
            a, b = agent.span(1)
            name, kind, role, conf = head_of(text, a, b, resolver)
            if name:
                return Speaker(text[a:b], a, b, cue, name, kind, role, conf)
        if agent and not named and UNNAMED_AGENT.fullmatch(agent.group(1)):
            # "with a voice over saying:", "with many marchers chanting": the participle's unnamed subject (11bc)
            a, b = agent.span(1)
            return Speaker(text[a:b], a, b, cue, text[a:b], "anonymous", None, UNNAMED)
        left = frame[: cue_a - base]
        inner = [m for m in cue_re().finditer(left) if not m.group(1).lower().endswith("ing")]
        if inner and len(left) - inner[-1].end() <= ING_AFTER_CUE:
            # "..., Lewandowski added, saying ...": the speaker of the cue just before
            m = inner[-1]
            earlier = speaker_for_cue(text, frame, base, base + m.start(), base + m.end(), m.group(1), resolver)
            if earlier and earlier.name:
                return earlier
        subject = clause_subject(text, base, cue_a, resolver)  # ", but X, announcing ...": X (11ag)
        return Speaker(subject.written, subject.start, subject.end, cue, subject.name, subject.type,
                        subject.role, subject.confidence) if subject else None
    if AS_BEFORE.search(frame[: cue_a - base]):  # "— as reported by Hurriyet —": a source, not a speaker
        return None
    by = BE_BEFORE.search(frame[: cue_a - base])
    agent = AGENT_AFTER_QUOTE.match(frame, cue_b - base) if by else None
    if by and (text[cue_b : cue_b + 4] == " by " or agent):
        # "he was told by Minister X", "X was described as “...” by the police": the agent speaks
        at = cue_b + 4 if not agent else base + agent.end()
        right = frame[at - base :]
        stop = RIGHT_STOP.search(right)
        a, b = speaker_phrase(text, at, at + (stop.start() if stop else len(right)), right=True)
        name, kind, role, conf = head_of(text, a, b, resolver)
        only = base + frame.find("\x00", cue_b - base) + 1 if agent else None
        return Speaker(text[a:b], a, b, cue, name, kind, role, conf, only) if a < b else None
    if cue in ASKED_CUES and WHEN_BEFORE.search(frame[: cue_a - base]):
        return None  # "X told Reuters when asked if ...": the one asked is the subject of another verb
    if cue == "according to":
        right = frame[cue_b - base :]
        stop = RIGHT_STOP.search(right)
        a, b = speaker_phrase(text, cue_b, cue_b + (stop.start() if stop else len(right)), right=True)
    else:
        left = frame[: cue_a - base]
        if PASSIVE.search(left):  # "are said to", "It was said": nobody is named
            return None
        paren = PAREN_BEFORE.search(left)
        if paren:  # "the Associated Press (AP) called", "Gov. John Kasich (R-OH), said": part of the subject
            left = left[: paren.start()] + " " * (len(left) - paren.start())
        # "Rep. Elijah Cummings (D-Md.), chair of the ... Committee, said": a short label inside the subject
        left = SHORT_PAREN.sub(lambda m: " " * len(m.group()), left)
        cut = max(left.rfind("\x00"), left.rfind(";"), left.rfind(":"), left.rfind("("), left.rfind(")"))
        # a capitalised cue word mid-sentence is part of a name ("the Ohio State Fair"), not a clause
        # nor a cue in a relative clause between commas ("Graham, who says the US should ..., tweeted")
        inner = [m for m in cue_re().finditer(left, cut + 1) if m.group(1)[:1].islower()
                 and not (RELATIVE_BEFORE.search(left, cut + 1, m.start()) and "," in left[m.end() :])
                 and not ONLY_TO.match(left, m.end())  # "The email goes on to say": one verb phrase
                 and not (m.group(1).lower() in ASKED_CUES and WHEN_BEFORE.search(left[: m.start()]))]
        if inner:  # "Znak.com reported its source said": the nearer clause speaks
            cut = inner[-1].end() - 1
        a, b = speaker_phrase(text, base + cut + 1, cue_a)
        if inner and inner[-1].group(1).lower() in quote_words("addressee_verbs"):
            a = _after_addressee(text, a, b)  # "X told Discover Magazine the frequency ... suggested" (11ar)
        who = WHO_BEFORE_CUE.search(text, a, cue_a)
        named = find_names(text, max(a, who.start() - SPEAKER_WINDOW), who.start()) if who else []
        if named and not text[named[-1].end : who.start()].strip() and named[-1].type in ("person", "unknown"):
            # "a damning reaction from X, who called ...": the name the relative clause follows speaks
            a, b = named[-1].start, named[-1].end
        wider = find_names(text, max(base, who.start() - SPEAKER_WINDOW), who.start()) \
            if named and named[-1].type != "person" else []
        described = [n for n in wider if n.type == "person" and APPOSITION_TO_WHO.fullmatch(text, n.end, who.start())]
        if described:
            # "led by Mark Hay, a marine ecologist and Regents Professor at GT, who said": the
            # apposition describes the person, who speaks, not the body it names (issue 11ag)
            a, b = described[-1].start, described[-1].end
        if cut > 0 and left[cut] == ":" and TITLE_TAIL.fullmatch(left, cut + 1) and CAPITAL_END.search(left, 0, cut):
            # "X of the Center for Oceanography: Research and Education said": the colon is inside
            # a name (a title and its subtitle), so the subject is the phrase before it
            prev = max(left.rfind(c, 0, cut) for c in "\x00;:()")
            a, b = speaker_phrase(text, base + prev + 1, base + cut)
        if cue == "say":  # "goes on to say"; not "the right to read", a reading
            a, b = _subject_of_infinitive(text, a, b)
        relative = RELATIVE.match(text[a:b])
        if relative:  # "They released a statement which said": the releaser
            a, b = a + relative.start(1), a + relative.end(1)
        parenthetical = cue in inversion_verbs() and cue not in quote_words("addressee_verbs") \
            and ONE_CHUNK_COMMA.search(left[cut + 1 :]) is not None \
            and PARENTHETICAL.match(frame[cue_b - base :]) is not None \
            and not THAT_WORD.search(PARENTHETICAL.match(frame[cue_b - base :]).group())
        if parenthetical:  # "The combination, say economists, marks ...": the speaker follows the cue
            a = b = cue_a
        if (a >= b or not text[a:b].strip()) and cue in inversion_verbs() and cut >= 0 and frame[cut] == "\x00" \
                and CONJUNCTION_ONLY.fullmatch(left, cut + 1) and frame.find("\x00") > 0 \
                and not QUOTE_NEXT.match(frame, cue_b - base):
            # 'X supports “...”, opposes “...” and recalled the freeze: “...”': the verb is coordinated
            # after quoted words, so the subject before the first quote speaks (issue 11ae); not when the
            # quote follows the cue ('X, chair of Y, called it “...” and said “...”': left as before)
            first_mask = frame.find("\x00")
            subject = sentence_subject(text, base, base + first_mask, resolver)
            if subject:
                return Speaker(subject.written, subject.start, subject.end, cue, subject.name, subject.type,
                               subject.role, subject.confidence)
        if (a >= b or not text[a:b].strip()) and cue not in inversion_verbs() and cut >= 0 \
                and frame[cut] == "\x00" and CONJUNCTION_ONLY.fullmatch(left, cut + 1) and frame.find("\x00") > 0:
            # 'Coles reported that “...”, and called the demand “unprecedented”, while ALDI called it
            # “...”': a verb coordinated after quoted words shares the subject before the first quote
            # (issue 11ar), not the subject of a later clause: the speaker of the cue before that quote
            first_mask = frame.find("\x00")
            earlier = [m for m in cue_re().finditer(frame, 0, first_mask) if m.group(1)[:1].islower()]
            subject = speaker_for_cue(text, frame, base, base + earlier[-1].start(), base + earlier[-1].end(),
                                      earlier[-1].group(1), resolver) if earlier else None
            if subject is None or not subject.name:
                subject = sentence_subject(text, base, base + first_mask, resolver)
            if subject and subject.name:
                return Speaker(subject.written, subject.start, subject.end, cue, subject.name, subject.type,
                               subject.role, subject.confidence)
        if (a >= b or not text[a:b].strip()) and cut >= 0 and frame[cut] == ";" \
                and CONJUNCTION_ONLY.fullmatch(left, cut + 1):
            # "X suggested ...; clashed with Y over Z; and posted on Twitter that “...”": a verb coordinated
            # after a semicolon shares the sentence's subject (issue 11ao), not a name after the cue
            subject = sentence_subject(text, base, base + cut, resolver)
            if subject:
                return Speaker(subject.written, subject.start, subject.end, cue, subject.name, subject.type,
                               subject.role, subject.confidence)
        if (a >= b or not text[a:b].strip()) and cue in inversion_verbs():
            pass  # '"...," said Scott Reed, a strategist': the speaker follows the cue (below)
        elif cut >= 0 and frame[cut] == "\x00" and cue in inversion_verbs() and left.rstrip().endswith(",") \
                and (not find_names(text, a, b) and not DETERMINED_CHUNK.fullmatch(text, a, b)
                     or TAIL_AFTER_QUOTE.match(text, a, b) and _named_right(text, cue_b)):
            # (issue 11ao) also when the words between the quote and the cue are a phrase governed by a
            # preposition or a participle that names someone ('“...” for Clinton, said Kunin', '"summer
            # of agony" for Clinton, forcing her to fend off X and Y, said Brad Bannon'): the name right
            # after the cue speaks, not the object named in the tail
            # 'Clinton “drew well” in the 2008 primary, said professor Paul Beck': after the quote and an
            # adverbial, an inverted cue's speaker follows it (below), not the subject before the quote
            a = b = cue_a
        elif (text[a:b].startswith(",") and not APPOSED_PERSON.match(text, a, b)) \
                or (cut >= 0 and frame[cut] == "\x00" and not find_names(text, a, b)
                    and not DETERMINED_CHUNK.fullmatch(text, a, b)
                    and not (LONE_PRONOUN.fullmatch(text, a, b) and not text[base + cut + 1 : a].strip(" ,"))):
            # (but "X “...,” he said": the pronoun right after the quote speaks)
            # ("Trump's “...” the order released Friday said": a noun phrase after the quote is the subject)
            # "Anna X of "Group", a charity, told": the subject stands before the quoted name; it
            # is looked for in the words before the first quote only, never inside a quote
            first_mask = frame.find("\x00")
            before_mask = sentence_subject(text, base, base + first_mask, resolver) if first_mask > 0 else None
            if before_mask:
                return Speaker(before_mask.written, before_mask.start, before_mask.end, cue, before_mask.name,
                                before_mask.type, before_mask.role, before_mask.confidence)
        words = text[a:b].split()
        head = _apposed_head(text, a, b) if len(words) > 12 else None
        if head:  # "Fred Kagan, director of the ... Institute, said": the name before the apposition
            a, b = head
            words = text[a:b].split()
        coordinated = a < b and COORDINATED.search(text, a, b) is not None
        pronoun = PRONOUN_COORDINATED.search(text, a, b) if coordinated else None
        if pronoun:  # "When X was asked if Y would ..., he laughed and said": he, not the sentence's first name
            p_a, p_b = pronoun.span(1)
            name, kind, role, conf = head_of(text, p_a, p_b, resolver)
            if name:
                return Speaker(text[p_a:p_b], p_a, p_b, cue, name, kind, role, conf)
        subject = sentence_subject(text, base, cue_a, resolver) if coordinated else None
        if subject:  # "X took the stage and called ...": X speaks
            return subject
        if coordinated:  # "A spokesman for X declined to comment but said": the words before the first verb
            verb = FIRST_VERB.search(text, a, b)
            if verb and verb.start() > a:
                b = verb.start()
                words = text[a:b].split()
        if len(words) > 12:  # a long left side: the subject is the name run nearest the verb
            names = find_names(text, a, b)
            pronoun = PRONOUN_BEFORE.search(text[a:b])
            if pronoun:
                a = a + pronoun.start(1)
            elif names:
                a = names[-1].start if not text[names[-1].end : b].strip() else a
                b = names[-1].end if not text[names[-1].end : b].strip() else b
            else:
                return None
        if a < b and VERB_START.match(text[a:b]):  # "X, ..., opposed the plan and said ..."
            return sentence_subject(text, base, cue_a, resolver)
        if a < b and INFINITIVE_BEFORE.search(text, a, b) and len(text[a:b].split()) > 1:
            # "The judge pointed to a previous case to say that ...": the sentence's subject says it
            subject = sentence_subject(text, base, cue_a, resolver)
            if subject:
                return subject
        if (a >= b or not text[a:b].strip()) and cue in inversion_verbs():
            right = frame[cue_b - base :]
            stop = RIGHT_STOP.search(right)
            a, b = speaker_phrase(text, cue_b, cue_b + (stop.start() if stop else len(right)), right=True)
            relative = RIGHT_RELATIVE.search(text, a, b)
            if relative and relative.start() > a:  # "said a Mexican official who was not authorized to ...":
                b = relative.start()  # the relative clause describes the speaker
            if FINITE.search(text, a, b):  # "said Republican leaders will have ...": a clause, not a speaker
                return None
            named = _named_after_description(text, a, b, base + len(frame)) \
                or _named_after_owner(text, a, b, base + len(frame))
            if named:  # "said his father, Abdullah Kurdi, after ...": the name apposed to the description
                a, b = named
    if a >= b or EXPLETIVE.match(text[a:b]) or NO_SPEAKER_WORD.match(text[a:b]):
        return None  # "..., having questioned", "to say": a participle or function word names nobody
    phrase = text[a:b]
    if len(phrase.split()) > 14:
        return None
    name, kind, role, conf = head_of(text, a, b, resolver)
    if name is None and kind is None:
        return Speaker(phrase, a, b, cue, None, None, None, conf)
    return Speaker(phrase, a, b, cue, name, kind, role, conf)


# Issue 11ar: "X told Discover Magazine the frequency of ... suggested": the name right after "told"
# is its listener, never the subject of the that-less clause that follows it; the clause's own words
# (here no name: a weak speaker) are its subject, so the outer cue's speaker wins.
ADDRESSEE_THEN_CLAUSE = re.compile(r"\s*(?:the|a|an|his|her|its|their|this|that|these|those|[a-z]+s?)\s")


def _after_addressee(text: str, a: int, b: int) -> int:
    """Start of the clause after the listener named at ``a`` (``a`` itself when no name opens
    ``text[a:b]`` or nothing but the name stands there: "told Reuters" alone keeps it)."""
    names = find_names(text, a, b)
    if not names or names[0].start != a or names[0].end >= b:
        return a
    if not ADDRESSEE_THEN_CLAUSE.match(text, names[0].end, b):
        return a
    return names[0].end + 1


# Issue 11ao: the tail after a quote before an inverted cue ("“...” for Clinton, said X"): a phrase
# opened by a preposition or a participle, never a subject
TAIL_AFTER_QUOTE = re.compile(r"\s*(?:for|to|from|with|about|against|than|by|of|on|in|at|over|[a-z]{3,}ing)\s")


def _named_right(text: str, at: int) -> bool:
    """Does a person's or an organisation's name (or a lone capitalised word) follow the cue ending at
    ``at`` ("said Brad Bannon, a pollster", "said Kunin.")? Not a day or a place ("said Monday")."""
    gap = len(text[at:]) - len(text[at:].lstrip(" "))
    names = find_names(text, at, min(len(text), at + 80))
    return bool(names) and names[0].start == at + gap and names[0].type in ("person", "organisation", "unknown") \
        and names[0].text not in not_names()


# the words between a colon and a cue that make the colon part of a name: a title-cased run
TITLE_TAIL = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the|&))*\s*")
CAPITAL_END = re.compile(r"\b[A-Z][\w’'-]*\s*$")
# '“...,” Howard Dean, the former governor of Vermont, proclaimed': a name and its apposition after the
# quote are the subject (a noun phrase there, "“...”, a charity, told", is not)
APPOSED_PERSON = re.compile(r",\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)+,\s+(?:the|a|an|who|\w+ly)\b")
# the last clause of a left side, opened by its pronoun subject and coordinated to the cue ("...,
# he laughed and said"): at most three lower-case words between the pronoun and the conjunction
PRONOUN_COORDINATED = re.compile(r"(?:^|,)\s*(he|she|they)\s+(?:[a-z]+\s+){1,3}(?:and|but)(?:\s+\w+ly)?\s*$",
                                 re.IGNORECASE)
LONE_PRONOUN = re.compile(r"\s*(?:he|she|they|we|I)\s*", re.IGNORECASE)
RIGHT_RELATIVE = re.compile(r"\s+(?:who|whom|whose)\b")
INFINITIVE_BEFORE = re.compile(r"\s(?:to|in\s+order\s+to)\s*$")  # "... to say": an infinitive cue
# A quoted complement of a passive cue, then its agent: "was described as “...” by the police".
# "was announced to be a “pandemic” by the WHO": also after "to be (a|an|the)".
AGENT_AFTER_QUOTE = re.compile(r"\s+(?:as\s+(?:(?:a|an|the)\s+)?|to\s+be\s+(?:(?:a|an|the)\s+)?)?\x00+,?\s+by\s+")
# "when asked", "if asked", "after being told": the cue is passive, its subject is elsewhere.
ASKED_CUES = frozenset({"asked", "told", "questioned", "pressed"})
WHEN_BEFORE = re.compile(r"\b(?:when|if|once|after|before|while|until|unless|as|being)\s+$", re.IGNORECASE)
# A speaker phrase that is one lower-case function word or participle ("having", "to", "that")
# names nobody: the cue's subject is elsewhere (or the cue is no speech here).
NO_SPEAKER_WORD = re.compile(r"^\s*(?:having|being|been|to|that|which|and|or|but|of|in|on|at|for|with|by|"
                             r"as|when|if|then|so|not|also|just|only|even|still|who|whom|whose)\s*$")


# A left side ending in a conjunction is the second verb of a coordinated predicate ("Carson took
# the stage and called ...", "A spokesman declined to comment but said ..."): its subject speaks.
ONLY_TO = re.compile(r"\s+to\s*$")
# the first finite verb of a clause, for a subject that is no name ("A spokesman for X declined ...")
FIRST_VERB = re.compile(r"\s(?:[a-z]+ed|was|were|is|are|has|had|have|took|went|gave|made|spoke|told|said|"
                        r"goes|gets|got|did|does|will|would|could|can)\b")
# "The email goes on to say", "The judge pointed to a previous case to say": an infinitive cue's
# subject is the phrase before the clause's first verb
INFINITIVE = re.compile(r"\bto\s*$")


def _subject_of_infinitive(text: str, a: int, b: int) -> tuple[int, int]:
    """For a cue after "to", the words before the first finite verb of ``text[a:b]``."""
    if not INFINITIVE.search(text, a, b + 1):
        return a, b
    verb = FIRST_VERB.search(text, a, b)
    return (a, verb.start()) if verb and verb.start() > a else (a, b)


RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:\w+\s+){0,3}$")  # ", who (also) says", ", who did not say"
# ' “...” and recalled': a conjunction alone between the last quote and an inversion cue
QUOTE_NEXT = re.compile(r"[\s,:“”\"‘’']*\x00")  # 'and said “...”': the quote itself follows the cue
CONJUNCTION_ONLY = re.compile(r"[\s,”\"’']*(?:and|but)\s+(?:(?:then|also|later|\w+ly)\s+)?")
# "with Senator X telling reporters": a participle cue's subject after "with" (issue 11ae)
WITH_BEFORE_ING = re.compile(r"\bwith\s+([^,;:\x00()]{1,80}?)\s*$")
# an unnamed subject of that participle: an indefinite noun phrase in lower case ("a voice over",
# "many marchers and spectators"), at most six words (issue 11bc)
UNNAMED_AGENT = re.compile(r"(?:a|an|many|some|several|(?:dozens|hundreds|thousands)\s+of)(?:\s+[a-z][\w-]*){1,6}")
# ", who called", ", who later told": a relative clause's cue after the name it follows (issue 11ae)
WHO_BEFORE_CUE = re.compile(r",\s*who\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|again\s+|had\s+|has\s+|have\s+){0,2}$")
COORDINATED = re.compile(r"(?:^|\s)(?:and|but|or)(?:\s+(?:now|then|also|later|still|again|instead|\w+ly))?\s*$",
                         re.IGNORECASE)  # "... but now said": one adverb may follow the conjunction
# An auxiliary or modal right of an inverted cue makes the words a clause, not a speaker phrase.
FINITE = re.compile(r"\b(?:will|would|could|should|can|may|might|must|has|have|had|is|are|was|were|did|does|do)\b")
SHORT_PAREN = re.compile(r"\((?![A-Z]{2,}\))[^()\x00]{1,40}\)")  # not an acronym: "(UNESCO) said" names the speaker
# ", a marine ecologist and Regents Professor at GT": an apposition describing the name before it,
# up to the comma of a following ", who" (issue 11ag)
APPOSITION_TO_WHO = re.compile(r",\s*(?:a|an|the)\s+[a-z][^,;:\x00()“”\"]{0,120}")
RELATIVE_WHO = re.compile(r"\s*(?:who|whose)\b")  # "Petrilli, who thinks ...": a lone word before "who" is a person


def _apposed_head(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The name before an apposition or relative clause in a long subject, if one of its first
    three comma chunks is a short name ("Fred Kagan, director of ...", "Still, Petrilli, who
    thinks ..."): a person, or a lone capitalised word followed by "who"."""
    chunks = [(m.start(), m.end()) for m in islice(CHUNK.finditer(text, a, b), 3)]
    for k, (c_a, c_b) in enumerate(chunks[:-1]):
        if len(text[c_a:c_b].split()) > APPOSED_NAME_WORDS:
            continue
        names = find_names(text, c_a, c_b)
        if any(n.type == "person" for n in names) or (
                names and names[-1].type == "unknown" and RELATIVE_WHO.match(text, chunks[k + 1][0] + 1)):
            while c_a < c_b and text[c_a] == " ":
                c_a += 1
            return c_a, c_b
    return None


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


@cache
def inversion_verbs() -> frozenset[str]:
    """Cues that may stand before their speaker ("said Ned Price"): ``inversion_verbs`` in data."""
    return frozenset(quote_words("inversion_verbs"))


@cache
def not_acts() -> frozenset[str]:
    """Statement verbs that start quote inheritance but report nothing (``not_acts`` in data)."""
    return frozenset(quote_words("not_acts"))

@cache
def act_re() -> re.Pattern[str]:
    verbs = [v for v in speech_verbs() if v != "according to"]
    verbs += rules("quotes")["statement_verbs"]
    return re.compile(r"\b(" + alternation(verbs) + r")\b")


def sentence_acts(text: str, frame: SentenceFrame, segment: int, resolver: Resolver) -> list[SpeechAct]:
    """Speech acts of one sentence: each cue verb outside quotes with its resolved subject."""
    acts = []
    for m in act_re().finditer(frame.frame):
        cue_a, cue_b = frame.start + m.start(), frame.start + m.end()
        if m.group(1) in not_acts():
            continue
        window, base = frame.window(cue_a - SPEAKER_WINDOW, cue_b + SPEAKER_WINDOW)
        speaker = speaker_for_cue(text, window, base, cue_a, cue_b, m.group(1), resolver)
        if speaker is None or not speaker.name:
            continue
        if speaker.type == "anonymous" and not group_head().search(speaker.written):
            continue  # "for moderation on all sides and called for": no subject found
        if speaker.role == "author":
            continue  # "I told him": the narrator reports, no source is cited
        if len(speaker.written.split()) > 10 or DOCUMENT_HEAD.search(speaker.written):
            continue  # no clear subject, or a document ("the statement said"), which sources count apart
        for name, kind, a, b in _coordinated(text, speaker, resolver):
            acts.append(SpeechAct(name, kind, text[a:b], m.group(1).lower(), segment, a, b))
    return acts


def _coordinated(text: str, speaker: Speaker, resolver: Resolver) -> list[tuple[str, str | None, int, int]]:
    """"The US and EU", "Several countries, including the US and the EU": one act per member."""
    phrase = text[speaker.start : speaker.end]
    including = INCLUDING.search(phrase)
    if not including and not AND.search(phrase):  # an apposition, not a list
        return [(speaker.name, speaker.type, speaker.start, speaker.end)]
    a = speaker.start + (including.end() if including else 0)
    parts = [(a + m.start(), a + m.end()) for m in MEMBER.finditer(text[a : speaker.end])]
    members = []
    for p_a, p_b in parts:
        p_a += len(text[p_a:p_b]) - len(text[p_a:p_b].lstrip(" ,"))
        piece = LEADING_AND_THE.sub("", text[p_a:p_b].strip())
        if not piece or not (find_names(text, p_a, p_b) or piece.isupper()):
            continue
        name, kind, _, _ = head_of(text, p_a, p_b, resolver)
        if name:
            members.append((name, kind, p_a, p_b))
    if len(members) > 1 or (including and members):
        return members
    return [(speaker.name, speaker.type, speaker.start, speaker.end)]


def statement_subject(text: str, a: int, b: int, masks: list[tuple[int, int]], resolver: Resolver) -> Speaker | None:
    """The subject of "X called for / urged ..." in a sentence, for cue-less quotes after it."""
    m = _statement_re().search(text, a, b)
    if not m or any(m0 <= m.start() < m1 for m0, m1 in masks) \
            or PASSIVE.search(text, max(a, m.start() - 12), m.start()):
        return None  # inside a quote, or passive ("Biden was declared the winner"): nobody states
    left_a, left_b = speaker_phrase(text, a, m.start())
    if left_b > left_a and len(text[left_a:left_b].split()) > 8:
        return sentence_subject(text, a, m.start(), resolver)
    if left_b <= left_a:
        return None
    name, kind, role, conf = head_of(text, left_a, left_b, resolver)
    if name is None:
        return None
    return Speaker(text[left_a:left_b], left_a, left_b, m.group(1), name, kind, role, min(conf, INHERITED))


def _quoted_at(text: str, a: int, at: int) -> bool:
    """Is offset ``at`` inside quote marks opened after ``a`` ("“I think John Kasich ...,” Graham said")?"""
    before = text[a:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


HYPHENED_BEFORE = re.compile(r"[^\W\d_]-")  # "anti-Trump delegates", "pro-Clinton groups": a name as a modifier (11ag)


# ", but South Korea's police ... identified him only as “Mr. A”": a coordinated clause with its own
# subject, whose quoted words are that subject's (issue 11ag, blind-test-9)
BUT_CLAUSE = re.compile(r"(?:,\s*but|;)\s+(?=[A-Z])")


# An expletive "it" opening a sentence before a form of "be" or "seem" ("It was a potent punch",
# "It's become such a presence", "It seems"): it stands for no one, so it is no speaker (issue 11aj)
EXPLETIVE_IT = re.compile(r"\s*[Ii]t(?:['’]s\b|\s+(?:is|was|seems|seemed|appears|appeared|remains|remained|"
                          r"(?:has|had|will|would|may|might|could)\s+be(?:en)?)\b)")


def clause_subject(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The subject of the last clause of ``text[a:b]`` opened by ", but" or ";" when it opens with a
    name ("X was arrested, but the agency identified him as “...”": the agency), else the sentence's."""
    clauses = list(BUT_CLAUSE.finditer(text, a, b))
    if clauses:
        subject = sentence_subject(text, clauses[-1].end(), b, resolver)
        if subject is not None:
            return subject
    return sentence_subject(text, a, b, resolver)


# "And although he thanked X for Y, he sounded a rare note, saying “...”": an opening subordinate clause
# of any length, then a pronoun opening the main clause, which is the sentence's subject (issue 11ao)
CLAUSE_THEN_PRONOUN = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\s+)?(?:[Tt]hough|[Aa]lthough|[Ee]ven\s+though|"
                                 r"[Bb]ecause|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Ss]ince|[Oo]nce)\b"
                                 r"[^,;:\x00“”\"]{0,200},\s*(he|she)\b")


def sentence_subject(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The sentence's subject when it opens with a name: "Brett McGurk, who was ..., also ..."."""
    intro = INTRO.match(text, a, b) or SUBORDINATE_OPENER.match(text, a, b)
    as_named = _as_named(text, a, b) if intro else None
    if as_named is not None:  # "As X, a professor, put it, “...”": X, not a name in the apposition (11ao)
        a = as_named
    elif intro:  # "Following the announcement, Trump issued ...": the subject comes after the comma
        a = intro.end()
    a = _after_participle_intro(text, a, b)  # "In a long, in-prison interview with X last year, Lazar"
    first = FIRST_CHUNKS.match(text[a:b])  # the first three chunks
    if not first:
        return None
    pronoun = PRONOUN_FIRST.match(text[a:b])
    opened = None if pronoun else PRONOUN_OPENS.match(text, a, b) or CLAUSE_THEN_PRONOUN.match(text, a, b)
    if opened:  # "Hours later, she issued a statement calling for ...": she, after a short adverbial
        p_a, p_b = opened.span(1)
        name, kind, role, conf = head_of(text, p_a, p_b, resolver)
        return Speaker(text[p_a:p_b], p_a, p_b, "subject", name, kind, role, min(conf, INHERITED)) if name else None
    if pronoun and EXPLETIVE_IT.match(text, a, b):
        return None  # "It was a potent punch ...", "It's “a new kind of journalism”": no one (issue 11aj)
    if pronoun:
        p_a, p_b = a + pronoun.start(1), a + pronoun.end(1)
        name, kind, role, conf = head_of(text, p_a, p_b, resolver)
        return Speaker(text[p_a:p_b], p_a, p_b, "subject", name, kind, role, min(conf, INHERITED)) if name else None
    described = _described_subject(text, a, b)
    if described:
        # "The Florida senator is telling ...", "The billionaire businessman began ...": the person
        # described (resolved as "the senator" is), else the description as written
        d_a, d_b = described
        name, kind, role, conf = head_of(text, d_a, d_b, resolver)
        if name:
            return Speaker(text[d_a:d_b], d_a, d_b, "subject", name, kind, role, min(conf, INHERITED))
    noun = _org_subject(text, a, b)
    if noun:  # "The company's upcoming helmet is ..., their “...”"
        n_a, n_b = noun.start(1), noun.end(1)
        name, kind, role, conf = head_of(text, n_a, n_b, resolver)
        if name and kind == "organisation":
            return Speaker(text[n_a:n_b], n_a, n_b, "subject", name, kind, role, min(conf, INHERITED))
    account = ACCOUNT.match(text, a, b)
    holder = account_holder(text, account, resolver) if account else None
    if holder:  # "an official government Twitter account made ...": the account's holder speaks
        o_a, o_b, name, kind, role, conf = holder
        return Speaker(text[o_a:o_b], o_a, o_b, "subject", name, kind, role, min(conf, INHERITED))
    names = [resolver.canonical(n) for n in find_names(text, a, a + first.end()) if not _quoted_at(text, a, n.start)
             and not HYPHENED_BEFORE.match(text, max(a, n.start - 2), n.start)]
    opens = a + len(text[a:b]) - len(text[a:b].lstrip())
    names = [n for n in names if n.type in ("person", "organisation") or resolver.named_opener(n)
             or _body_after_the(text, n) and not GOVERNED.search(text, max(a, n.start - 60), n.start)
             or n.type == "unknown" and intro and n.start == opens and " " not in n.text
             and n.text not in not_names() and OPENER_VERB.match(text, n.end, b)]
    # (the last: "At Sunday's debate, Sanders compared himself to Clinton, saying": a lone untyped word
    # opening the main clause after an opening adverbial, before a verb, is its subject; issue 11ao)
    if not names:
        return None
    if len(names) > 1 and (names[0].type == "organisation" and names[1].type == "person"
                           and _titles_between(text, names[0].end, names[1].start)
                           or modifies_next(text, names[0], names[1])):
        names = names[1:]  # "African Export–Import Bank president Okey Oramah": the person heads the subject
    name, kind, role, conf = head_of(text, names[0].start, names[0].end, resolver)
    if names[0].type == "unknown" and resolver.named_opener(names[0]) and kind == "person" \
            and first_name_gender(name) is None:
        kind = "organisation"  # "Boeing did not release ...": a lone word no full name shortens, opening with a verb
    return Speaker(text[names[0].start : names[0].end], names[0].start, names[0].end, "subject",
                    name, kind, role, min(conf, INHERITED))




@cache
def platforms() -> frozenset[str]:
    """Social media names and aliases (``sources`` of ``data/sources.yml`` typed social_media)."""
    out = set()
    for name, entry in rules("sources")["sources"].items():
        if (entry or {}).get("type") == "social_media":
            out.update([name, *entry.get("aliases", [])])
    return frozenset(out)


# A platform account opening a sentence: "an official government Twitter account", "the
# minister's Facebook page" (group 1 the holder, less its determiner and "official"; group 2 the platform).
ACCOUNT = re.compile(r"\s*(?:(?:an?|the|its|(their|his|her))\s+)?(?:official\s+)?((?:[\w’'.-]+\s+){0,3}?)"
                     r"(?:official\s+)?([A-Z][\w]*)\s+(?:account|page|feed|handle|channel|profile)\b")
def account_holder(text: str, account: re.Match[str], resolver: Resolver) -> tuple | None:
    """(start, end, name, type, role, confidence) of who holds a platform account (an ``ACCOUNT``
    match): a platform is a channel, never the speaker. "Her Instagram account": she; "the
    ministry's Twitter account": the ministry; "an official government Twitter account": the
    government the article named ("the government of Samoa"). None when no holder is found."""
    if account.group(3) not in platforms():
        return None
    if account.group(1):  # "Her", "His", "Their"
        need = _pronouns()[POSSESSIVE_PRONOUNS[account.group(1).casefold()]]
        found = resolver.antecedent(account.start(1), need["type"], need.get("gender"))
        return (account.start(1), account.end(1), found.text, found.type, found.role or None, PRONOUN) \
            if found else None
    words = POSSESSIVE_END.sub("", account.group(2).rstrip())
    o_a, o_b = account.start(2), account.start(2) + len(words)
    if o_b <= o_a:
        return None
    name, kind, role, conf = head_of(text, o_a, o_b, resolver)
    if name and text[o_a:o_b].casefold() in _government_words():
        name = _government_named(text, o_a) or name  # "government": the one the article named
    return (o_a, o_b, name, kind, role, conf) if name and kind in ("person", "organisation") else None


POSSESSIVE_END = re.compile(r"['’]s?$")
GOVERNMENT_OF = re.compile(r"\b[Gg]overnment\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
GOVERNMENT_LOOKBACK = 5000  # characters searched back for the government an article is about (a long article's lead)


def _government_named(text: str, before: int) -> str | None:
    """The last "government of X" written before ``before`` ("the government of Samoa" ->
    "Government of Samoa"), or None."""
    found = list(GOVERNMENT_OF.finditer(text, max(0, before - GOVERNMENT_LOOKBACK), before))
    if not found:
        return None
    name = found[-1].group()
    return name[:1].upper() + name[1:]  # a name: "Government of Samoa", as sources and actors write it


# A relative clause whose subject is a name ("the award, with which Time credits ...", "a plan that
# Reuters describes as"): a relative word, a capitalised run, a verb in the present or past tense.
RELATIVE_SUBJECT = re.compile(r"\b(?:which|whom|that)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]+(?:s|ed)\b")


def relative_subject(text: str, a: int, b: int, resolver: Resolver) -> Speaker | None:
    """The named subject of the last relative clause in ``text[a:b]`` (the words before a partial
    quote with no cue), whose words the quote is: "with which Time credits an individual as “...”"."""
    clauses = list(RELATIVE_SUBJECT.finditer(text, a, b))
    found = clauses[-1] if clauses else None
    if found is None or "," in text[found.end() : b] or any(n.start == found.start(1) and n.type == "place"
                                                             for n in find_names(text, found.start(1), found.end(1))):
        return None
    n_a, n_b = found.span(1)
    name, kind, role, conf = head_of(text, n_a, n_b, resolver)
    return Speaker(text[n_a:n_b], n_a, n_b, "subject", name, kind, role, min(conf, INHERITED)) if name else None


# Words after a quote that make it a caption ("with “goodbye” written as the caption"), and the
# possessor opening the sentence who wrote it ("Her final post", "Anna Berg's last tweet").
CAPTION_AFTER = re.compile(r"[\s,]*(?:(?:written|posted|typed|added|used)\s+)?as\s+(?:the|a|an|its|her|his|their)\s+"
                           r"(?:\w+\s+)?caption\b")
POSSESSIVE_PRONOUNS = {"her": "she", "his": "he", "their": "they"}
SUBJECT_OWNER = re.compile(r"\s*(?:(Her|His|Their)\b|([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})['’]s\b)")


def caption_writer(text: str, s_start: int, q_b: int, resolver: Resolver) -> Speaker | None:
    """Who wrote a quoted caption: the possessor opening its sentence ("Her final Instagram post was
    a photograph with “goodbye” written as the caption": she), or None when the quote is no caption."""
    if not CAPTION_AFTER.match(text, q_b + 1, q_b + 60):
        return None
    owner = SUBJECT_OWNER.match(text, s_start, q_b)
    if not owner:
        return None
    o_a, o_b = owner.span(owner.lastindex)
    if owner.group(1):  # "Her", "His", "Their": the person the subject pronoun would be
        need = _pronouns()[POSSESSIVE_PRONOUNS[owner.group(1).casefold()]]
        found = resolver.antecedent(o_a, need["type"], need.get("gender"))
        name, kind, role, conf = (found.text, found.type, found.role or None, PRONOUN) if found \
            else (None, None, None, 0.0)
    else:
        name, kind, role, conf = head_of(text, o_a, o_b, resolver)
    return Speaker(text[o_a:o_b], o_a, o_b, "caption", name, kind, role, min(conf, INHERITED)) if name else None


def _body_after_the(text: str, name: Name) -> bool:
    """An untyped run of words after "the" ("the Illinois Board of Elections was ..."): a body."""
    return name.type == "unknown" and " " in name.text \
        and text[max(0, name.start - 4) : name.start].casefold() == "the "


ORG_SUBJECT = re.compile(r"\s*(?:the|its|their)\s+", re.IGNORECASE)
ORG_SUBJECT_WORDS = 3  # "The three-judge court found ...": the noun after at most two modifiers
LOWER_WORD = re.compile(r"[a-z][\w-]*")
ANY_WORD = re.compile(r"[a-z][\w-]*", re.IGNORECASE)
PHRASE = re.compile(r"\s*(.+)")
# A sentence opened by a description of a person: "The (Florida) (GOP presidential) candidate"
# (up to three modifiers, the head in lower case, then a verb or a comma, not a possessive).
DESCRIBED_SUBJECT = re.compile(r"\s*(?:the|The)\s+((?:[\w.-]+\s+){0,3})([a-z][\w-]*)(?=\s+[a-z]|\s*,)")
DESCRIPTION_WORDS = 4  # a modifier run of up to three words and the head noun
APPOSED_AFTER = re.compile(r"[^,.;:“”\"\x00]{0,60},\s*")  # the rest of a description, then its comma
COORDINATED_ROLES = re.compile(r"(\s*(?:the|The)\s+[^,]*?)\s+and\s+(?!(?:the|a|an|his|her|its|their)\b)"
                               r"((?:[\w’'.-]+\s+){0,3}[a-z][\w.-]*)\s*")


def _role_noun(words: str) -> bool:
    """Does ``words`` end with a person's title or a campaign noun ("senator", "candidate")?"""
    last = words.split()[-1] if words.split() else ""
    return last.casefold() in _person_titles() or last in PERSON_HEAD_NOUNS


PERSON_HEAD_NOUNS = frozenset({"candidate", "nominee", "hopeful", "frontrunner", "front-runner", "billionaire",
                               "businessman", "businesswoman", "mogul", "tycoon", "hacker", "challenger",
                               "incumbent", "rival", "congressman", "congresswoman", "lawmaker"})


@cache
def person_nouns() -> frozenset[str]:
    """Nouns heading a description of one person ("the senator", "the businessman"): the person
    titles and name labels of ``data/quotes.yml`` and a few campaign nouns."""
    return frozenset({*_person_titles(), *(w.casefold() for w in quote_words("name_labels")), *PERSON_HEAD_NOUNS})


def _org_subject(text: str, a: int, b: int) -> re.Match[str] | None:
    """"The company's ...", "The three-judge court found ...": a sentence opened by "the" and an
    organisation noun after at most two modifiers (the shortest such phrase), or None."""
    head = ORG_SUBJECT.match(text, a, b)
    if not head:
        return None
    at = head.end()
    for k in range(ORG_SUBJECT_WORDS):
        word = (ANY_WORD if k == 0 else LOWER_WORD).match(text, at, b)  # "The Company's": as before
        if not word:
            return None
        if is_organisation_noun("the " + word.group()):
            return PHRASE.match(text, a, word.end())
        at = word.end() + 1
        if text[word.end() : at] != " ":
            return None
    return None


def _described_subject(text: str, a: int, b: int) -> tuple[int, int] | None:
    """(start, end) of a description of a person opening ``text[a:b]`` ("The Florida senator is
    ...", "The former secretary of state said"): the first word of up to four, after "the", that is a
    person noun followed by a lower-case word or a comma; None otherwise."""
    m = DESCRIBED_SUBJECT.match(text, a, b)
    if not m:
        return None
    start = m.start() + len(m.group()) - len(m.group().lstrip())
    words = list(islice(re.finditer(r"[\w.-]+", text[start:b]), DESCRIPTION_WORDS + 1))[1:]
    found = None
    for w in words:
        if w.group()[:1].islower() and w.group().casefold() in person_nouns():
            after = text[start + w.end() : start + w.end() + 3]
            if after[:1] == "," or (after[:1] == " " and after[1:2].islower()):
                found = start, start + w.end()  # "The billionaire businessman": the last noun heads
                continue
        if found:
            break
    if found:
        comma = APPOSED_AFTER.match(text, found[1], b)
        named = find_names(text, comma.end(), min(b, comma.end() + ROLE_WINDOW)) if comma else []
        if named and named[0].start == comma.end() and named[0].type == "person":
            return None  # "The mayor of London, Sadiq Khan, thanked ...": the name in apposition speaks
    return found


@cache
def role_words() -> frozenset[str]:
    """Nouns of a role held by a person: ``person_nouns`` and ``role_nouns`` of ``data/quotes.yml``."""
    return frozenset({*person_nouns(), *(w.casefold() for w in quote_words("role_nouns"))})


@cache
def role_gap_words() -> frozenset[str]:
    """Words that may stand beside role nouns between two names (``role_gap_words`` in data)."""
    return frozenset(w.casefold() for w in quote_words("role_gap_words"))


ROLE_GAP = re.compile(r"(?:['’]s)?((?:\s+[a-z][\w-]*){1,6})\s+")
ROLE_GAP_CHARACTERS = 80  # six words of a role ("adviser and retired general") with room to spare


def modifies_next(text: str, name: Name, following: Name) -> bool:
    """Is ``name`` a modifier of the role of the person named next ("Former Trump adviser and retired
    general Michael Flynn", "McConnell's spokesman Don Stewart"), so that it is not the sentence's
    subject? Only lower-case role words (and their modifiers) may stand between the two, the last
    one a role noun: "Trump attacked Clinton" has a verb between and is no such pair."""
    if following.type != "person" or not 0 < following.start - name.end <= ROLE_GAP_CHARACTERS:
        return False
    gap = ROLE_GAP.fullmatch(text, name.end, following.start)
    if not gap:
        return False
    words = gap.group(1).split()
    return words[-1] in role_words() and all(w in role_words() or w in role_gap_words() for w in words)


def _titles_between(text: str, a: int, b: int) -> bool:
    """Are the words of ``text[a:b]`` one to three person titles ("'s president", "spokesman")?"""
    words = POSSESSOR_AFTER.sub("", text[a:b], count=1).split()
    return 1 <= len(words) <= 3 and all(w.casefold() in _person_titles() for w in words)


# After a body on the right of a cue, the rest of "X's role, Person" ("said University of California,
# San Diego's chancellor, Pradeep Khosla"): a possessive, one to four lower-case words, a comma.
OWNER_ROLE_AFTER = re.compile(r"[^.;:\x00“”\"]{0,60}?['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")


def _named_after_owner(text: str, a: int, b: int, limit: int) -> tuple[int, int] | None:
    """The person apposed to a role owned by the body right of a cue ("said University of
    California, San Diego's chancellor, Pradeep Khosla": Pradeep Khosla), as (start, end); None
    when the phrase names a person already or no role and person follow."""
    if a >= b or any(n.type == "person" for n in find_names(text, a, b)):
        return None
    role = OWNER_ROLE_AFTER.match(text, b, limit)
    if not role:
        return None
    names = find_names(text, role.end(), min(limit, role.end() + SPEAKER_WINDOW // 3))
    if names and names[0].start == role.end() and names[0].type == "person":
        return names[0].start, names[0].end
    return None


DESCRIPTION_RIGHT = re.compile(r"(?:the|his|her|their|its|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}$")
COMMA = re.compile(r"\s*,\s*")


def _named_after_description(text: str, a: int, b: int, limit: int) -> tuple[int, int] | None:
    """The person's name apposed right after a description on the right of a cue ("said his
    father, Abdullah Kurdi"), as (start, end); None when the description names nobody there."""
    if not DESCRIPTION_RIGHT.fullmatch(text, a, b) or find_names(text, a, b):
        return None
    comma = COMMA.match(text, b, limit)
    if not comma:
        return None
    names = find_names(text, comma.end(), min(limit, comma.end() + SPEAKER_WINDOW // 3))
    if names and names[0].start == comma.end() and names[0].type == "person":
        return names[0].start, names[0].end
    return None
