"""Issue 11ak: sources recall, from the recall audit (``benchmarks/source_recall_audit.py``): plural
documents that open a sentence and speak, on made-up sentences (no text of any set or of PolNeAR is
copied here). The first two tests fail on the code before this issue; the last guards what stays."""

from conftest import counts_of


def test_plural_documents_with_a_modifier_are_sources():
    counts = counts_of("The bridge opened in May.  Earlier surveys have shown that few people cross it. "
                       "Several opinion polls showed support for the toll at two percent.")
    assert counts.get("Earlier surveys") == 1
    assert counts.get("Several opinion polls") == 1


def test_a_bare_plural_document_is_a_source():
    assert counts_of("The glue was tested on mice. Studies suggest it is safe.").get("Studies") == 1


def test_a_speaker_before_a_plural_document_is_not_part_of_it():
    counts = counts_of("The mayor spoke on Monday. He said polls show nothing. Critics of polls said little.")
    assert not any("polls" in name.casefold() and name.split()[0] in {"He", "he"} for name in counts)
    assert "He said polls" not in counts

