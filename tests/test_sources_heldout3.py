"""Source rules by class (issue 11, second round on blind-test-3's errors): made-up texts of one class each."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_works_in_parentheses_are_not_the_speaker():
    counts = counts_of("Cartoonist Mara Lindqvist (Harriet Vane, Jem and the Outlaws) told of a hard start. "
                       "\"I had no work for a year. Then it came all at once,\" she said.")
    assert not any(name in counts for name in ("Harriet Vane", "Outlaws", "the Outlaws"))
    assert any(name.endswith("Lindqvist") for name in counts)


def test_a_name_set_off_after_a_role_is_the_source():
    counts = counts_of("According to the Zenda mayor, Olek Varga, during the weekend, roads were closed. "
                       "The minister's spokesperson, Ilse Kranz, said \"the border stays open.\"")
    assert counts.get("Olek Varga") == 1
    assert counts.get("Ilse Kranz") == 1
    assert not any("mayor" in name or "Zenda" == name for name in counts)


def test_a_time_phrase_is_not_part_of_the_name():
    counts = counts_of("Another report from the Ruritanian government during the weekend said nine people died.")
    assert not any("weekend" in name for name in counts)


def test_a_tail_ending_on_a_preposition_is_cut():
    counts = counts_of("According to Chief Inspector Tomas Aalto of the police of the Northern Region, "
                       "twelve people died. Aalto further claimed forty were hurt.")
    assert not any(name.endswith(" of") for name in counts)
    assert sum(n for name, n in counts.items() if name.endswith("Aalto")) == 2


def test_a_title_for_a_given_name_is_the_full_name():
    counts = counts_of("Charges were filed, according to prosecutor Maria Volk, the attorney for the district. "
                       "According to Attorney Volk, the case is strong.")
    assert counts.get("Maria Volk") == 2 and "Attorney Volk" not in counts


def test_a_bare_title_cut_from_a_long_one_is_no_second_source():
    counts = counts_of("Ruritanian Ambassador to Zenda Piet Mول alleged the airline carried arms."
                       .replace("Mول", "Molen"))
    assert not any(name.endswith("Ambassador") for name in counts)


def test_a_tweet_names_its_author_and_the_platform():
    counts = counts_of("\"The airline carries weapons,\" according to a tweet on Monday by Zenda Secretary of State "
                       "Olaf Brink.")
    assert counts.get("Olaf Brink") == 1
    assert counts.get("X") == 1  # Twitter, listed as X


def test_an_unnamed_source_with_a_nationality_and_an_aside():
    counts = counts_of("Rudaw reported on Monday a Zendan government source, whom they did not name, said the ban "
                       "is not part of a wider plan. Some news sources noted the timing.")
    assert counts.get("a zendan government source") == 1
    assert counts.get("some news sources") == 1 or counts.get("news sources") == 1


def test_a_study_team_speaks_for_the_study_not_its_universities():
    counts = counts_of("In findings published Tuesday in Marine Letters, researchers from the University of Zenda and "
                       "the College of Strel in Ruritania reported that eels sing. "
                       "According to the study, most eels sing at night. "
                       "The researchers estimate that a million eels sing.")
    assert counts.get("study") == 3
    assert not any(name in counts for name in ("Ruritania", "College of Strel", "University of Zenda"))


def test_a_person_of_an_employer_and_a_second_surname():
    counts = counts_of("Arnel dela Vega of the army's Western Zenda Command said the group was to blame. "
                       "Mario Rossi Ferrante, the governor, announced his resignation. Rossi said he was sorry. "
                       "Rossi said more later.")
    assert any(name.endswith("dela Vega") for name in counts) and "Zenda Command" not in counts
    assert counts.get("Mario Rossi") == 3 and "Mario Rossi Ferrante" not in counts


def test_a_possessor_is_no_speaker_and_a_country_keeps_its_government():
    counts = counts_of("Velco hosted a panel. The new replica is of Anna Karsk's racing helmet, their \"most "
                       "requested helmet.\" The Ruritanian government claims the airline carries arms.")
    assert "Anna Karsk" not in counts
    assert counts.get("Ruritanian government") == 1


def test_told_a_publication_by_its_title():
    counts = counts_of("Voter Lena Moor told The Harbour Review, \"We vote against the council.\"")
    assert counts.get("The Harbour Review") == 1


def test_statements_that_came_from_a_list_of_senders():
    counts = counts_of("Statements of condemnation have come from Zenda Council head Maria Holm, Bishop Anton Weiss, "
                       "and a spokesperson for President Rudolf Rassendyll.")
    assert counts.get("Maria Holm") == 1
    assert sum(n for name, n in counts.items() if name.endswith("Weiss")) == 1
    assert counts.get("Rudolf Rassendyll") == 1


def test_a_group_that_claimed_responsibility_after_a_which_clause():
    counts = counts_of("The bombs went off. The Front of Zenda and the Hills, which is linked to the Red Band, "
                       "subsequently claimed responsibility. Munk's death was announced on Friday.")
    assert counts.get("Front of Zenda and the Hills") == 1
    assert "Munk" not in counts
