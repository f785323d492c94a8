"""Sources: whom the article names as the origin of its information, counted and typed.

A source is cited, not merely mentioned: an outlet or platform next to a cue ("the Russian
state agency Tass reported", "told Interfax", "said on Facebook", "according to Tass"), an
authority after "according to", every named speaker of a quote (taken from
``analysis.quotes``, not detected twice), and unnamed sourcing ("officials said"). Photo and
image credits are source mentions too, flagged ``is_credit`` and counted apart (a caption that
ends with "Credit ..." holds one). A source counts once per body sentence that relies on it:
every sentence of a multi-sentence quote counts for its speaker. Outlets, platforms and the rule
words are listed in ``data/sources.yml``.

Unnamed groups keep their quantifier, sector and place ("A number of experts", "Law enforcement
sources", "prosecutors in San Francisco say"); a document stands for whoever the text says is
behind it ("a report released by X", "a statement posted to Twitter"), and a study's journal is
a source ("published in The Lancet"); whoever issues a statement is one; a platform after "took
to"/"used" is the channel of a message; "the company" is the article's main named organisation.
Beyond the quote pass's speech verbs, the subject of a verb of ``subject_cues`` is a source (courts
that "ruled that"/"held that", "has pointed out", "defending", "disagree", "informed the press"),
as is whoever stands behind a document ("a statement from King X", "the family's statement said",
"Estimates by the government state"), a paper's authors ("X et al."), the owner of a claim or of
wording ("X's notion that", "in X's phrase"), a team's lead ("researchers, led by X, found"), a
subject that did something "by announcing" it, and an interviewee on every answer of a transcript
("Name: ..." used twice or more). "The party" stands for the name it ends, "the king" for the
person introduced with that title; "the company" for the article's main organisation.
Also: the person a role names ("the El Paso mayor, Dee Margo", "X of the army's Y Command"), the
author of "a tweet by X" (and the platform of any tweet), senders listed after "statements have come
from", a publication "told" by its title ("told The Atlantic"), unnamed sources with a nationality or a
"whom ..." aside ("a German government source, whom they did not name, said"); in an article citing a
study, its unnamed team ("researchers from X reported") counts for the study. Names lose a time phrase
or a tail ending on a preposition, a title stands for the article's full name of that surname.
Round 5 (blind-test-4's classes): "according to"/"Per" phrases and "estimates by" split at "and" between two
sources ("witness accounts and authorities"; not inside a name); a document stands for its issuer ("a fire
service statement" is the "... Fire and Rescue Service" named before, "her memoirs" the woman, "a report by
The Atlantic" the outlet, "the decree signed by the Pope" the Pope, also where "the decree" is a verb's
subject); subjects joined by "and", "the X ... by saying", "citing X", "in an interview with X, she said"
(X interviewed), a passive court ruling, a group before a place ("foreign ministers in Cairo denounced") and
"They" opening a later sentence for it; no speech in "a colony called X", "numbers reported by X",
"reported incidents of", "dubbed the series", a confession "to killing"; a publisher naming itself
("Wikinews attended") is the reporter; a middle name joins its person.
Round 5 (blind-test-5's classes): a platform account speaks for its owner ("an official government Twitter
account": the government; the platform once), a phrase naming a body ("the government") is not the platform
a speaker pass resolved it to; "according to the WHO's situation report"/"government reports" is the issuer;
"the journal Science published"; a quoted part of a document ("Part of the judge's statement reads") is its
owner's; a speaker cut at a colon inside an organisation's name is the person before it; forms of one
source join ("X (ABC)" and "ABC", "Name of Employer" and the surname alone, "Time magazine" and "Time").
Issue 11o (PolNeAR's outlets): a cue counts only as a verb of speech right after its subject (``_cue_not_speech``):
not a noun or adjective ("Vermont, states that vote", "speeches and promises to", "pledged delegates"), a deed
("continues to lead", "spoke for 77 minutes", "read from the bench", "charged more", "responded by easing"), a
passive ("was not asked to speak"), "so-called", a byline ("X reported from Washington."), a syndication line, a
re-tweet or an event's host ("a debate hosted by CNN"); "X's term" is no claim, a heading in capitals no speaker.
Issue 11s (mechanisms checked on PolNeAR train and the Wikinews sets together): a source is the subject phrase
of a verb of speech (``speech_verbs``), read by one function, ``described_source``: a determiner or owner,
modifiers, a head noun that names a speaker (``speaker_nouns``, the unnamed-source nouns, a document, an outlet
noun) and its complements ("The head of the city's internal inspectors told", "Staff for the committee said",
"Some scholars have suggested", "Legal and religious groups have called for"; a bare plural agent noun only
opening its sentence); a word of the complement ("inspectors") gives way to the whole phrase. Also a subject
written after its verb ("..., said Senator X of Y", "says a source involved in ..."), the sentence's subject of a
participle of speech ("declined to comment, saying"), "the newspaper"/"the agency" as the outlet named before,
a name with a description after it ("X, a database of ..., states"), a body named in full after "the"
("the Combined Joint Task Force Operation| Inherent Resolve"), a quote that "read the statement" as the words of
whoever released it; not a headline's unnamed group, a passive participle ("cited for"), a verb inside partial
quote marks, nor "according to Name| archaeologists have" past the name.
Issue 11w (blind-test-7's mechanisms, checked on PolNeAR train): a source's name phrase read whole (``_whole_name``:
"X of the University of Y" is X, "a statement by the Presidential Spokesperson X" is X, "ABS-CBN CEO X" is X), a name
inside an owner's complement ("of Maryland's seventh| Congressional District") no subject, family members sharing a
surname (``_family_names``), "his office" as its owner's (``_pronoun_owner``), a share of people ("21 percent said")
and a clause's subject after a comma or "though"/"after", an unnamed group with its modifiers ("event organizers"), a
broadcaster's letters after "told", "videos posted on social media", "X's arXiv", "Police said" as the police, credit
labels as one list (``credit_labels``).
Never sources: the reporter's first person, contracted too ("We're told", "I'd say"); a scare
quote whose speaker was found in another paragraph; an "according to" inside a direct quote;
names read over a credit line inside a paragraph ("© Provided by X Inc A/B", itself a credit);
works or members listed in brackets after a speaker ("(Nancy Drew, Jem and the Misfits)"); a
possessor ("Luke Skywalker's helmet"); a name inside a prepositional phrase before the verb
("researchers from the College of Wooster in Ohio reported": not Ohio).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd

from ..errors import DataFileError
from ..lexicon.canonical import canonical_names
from ..lexicon.memory import collector_paused
from ..lexicon.names import (
    Name,
    date_words,
    find_names,
    first_name_gender,
    is_regnal,
    is_thing_name,
    keep_names,
    names_before,
    not_names,
)
from ..lexicon.patterns import word_matches, word_runs
from ..lexicon.places import canonical_place, is_country
from ..lexicon.resources import data_path, read_yaml, rules
from ..quotes.extraction import analyse_quotes, interview_answers, quote_table
from ..quotes.speakers import SpeechAct, act_re, most_named_body, role_words
from ..reading.article import Article

COLUMNS = ["source", "type", "as_written", "cue", "segment", "sentence", "start", "end", "is_credit"]
DTYPES = {"source": object, "type": object, "as_written": object, "cue": object, "segment": int, "sentence": int,
          "start": int, "end": int, "is_credit": bool}
CREDIT_INSIDE = re.compile(r"(?:(?<=[.!?”\"’)])|\s)(?:Credit){1,2}\s*:?\s*(?=[A-Z])")  # "...2023.CreditJeon Heon-Kyun"
GROUP_SUFFIXES = ("ers", "ists", "ants", "ents", "ians", "ors", "ics")  # plural agent nouns: "economists"
# where an unnamed group is: "prosecutors in San Francisco and Los Angeles", "researchers in the United Kingdom",
# "A source within the central Interior Ministry" (one lower-case modifier before the place; issue 11at)
PLACE_AFTER = (r"(?-i:\s+(?:in|from|at|within|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w.’'-]*"
               r"(?:\s+(?:(?:and|of|in|at)\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,6})?")
# whose group it is and a group joined to it: "A number of| Uber's fans and |supporters defended"
OWNER_AND = r"(?-i:(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+\s+and\s+)?)"
# a nationality before an unnamed source ("a German| government source", "U.S.| officials")
NATIONAL = r"(?-i:(?:(?:an?|A|An)\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][a-z]+(?:an|ese|ish|ch|i))\s+)?"
# between "on" and a platform's name (issue 11at): an owner ("on the chains'| Facebook pages") and the
# platform's kind ("on social media site| Facebook", "via the video-sharing platform| YouTube")
PLATFORM_OWNER_KIND = (r"(?:[a-z]+s['’]\s+|[A-Za-z]+['’]s\s+)?(?:(?:social\s+media|social\s+networking|"
                       r"social|video-sharing|photo-sharing|messaging)\s+(?:site|platform|network|service|app)\s+)?")
RELATIVE_ASIDE = r",\s+(?:who|whom)\s[^,;.]{1,60},"  # "a source|, whom they did not name,| said"
UNNAMED_CLAUSE = rf"(?:{RELATIVE_ASIDE})?"
# words before a share of people: "A mere 9 percent", "About one in five", "nearly half"
SHARE_PREFIX = (r"(?:(?:a\s+(?:mere|full|further)|about|around|nearly|almost|roughly|only|just|more\s+than|"
                r"fewer\s+than|less\s+than|over|under|another|some)\s+)?")
NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
IN_EVERY = rf"{NUMBER_WORD}(?:\s+|-)in(?:\s+|-){NUMBER_WORD}"  # "two in three", "three-in-five", "3 in 10"
PERCENT = r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)"  # a share of people: "21 percent said" (issue 11w)
CREDIT_NOISE = {"uncredited", "handout", "file", "archive", "stock", "private", "screenshot", "screengrab"}


Row = namedtuple("Row", "speaker kind speaker_type speaker_as_written start end speaker_start speaker_end cue")


@dataclass(frozen=True)
class SourceList:
    """The known sources: alias -> (canonical name, type), plus the rule words."""

    aliases: dict[str, tuple[str, str]]
    state: frozenset[str]  # canonical names of state-owned or state-controlled outlets
    pattern: re.Pattern[str]
    government: frozenset[str]
    anonymous: re.Pattern[str]
    anonymous_noun: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    outlet_nouns: re.Pattern[str]
    group_plural: re.Pattern[str]
    anonymous_cue: re.Pattern[str]  # the cue words alone, to find where an unnamed source may be
    anonymous_last: frozenset[str]  # last words of the unnamed-source phrases ("officials", "matter")
    outlet_words: frozenset[str]  # the outlet nouns, case-folded
    outlet_after: re.Pattern[str]  # a lowercase outlet noun right after a name ("Vulture magazine")
    document: re.Pattern[str]  # a document noun in a phrase ("the explanatory notes of the bill")
    clause: re.Pattern[str]  # where an "according to" phrase ends: a verb-like word or a relative pronoun
    platform_on: re.Pattern[str]  # "on"/"via" (and a determiner) just before a platform
    platform_use: re.Pattern[str]  # "took to"/"used" (and a determiner) just before a platform
    adverbs: frozenset[str]  # adverbs after a speaker's noun ("company now")
    relative: re.Pattern[str]  # a relative pronoun
    roles: re.Pattern[str]  # roles of a person named by their employer ("fact checker")
    document_cue: re.Pattern[str]  # a document that speaks: "a UN report eventually concluded"
    subject_cue: re.Pattern[str]  # a verb that makes its subject a source ("the court ruled")
    document_by: re.Pattern[str]  # a document's author before its cue: "Estimates by the government state"
    organisation_nouns: frozenset[str]  # nouns "the" + noun may name an organisation by ("the party")
    body_nouns: frozenset[str]  # heads of an unnamed body after "the" ("the media union")
    claim: re.Pattern[str]  # an owner's claim: "de Miranda's notion that", "Smith's recounting of"
    publishers: frozenset[str] = frozenset()  # publishers that name themselves: the reporter
    unnamed_authorities: frozenset[str] = frozenset()  # "the government announced": a source with no name
    term_verbs: frozenset[str] = frozenset()  # verbs that cite only with a term after them ("dubbed it 'X'")
    not_groups: frozenset[str] = frozenset()  # plurals of things, not people ("numbers reported")
    heads: frozenset[str] = frozenset()  # last words of bodies whose name goes on ("Committee| on Taxonomy ...")
    speech_verb: re.Pattern[str] | None = None  # a verb of speech whose subject phrase is a source (issue 11s)
    speaker_nouns: frozenset[str] = frozenset()  # heads of a described speaker ("The head of ...", "Some scholars")
    speaker_determiners: frozenset[str] = frozenset()  # words before such a head ("the", "some", "his")
    document_words: frozenset[str] = frozenset()  # the document nouns, case-folded ("the study found")
    share_group: re.Pattern[str] | None = None  # a share of people as a subject: "most of them", "21 percent"
    credit_label: re.Pattern[str] | None = None  # the label that opens a credit: "Photo:", "Image", "Credit"
    credit_words: frozenset[str] = frozenset()  # those labels, case-folded: a part that is only a label names nobody
    told_publication: re.Pattern[str] | None = None  # "told the Military Times": an interview outlet (issue 11aa)
    study_they: re.Pattern[str] | None = None  # "They found": a study's team (issue 11aa)
    court_ruling: re.Pattern[str] | None = None  # a ruling verb after a court: "ruled", "issued a ruling", "convicted"
    court_ruling_words: tuple[str, ...] = ()  # those verbs (speed: where the pattern is tried)
    court_words: frozenset[str] = frozenset()  # heads of the bodies that rule: "court", "judge", "jury", "tribunal"
    question_askers: frozenset[str] = frozenset()  # "The press asked": a question, no citation (issue 11ad)
    not_source_words: frozenset[str] = frozenset()  # "Per", "You've": never a source's name (issue 11ad)
    fragment_end_words: frozenset[str] = frozenset()  # a name ending so is cut: "authors of the" (issue 11af)
    naming_verbs: frozenset[str] = frozenset()  # "a phenomenon called coral bleaching": naming (issue 11af)
    not_speech_particles: frozenset[str] = frozenset()  # "called off its search": no speech (issue 11af)
    organisation_of: re.Pattern[str] = re.compile(r"(?!)")  # "University of ...": a person's name inside it
    document_plural: re.Pattern[str] | None = None  # "Previous studies have shown": plural documents (issue 11ak)
    document_plural_words: tuple[str, ...] = ()  # those nouns (speed: where the pattern is tried)
    # speed: the words of ``pattern``, ``anonymous_cue`` and ``subject_cue``, so that they are tried only
    # where one of them starts (``analysis.lexicon.patterns.word_matches``); empty: tried everywhere
    pattern_words: tuple[str, ...] = ()
    anonymous_cue_words: tuple[str, ...] = ()
    subject_cue_words: tuple[str, ...] = ()
    # issue 11ap: head nouns of a body's later description ("the agency") -> the last words of names of that kind
    description_heads: tuple[tuple[str, frozenset[str]], ...] = ()


@cache
def load_sources(path: str | None = None) -> SourceList:
    """Read a source list (default ``data/sources.yml``) and compile its patterns."""
    data = read_yaml(path or data_path("sources.yml"))
    try:
        aliases: dict[str, tuple[str, str]] = {}
        for name, entry in data["sources"].items():
            for alias in [name, *(entry.get("aliases") or [])]:
                aliases[str(alias)] = (name, entry["type"])
        words = lambda key: "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))  # noqa: E731
        cut_words = "|".join(w for w in data["fragment_end_words"] if isinstance(w, str))  # tests: no booleans
        return SourceList(
            aliases=aliases,
            state=frozenset(name for name, entry in data["sources"].items() if entry.get("state")),
            pattern=re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")(?![\w-])"
            ),
            government=frozenset(w.casefold() for w in data["government_words"]),
            anonymous=re.compile(
                rf"\b({NATIONAL}(?:(?:{words('anonymous_modifiers')})\s+){{0,2}}{OWNER_AND}(?:{words('anonymous_sources')})"
                rf"{PLACE_AFTER}){UNNAMED_CLAUSE}\s+"
                rf"(?:(?:also|have|had|has|later|then|now|have\s+also|\w+ly)\s+){{0,2}}({words('anonymous_cues')})\b",
                re.IGNORECASE,
            ),
            anonymous_noun=re.compile(rf"(?:(?:multiple|several|many|some|local|other)\s+)?({words('anonymous_sources')})$",
                                      re.IGNORECASE),
            before=re.compile(rf"\b({words('cues_before')})\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){{0,4}}$",
                              re.IGNORECASE),
            after=re.compile(rf"(?:[’']s)?\s*(?:[\w-]+\s+){{0,2}}?({words('cues_after')})\b"),
            outlet_nouns=re.compile(rf"\b({words('outlet_nouns')})\s+$", re.IGNORECASE),
            # an unlisted group of people named by a plural agent noun, before an anonymous cue
            group_plural=re.compile(rf"(?:\b(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther)\s+|(?<=[.!?]\s)|^)?"
                                    rf"\b((?i:(?:{words('anonymous_modifiers')})\s+)?{OWNER_AND}"
                                    rf"(?:[A-Za-z][a-z]+(?:{'|'.join(GROUP_SUFFIXES)})){PLACE_AFTER})\s+"
                                    rf"(?:(?:also|have|had|have\s+also|\w+ly)\s+)?({words('anonymous_cues')})\b"),
            anonymous_last=frozenset(str(w).split()[-1].casefold() for w in data["anonymous_sources"]),
            outlet_words=frozenset(str(w).casefold() for w in data["outlet_nouns"]),
            anonymous_cue=re.compile(rf"\b({words('anonymous_cues')})\b"),
            outlet_after=re.compile(rf"\s+({words('outlet_nouns')})\b"),
            document=re.compile(rf"\b({words('document_nouns')})\b", re.IGNORECASE),
            clause=re.compile(rf"\s(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|he|she|they|it|we|"
                              rf"{words('relative_words')})\b"),
            roles=re.compile(rf"(?:{words('affiliation_roles')})"),
            relative=re.compile(rf"(?:{words('relative_words')})\b"),
            document_cue=re.compile(rf"\b(?:a|an|the|The|A|this|This)\s+((?:[A-Z][\w-]*\s+){{0,3}}(?:{'|'.join(DOCUMENT_NOUNS)}))"
                                    rf"\s+(?:\w+ly\s+|also\s+)?({words('document_cues')}|{words('document_finding_cues')})\b"),
            adverbs=frozenset(str(w) for w in data["speaker_adverbs"]),
            subject_cue=re.compile(rf"\b({words('subject_cues')})\b"),
            document_by=re.compile(rf"\b(?i:{words('document_nouns')}|data|research|findings|analysis)\s+(?:by|from)\s+"
                                   rf"((?:the\s+)?(?:[\w’'&.-]+\s+){{1,6}}?)(?:\w+ly\s+)?({words('document_cues')})\b"),
            claim=re.compile(rf"['’]s\s+(?:own\s+|latest\s+|earlier\s+)?(?:(?:{words('claim_nouns')})\s+(?:that|of)\b|"
                             rf"(?:{words('wording_nouns')})\b)"),
            body_nouns=frozenset(str(w).casefold() for w in data["body_nouns"]),
            heads=frozenset(str(w) for w in data.get("institution_heads") or ()),
            description_heads=tuple((str(k).casefold(), frozenset(str(w).casefold() for w in [k, *(v or ())]))
                                    for k, v in (data.get("description_heads") or {}).items()),
            speech_verb=re.compile(rf"\b(?:{words('speech_verbs')})\b") if data.get("speech_verbs") else None,
            speaker_nouns=frozenset(str(w).casefold() for w in data.get("speaker_nouns") or ()),
            speaker_determiners=frozenset(str(w).casefold() for w in data.get("speaker_determiners") or ()),
            document_words=frozenset(str(w).casefold() for w in data["document_nouns"]),
            # a sentence opened by a plural document and at most two words before it (a capitalised
            # modifier, not a pronoun; a lowercase one, not a verb of speech nor a function word), then its cue
            document_plural=re.compile(rf"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^)((?:(?!(?:He|She|It|We|They|I|You)\s)[A-Z][a-z-]+\s+"
                                       rf"(?:(?!(?:{words('speech_verbs')}|{cut_words})\s)[a-z-]+\s+)?)?"
                                       rf"(?i:{words('plural_document_nouns')}))\s+(?:\w+ly\s+|also\s+)?"
                                       rf"(?:(?:has|have|had)\s+)?({words('document_cues')})\b")
            if data.get("plural_document_nouns") else None,
            document_plural_words=tuple(str(w) for w in data.get("plural_document_nouns") or ()),
            credit_label=re.compile(rf"^(?i:{words('credit_labels')})(?:\s+|$)") if data.get("credit_labels") else None,
            credit_words=frozenset(str(w).casefold() for w in data.get("credit_labels") or ()),
            share_group=re.compile(rf"(?i:{SHARE_PREFIX}(?:{words('share_words')}|{PERCENT}|{IN_EVERY}))(?:\s+(?:of\s+)?(?:them|those\s+[a-z]+|"
                                   rf"(?:the\s+)?(?:[a-z-]+\s+){{0,2}}(?:{words('speaker_nouns')}|"
                                   rf"{words('anonymous_sources')}|[a-z]+(?:{'|'.join(GROUP_SUFFIXES)})|[A-Z][a-z]+s)))?")
            if data.get("share_words") else None,
            publishers=frozenset(str(w) for w in data.get("self_naming_publishers") or ()),
            unnamed_authorities=frozenset(str(w).casefold() for w in data.get("unnamed_authorities") or ()),
            term_verbs=frozenset(str(w) for w in data.get("term_verbs") or ()),
            not_groups=frozenset(str(w).casefold() for w in data.get("not_groups") or ()),
            organisation_nouns=frozenset(str(w).casefold() for w in data["organisation_nouns"]),
            told_publication=re.compile(
                rf"\b(?:told|spoke\s+to|speaking\s+to|in\s+(?:an?\s+)?interview\s+with|in\s+(?:his\s+|her\s+)?remarks\s+to)"
                rf"\s+((?:the\s+)?(?:(?:[A-Z][\w&-]*\s+){{0,3}}(?:{words('publication_words')})|"
                rf"[A-Za-z][\w-]*(?:\.[a-z]{{2,4}}){{1,2}}))"
                rf"(?=\s*[,.;:—–]|\s+(?:that|on|in|about|last|this|during|earlier|he|she|they|it|the|a|an)\b)")
            if data.get("publication_words") else None,
            study_they=re.compile(rf"\b([Tt]hey)\s+(?:(?:also|then|later|have|had|further|\w+ly)\s+)?"
                                  rf"({words('study_they_cues')})\b") if data.get("study_they_cues") else None,
            court_ruling=re.compile(rf"(?:\s+(?:has|have|had|also|then|later|unanimously|\w+ly))*\s+"
                                    rf"({words('court_cues')})\b") if data.get("court_cues") else None,
            court_ruling_words=tuple(str(w) for w in data.get("court_cues") or ()),
            court_words=frozenset(str(w).casefold() for w in data.get("court_words") or ()),
            question_askers=frozenset(str(w).casefold() for w in data.get("question_askers") or ()),
            not_source_words=frozenset(str(w).casefold() for w in data.get("not_source_words") or ()),
            fragment_end_words=frozenset(str(w).casefold() for w in data.get("fragment_end_words") or ()),
            naming_verbs=frozenset(str(w).casefold() for w in data.get("naming_verbs") or ()),
            not_speech_particles=frozenset(str(w).casefold() for w in data.get("not_speech_particles") or ()),
            organisation_of=re.compile(rf"\b(?:{words('organisation_of_heads')})\s+of\s+(?:the\s+)?[A-Z]")
            if data.get("organisation_of_heads") else re.compile(r"(?!)"),
            pattern_words=tuple(aliases),
            anonymous_cue_words=tuple(str(w) for w in data["anonymous_cues"]),
            subject_cue_words=tuple(str(w) for w in data["subject_cues"]),
            platform_use=re.compile(rf"\b(?:{words('platform_verbs')})\s+(?:(?:{words('platform_determiners')})\s+)?$",
                                    re.IGNORECASE),
            platform_on=re.compile(rf"\b(?:on|via)\s+(?:(?:{words('platform_determiners')})\s+)?{PLATFORM_OWNER_KIND}$"),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(f"{path or 'data/sources.yml'}: malformed source list ({exc})") from None


def source_mentions(article: Article, sources_path: str | Path | None = None) -> pd.DataFrame:
    """One row per citation; columns as in ``COLUMNS`` (see ``cited_sources``)."""
    records, acts = analyse_quotes(article)
    return cited_sources(article, quote_table(records), acts, sources_path)


@collector_paused()  # speed: see analysis.lexicon.memory
def cited_sources(article: Article, quotes: pd.DataFrame, acts: list[SpeechAct],
                  sources_path: str | Path | None = None) -> pd.DataFrame:
    """One row per citation, from the article's quotes and speech acts; columns as in ``COLUMNS``.

    source: canonical name; type: news_agency, media, social_media, photo_agency, government,
    organisation, person, document or anonymous; as_written: the words in the text; cue: the
    word that makes it a source (according to, reported, told, said on, credit, ...);
    segment, sentence: indexes (sentence is -1 for credits); start, end: offsets of
    ``as_written``; is_credit: a photo or image credit.
    """
    known = load_sources(str(sources_path) if sources_path else None)
    keep_names(article.text)  # speed: the names the quote pass read (``names.keep_names``)
    body = _not_first_person(_platform_spoken(article, _body_rows(article, known, quotes, acts)))  # (11aq)
    rows = [*_credit_rows(article, known), *body]
    return _typed_frame(rows)


FIRST_PERSON_PHRASE = re.compile(r"(?:I|[Ww]e)(?:[’'](?:ve|d|ll|m|re))?(?:\s+[a-z]+){0,2}")  # "I've always"


# a speech verb negated ("has not commented on ... on his Twitter account", "never tweeted"): no post to cite
NEGATED_SPEECH = re.compile(r"\b(?:not|never|n[’']t)\s+(?:yet\s+|publicly\s+|also\s+)?(?:comment|commented|"
                            r"say|said|post|posted|tweet|tweeted|write|written|wrote|speak|spoken|respond|responded)\b")

CLAUSE_BREAK = re.compile(r"\b(?:although|though|but|however|while|whereas)\b|;")


def _platform_spoken(article: Article, rows: list[tuple]) -> list[tuple]:
    """``rows`` without a platform whose sentence negates the speech before it (issue 11aq): "X has not
    commented on the death on his Twitter account" cites nothing (gold: silence is no source)."""
    text, sentences = article.text, article.sentences

    def negated(row: tuple) -> bool:  # in the platform's own clause: not "has not responded, although he
        start = sentences[row[5]].start  # kept up his rhetoric on Twitter"
        breaks = list(CLAUSE_BREAK.finditer(text, start, row[6]))
        return NEGATED_SPEECH.search(text, breaks[-1].end() if breaks else start, row[6]) is not None
    return [row for row in rows if row[1] != "social_media" or not 0 <= row[5] < len(sentences) or not negated(row)]


def _not_first_person(rows: list[tuple]) -> list[tuple]:
    """``rows`` without a first person with adverbs as the subject (issue 11aq): in a quotation "I've
    always said" or "we too believe" is the quote's speaker, never a new source; outside one, the
    reporter. (``_merged`` already drops a bare "I", "We’re".)"""
    return [row for row in rows if row[3] == "quoted" or not FIRST_PERSON_PHRASE.fullmatch(row[2].strip())]


def _typed_frame(rows: list[tuple]) -> pd.DataFrame:
    """``rows`` as a table of ``DTYPES`` (typed even when empty), sorted by start then source (stable).

    Speed: with every text cell a string (the usual case) the columns are built with their dtypes
    and the rows sorted in Python; inferring string columns and converting them with ``astype``
    took a third of this function on short articles. Otherwise the pandas path, which gives the same.
    """
    columns = list(zip(*rows)) if rows else [()] * len(COLUMNS)
    texts = [i for i, name in enumerate(COLUMNS) if DTYPES[name] is object]
    if all(isinstance(value, str) for i in texts for value in columns[i]):
        rows = sorted(rows, key=lambda row: (row[6], row[0]))  # COLUMNS: start, source
        columns = list(zip(*rows)) if rows else [()] * len(COLUMNS)
        return pd.DataFrame({name: pd.Series(values, dtype=DTYPES[name]) for name, values in zip(COLUMNS, columns)})
    frame = pd.DataFrame(rows, columns=COLUMNS).astype(DTYPES)
    return frame.sort_values(["start", "source"], kind="stable", ignore_index=True)


def count_sources(article: Article, include_credits: bool = False,
                  sources_path: str | Path | None = None) -> pd.DataFrame:
    """Sources ranked by mentions (see ``tally_sources``)."""
    return tally_sources(source_mentions(article, sources_path), include_credits, sources_path)


def tally_sources(mentions: pd.DataFrame, include_credits: bool = False,
                  sources_path: str | Path | None = None) -> pd.DataFrame:
    """Sources of a ``source_mentions`` table ranked by mentions: source, type, state_media,
    mentions, segments, is_credit.

    ``mentions`` counts sentences (credits: credit lines) naming the source; ``segments`` the
    distinct paragraphs; ``state_media`` marks outlets the source list says are state-owned.
    Credits are left out unless ``include_credits``.
    """
    if not include_credits:
        mentions = mentions[~mentions["is_credit"]]
    if mentions.empty:
        empty = pd.DataFrame(columns=["source", "type", "state_media", "mentions", "segments", "is_credit"])
        return empty.astype({"state_media": bool, "mentions": int, "segments": int, "is_credit": bool})
    main_type = mentions.groupby("source")["type"].agg(lambda t: t.value_counts().index[0])
    mentions = mentions.assign(type=mentions["source"].map(main_type))  # one type per source: its usual one
    table = mentions.groupby(["source", "type", "is_credit"], as_index=False).agg(
        mentions=("start", "size"), segments=("segment", "nunique"))
    table["state_media"] = table["source"].isin(load_sources(str(sources_path) if sources_path else None).state)
    table = table[["source", "type", "state_media", "mentions", "segments", "is_credit"]]
    return table.sort_values(["is_credit", "mentions", "source"], ascending=[True, False, True], ignore_index=True)


