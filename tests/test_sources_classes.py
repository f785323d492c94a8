"""Source rules by class of language (issue 11, round 4): each test a made-up text of one class."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def test_courts_that_rule_or_find_are_sources():
    counts = counts_of("The Appeals Court of Ruritania ruled on Tuesday that the ban was unlawful. "
                       "A judge in Zenda later found that the minister had overstepped.")
    assert counts.get("Appeals Court of Ruritania") == 1
    assert counts.get("a judge in Zenda") == 1


def test_papers_by_their_authors():
    counts = counts_of("Earlier work by Kowalczyk et al. pointed the other way. "
                       "The researchers, led by Mira Toivonen of the University of Vaasa, found that frogs sing.")
    assert counts.get("Kowalczyk et al.") == 1
    assert counts.get("Mira Toivonen") == 1


def test_a_particle_stays_in_et_al():
    assert "de Wit et al." in counts_of("The data of de Wit et al. disagree with that.")


def test_a_journal_ends_at_its_date():
    counts = counts_of("The findings were published in Marine Letters on Thursday after a long review.")
    assert "Marine Letters" in counts and not any("Thursday" in name for name in counts)


def test_document_issuer_is_the_source():
    counts = counts_of("The Velde Party withdrew in response to a statement from her uncle, King Anton Velasquez. "
                       "The family's statement said the king had been ill for years.")
    assert counts.get("Anton Velasquez") == 1
    assert counts.get("the family") == 1


def test_author_of_estimates_before_their_verb():
    counts = counts_of("Estimates by the Ruritanian government state that 300 bridges are unsafe.")
    assert counts.get("Ruritanian government") == 1


def test_the_noun_stands_for_the_name_it_ends():
    counts = counts_of("The Green Dawn Party met on Friday. \"We accept the ruling,\" the party informed the press.")
    assert counts.get("Green Dawn Party") == 1


def test_cues_beyond_speech_verbs():
    counts = counts_of("My colleague Oskar Brandt, who also tried the headset, has already pointed out that it hurts. "
                       "The Dockworkers disagree. "
                       "Velocar has been strenuously defending its pricing. "
                       "Minister Ilse Rahn, 54, elaborated on the plan.")
    assert counts.get("Oskar Brandt") == 1
    assert counts.get("Dockworkers") == 1
    assert counts.get("Velocar") == 1
    assert counts.get("Ilse Rahn") == 1


def test_passive_agent_of_a_challenge():
    counts = counts_of("Her candidacy had also been challenged by the opposing Harvest Party.")
    assert counts.get("opposing Harvest Party") == 1


def test_no_source_from_a_passive_a_place_or_a_headline():
    counts = counts_of("The death of sailor Jon Mære was announced on Friday. "
                       "As that tweeter in Zenda suggested, the plan was odd.")
    assert "Jon Mære" not in counts and "Zenda" not in counts
    assert "Lars Holm" not in counts_of("Some text about ships.\n\nLars Holm denies everything")  # headline


def test_groups_that_recall_or_describe():
    counts = counts_of("Witnesses described hearing three loud bangs. Residents recalled the smell of gas.")
    assert counts.get("witnesses") == 1 and counts.get("residents") == 1


def test_unnamed_earlier_studies():
    counts = counts_of("A large body of neuroscientific studies has pointed out that the brain works when idle.")
    assert counts.get("neuroscientific studies") == 1


def test_a_name_of_the_form_of_a_and_b_is_whole():
    counts = counts_of("The High Court of Borduria and Syldavia ruled that the treaty stands.")
    assert counts.get("High Court of Borduria and Syldavia") == 1 and "Syldavia" not in counts


def test_a_conditional_response_is_no_source():
    assert "officials" not in counts_of("Ars asked Mojang for comment and will update this post if company officials "
                                        "respond.")


def test_an_owned_claim_counts_for_its_owner():
    counts = counts_of("The philosopher Anna van Leer has a new book on glass. "
                       "It fits with van Leer's notion that glass is a time capsule.")
    assert counts.get("Anna van Leer") == 1


def test_the_government_by_its_capitalised_noun():
    counts = counts_of("The government met on Monday. The Government has effectively admitted the law is flawed. "
                       "The Government does not deny it.")
    assert counts.get("Government") == 2


def test_review_cues():
    counts = counts_of("Nonetheless, Piet Hals makes a case for glass as a symbol. Hals draws a parallel with bottles.")
    assert counts.get("Piet Hals") == 2


def test_wording_owned_by_a_name_and_what_it_is_calling():
    counts = counts_of("Prices rose as if there were (in libertarian economist Tomas Berg’s phrase) “markets in all”. "
                       "You can take what Velocar is calling “spatial” photos.")
    assert counts.get("Tomas Berg") == 1 and counts.get("Velocar") == 1


def test_a_group_with_its_owner_and_a_second_noun():
    counts = counts_of("A number of Velocar’s fans and supporters defended the company on the grounds that prices are "
                       "set by an algorithm.")
    assert counts.get("a number of Velocar’s fans and supporters") == 1


def test_bodies_courts_and_stances():
    counts = counts_of("The media union is adamant that notes must be exempt. "
                       "The courts have held that a sale of vital assets needs a vote. "
                       "Karl Ode, chairman of the council, once summed up the danger with a metaphor.")
    assert counts.get("media union") == 1 and counts.get("courts") == 1 and counts.get("Karl Ode") == 1


def test_a_picture_credited_in_the_prose_and_a_widget_line():
    table = count_sources(Article.from_text("Headline of the piece\n\nI could not film the demo, so this photo from "
                                            "Velocar will have to do.\n"), include_credits=True)
    credit = table[table["is_credit"]]
    assert credit["source"].tolist() == ["Velocar"]
    assert table[~table["is_credit"]].empty


def test_what_was_done_by_saying_it():
    counts = counts_of("Velocar and Nordbank shocked the world earlier this year by announcing a merger.")
    assert counts.get("Velocar") == 1 and counts.get("Nordbank") == 1


def test_a_capitalised_word_before_a_plural_is_a_group():
    counts = counts_of("The deficit grew again. Deficit hawks have warned for years that a reckoning is coming.")
    assert counts.get("deficit hawks") == 1 and "Deficit" not in counts


def test_interview_answers_count_for_the_interviewee():
    counts = counts_of("We spoke to the engineer Ilse Rahn about the bridge.\n\n"
                       "Is it safe?\n\n"
                       "Rahn: It is safe. We checked every bolt.\n\n"
                       "And the cost?\n\n"
                       "Rahn: Ten million.\n\n"
                       "Jo Berg Image: Jo Berg for Council.\n\n"
                       "Editor's note: the bridge opens in May.")
    assert counts.get("Ilse Rahn") == 3 and len(counts) == 1


def test_what_is_not_a_statement():
    counts = counts_of("Viktor Hale ruled Borduria for thirty years. "
                       "Jo Anne Tilburg of the University of California, Los Angeles disagreed with these findings. "
                       "Piet Brand, from Zenda, on Tuesday admitted his guilt in eight thefts.")
    assert "Viktor Hale" not in counts and "Los Angeles" not in counts and "Piet Brand" not in counts


def test_one_institution_written_with_its_country_two_ways():
    counts = counts_of("The Supreme Court of the United Kingdom ruled that the order was void. "
                       "The UK Supreme Court said the order had no effect. "
                       "The Court of Session had ruled on it first. The court found that it was unlawful.")
    # "The court" is the court named most often so far, first named on a tie (the quote layer's rule,
    # ``most_named_body``, issue 11ai): the Supreme Court, not the Court of Session named last
    assert counts.get("Supreme Court of the United Kingdom") == 3 and "UK Supreme Court" not in counts
    assert counts.get("Court of Session") == 1
