"""Issue 11aa: mechanisms that recur across the seven blind sets' remaining source errors, on made-up
sentences of the same shapes (no text of any set or of PolNeAR is copied here)."""

from conftest import counts_of

from analysis import Article
from analysis.sources import count_sources


def test_a_court_ruling_without_that_counts_for_the_court():
    counts = counts_of("On Monday the Appeals Court of Westmoor in Norland ruled on March 3 the levy was void. "
                       "The levy was raised in 2019.")
    assert counts.get("Appeals Court of Westmoor") == 1


def test_a_court_issuing_a_ruling_and_its_short_name_are_one_source():
    counts = counts_of("The High Tribunal of Eastland issued a ruling on the dispute. Later the High Tribunal "
                       "ruled the levy void.")
    assert counts.get("High Tribunal of Eastland") == 2
    assert "High Tribunal" not in counts


def test_a_jury_convicting_is_a_source_but_a_king_ruling_a_country_is_not():
    counts = counts_of("A jury convicted Mr. Harlow of fraud in 2016. The king ruled the country for forty years.")
    assert counts.get("A jury") == 1
    assert not any("king" in name.casefold() for name in counts)


def test_they_after_a_study_is_the_study_team():
    counts = counts_of("Okafor et al found the lakes were warming. The lakes hold many fish. They found the "
                       "warmest water near the surface.")
    assert counts.get("Okafor et al") == 2


def test_they_after_the_researchers_of_the_one_study_is_the_study():
    # (a headline of real words: the quote pass may read "they" as the headline's first word, which gives way)
    table = count_sources(Article.from_text("Ice shelf thins fastest in summer\n\nThe study says the ice is "
                                            "thinning. The researchers used radar to map the shelf. From this, they "
                                            "concluded the thinning was fastest in summer."))
    assert dict(zip(table["source"], table["mentions"])).get("study") == 2


def test_they_after_a_group_of_people_is_not_a_study():
    counts = counts_of("Okafor et al found the lakes were warming. Fishermen in the town said the catch was smaller. "
                       "They found fewer fish every year.")
    assert counts.get("Okafor et al") == 1


def test_a_publication_told_in_an_interview_is_the_outlet():
    counts = counts_of("\"It was a surprise,\" Dana Weir told the Harbour Times. Weir said in an interview with "
                       "Coastal Geographic she was pleased. Lee Park, in remarks to harbournews.com.au, said, "
                       "\"We agree.\"")
    assert counts.get("Harbour Times") == 1
    assert counts.get("Coastal Geographic") == 1
    assert counts.get("harbournews.com.au") == 1


def test_told_a_group_of_officials_is_no_outlet():
    counts = counts_of("He told American officials that the deal was done.")
    assert not any("American" in name for name in counts)


def test_a_long_body_name_after_according_to_is_read_whole():
    counts = counts_of("According to the Centre for Applied Ocean Science and Coastal Engineering in Norland, "
                       "the storm was the worst in decades.")
    assert "Centre for Applied Ocean Science and Coastal Engineering" in counts


def test_a_photographer_named_in_the_prose_is_a_credit():
    table = count_sources(Article.from_text("Fans gather downtown\n\nThe Daily Planet's Ana Ruiz photographed the "
                                            "parade. Police photographed the scene."), include_credits=True)
    credits = set(table[table["is_credit"]]["source"])
    assert credits == {"Ana Ruiz"}


def test_an_outlet_that_noted_something_is_a_source():
    counts = counts_of("USA Today noted the panel may advise ending the draft.")
    assert counts == {"USA Today": 1}


def test_the_platform_of_a_post_written_as_a_noun_is_a_source():
    counts = counts_of("Her last Instagram story post was a photo of her dog. Earlier, an official city Twitter "
                       "account made the following announcement: \"Roads are closed.\"")
    assert counts.get("Instagram") == 1
    assert counts.get("X") == 1  # Twitter's canonical name in data/sources.yml


def test_a_platform_named_in_passing_is_no_source():
    counts = counts_of("The company bought an Instagram rival last year.")
    assert "Instagram" not in counts
