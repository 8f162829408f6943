"""A family member named by a gendered or familiar kin word ("my dad", "my wife", "my grandson") is
searched for, and read as a case of a policy row, by the neutral kin term a policy names ("parent",
"spouse", "grandchild"); never the other way round (``assistant.text.KIN_TERMS``). Questions from
``scripts/qa_round17_probe.py``; rows from its outside documents."""

from assistant.text import KIN_TERMS


def test_every_kin_word_names_its_neutral_terms_in_lower_case() -> None:
    assert all(word == word.lower() and all(t == t.lower() for t in terms) for word, terms in KIN_TERMS.items())
    assert KIN_TERMS["dad"] == ("parent",) and KIN_TERMS["granddaughter"] == ("grandchild",)


def test_a_search_for_a_kin_word_also_searches_its_neutral_terms() -> None:
    from assistant.text import with_kin_terms

    assert [with_kin_terms(q) for q in [
        "How many days off with pay can I have when my grandson dies?",
        "My Mother-in-law passed away.",
        "Can I take vacation days to go to my cousin's funeral?",
        "Do my parents count as family?",
    ]] == [
        "How many days off with pay can I have when my grandson (grandchild) dies?",
        "My Mother-in-law (parent-in-law in-law) passed away.",
        "Can I take vacation days to go to my cousin's funeral?",
        "Do my parents count as family?",
    ]


def test_a_kin_word_names_its_neutral_term_among_the_question_stems() -> None:
    from assistant.qa.features import unasked_condition
    from assistant.qa.select import question_stems

    stems = question_stems("How much bereavement leave is given for the death of a daughter?")
    assert {"daughter", "child"} <= stems and "parent" not in stems
    # The row for children is a case the question asks about (one of its listed relations), the row
    # for siblings is not.
    row = "Relationship (to you or your spouse): {}; Paid time: Up to 3 days."
    assert round(unasked_condition(row.format("Spouse, child, parent"), stems, True), 2) == 0.67
    assert unasked_condition(row.format("Grandparent, grandchild, sibling"), stems, True) == 1.0