# ---------------------------------------------------------------- credits


def _credit_rows(article: Article, known: SourceList) -> list[tuple]:
    rows = []
    starts = [seg.start for seg in article.segments]
    for m in PICTURE_FROM.finditer(article.text):  # "so this photo from Apple will have to do"
        names = find_names(article.text, m.end(), min(len(article.text), m.end() + 60))
        if names and names[0].start == m.end() and names[0].text.split()[0] not in not_names():
            name, kind = known.aliases.get(names[0].text, (names[0].text, "organisation"))
            segment = article.segments[_sentence_at(starts, m.start())]
            if segment.kind == "paragraph":
                n = names[0]
                rows.append((name, kind, n.text, "credit", segment.index, -1, n.start, n.end, True))
    for m in PHOTOGRAPHER.finditer(article.text):  # "Wikinews' Nick Moreau photographed the event" (issue 11aa)
        names = find_names(article.text, m.start(1), m.end(1))
        segment = article.segments[_sentence_at(starts, m.start())]
        if segment.kind == "paragraph" and names and names[0].type == "person" and names[0].start == m.start(1) \
                and names[0].end == m.end(1):
            rows.append((m.group(1), "person", m.group(1), "credit", segment.index, -1, m.start(1), m.end(1), True))
    for name, a, b in _inline_credits(article.text):
        source, kind = known.aliases.get(name, (name, "person"))
        rows.append((source, kind, name, "credit", article.segments[_sentence_at(starts, a)].index, -1, a, b, True))
    for seg in article.segments:
        skip = 0
        if seg.kind == "caption":  # a caption that ends with its credit: "... in 2023.CreditCreditJeon Heon-Kyun/EPA"
            inside = CREDIT_INSIDE.search(seg.text)
            if not inside:
                continue
            skip = inside.end()
        elif seg.kind != "credit":
            continue
        seen = set()
        for m in re.finditer(r"[^/|,;:()©]+", seg.text[skip:]):
            m_start = skip + m.start()
            part = m.group().strip(" .-–—")
            bare = known.credit_label.sub("", part) if known.credit_label else part
            if not bare or bare.casefold() in CREDIT_NOISE or bare.casefold() in known.credit_words \
                    or bare.casefold().startswith("powered by"):
                continue  # ("Powered by SmartAsset.com": a widget's provider line, furniture)
            start = seg.start + m_start + m.group().index(bare[:1])
            hit = known.pattern.search(bare)
            if hit and (hit.group(1) not in seen):
                name, kind = known.aliases[hit.group(1)]
                seen.add(hit.group(1))
                rows.append((name, kind, bare, "credit", seg.index, -1, start, start + len(bare), True))
            elif not hit and re.fullmatch(r"[\w.'’ -]{2,60}", bare) and bare[:1].isupper():
                rows.append((bare, "person", bare, "credit", seg.index, -1, start, start + len(bare), True))
    return rows


# a message on a platform, written as a noun after the platform's name: "Instagram story post", "an official
# government Twitter account made the following announcement" (five blind sets count the platform a message was
# posted on; issue 11aa; not "a Facebook post/video": PolNeAR train's precision estimate went down with them)
PLATFORM_POST = re.compile(r"\s+(story\s+posts?|(?:account|page|channel|feed)\b[^.;:!?“\"]{0,40}?\b(?:announced|"
                           r"announcement|posted|said|says|wrote|stated|shared|published))\b")
# a photographer named in the prose: "Wikinews' Nick Moreau photographed the event", "X attended the event,
# taking photos of the various sights" (three blind sets give the reporter-photographer as a credit, issue 11aa)
PHOTOGRAPHER = re.compile(r"(?<![\w’'-])([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})\s+(?:photographed\b|"
                          r"(?:attended|covered|visited)\s+[^.;!?]{0,60}?,\s+taking\s+(?:photos|photographs|pictures)\b)")
# a picture credited in the prose: "this photo from Apple", "an image courtesy of NASA", "a rendering provided by X"
PICTURE_FROM = re.compile(r"\b(?:[Tt]his|[Tt]he|[Aa]n?|[Tt]hese)\s+(?:[a-z]+\s+)?(?:photos?|photographs?|"
                          r"images?|pictures?|renderings?|screenshots?)\s+"
                          r"(?:from|courtesy\s+of|provided\s+by|supplied\s+by|released\s+by)\s+(?:the\s+)?")
# a credit inside a paragraph: "© Provided by Business Insider Inc Nintendo/Apple Nintendo and Apple shocked ..."
# (the provider ends at its company suffix; the pictures' credits are slash-joined names)
INLINE_CREDIT = re.compile(r"(?:©|\([cC]\))\s*(?:[Pp]rovided\s+by\s+)?"
                           r"((?:[A-Z][\w.&'’-]*\s+){0,4}?(?:Inc|Ltd|LLC|Corp|PLC|plc|AG|GmbH)\b\.?)?\s*"
                           r"((?:[A-Z][\w.&'’-]*)(?:\s*/\s*[A-Z][\w.&'’-]*)+)?")


def _inline_credits(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name of the credits written inside paragraphs (after "©")."""
    found = []
    for m in _near(INLINE_CREDIT, text, ("©", "(c)", "(C)"), (0, 120)):
        for g in (1, 2):
            if m.group(g):
                for part in re.finditer(r"[^/]+", m.group(g)):
                    name = part.group().strip()
                    if name:
                        start = m.start(g) + part.start() + part.group().index(name)
                        found.append((name, start, start + len(name)))
    return found


# ---------------------------------------------------------------- body


def _body_rows(article: Article, known: SourceList, quotes: pd.DataFrame, acts: list[SpeechAct]) -> list[tuple]:
    text = article.text
    if "nested_in" in quotes:  # a quote nested in a quotation is the outer speaker's words: no source (11an)
        quotes = quotes[quotes["nested_in"].isna()].reset_index(drop=True)
    candidates: list[tuple] = []

    def add(sentence, name, kind, a, b, cue):
        if _in_parenthesis(text, sentence.start, a, b) or (kind != "person" and PERSONAL.fullmatch(text[a:b])) \
                or _object_before_verb(text, sentence.start, a, b, cue):
            return  # a work or member listed in brackets ("X (Nancy Drew, Jem) told"); "she" is no organisation
        if is_thing_name(text, a, b):
            return  # "Hurricane Maria ... claimed about 3000 lives": a storm reports nothing (issue 11am)
        if cue == "subject" and text[b:b + 2] in ("'s", "’s"):
            return  # a possessor ("Luke Skywalker's X-wing helmet") is what a quote is about, not its speaker
        if _cue_not_speech(text, sentence.start, sentence.end, a, b, cue, kind):
            return  # "Vermont, states that vote", "Trump continues to lead", "charged with assault"
        name = _trimmed_name(name)
        person = PERSON_OF_BODY.fullmatch(name) if kind == "person" and isinstance(name, str) else None
        if person:
            name = person.group(1)  # "Chip Taylor of the University of Kansas" is Chip Taylor
        name, kind = _whole_name(name, kind, known)
        name = _authority_case(text, name, known)
        if kind == "anonymous" and isinstance(name, str) and name.casefold() == text[a:b].casefold():
            whole = _group_start(text, sentence.start, a, known)
            if whole < a:  # ", event organizers reported": the group's modifiers are its name
                name, a = _group_name(text[whole:b]), whole
        owned = OWNED_BODY.fullmatch(text, a, b)
        owner = _pronoun_owner(text, a, owned.group(1)) if owned else None
        if owner:  # "his office said": that person's office, not the last office named
            noun = owned.group(2).lower()
            name, kind = f"{owner}'s {noun}", "government" if noun in known.government else "organisation"
        run = _name_run_before(text, sentence.start, a, b, name, kind, known)
        if run:  # "the Combined Joint Task Force Operation| Inherent Resolve": the whole name after "the"
            name, a = text[run:b], run
            kind = "government" if {w.casefold() for w in name.split()} & known.government else "organisation"
        if isinstance(name, str) and name.casefold() in known.government and text[a:b].casefold() == name.casefold():
            owner = OWNER_BEFORE.search(text, max(sentence.start, a - 60), a)
            if owner:  # "The United States government claims": the government of that country
                name, a = f"{' '.join(owner.group(1).split())} {name}", owner.start(1)
        candidates.append((name, kind, text[a:b], cue, sentence.segment, sentence.index, a, b, False))

    def span(sentence, name, kind, a, b, cue="quoted"):  # a sentence of a quote: merged only with its own speaker
        name, kind = _whole_name(name, kind, known)
        name = _authority_case(text, name, known)
        row = (name, kind, text[a:b], cue or "quoted", sentence.segment, sentence.index, a, b, False, QUOTED)
        candidates.append(row)

    sentences = article.sentences
    starts = [s.start for s in sentences]
    typed: dict[tuple, tuple[str, str] | None] = {}  # speed: a recurring speaker is typed once

    def speaker_source(speaker: str, speaker_type, as_written, at: int = -1) -> tuple[str, str] | None:
        if isinstance(as_written, str) and DESCRIBED_COURT.fullmatch(as_written):
            court = _main_court(text, at if at >= 0 else len(text))  # "The court's summary concluded"
            return (known.aliases.get(court, (court, "government"))[0], "government") if court else None
        government = _government_of(text, at, as_written)
        if government:  # "The government of American Samoa issued": that government, not an earlier name (11aw)
            return government
        described = DESCRIBED_BODY.fullmatch(as_written) if isinstance(as_written, str) and at >= 0 else None
        body = described and _described_body(text, described.group(1), at, known)
        if body:  # "Asked about it, the agency said": the agency named before (issue 11ap)
            return body
        whole = _name_after_description(speaker, as_written)
        if whole:  # "toilet paper producer Who Gives a Crap said": the whole name, not "Crap" (11aw)
            return whole, "organisation"
        if speaker_type == "person" and isinstance(as_written, str) and is_country(as_written) \
                and as_written.removeprefix("the ") not in speaker:
            return as_written.removeprefix("the "), "government"  # "Nigeria announced": the country speaks,
            # not the one president the article names for it (issue 11ai)
        key = (speaker, speaker_type, as_written)
        if key not in typed and isinstance(as_written, str) and not as_written[:1].isupper() \
                and AUTHORITY_END.search(as_written) \
                and AUTHORITY_END.search(as_written).group(1).casefold() in known.government:
            typed[key] = (AUTHORITY_END.search(as_written).group(1), "government")  # "in what the police"
        if key not in typed and _misread_body(speaker, as_written, known):
            typed[key] = (as_written.split()[-1].casefold(), "government")  # "the government" is no "Twitter"
        if key not in typed:
            named = _apposed_name(speaker, as_written)
            typed[key] = None if named == "" or _affiliation(speaker, speaker_type, as_written, known) \
                or _after_preposition(speaker, as_written) \
                else _speaker_type(named, "person", known, named) if named \
                else _speaker_type(speaker, speaker_type, known, as_written)
        found = typed[key]
        if found and at >= 0 and found[0].islower() and " " not in found[0]:  # "commission" read from "the
            found = _described_body(text, found[0], at, known) or found  # commission said": the one named before
        if found and found[1] == "government" and speaker_type == "place" and _place_as_modifier(speaker, as_written):
            # "The Austrian partner asked", "Critics from across Britain's ...": not the country (11aw); a plural
            # group the demonym only describes is that group ("Chinese military commentators said")
            plural = re.fullmatch(r"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[a-z]s", as_written.strip())
            return (_group_name(as_written), "anonymous") if plural else None
        return found

    # speed: each pattern runs once over the whole text (not once per sentence), and the
    # unnamed-source patterns only just before one of their cue words
    for sentence, m in _matches(word_matches(known.pattern, known.pattern_words, text), text, sentences, starts):
        s_a, s_b = sentence.start, sentence.end
        cue = _cue_near(text, known, s_a, m.start(), m.end(), s_b, short=len(m.group(1)) <= 2)
        name, kind = known.aliases[m.group(1)]
        if not cue and kind == "social_media" and article.segments[sentence.segment].kind == "paragraph":
            post = PLATFORM_POST.match(text, m.end(), s_b)  # "Her final Instagram story post was" (issue 11aa)
            cue = post and post.group(1).split()[0]
        if not cue and kind == "social_media" and article.segments[sentence.segment].kind == "paragraph":
            cue = _platform_quote(text, sentence.start, m.start(), m.end(), s_b)  # "reacted on Twitter, '...'"
        if cue:
            add(sentence, name, kind, m.start(), m.end(), cue)
    for sentence in sentences:
        s_a, s_b = sentence.start, sentence.end
        for name in find_names(text, s_a, s_b):
            if known.pattern.fullmatch(name.text):
                continue
            end = name.end
            if not first_name_gender(name.text) and REPORTED.match(text, name.end, s_b) \
                    and not IN_PHRASE.search(text, max(s_a, name.start - 120), name.start):  # "Yahoo Finance reported"
                # (not "researchers from X and Stanford University reported", "the College of Wooster in Ohio reported")
                add(sentence, name.text, "media", name.start, name.end, "reported")
                continue
            if not _outlet_before(text, max(s_a, name.start - 40), name.start, known.outlet_words):
                after = known.outlet_after.match(text, name.end, s_b)  # "an article by Vulture magazine"
                if not after or re.match(r"\s+[A-Z]", text[after.end():after.end() + 2]):
                    continue  # no outlet noun, or one that describes the next name ("Russian news agency Interfax")
                end = after.end()
            cue = _cue_near(text, known, s_a, name.start, end, s_b)
            if cue:
                add(sentence, text[name.start:end], "media", name.start, end, cue)
    for sentence, m in _matches(_near(TOLD_TITLE, text, (" The ",), (40, 60)), text, sentences, starts):
        title = m.group(1)  # "told The Atlantic": a publication's title (capital "The" mid-sentence) heard it
        if not known.pattern.fullmatch(title) and not canonical_place(title.removeprefix("The ")):
            add(sentence, title, "media", m.start(1), m.end(1), m.group(0).split()[0].lower())
    told = _near(TOLD_LETTERS, text, ("told ", "tells ", " to ", " with ", " on "), (20, 40))
    for sentence, m in _matches(told, text, sentences, starts):
        letters = m.group(1)
        if not known.pattern.fullmatch(letters) and letters.casefold() not in known.government \
                and not re.search(rf"\(\s*{re.escape(letters)}\s*\)", text):  # ("the Federal Bureau (FBI)": a body)
            add(sentence, letters, "media", m.start(1), m.end(1), m.group(0).split()[0].lower())
    for sentence, m in _matches(_near(INTERVIEWER, text, ("nterview with",), (30, 140)), text, sentences, starts):
        name = m.group(1)  # "In an interview with Dawn, she said": whoever else speaks, Dawn interviewed
        if not known.pattern.fullmatch(name) and not canonical_place(name) and name.split()[0] not in not_names() \
                and not any(n.type == "person" and len(n.text.split()) > 1 and name in n.text.split()  # (no person
                            for n in find_names(text, max(0, m.start(1) - ANTECEDENT_REACH), m.start(1))):  # of it)
            add(sentence, name, "media", m.start(1), m.end(1), "interview with")
    platform = next((v for k, v in known.aliases.items() if k == "Twitter"), None)
    for sentence, m in _matches(_near(TWEET, text, ("tweet",), (40, 10)), text, sentences, starts):
        if platform and text[max(0, m.start() - 3):m.start()].casefold() != "re-":  # (not "re-tweeting" others)
            # "a tweet by X", "X tweeted": the platform carried the message
            add(sentence, *platform, m.start(), m.end(), "tweet")
    not_body = {seg.index for seg in article.segments if seg.kind in ("headline", "caption", "credit")}
    direct_starts, direct_ends = _spans_of(quotes, ("direct",))  # speed: looked up by bisection
    marked_starts, marked_ends = _spans_of(quotes, ("direct", "partial"))

    def in_quote(at: int) -> bool:  # inside quote marks (a direct or a partial quote): the speaker's words
        i = bisect_right(marked_starts, at) - 1
        return i >= 0 and at < marked_ends[i]
    def according(sentence, a: int, b: int) -> None:  # one source of an "according to" phrase
        phrase = text[a:b]
        by = BY_AUTHOR.match(text, a, b)
        if by:  # "according to a tweet on Monday by US Secretary of State Mike Pompeo": Pompeo
            author = _titled_after(text, by.end(), sentence.end)
            if author:
                add(sentence, author.text, "person", author.start, author.end, "according to")
                return
            if text[by.end():by.end() + 1].isupper() and not known.pattern.search(text, by.end(), b):
                # "according to a recent report by The Atlantic": the outlet, not the phrase
                name, kind = _typed_phrase(text, by.end(), b, known)
                add(sentence, name, "media" if kind == "organisation" else kind, by.end(), b, "according to")
                return
        apposed = APPOSED.match(text, b) if ROLE_END.search(phrase) else None
        if apposed:  # "according to the El Paso mayor, Dee Margo, ...": the person named speaks
            add(sentence, _person_name(apposed.group(1)), "person", apposed.start(1), apposed.end(1), "according to")
            return
        if known.pattern.search(phrase) or re.fullmatch(r"\s*(?:him|her|them|it)\s*", phrase) \
                or BARE_REPORTS.fullmatch(phrase):
            return  # an outlet (already counted), a pronoun (a quote speaker), or "the reports" nobody named
        signed = SIGNED_BY.match(text, b) if known.document.search(phrase) else None
        # "Per the decree signed by the Pope": the signer, or nobody when only described (a name after "by":
        # see _with_authors)
        if signed and not text[signed.end():signed.end() + 1].isupper():
            issuer = _subject_after(text, signed.end(), sentence.end, known)
            if issuer:
                add(sentence, *issuer, "according to")
            return
        if COURT_DOCUMENT.fullmatch(phrase):
            court = _main_court(text, a)  # "According to the ruling": the court that ruled (issue 11af)
            if court:
                add(sentence, known.aliases.get(court, (court, "government"))[0], "government", a, b, "according to")
                return
        sent = DOCUMENT_SENT_FROM.match(text, a, b)
        if sent and known.document.search(sent.group(0)):  # "a 1989 report from the National Transportation
            name, kind = _typed_phrase(text, sent.end(), b, known)  # Safety Board": the body issued it (issue 11af)
            add(sentence, name, kind, sent.end(), b, "according to")
            return
        issuer = _document_issuer(text, a, b, known)
        if issuer:  # "according to a fire service statement", "according to her memoirs": who issued it
            add(sentence, *issuer, "according to")
            return
        owner = _document_owner(phrase, known)
        if owner:  # "according to the WHO's situation report", "according to government reports": who issued it
            add(sentence, *owner, a, b, "according to")
            return
        name, kind = _typed_phrase(text, a, b, known)
        add(sentence, name, kind, a, b, "according to")

    for sentence, m in _matches(_near(ACCORDING, text, ("ccording to", "Per "), (2, 300)), text, sentences, starts):
        a, b = m.start(1), m.end(1)
        dated = _dated_issuer(text, a, sentence.end, known)
        if dated:  # "according to a March 14, 2019 NATO press release": NATO (issue 11as)
            add(sentence, *dated, "according to")
            continue
        i = bisect_right(direct_starts, a - 1) - 1
        if i >= 0 and a < direct_ends[i]:
            continue  # inside a quote: the speaker's reference ("according to royal laws"), not the article's source
        if known.relative.match(text, a):
            continue  # "an agreement, according to which a section ..."
        if m.group().startswith("Per") and not re.match(r"(?:the\s+|[A-Z])", text[a:a + 4]):
            continue  # "Per numbers reported by X": the numbers are X's (counted there), no source of their own
        verb = known.clause.search(text, a, b)
        b = verb.start() if verb else b
        b = a + len(text[a:b].rstrip(" \t\n,;:.—–-"))
        if not verb:  # a long name the word limit cut: "the Centers for Disease Control and Prevention| in",
            # "Johns Hopkins Center for Systems| Science and Engineering" (issue 11aa)
            names = find_names(text, a, min(sentence.end, b + NAME_REACH))
            if not any(n.type == "person" for n in names if n.end <= b):  # (not "Graciano Mijares of the police of")
                b = a + len(CUT_PREPOSITION.sub("", text[a:b]))
                whole = [n for n in names if n.start < b < n.end]
                b = whole[0].end if whole and whole[0].type == "organisation" else b
        subject = NAME_THEN_SUBJECT.fullmatch(text, a, b) if verb else None
        if subject:  # "according to Wasef| archaeologists have not ...": the clause's subject starts after the name
            b = subject.end(1)
        a = _without_descriptor(text, a, b)
        posted = POSTED_ON.match(text, b) if verb and re.fullmatch(r"(?:(?:an?|the|these|those)\s+)?[a-z][\w\s-]*",
                                                                   text[a:b]) else None
        if posted and not known.pattern.search(posted.group()):  # "according to videos posted on social media"
            name = " ".join(text[a:posted.end()].split())
            add(sentence, re.sub(r"^(?:the|a|an)\s+", "", name), "social_media", a, posted.end(), "according to")
            continue
        for part_a, part_b in _coordinated(text, a, b, known):  # "according to witness accounts and authorities": two
            according(sentence, part_a, part_b)
    for sentence, m in _matches(_near(COURT_BY, text, ("court",), (120, 30)), text, sentences, starts):
        court = " ".join(m.group(1).split())  # "was sentenced ... to life in prison by a court in Multan": a ruling
        add(sentence, court, "government", m.start(1), m.end(1), m.group(0).split()[0].lower())
    for sentence, m in _matches(_near(known.told_publication, text, ("told ", " to ", " with "), (20, 80)), text,
                                sentences, starts) if known.told_publication else ():
        title = m.group(1).removeprefix("the ")  # "told National Geographic", "in remarks to UOL.com.br" (issue 11aa)
        if sentence.segment not in not_body and not known.pattern.fullmatch(title) and not canonical_place(title):
            add(sentence, title, "media", m.end(1) - len(title), m.end(1), "told")
    for sentence, m in _matches(_near(TOLD_REPORTER_OF, text, ("told ",), (5, 120)), text, sentences, starts):
        outlet = m.group(1)  # "told Ann Roe of KXYZ 5 news": the reporter's outlet is the channel (issue 11al)
        if sentence.segment not in not_body and not in_quote(m.start()) and not canonical_place(outlet) and (
                m.group(2) or (known.told_publication and known.told_publication.match(f"told {outlet},"))):
            add(sentence, outlet, "media", m.start(1), m.end(1), "told")
    for sentence, m in _matches(_near(known.court_ruling, text, known.court_ruling_words, (40, 40)), text, sentences,
                                starts) if known.court_ruling else ():
        if sentence.segment in not_body or in_quote(m.start()):
            continue  # "the Court of Session ruled on September 11 the ...", "A jury convicted X": rulings (11aa)
        subject = _court_subject(text, sentence.start, m.start(), known)
        if subject:
            add(sentence, *subject, m.group(1).lower())
    agents = _near(AGENT, text, (" by",), (40, 200))  # "reported by local media"
    for sentence, m in _matches(agents, text, sentences, starts):
        a, b = _noun_phrase(text, m.start(1), m.end(1))
        if a < b and not known.pattern.search(text[a:b]):
            name, kind = _typed_phrase(text, a, b, known)
            add(sentence, name, kind, a, b, m.group(0).split()[0].lower() + " by")
    documents = _near(known.document_cue, text, DOCUMENT_NOUNS, (60, 40))  # "a UN report eventually concluded"
    for sentence, m in _matches(documents, text, sentences, starts):
        add(sentence, " ".join(m.group(1).split()), "document", m.start(1), m.end(1), m.group(2))
    if known.document_plural is not None:  # "Previous studies have shown", "Various opinion polls showed"
        plurals = _near(known.document_plural, text, known.document_plural_words + tuple(
            w.capitalize() for w in known.document_plural_words), (40, 40))
        for sentence, m in _matches(plurals, text, sentences, starts):
            add(sentence, " ".join(m.group(1).split()), "document", m.start(1), m.end(1), m.group(2))
    for sentence, m in _matches(_near(PUBLISHED_IN, text, ("published",), (0, 80)), text, sentences, starts):
        owned = OWNED_VENUE.match(text, m.end(1))
        if owned:  # "published in Cornell University's arXiv": the owner's server or journal is the venue
            add(sentence, owned.group(1), "media", owned.start(1), owned.end(1), "published in")
            continue
        journal = DATE_TAIL.sub("", m.group(1).rstrip("."))  # "Nature on October 29": the journal ends at the date
        places = [n for n in find_names(text, m.start(1), m.start(1) + len(journal)) if n.type == "place"]
        if not known.pattern.fullmatch(journal) and not canonical_place(journal) and not places:  # not "in London"
            add(sentence, journal, "media", m.start(1), m.start(1) + len(journal), "published in")
    for sentence, m in _matches(_near(JOURNAL_PUBLISHED, text, ("journal",), (0, 80)), text, sentences, starts):
        if not known.pattern.fullmatch(m.group(1)):  # "the journal Science published a report": the journal
            add(sentence, m.group(1), "media", m.start(1), m.end(1), "published")
    for sentence, m in _matches(_near(ISSUED, text, ("statement", "communiqu"), (60, 30)), text, sentences, starts):
        subject = _issuer(text, sentence.start, m.start(), known)  # "the palace issued a statement"
        if subject:
            add(sentence, *subject, m.group(1).split()[0].lower())
    for cue in word_matches(known.anonymous_cue, known.anonymous_cue_words, text):  # speed: as finditer
        k = _sentence_at(starts, cue.start())
        if k < 0 or cue.end() > sentences[k].end or sentences[k].segment in not_body \
                or (cue.group().endswith("ed") and PASSIVE_AFTER.match(text, cue.end())):
            continue  # a headline or a caption; "Factors cited for the drop": a passive, not speech
        sentence, window = sentences[k], max(sentences[k].start, cue.start() - ANONYMOUS_REACH)
        before = text[max(window, cue.start() - 40):cue.start()]
        clause = re.search(RELATIVE_ASIDE + r"\s*$", text[window:cue.start()])
        if clause:  # look past "a source, whom they did not name, said"
            before = text[max(window, window + clause.start() - 40):window + clause.start()]
        near = before.casefold().split()[-3:]
        if not _group_noun(near, known):  # speed: no unnamed-source noun just before the cue ("he said")
            wide = text[max(window, cue.start() - ANONYMOUS_REACH):cue.start()]  # or before a place:
            # "prosecutors in Leeds say", "researchers from the University of X and the College of Y reported"
            if not (" in " in wide or " from " in wide or " at " in wide) \
                    or not _group_noun(wide.casefold().split()[-14:], known):
                continue
        for m in known.anonymous.finditer(text, window, cue.end()):
            if m.end(2) == cue.end():
                add(sentence, _group_name(m.group(1)), "anonymous", m.start(1), m.end(1), m.group(2).lower())
        for m in known.group_plural.finditer(text, window, cue.end()):  # "Some advertisers claim", "economists warned"
            word = m.group(1)
            if m.end(2) == cue.end() and not known.anonymous.match(text, m.start(1)) \
                    and word.split()[-1].casefold() not in known.not_groups \
                    and word.capitalize() not in not_names() and not known.pattern.fullmatch(word) \
                    and (word[:1].islower() or m.start(1) == sentence.start or m.start() < m.start(1)):
                # not "others argued", nor a capitalised name mid-sentence ("Reuters argued")
                add(sentence, _group_name(m.group(1)), "anonymous", m.start(1), m.end(1), m.group(2).lower())
    for act in acts:
        k = _sentence_at(starts, act.start)
        if k >= 0 and not _plural_for_one(act.as_written, act.speaker_type) and not PASSIVE.match(text, act.end):
            source = speaker_source(act.speaker, act.speaker_type, act.as_written, act.start)
            at = text.find(act.cue, act.end, sentences[k].end)
            if source is None or (at >= 0 and (PLEA.match(text, at + len(act.cue)) or CONFESSION.match(text, at))):
                continue  # ("admitted his guilt": a plea)
            if _no_speech(text, at, act.cue, act.as_written, act.start, act.end, sentences[k].start, known):
                continue
            if _postposed_cue(text, sentences[k].start, sentences[k].end, act.end, at, known):
                continue  # "X died of COVID-19, the government announced": the government speaks, not X (11ai)
            name, kind = source
            a, end = act.start, act.end
            owned = POSSESSED_HEAD.match(text, act.end, sentences[k].end)
            if owned:  # "Baloch and Waseem's mother, Anwar, wept ... and said": the mother speaks, named Anwar
                if not owned.group(1):
                    continue
                name, kind, a, end = owned.group(1), "person", owned.start(1), owned.end(1)
            relative = _relative_subject(text, act.end, sentences[k].end, act.cue)
            if relative:  # "two astronauts, Doug Hurley and Bob Behnken, ..., which NASA said": NASA speaks
                name, a, end = relative.group(1), relative.start(1), relative.end(1)
                name, kind = known.aliases.get(name, (name, _name_type(text, a, end, known)))
            cut = _person_before_colon(text, sentences[k].start, a)
            if cut:  # a speaker phrase cut at a colon inside an organisation's name
                (name, a), kind = cut, "person"
            name, end = _whole_organisation(text, name, kind, end, sentences[k].end, known.heads)
            add(sentences[k], name, kind, a, end, act.cue)
            listed = _listed_subjects(text, sentences[k].start, a, end, known) if 0 <= at - end <= 40 else []
            for other in listed:  # "A, B and| C said": each (11ad)
                add(sentences[k], *other, act.cue)
    pronouns: list = []  # quotes whose pronoun speaker the quote pass gave an unnamed speaker (issue 11bb)
    issued: dict[str, tuple[str, str]] = {}  # document noun -> who signed it ("the decree signed by the Pope")
    columns = ["speaker", "kind", "speaker_type", "speaker_as_written", "start", "end", "speaker_start", "speaker_end",
               "cue"]
    for q in (Row(*values) for values in zip(*(quotes[c].tolist() for c in columns))):
        if not isinstance(q.speaker, str) or q.kind == "headline":
            continue
        if q.kind == "indirect" and in_quote(q.start) and str(q.speaker_as_written).casefold() in ("it", "they"):
            continue  # '"... And it says a country could ..."': "it" inside another speaker's quote marks points
            # into that speaker's words (the judgment), not to the last body the writer named (issue 11ai)
        read = STATEMENT_READ.match(text, q.end)
        issuer = read and next((c for c in reversed(candidates) if c[3] in ISSUING and c[6] < q.start), None)
        if issuer:  # '"..." read the statement': whoever issued the statement speaks, not the last speaker
            q = q._replace(speaker=issuer[0], speaker_type=issuer[1], speaker_as_written=issuer[0], speaker_start=None,
                           speaker_end=None, cue=read.group(1))
        placed = isinstance(q.speaker_start, int)  # the speaker's words are in the text (not only the quote)
        if placed and isinstance(q.cue, str):
            k = _sentence_at(starts, int(q.speaker_start))
            at = text.find(q.cue, int(q.speaker_end), sentences[k].end)
            if _no_speech(text, at, q.cue, q.speaker_as_written, int(q.speaker_start), int(q.speaker_end),
                          sentences[k].start, known):
                continue
            signed = SIGNED_DOCUMENT.fullmatch(text, int(q.speaker_start), int(q.speaker_end))
            issuer = signed and _subject_after(text, signed.end(2), int(q.speaker_end), known)
            if issuer:  # "The decree signed by the Pope read ...": the signer speaks (for every sentence)
                issued.setdefault(signed.group("noun"), issuer[:2])
                q = q._replace(speaker=issuer[0], speaker_type=issuer[1], speaker_as_written=text[issuer[2]:issuer[3]],
                               speaker_start=issuer[2], speaker_end=issuer[3])
        body_end = AUTHORITY_END.search(q.speaker_as_written) if isinstance(q.speaker_as_written, str) \
            and not q.speaker_as_written[:1].isupper() and isinstance(q.speaker_start, int) else None
        if body_end and body_end.group(1).casefold() in known.government:
            a = int(q.speaker_start) + body_end.start(1)  # "in what the police declared a ... attack": the police
            linked = _described_body(text, body_end.group(1), a, known) if text[a - 4:a].casefold() == "the " else None
            add(sentences[_sentence_at(starts, a)], *(linked or (body_end.group(1), "government")), a,
                a + len(body_end.group(1)), q.cue or "quoted")  # ("the commission": the one named before, 11ap)
            continue
        if _ruling_document(q.speaker_as_written) and isinstance(q.speaker_start, int):
            q = q._replace(speaker="the court", speaker_type="organisation", speaker_as_written="the court")  # (11bd)
        if q.speaker_type == "anonymous" and not known.anonymous_noun.search(q.speaker):
            document = DOCUMENT_SPEAKER.search(q.speaker_as_written or "")
            if document and isinstance(q.speaker_start, int):  # "As the report states: ..."
                a = int(q.speaker_start) + document.start(1)
                k = _sentence_at(starts, a)
                noun = document.group(1).lower()
                add(sentences[k], noun, "document", a, a + len(noun), q.cue or "quoted")
            elif isinstance(q.speaker_start, int) and SPEAKER_PRONOUN.fullmatch(str(q.speaker_as_written).strip()):
                pronouns.append(q)  # "She also said": linked below, once every source is read (11bb)
            continue  # an unnamed speaker phrase that is not a recognisable group
        first, last = _sentence_at(starts, q.start), _sentence_at(starts, q.end - 1)
        placed = isinstance(q.speaker_start, int)  # the speaker's words are in the text (not only the quote)
        a, b = (int(q.speaker_start), int(q.speaker_end)) if placed else (q.start, q.end)
        at = _sentence_at(starts, a)
        k = at if first <= at <= last + 1 else first  # the cue's sentence, unless inherited from afar
        if q.kind == "scare" and (not placed or sentences[at].segment != sentences[first].segment):
            continue  # a scare quote given a speaker from another paragraph: the writer's word, not the speaker's
        if k < 0 or _plural_for_one(q.speaker_as_written, q.speaker_type) or (placed and PASSIVE.match(text, b)):
            continue
        part = PART_OF.match(q.speaker_as_written) if placed and isinstance(q.speaker_as_written, str) else None
        source = _part_owner(text, part, a, known) if part else None  # "Part of the judge's statement reads"
        source = source or speaker_source(q.speaker, q.speaker_type, q.speaker_as_written,
                                          int(q.speaker_start) if pd.notna(q.speaker_start) else a)
        if source is None:
            continue
        name, kind = source
        if kind != "person" and PERSONAL.fullmatch(str(q.speaker_as_written)):
            continue  # "she said" resolved to an organisation or a work: a wrong antecedent, no source
        owner = _account_owner(text, sentences[k].start, a, b, known) if placed and kind == "social_media" else None
        if owner:  # "an official government Twitter account made the following announcement": the government
            add(sentences[k], name, kind, a, b, "account")  # speaks; the platform carried it (once)
            name, kind = owner
        cut = _person_before_colon(text, sentences[k].start, a) if placed else None
        if cut:  # "Sam Wilson of the Center for Oceanography: Research and Education said": Wilson speaks
            (name, a), kind = cut, "person"
        if placed:
            name, b = _whole_organisation(text, name, kind, b, sentences[k].end, known.heads)
            add(sentences[k], name, kind, a, b, q.cue or "quoted")
        for j in range(max(first, 0), last + 1):  # every sentence of a multi-sentence quote counts
            if j != k or not placed:
                s = sentences[j]
                span(s, name, kind, max(s.start, q.start), min(s.end, q.end), q.cue if j == k else "quoted")
    body = {seg.index for seg in article.segments if seg.kind == "paragraph"}  # not the headline or a caption
    for noun, issuer in issued.items():  # "The decree instructs archbishops to ...": the signer's words
        for sentence, m in _matches(_near(DOCUMENT_VERB, text, (noun,), (4, 40)), text, sentences, starts):
            if m.group(1) == noun and sentence.segment in body:
                add(sentence, *issuer, m.start(), m.end(1), m.group(2))
    for sentence, m in _matches(word_matches(known.subject_cue, known.subject_cue_words, text), text, sentences,
                                starts):
        i = bisect_right(direct_starts, m.start()) - 1
        if sentence.segment not in body or (i >= 0 and m.start() < direct_ends[i]) or in_quote(m.start()):
            continue  # a verb inside a quote (a partial one too): the speaker's words
        if PLEA.match(text, m.end()) or (m.group(1).endswith("ed") and PASSIVE_AFTER.match(text, m.end())):
            continue  # "admitted his guilt": a plea, not a statement of information; "cited for": a passive
        subject = _subject_before(text, sentence.start, m.start(), known, m.group(1).endswith("ing"))
        if not subject and THEY.fullmatch(text, sentence.start, m.start()):
            subject = _plural_before(candidates, sentence.index, sentence.start, m.start())
        if subject:
            add(sentence, *subject, m.group(1).lower())
            other = _joined_subject(text, sentence.start, subject[2], known)
            if other:  # "both Mugabe and Tsvangirai claimed victory": each of them
                add(sentence, *other, m.group(1).lower())
    for sentence in sentences:  # "..., police revealed on Saturday.": a subject after its clause (issue 11ad)
        tail = POSTPOSED_TAIL.search(text, max(sentence.start, sentence.end - POSTPOSED_REACH), sentence.end)
        if tail and sentence.segment in body and not in_quote(tail.start()) and known.speech_verb \
                and tail.group(2) not in POSTPOSED_SAID and known.speech_verb.fullmatch(tail.group(2)):
            subject = _postposed_subject(text, tail.start(1), tail.end(1), known)
            if subject:
                add(sentence, *subject, tail.group(2))
    for sentence, m in _matches(_near(CAME_FROM, text, (" from ",), (60, 10)), text, sentences, starts):
        if sentence.segment not in body:
            continue
        at = m.end()  # "Statements of condemnation have come from A, B, and a spokesperson for C": each of them
        for part in re.finditer(r"[^,;.]+?(?=,\s*(?:and\s+)?|\s+and\s+|[;.]|$)", text[at:sentence.end]):
            names = find_names(text, at + part.start(), at + part.end())
            person = [n for n in names if n.type == "person"]
            if person or names:
                n = (person or names)[-1]
                kind = "person" if person else _name_type(text, n.start, n.end, known)
                add(sentence, _person_name(n.text) if person else n.text, kind, n.start, n.end, "statement from")
    for sentence, m in _matches(_near(DOCUMENT_FROM, text, (" from ",), (40, 10)), text, sentences, starts):
        subject = _subject_after(text, m.end(), sentence.end, known)  # "a statement from King X"
        if subject and sentence.segment in body:
            add(sentence, *subject, m.group(1).lower() + " from")
    labels = [(seg, LABEL.match(text, seg.start, seg.end)) for seg in article.segments if seg.kind == "paragraph"]
    labels = [(seg, m) for seg, m in labels if m and not GLUED.search(m.group(1))]
    twice = {n for n, k in Counter(m.group(1) for _, m in labels).items() if k >= 2}
    labels = [(seg, m) for seg, m in labels if re.search(r"[^\W\d_]", text[m.end():seg.end])]  # not "Sanders: 46."
    for seg, label in labels:  # an interview transcript: "Rahn: It is safe. We checked every bolt."
        names = find_names(text, seg.start, label.end(1)) if label.group(1) in twice else []
        if names and names[0].start == seg.start and names[0].end == label.end(1):
            full = names[0].text if names[0].type == "person" else _surname(text, names[0])
            if full:
                for j in range(_sentence_at(starts, label.end()), _sentence_at(starts, seg.end - 1) + 1):
                    add(sentences[j], full, "person", *((seg.start, label.end(1)) if sentences[j].start <= seg.start
                                                       else (sentences[j].start, sentences[j].end)), "interview")
    for index, interviewee in interview_answers(article):  # each sentence of an interview answer (11an)
        seg = article.segments[index]
        for j in range(_sentence_at(starts, seg.start), _sentence_at(starts, seg.end - 1) + 1):
            if not courtesy(text[sentences[j].start:sentences[j].end]):  # not "Thank you. Ciao." (11aq)
                add(sentences[j], interviewee, "person", sentences[j].start, sentences[j].end, "interview")
    for sentence, m in _matches(_near(BY_SAYING, text, (" by ",), (200, 30)), text, sentences, starts):
        if sentence.segment in body:  # "Nintendo and Apple shocked the world this year by announcing ..."
            for g in (1, 2):
                subject = m.group(g) and _issuer(text, sentence.start, m.start(g) + len(m.group(g)), known)
                if subject and subject[1] not in ("anonymous", "document"):
                    add(sentence, *subject, "by " + m.group(3))
    said_by: set[tuple[int, str, str]] = set()  # (sentence, cue, subject) of "the parents ... by saying"
    for sentence, m in _matches(_near(BY_SAYING_BODY, text, (" by ",), (200, 30)), text, sentences, starts):
        if sentence.segment in body:  # "the parents tried to have him released by saying they forgave him"
            subject = _issuer(text, sentence.start, m.end(1), known)
            if subject and subject[1] != "document" and m.group(1).split()[-1].casefold() not in known.government:
                add(sentence, *subject, "by " + m.group(2))
                said_by.add((sentence.index, m.group(2), subject[0]))
    for sentence, m in _matches(_near(CITING, text, ("citing ",), (0, 80)), text, sentences, starts):
        a, b = m.start(1), m.end(1)  # "The Daily Telegraph, citing local paramilitary groups, reported": the groups
        if sentence.segment in body and not known.pattern.search(text, a, b) \
                and (_is_source_phrase(text, a, b, known) or (re.search(r"[a-z]{3}s$", text[a:b])
                                                              and described_source(text[a:b], known, opens=False))):
            # (a bare plural only when it names a kind of speaker: not "citing age and health concerns")
            name, kind = _typed_phrase(text, a, b, known)
            add(sentence, name, kind, a, b, "citing")
    for sentence, m in _matches(_near(known.document_by, text, (" by ", " from "), (30, 80)), text, sentences, starts):
        start, stop = m.start(1), m.start(1) + len(m.group(1).rstrip())  # "Estimates by the Argentine government state"
        for a, b in _coordinated(text, start, stop, known):  # "estimates by the Red Cross and government officials"
            if sentence.segment in body and not known.pattern.fullmatch(text[a:b]) \
                    and re.search(r"[A-Za-z]{2}", text[a:b]):  # (not "by Smith (2014) showing": a year)
                name, kind = _typed_phrase(text, a, b, known)
                add(sentence, name, kind, a, b, m.group(2).lower())
    for sentence, m in _matches(_near(known.claim, text, ("’s ", "'s "), (2, 40)), text, sentences, starts):
        subject = _issuer(text, sentence.start, m.start(), known)  # "de Miranda's notion that neon is ..."
        wording = not re.search(r"\b(?:that|of)$", m.group(0))  # "in X's words", not "Obama's term" (in office)
        if wording and not (re.search(r"\b[Ii]n\s+(?:the\s+)?$", text[max(0, subject[2] - 12):subject[2]] if subject
                                      else "") or re.match(r"[^.;]{0,20}[\"“‘]", text[m.end():m.end() + 24])):
            continue
        if subject and subject[1] != "anonymous" and sentence.segment in body:
            add(sentence, *subject, "claim")
    for sentence, m in _matches(_near(DOCUMENT_OWNER, text, ("’s ", "'s "), (60, 40)), text, sentences, starts):
        subject = _issuer(text, sentence.start, m.start(1) + len(m.group(1)), known)  # "the family's statement said"
        if subject and sentence.segment in body:
            add(sentence, *subject, m.group(2).lower())
    for sentence, m in _matches(_near(ET_AL, text, (" et al",), (60, 10)), text, sentences, starts):
        if sentence.segment in body:  # a paper by its authors
            add(sentence, " ".join(m.group(0).split()), "document", m.start(), m.end(), "et al")
    candidates = _described_rows(text, sentences, body, in_quote, known, candidates)
    candidates = _study_they(text, sentences, body, in_quote, known, candidates)
    candidates = _clause_descriptions(text, sentences, body, in_quote, known, candidates)
    for q in pronouns:  # "She also said "..."": the unnamed source the quote pass resolved "she" to (11bb)
        linked = _pronoun_group(q.speaker, q.speaker_as_written, int(q.speaker_start), candidates)
        k, first, last = _sentence_at(starts, int(q.speaker_start)), _sentence_at(starts, q.start), \
            _sentence_at(starts, q.end - 1)
        if linked and k >= 0 and sentences[k].segment in body:  # (as a quote's rows: "she" is no name to merge)
            span(sentences[k], *linked, int(q.speaker_start), int(q.speaker_end), q.cue or "quoted")
            for j in range(max(first, 0), last + 1):  # every sentence of a multi-sentence quote counts
                if j != k:
                    s = sentences[j]
                    span(s, *linked, max(s.start, q.start), min(s.end, q.end), "quoted")
    publishers = known.publishers | {str(article.metadata[k]) for k in ("publisher", "site_name", "outlet")
                                      if isinstance(article.metadata.get(k), str)}
    candidates = [c for c in candidates if c[0] not in publishers]  # "Wikinews attended": the reporter, no source
    if said_by:  # "the parents tried to have Waseem released by saying": the parents say it, not Waseem
        by = {(k, cue): name for k, cue, name in said_by}
        candidates = [c for c in candidates if by.get((c[5], c[3]), c[0]) == c[0]]
    credited = _inline_credits(text)
    if credited:  # a name read over a credit line ("Business Insider Inc Nintendo") is no body source
        candidates = [c for c in candidates if not any(a < c[7] and c[6] < b for _, a, b in credited)]
    candidates = [c for c in candidates if not _not_a_citation(text, c, known) and not _fragment(text, c, known)]
    candidates = _according_surname(text, candidates)
    candidates = _family_names(text, candidates)
    return _merged(text, _joined_forms(_with_authors(text, _study_team(candidates), known)), known.adverbs)


ASKED = {"asked", "asks"}
# a question whose topic is only a pronoun: "asked Trump about it" (no content reported)
NO_CONTENT_QUESTION = re.compile(r"\s+(?:[\w.’'-]+\s+){0,3}?about\s+(?:it|this|that|them)\b"
                                 r"(?!\s+(?:is|was|are|were)\b)")


def _not_a_citation(text: str, row: tuple, known: SourceList) -> bool:
    """A candidate that cites nobody (issue 11ad): a word that only looks like a name at a sentence's start
    ("Per reports, ...", an interviewer's "You've said"), or the press asking a question ("The press asked
    Trump about it": a reporter's question is no citation, ``data/gold/README.md``)."""
    written = row[2] if isinstance(row[2], str) else ""
    if any(isinstance(w, str) and w.replace("’", "'").casefold() in known.not_source_words for w in (row[0], written)):
        return True
    words = written.casefold().split()
    if row[3] not in ASKED or not words or words[-1] not in known.question_askers:
        return False
    at = text.find(row[3], row[7], row[7] + 40)
    return at >= 0 and NO_CONTENT_QUESTION.match(text, at + len(row[3])) is not None


QUOTE_MARK = re.compile(r"[\"“”]")  # a double quote mark: a subject phrase that has one reads into a quote
AUXILIARIES = {"have", "has", "had", "is", "are", "was", "were", "will", "would", "could", "should", "can", "may",
               "might", "must", "did", "do", "does", "percent"}  # "Republicans have argued", "Thirty percent say"
PRONOUN_REST = {"himself", "herself", "themselves", "itself", "alone", "too", "instead", "however", "meanwhile"}
# the word after a speech "called"/"named": its object or particle ("called the plan", "called for", "called it")
CALLED_OBJECT = {"the", "a", "an", "for", "on", "upon", "it", "him", "her", "them", "this", "that", "these", "those",
                 "his", "their", "its", "our", "my", "your", "me", "us", "you", "out", "in", "back", "to"}
# the word before a speech "called": a subject that is no noun of a naming ("he called", "who called", "has called")
CALLED_SUBJECT = {"he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "has", "have", "had", "also",
                  "then", "later", "once", "repeatedly", "publicly", "previously", "recently", "again", "and"}
WORD_BEFORE = re.compile(r"([\w’'-]+)\W*$")
WORD_AFTER = re.compile(r"\s+([\w’'-]+)")
COUNT_WORD = re.compile(r"(?i:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?)")  # "fourteen| states"


def _fragment(text: str, row: tuple, known: SourceList) -> bool:
    """A candidate no source's name can look like (issue 11af, the precision audit of the nine blind sets:
    ``benchmarks/source_precision_audit.py``): a name that ends in a preposition, article or conjunction ("authors
    of the| report used", "release into the water to| defend"); a subject phrase with a closing quote mark after the
    name (the end of a quote read as its speaker: 'Let's keep fighting", wrote X'); one capitalised word that opens
    a phrase of lowercase words typed as a person (a sentence-initial gerund or adjective: "Changing ocean
    environments have led to", "Worth noting this"); a person cut out of an organisation's name ("University of
    South Carolina| Beaufort"); a naming "called"/"named" after a noun ("a phenomenon called coral bleaching", "DNA
    sequences called plasmids") or a verb with a particle that is no speech ("called off its search"); a cue word
    that is a noun here (a count or determiner before it, a possessive apostrophe after it: "primaries in fourteen
    states", "advocates states' rights").
    """
    name = row[0] if isinstance(row[0], str) else ""
    written = row[2] if isinstance(row[2], str) else ""
    words, said = name.split(), written.split()
    if words and words[-1] in known.fragment_end_words:  # (lower case: not "THE| WEEKLY STANDARD", "by the A.F.L.")
        return True
    mark = QUOTE_MARK.search(written)
    if mark and not (len(row) > 9 and row[9] == QUOTED) and mark.start() > 0 \
            and not written[mark.start() - 1].isspace() and mark.group() != "“" \
            and not written[mark.end():mark.end() + 1].isalnum() and 0 <= written.find(name) < mark.start():
        return True  # a closing mark after the name: it was read inside the quote ('Let's keep fighting"', not
        # 'fighting!” Senator Ann Roe' nor 'of "Have no fear"')
    if row[1] == "person" and len(words) == 1 and len(said) >= 3 and said[0] == name and said[1][:1].islower() \
            and not name.endswith("s") and not said[1].endswith(("s", "ly")) and not COUNT_WORD.fullmatch(said[1]) \
            and said[1].casefold() not in known.adverbs | PRONOUN_REST | AUXILIARIES:
        return True  # (not a group: "Proponents of the bill", "Editorial pages", "Nearly nine out of 10 say")
    inside = known.organisation_of.search(written) if row[1] == "person" and words else None
    if inside and written.find(name) >= inside.end() - 1 \
            and all(w[:1].isupper() for w in written[inside.end() - 1:written.find(name)].split()):
        return True  # the name goes on the organisation's capitalised words (not "Department of X official Ann Roe")
    cue = row[3].casefold() if isinstance(row[3], str) else ""
    at = text.find(row[3], row[7], row[7] + 40)
    if cue in NOUN_CUES | {"report", "reports"} and at >= 0:
        before = WORD_BEFORE.search(text, max(0, at - 40), at)
        verb = known.speech_verb and known.speech_verb.match(text, at + len(row[3]) + 1)
        if not verb and (text[at + len(row[3]):at + len(row[3]) + 1] in ("'", "’") or (before and (
                before.group(1).casefold() in NOUN_BEFORE or COUNT_WORD.fullmatch(before.group(1))))):
            return True  # a noun: "in fourteen states", "advocates states' rights", "The authors of the report used"
    if cue not in known.naming_verbs and cue not in known.not_speech_particles:
        return False
    after = WORD_AFTER.match(text, at + len(row[3])) if at >= 0 else None
    if not after:
        return False
    if f"{cue} {after.group(1).casefold()}" in known.not_speech_particles:
        return True  # "called off"
    before = WORD_BEFORE.search(text, max(0, at - 40), at)
    return cue in known.naming_verbs and before is not None and before.group(1).isalpha() \
        and before.group(1).islower() and before.group(1) not in CALLED_SUBJECT and not before.group(1).endswith("ly") \
        and after.group(1).isalpha() and after.group(1).islower() and after.group(1) not in CALLED_OBJECT \
        and after.group(1) not in known.adverbs and not after.group(1).endswith("ly")  # ("called again for")


# ---------------------------------------------------------------- round 5, blind-test-5's classes

ACCOUNT = re.compile(r"\s+(?:account|accounts|page|channel|feed|handle)\b")  # "Twitter| account"
# who owns an account: "an official government| Twitter", "the White House's| Twitter"
ACCOUNT_OWNER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:official|verified|own)\s+)?"
                           r"((?:[\w.&-]+\s+){1,4}?)(?:['’]s\s+)?(?:official\s+)?$")
