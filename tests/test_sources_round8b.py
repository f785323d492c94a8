"""Issue 11ab: unnamed groups and described courts, the mechanisms that recur across the eight blind sets'
source errors, on made-up sentences of the same shapes (no text of any set or of PolNeAR is copied here)."""

from conftest import counts_of


def test_a_group_with_an_adjective_stating_a_view_is_an_unnamed_source():
    counts = counts_of("Some local historians considered the bridge a ruin. The bridge was built in 1820.")
    assert counts.get("some local historians") == 1


def test_a_group_with_a_participle_complement_is_named_with_it():
    counts = counts_of("City councillors opposing the tax argued it would hurt shops. The tax starts in May.")
    assert counts.get("city councillors opposing the tax") == 1


def test_a_group_with_a_relative_clause_is_named_by_its_head():
    counts = counts_of("The park officials who closed the trail claimed they were protecting nests. "
                       "The trail is steep.")
    assert counts.get("park officials") == 1


def test_a_group_attributing_or_citing_is_a_source():
    counts = counts_of("Experts attribute the flooding to heavy rain. Farmers in the valley had previously cited "
                       "the cost of the dam.")
    assert counts.get("experts") == 1
    assert counts.get("farmers in the valley") == 1


def test_a_passive_participle_after_a_plural_noun_is_no_speech():
    counts = counts_of("Factors cited for the fall in sales include the weather. Shops were quiet.")
    assert not any("factor" in name.casefold() for name in counts)


def test_a_thing_considered_is_no_source():
    counts = counts_of("Owls are considered wise by many. The fire was attributed to a faulty cable.")
    assert counts == {}


def test_a_groups_demands_and_calls_are_its_citations():
    counts = counts_of("Strikers' demands include a higher wage. The plant stayed shut. On Monday the mayor joined "
                       "the calls by county officials asking the firm to talk.")
    assert counts.get("strikers") == 1
    assert counts.get("county officials") == 1


def test_a_phone_call_is_not_a_demand():
    counts = counts_of("The company's demands were met. The calls by the hour cost more.")
    assert not any("calls" in name.casefold() for name in counts)


def test_the_court_is_the_last_court_named_but_not_one_named_after_is():
    counts = counts_of("On Monday the High Court of Norland ruled the levy unlawful. The High Court of Norland is "
                       "the top civil court in Norland. Above it is only the Appeals Court of Westmoor. "
                       "The three-judge court found the levy \"was raised for an improper purpose.\"")
    assert counts.get("High Court of Norland") == 2
    assert "Appeals Court of Westmoor" not in counts
    assert not any(name.casefold().startswith("three-judge") for name in counts)
