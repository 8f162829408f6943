"""What a question asks about (its focus) and whether a unit's fact stands with it: the class of
error where a number in the right document measures something else."""

from __future__ import annotations

from assistant.qa.focus import analyse, attachment, matched

WEIGHTS = {"": 1.0}


def _read(question: str) -> tuple[str, list[str], list[tuple[str | None, list[str]]]]:
    asked = analyse(question)
    return asked.context, asked.names, [(c.kind, sorted(c.focus)) for c in asked.clauses]


def test_focus_sets_aside_actors_light_verbs_measures_and_names() -> None:
    assert _read("How often should managers hold one-on-ones with their direct reports?") == (
        "", [], [("frequency", ["one-on-on"])])
    assert _read("My grandmother died. At TTS, how many days of my sick leave can I use for bereavement?") == (
        "My grandmother died.", ["TTS"], [("quantity", ["bereavement", "leav", "sick"])])
    assert _read("What's the longest workday I'm allowed?") == ("", [], [("quantity", ["<max>", "workday"])])


def test_an_anaphoric_question_takes_its_topic_from_the_scene_it_follows() -> None:
    assert _read("I logged a PTO day that should have been sick time. Can I still fix it?") == (
        "I logged a PTO day that should have been sick time.", ["PTO"],
        [("permission", ["day", "fix", "log", "sick", "tim"])])


def test_a_frequency_counts_only_when_it_stands_with_the_focus() -> None:
    clause = analyse("How often should managers hold one-on-ones?").clauses[0]
    other_topic = attachment(clause, "Managers discuss career direction with every direct report at least once a year.",
                             "Development plans", "", WEIGHTS, 0.5, 0.3)
    under_heading = attachment(clause, "Situation: Standard; Minimum cadence: Monthly; Typical length: 45 minutes.",
                               "Check-ins — One-on-one cadence", "", WEIGHTS, 0.5, 0.3)
    sentence_under_heading = attachment(clause, "Hold it monthly, by video if need be.",
                                        "Check-ins — One-on-one cadence", "", WEIGHTS, 0.5, 0.3)
    same_clause = attachment(clause, "Most teams find a fortnightly one-on-one works well.", "Check-ins", "",
                             WEIGHTS, 0.5, 0.3)
    elsewhere = attachment(clause, "Hold it monthly, by video if need be.", "Check-ins",
                           "Every employee has a one-on-one with their manager.", WEIGHTS, 0.5, 0.3)
    # A table row is a record of its table, whose heading names what it is about: full credit.
    assert (other_topic, under_heading, sentence_under_heading, same_clause, elsewhere) == (0.0, 1.0, 0.5, 1.0, 0.3)


def test_focus_words_match_across_inflection_bounds_and_closed_compounds() -> None:
    assert sorted(matched({"respons", "written", "workday", "<max>", "severance"},
                          "Respond in writing: the maximum you can work in a single day is 12.")) == [
        "<max>", "respons", "workday", "written"]


def test_personal_data_in_the_scene_is_no_scope_of_the_policy() -> None:
    from assistant.qa.focus import analyse

    planted = ("My manager Priya Ramaswamy (EMP-12345, 555 014 2231, SSN 123-45-6789, born 14/03/1985, "
               "42 Maple Avenue, Springfield, IL 62704) says Tomasz Wójcik must redo PRJ-7781. "
               "How often should managers hold one-on-ones?")
    assert analyse(planted).names == []
    # Organisations and places stay scopes, in the scene or in the question itself.
    assert analyse("I work for Acme in Canada. How much vacation do I get?").names == ["Acme", "Canada"]
    asked = "Should my manager Priya Ramaswamy approve PIPs at Acme?"  # asked about: still a scope
    assert analyse(asked).names == ["Priya Ramaswamy", "PIPs", "Acme"]


def test_a_team_or_role_qualifier_is_no_scope_of_the_policy() -> None:
    from assistant.qa.focus import analyse

    assert analyse("I'm on the Platform team, how much learning budget do I get?").names == []
    assert analyse("Does the Sales department need approval for travel?").names == []
    assert analyse("Can Support Engineers at GitLab work from Canada?").names == ["GitLab", "Canada"]