# "the WHO's situation report": the owner; "government reports": the body
POSSESSIVE_DOCUMENT = re.compile(r"(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})['’]s?\s+"
                                 r"(?:[a-z-]+\s+){0,2}(\w+)")
BODY_DOCUMENT = re.compile(r"(?:the\s+)?([a-z]+)\s+(\w+)")
# a venue after its owner: "Cornell University|'s arXiv" (issue 11w)
OWNED_VENUE = re.compile(r"['’]s\s+((?:[a-z]+[A-Z][\w.&-]*|[A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*){0,3})")
# a journal that published a study: "the journal Science published a report"
JOURNAL_PUBLISHED = re.compile(r"\bjournal\s+([A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,5}),?\s+"
                               r"(?:(?:has|had|also|recently)\s+)?published\b")
PAREN_ACRONYM = re.compile(r"(.+?)\s+\(([A-Z][A-Za-z.&-]{1,9})\)")  # "World Health Organization (WHO)"
# a person named with an employer: "Sheldon Yett of UNICEF" is Sheldon Yett
EMPLOYED_PERSON = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s+of\s+(?:the\s+)?[A-Z].*")


# a part of a document as a quote's speaker: "Part of the judge's statement", "Excerpts of Smith's ruling"
PART_OF = re.compile(r"(?:Part|Parts|Some|Much|Most|Portions?|An\s+excerpt|Excerpts?)\s+of\s+"
                     r"(?:(the\s+)([a-z]+)|([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}))['’]s?\s+[a-z]+$")


