"""Harsh and trait by FORM, without a listed word: a negatively rated word or an identity noun predicated of
the person, a faculty denied, a question that only reproaches, contempt and demeaning comparison, the person's
standing held over them, shouting in capitals -- each against its innocent senses (a real or coaching question,
quoted speech, praise in the same frame, the word of a thing or a passing state)."""

from __future__ import annotations

import pytest

from assistant.analyzers.feedback import load_feedback_rules, review_feedback


def _spans(text: str) -> list[tuple[str, str, str]]:
    """(kind, rule id, flagged text) of every trait and harsh finding, in order."""
    by_message = {}
    for rule in load_feedback_rules().span_rules:
        by_message.setdefault((rule.kind, rule.message), rule.id)
    return [(f.kind, by_message[(f.kind, f.message)], f.text or "")
            for f in review_feedback(text, learned=False).findings if f.kind in ("trait", "harsh")]


@pytest.mark.parametrize(("draft", "spans"), [
    # a question at the reader that only reproaches
    ("What were you thinking when you sent that quote to the client?",
     [("harsh", "harsh-rhetorical", "were you thinking")]),
    ("Did you even read the brief before you started the design?", [("harsh", "harsh-rhetorical", "you even")]),
    ("How many times do I have to tell you to update the tracker?",
     [("harsh", "harsh-rhetorical", "How many times")]),
    ("How hard is it to answer an email within a day?", [("harsh", "harsh-rhetorical", "How hard is it")]),
    # contempt and comparisons that demean the person
    ("I can't believe you forgot the client meeting for the second time.",
     [("harsh", "harsh-contempt", "can't believe you")]),
    ("Even a child could have set up that spreadsheet correctly.", [("harsh", "harsh-contempt", "Even a child")]),
    ("Unlike everyone else on the team, you still can't close a ticket without help.",
     [("harsh", "harsh-contempt", "Unlike everyone else")]),
    ("Nice job breaking the build right before the release.", [("harsh", "harsh-contempt", "Nice job")]),
    ("My intern could have written a better summary than this.", [("harsh", "harsh-contempt", "than this")]),
    # the person's standing held over them
    ("You're on thin ice after the way you handled the audit.", [("harsh", "harsh-standing", "thin ice")]),
    ("One more missed deadline and you're out.", [("harsh", "harsh-standing", "One more")]),
    ("Your days on this team are numbered.", [("harsh", "harsh-standing", "numbered")]),
    # shouting: one finding for the whole run of capitals
    ("DO NOT SEND ANYTHING TO THE CLIENT WITHOUT MY APPROVAL.",
     [("harsh", "harsh-shouting", "DO NOT SEND ANYTHING TO THE CLIENT WITHOUT MY APPROVAL")]),
    # a negatively rated word predicated of the person: a label (and demeaning when rated -2 or lower)
    ("You are so annoying in stand-ups.", [("trait", "trait-valence", "annoying")]),
    ("She is just weak and lets the vendors walk all over her.", [("trait", "trait-valence", "weak")]),
    ("You're such a whiner about the on-call rota.", [("trait", "trait-valence", "whiner")]),
    ("Honestly, you're a loser and everyone on the floor knows it.",
     [("trait", "trait-insult-noun", "loser"), ("harsh", "harsh-valence", "loser")]),
    # identity nouns and the kind-of-person frame with criticism after it
    ("Mark is such a drama queen whenever the plan changes.", [("trait", "trait-label", "drama queen")]),
    ("You're a pushover with suppliers.", [("trait", "trait-label", "pushover")]),
    ("She's the kind of person who blames everyone else when a deadline slips.",
     [("trait", "trait-label", "kind of person who")]),
    ("She's the type of person who never owns a mistake.", [("trait", "trait-label", "type of person who")]),
    # a faculty denied of the person; a pejorative adjective VADER does not rate
    ("He has no backbone when a customer pushes back.", [("trait", "trait-virtue-denied", "backbone")]),
    ("Tom lacks drive; he waits to be told what to do.", [("trait", "trait-virtue-denied", "drive")]),
    ("You are spineless in negotiations.", [("trait", "trait-pejorative", "spineless")]),
])
def test_forms_flagged(draft, spans):
    assert _spans(draft) == spans


@pytest.mark.parametrize("draft", [
    # real and coaching questions, quoted speech
    "What were the results of the customer survey you ran in May?",
    "How could you make the handover notes shorter next time?",
    "Did you get a chance to read the brief before the kickoff?",
    "How many times did the build fail last week, and what did you find?",
    'You told the client, "What were you thinking?", and she left the call.',
    "Are you free on Thursday to walk me through the new rota?",
    # praise in the same frames
    "I can't believe how quickly you turned the audit around; the regulators signed it off on Monday.",
    "Even on the busiest day of the sale, you answered every ticket within an hour.",
    "Unlike last quarter, the report went out on time and finance approved it.",
    "Nice job leading the workshop; three teams asked for the slides.",
    "GREAT JOB ON THE LAUNCH! The client renewed for two years.",
    "He's the kind of person who stays late to help a new starter, and they notice.",
    "You showed real backbone when the director pushed back, and we kept the scope.",
    "You're a real people person, and the customers notice.",
    # the words of a thing, a passing state, another sense
    "The ice on the car park was thin, so you salted it before the shift started.",
    "One more thing: please copy Dana on the next vendor email.",
    "The days until the audit are numbered, so let's agree the plan on Monday.",
    "Please read the SLA (SERVICE LEVEL AGREEMENT) before the call with the vendor.",
    "The meeting was boring, but you kept the notes accurate.",
    "You seemed tired after the night shift, so I moved your Monday review.",
    "You're sick this week, so Dana will cover your calls.",
    "The first draft was weak on numbers, so you added the sales data in April.",
    "Cheryl played the drama queen in the staff panto, and it raised £400 for charity.",
    "The contract has no clause for late delivery, so you flagged it to legal.",
    "If you want to write about why you're leaving, wait until you are no longer an employee.",
])
def test_innocent_senses_not_flagged(draft):
    assert _spans(draft) == []
