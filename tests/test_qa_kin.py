"""A family member named by a gendered or familiar kin word ("my dad", "my wife", "my grandson") is
covered by a policy that names the neutral kin term ("parent", "spouse", "grandchild") or family
members; never the other way round (``assistant.qa.focus.matched``, ``assistant.text.KIN_TERMS``).
Questions from ``scripts/qa_round17_probe.py``; rows and sentences from its outside documents."""

from assistant.qa.focus import analyse, matched
from assistant.text import KIN_TERMS

ROWS = [
    "Relationship (to you or your spouse): Spouse, child, parent; Paid time: Up to 3 days.",
    "Relationship (to you or your spouse): Grandparent, grandchild, sibling; Paid time: Up to 2 days.",
    "Relationship (to you or your spouse): Aunt, uncle, niece, nephew; Paid time: Up to 1 day.",
]


def covered(question: str) -> list[set[str]]:
    """The question's focus words each bereavement row covers."""
    focus = analyse(question).focus
    return [matched(focus, row) for row in ROWS]


def test_a_kin_word_is_covered_by_the_neutral_kin_term_of_its_row() -> None:
    assert covered("How many paid days do I get when my grandfather dies?") == [set(), {"grandfather"}, set()]
    assert covered("How much bereavement leave is given for the death of a daughter?") == [
        {"daughter"}, set(), set()]
    assert covered("How many days off with pay can I have when my grandson dies?") == [set(), {"grandson"}, set()]
    # Every row names the spouse in its first column: "my wife" is covered by each.
    assert covered("How much paid time off do I get if my wife passes away?") == [{"wif"}, {"wif"}, {"wif"}]


def test_a_kin_word_is_covered_by_family_members_and_relatives() -> None:
    focus = analyse("Can I use my sick leave to look after my husband when he has the flu?").focus
    assert matched(focus, "Sick leave may be used to care for a sick family member.") == {"husband", "leav", "sick"}
    assert matched(focus, "Sick leave may be used for your own illness.") == {"leav", "sick"}
    assert matched({"sister"}, "Leave for the funeral of a relative is unpaid.") == {"sister"}


def test_a_neutral_term_is_not_covered_by_a_kin_word_under_it() -> None:
    # A rule for mothers is not a rule for every parent, and a text about a spouse is not about a child.
    assert matched(analyse("How much leave does a parent get?").focus, "Mothers receive 14 weeks.") == set()
    assert matched({"grandson"}, "Spouse, child, parent: up to 3 days.") == set()
    assert matched({"family"}, "Leave after the death of a brother.") == set()


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
