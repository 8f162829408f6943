"""Examples a first-time user can click, one list per tab (written for this project)."""

from __future__ import annotations

GOALS: list[str] = [
    "Improve customer service.",
    "Reduce average ticket resolution time from 36 to 24 hours by the end of Q3 to support the "
    "support team's satisfaction objective.",
    "Digitize 2,000 archived student records by June 30, 2027.",
    "Hold weekly one-on-ones with each of my six reports this year so I can grow the team's leads.",
    "Be a better team player.",
]

FEEDBACK: list[str] = [
    "You're lazy and you never take initiative.",
    "Great job this year!",
    "In Tuesday's client call you walked the customer through the outage timeline step by step. "
    "They told us afterwards they felt informed, and they renewed. Keep doing that in the next review.",
    "She is too emotional in meetings and her presentations are a disaster.",
]

BIAS: list[str] = [
    "She can be abrasive with colleagues and a bit too emotional during planning.",
    "We need a rockstar salesman who is a good culture fit.",
    "He is very articulate for someone with his accent.",
    "The project has an aggressive timeline and the emotional intelligence workshop is on Friday.",
]

QUESTIONS: list[str] = [
    "How often should managers hold check-ins?",
    "What happens during calibration?",
    "How long does a performance improvement plan last?",
    "What is the capital of France?",
]

SEARCHES: list[str] = [
    "situation behaviour impact",
    "90-day check-in",
    "coaching question for a measurable goal",
]

HR_CASES_INLINE = """\
# One case per item: expect "answer" (with must_cite / must_include) or "abstain".
- question: How often should managers hold check-ins?
  expect: answer
  must_cite: [check-ins.md]
- question: What is the best pizza topping?
  expect: abstain
"""
