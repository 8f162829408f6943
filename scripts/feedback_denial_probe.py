"""Round 18 probe: praise by denial or understatement, and its criticism look-alikes, through the learned layer.

Class (learn18, round 18): praise whose only problem word is denied, kept small or outdone ('Makes few errors.',
'without complaint', 'couldn't be prouder', 'have never been clearer', 'not once missed'). The rules read the
denial; the learned layer's lexicon counts take the problem word as a fault, so a refit that lets the
criticism model ADD criticism reads these drafts as criticism. Look-alikes assert the same problem words
('Makes frequent errors.', 'Still gets complaints') and must stay constructive: the layer that may only DROP
criticism must not drop theirs. Texts written for this probe (none from evals/), except `tweakhr`, adapted
from https://www.tweakhr.com.au/your-cheat-sheet-to-effective-performance-review-phrases-part-1/ (TweakHR,
"Your cheat sheet to effective performance review phrases", work-ethic praise list).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_denial_probe.py          # polarity right, per group
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_denial_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

DENIAL_PRAISE = [  # expected polarity: positive
    "Rarely makes mistakes on the monthly reconciliations.",
    "Hardly any complaints from the night shift since she took over the rota.",
    "Handles a heavy caseload without complaint.",
    "Makes very few errors in data entry.",
    "I couldn't be prouder of how you handled the audit.",
    "The client couldn't have been happier with your presentation on Thursday.",
    "No complaints at all from the customers you served this month.",
    "Regardless of how much or how hard you have been working, you never neglect the quality of your work.",  # tweakhr
    "Seldom needs reminders about deadlines.",
    "Took on the extra shifts in December without a single complaint.",
    "Your weekly reports have never been clearer.",
    "Nothing was ever too much trouble for Dana when the new hires had questions.",
    "There were zero errors in the payroll run you prepared.",
    "Never misses a deadline and never leaves a ticket unanswered.",
    "The launch went off without a hitch thanks to your planning.",
    "Not once did the team miss a release date under your lead.",
    "Makes minimal errors and catches other people's mistakes before they reach the client.",
    "We could not be more pleased with the way you onboarded the Leeds team.",
    "Worked through the system outage without losing a single order.",
    "Your handover notes leave no questions unanswered.",
]
LOOK_ALIKES = [  # expected polarity: constructive
    "Makes frequent errors in data entry.",
    "Still gets complaints from the night shift about the rota.",
    "Your weekly reports could be clearer.",
    "Makes too many errors on the monthly reconciliations.",
    "Often needs reminders about deadlines.",
    "There were several errors in the payroll run you prepared.",
    "The client was not happy with your presentation on Thursday.",
    "Missed two release dates this quarter.",
    "Your handover notes leave too many questions unanswered.",
    "Rarely meets a deadline without a reminder.",
]
GROUPS = {"denial praise": (DENIAL_PRAISE, "positive"), "look-alikes": (LOOK_ALIKES, "constructive")}


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    out = {}
    for group, (texts, gold) in GROUPS.items():
        right = 0
        for text in texts:
            got = review_feedback(text, rules=rules).polarity
            right += got == gold
            if listing and got != gold:
                print(f"  {group}: read {got}, expected {gold}: {text}")
        out[group] = (right, len(texts))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    for group, (right, n) in run(args.list).items():
        print(f"{group:14} {right}/{n}")


if __name__ == "__main__":
    main()