def _spans_of(quotes: pd.DataFrame, kinds: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Starts and ends of the quotes of ``kinds``, by start. Speed: read as lists (selecting and
    sorting with pandas cost a few milliseconds per article); the pandas sort where two starts tie."""
    spans = sorted((a, b) for k, a, b in zip(quotes["kind"].tolist(), quotes["start"].tolist(), quotes["end"].tolist())
                   if k in kinds)
    if len({a for a, _ in spans}) < len(spans):  # ties: the order pandas' sort gives them
        rows = quotes.loc[quotes["kind"].isin(list(kinds)), ["start", "end"]].sort_values("start")
        return rows["start"].tolist(), rows["end"].tolist()
    return [a for a, _ in spans], [b for _, b in spans]


def _part_owner(text: str, part: re.Match[str], before: int, known: SourceList) -> tuple[str, str] | None:
    """Whose document a quoted part is from: "the judge" is the person introduced as judge, a name its
    source; None when no one is found (the quote's own speaker stands)."""
    if part.group(2):
        found = _antecedent(text, part.group(2), before)
        if found and found[1] == "person":
            return _person_name(found[0]), "person"
        return (part.group(2), "government") if part.group(2) in known.government else None
    return _speaker_type(part.group(3), "organisation", known, part.group(3))


def _person_before_colon(text: str, s_a: int, a: int) -> tuple[str, int] | None:
    """The person named before a colon a speaker phrase starts after ("Sam Wilson of UH's Center for
    Oceanography: Research and Education (C-MORE) said": the colon is inside the centre's name, and
    Sam Wilson speaks): the person's name (without "of ...") and where it starts, or None."""
    if not re.search(r":\s*(?:[A-Z][\w&-]*\s+){0,4}(?:and\s+)?$", text[max(s_a, a - 60):a]):  # (": Research and|")
        return None
    for n in reversed(find_names(text, s_a, a)):
        head = re.split(r"\s+of\s", n.text)[0]  # "Co-author Ingrid Valstad| of the Institute ..."
        given = re.search(r"([A-Z][\w’'-]+)\s+[A-Z][\w’'-]+$", head)
        at = n.start + given.start() if given else 0
        if given and (n.type == "person" or (head != n.text and any(
                p.type == "person" for p in find_names(text, at, n.start + len(head))))):
            # (read alone, "Ingrid Valstad" of "Ingrid Valstad of the Institute" is a person)
            name = _person_name(head[given.start():] if n.type != "person" else head)
            return (name, n.start + given.start()) if len(name.split()) > 1 else None
    return None


def _misread_body(speaker, as_written, known: SourceList) -> bool:
    """A speaker phrase that names a body ("the government", "The Samoan government") resolved to an
    outlet or platform the phrase does not name: the body speaks, not the outlet."""
    if not isinstance(speaker, str) or not isinstance(as_written, str) or speaker not in known.aliases:
        return False
    words = as_written.split()
    return (len(words) <= 4 and words[0].casefold() == "the" and words[-1].islower()
            and words[-1].casefold() in known.government and speaker not in as_written)


def _account_owner(text: str, s_a: int, a: int, b: int, known: SourceList) -> tuple[str, str] | None:
    """The owner of a platform account a message came from ("an official government Twitter account":
    the government), or None when no owner is written before the platform."""
    if not ACCOUNT.match(text, b):
        return None
    m = ACCOUNT_OWNER.search(text, max(s_a, a - 60), a)
    owner = m and " ".join(m.group(1).split())
    if not owner or PERSONAL.fullmatch(owner):
        return None
    if owner.islower():
        last = owner.split()[-1].casefold()
        return (last, "government") if last in known.government else None
    return _typed_phrase(text, m.start(1), m.start(1) + len(m.group(1).rstrip()), known)


@cache
def _owner_documents() -> frozenset[str]:
    """``owner_document_nouns`` of ``data/sources.yml``, folded (their last words: "web site" is "site")."""
    return frozenset(str(w).split()[-1].casefold() for w in rules("sources")["owner_document_nouns"])


def _owner_document(noun: str) -> bool:
    """Is ``noun`` a document only its owner issues ("PG&E's schedule", "the party's website"; issue 11aq)?"""
    return noun.casefold().removesuffix("s") in _owner_documents() or noun.casefold() in _owner_documents()


@cache
def _courtesy() -> re.Pattern[str]:
    """A sentence of courtesy words only (``courtesy_openers``, ``courtesy_phrases`` of ``data/sources.yml``)."""
    table = rules("sources")

    def alternatives(key: str) -> str:
        words = sorted((str(w) for w in table[key]), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    phrase = rf"(?:{alternatives('courtesy_phrases')})"
    return re.compile(rf"(?:(?:{alternatives('courtesy_openers')})[\s,.!]+)*{phrase}(?:[\s,.!]+{phrase})*[\s,.!]*",
                      re.IGNORECASE)


INTERVIEW_LABEL = re.compile(r"\s*(?:\(\([^()\n]{1,60}\)\)\s*:?|(?:A|Answer)\s*[.:])\s*")


def courtesy(sentence: str) -> bool:
    """Is an interview answer's sentence only a courtesy ("((Name)) Thank you. Ciao.", "Oh, me too.",
    "All right, it was nice talking to you.")? Such a sentence cites nobody (issue 11aq)."""
    label = INTERVIEW_LABEL.match(sentence)
    return _courtesy().fullmatch(sentence[label.end() if label else 0:].strip()) is not None


def _document_owner(phrase: str, known: SourceList) -> tuple[str, str] | None:
    """Who issued a document an "according to" phrase names: "the WHO's situation report" is the WHO,
    "government reports" the government; None for any other phrase."""
    phrase = " ".join(phrase.split())
    m = POSSESSIVE_DOCUMENT.fullmatch(phrase)
    if m and (known.document.fullmatch(m.group(2).removesuffix("s")) or known.document.fullmatch(m.group(2))
              or _owner_document(m.group(2))) \
            and "'s" in phrase.replace("’", "'"):
        owner = m.group(1)
        return known.aliases.get(owner, (owner, _typed_body(owner, known)))
    m = BODY_DOCUMENT.fullmatch(phrase)
    if m and m.group(1).casefold() in known.government and known.document.fullmatch(m.group(2).removesuffix("s")):
        return m.group(1).casefold(), "government"
    return None


def _typed_body(name: str, known: SourceList) -> str:
    words = {w.strip(".,’'").casefold() for w in name.split()}
    return "government" if words & known.government or is_country(name) else "organisation"


def _joined_forms(rows: list[tuple]) -> list[tuple]:
    """Forms of one source joined: "World Health Organization (WHO)" and "WHO" are the full name; a
    person with an employer ("Sheldon Yett of UNICEF") is the person, and the surname alone ("Yett")
    is that person when one person of the article has it (an employer phrase counts as a person when
    its first word is a given name or its surname is cited alone elsewhere)."""
    acronyms: dict[str, str] = {}
    bare = {r[0] for r in rows if isinstance(r[0], str) and len(r[0].split()) == 1}
    out = []
    for row in rows:
        name = row[0]
        if isinstance(name, str):
            paren = PAREN_ACRONYM.fullmatch(name)
            if paren:
                acronyms[paren.group(2)] = paren.group(1)
                row = (paren.group(1), *row[1:])
            person = EMPLOYED_PERSON.fullmatch(name) if row[1] != "person" else None
            if person and (first_name_gender(person.group(1).split()[0]) or person.group(1).split()[-1] in bare):
                row = (person.group(1), "person", *row[2:])
        out.append(row)
    surnames = Counter(r[0].split()[-1] for r in {r[0]: r for r in out if r[1] == "person"}.values()
                       if isinstance(r[0], str) and len(r[0].split()) > 1)
    persons = {r[0].split()[-1]: r[0] for r in out if r[1] == "person" and isinstance(r[0], str)
               and len(r[0].split()) > 1 and surnames[r[0].split()[-1]] == 1}
    names = {r[0] for r in out}
    longer: dict[str, list[str]] = {}  # "Supreme Court" -> ["Supreme Court of the United Kingdom"] (issue 11aa)
    for r in out:
        if isinstance(r[0], str) and r[1] != "person" and " of " in r[0]:
            longer.setdefault(_without_the(r[0].split(" of ")[0]), []).append(r[0])
    joined = []
    for row in out:
        name = row[0]
        if isinstance(name, str) and row[1] != "person" and len(_without_the(name).split()) > 1 \
                and len({_without_the(n) for n in longer.get(_without_the(name), ())}) == 1:
            row = (longer[_without_the(name)][0], *row[1:])  # the short form of the one body named in full with "of"
            name = row[0]
        outlet = re.fullmatch(r"(.+?)\s+(?:magazine|newspaper|daily|weekly)", name) if isinstance(name, str) else None
        if outlet and outlet.group(1) in names:  # "Time magazine" and "Time": one outlet
            row = (outlet.group(1), *row[1:])
        elif isinstance(name, str) and name in acronyms:
            row = (acronyms[name], *row[1:])
        elif isinstance(name, str) and name in persons and row[1] in ("person", "organisation"):
            row = (persons[name], "person", *row[2:])
        joined.append(row)
    return joined


def _without_the(name: str) -> str:
    """A name without a leading "The"/"the"."""
    return name.removeprefix("The ").removeprefix("the ")


TEAM = re.compile(r"(?:[Tt]he\s+)?(?:researchers|scientists|study\s+authors)\b(?!\s*,?\s+led\s+by)")


def _study_team(candidates: list[tuple]) -> list[tuple]:
    """In an article that cites a study, its unnamed team speaks for it: "researchers from X and Y reported",
    "the researchers estimate" count for "the study" (one source, once a sentence), not for X or Y."""
    studies = Counter(c[0] for c in candidates if c[1] == "document" and c[0].casefold() == "study")
    if not studies:
        return candidates
    study = studies.most_common(1)[0][0]
    return [(study, "document", *c[2:]) if TEAM.match(c[2]) else c for c in candidates]


TEAM_WORD = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Tt]his)\s+(?:[\w-]+\s+)?(?:researchers|scientists|team|authors)\b")
STUDY_THEY_REACH = 8  # sentences: "They found" a paragraph or two after the study was named (issue 11aa)
STUDY_NAME = re.compile(r"(?i:.*\bet\s+al\.?|(?:the\s+)?(?:[\w-]+\s+){0,3}"
                        r"(?:study|studies|paper|research|report|findings))$")


def _study_they(text: str, sentences, body: set[int], in_quote, known: SourceList,
                candidates: list[tuple]) -> list[tuple]:
    """Candidates with "they" + a finding verb (``study_they_cues``: "They found", "From this, they concluded")
    added for the study cited last, when the last group cited before it (within ``STUDY_THEY_REACH``
    sentences) is a study ("Smith et al", "the study") or its unnamed team ("the researchers"): five blind sets
    name a study and its team as one source and count "They found" for it (issue 11aa)."""
    if known.study_they is None:
        return candidates
    plural = sorted((c for c in candidates if c[1] != "person" or not PERSONAL.fullmatch(c[2])
                     and not re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*", c[2])),
                    key=lambda c: c[6])  # what "they" may stand for: not one named person, nor "he"/"she"
    studies = {c[0] for c in plural if c[1] == "document" and STUDY_NAME.fullmatch(str(c[0]))}
    if not studies:
        return candidates
    added, dropped = [], set()
    for sentence in sentences:
        if sentence.segment not in body:
            continue
        for m in known.study_they.finditer(text, sentence.start, sentence.end):
            if in_quote(m.start()):
                continue
            at = [i for i, c in enumerate(candidates) if c[5] == sentence.index and c[6] <= m.start() < c[7]]
            if any(candidates[i][2].casefold() != "they" for i in at):
                continue  # a subject read already; a "they" the quote pass resolved gives way to the study below
            before = [c for c in plural if sentence.index - STUDY_THEY_REACH <= c[5] and c[6] < m.start()]
            last = before[-1] if before else None
            reach = sentences[max(0, sentence.index - STUDY_THEY_REACH)].start if sentence.index < len(sentences) \
                else sentence.start
            team = [t for t in TEAM_WORD.finditer(text, reach, m.start()) if not in_quote(t.start())]
            if last and ((last[1] == "document" and STUDY_NAME.fullmatch(str(last[0]))) or TEAM.match(last[2])) \
                    and not (team and team[-1].start() > last[7] and len(studies) > 1):
                added.append((last[0], last[1], last[2] if TEAM.match(last[2]) else m.group(1), m.group(2).lower(),
                              sentence.segment, sentence.index, m.start(1), m.end(1), False))
                dropped.update(at)
            elif team and (not last or last[7] < team[-1].start()) and len(studies) == 1:
                # "The researchers used satellite imagery ... which, they observed, ...": the one study's team
                added.append((next(iter(studies)), "document", m.group(1), m.group(2).lower(), sentence.segment,
                              sentence.index, m.start(1), m.end(1), False))
                dropped.update(at)
            break
    return [c for i, c in enumerate(candidates) if i not in dropped] + added


FIRST_PERSON = {"i", "me", "we", "us", "my", "our"}
TOKEN = re.compile(r"[\w’'-]+")  # a word run, as the text's words are compared
FIRST_PERSON_WORD = re.compile(r"[’'](?:re|d|ve|ll|m|s)$")  # a contraction's ending: "we’re" is "we"
QUOTED = "quoted sentence"  # marks the candidate of a quote's other sentences


def _with_authors(text: str, candidates: list[tuple], known: SourceList) -> list[tuple]:
    """A document stands for whoever the text says is behind it: "a survey published in 2017 by
    the Royal Pharmaceutical Society" is the society, "a statement posted to his Twitter account"
    is Twitter; "the report" after "a new report released on Monday by X" is X's report; and a
    speaker phrase cut inside the author's name ("Inequality" of "... Center on Poverty and
    Inequality") is the author."""
    authors: dict[str, tuple[str, str, int]] = {}  # document noun -> its author as first introduced, and where
    spans: list[tuple[int, int, str, str]] = []  # where authors are named
    teams: dict[str, list[tuple[int, int]]] = {}  # findings a team wrote, where its employer is named (11at)
    for intro in _near(DOCUMENT_INTRO, text, DOCUMENT_NOUNS, (30, 20)):
        m = DOCUMENT_AUTHOR.match(text, intro.end())
        author = m.group(1).rstrip(".") if m else ""
        if author and TEAM_BY.search(text, intro.end(), m.start(1)) and intro.group(1).casefold() in FINDINGS:
            teams.setdefault(intro.group(1).casefold(), []).append((m.start(1), m.start(1) + len(author)))
            # ("a report by a team from X": the team's findings, not X's)
        elif author and author.split()[0] not in not_names() and not canonical_place(author):
            name, kind = known.aliases.get(author, (author, "organisation"))
            authors.setdefault(intro.group(1).casefold(), (name, kind, intro.start()))
            spans.append((m.start(1), m.start(1) + len(author), name, kind))
    if teams:
        candidates = _team_document(candidates, teams)
    if not authors:
        return candidates
    kept = _team_findings(text, candidates, authors)
    authors = {noun: author for noun, author in authors.items() if noun not in kept}
    found = list({a[:2]: a for noun, a in authors.items() if noun in FINDINGS}.values())  # one author of findings?
    rows = [row for row in kept.values() if row]
    for row in candidates:
        inside = next((s for s in spans if s[0] <= row[6] and row[7] <= s[1] and row[1] != "document"), None)
        noun = row[0].split()[-1].casefold() if row[1] == "document" and row[0].split() else ""
        if inside:
            row = (inside[2], inside[3], *row[2:])
        elif noun in authors and authors[noun][2] <= row[6]:
            row = (*authors[noun][:2], *row[2:])
        elif noun in FINDINGS and len(found) == 1 and found[0][2] <= row[6]:
            row = (*found[0][:2], *row[2:])  # "the study determined" after "a new report ... by X": X's findings
        rows.append(row)
    return rows


TEAM_BY = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:team|group)\s+(?:of\s+(?:[\w-]+\s+)?"
                     r"(?:researchers|scientists)\s+)?(?:from|at|of|led\s+by)\s|\bby\s+(?:researchers|scientists)\s")


def _team_document(candidates: list[tuple], teams: dict[str, list[tuple[int, int]]]) -> list[tuple]:
    """Findings written by an unnamed team ("a report by a team from the University of X and Y"): the
    team's later words ("The researchers speculated", "the scientists") count for the document, as the
    blind sets name a study and its team as one source (blind-test-5, -11); the team's university is its
    employer, not the author: a row read inside its name is the document's (issue 11at)."""
    names = {c[0] for c in candidates if c[1] == "document" and c[0].split() and c[0].split()[-1].casefold() in teams}
    if len(names) != 1 or any(c[1] == "document" and c[0].casefold() == "study" for c in candidates):
        return candidates  # (a "study" has its own team rule, ``_study_team``)
    name = next(iter(names)).split()[-1]  # "the hypothesis of the report" and "the report": the report
    inside = [span for spans in teams.values() for span in spans]
    return [(name, "document", *c[2:]) if TEAM.match(c[2]) or any(a <= c[6] and c[7] <= b for a, b in inside)
            or c[0] in names else c for c in candidates]


SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")  # a sentence ends between two offsets


def _team_findings(text: str, candidates: list[tuple], authors: dict[str, tuple[str, str, int]]) -> dict[str, tuple]:
    """Findings whose unnamed team speaks for them ("a new study released by the X Museum ..., scientists
    report"): the study stays the source of its findings, as the blind sets count it (the study with its
    team, blind-test-3, -5, -6, -7, -11), and the body that released it is cited once, where it is named as
    the author, not for every later "according to the study". Returns, for each such document noun, the row
    of that once, or None where the team's first citation is not in that sentence (issue 11at)."""
    kept: dict[str, tuple | None] = {}
    for row in candidates:
        noun = row[0].split()[-1].casefold() if row[1] == "document" and row[0].split() else ""
        if noun in FINDINGS and noun in authors and TEAM.match(row[2]) and noun not in kept:
            name, kind, at = authors[noun]
            first = min((c for c in candidates if c[0] == row[0] and c[6] >= at), key=lambda c: c[6], default=None)
            kept[noun] = (DATE_TAIL.sub("", name), kind, DATE_TAIL.sub("", name), "by", *first[4:6],
                          at, at, False) if first and not SENTENCE_BREAK.search(text, at, first[6]) else None
    return kept


def _institution_key(name: str) -> tuple[str, str] | None:
    """(country, name without it) for "UK Supreme Court" and "Supreme Court of the United Kingdom"
    alike: an institution named with its country before it or after "of"."""
    of = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", name)
    if of and canonical_place(of.group(2)):
        return canonical_place(of.group(2)), of.group(1).casefold()
    words = name.split()
    if len(words) > 1 and canonical_place(words[0]):
        return canonical_place(words[0]), " ".join(words[1:]).casefold()
    return None


def _same_institution(rows: list[tuple]) -> list[tuple]:
    """One name for one institution written with its country in two ways ("UK Supreme Court",
    "Supreme Court of the United Kingdom"): the longer form."""
    names: dict[tuple[str, str], str] = {}
    for row in rows:
        key = _institution_key(row[0]) if row[1] in ("organisation", "government") else None
        if key and len(row[0]) > len(names.get(key, "")):
            names[key] = row[0]
    if not names:
        return rows
    out = []
    for row in rows:
        key = _institution_key(row[0]) if row[1] in ("organisation", "government") else None
        out.append((names[key], *row[1:]) if key else row)
    return out


def _generic_organisations(rows: list[tuple], adverbs: frozenset[str]) -> list[tuple]:
    """An organisation named by a definite common noun ("the company", "The company now") stands
    for the organisation the article cites most by name (Uber in a piece on Uber); with none, it
    is no source. An indefinite one ("according to an engineer") is a new source, kept."""
    named = Counter(r[0] for r in rows if r[1] == "organisation" and r[0][:1].isupper())
    main = named.most_common(1)[0][0] if named else None  # (ties: the first named)
    out = []
    for row in rows:
        words = row[0].split()
        while len(words) > 1 and words[-1] in adverbs:
            words = words[:-1]
        if row[1] == "organisation" and words and len(words) <= 2 and row[2].casefold().startswith("the ") \
                and all(w.isalpha() and (w.islower() or w == "The") for w in words):
            if main is None:
                continue
            row = (main, *row[1:])
        out.append(row)
    return out


@cache
def _title_words() -> frozenset[str]:
    """The last words of the titles before a person's name (``person_titles`` of ``data/quotes.yml``)."""
    return frozenset(str(t).split()[-1].casefold() for t in rules("quotes")["person_titles"])


def _without_middle_names(rows: list[tuple]) -> list[tuple]:
    """One person written with and without a middle name ("Robert Gabriel Mugabe", "Robert Mugabe"):
    the name without it, when the article cites both forms."""
    persons = {r[0] for r in rows if r[1] == "person"}
    short = {}
    for name in persons:
        words = name.split()
        if len(words) >= 3 and f"{words[0]} {words[-1]}" in persons:
            short[name] = f"{words[0]} {words[-1]}"
    return [(short[r[0]], *r[1:]) if r[1] == "person" and r[0] in short else r for r in rows] if short else rows


def _titled_persons(rows: list[tuple]) -> list[tuple]:
    """Person sources written with a title instead of a given name: "Attorney Bash" is the article's
    "Josh Bash" (one full name of that surname); a second surname the article never uses alone goes
    ("Ricardo Rosselló Nevares", elsewhere "Rosselló"); a bare title ("US Ambassador", cut from "US Ambassador
    to Germany Richard Grenell") goes when its sentence names another person as a source."""
    full: dict[str, set[str]] = {}
    for r in rows:
        if r[1] == "person" and len(r[0].split()) >= 2 and first_name_gender(r[0]):
            full.setdefault(r[0].split()[-1], set()).add(r[0])
    people_in = Counter(r[5] for r in rows if r[1] == "person")
    alone = {r[0] for r in rows if r[1] == "person" and len(r[0].split()) == 1}  # surnames used alone
    last_words = {r[0].split()[-1] for r in rows if r[1] == "person" and r[0].split()}
    rows = [(" ".join(r[0].split()[:-1]), *r[1:])  # "Ricardo Rosselló Nevares" written "Rosselló" elsewhere
            if r[1] == "person" and len(r[0].split()) >= 3 and r[0].split()[-2] in alone
            and r[0].split()[-1] not in alone and sum(w == r[0].split()[-1] for w in last_words) == 1
            else r for r in rows]
    out = []
    for r in rows:
        words = r[0].split()
        if r[1] == "person" and words and words[-1].casefold() in _title_words() and people_in[r[5]] > 1:
            continue
        if r[1] == "person" and len(words) >= 2 and not first_name_gender(r[0]) \
                and len(full.get(words[-1], ())) == 1:
            r = (next(iter(full[words[-1]])), *r[1:])
        out.append(r)
    return out


def _merged(text: str, candidates: list[tuple], adverbs: frozenset[str] = frozenset()) -> list[tuple]:
    """Candidate citations cleaned and counted once per sentence per source.

    Fragments go (a first word that never starts a name: "Although no group", "Each"; a lone
    sentence-initial word the article also writes in lower case: "Security was brought in"; such
    a word before a person's name: "Afterwards Trump" is Trump), and
    the reporter's own first person ("I asked"); names are made canonical for the article
    (``canonical_names``: "Fiona" and "Fiona Parry" are one source); in one sentence a name
    inside a longer citation of the same source or an overlapping one ("officials" inside
    "American officials") is the same citation.
    """
    lower: dict[str, bool] = {}  # speed: the article writes this word in lower case (looked up once per word)

    tokens: set[str] = set()  # speed: the text's word runs, read once when first needed

    def written_lower(word: str) -> bool:
        if word not in lower:
            folded = word.casefold()
            if TOKEN.fullmatch(folded):
                if not tokens:
                    tokens.update(word_runs(text))  # speed: TOKEN.findall(text), read once per text
                lower[word] = folded in tokens
            else:  # (speed: a word that is no substring of the text is not searched for with a pattern)
                lower[word] = folded in text and re.search(rf"(?<![\w’'-]){re.escape(folded)}(?![\w’'-])",
                                                           text) is not None
        return lower[word]
    named = {r[2] for r in candidates if r[1] == "person"}  # person names as written in the text
    kept = []
    for row in candidates:
        name, kind, written = row[0], row[1], row[2]
        words = written.split()
        if not words or FIRST_PERSON_WORD.sub("", written.casefold().strip()) in FIRST_PERSON \
                or FIRST_PERSON_WORD.sub("", name.casefold().strip()) in FIRST_PERSON:
            continue  # the reporter's own first person, contracted too: "We’re told", "I’d never say"
        first = name.split()[0].strip("“”\"‘’'(") if name.split() else ""
        if kind == "person" and len(name.split()) >= 2 and not first_name_gender(name) \
                and (first in not_names() or (first[:1].isupper() and written_lower(first)
                                              and name.split(None, 1)[1] in named)):
            name = name.split(None, 1)[1]  # a sentence opener before a name: "Afterwards Trump", "Calling Mr Burr"
            row = (name, *row[1:])
            first = name.split()[0]
        if kind not in ("anonymous", "document") and first in not_names() and first not in ("The", "A", "An") \
                and not _described_name(name, written):  # (but "producer Who Gives a Crap": a name, 11aw)
            continue
        if len(name.split()) == 1 and kind in ("person", "organisation", "government") \
                and name[:1].isupper() and not name.isupper() and written_lower(name) \
                and not (kind == "government" and written.casefold() == f"the {name.casefold()}"):
            continue  # (but "the Government", an institution by its capitalised noun, is one)
        kept.append(row)
    kept = _titled_persons(kept)
    persons = [r[0] for r in kept if r[1] == "person"]
    mapping = canonical_names([r[0] for r in kept if r[1] in ("person", "organisation", "government")], persons=persons)
    kept = [(mapping.get(r[0], r[0]) if r[1] in ("person", "organisation", "government") else r[0], *r[1:])
            for r in kept]
    kept = _without_middle_names(kept)
    kept = _same_institution(kept)
    kept = _generic_organisations(kept, adverbs)
    rows: list[tuple] = []
    in_sentence: dict[int, list[tuple]] = {}  # speed: rows kept so far, by sentence
    for row in sorted(kept, key=lambda r: (r[5], -(r[7] - r[6]), r[6])):  # per sentence, longest first
        quoted = len(row) > 9 or any(len(r) > 9 for r in in_sentence.get(row[5], ()))
        same = [r for r in in_sentence.get(row[5], ()) if (r[0] == row[0] or _nested(r[0], row[0])
                                                          or (not quoted and r[6] < row[7] and row[6] < r[7]
                                                              and _same_words(r, row, text)))]
        if not same:
            rows.append(row)
            in_sentence.setdefault(row[5], []).append(row)
    return [r[:9] for r in rows]


# "according to X", and "Per X," opening a sentence ("Per the decree signed by ...")
ACCORDING = re.compile(r"(?:\baccording to|(?-i:(?<![\w-])Per))\s+((?:[^\s,;.]+\s*){1,8})", re.IGNORECASE)
CUT_PREPOSITION = re.compile(r"\s+(?:in|of|at|for|from|on|by|with|and|the)$")  # a phrase cut after a preposition
SIGNED_BY = re.compile(r"\s+(?:signed|issued|written|released|published|sent|drafted)\s+by\s+")
# what a described thing was posted on: "videos| posted on social media" (issue 11w; a named platform counts itself)
POSTED_ON = re.compile(r"\s+(?:posted|shared|uploaded|circulated|circulating|published)\s+(?:on|to)\s+"
                       r"(?:(?:the|various|several)\s+)?(?:social\s+media|the\s+internet|online\s+forums?)\b")
BARE_REPORTS = re.compile(r"(?:the\s+)?reports")  # "according to the reports": no one named
# a document a name or a description issued, written before its noun: "a fire service statement",
# "her memoirs", "the ministry's statement"
ISSUED_DOCUMENT = re.compile(r"(?:(?:a|an|the|its|their)\s+((?:[a-z][\w-]*\s+){1,3}?)|(his|her)\s+(?:[a-z][\w-]*\s+)?)"
                             r"(?:statement|memoirs?|autobiography|diary|diaries|letter|announcement|press\s+release|"
                             r"decree|website|blog)$")
# characters before a cue word that an unnamed source phrase may take ("people familiar with the matter have also")
ANONYMOUS_REACH = 100


def _near(pattern: re.Pattern[str], text: str, literals: tuple[str, ...], reach: tuple[int, int]):
    """The matches of ``pattern`` that hold one of ``literals``, found only in windows around
    them (``reach``: characters before and after): ``str.find`` is far faster than a pattern
    tried at every position of the text."""
    spots = sorted(i for lit in literals for i in _find_all(text, lit))
    windows: list[list[int]] = []
    for i in spots:
        a, b = max(0, i - reach[0]), i + reach[1]
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    for a, b in windows:
        yield from pattern.finditer(text, a, b)


def _find_all(text: str, literal: str):
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def _matches(pattern, text: str, sentences, starts: list[int]):
    """(sentence, match) for the matches of ``pattern`` (a compiled pattern, or an iterable of
    matches) in ``text``, each within one sentence: a match that runs over a sentence's end is
    looked for again inside each sentence it touches."""
    found = pattern.finditer(text) if isinstance(pattern, re.Pattern) else pattern
    pattern = pattern if isinstance(pattern, re.Pattern) else None
    for m in found:
        pattern = pattern or m.re
        k = _sentence_at(starts, m.start())
        if k < 0:
            continue
        if m.end() <= sentences[k].end:
            yield sentences[k], m
            continue
        last = _sentence_at(starts, m.end() - 1)
        for j in range(k, last + 1):
            inside = pattern.finditer(text, max(sentences[j].start, m.start()), sentences[j].end)
            yield from ((sentences[j], n) for n in inside if n.start() >= m.start())


# "announced on Friday by the University of California, San Diego": a time between the verb and "by",
# and a place after a comma that ends the sentence, are allowed
AGENT = re.compile(r"\b(?:reported|quoted|cited|projected|announced|confirmed|declared|criticized|criticised|"
                   r"challenged|disputed|contested|questioned|condemned|denounced|denied|rejected|ruled|estimated|"
                   r'described\s+as\s+(?:“[^”]{1,40}”|"[^"]{1,40}"|[a-z-]+))'
                   r"(?:\s+(?:(?:on|in)\s+[A-Z0-9][\w-]*|last\s+[a-z]+|earlier|later|today|yesterday)){0,2}\s+by\s+"
                   r"((?:[^\s,;.]+\s*){1,6}(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s*[.;]))?)")
DOCUMENT_NOUNS = ("report", "study", "statement", "survey", "poll", "investigation", "inquiry", "document", "filing")



# a journal or outlet a study was published in: "findings published Tuesday in The Lancet Infectious Diseases"
NAME = r"[A-Z][\w.&-]*(?:(?:['’]s)?\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w.&-]*)*"
PUBLISHED_IN = re.compile(rf"\bpublished\s+(?:[A-Z]?[a-z]+\s+){{0,2}}?in\s+(?:the\s+)?(?:journal\s+)?({NAME})")
# who stands behind a document: "a report released on Monday by Stanford University's Center on ...",
# "a statement posted to his official Twitter account", "a survey published in 2017 by the Society"
DOCUMENT_AUTHOR = re.compile(rf"[^.;:!?]{{0,45}}?\b(?:by|from|(?:posted|published|shared|issued)\s+(?:to|on))\s+"
                             rf"(?:(?:the|his|her|their|its)\s+)?(?:[a-z]+\s+){{0,2}}({NAME}(?:['’]s\s+(?:office|ministry|"
                             rf"government|administration|campaign|team|lawyers?|spokes(?:man|woman|person))\b)?)")
# (an author's office is the author: "a statement released by Erdogan's office")
FINDINGS = {"report", "study", "survey", "poll"}  # documents of findings: one author's report is also "the study"
DOCUMENT_INTRO = re.compile(rf"\b(?:[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?({'|'.join(DOCUMENT_NOUNS)})\b")
DOCUMENT_SPEAKER = re.compile(r"(?:^|\s)(?:the|a|this|that)\s+(?:[\w-]+\s+)?(report|study|survey|statement|poll)$",
                              re.IGNORECASE)
# who issues a statement is its source: "the palace issued a statement", "Acme Inc. released a statement"
ISSUED = re.compile(r"\s+(?:(?:has|had|also|later)\s+)?((?:issued|released|put\s+out)\s+(?:a|an|the\s+following)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:statement|communiqué))\b")
RELATIVE_SUBJECT = re.compile(rf"\b(?:which|that|who|whom)\s+(?:the\s+)?({NAME})\s+(?:(?:has|had)\s+)?$")
# "the" and a noun before a verb; one hyphenated modifier may stand between ("The Luxembourg-based court",
# "the three-judge court": issue 11ap, a body's later description)
DEFINITE_NOUN = re.compile(r"\b[Tt]he\s+(?:[A-Za-z]+-[a-z]+\s+)?([a-z]+)$")


def _issuer(text: str, s_a: int, b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """(name, type, start, end) of the subject just before ``b``: a name, or "the" and a noun."""
    names = [n for n in find_names(text, max(s_a, b - NAME_REACH), b) if n.end == b]
    if names and names[-1].text.split()[0] not in not_names():
        name = names[-1]
        full = _surname(text, name)
        if full:  # "van Leer's notion": Anna van Leer
            return full, "person", name.start, name.end
        kind = "person" if name.type == "person" else known.aliases.get(name.text, (name.text, "organisation"))[1]
        return known.aliases.get(name.text, (name.text, kind))[0], kind, name.start, name.end
    noun = DEFINITE_NOUN.search(text, max(s_a, b - 30), b)
    if noun and noun.group(1) not in known.organisation_nouns:
        found = (_described_body(text, noun.group(1), noun.start(), known)  # "the agency": the agency named before
                 or _antecedent(text, noun.group(1), noun.start()))  # "the party" after "Thai Raksa Chart Party"
        if found:
            return found[0], found[1], noun.start(), b
        if noun.group(1) in known.anonymous_last:  # "the family": an unnamed group
            return f"the {noun.group(1)}", "anonymous", noun.start(), b
        kind = "government" if noun.group(1) in known.government else "organisation"
        return f"the {noun.group(1)}", kind, noun.start(), b
    return None


# a subject (or two joined by "and") that did something by saying it: "Nintendo and Apple shocked the
# world earlier this year by announcing ..."
# a transcript's speaker label, used for two answers or more (one "Name: ..." line is a caption or a note)
LABEL = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}):\s")
GLUED = re.compile(r"[a-z][A-Z]|\b(?:Image|Photo|Picture|Credit|Source|Video|Caption|Note|Update)$")
WORDS = r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*"  # capitalised words in a row
BY_SAYING = re.compile(rf"(?<![\w,] )(?<!\w)({WORDS})(?:\s+and\s+({WORDS}))?\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b"
                       r"[^.;:!?]{0,80}?\bby\s+(announcing|saying|declaring|revealing|claiming|arguing|insisting|"
                       r"warning|tweeting|stating|confirming|admitting|denying|suggesting)\b")
