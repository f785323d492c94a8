"""Source rules by class (issue 11, third round on blind-test-4's errors): made-up texts of one class each."""

from analysis import Article
from analysis.sources import count_sources


def counts_of(text: str) -> dict[str, int]:
    table = count_sources(Article.from_text("Headline of the piece\n\n" + text + "\n"))
    return dict(zip(table["source"], table["mentions"]))


def folded(counts: dict[str, int]) -> dict[str, int]:
    return {name.casefold().removeprefix("the "): n for name, n in counts.items()}


def test_a_coordination_after_according_to_is_two_sources():
    counts = folded(counts_of("On Monday, according to witness accounts and authorities, a van hit a bus shelter."))
    assert counts.get("witness accounts") == 1 and counts.get("authorities") == 1
    assert not any(" and " in name for name in counts)


def test_and_inside_one_name_is_not_split():
    counts = counts_of("According to the Zembla Fire and Rescue Service, the blaze is out.")
    assert "Zembla Fire and Rescue Service" in counts


def test_a_document_stands_for_its_issuer():
    counts = counts_of("The Ostrava Fire and Rescue Service were called at nine. Four engines came, according to "
                       "a fire service statement. The fire service indicated an inquiry had begun.")
    assert counts.get("Ostrava Fire and Rescue Service") == 2
    assert not any("statement" in name for name in counts)


def test_her_memoirs_are_hers():
    counts = counts_of("Heiress Clara Moosbrugger grew up in a big house. She was lonely, according to her memoirs.")
    assert counts.get("Clara Moosbrugger") == 1
    assert not any("memoir" in name for name in counts)


def test_an_outlet_after_a_report_by_is_the_source():
    counts = counts_of("According to a recent report by The Beacon, the society keeps a secret list.")
    assert counts.get("The Beacon") == 1
    assert not any("report" in name for name in counts)


def test_numbers_reported_by_an_outlet_are_the_outlet_s():
    counts = folded(counts_of("Per numbers reported by Reuters, 400 people are affected. "
                              "Amongst reported cases of fraud, two were solved."))
    assert counts == {"reuters": 1}


def test_a_thing_called_by_a_name_is_no_speech():
    counts = counts_of("Rykova was born in 1930 in Tess, when the country was a colony called Upper Zenda.")
    assert counts == {}


def test_the_police_as_a_speaker_phrase_and_as_an_agent():
    counts = folded(counts_of("At noon, in what the police declared a \"terror\" attack, a man was shot. "
                              "The man, described as \"dangerous\" by the police, had a knife."))
    assert counts.get("police") == 2


def test_an_eyewitness_is_an_unnamed_source():
    counts = folded(counts_of("An eyewitness described for news agency Zed Media how it began, stating, "
                              "\"I saw a man running. Then I heard shots.\""))
    assert counts.get("an eyewitness") == 2
    assert counts.get("zed media") == 1


def test_a_platform_mentioned_before_a_verb_is_not_cited():
    counts = counts_of("The singer had 90,000 followers on Instagram, and wrote about music.")
    assert "Instagram" not in counts
    assert counts_of("The mayor, also on Instagram, defended the plan, \"It is good.\"").get("Instagram") == 1


def test_subjects_joined_by_and_are_both_sources():
    counts = counts_of("Karl Obst ran against Lena Marsh. In 2008 both Obst and Marsh claimed victory.")
    assert counts.get("Karl Obst") == 1 and counts.get("Lena Marsh") == 1


def test_the_unnamed_subject_of_by_saying():
    counts = folded(counts_of("In May, the parents tried to have Tomas freed by saying they forgave him."))
    assert counts.get("parents") == 1
    assert "tomas" not in counts


def test_a_group_cited_by_an_outlet():
    counts = folded(counts_of("The Morning Ledger, citing local militia groups, reported that three rockets hit."))
    assert counts.get("local militia groups") == 1


def test_estimates_by_two_sources():
    counts = folded(counts_of("Half the homes are gone, with some estimates by the Red Crescent and government "
                              "officials ranging from 40% to 60%."))
    assert counts.get("red crescent") == 1 and counts.get("government officials") == 1


def test_an_interviewer_is_the_outlet():
    counts = counts_of("Mira Osei grew up poor. In an interview with Dawnlight, she said she left at sixteen.")
    assert counts.get("Dawnlight") == 1
    assert counts.get("Mira Osei") == 1


def test_a_middle_name_is_one_person():
    counts = counts_of("Tomas Varga said the vote was stolen. Tomas Ernst Varga was born in 1930. "
                       "\"Only God will remove me,\" Tomas Ernst Varga declared.")
    assert len([name for name in counts if name.endswith("Varga")]) == 1


def test_the_publisher_naming_itself_is_the_reporter():
    counts = counts_of("Wikinews attended the fair. Wikinews spoke with her by email, after the event.")
    assert counts == {}


def test_a_group_before_a_place_and_they():
    counts = folded(counts_of("On Monday, several foreign ministers in Oslo denounced the deal. The talks were long. "
                              "They concluded that the deal is void. The foreign ministers met again."))
    assert counts.get("foreign ministers") == 2


def test_the_speaker_is_the_mother_named_after_the_owners():
    counts = counts_of("Lena Obst was jailed. Lena and Karl's mother, Anwa, wept and said she believed in them.")
    assert counts.get("Anwa") == 1
    assert "Lena Obst" not in counts


def test_a_court_ruling_in_the_passive():
    counts = folded(counts_of("Karl Obst was sentenced to life in prison by a court in Lahti."))
    assert counts.get("a court in lahti") == 1


def test_a_signed_decree_speaks_for_its_signer():
    counts = counts_of("On Friday, King Olaf Brann issued new rules. The decree signed by the King read \"All ports "
                       "open. All fees go.\" The decree also mentions a new court. The decree instructs mayors to "
                       "report.")
    assert counts.get("Olaf Brann") == 4  # the two sentences of the decree, "mentions", "instructs"
    assert not any("decree" in name for name in counts)


def test_the_government_as_subject_without_a_name():
    counts = folded(counts_of("Voters backed the plan. On Friday the government announced the new region."))
    assert counts.get("government") == 1
