"""Definition probe for the Q&A's question parts (``assistant.qa.check.clauses``): a question that
asks two things must be read as two parts, each answered on its own; one request must stay one.

Sentences written for the purpose (none from an eval set). ``TWO``: two requests joined by "and"
before a wh-word or an asking auxiliary with its subject, or one request about two things joined by
a repeated preposition. ``ONE``: one request whose "and" joins words, not requests (a pair of nouns,
a verb phrase, "between X and Y"). ``FRESH_*`` were written after the change and never tuned on.

    PYTHONPATH=$PWD .venv/bin/python scripts/qa_parts_probe.py
    PYTHONPATH=$PWD .venv/bin/python scripts/qa_parts_probe.py --answers   # + whole answers over the
        # sample knowledge base (index it first: COACH_INDEX_DIR=DIR coach ingest knowledge/)

``ANSWERS``: two-part questions over ``knowledge/`` with a fact each part needs (written for the
purpose); ``FRESH_ANSWERS`` written after the change, never tuned on.
"""

from __future__ import annotations

import sys

TWO = [
    "How many days of bereavement leave do I get and who approves them?",
    "What is the probation period and when does it end?",
    "How do I request a laptop and which form do I use?",
    "Who signs off on overtime and where do I record it?",
    "How long is the notice period and should I tell my manager first?",
    "What is the wellness allowance and why was it capped?",
    "How much is the relocation bonus and must I repay it if I leave?",
    "When is the review deadline and could I ask for an extension?",
    "What happens to my unused vacation days and to my sick days when I resign?",
    "How many hours of training are required for new hires and for managers?",
    "What is the policy on remote work and on flexible hours?",
    "Who do I contact about payroll errors and about benefits enrolment?",
    "How often are reviews held for interns and for contractors?",
    "When do I submit receipts for travel and for meals?",
    "What is covered for dental care and for vision care?",
    "How many weeks of leave are given after a birth and after an adoption?",
    "Which documents do I need for a visa and whom should I send them to?",
    "How long does onboarding take and what does the first week cover?",
    "What is the per diem in the office and during travel abroad?",
    "Is there a stipend for home office equipment and how do I claim it?",
]
ONE = [
    "What are the terms and conditions of the bonus scheme?",
    "How do I report harassment and discrimination?",
    "What is the difference between sick leave and vacation?",
    "Who reviews expense reports and approves them?",
    "How often should managers meet and talk with their reports?",
    "What are the pros and cons of a compressed week?",
    "When and how are salaries reviewed?",
    "Can I work from home and still get the meal allowance?",
    "What happens if I take leave and travel abroad?",
    "How do I apply for tuition support and must keep my grades up?",
    "Is the health and safety training mandatory?",
    "What does the code of conduct say about gifts and hospitality?",
    "How many days between the request and the approval?",
    "Who decides on promotions and salary bands?",
    "What is the process for hiring and onboarding contractors?",
    "Does the policy apply to full-time and part-time staff?",
    "How much notice is needed to swap shifts and cover for a colleague?",
    "What counts as gross misconduct under the rules and regulations?",
    "How do training and development budgets work?",
    "When can I carry over days to the next year and use them?",
]
FRESH_TWO = [
    "How long is jury duty leave and do I need to show a summons?",
    "What does the dress code say for the office and for client visits?",
    "Where are grievances filed and which manager hears them?",
    "How much is the referral bonus and when is it paid?",
    "What is the mileage rate for cars and for motorbikes?",
    "How do I book a meeting room and may I bring guests?",
    "Who approves a sabbatical and why can it be refused?",
    "What training is offered to new supervisors and to team leads?",
    "How many sick days can I take without a note and would a video consult count?",
    "What is reimbursed for broadband and for mobile phones?",
]
FRESH_ONE = [
    "What are the rights and duties of a line manager?",
    "How do I book and cancel annual leave?",
    "Is there a limit on overtime and weekend work?",
    "What happens between the warning and the dismissal?",
    "Who handles complaints and appeals about pay?",
    "Can I take unpaid leave and keep my benefits?",
    "When and where is the induction held?",
    "What do the policy's do's and don'ts on social media say?",
    "How are bonuses calculated and paid out to part-time staff?",
    "What does the leave policy say about weddings and funerals?",
]

ANSWERS = [
    ("How long does probation last and may it be extended?", ["90 calendar days", "60 days"]),
    ("How much paid time can I spend on learning and should my manager agree the timing?",
     ["24 hours", "agrees the timing"]),
    ("What is the learning budget and where do travel costs for conferences come from?", ["$1,200", "travel budget"]),
    ("How soon must the probation outcome be recorded and where is it recorded?", ["five working days", "PeopleHub"]),
    ("How often are one-on-ones held for standard employees and for employees on a performance improvement plan?",
     ["monthly", "weekly"]),
    ("How long is a standard PIP and why might it be extended?", ["60 calendar days", "real progress"]),
]
FRESH_ANSWERS = [
    ("What is the typical length of a standard one-on-one and of one during the first 90 days?",
     ["45 minutes", "30 minutes"]),
    ("How long may probation be extended and which goals come with the extension?", ["60 days", "written goals"]),
    ("How many days of coaching come before a PIP and who must approve a second PIP for the same gap?",
     ["30 days", "department head"]),
    ("How much is the learning budget and should conference travel be paid from it?",
     ["$1,200", "department travel budget"]),
    ("When must IPMs be adjusted after unplanned leave and where is the conversation held?",
     ["within 30 days", "conversation with the employee"]),
]


def facts_found(probes: list[tuple[str, list[str]]]) -> list[tuple[int, str]]:
    """Per question, how many of its facts the offline answer holds."""
    from assistant.qa.answer import answer
    from assistant.settings import Settings

    settings = Settings()
    out = []
    for question, facts in probes:
        text = answer(question, settings).answer.casefold()
        out.append((sum(f.casefold() in text for f in facts), question))
    return out


def parts(question: str) -> int:
    from assistant.qa.check import clauses

    return len(clauses(question))


def main() -> int:
    for label, questions, want in (("two parts", TWO, 2), ("one part", ONE, 1), ("fresh two parts", FRESH_TWO, 2),
                                   ("fresh one part", FRESH_ONE, 1)):
        wrong = [q for q in questions if parts(q) != want]
        print(f"{label}: {len(questions) - len(wrong)}/{len(questions)}")
        for question in wrong:
            print(f"  {parts(question)} parts: {question}")
    if "--answers" in sys.argv[1:]:
        for label, probes in (("answers", ANSWERS), ("fresh answers", FRESH_ANSWERS)):
            found = facts_found(probes)
            print(f"{label}: facts {sum(n for n, _ in found)}/{sum(len(f) for _, f in probes)}")
            for (n, question), (_, facts) in zip(found, probes, strict=True):
                if n < len(facts):
                    print(f"  {n}/{len(facts)}: {question}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