# the same with "the" and a noun as subject: "the parents tried to have him freed by saying ..."
BY_SAYING_BODY = re.compile(r"\b([Tt]he\s+[a-z]+)\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\b[^.;:!?]{0,80}?\bby\s+"
                            r"(announcing|saying|declaring|revealing|claiming|arguing|insisting|warning|tweeting|"
                            r"stating|confirming|admitting|denying|suggesting)\b")
# an unnamed or named source a clause cites: "..., citing local paramilitary groups, reported"
CITING = re.compile(r"\bciting\s+((?:the\s+)?(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s*[,;.)]|\s+as\s+saying\b)")
# "a statement from her younger brother, King Maha Vajiralongkorn", "a letter from the ministry"
# a court's document after "according to": "the ruling", "the court's judgment" (the court that ruled speaks)
COURT_DOCUMENT = re.compile(r"(?:the|its|this|that)\s+(?:court['’]s\s+)?(?:ruling|judgment|judgement|verdict)")
# a document and who sent it, after "according to": "a 1989 report from| the National Transportation Safety Board"
DOCUMENT_SENT_FROM = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?[a-z]+\s+from\s+(?:the\s+)?(?=[A-Z])")
DOCUMENT_FROM = re.compile(r"\b(statement|letter|message|report|study|communiqué|memo|note)s?\s+from\s+")
# "the family's statement said", "Erdogan's office's statement" -> the owner; the document must speak
DOCUMENT_OWNER = re.compile(r"\b((?:[Tt]he\s+[a-z]+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}))['’]s\s+"
                            r"(?:[a-z]+\s+)?(?:statement|report|letter|study|survey|post|tweet|filing)\s+"
                            r"(?:\w+ly\s+)?(said|says|stated|states|read|reads|noted|added|concluded|found|showed|shows)\b")
# "Smith et al.", "Smith and Jones et al": a paper named by its first author
ET_AL = re.compile(r"\b(?:(?:de|van|von|der|den|da|del|di|le|la|du)\s+)*"
                   r"[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?\s+et\s+al\b\.?")
# words before a noun, never right before a subject's verb: determiners, prepositions, particles
NOUN_BEFORE = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "own",
               "off", "with", "of", "on", "for", "and", "or", "by", "in", "to", "new", "big", "many", "swing", "so"}
HEADING = re.compile(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)+")  # words in capitals: a heading, not a name
HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|sponsored|moderated|organi[sz]ed|televised|aired)\s+by\s+(?:the\s+)?$")
NOUN_CUES = {"states", "promises", "promise", "claims", "claim", "calls", "pledged"}  # nouns also: no aside before
APPOSITION_GAP = re.compile(r"\s*,[^;]{3,200},(?:\s+(?:has|have|had|also|then|later|\w+ly))*\s+")  # "X, a Y, added"
# what may stand between a subject and its verb: a "who ..." clause, an age, a team's lead, an
# apposition that starts in lower case ("Karl Ode, chairman of the council,"), auxiliaries, adverbs; "who"
# itself, the relative clause's antecedent ("such as Ann Roe, who| denounced the plan": issue 11al)
SUBJECT_GAP = re.compile(r"(?:,\s+(?:who|which)\s[^,;:]{1,80},|,\s+who(?=\s)|,\s+\d+,|"
                         r",\s+(?:led|headed)\s+by\s+([^,;:]{1,80}),|"
                         r",\s+(?:(?:a|an|the|his|her|its|their)\s+)?[a-z][^;:,]{0,90}(?:,[^;:,]{0,40})?,)?"
                         r"(?:\s+(?:has|have|had|is|are|was|were|been|also|does|do|did|once|first|"
                         r"already|long|since|now|still|later|again|not|never|[a-z]+ly))*\s+$")
DOCUMENT_SUBJECT = re.compile(r"(?:^|\s)((?:[a-z]+(?:al|ic|ous|ive|ent|ier)\s+)?"
                              r"(?:studies|surveys|reports|analyses|papers))$")  # plural: "the study" apart
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DATE_TAIL = re.compile(rf"\s+(?:on|in)\s+(?:the\s+)?(?:{MONTHS}|{DAYS})\b.*$")
# "the High Court of England and| Wales ruled": a name of the form "X of A and B" is one name
OF_AND = re.compile(r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s+of\s+(?:the\s+)?"
                    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*\s+and\s+(?:the\s+)?$")
PLEA = re.compile(r"\s+(?:(?:his|her|their|its)\s+)?(?:guilt|guilty|to\s+(?:the\s+)?charges?)\b")
CONFESSION = re.compile(r"(?:confess|admit)(?:ed|s|ted)?\s+to\s+[a-z]+ing\b")  # "confessed to killing": a plea
# a document and who issued it, as a speaker phrase: "The decree signed by the Pope"
SIGNED_DOCUMENT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[a-z]+\s+)?(?P<noun>decree|statement|letter|message|memo|"
                             r"communiqué|order)\s+(?:signed|issued|written|released|sent)\s+by\s+()the\s+\S.*")
# (a name after "by" stays as the quote pass gave it)
ADJECTIVE_USE = re.compile(r"\s+[a-z]+s\s+of\b")  # "reported| incidents of": the participle describes a noun
AUTHORITY_END = re.compile(r"(?:^|\s)[Tt]he\s+([a-z]+)$")  # a speaker phrase that ends "the police"
# a speaker phrase holding its name's own verb: "X made videos and social media| posts"
NAME_THEN_VERB = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:made|did|had|has|was|were|is|are|[a-z]{3,}ed)\s")
# a speaker phrase that is only the owner of the subject: "Baloch| and Waseem's mother, Anwar,"
POSSESSED_HEAD = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]*)?['’]s\s+(?:[a-z]+\s+){0,2}(?:mother|father|son|daughter|"
                            r"wife|husband|brother|sister|lawyer|spokesman|spokeswoman|spokesperson|family|friend|"
                            r"parents|uncle|aunt)\b(?:,\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),)?")
# a court's ruling in the passive: "sentenced for her murder to life in prison by a court in Multan"
COURT_BY = re.compile(r"\b(?:sentenced|fined|ordered|ruled)\b[^.;:!?]{0,60}?\bby\s+((?:a|an|the)\s+(?:[a-z]+\s+)?"
                      r"court(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)")
# a document as the subject of a verb: "The decree also mentions", "the decree did not mandate"
DOCUMENT_VERB = re.compile(r"\b[Tt]he\s+(decree|statement|letter|message|memo|communiqué|order)\s+"
                           r"(?:also\s+|further\s+)?((?:did|does)\s+not\s+[a-z]+|[a-z]+s)\b")
AGENT_BY = re.compile(r"\s+by\b")  # a participle's agent follows: "reported by X"
NAMING = re.compile(r"\s+(?!The\b|A\b|An\b)[A-Z]")  # a name right after "called"/"named"
BE = re.compile(r"\b(?:is|are|was|were|been|be)\b")
PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|on|for|with|by|to|into|about|than)\s+(?:the\s+)?$", re.IGNORECASE)
# a place or an employer after a preposition (not "by", "from": an issuer)
# an owner and modifiers before a name: "Maryland's seventh| Congressional District" (issue 11w)
OWNER_MODIFIERS = re.compile(r"(?<![\w.’'-])(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|of|on|for|with|to|into|about|than)\s+(?:the\s+)?$", re.IGNORECASE)
TITLE_GAP = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}")  # a title before a name: "King", "Prime Minister"
UNNAMED_BODY = re.compile(r"\b[Tt]he\s+((?:[a-z]+\s+)?([a-z]+))$")
ROLE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)$")


# "a tweet on Monday by| X", "a recent report by| X"
BY_AUTHOR = re.compile(r"(?:(?:an?|the)\s+)?(?:[A-Za-z][a-z]+\s+)?[a-z]+(?:\s+(?:on|in|of|from)\s+\w+)?\s+by\s+")
TWEET = re.compile(r"\b(?:(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?tweets?|tweet(?:ed|ing|s))\b")
# a person's name set off by commas after a role ("the El Paso mayor|, Dee Margo,")
APPOSED = re.compile(r",\s+([A-Z][\w.’'-]+(?:\s+(?:(?:de|del|dela|van|von|al|bin|da)\s+)?[A-Z][\w.’'-]+)+)(?=\s*[,.;])")
ROLE_END = re.compile(r"\b[a-z][\w-]+$")  # a phrase that ends with a role noun ("mayor", "spokesperson")
# a role before a name set off by a comma ("Merkel's spokesperson, Steffen Seibert")
ROLE_THEN_NAME = re.compile(r"(?=.*\b[a-z][\w-]+,\s)[^,]*,\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)+)")
# a person's name before "of" and an employer ("Arnel| dela |Vega of the army's ...")
PERSON_OF = re.compile(r"([A-Z][\w.’'-]+\s+(?:((?:de|dela|del|van|von|da|di|al|bin|le|la|du)\s+)+)?"
                       r"[A-Z][\w.’'-]+)\s+of\s")
TRAILING_NAME = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+)\s*$")  # the name that ends a phrase
# where a time phrase or a dangling preposition starts at the end of a source's name
TIME_TAIL = re.compile(r"\s+(?:during|over|throughout|earlier|later|last|this)\s+(?:the\s+)?"
                       r"(?:weekend|week|month|year|day|night|morning|afternoon|evening)\b.*$")
DANGLING = re.compile(r"\s+(?:of|for|in|at|on|from|to|with|by)\s.*\s(?:of|for|in|at|on|from|to|with|by|the)$")


# Speed on run-on sentences (a one-line article is one sentence): a name ending at an offset is
# read from at most this many characters before it (no name is longer), and a bracket holding a
# mention opened at most this many characters before it (a list of works is short).
NAME_REACH = 200
BRACKET_REACH = 300
# ... and a name a family, an interviewer or a short form refers back to is looked for this far back (a long
# article: a few paragraphs; speed on one-line texts)
ANTECEDENT_REACH = 3000


PERSONAL = re.compile(r"(?i:he|she|him|her)")  # pronouns that stand for a person
LIST_WORDS = {"and", "the", "of", "&"}  # the lowercase words of a list of titles ("Jem and the Misfits")


# a court's name and the place after it, ending a subject: "the Court of Session| in Scotland", "the Supreme
# Court of the United Kingdom", "the High Court of England and Wales"
COURT_NAME = re.compile(r"(?<![\w.’'-])((?:[A-Z][\w.’'-]*\s+){0,4}(?:Court|Tribunal)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
                        r"(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4})?)(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w-]*"
                        r"(?:\s+[A-Z][\w-]*){0,3})?$")


def _court_subject(text: str, s_a: int, b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """(name, type, start, end) of a court, judge or jury that ends at ``b``, the subject of a ruling (issue 11aa:
    three blind sets count rulings, findings and convictions as the court's citations, "the Court of Session
    ruled on September 11 the ...", "A jury convicted X", "the court found"): a court's name, "the court"
    standing for the court named before, a judge named with the title, or an unnamed jury. Not "a judge in Texas"
    (an unnamed judge is the one named later: the quote pass's)."""
    subject = _issuer(text, s_a, b, known)
    if subject:
        name, kind, a, _ = subject
        words = {w.casefold() for w in re.findall(r"[A-Za-z]+", str(name).split(" of ")[0])}
        if kind == "person" and re.search(r"(?<![\w-])Judge\s+[A-Z]", text[max(s_a, a - 30):b]):
            return subject
        if kind != "person" and words & known.court_words:
            return name, "government", a, subject[3]
    named = COURT_NAME.search(text, max(s_a, b - NAME_REACH), b)
    if named:  # "the Court of Session in Scotland", "the Supreme Court of the United Kingdom"
        return known.aliases.get(named.group(1), (named.group(1), "government"))[0], "government", named.start(1), \
            named.end(1)
    jury = re.search(r"(?<![\w-])(?:[Aa]|[Tt]he)\s+((?:[a-z]+\s+)?(?:jury|tribunal))$", text[max(s_a, b - 40):b])
    return (text[b - len(jury.group()):b], "government", b - len(jury.group()), b) if jury else None


def _in_parenthesis(text: str, s_a: int, a: int, b: int) -> bool:
    """A mention inside brackets that list names only: "Jenn St-Onge (Nancy Drew, Jem and the Misfits)
    told ...": the bracket lists works, the speaker stands before it ("(according to X)" counts)."""
    s_a = max(s_a, a - BRACKET_REACH)
    before = text[s_a:a]
    if before.count("(") <= before.count(")"):
        return False
    close = text.find(")", b)
    inside = text[before.rindex("(") + s_a + 1:close] if close >= 0 else ""
    return bool(inside) and all(w[:1].isupper() or w[:1].isdigit() or w in LIST_WORDS
                                for w in re.findall(r"[\w’'-]+", inside))


LONG_TITLE = re.compile(r"(?:[A-Z][\w.]*\s+(?:(?:of|to|for)\s+)?){0,6}")  # "US Secretary of State "


def _titled_after(text: str, a: int, s_b: int) -> Name | None:
    """The person named at ``a`` after a title of any length ("US Ambassador to Germany| Richard Grenell")."""
    for name in find_names(text, a, min(s_b, a + 80)):
        if name.type == "person" and LONG_TITLE.fullmatch(text, a, name.start):
            return name
    return None


# the end of a prepositional phrase of names: a name after it is no subject ("researchers from the
# University of Washington and| Stanford University reported")
IN_PHRASE = re.compile(r"\b(?:in|at|from|of|with)\s+(?:the\s+)?(?:[A-Z][\w.’'()-]*\s+(?:(?:of|at|for)\s+)?)*"
                       r"(?:(?:and|&)\s+(?:the\s+)?)?$")


def _object_before_verb(text: str, s_a: int, a: int, b: int, cue: str) -> bool:
    """A name right before its cue verb but inside a prepositional phrase ("researchers from the College of
    Wooster in Ohio| reported"): the phrase's head speaks, the name only says where it is from."""
    if not text[a:a + 1].isupper() or not re.match(rf"\s+(?:\w+ly\s+)?{re.escape(cue)}\b", text[b:b + 40]):
        return False
    return IN_PHRASE.search(text, max(s_a, a - 120), a) is not None


BODY_TAIL = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w-]*)*")


