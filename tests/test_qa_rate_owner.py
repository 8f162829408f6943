"""A frequency adjective premodifying a noun belongs to that noun (qaother40): a how-often question about another
thing is not answered by it; adverbs, other frequency forms and premodified time nouns name no owner."""

from __future__ import annotations

from assistant.qa.check import value_of_other, value_owners
from assistant.qa.focus import analyse

# tuning question handbooks12 n13 (must abstain) and the two quotes that answered it on main
PERSONIO = ("Admin wise: AREA Facilitators take care of a monthly updated Personio Report (with dates of probation "
            "period feedbacks) See this github issue.")
CHECK = ("Admin wise: During the monthly check we go through the Personio Report and check if the sessions have "
         "happened, (AFs do Personio Entry) share outcome and best practices.")
CDC = "How often are the regular cdc feedback sessions held at Giant Swarm after probation?"
# tune rows of evals/probes/round40/qaother40.jsonl (18F handbook, public domain)
EMAIL = "Talent sends out a weekly TTS-wide email with all open roles."
SLACK = ("For example, teams may use the Huddle call feature for their daily standups; others may decide to use Slack "
         "as a text-only form of communication.")
AUDITS = ("For this reason, we will perform quarterly audits to ensure we stay within the contractual license "
          "limit.")
COUNCIL = "The TTS Digital Council meets weekly for an hour."
TIMESHEET = "You will need to submit a timesheet at the end of each biweekly pay period."
BURNS = ("Engagement Leads closely monitor engagement burns on a weekly basis and communicate that to TTSC "
         "Leadership and Front Office.")
FORTNIGHT = ("Most teams find a fortnightly one-on-one works well, and any employee may ask for weekly meetings at "
             "any time; managers should agree unless there is a good reason not to.")


def _owners(sentence: str) -> list[str | None]:
    return value_owners(sentence, "How often is it held?", "frequency")


def _other(question: str, sentence: str, organisations: str = "") -> bool:
    asked = analyse(question)
    clause = asked.clauses[0]
    assert clause.kind == "frequency"
    return value_of_other(sentence, clause.text, clause.kind, asked.names, organisations)


def test_attributive_frequency_owned_by_its_noun_phrase():
    assert [_owners(s) for s in (PERSONIO, CHECK, EMAIL, SLACK, AUDITS)] == [
        ["updated Personio Report"], ["check"], ["TTS-wide email"], ["standups"], ["audits"]]


def test_adverbs_other_forms_and_time_nouns_have_no_owner():
    assert [_owners(s) for s in (
        COUNCIL, TIMESHEET, BURNS,
        "Salaries are paid monthly.",
        "We meet weekly, usually on Mondays.",
        "Reviews happen every six months and the team meets twice a year.",
        "The feedback is shared out in a quarterly cadence.",
        "Payments are made monthly thereafter.",
    )] == [[None], [None], [None], [None], [None], [None, None, None], [None], [None]]


def test_another_things_frequency_does_not_answer():
    assert [_other(q, s, o) for q, s, o in [
        (CDC, PERSONIO, "Giant Swarm"),
        (CDC, CHECK, "Giant Swarm"),
        ("How often does TTS review its Slack channels?", SLACK, ""),
        ("How often are Airtable licences renewed?", AUDITS, ""),
    ]] == [True, True, True, True]


def test_the_asked_things_frequency_answers():
    assert [_other(q, s) for q, s in [
        ("How often does Talent send the TTS-wide email of open roles?", EMAIL),
        ("How often are Airtable licence audits performed?", AUDITS),
        ("How often do teams hold standups?", SLACK),
        ("How often does the TTS Digital Council meet?", COUNCIL),
        ("How often do I submit a timesheet in HR Links?", TIMESHEET),
        ("How often do Engagement Leads monitor engagement burns?", BURNS),
        ("How often is the Personio Report updated?", PERSONIO),
        # knowledge/check-ins.md: the phrase read runs on into the verb ("one-on-one works well"); any of its words
        # naming a word of the question keeps it the asked thing's
        ("How often should managers hold one-on-ones with their direct reports?", FORTNIGHT),
    ]] == [False, False, False, False, False, False, False, False]


def test_other_kinds_keep_their_owners():
    # the new reading is for how-often questions only: a when-question's or a count's owners are unchanged
    assert value_owners(EMAIL, "How many roles are open?", "quantity") == []
    assert value_owners(EMAIL, "When is the email sent?", "when") == value_owners(EMAIL, "", None) == []