OWNER_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?((?:[A-Z][\w.’'-]*\s+)+)$")  # "The| United States |government"


# an interview by a publication, its subject speaking in the same sentence
INTERVIEWER = re.compile(r"\b[Ii]n\s+(?:an?|the)\s+(?:[a-z]+\s+)?interview\s+with\s+"
                         r"((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}),\s+"
                         r"(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:\w+\s+)?"
                         r"(?:said|says|told|explained|added|stated|revealed|claimed|recalled|admitted)\b")
TOLD_TITLE = re.compile(r"\b(?:told|spoke\s+to|speaking\s+to|interview\s+with)\s+"
                        r"(The\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?=\s*[,.;:—–]|\s+(?:that|on|in|about|newspaper|magazine)\b)")
# a broadcaster's letters after "told" (issue 11w): "told MSNBC Cummings ...", "told WMUR in an interview"; not
# "told FBI agents" (a noun follows) nor a body of the article named in full before
TOLD_LETTERS = re.compile(r"\b(?:told|tells|spoke\s+to|speaking\s+to|interview\s+with|appeared\s+on|said\s+on)\s+"
                          r"([A-Z][A-Z&-]{2,6})(?=['’]s\s|\s*[,.;:—–]|\s+(?:(?:that|on|in|about|last|this|during|earlier)\b|"
                          r"[A-Z]))")


# messages that came from a list of senders ("Statements of condemnation have come from A, B and C")
CAME_FROM = re.compile(r"\b(?:[Ss]tatements?|[Mm]essages?|[Cc]ondolences|[Tt]ributes|[Cc]ondemnations?|[Rr]eactions?)"
                       r"\s+(?:of\s+[a-z]+\s+)?(?:(?:have|has|had)\s+(?:also\s+)?)?(?:come|came|poured\s+in)\s+from\s+")


def _no_speech(text: str, at: int, cue: str, as_written, a: int, b: int, s_a: int, known: SourceList) -> bool:
    """A cue verb at ``at`` that reports no speech by the phrase ``text[a:b]`` before it: a thing's name
    ("a British colony called Southern Rhodesia"), a participle with its agent after it ("numbers
    reported by X": X reported), a participle before a noun and "of" ("Amongst reported incidents of
    abuse": no one reports)."""
    if at >= 0 and NAMING.match(text, at + len(cue)) and BE.search(as_written or ""):
        return True
    if at >= 0 and cue.endswith("ed") and AGENT_BY.match(text, at + len(cue)):
        return True
    if at >= 0 and cue in known.term_verbs and not re.search(r"[\"“‘']", text[at:at + 60]):
        return True  # "when Vizmedia dubbed the first two seasons": no term given, no words of its own
    if isinstance(as_written, str) and NAME_THEN_VERB.match(as_written) \
            and re.search(r"\s(?!and$|or$|then$|also$)[a-z]+$", as_written):  # (not "Uber stepped in and| tweeted")
        return True  # "Qandeel Baloch made videos and social media| posts": the name's verb came before
    return at >= 0 and ADJECTIVE_USE.match(text, at + len(cue)) is not None


# Cue words that are also nouns, adjectives or verbs of doing (issue 11, PolNeAR's outlets): each is a cue
# only as the verb right after its subject (nothing but auxiliaries and adverbs between) and, for some,
# only with what was said after it.
AMBIGUOUS_CUES = {"states", "promises", "promise", "claims", "claim", "calls", "pledged", "charged", "continues",
                  "continued", "went on", "read", "called", "spoke", "expressed", "added", "asked", "responded",
                  "maintained", "maintains"}
# issue 11ad: "maintained" is speech only before "that" or a clause ("has maintained an inquiry is what ..."), not
# before a thing kept ("maintained a lead", "maintained his innocence")
MAINTAINED_CLAUSE = re.compile(r"\s+(?:that\b|[^,.;:]{0,60}?\b(?:is|are|was|were|has|have|had|will|would|should|could|"
                               r"must|can|did|does|do)\b)")
# words before a noun, never right before a subject's verb: determiners, prepositions, particles
NOUN_BEFORE = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "own",
               "off", "with", "of", "on", "for", "and", "or", "by", "in", "to", "new", "big", "many", "swing", "so"}
HEADING = re.compile(r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)+")  # words in capitals: a heading, not a name
HOSTED_BY = re.compile(r"\b(?:hosted|co-hosted|sponsored|moderated|organi[sz]ed|televised|aired)\s+by\s+(?:the\s+)?$")
NOUN_CUES = {"states", "promises", "promise", "claims", "claim", "calls", "pledged"}  # nouns also: no aside before
APPOSITION_GAP = re.compile(r"\s*,[^;]{3,200},(?:\s+(?:has|have|had|also|then|later|\w+ly))*\s+")  # "X, a Y, added"
# what may stand between a subject and its verb: auxiliaries, negation, adverbs ("has repeatedly pledged")
VERB_GAP = re.compile(r"(?:\s+(?:has|have|had|is|was|will|would|could|can|may|might|did|does|also|then|later|now|"
                      r"never|not|again|once|still|already|just|who|which|\w+ly))*\s+")
PASSIVE_GAP = re.compile(r"\s+(?:\w+\s+)?(?:was|were|is|are|been|be|being)\s+(?:not\s+|never\s+|\w+ly\s+)*$")
SAID_AFTER = re.compile(r"\s*(?:that\b|:|,|[\"“‘']|\.|$)")  # what follows a verb of speech: "charged that", "states:"
STATES_NOUN = re.compile(r"\s*(?:[.;)]|$|(?:and|or|where|in|with|to|such|like|have|had|are|were|will|would|"
                         r"that\s+(?:have|had|are|were|held|hold|vote|voted|will|would))\b)")
# going on with a deed, not words: "continues to lead", "went on to win" (not "went on to say", "continued to portray")
GOES_ON = re.compile(r"\s+to\s+(?!(?:say|argue|insist|claim|tell|note|add|deny|call|ask|warn|write|suggest|refute|"
                     r"express|complain|pursue|push|press|defend|blame|reject|dismiss|stress|emphasi[sz]e|voice|urge|"
                     r"demand|promise|hint|raise|speak|talk|tout|mock|slam|portray|assure|beat\s+back|"
                     r"struggle\s+to\s+(?:articulate|explain)|"
                     r"describe|explain|criticize|criticise|attack|praise|maintain|assert|accuse|question)\b)[a-z]+")
# what was said after "spoke" or "read" ("spoke of", "spoke about", "read: ...", "read a statement")
SPOKE_OF = re.compile(r"[^.;]*?(?:\b(?:of|about|on\s+condition|anonymously|that|interview|speech|remarks|discuss|"
                      r"on\s+(?:the\s+)?[a-z]+)\b|[\"“:])")
READ_OUT = re.compile(r"\s*(?:,\s*)?(?:(?:in\s+(?:part|full)\s*)?[:\"“‘']|"  # "read in part:" (issue 11bd)
                      r"(?:out\s+)?(?:a|an|the|his|her|their|its)\s+(?:[a-z]+\s+)?"
                      r"(?:statement|letter|message|note|declaration|decision|verdict|ruling|opinion|poem))")
ADDED_THING = re.compile(r"\s+(?:\$?\d|another\b|more\b|new\b|some\b|an?\s|the\s+\w+\s+(?!that)|to\s+(?:the|his|her|"
                         r"its|their|a)\b)")


# "declared a (national) state of emergency", "declared martial law": an act, not words reported (issue 11am;
# blind-test-4's gold counts "declared a 'terrorist-related' attack", a statement, so only these acts)
DECLARED_EMERGENCY = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:state\s+of\s+(?:emergency|disaster|"
                                r"calamity|siege)|emergency|martial\s+law|curfew)\b")


def _cue_not_speech(text: str, s_a: int, s_b: int, a: int, b: int, cue: str, kind: str = "") -> bool:
    """A cue word after the source phrase ``text[a:b]`` that is no verb of speech by it (issue 11, on other
    outlets' house styles): a noun or adjective ("Vermont, states that vote", "pledged delegates",
    "speeches and promises to"), a verb of doing ("continues to lead", "was later charged with assault",
    "spoke for 77 minutes", "read from the bench", "the U.S. added 292,000 jobs"), a passive ("was not
    asked to speak"), a thing's name ("a website called X", "so-called"), a byline ("X reported from
    Washington.") or a syndication line ("As published in the International New York Times.").
    A possessed noun is a claim ("North Korea's claim that"): its own rule, not checked here."""
    if _attributive_participle(text, a, b, cue):
        return True  # "Some estimated death tolls ... exceeded 100": an adjective, no speech (issue 11aw)
    if cue == "reported" and a == s_a and re.fullmatch(r"\s+reported\s+from\s+[A-Z][^.;]*\.?\s*", text[b:s_b]):
        return True  # a byline: "Ryan Grim reported from Washington, D.C."
    if cue == "published in" and re.match(r"\s*As\s+published\s+in\b", text[s_a:b]):
        return True
    if cue == "subject" and (text[b - 1:b + 1] in ("s'", "s’") or HEADING.fullmatch(text[a:b])):
        return True  # "Sanders' call for", a heading in capitals ("NEW YORK ENDS TAMPON TAX"): no speaker
    if cue == "by" and HOSTED_BY.search(text, max(s_a, a - 30), a):
        return True  # "a debate hosted by CNN": the host of an event, no source
    if cue == "declared" and text.find(cue, b, s_b) >= 0 \
            and DECLARED_EMERGENCY.match(text, text.find(cue, b, s_b) + len(cue)):
        return True  # "declared a state of emergency": an official act, not a citation in any gold set (issue 11am)
    if cue not in AMBIGUOUS_CUES:
        return False
    at = text.find(cue, b, s_b)
    if at < 0 or text[b:b + 2] in ("'s", "’s"):
        return False  # the cue is before the source ("said Smith") or the source owns it ("Smith's claim")
    gap = text[b:at]
    after = at + len(cue)
    before = re.search(r"([\w’'-]+)\s+$", text[max(s_a, at - 30):at])
    if cue in NOUN_CUES | {"called"} and before and before.group(1) in NOUN_BEFORE \
            and not (cue == "called" and before.group(1) in ("and", "or")):  # ("found X and called it Y": a verb)
        return True  # "Rattling off promises", "with promises to", "the states": a noun (the subject's words end
        # on a noun: "the document states", "the suit claims")
    if text[at - 3:at] == "so-":
        return True  # "the so-called Islamic State"
    if gap and not VERB_GAP.fullmatch(gap) and (cue in NOUN_CUES or not APPOSITION_GAP.fullmatch(gap)
                                                 and not re.fullmatch(r"\s*,\s+|\s[^,;]*\band\b[^,;]*", gap)):
        return True  # words between the source and the cue: not its verb ("speeches and promises to")
    if cue.endswith("ed") and PASSIVE_GAP.search(text, max(s_a, b - 30), at):
        return True  # "was not asked to speak", "was later charged with assault"
    if cue == "pledged" and re.match(r"\s+(?:delegates?|votes?|support)\b", text[after:after + 12]):
        return True
    if cue == "charged" and kind in ("government", "anonymous") and re.match(r"\s+\w+(?:\s+\w+){0,6}\s+with\b",
                                                                           text[after:s_b]):
        return False  # "State prosecutors charged the suspect with capital murder": an authority's charge is news
    if cue == "states":  # a plural noun before a clause or a list ("states that voted", "states where he won")
        return STATES_NOUN.match(text, after, s_b) is not None
    if cue == "charged":
        return not SAID_AFTER.match(text, after, s_b)  # "charged that ...", "states: ..."; not "charged more"
    if cue in ("continues", "continued", "went on"):
        return GOES_ON.match(text, after, s_b) is not None
    if cue == "spoke":
        return not SPOKE_OF.match(text, after, s_b)
    if cue == "read":
        return not READ_OUT.match(text, after, s_b)
    if cue == "responded":  # "Beijing responded by sidestepping Moscow", "he responded as if hurt": an act
        return re.match(r"\s+(?:\w+ly\s+)?(?:by\s+[a-z]+ing|as\s+if)\b", text[after:s_b]) is not None
    if cue == "added":
        return ADDED_THING.match(text, after, s_b) is not None and not re.search(r"[:\"“]", text[after:s_b])
    if cue in ("maintained", "maintains"):
        return MAINTAINED_CLAUSE.match(text, after, s_b) is None
    return False


def _coordinated(text: str, a: int, b: int, known: SourceList) -> list[tuple[int, int]]:
    """The parts of a source phrase that joins two sources with "and" ("witness accounts and
    authorities", "the Red Cross and government officials"): each a source. One part when "and" is
    inside a name ("Fire and Rescue Service", "Ministry of Science and Technology") or joins words
    of one noun ("cats and dogs experts" is rare; "and" before a lone word is kept whole)."""
    at = [m for m in re.finditer(r"\s+and\s+", text[a:b])]
    if len(at) != 1:
        return [(a, b)]
    m = at[0]
    left, right = (a, a + m.start()), (a + m.end(), b)
    if any(n.start < right[0] and n.end > left[1] for n in find_names(text, a, b)) \
            or (text[left[1] - 1:left[1]].isalpha() and re.search(r"(?:^|\s)[A-Z][\w’'.-]*$", text[left[0]:left[1]])
                and text[right[0]:right[0] + 1].isupper()):
        return [(a, b)]  # "and" inside one name ("Food and Agriculture Organization", "Fire and Rescue Service")
    if not all(_is_source_phrase(text, *part, known) for part in (left, right)):
        return [(a, b)]  # "and" inside one description ("trade and industry officials")
    return [left, right]


def _is_source_phrase(text: str, a: int, b: int, known: SourceList) -> bool:
    """A phrase that is a source by itself: a name, an unnamed source ("witness accounts") or an
    authority ("authorities", "the police")."""
    phrase = " ".join(text[a:b].split()).removeprefix("the ")
    words = {w.casefold() for w in phrase.split()}
    return bool(phrase) and (phrase[:1].isupper() or known.anonymous_noun.search(phrase) is not None
                             or bool(words & known.government))


def _document_issuer(text: str, a: int, b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """Who issued the document an "according to" phrase names, written before the document's noun:
    "a fire service statement" (the fire service: the article's "North Wales Fire and Rescue Service"
    when it named it so), "her memoirs" (the woman last named before). None for other phrases."""
    m = ISSUED_DOCUMENT.fullmatch(text, a, b)
    if not m:
        return None
    if m.group(2):  # a possessive pronoun: the last person of that gender named before
        gender = "female" if m.group(2) == "her" else "male"
        persons = [n for n in reversed(find_names(text, max(0, a - ANTECEDENT_REACH), a)) if n.type == "person"]
        person = next((n for n in persons if (n.gender or first_name_gender(_person_name(n.text))) == gender),
                      persons[0] if len({n.text for n in persons}) == 1 else None)  # (one person named: theirs)
        return (_person_name(person.text), "person", a, b) if person else None
    words = m.group(1).split()
    if any(w in FUNCTION_WORDS or w.endswith(("ly", "ed")) or w in ("new", "recent", "joint", "official", "brief",
                                                                     "written", "short", "long", "later", "earlier")
           for w in words):
        return None  # "a new statement", "a joint statement": a description, not an issuer
    full = _short_form(text, words, a)
    name = full or " ".join(words)
    kind = "government" if {w.casefold() for w in name.split()} & known.government else "organisation"
    return name, kind, m.start(1), m.start(1) + len(m.group(1).rstrip())


def _short_form(text: str, words: list[str], before: int) -> str | None:
    """The name written before ``before`` that lowercase ``words`` shorten ("fire service": "North Wales
    Fire and Rescue Service"): a run of capitalised words (with "and", "of" ... inside) that ends with
    the last word and holds every other word. Read here, not by name finding, which may split such a
    run at "and"."""
    want = [w.casefold() for w in words]
    for run in reversed(list(CAPITAL_RUN.finditer(text, max(0, before - ANTECEDENT_REACH), before))):
        parts = [w.casefold() for w in run.group().split()]
        if len(parts) > len(want) and parts[-1] == want[-1] and all(w in parts for w in want):
            return run.group()
    return None


CAPITAL_RUN = re.compile(r"[A-Z][\w.&-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w.&-]*)+")


def _trimmed_name(name: str) -> str:
    """A source name without a time phrase ("Mexican government| during the weekend") or a tail
    that ends on a preposition ("Graciano Mijares| of the police of"): the name is what stands before."""
    if not isinstance(name, str):
        return name
    return DANGLING.sub("", TIME_TAIL.sub("", name)) or name


def _apposed_name(speaker: str, as_written) -> str | None:
    """The person a speaker phrase names when the quote pass took another name of it: the name before
    a parenthesis that lists works ("Jenn St-Onge (Nancy Drew, Jem and the Misfits)"), the name
    set off after a role ("Merkel's spokesperson, Steffen Seibert"); "" for a bare parenthetical's
    end ("and the Misfits)"): no speaker. None when the speaker stands as written."""
    if not isinstance(as_written, str) or not isinstance(speaker, str):
        return None
    if as_written.rstrip().endswith(")") and "(" not in as_written:
        return ""
    if "(" in as_written:
        before = as_written[:as_written.index("(")]
        if speaker not in before:
            name = TRAILING_NAME.search(before)
            return name.group(1) if name else ""
        return None
    person = PERSON_OF.match(as_written.strip())
    if person and speaker not in person.group(1) and (first_name_gender(person.group(1)) or person.group(2)):
        return person.group(1)  # "Arnel dela Vega of the army's Western Mindanao Command": the person speaks
    m = ROLE_THEN_NAME.fullmatch(as_written.strip())
    if m and speaker != m.group(1):
        return m.group(1)
    return None


def _subject_before(text: str, s_a: int, b: int, known: SourceList,
                    progressive: bool = False) -> tuple[str, str, int, int] | None:
    """(name, type, start, end) of the subject of a verb at ``b``: a name, or "the" and a noun
    standing for a name said before (see ``_antecedent``); auxiliaries, adverbs and a "who"
    clause may stand between ("David Pierce, who also tried it, has already pointed out").
    Not a passive ("Munk's death was announced": a form of "be" before a past participle), nor
    a name after a preposition ("that tweeter in Sydney suggested")."""
    window = max(s_a, b - 140)
    gaps = [SUBJECT_GAP.search(text, window, b)]  # auxiliaries and adverbs only, then from each comma leftwards
    gaps += [SUBJECT_GAP.match(text, i, b) for i in range(b - 1, window - 1, -1) if text[i] == ","]
    for gap in filter(None, gaps):
        if gap.group().startswith(",") or gap is gaps[0]:
            found = _subject_at(text, s_a, b, gap, known, progressive)
            if found:
                return found
    return None


def _subject_at(text: str, s_a: int, b: int, gap: re.Match[str] | None, known: SourceList,
                progressive: bool) -> tuple[str, str, int, int] | None:
    """The subject that ends where ``gap`` (the words between it and the verb at ``b``) starts."""
    end = gap.start() if gap else b
    if end <= s_a or (gap and not progressive and BE.search(gap.group().rsplit(",", 1)[-1])):
        # (a form of "be" inside a "which is linked to ..." clause is not the verb's passive)
        return None
    if gap and gap.group(1):  # "The researchers, led by Jane Doe of Harvard, found": the team's lead speaks for it
        a = gap.start(1)
        lead = next((n for n in find_names(text, a, gap.end(1)) if n.start == a), None)
        person = lead.text.split(" of ")[0] if lead else ""  # "Jane Doe of Harvard University"
        if lead and (lead.type == "person" or first_name_gender(person)):
            return person, "person", lead.start, lead.start + len(person)
    document = DOCUMENT_SUBJECT.search(text, max(s_a, end - 60), end)
    if document:  # "A large body of neuroscientific studies has pointed out": unnamed earlier work
        return document.group(1), "document", document.start(1), end
    held = PERSON_OF_PLACE.search(text, max(s_a, end - 120), end)
    if held and _known_place(held.group(2)):
        person = next((n for n in find_names(text, max(s_a, held.start(1) - 60), held.end(1))
                       if n.end == held.end(1) and n.type == "person"), None)
        if person:  # "Jerrold Nadler of New York| has repeatedly maintained": the person, not the place (11ad)
            return person.text, "person", person.start, held.end(2)
    names = [n for n in find_names(text, max(s_a, end - NAME_REACH), end) if n.end == end]
    if names:
        name = names[-1]
        joined = OF_AND.search(text, max(s_a, name.start - 80), name.start)
        if joined:  # "the High Court of England and Wales"
            a = joined.start() + (4 if text.startswith(("The ", "the "), joined.start()) else 0)
            name = Name(text[a:name.end], a, name.end, "organisation")
        owner = OWNER_MODIFIERS.search(text, max(s_a, name.start - 60), name.start)
        if owner and PREPOSITION_BEFORE.search(text, max(s_a, owner.start() - 12), owner.start()):
            return None  # "Kweisi Mfume of| Maryland's seventh |Congressional District announced": inside a complement
        if PREPOSITION_BEFORE.search(text, max(s_a, name.start - 12), name.start):
            group = GROUP_BEFORE_PLACE.search(text, max(s_a, name.start - 60), name.start)
            if group and _group_noun([group.group(1).split()[-1]], known):  # "several foreign ministers in| Cairo"
                name = _group_name(group.group(1))
                bare = re.sub(r"^(?:several|many|some|a few|two|three|four|five)\s+", "", name)
                if bare != name and re.search(rf"\b[Tt]he\s+{re.escape(bare)}\b", text):
                    name = f"the {bare}"  # the text calls them "the foreign ministers" later: one name for both
                return name, "anonymous", group.start(1), group.end(1)
            return None
        if name.type == "unknown" and re.fullmatch(r"[A-Z][\w’'-]+s", name.text) \
                and text[max(s_a, name.start - 4):name.start].casefold() == "the ":
            before = find_names(text, max(0, name.start - ANTECEDENT_REACH), name.start)
            person = next((n.text for n in reversed(before) if n.type == "person" and name.text[:-1] in n.text.split()),
                          None)
            if person:  # "The Tongs indicated": the family of "Tong Yung-soo", named for him
                return person, "person", name.start, name.end
        first = name.text.split()[0]
        if name.text.casefold() in known.government and text[max(s_a, name.start - 4):name.start].casefold() == "the ":
            return name.text, "government", name.start - 4, name.end  # "the Government has admitted"
        if name.start == s_a and name.text.casefold() in known.unnamed_authorities:
            return name.text.lower(), "government", name.start, name.end  # "Police also said": the police
        if first in not_names() or (name.start == s_a and len(name.text.split()) == 1
                                    and first.casefold() in _lower_words(text)):
            return None  # "Although", or a sentence-initial common word ("Security was ...")
        if name.text in known.aliases:
            return (*known.aliases[name.text], name.start, name.end)
        if name.type == "place":
            if re.search(r"[A-Z][\w.-]*,\s+$", text[max(s_a, name.start - 30):name.start]):
                return None  # "University of California, Los Angeles", "Clairton, Pennsylvania": a name's tail
            return canonical_place(name.text) or name.text, "government", name.start, name.end
        kind = "person" if name.type == "person" else _name_type(text, name.start, name.end, known)
        if name.type == "unknown" and name.text.endswith("s") and not name.text.endswith("ss"):
            kind = "organisation"  # "The Teamsters disagree": a capitalised plural is a body of people
        return name.text, kind, name.start, name.end
    bare = BARE_AUTHORITY.search(text, max(s_a, end - 20), end)
    if bare and bare.group(1).casefold() in known.unnamed_authorities:  # "..., police revealed on Saturday" (11ad)
        return bare.group(1).lower(), "government", bare.start(1), end
    body = UNNAMED_BODY.search(text, max(s_a, end - 40), end)
    full = body and " " in body.group(1) and _short_form(text, body.group(1).split(), body.start())
    if full:  # "The fire service indicated": the "North Wales Fire and Rescue Service" named before
        kind = "government" if {w.casefold() for w in full.split()} & known.government else "organisation"
        return full, kind, body.start(1), end
    if body and body.group(2) in known.body_nouns | known.anonymous_last:  # "the media union is adamant"
        return body.group(1), "anonymous", body.start(1), end
    noun = ROLE_NOUN.search(text, max(s_a, end - 30), end)
    if noun and noun.group(1) in known.organisation_nouns:  # "the company": the main organisation (merged later)
        return f"the {noun.group(1)}", "organisation", noun.start(), end
    if noun:
        found = (_described_body(text, noun.group(1), noun.start(), known)
                 or _antecedent(text, noun.group(1), noun.start()))
        if found:
            return found[0], found[1], noun.start(), end
        if noun.group(1) in known.unnamed_authorities:
            return f"the {noun.group(1)}", "government", noun.start(), end  # "the government announced": unnamed
    return None


# issue 11al: a source "told" a reporter named with the outlet ("told Ann Roe of KXYZ 5 news", "told Ann Roe of the
# Daily Courier"): the outlet counts, as for "told the Daily Courier" (``told_publication``)
TOLD_REPORTER_OF = re.compile(r"\btold\s+(?:[A-Z][\w.’'-]*\s+){1,3}of\s+(?:the\s+)?"
                              r"([A-Z][\w&.’'-]*(?:\s+[A-Z0-9][\w&.’'-]*){0,3}?)"
                              r"(\s+(?:news|radio|television|TV))?(?=\s*[,.;:—–]|\s+(?:that|on|in|about)\b)")
# a plural group of people before "in"/"from"/"at" and a place ("several foreign ministers in| Cairo")
GROUP_BEFORE_PLACE = re.compile(r"\b((?:[a-z]+\s+){0,2}[a-z]+s)\s+(?:in|from|at)\s+(?:the\s+)?$")
# issue 11ad: a person named with a place after "of" ("Jerrold Nadler of| New York"), and an unnamed authority
# without "the" after a clause (", police| revealed on Saturday")
PERSON_OF_PLACE = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+)\s+of\s+(?:the\s+)?"
                             r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$")
BARE_AUTHORITY = re.compile(r",\s+([a-z]+)$")
JOINED = re.compile(r"(?:\b[Bb]oth\s+)?((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+and\s+(?:the\s+)?$")
# (issue 11al: "the" may open the second name, "both Saudi Arabia and the| United States have alleged")


THEY_REACH = 4  # sentences: a group introduced in a lead paragraph, "They concluded" after a short paragraph between
THEY = re.compile(r"\s*They\s+(?:(?:also|then|later|have|had|further)\s+)?")  # "They| concluded" opening a sentence


def _plural_before(candidates: list[tuple], k: int, a: int, b: int) -> tuple[str, str, int, int] | None:
    """The group "They" stands for when it opens sentence ``k``: the unnamed group cited in one of the
    ``THEY_REACH`` sentences before (``candidates`` found so far), if there is exactly one."""
    groups = {(c[0], c[1]) for c in candidates if k - THEY_REACH <= c[5] < k and c[1] == "anonymous"
              and c[0].split()[-1].endswith("s")}
    return (*next(iter(groups)), a, b) if len(groups) == 1 else None


# issue 11ad: a subject after the clause it reports, at the sentence's end: ", police revealed on Saturday."
POSTPOSED_TAIL = re.compile(r",\s+((?:the\s+)?[a-z]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:also\s+)?([a-z]+)"
                            r"(?:\s+(?:on|in|at|last|this|earlier|later|late|early|today|yesterday)\b[^.;,:\"“”]{0,40})?"
                            r"\s*[.!]?\s*$")
POSTPOSED_REACH = 120  # characters: the tail of a sentence where such a subject is looked for
POSTPOSED_SAID = {"said", "says", "say", "told", "tells", "tell", "added", "adds", "saying"}  # the quote pass's


def _postposed_cue(text: str, s_a: int, s_b: int, speaker_end: int, at: int, known: SourceList) -> bool:
    """Whether the cue at ``at`` is a sentence's postposed verb of speech with its own subject after a
    comma (", the government announced yesterday."), the speaker read before it (ending at ``speaker_end``)
    being the subject of the reported clause ("X died of COVID-19"), not the speaker (issue 11ai)."""
    tail = POSTPOSED_TAIL.search(text, max(s_a, s_b - POSTPOSED_REACH), s_b) if at >= 0 else None
    return bool(tail and tail.start(2) == at and speaker_end <= tail.start()
                and _postposed_subject(text, tail.start(1), tail.end(1), known))


def _postposed_subject(text: str, a: int, b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """The subject of a postposed verb of speech: an unnamed authority ("police", "the ministry") or a name."""
    phrase = text[a:b]
    bare = phrase.removeprefix("the ").strip()
    if bare.islower():
        if bare.casefold() in known.unnamed_authorities:
            return phrase, "government", a, b
        return None
    names = [n for n in find_names(text, a, b) if n.start == a and n.end == b]
    if not names or names[0].text.split()[0] in not_names() or names[0].type == "place":
        return None
    name = names[0]
    if name.text in known.aliases:
        return (*known.aliases[name.text], a, b)
    kind = "person" if name.type == "person" else _name_type(text, a, b, known)
    return name.text, kind, a, b


@cache
def _place_words() -> frozenset[str]:
    """Cities and US states of ``data/places.yml`` (countries: ``canonical_place``)."""
    places = rules("places")
    return frozenset(str(w) for key in ("cities", "us_states") for w in places.get(key) or ())


def _known_place(name: str) -> bool:
    """A country, bloc, city or US state."""
    return canonical_place(name) is not None or name in _place_words()


def _joined_subject(text: str, s_a: int, a: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """The name joined by "and" before a subject that starts at ``a`` ("both Mugabe and| Tsvangirai
    claimed"): a subject too, when it is a name of its own (not the end of "Fire and Rescue")."""
    m = JOINED.search(text, max(s_a, a - 80), a)
    if not m:
        return None
    names = [n for n in find_names(text, m.start(1), m.end(1)) if n.end == m.end(1)]
    if not names or names[-1].text.split()[0] in not_names():
        return None
    if names[-1].type == "place" and not (is_country(names[-1].text) and _country_at(text, a)):
        return None  # a place, unless two countries act together ("Algeria and Morocco have cited")
    name = names[-1]
    if PREPOSITION_BEFORE.search(text, max(s_a, name.start - 12), name.start):
        return None  # "the High Court of England and| Wales": one name
    full = _surname(text, name)
    if full:  # "Mugabe": the "Robert Mugabe" named before
        return full, "person", name.start, name.end
    kind = "person" if name.type == "person" else _name_type(text, name.start, name.end, known)
    return (*known.aliases.get(name.text, (name.text, kind)), name.start, name.end)


LIST_COMMA = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s+$")  # "Ann Roe,| Bob Lee and Carl Moss"
BOTH_PRONOUN = re.compile(r"\b[Bb]oth\s+(he|she)\s+and\s+$")  # "Both he and| the commissioner urged"
BOTH_AT = re.compile(r"[Bb]oth\s+(he|she)\s+and\s+")  # the same inside the speaker phrase
# where a list of subjects may start: the sentence's start, a comma or dash, "and"/"but"/"that"; titles between
CLAUSE_START = re.compile(r"(?:^|[,;:—–(.!?\n]\s*|\b(?:and|but|that|while|when|as)\s+)(?:[Bb]oth\s+)?"
                          r"(?:[A-Z][\w.’'-]*\s+){0,4}$")
LIST_REACH = 4  # names in a list before the last one ("A, B, C and D said"): more is a list of things


def _listed_subjects(text: str, s_a: int, a: int, b: int, known: SourceList) -> list[tuple[str, str, int, int]]:
    """The other subjects joined to a speaker that starts at ``a`` (issue 11ad): "Ann Roe and| Bob Lee said",
    "Ann Roe, Bob Lee and| Carl Moss said", "Both he and| Commissioner Mold urged" (he: the last man named)."""
    both = BOTH_PRONOUN.search(text, max(s_a, a - 20), a) or BOTH_AT.match(text, a, b)
    if both:
        gender = "male" if both.group(1) == "he" else "female"
        person = next(names_before(text, both.start(1)), None)  # the last name before: a person's, or no guess
        if not person or person.type != "person" or person.gender not in (gender, None) \
                or not _opens_clause(text, s_a, both.start()):
            return []
        return [(person.text, "person", both.start(1), both.end(1))]
    found: list[tuple[str, str, int, int]] = []
    joined = re.match(r"and\s+", text[a:b])  # a speaker phrase that holds the "and": "and Lena Voss"
    other = _joined_subject(text, s_a, a + joined.end() if joined else a, known)
    while other and len(found) < LIST_REACH and text[other[3]:other[3] + 2] not in ("'s", "’s"):
        found.append(other)
        listed = LIST_COMMA.search(text, max(s_a, other[2] - 60), other[2])
        names = [n for n in find_names(text, listed.start(1), listed.end(1))
                 if n.end == listed.end(1)] if listed else []
        if not names or names[-1].type == "place" or names[-1].text.split()[0] in not_names():
            break
        n = names[-1]
        kind = "person" if n.type == "person" else _name_type(text, n.start, n.end, known)
        other = (*known.aliases.get(n.text, (n.text, kind)), n.start, n.end)
    first = min((f[2] for f in found), default=a)  # the list opens a clause: not "playing Obama and", "fend off both"
    return found if _opens_clause(text, s_a, first) else []


def _opens_clause(text: str, s_a: int, at: int) -> bool:
    """``at`` opens a clause of the sentence starting at ``s_a`` (titles and "both" may stand before)."""
    before = text[s_a:at]
    return CLAUSE_START.search(before if len(before) < 60 else "\0" + before[-60:]) is not None


def _country_at(text: str, a: int) -> bool:
    """A country's name starts at ``a``."""
    a += 4 if text.startswith(("the ", "The "), a) else 0  # "the| United States" (issue 11al)
    names = find_names(text, a, min(len(text), a + 60))
    return bool(names) and names[0].start == a and is_country(names[0].text)


def _surname(text: str, name: Name) -> str | None:
    """The person's name a lone word ends, as the article wrote it before ("Miranda": "Luis de Miranda")."""
    if name.type != "unknown" or len(name.text.split()) != 1:
        return None
    return next((n.text for n in names_before(text, name.start)  # speed: not all names from the start
                 if n.type == "person" and n.text.endswith(" " + name.text)), None)


def _subject_after(text: str, a: int, s_b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """The issuer named right after ``a`` ("from| her younger brother, King X", "from| the ministry")."""
    described = re.match(r"(?:(?:his|her|their|its)\s+(?:[a-z]+\s+){0,3}?[a-z]+,\s+)?", text[a:s_b])
    at = a + described.end()
    names = [n for n in find_names(text, at, min(s_b, at + 80)) if TITLE_GAP.fullmatch(text, at, n.start)]
    if names and names[0].text.split()[0] not in not_names():
        name = names[0]
        if name.text in known.aliases:
            return (*known.aliases[name.text], name.start, name.end)
        kind = "person" if name.type == "person" else _name_type(text, name.start, name.end, known)
        return name.text, kind, name.start, name.end
    noun = re.match(r"[Tt]he\s+([a-z]+|[A-Z][a-z]+(?=\s+[a-z]|\s*$))", text[at:s_b])
    if noun:  # "the ministry", or a title standing alone ("signed by the Pope")
        found = _antecedent(text, noun.group(1), at)
        if found:
            return found[0], found[1], at, at + noun.end()
    return None


def _antecedent(text: str, noun: str, before: int) -> tuple[str, str] | None:
    """The name "the" + ``noun`` stands for: the last person introduced before with that role
    ("King Maha Vajiralongkorn" for "the king"), or the last name ending in the noun, or in it
    before "of" ("Thai Raksa Chart Party" for "the party", "Court of Session" for "the court")."""
    if noun.casefold() == "court":
        court = _main_court(text, before)
        if court:
            return court, "organisation"
    for name in reversed(find_names(text, max(0, before - 3000), before)):
        if name.type == "person" and (name.role or "").casefold().split()[-1:] == [noun.casefold()]:
            return name.text, "person"
        words = name.text.split(" of ")[0].split()  # "Court of Session" is a court
        if len(name.text.split()) > 1 and words[-1].casefold() == noun.casefold() and name.type != "person":
            return name.text, "organisation"
    return None


# Issue 11ap: a body's later description ("the agency said", "The ministry added") stands for the nearest body of
# that kind (``description_heads`` in data/sources.yml) named at most this many characters before. 3000 characters,
# as ``ANTECEDENT_REACH``: over the gold sets (project, held-out pages, blind-test .. -10) the descriptions linked
# stand 161 to 2,800 characters after the name (the farthest a company named in a long piece's lead and called
# "the company" seven paragraphs on); beyond that another body of the kind is likelier than the first.
DESCRIPTION_REACH = 3000
# the rest of a body's name where name finding cut it: "on"/"of"/"for" and capitalised words, or "in" and a place
BODY_TAIL = re.compile(r"\s+(of|on|for|in)\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)")


def _described_body(text: str, noun: str, before: int, known: SourceList) -> tuple[str, str] | None:
    """(name, type) of the body "the" + ``noun`` describes: the last name before ``before`` (within
    ``DESCRIPTION_REACH``) whose head word, the last word before "of"/"on"/"for", is one of the noun's kind
    ("Commission on Presidential Debates" for "the commission", "Acme Corp." for "the company"); a name the
    name finder typed a person counts too ("US Embassy"). None when the noun is no description head."""
    heads = dict(known.description_heads).get(noun) if noun.islower() else None
    if not heads:
        return None
    for name in reversed(find_names(text, max(0, before - DESCRIPTION_REACH), before)):
        words = re.split(r"\s+(?:of|on|for)\s+", name.text)[0].split()
        if len(words) > 1 and words[-1].casefold().rstrip(".") in heads:
            whole = BODY_TAIL.match(text, name.end)  # "United States Commission| on Presidential Debates"
            if whole and whole.group(1) == "in" and not _known_place(whole.group(2)):
                whole = None  # "US Embassy| in London", not "Acme Corp| in Texas Monthly"
            full = name.text + (text[name.end:whole.end()] if whole else "")
            return full, "government" if noun.casefold() in known.government else "organisation"
    return None


def _main_court(text: str, before: int) -> str | None:
    """The court "the court" stands for: the court the article names most often before ``before`` (on a
    tie, the first named), the quote layer's rule (``most_named_body``; issue 11ai). Across the gold
    sets it agrees with gold where the last court named does not ("For three days last week, the court
    heard arguments" after the High Court of England and Wales is the Supreme Court the article is about)."""
    court = most_named_body(find_names(text, 0, before), "court", before)
    return court.text if court else None


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """Words the text writes in lower case somewhere."""
    return frozenset(w for w in word_runs(text) if w.islower())  # speed: TOKEN's runs, read once per text


PLURAL_PRONOUNS = {"they", "them"}
REPORTED = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:reported|reports)\b(?!\s+(?:to|that\s+(?:he|she|it|they)\b)|"
                      r"\s+[a-z]+s\s+of\b)")  # (not "Amongst reported incidents of abuse": a participle)
PASSIVE = re.compile(r"\s+(?:was|were|is|are|been|be|being|has\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+ed\b")
INITIAL = re.compile(r"[A-Z]\.")
DESCRIPTOR = re.compile(r"(?:(?:the|a|an)\s+)?((?:[a-z][\w-]*\s+){1,4})(?=[A-Z0-9])")
FUNCTION_WORDS = {"of", "for", "in", "at", "on", "from", "by", "with", "to", "and", "or"}
POSSESSIVE_ORG = re.compile(r"['’]s\s+((?:[A-Z][\w-]*)(?:\s+(?:(?:of|on|for|and|the)\s+)*[A-Z][\w-]*)*)")


def _affiliation(speaker: str, speaker_type, as_written, known: SourceList) -> bool:
    """An organisation named only as the employer of the one who speaks: "Snopes fact checker",
    "the Snopes.com writer" (the writer speaks, not Snopes): the speaker's name, then up to two
    lower-case words ending in a role of ``affiliation_roles``."""
    if speaker_type == "anonymous" or not isinstance(as_written, str) or not speaker:
        return False
    tail = _role_tail(known.roles.pattern)
    return any(tail.match(as_written, end) for end in _ends_of(as_written, speaker))


@cache
def _role_tail(roles: str) -> re.Pattern[str]:
    """What may follow an employer's name before a role: ".com" or "'s", one lower-case word, the role."""
    return re.compile(rf"(?:\.com|['’]s)?(?:\s+[a-z][\w-]*)?\s+{roles}$")


def _after_preposition(speaker: str, as_written) -> bool:
    """A speaker phrase whose name follows a preposition in it ("As that tweeter in Zenda"): the
    name is a place or an employer in the phrase, not the one who speaks."""
    if not isinstance(as_written, str) or not speaker:
        return False
    at = as_written.rfind(speaker)
    return at > 0 and PLACE_PREPOSITION.search(as_written, 0, at) is not None


def _ends_of(written: str, name: str) -> list[int]:
    """Offsets just after each place where ``name`` starts a word of ``written`` (no letter, digit,
    "_" or "-" before it). Speed: a pattern per speaker name was compiled for this before."""
    ends, i = [], written.find(name) if name else -1
    while i >= 0:
        if i == 0 or not (written[i - 1].isalnum() or written[i - 1] in "_-"):
            ends.append(i + len(name))
        i = written.find(name, i + 1)
    return ends


def _relative_subject(text: str, a: int, s_end: int, cue: str) -> re.Match[str] | None:
    """The name between a relative pronoun and ``cue`` after ``a`` in the sentence ("..., which
    NASA said might"): the subject of the cue, when the speaker found is further back."""
    i = text.find(cue, a, s_end)
    while i >= 0 and text[i - 1:i].isalnum():  # speed: the cue word found by str.find, then the pattern before it
        i = text.find(cue, i + 1, s_end)
    return RELATIVE_SUBJECT.search(text, a, i) if i > a else None


def _name_type(text: str, a: int, b: int, known: SourceList) -> str:
    """person, government or organisation, for a name the text gives at ``text[a:b]``."""
    names = find_names(text, a, b)
    if names and names[-1].type == "person" and first_name_gender(names[-1].text):
        return "person"
    words = {w.casefold() for w in text[a:b].split()}
    return "government" if words & known.government or is_country(text[a:b]) else "organisation"


def _group_noun(words: list[str], known: SourceList) -> bool:
    """One of ``words`` is an unnamed-source noun or a plural agent noun ("officials", "economists")."""
    return any(w.strip(",;:“”\"'’") in known.anonymous_last or w.endswith(GROUP_SUFFIXES) for w in words)


def _group_head(word: str, known: SourceList) -> bool:
    """``word`` can head a described group: a speaker noun, an unnamed-source noun or a plural agent noun."""
    word = word.casefold()
    return word in known.speaker_nouns or word in known.anonymous_last \
        or (word.endswith(GROUP_SUFFIXES) and word not in known.not_groups)


def _group_name(phrase: str) -> str:
    """An unnamed group's name: its words in lower case, a place after it and an owner as written
    ("Prosecutors in Leeds" -> "prosecutors in Leeds", "Uber's fans")."""
    words = " ".join(phrase.split()).split(" ")
    place = next((i for i, w in enumerate(words) if w in ("in", "from", "at", "within", "inside") and i > 0),
                 len(words))
    owner = re.compile(r"[A-Z][\w-]*['’]s")  # an owner's name keeps its capital: "Uber's fans"
    return " ".join([w if owner.fullmatch(w) else w.lower() for w in words[:place]] + words[place:])


def _plural_for_one(as_written, speaker_type) -> bool:
    """"They" given one person as its speaker: a plural pronoun is never one named person."""
    return speaker_type == "person" and isinstance(as_written, str) and as_written.casefold() in PLURAL_PRONOUNS


@lru_cache(maxsize=1 << 14)
def _person_name(name: str) -> str:
    """A person's name from its given name on: descriptors and titles before it go
    ("Neutral' Snopes Fact-Checker David Emery" -> "David Emery", "CEO John Mackey" -> "John
    Mackey"); a name that starts with a given name, or has an initial before one, stays whole."""
    words = name.split()
    joiner = max((i for i, w in enumerate(words[:-1]) if w in NOT_IN_PERSON_NAMES), default=-1)
    if joiner >= 0:  # "Nevada for Biden" (name finding glued a place to the person): the person is after "for"
        return _person_name(" ".join(words[joiner + 1:]))
    if len(words) < 3 or first_name_gender(name) or is_regnal(name):  # "Queen Elizabeth II" whole (issue 11as)
        return name
    for i in range(1, len(words) - 1):
        if INITIAL.fullmatch(words[i - 1]):
            return name
        if first_name_gender(" ".join(words[i:])):
            return " ".join(words[i:])
    return name


def _without_descriptor(text: str, a: int, b: int) -> int:
    """Start of the name in "according to data analysis firm 1010data": lowercase words before
    a capitalised or numeric name are a description of it, unless a preposition joins them
    ("the explanatory notes of the British Bill" stays whole)."""
    m = DESCRIPTOR.match(text, a, b)
    if m and not FUNCTION_WORDS & set(m.group(1).split()):
        return m.end()
    return a


def _whole_organisation(text: str, name: str, kind: str, end: int, s_end: int,
                        heads: frozenset[str] = frozenset()) -> tuple[str, int]:
    """An organisation's name continued after a possessive: "Parliament" written "Parliament’s
    Joint Committee on Intelligence and Security has pointed out" is the committee; a body's name
    cut before "on"/"of"/"for" goes on ("International Committee| on Taxonomy of Viruses")."""
    if kind not in ("organisation", "government"):
        return name, end
    if name.split() and name.split()[-1] in heads and text[end - len(name.split()[-1]):end] == name.split()[-1]:
        more = BODY_TAIL.match(text, end, s_end)
        if more:
            return name + " ".join(("", *more.group(0).split())), more.end()
    m = POSSESSIVE_ORG.match(text, end, s_end)
    if not m or m.group(1).split()[-1] in not_names():
        return name, end
    return f"{name}’s {m.group(1)}", m.end()


def _outlet_before(text: str, a: int, b: int, nouns: frozenset[str]) -> bool:
    """An outlet noun (one or two words) just before ``b``: "the news agency| Interfax"."""
    before = text[a:b]
    if not before[-1:].isspace():
        return False
    words = before.casefold().split()
    return bool(words) and (words[-1] in nouns or " ".join(words[-2:]) in nouns)


def _same_words(kept: tuple, row: tuple, text: str = "") -> bool:
    """Two overlapping citations are one, except when the shorter one ends the longer one's words
    and is not in its name: "Whole Foods lowered its prices, Yahoo Finance" (a wrong speaker
    phrase, cue "reported") and "Yahoo Finance" are two."""
    if row[1] == "anonymous" and kept[1] != "anonymous" and row[2].casefold() not in kept[0].casefold():
        return False  # "Our sources say Lupita" (a speaker phrase run too far back) holds two sources
    if kept[1] == row[1] == "person" and row[0].casefold() not in kept[0].casefold() \
            and re.match(rf"(?:[Bb]oth\s+)?{re.escape(row[2])}(?:,\s+|\s+and\s+)[A-Z]", kept[2]) \
            and (row[2][:1].isupper() or row[2] in ("he", "she")) and not re.search(r"['’]s$", row[2]) \
            and _opens_clause(text, max(0, row[6] - 60), row[6]):
        return False  # "Ann Roe and Bob Lee said": two persons joined, two sources (issue 11ad)
    return not (kept[7] == row[7] and row[0].casefold() not in kept[0].casefold())


def _nested(longer: str, shorter: str) -> bool:
    """"officials" inside "American officials": the shorter name ends the longer one."""
    a, b = longer.casefold().split(), shorter.casefold().split()
    return 0 < len(b) < len(a) and a[-len(b):] == b


def _noun_phrase(text: str, a: int, b: int) -> tuple[int, int]:
    """The noun phrase at the start of ``text[a:b]``: up to a verb-like word or a preposition."""
    stop = re.search(r"\s(?:[a-z]+ed|is|are|was|were|has|have|had|to|of(?!\s+(?:the\s+)?[A-Z])|as|on|in|at|for|with|"
                     r"while|when)\b",
                     text[a:b])
    b = a + stop.start() if stop else b
    return a, a + len(text[a:b].rstrip(" ,;.").rstrip())


def _cue_near(text: str, known: SourceList, s_a: int, a: int, b: int, s_b: int, short: bool = False) -> str | None:
    """The cue that makes the name at ``text[a:b]`` a cited source, if any."""
    before = text[max(s_a, a - 60) : a]
    alias = text[a:b]
    if known.aliases.get(alias, ("", ""))[1] == "social_media" and known.platform_on.search(before):
        opening = re.search(r"(?:^|[,;:—–]\s*|\b(?:also|then|later|again|earlier|[a-z]+ly)\s+|\b[A-Z][\w’'-]*\s+)"
                            r"(?:[Oo]n|[Vv]ia)\s+(?:\w+\s+)?$", text[max(s_a, a - 30):a]) is not None
        if act_re().search(text, s_a, a if not opening else s_b):
            return "on"  # "wrote ... on Twitter", "criticized the decision via Twitter", "On Facebook, she wrote"
            # (not "had 750,000 followers on Facebook, and wrote about ...": the verb comes after the platform)
    if known.aliases.get(alias, ("", ""))[1] == "social_media":
        use = known.platform_use.search(before)
        if use:
            return " ".join(use.group().split()[:2 if use.group().lower().startswith(("took", "take", "went", "turn"))
                                                   else 1]).lower()  # "took to Twitter", "used Instagram"
    hit = known.before.search(before)
    if hit and not (short and not before.rstrip().endswith((" on", " via"))):
        return hit.group(1).lower()
    after = known.after.match(text, b, min(s_b, b + 40))
    if after and not short:
        return after.group(1).lower()
    return None


@cache
def _dated_document() -> re.Pattern[str]:
    """A dated document and the capitalised name of its issuer between the date and the noun: "a March 14, 2019
    NATO press release", "the 2019 UN report", "a Monday Pentagon statement" (months and weekdays: ``date_words``
    of ``data/quotes.yml``). The comma after the day cut the "according to" phrase at "a March 14" (issue 11as)."""
    dates = "|".join(sorted(date_words(), key=len, reverse=True))
    date = rf"(?:(?:{dates})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)"
    return re.compile(rf"(?:an?|the)\s+{date}\s+([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){{0,4}})\s+"
                      rf"(?:[a-z-]+\s+){{0,2}}?(?:press\s+release|release|{DOCUMENT_WORDS})\b")


DOCUMENT_WORDS = r"statement|report|study|survey|poll|letter|memo|announcement|bulletin|communiqué|filing"


def _dated_issuer(text: str, a: int, end: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """(name, type, start, end) of the issuer of a dated document an "according to" phrase at ``a`` names
    ("a March 14, 2019 NATO press release": NATO), or None (issue 11as)."""
    m = _dated_document().match(text, a, end)
    if not m or m.group(1).split()[0] in not_names():
        return None
    name = m.group(1)
    alias = known.aliases.get(name)
    if alias:
        return alias[0], alias[1], m.start(1), m.end(1)
    kind = "government" if {w.casefold() for w in name.split()} & known.government else "organisation"
    return name, kind, m.start(1), m.end(1)


def _typed_phrase(text: str, a: int, b: int, known: SourceList) -> tuple[str, str]:
    """Canonical name and type of an "according to X" phrase."""
    phrase = " ".join(text[a:b].split())
    words = {w.strip(".,’'").casefold() for w in phrase.split()}
    if known.anonymous_noun.match(phrase.removeprefix("the ")):
        return phrase.removeprefix("the "), "anonymous"
    if known.document.search(phrase):
        return phrase.removeprefix("a ").removeprefix("the "), "document"
    if words & known.government:
        return phrase.removeprefix("the "), "government"
    person = PERSON_OF_BODY.fullmatch(phrase.removeprefix("the "))
    if person:  # "Chip Taylor of the University of Kansas": the person, whatever name finding typed it
        return person.group(1), "person"
    names = find_names(text, a, b)
    if names and names[-1].type == "person" and not any(first_name_gender(n.text) for n in names) \
            and NAME_OF_NAME.fullmatch(phrase.removeprefix("the ")) and not DATE_TAIL.search(phrase):
        return phrase.removeprefix("the "), "organisation"  # "the National Conference of State Legislatures"
    if names and names[-1].type == "person" and (first_name_gender(names[-1].text)
                                                 or not re.search(r"[A-Z][\w-]*,\s+$", text[a:names[-1].start])):
        # (a name without a given name after a comma ends an organisation's: "University of California, San Diego")
        return _person_name(names[-1].text), "person"
    return phrase.removeprefix("the "), "organisation"


def _speaker_type(speaker: str, speaker_type, known: SourceList, as_written=None) -> tuple[str, str]:
    """A quote speaker as a source: known outlets keep their type; organisations split by role.

    The words in the text win over a speaker name that holds more ("See Facebook" written
    "Facebook"); a name with an outlet noun after it is an outlet ("The tweet from Vulture
    magazine": "Vulture magazine"); a person's name starts at its given name ("CEO John Mackey":
    "John Mackey"); a capitalised word before a plural noun is a group ("Deficit hawks")."""
    written = as_written if isinstance(as_written, str) else ""
    if written in known.aliases:
        return known.aliases[written]
    if speaker in known.aliases:
        return known.aliases[speaker]
    outlet = next(filter(None, (known.outlet_after.match(written, end) for end in _ends_of(written, speaker))), None)
    if outlet:
        return f"{speaker} {outlet.group(1)}", "media"
    group = re.search(rf"(?<![\w-]){re.escape(speaker)}\s+[a-z]+s$", written) if len(speaker.split()) == 1 else None
    if group:  # "Deficit hawks warned", "in one case Internet activists criticized": a group, not a person
        return group.group(0).lower(), "anonymous"
    canonical = canonical_place(speaker.removeprefix("the "))
    if canonical:
        return canonical, "government"
    if speaker_type == "person":
        return _person_name(speaker), "person"
    if speaker_type == "anonymous":
        qualified = _qualified_group(speaker, written)
        name = _group_name(qualified) if qualified != speaker else speaker.lower()
        return name.removeprefix("the "), "anonymous"
    words = {w.strip(".,’'").casefold() for w in speaker.split()}
    if words & known.government or is_country(speaker):
        return speaker, "government"
    return speaker, "organisation"


PLACE_QUALIFIER = re.compile(PLACE_AFTER)


def _qualified_group(speaker: str, written: str) -> str:
    """An unnamed speaker with the place the text gives it: the quote pass's "a source" written "A source
    within the central Interior Ministry" keeps its qualifier, which tells a reader whose source it is
    (issue 11at); any other written form leaves the speaker as it is."""
    rest = written[len(speaker):] if written.casefold().startswith(speaker.casefold()) else ""
    place = PLACE_QUALIFIER.match(rest) if rest else None
    return speaker + place.group(0) if place and place.group(0) and place.end() == len(rest.rstrip()) else speaker


def _sentence_at(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def paragraph_map(article: Article, mentions: pd.DataFrame) -> pd.DataFrame:
    """Body paragraphs by sources: one row per paragraph, one column per source (mentions)."""
    body = mentions[~mentions["is_credit"]]
    paragraphs = [s.index for s in article.segments if s.kind == "paragraph"]
    if body.empty:  # no sources: every paragraph, no columns
        return pd.DataFrame(index=pd.Index(paragraphs, name="paragraph"))
    table = pd.crosstab(body["segment"], body["source"]).reindex(paragraphs, fill_value=0)
    table.index.name = "paragraph"
    return table


def attribution_share(article: Article, mentions: pd.DataFrame) -> tuple[int, int]:
    """(sentences citing any source, all sentences) of the body paragraphs."""
    body = [s for s in article.sentences if article.segments[s.segment].kind == "paragraph"]
    cited = set(mentions.loc[~mentions["is_credit"], "sentence"])
    return sum(s.index in cited for s in body), len(body)


# ---------------------------------------------------------------- issue 11s: described speakers

# what may open a sentence before its subject: a conjunction, an introductory phrase and its comma
# ("But ", "On Friday, ", "In a statement on Monday, ")
SUBJECT_LEAD = re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Still)\b,?\s+)?"
                          r"(?:(?i:on|in|at|by|last|earlier|later|since|after|before|during|today|yesterday)\b"
                          r"[^,;:\"“”]{0,50},\s+)?")
# what may stand between a subject and its verb: auxiliaries and adverbs ("have also", "has long")
SPEECH_GAP = re.compile(r"(?:\s+(?:has|have|had|also|then|later|now|still|long|previously|already|would|will|did|"
                         r"does|do|could|may|might|repeatedly|[a-z]+ly))*\s*$")
NOT_MODIFIERS = {"the", "a", "an", "to", "by", "it", "be", "is", "are", "was", "were", "would", "will", "this", "that",
                 "these", "those", "not", "there", "here", "what", "who", "he", "she", "they", "we", "i", "you", "as",
                 "so", "than", "then", "close", "if"}  # words that make a stretch a clause, not a noun phrase
COMPLEMENT_WORDS = {"of", "for", "on", "at", "from", "in", "with", "behind", "briefed", "familiar", "close", "involved"}
# Issue 11ab: an unnamed group's demands or calls, stated as a noun: "Protesters' demands include", "the calls by
# United Kingdom officials asking" (blind sets 6, 7, 8; the group must be a described speaker, ``described_source``)
GROUP_DEMANDS = re.compile(r"(?<![\w’'-])((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][a-z]+s)['’]\s+"
                           r"(demands\b|calls(?=\s+(?:for|to)\b))"
                           r"|\b(?:[Tt]he\s+)?(?:calls|demands)\s+(?:by|from)\s+((?:[\w-]+\s+){0,5}?[a-z]+s)\s+"
                           r"(asking|calling|urging|demanding)\b")
GROUP_DEMANDS_WORDS = ("calls", "demands")  # every match of GROUP_DEMANDS holds one of them, as written


def demand_matches(text: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """``GROUP_DEMANDS.finditer(text, a, b)``, not tried where ``text[a:b]`` holds neither "calls" nor
    "demands" (each match holds one, case and all). Speed: the pattern, tried at every position of every
    body sentence, was the sources pass's costliest scan (0.24 of 7.2 CPU s on 1 MB) for 4 matches."""
    if all(text.find(word, a, b) < 0 for word in GROUP_DEMANDS_WORDS):
        return iter(())
    return GROUP_DEMANDS.finditer(text, a, b)


# "The agency", "the Texas-based firm": a body's later description, a speaker the quote pass read (issue 11ap)
DESCRIBED_BODY = re.compile(r"[Tt]he\s+(?:[A-Za-z]+-[a-z]+\s+)?([a-z]+)")
# "The three-judge court", "the court's summary": the article's court (issue 11ab)
DESCRIBED_COURT = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?court(?:['’]s\s+[a-z]+)?")
# Issue 11ab: a group's own complement before its verb: a participle after the head noun ("State legislators
# supporting the law argued") and a short relative clause ("The public officials who ordered that change claimed")
GROUP_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
RELATIVE_TAIL = re.compile(r"\s+(?:who|that)\s+(?:[a-z]+ed|had|have|has)\b[^,;:\"“”()—–]{0,50}$")
SUBJECT_STOP = re.compile(r"[,;:\"“”‘’()—–]|\s['’]|\b(?:who|which|that|whose|whom|when|while|if|because|as)\b")


def described_source(phrase: str, known: SourceList, opens: bool = True) -> tuple[str, str] | None:
    """The source a described speaker phrase names, or None: (name, type).

    The phrase is a determiner or an owner, modifiers, a head noun of ``speaker_nouns``, the unnamed-source
    nouns or the document nouns, and complements after "of"/"for"/... ("The head of the city's internal
    investigators", "Staff for the committee on fisheries", "Some scholars", "Legal and religious groups",
    "the study"). A bare plural agent noun ("Egyptologists") counts only when the phrase ``opens`` its
    sentence. A capitalised name (no lower-case head) is not read here: names are found elsewhere.
    Type: document for a document noun, government for an authority noun, else anonymous."""
    relative = RELATIVE_TAIL.search(phrase)  # "The public officials| who ordered that change": the head names it
    if relative and relative.start() > 0:
        found = described_source(phrase[:relative.start()], known, opens)
        return (found[0], found[1]) if found and found[1] == "anonymous" else None
    words = phrase.split()
    if not words or len(words) > 14 or SUBJECT_STOP.search(phrase):
        return None
    tail = DOCUMENT_TAIL.search(phrase)  # "the order released Friday", "disclosures filed on Sunday night"
    if tail and phrase[:tail.start()].split()[-1].casefold() in known.document_words:
        found = described_source(phrase[:tail.start()], known, opens)
        if found or not re.match(r"(?i:the|a|an|this|that|these|those)\s", phrase):
            return found or (phrase[:1].lower() + phrase[1:tail.start()], "document")
    share = known.share_group.fullmatch(phrase) if known.share_group else None
    if share:  # "Most of them said", "21 percent said", "One in three said", "Some say": a share of people
        return phrase[:1].lower() + phrase[1:], "anonymous"
    cut = next((i for i, w in enumerate(words) if i > 0 and (w in COMPLEMENT_WORDS or (
        GROUP_PARTICIPLE.fullmatch(w) and _group_head(words[i - 1], known)))), len(words))
    pre = words[:cut]
    det = pre[0].casefold() in known.speaker_determiners or re.fullmatch(r"[A-Z][\w-]*['’]s", pre[0]) is not None
    head = pre[-1]
    if (det and len(pre) == 1) or len(pre) > 5 or not re.fullmatch(r"[A-Za-z][a-z-]+", head):
        return None
    if head[:1].isupper() and not (len(pre) == 1 or (det and len(pre) == 2 and pre[0][:1].isupper())):
        return None  # a capitalised head mid-phrase is a name ("the Aviation Herald")
    if any(w[:1].isupper() and w.casefold() not in known.speaker_determiners for w in pre[:-1]) \
            and not all(w[:1].isupper() for w in pre[:-1] if w != "and"):
        pass  # mixed modifiers ("Hong Kong student groups") stay
    noun = head.casefold()
    mods = pre[1:-1] if det else pre[:-1]
    if any(not re.fullmatch(r"[\w-]+", w) or w.casefold() in NOT_MODIFIERS for w in mods) \
            or noun in NOT_MODIFIERS:
        return None  # a clause, not a noun phrase ("it would be safe to", "Estimates by the government")
    if any(w.endswith(("ed", "ly")) or w.casefold() in NOT_MODIFIERS - {"the", "a", "an"} or w == "also"
           for w in words[cut + 1:]):
        return None  # a complement is a noun phrase: "for the firm| also declined to" is a clause
    if noun in known.document_words:
        kind = "document"
    elif (noun in known.outlet_words or noun in MEDIA_WORDS) and det:
        kind = "media"  # "The newspaper said", "the industry publication stated": an outlet (named before)
    elif noun in known.speaker_nouns or noun in known.anonymous_last:
        kind = "government" if noun in known.government and not det else "anonymous"
    elif noun in known.government:
        kind = "government"
    elif noun.endswith(GROUP_SUFFIXES) and noun not in known.not_groups and (det or mods or opens):
        kind = "anonymous"
    else:
        return None
    if kind == "document" and not det and not (mods and all(w.islower() for w in mods)):
        return None  # "report" alone is a verb or a heading, not a document ("military records" is one)
    name = " ".join(words)
    if name[:1].isupper() and (len(words) == 1 or words[1][:1].islower()):
        name = name[:1].lower() + name[1:]  # "Some scholars" -> "some scholars", "Hong Kong groups" stays
    return name.removeprefix("the "), kind


def _described_rows(text: str, sentences, body: set[int], in_quote, known: SourceList,
                    candidates: list[tuple]) -> list[tuple]:
    """Candidates with the described subject of every verb of speech added (see ``described_source``):
    "Some scholars have suggested", "The head of the city's internal investigators told". A candidate
    read from the phrase's complement ("investigators" in "The head of the ... investigators") gives
    way to the whole phrase; any other candidate there keeps the sentence's subject."""
    if known.speech_verb is None:
        return candidates
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(candidates):
        by_sentence.setdefault(c[5], []).append(i)
    dropped: set[int] = set()
    added = []
    for sentence in sentences:
        if sentence.segment not in body:
            continue
        lead = SUBJECT_LEAD.match(text, sentence.start, sentence.end)
        a = lead.end() if lead else sentence.start
        for m in known.speech_verb.finditer(text, a, sentence.end):
            if in_quote(m.start()) or in_quote(a):
                break
            gap = SPEECH_GAP.search(text, a, m.start())
            b = gap.start() if gap else m.start()
            if m.group().endswith("ing") and b != m.start() - 1:
                break  # a participle counts only right after its subject
            if m.group().endswith("ed") and PASSIVE_AFTER.match(text, m.end()):
                continue  # "Factors cited for the drop include": a passive participle, no speaker
            pair = NAME_AND_GROUP.fullmatch(text, a, b) if b > a else None
            group = pair and described_source(pair.group(2), known, opens=False)
            names = find_names(text, a, pair.end(1)) if group else []
            if group and len(names) == 1 and names[0].start == a and names[0].end == pair.end(1):
                # "Trump and his supporters claimed": the person and the group, each a source
                n = names[0]
                kind = "person" if n.type == "person" else _name_type(text, n.start, n.end, known)
                whole = [i for i in by_sentence.get(sentence.index, []) if candidates[i][6] == a
                         and candidates[i][7] >= pair.start(2) and len(candidates[i]) <= 9]
                dropped.update(whole)
                added.append((_person_name(n.text) if kind == "person" else n.text, kind, n.text, m.group().lower(),
                              sentence.segment, sentence.index, n.start, n.end, False))
                added.append((group[0], group[1], pair.group(2), m.group().lower(), sentence.segment, sentence.index,
                              pair.start(2), pair.end(2), False))
                break
            found = described_source(text[a:b], known, opens=True) if b > a else None
            if found and found[0][:1].islower() and found[0].split()[-1] == "court":
                court = _antecedent(text, "court", a)  # "The three-judge court found": the article's court
                found = (court[0], "government") if court else found
            opening = [x for x in CLAUSE_OPENING.finditer(text, a, b)]
            comma = opening[-1].end() - 2 if opening else -1
            clause = False
            if not found and comma > a and m.group().casefold() in CLAUSE_SPEECH and not in_quote(comma):
                # "..., several friends said", "And until the shutdown, most of them said": the clause's subject
                c_a = comma + 2
                found = described_source(text[c_a:b], known, opens=False)
                a, clause = (c_a, True) if found else (a, False)
            described = DESCRIBED_BODY.fullmatch(text, a, b) if found and found[0][:1].islower() else None
            if described and described.group(1) != "court":  # "The agency said": the agency named before
                found = _described_body(text, described.group(1), a, known) or found
            if found and _cue_not_speech(text, sentence.start, sentence.end, a, b, m.group(), found[1]):
                found = None  # a noun or a deed, not a verb of speech ("Seven member states had bid")
            apposed = APPOSED_SUBJECT.fullmatch(text, a, b) if not found and b > a else None
            if apposed and not known.pattern.fullmatch(apposed.group(1)):
                # "Airfleets, a database detailing the aircraft of carriers, states": the name
                b = apposed.end(1)
                media = set(apposed.group(2).casefold().split()) & (known.outlet_words | MEDIA_WORDS)
                found = (apposed.group(1).removeprefix("The ").removeprefix("the "),
                         "media" if media else _name_type(text, a, b, known))
            if found and found[1] == "media":
                outlet = next((c for c in reversed(candidates) if c[6] < a and (c[1] in ("media", "news_agency")
                                                                                or c[3] in ("reported", "published"))),
                              None)
                found = (outlet[0], "media" if outlet[1] not in ("news_agency",) else outlet[1]) if outlet \
                    and text[a:a + 3].casefold() == "the" else found
            if found:
                clash = [i for i in by_sentence.get(sentence.index, []) if candidates[i][6] < b
                         and a < candidates[i][7] and len(candidates[i]) <= 9]
                if found[1] in ("media", "news_agency") and found[0][:1].isupper():  # an outlet named before:
                    common = [i for i in clash if candidates[i][0][:1].islower()]  # "agency" gives way to it
                    if len(common) == len(clash):
                        dropped.update(common)
                        clash = []
                # a candidate read from the phrase's complement or a word of it ("Legal" of "Legal and
                # religious groups", "investigators" of "The head of the ... investigators")
                inner = [i for i in clash if (candidates[i][6] > a and re.search(
                    r"\b(?:of|for|on|at|from|in|with)\b|['’]s\b", text[a:candidates[i][6]]))
                    or (candidates[i][0].casefold() != found[0].casefold()
                        and not found[0].casefold().endswith(candidates[i][0].casefold())
                        and re.search(rf"(?<!\w){re.escape(candidates[i][0])}(?!\w)", text[a:b])
                        and len(candidates[i][0]) < b - a - 4)]
                if clause:  # a speaker phrase read over the comma ("Around that time, 47 percent"): an opening
                    inner += [i for i in clash if i not in inner and candidates[i][6] < a - 2 <= candidates[i][7]]
                if len(inner) == len(clash):
                    dropped.update(inner)
                    added.append((*found[:1], found[1], text[a:b], m.group().lower(), sentence.segment,
                                  sentence.index, a, b, False))
            break  # only the sentence's first verb of speech has the opening phrase as subject
        for m in INVERTED.finditer(text, sentence.start, sentence.end):
            if in_quote(m.start(2)) or m.group(2).split()[0].casefold() in INVERTED_NOT:
                continue  # ("said he": a pronoun, resolved by the quote pass, or none)
            a, b = m.start(2), m.start(2) + len(DATE_TAIL.sub("", m.group(2)).rstrip())
            if any(c[6] < b and a < c[7] for i in by_sentence.get(sentence.index, []) for c in (candidates[i],)):
                continue  # the quote pass found the speaker already
            found = _inverted_subject(text, a, b, known)
            if found:
                added.append((found[0], found[1], text[found[2]:found[3]], m.group(1).lower(), sentence.segment,
                              sentence.index, found[2], found[3], False))
        for m in PARTICIPLE.finditer(text, sentence.start, sentence.end):
            if in_quote(m.start()):
                break
            if in_quote(a) or any(candidates[i][6] < m.start() for i in by_sentence.get(sentence.index, [])):
                break  # the quote pass found a speaker before the participle ("...", she said, noting)
            subject = _opening_subject(text, a, m.start(), known)  # "The firm declined to comment, saying ..."
            if subject:
                added.append((subject[0], subject[1], text[subject[2]:subject[3]], m.group(1).lower(),
                              sentence.segment, sentence.index, subject[2], subject[3], False))
            break
        for m in demand_matches(text, sentence.start, sentence.end):
            # "Protesters' demands include ...", "the calls by United Kingdom officials asking ..." (issue 11ab)
            a, b = (m.start(1), m.end(1)) if m.group(1) else (m.start(3), m.end(3))
            found = described_source(text[a:b], known, opens=a == sentence.start)
            if in_quote(m.start()) or not found or found[1] != "anonymous" \
                    or any(candidates[i][6] < b and a < candidates[i][7] for i in by_sentence.get(sentence.index, [])):
                continue
            added.append((found[0], found[1], text[a:b], (m.group(2) or m.group(4)).lower(), sentence.segment,
                          sentence.index, a, b, False))
            break
    return [c for i, c in enumerate(candidates) if i not in dropped] + added


# Issue 11ax: a later clause whose subject is a description of a source named before ("The seller asked ...,
# but the commissioner stated", "...; the paper said"): the sentence's first subject was read, this one was not
CLAUSE_DESCRIPTION = re.compile(r"(?:,\s+(?:but|and|while|whereas|though|although)|;)\s+(the\s+([a-z]+))")
CLAUSE_VERB_GAP = re.compile(r"\s+(?:(?:also|later|then|has|had|have)\s+)?")  # "the paper| also |said"
# "Gáspár Maróth, the Hungarian Government commissioner responsible for ...": a person's description after the name
APPOSED_ROLE = re.compile(r",\s+(?:the|a|an)\s+([^,.;:()“”\"]{1,120})")
# the words that end an apposition's head ("commissioner| responsible for defence", "judge| of the district court")
ROLE_HEAD_END = {"of", "for", "in", "at", "from", "with", "on", "to", "who", "which", "responsible", "since", "and",
                 "based", "appointed", "elected", "named"}


def _described_person(text: str, noun: str, before: int) -> str | None:
    """The person "the" + ``noun`` describes ("the commissioner", "the judge"): the last person named before
    ``before`` (within ``DESCRIPTION_REACH``) whose title ends in the noun ("Judge Mary Brown") or whose
    apposition's head is the noun ("John Smith, the regional commissioner responsible for ..."); None else."""
    for name in reversed(find_names(text, max(0, before - DESCRIPTION_REACH), before)):
        if name.type != "person":
            continue
        role = (name.role or "").casefold().split()
        apposed = APPOSED_ROLE.match(text, name.end)
        words = apposed.group(1).split() if apposed else []
        cut = next((i for i, w in enumerate(words) if w in ROLE_HEAD_END), len(words))
        if role[-1:] == [noun] or (0 < cut <= 6 and words[cut - 1] == noun):
            return _person_name(name.text)
    return None


def _clause_descriptions(text: str, sentences, body: set[int], in_quote, known: SourceList,
                         candidates: list[tuple]) -> list[tuple]:
    """Candidates with the described subject of a later clause added ("..., but the commissioner stated",
    "; the paper said"): a person's description (``_described_person``), a body's (``_described_body``) or an
    outlet's kind (``outlet_words``: the last outlet cited before). Only where no candidate covers the phrase."""
    if known.speech_verb is None:
        return candidates
    candidates, added = list(candidates), []
    for sentence in sentences:
        if sentence.segment not in body:
            continue
        for m in CLAUSE_DESCRIPTION.finditer(text, sentence.start, sentence.end):
            a, b, noun = m.start(1), m.end(1), m.group(2)
            gap = CLAUSE_VERB_GAP.match(text, b)
            verb = known.speech_verb.match(text, gap.end()) if gap else None
            if not verb or in_quote(a) or _cue_not_speech(text, sentence.start, sentence.end, a, b, verb.group()):
                continue
            person = _described_person(text, noun, a)
            same = [i for i, c in enumerate(candidates) if c[6] == a and c[7] == b and c[1] == "person"]
            if person and same:  # the quote pass gave "the commissioner" to the nearest person: the apposition's
                candidates[same[0]] = (person, *candidates[same[0]][1:])
                continue
            if any(c[6] < b and a < c[7] for c in candidates + added):
                continue
            found: tuple[str, str] | None = None
            if person:
                found = (person, "person")
            elif noun in known.outlet_words:
                outlet = next((c for c in reversed(candidates) if c[6] < a and c[1] in ("media", "news_agency")), None)
                found = (outlet[0], outlet[1]) if outlet else None
            else:
                found = _described_body(text, noun, a, known)
            if found:
                added.append((found[0], found[1], text[a:b], verb.group().lower(), sentence.segment, sentence.index,
                              a, b, False))
    return candidates + added


# where a clause opens inside a sentence: after a comma or a subordinating word ("..., 47 percent said", "after
# 55 percent said"); the subject read after it ends 2 characters on (``comma + 2``)
CLAUSE_OPENING = re.compile(r",\s|\b(?:though|although|while|whereas|after|before|when|as|since|because)(?=\s)\s")
# a participle after a document noun: "the order| released Friday", "disclosures| filed on Sunday night" (issue 11w)
DOCUMENT_TAIL = re.compile(r"\s+(?:released|filed|issued|published|obtained|posted|submitted|signed|sent|made\s+public|"
                           r"unveiled|circulated)\b.*$")
# verbs of plain speech whose subject may open a clause after a comma ("..., several friends said"): not
# "find"/"alleged"/"described", which also take objects ("leaders will find it harder", "several alleged accomplices")
CLAUSE_SPEECH = {"said", "says", "say", "told", "tell", "tells", "reported", "report", "reports", "wrote", "writes",
                 "write", "estimated", "estimate", "estimates", "believe", "believes", "argued", "argue", "argues",
                 "warned", "warn", "noted", "added", "claimed", "claim", "insisted", "insist", "predicted", "predict"}
# a participle of speech after a comma: its subject is the sentence's ("X declined to comment, saying ...")
PARTICIPLE = re.compile(r",\s+(?:(?:and|while|also)\s+)?(saying|telling|adding|noting|arguing|explaining|insisting|"
                        r"warning|claiming|stating|writing|citing)\b")


def _opening_subject(text: str, a: int, limit: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """The subject opening a sentence at ``a``: a name there ("Boeing", "The Harbour Gazette") or a
    described speaker followed by its verb ("A spokeswoman for the firm also declined"); None for a
    pronoun or anything else."""
    hit = known.pattern.match(text, a, limit)
    if hit:
        return (*known.aliases[hit.group(1)], hit.start(), hit.end())
    names = find_names(text, a, min(limit, a + 120))
    if names and text[a:names[0].start].strip() in ("", "The") and names[0].text.split()[0] not in not_names() \
            and re.match(r"\s+(?:[a-z]+ly\s+)?(?:has|have|had|was|were|is|are|also|did|does|do|will|would|could|can|"
                         r"may|might|should|must|[a-z]+ed|[a-z]+s)\b",
                         text[names[0].end:limit]):
        n = names[0]
        kind = "person" if n.type == "person" else _name_type(text, n.start, n.end, known)
        return (_person_name(n.text) if kind == "person" else n.text), kind, n.start, n.end
    words = list(re.finditer(r"\S+", text[a:limit]))[:10]
    for k in range(min(8, len(words) - 1), 0, -1):
        nxt = words[k].group()
        if nxt[:1].islower() and nxt not in COMPLEMENT_WORDS and nxt.casefold() not in NOT_MODIFIERS | {"and"}:
            found = described_source(text[a:a + words[k - 1].end()], known, opens=True)
            if found and found[1] != "document":
                return (*found, a, a + words[k - 1].end())
    return None


# a verb of speech after a quote or a comma with its subject after it: "'' said Ms. Keller, a lawyer."
INVERTED = re.compile(r"(?:,|''|[\"”’])\s*(said|says|added|wrote|writes|explained|noted|continued|"
                      r"recalled|argued|insisted|warned|declared|replied|observed|acknowledged|conceded|complained)"
                      r"\s+([^\s,.;:!?\"“”()][^,;:!?\"“”()]{0,80}?)"
                      r"(?=\s*(?:[,;:!?\"“”()]|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bJr)(?<!\bSt)"
                      r"\.(?:\s|$)|$))")  # (not the period of an initial or a title: "James B. Cunningham")
INVERTED_NOT = {"he", "she", "they", "it", "i", "we", "you", "that", "this", "so", "in", "on", "at", "to", "of",
                "for", "by", "with", "what", "when", "if", "as", "than", "about", "nothing", "more", "later", "earlier",
                "previously", "repeatedly", "one", "him", "her", "them", "me", "us", "yes", "no"}


def _inverted_subject(text: str, a: int, b: int, known: SourceList) -> tuple[str, str, int, int] | None:
    """The subject written after its verb ("said Senator Ann Keller of Maine", "says a source involved in the
    deal"): a listed outlet, the first name in it, or a described speaker; None otherwise."""
    phrase = text[a:b]
    hit = known.pattern.match(text, a, b)
    if hit:
        return (*known.aliases[hit.group(1)], hit.start(), hit.end())
    if phrase[:1].isupper():
        names = find_names(text, a, b)
        if names and not (names[0].text.split()[0] in not_names() and len(names[0].text.split()) == 1) \
                and re.fullmatch(r"(?:\s+(?:of|from|at)\s+.*)?", text[names[0].end:b]):
            n = names[0]  # the name is the whole subject ("said Trump was wrong": Trump is no subject)
            kind = "person" if n.type == "person" else _name_type(text, n.start, n.end, known)
            if kind != "person" and text[n.end:n.end + 1] != ".":
                return None  # "said University of California, San Diego's chancellor, ...": the chancellor
            return (_person_name(n.text) if kind == "person" else n.text), kind, n.start, n.end
        return None
    found = described_source(phrase, known, opens=False)
    return (*found, a, b) if found else None


# a name of capitalised words joined by "of"/"for"/"on"/"and" ("National Conference of State Legislatures")
NAME_OF_NAME = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?:\s+(?:of|for|on|and)(?:\s+the)?"
                          r"(?:\s+[A-Z][\w&.-]*)+)+")
# capitalised words between "the" and a name ("the Combined Joint Task Force Operation| Inherent Resolve")
RUN_AFTER_THE = re.compile(r"\b(?:the|The)\s+((?:[A-Z][\w&-]*\s+){1,6})$")


def _name_run_before(text: str, s_a: int, a: int, b: int, name, kind: str, known: SourceList) -> int | None:
    """Where a name really starts when capitalised words between "the" and it belong to it (a body
    named in full: "the Combined Joint Task Force Operation Inherent Resolve", cut by name finding);
    None for a person with a given name, a listed outlet, an unnamed source or a document."""
    if kind in ("anonymous", "document") or not isinstance(name, str) or text[a:b] != name \
            or known.pattern.fullmatch(name) or first_name_gender(name) or not name[:1].isupper():
        return None
    m = RUN_AFTER_THE.search(text, max(s_a, a - 80), a)
    if not m or any(w in not_names() or known.pattern.fullmatch(w) for w in m.group(1).split()):
        return None
    return m.start(1)


# a name with a description after it as a subject: "Airfleets, a database detailing the aircraft of carriers,"
APPOSED_SUBJECT = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&.-]*){0,5}),\s+"
                             r"((?:an?|the)\s+[^,;:\"“”()]{3,90}),")
MEDIA_WORDS = {"database", "publication", "journal", "newswire", "wire", "tracker", "aggregator"}  # an outlet's kind


PASSIVE_AFTER = re.compile(r"\s+(?:by|for|as)\b")  # "cited| for the drop", "described| as": a passive participle

# a name, then lower-case words that begin the next clause's subject ("Wasef| archaeologists have")
NAME_THEN_SUBJECT = re.compile(r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?:\s+[a-z][\w-]*){1,2}")

# a quote's own attribution to a document right after it: '"...;" read the statement', '", the statement said'
STATEMENT_READ = re.compile(r"[\"”’']*\s*[,;:]?\s*[\"”’']*\s*(read|reads|said|says|stated|states)\s+"
                            r"(?:the|its|their)\s+(?:[a-z]+\s+)?(?:statement|communiqué|release)\b")
ISSUING = {"issued", "released", "put"}  # the cues of ``ISSUED``: "X released a statement"

NOT_IN_PERSON_NAMES = {"for", "and", "to", "by", "with", "from"}  # lower-case words no person's name holds
# a person named with the body they work at: "Chip Taylor of the University of Kansas"
PERSON_OF_BODY = re.compile(r"([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+)\s+of\s+the\s+"
                            r"(?:University|Institute|College|School|Department|Center|Centre|Ministry|Office|Academy|Museum|Society|Foundation|"
                            r"Agency|Bureau|Council|Committee)\b.*")
# a name and a described group as one subject: "Trump and| his supporters"
NAME_AND_GROUP = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+and\s+((?:his|her|their|its|the)\s+[^,;]+)")


# ---------------------------------------------------------------- issue 11w: a source's name read whole

# a person named with the body they work at, any length of name: "Jo Anne Val Tilburg of the University of
# California", "Sam Wilson of the Center for Oceanography"
PERSON_OF_ANY = re.compile(r"((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|"
                           r"(?:de|van|von|der|den|del|dela|da|di|le|la|du|bin|al)(?=\s+[A-Z]))){1,4})"
                           r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*).*")
BODY_WORDS = {"university", "institute", "college", "school", "department", "center", "centre", "ministry", "office",
              "academy", "museum", "society", "foundation", "agency", "bureau", "council", "committee", "hospital",
              "laboratory", "observatory", "library", "company", "corporation", "firm", "bank", "network"}
LETTERS = re.compile(r"[A-Z][A-Z0-9&]*(?:-[A-Z0-9&]+)*[A-Z0-9]")  # an acronym before a name: "ABS-CBN", "CEO"
# a statement, report or remarks by someone: "a statement by the Presidential Spokesperson Harry Roque" is Harry Roque
WORDS_OF_PERSON = re.compile(r"(?:(?:an?|the|this|that|his|her|their|its)\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"(?:statement|report|letter|message|memo|post|tweet|remarks|comments|speech|interview|"
                             r"announcement|testimony|op-ed|column|essay)s?\s+(?:by|from)\s+(?P<rest>.+)")


def _whole_name(name, kind: str, known: SourceList) -> tuple:
    """A source's name phrase as the name a reader counts (issue 11w): a person named with where they
    work is the person ("Jo Anne Val Tilburg of the University of California": the affiliation goes, a
    name finder may have typed the whole an organisation); words of a described person are that person
    ("a statement by the Presidential Spokesperson Harry Roque": Harry Roque). Anything else as given.
    Organisations keep their whole name: the name finder reads "United States Navy" whole (a
    ``organisation_words`` head), and ``_whole_organisation`` adds an "of ..." tail."""
    if not isinstance(name, str):
        return name, kind
    said = WORDS_OF_PERSON.fullmatch(name)
    if said:
        rest = said.group("rest")
        people = [n for n in find_names(rest) if n.type == "person" and n.end == len(rest)]
        if people and first_name_gender(people[-1].text):
            return _person_name(people[-1].text), "person"
    words = name.split()
    if kind == "person" and len(words) > 2 and not is_regnal(name):  # "ABS-CBN CEO Carlo Katigbak": employer
        # letters and role words go; "Queen Elizabeth II" keeps its title (issue 11as)
        k = 0
        while len(words) - k > 2 and (LETTERS.fullmatch(words[k]) or words[k].casefold() in _title_words()
                                      or words[k].casefold() in role_words()):
            k += 1
        if k and all(w[:1].isupper() for w in words[k:]):
            name = " ".join(words[k:])
    person = PERSON_OF_ANY.fullmatch(name) if kind in ("person", "organisation", "government") else None
    if person:
        words = {w.casefold() for w in person.group(1).split()}
        body = person.group("body").casefold()
        if not words & (known.government | BODY_WORDS | {h.casefold() for h in known.heads}) \
                and (first_name_gender(person.group(1)) or body in BODY_WORDS or body in known.government):
            return person.group(1), "person"
    return name, kind


def _written_person(name: str, kind: str, written: str) -> str | None:
    """The person a candidate's own words name when they are another person of the same surname: the
    quote pass may join "Maya Rockeymoore Cummings" (written, speaking) to "Ruth Elma Cummings" (her
    mother-in-law, named earlier); the name as written wins. None when the words agree with ``name``."""
    if kind != "person" or not isinstance(name, str) or not isinstance(written, str) or len(name.split()) < 2 \
            or name.split()[-1] not in written or written.strip() == name or len(written.split()) < 2:
        return None  # speed: no other full name of its surname can be written there
    people = _full_persons(written)
    if len(people) != 1:
        return None
    full = _person_name(people[0])
    words = full.split()
    if words[-1] == name.split()[-1] and words[0] != name.split()[0] and full not in name and name not in full \
            and first_name_gender(full):
        return full
    return None


def _names_on_lines_with(text: str, word: str) -> list:
    """The names of the lines of ``text`` that contain ``word``, in order (speed: a name ending with a
    surname is on a line holding it; a name never crosses a line break; the lines' names are read)."""
    out: list = []
    at = text.find(word)
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1  # the line break included: a name ending the line is read as in the text
        end = len(text) if end == 0 else end
        out += find_names(text, start, end)
        at = text.find(word, end)
    return out


@lru_cache(maxsize=4096)
def _full_persons(written: str) -> tuple[str, ...]:
    """The persons named with two words or more in a candidate's written words (speed: the same few
    hundred phrases recur in an article)."""
    return tuple(n.text for n in find_names(written) if n.type == "person" and len(n.text.split()) >= 2)


def _family_names(text: str, candidates: list[tuple]) -> list[tuple]:
    """Family members sharing a surname (issue 11w): a candidate whose written words name another full
    name of that surname is that person (``_written_person``); and a bare surname joined to a full
    name that never speaks in full goes to the one full name of that surname that does ("Cummings"
    joined to his mother, named once, while "Maya Rockeymoore Cummings ... said")."""
    out = []
    for c in candidates:
        full = _written_person(c[0], c[1], c[2])
        out.append((full, *c[1:]) if full else c)
    speaking: dict[str, set[str]] = {}  # surname -> full names written in full by some candidate
    for c in out:
        if c[1] == "person" and isinstance(c[0], str) and len(c[0].split()) >= 2 and isinstance(c[2], str) \
                and c[0].split()[0] in c[2].split():
            speaking.setdefault(c[0].split()[-1], set()).add(c[0])
    joined = []
    named: dict[str, Counter] = {}  # surname -> how often each given name of it is named in full
    for c in out:
        if c[1] == "person" and isinstance(c[0], str) and len(c[0].split()) >= 2 and isinstance(c[2], str) \
                and c[2].strip() == c[0].split()[-1]:
            surname = c[0].split()[-1]
            others = speaking.get(surname, set())
            if c[0] not in others and len(others) == 1:
                c = (next(iter(others)), *c[1:])
            elif c[0] not in others and not others:  # nobody of that surname speaks in full: the one named most
                if surname not in named:
                    persons = [_person_name(n.text) for n in _names_on_lines_with(text, surname) if n.type == "person"]
                    named[surname] = Counter(f.split()[0] for f in persons if len(f.split()) >= 2
                                             and f.split()[-1] == surname and first_name_gender(f))
                given = named[surname].most_common(2)
                if given and given[0][1] > named[surname][c[0].split()[0]] \
                        and (len(given) == 1 or given[0][1] > given[1][1]):
                    c = (f"{given[0][0]} {surname}", *c[1:])
        joined.append(c)
    return joined


# a body a pronoun owns: "his office said", "her campaign said" (issue 11w)
OWNED_BODY = re.compile(r"([Hh]is|[Hh]er)\s+(office|campaign|staff|team|aides)")


def _pronoun_owner(text: str, at: int, pronoun: str) -> str | None:
    """Whose "his"/"her" at ``at`` is: the nearest person named before it whose gender fits (a surname
    alone counts when a full name of the article ends with it), given as the most often named full
    name with that surname (by given name; its shortest form); None when nobody fits."""
    gender = "male" if pronoun.casefold() == "his" else "female"
    window = max(0, at - ANTECEDENT_REACH)
    people = [(_person_name(m.text), m) for m in find_names(text, 0, at) if m.type == "person"]
    for n in names_before(text, at):
        if n.end <= window:
            return None
        words = [w for w in n.text.split() if w.rstrip(".") not in SUFFIXES]
        if not words or (n.type != "person" and len(words) > 1):
            continue
        surname = words[-1]
        full = Counter(name for name, m in people if len(name.split()) >= 2
                       and [w for w in name.split() if w.rstrip(".") not in SUFFIXES][-1] == surname
                       and first_name_gender(name) == gender)
        if full:  # one person under several forms ("Elijah Cummings", "Elijah Eugene Cummings"): by given name
            given: Counter = Counter()
            for form, k in full.items():
                given[form.split()[0]] += k
            first = given.most_common(1)[0][0]
            return min((f for f in full if f.split()[0] == first), key=lambda f: (len(f.split()), f))
        if n.type == "person" and (n.gender or first_name_gender(n.text)) == gender:
            return _person_name(n.text)
    return None


SUFFIXES = {"Jr", "Sr", "II", "III", "IV"}


# what may stand just before an unnamed group's modifiers: where its noun phrase starts (issue 11w)
GROUP_BOUNDARY = re.compile(r"(?:^|[,;:(—–]|\b(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Tt]heir|[Ii]ts|"
                            r"[Hh]is|[Hh]er|[Oo]ur|[Tt]hese|[Tt]hose))\s*$")
NOT_GROUP_MODIFIERS = NOT_MODIFIERS | COMPLEMENT_WORDS | {
    "and", "or", "but", "nor", "while", "when", "after", "before", "because", "since", "although", "though", "where",
    "whereas", "about", "into", "over", "under", "said", "says", "told", "also", "no", "which", "whom", "whose",
    "all", "both", "each", "some", "many", "most", "other", "several", "their", "its", "his", "her", "our", "these",
    "those", "such", "even", "only", "just", "more", "less", "one"}


def _group_start(text: str, s_a: int, a: int, known: SourceList) -> int:
    """Where an unnamed group's name starts when up to two lower-case modifiers stand before its noun
    and its noun phrase starts before them (", event organizers reported", "the local tourism chiefs"):
    the modifiers name the group. ``a`` itself when no such modifiers."""
    words = list(re.finditer(r"[A-Za-z][a-z-]*", text[max(s_a, a - 40):a]))
    base = max(s_a, a - 40)
    best = a
    for k in (1, 2):
        if len(words) < k:
            break
        mods = words[-k:]
        if text[base + mods[-1].end():a].strip() or any(
                w.group()[:1].isupper() or w.group().casefold() in NOT_GROUP_MODIFIERS or w.group().endswith("ly")
                or known.anonymous_cue.fullmatch(w.group())
                or (known.speech_verb and known.speech_verb.fullmatch(w.group()))
                for w in mods) or any(text[base + x.end():base + y.start()] != " " for x, y in zip(mods, mods[1:])):
            break
        if GROUP_BOUNDARY.search(text, max(s_a, base + mods[0].start() - 12), base + mods[0].start()) \
                or base + mods[0].start() == s_a:
            best = base + mods[0].start()
    return best


def _authority_case(text: str, name, known: SourceList):
    """An unnamed authority written with the capital of its sentence ("Police also said") as "police", like
    everywhere else; not where a name of the article ends with the word ("Federal Government": its short form)."""
    if isinstance(name, str) and name.casefold() in known.unnamed_authorities and name[:1].isupper() \
            and not re.search(rf"[A-Z][\w-]* {re.escape(name)}\b", text):
        return name.lower()
    return name


# Issue 11aw (round 11, sources precision): a place that only modifies the subject, "the government of X",
# a participle used as an adjective after a share word, and a name with lower-case words after a description.

@cache
def _country_heads() -> frozenset[str]:
    """Nouns after a demonym or a country's possessive that speak for the country: ``country_speaker_heads`` and
    ``government_words`` of ``data/sources.yml`` (last words, folded: "state media" is "media")."""
    table = rules("sources")
    return frozenset(str(w).split()[-1].casefold() for key in ("country_speaker_heads", "government_words")
                     for w in table.get(key) or ())


PLACE_COMPLEMENT = {"of", "from", "across", "in", "at", "for", "with", "among", "throughout", "around", "within"}
DETERMINERS = {"the", "a", "an", "some", "several", "many", "most", "all", "two", "three", "four", "five"}
PLACE_HEAD_AFTER = re.compile(r"(?:['’]s)?((?:\s+[a-z][a-z-]*)+)")  # "Austrian| partner", "Britain|'s foreign minister"


def _place_as_modifier(speaker: str, as_written) -> bool:
    """Does the place the quote pass gave as the speaker only modify a described subject (issue 11aw)? A demonym
    or a country's possessive before a head noun that is no government word ("The Austrian partner asked": the
    partner, a company named before), or a place inside the subject's complement ("Critics from across Britain's
    political spectrum claimed": the critics). "The Turkish government", "Britain's foreign minister", "The
    government of Mali" keep the country (``_country_heads``)."""
    if not isinstance(as_written, str) or not isinstance(speaker, str) or not is_country(speaker):
        return False  # (a city or province is left to the other rules: "X of the University of Y in Ontario")
    at = as_written.find(speaker)
    before = as_written[:at].split() if at >= 0 else []
    alone = not [w for w in before if w.casefold() not in DETERMINERS] and not as_written[at + len(speaker):].strip()
    if at < 0 or alone:
        return False  # the place alone ("Austria asked", "The Netherlands said")
    cut = next((i for i, w in enumerate(before) if w.casefold() in PLACE_COMPLEMENT), None)
    if cut is not None:  # a place in the complement: the head is the word before the preposition
        heads = [w for w in before[:cut] if w.casefold() not in DETERMINERS]
        head = heads[-1] if heads else ""
    else:
        after = PLACE_HEAD_AFTER.match(as_written, at + len(speaker))
        if not after or after.end() != len(as_written.rstrip()):
            return False
        if set(after.group(1).casefold().split()) & _country_heads():
            return False  # "Germany's president and foreign and defense ministers all urged"
        head = after.group(1).split()[-1]
    return bool(head) and head.casefold() not in _country_heads()


GOVERNMENT_OF = re.compile(r"[Tt]he\s+government(?:\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?")
OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


def _government_of(text: str, at: int, as_written) -> tuple[str, str] | None:
    """"The government of American Samoa issued a statement": one government source named for its place (issue
    11aw), not the word "government" linked to an earlier name ("Three American Samoans"). The speaker phrase
    ``as_written`` starts at ``at``; the place is in it or right after it (any capitalised name but a title's:
    territories such as American Samoa are in no list)."""
    m = GOVERNMENT_OF.fullmatch(as_written.strip()) if isinstance(as_written, str) and at >= 0 else None
    if not m:
        return None
    place = m.group(1)
    if not place:
        after = OF_PLACE_AFTER.match(text, at + len(as_written.rstrip()))
        place = after.group(1) if after else None
    if not place or place.split()[0].casefold() in role_words() | {"prime"}:
        return None  # "the government of Prime Minister X": a person's cabinet, left to the other rules
    return f"Government of {place}", "government"


SHARE_DETERMINER = re.compile(r"(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Ff]ew|[Aa]ll)\s*")
ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s\b(?=\s*,|\s+(?:were|are|have|had|range|"
                               r"ranged|exceeded|exceed|reached|put|placed|rose|fell|vary|varied)\b)")


def _attributive_participle(text: str, a: int, b: int, cue: str) -> bool:
    """A participle cue used as an adjective after a share word (issue 11aw): "Some estimated death tolls, provided
    by officials, exceeded 100" (the tolls, no one estimating: "some" is their determiner). Only when the
    subject ``text[a:b]`` is the share word alone and a plural noun phrase follows the cue before a comma or
    its own verb."""
    if not cue.endswith("ed") or not SHARE_DETERMINER.fullmatch(text, a, b):
        return False
    at = text.find(cue, b, b + 20)
    return at >= 0 and ATTRIBUTIVE_AFTER.match(text, at + len(cue)) is not None


# a description of lower-case words (the first may be capitalised) and the name after its noun
DESCRIPTION_THEN_NAME = re.compile(r"[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)*?\s+([a-z][a-z-]*)\s+"
                                   r"([A-Z][\w’'&-]*(?:\s+[\w’'&-]+){1,5})")
NAME_INNER_WORDS = {"a", "an", "the", "of", "and", "for", "to", "in", "on", "my", "your", "our"}


def _name_after_description(speaker, as_written) -> str | None:
    """The whole name after a lower-case description noun when the quote pass cut it at a lower-case word inside it
    (issue 11aw): "Recycled toilet paper producer Who Gives a Crap said" is "Who Gives a Crap", not "Crap". The
    name's lower-case words are only short function words; None when the speaker is the whole name already."""
    if not isinstance(as_written, str) or not isinstance(speaker, str):
        return None
    m = DESCRIPTION_THEN_NAME.fullmatch(as_written.strip())
    name = m.group(2) if m and m.group(1) not in NAME_INNER_WORDS | PLACE_COMPLEMENT else ""  # (not "in the| X")
    inner = [w for w in name.split() if w[:1].islower()]
    if not name or name == speaker or not name.endswith(speaker) or not inner \
            or any(w not in NAME_INNER_WORDS for w in inner):
        return None
    return name


def _described_name(name: str, written: str) -> bool:
    """Is ``name`` a whole name written right after a lower-case description noun ("toilet paper producer| Who
    Gives a Crap"; issue 11aw)? Then its first word ("Who") opens the name, not a clause."""
    return len(name.split()) > 1 and written.endswith(" " + name) \
        and re.search(r"(?<![\w’'-])[a-z][a-z-]+\s+$", written[:-len(name)]) is not None


# ---------------------------------------------------------------- counting (issue 11bd)

# a court's written decision as a quote's speaker: "The summary of the decision read", "The ruling states", "the
# judgment said" (not "the court's summary": ``DESCRIBED_COURT`` reads that one)
RULING_DOCUMENT = re.compile(r"(?:[Tt]he|[Ii]ts)\s+(?:(?:written|full|unanimous|final|majority)\s+)?(?:(?:summary|text|"
                             r"conclusion)\s+of\s+(?:the|its)\s+)?(?:ruling|judgment|judgement|decision|verdict)")


def _ruling_document(as_written) -> bool:
    """Is the quote pass's speaker phrase a court's written decision ("The summary of the decision read in part:
    ..." ; issue 11bd)? Gold merges it into the court (blind-test-2, -8, -9 notes), and counts every sentence of
    its quotation for the court; the quote pass leaves it an unnamed speaker, so none was counted. The court is the
    one the article names most (``_main_court``); with no court named there is no source."""
    return isinstance(as_written, str) and RULING_DOCUMENT.fullmatch(as_written.strip()) is not None


# Issue 11bb: a platform that carries a quotation written right after it ("Mick Jagger also reacted on Twitter,
# "Sad news ..."", "took a parting shot on Twitter: "Oh no ...""): the platform carried the message, whatever the
# verb before it; an opening quote mark must follow at once (a comma or colon between), so "on Twitter, where ..."
# or "a row on Twitter" stay no citation
PLATFORM_QUOTE = re.compile(r"\s*[,:]\s*[\"“]")
ON_PLATFORM = re.compile(r"\b(?:on|via)\s+(?:(?:his|her|their|its|the|my|our)\s+(?:own\s+|official\s+)?)?$")


def _platform_quote(text: str, s_a: int, a: int, b: int, s_b: int) -> str | None:
    """"on" when the platform at ``a``..``b`` is written "on <platform>" with a quotation opening right after
    it (a comma or colon between): the quote was posted there (blind-test-9, -10: "reacted on Twitter, "...""),
    else None."""
    if ON_PLATFORM.search(text, max(s_a, a - 30), a) and PLATFORM_QUOTE.match(text, b, s_b):
        return "on"
    return None


# Issue 11bb: "According to Durbin, ..." after "Senator Mark Durbin" was named doing something else (no citation
# of the full name for ``canonical_names`` to join): the surname stands for the person named before
ONE_NAME = re.compile(r"[A-Z][a-z’'-]+")


def _according_surname(text: str, candidates: list[tuple]) -> list[tuple]:
    """``candidates`` with a bare surname after "according to" given the full name of the nearest person
    named before it with that surname (one full name of it only; a surname nobody was named with stays)."""
    out = []
    for c in candidates:
        if c[3] == "according to" and isinstance(c[0], str) and ONE_NAME.fullmatch(c[0]) \
                and c[0] == str(c[2]).strip():
            full = {_person_name(n.text) for n in find_names(text, max(0, c[6] - ANTECEDENT_REACH), c[6])
                    if n.type == "person" and len(n.text.split()) >= 2 and n.text.split()[-1] == c[0]}
            if len(full) == 1:
                c = (full.pop(), "person", *c[2:])
        out.append(c)
    return out


# Issue 11bb: a pronoun the quote pass resolved to an unnamed speaker already counted as a source ("The head of
# the police's internal investigators told ... She also said "..."", "The researchers found ... They reported,
# "...""): the pronoun's quote counts for that source, as the quote's speaker says (speakers and sources agree)
SPEAKER_PRONOUN = re.compile(r"(?i:he|she|they)")


def _pronoun_group(speaker, as_written, speaker_start, candidates: list[tuple]) -> tuple[str, str] | None:
    """The unnamed source (name, "anonymous") a pronoun speaker stands for: the quote pass's speaker, when a
    candidate before the pronoun has that name (without "the"), else None (an unnamed speaker no one counted
    stays no source)."""
    if not (isinstance(speaker, str) and isinstance(as_written, str) and SPEAKER_PRONOUN.fullmatch(as_written.strip())
            and isinstance(speaker_start, int)):
        return None
    wanted = _without_the(speaker).casefold()
    return next(((c[0], c[1]) for c in reversed(candidates) if c[1] == "anonymous" and c[6] < speaker_start
                 and isinstance(c[0], str) and _without_the(c[0]).casefold() == wanted), None)
