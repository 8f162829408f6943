"""Round 20 (brief Z) probe: exhortations are no next step; traits given through others' words.

Fresh texts written for this probe (none from evals/), modelled on the forms quoted by outside pages:
  S1 https://status.net/articles/negative-performance-review-examples-tips/ ("paying closer attention")
  S2 https://www.performyard.com/articles/get-comfortable-with-giving-negative-feedback ("Find a way to fix it")
  S3 https://www.cornerstoneondemand.com/resources/how-tos/employee-feedback-examples-the-good-the-bad-and-the-ugly-and-how-to-give-effective-feedback
  S4 https://www.expeditionhr.com/blog/the-hidden-danger-of-vague-performance-reviews-why-concrete-examples-matter
  S5 https://ask.metafilter.com/276477/The-Scarlet-Letter ("others are finding me abrasive")
  S6 https://rebeccamorgan.com/are-you-difficult/ ("Jim ... felt I was difficult")
  S7 https://giftedissues.davidsongifted.org/bb/ubbthreads.php/posts/88988.html ("you appear to be arrogant")
  S8 http://www.kathleenbartle.com/how-do-you-know-if-you-being-abrasive-or-worse-bullying/ ("some thought I was abrasive")
  S9 https://thelikkleone.wordpress.com/2016/03/16/an-economy-of-words/ ("someone had found me abrupt")

Sets (expected reading):
  exhort      criticism whose only forward line is an exhortation: `missing_action` expected
  concrete    the same kind of criticism with a concrete request: no `missing_action`
  others      a trait of the person given through others' words: `trait` expected
  not_trait   look-alikes: the trait negated, of a thing, or others' words that are praise: no `trait`

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round20b_probe.py [--list]
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

EXHORT = [
    "Your last three expense reports came back from finance with missing receipts. You should just try harder.",  # S2
    "The client deck you sent on Monday had the wrong quarter's figures on two slides. Be more careful.",  # S1
    "You were twenty minutes late to four of the last six shift handovers. I expect more from you.",
    "Two of the safety checklists you signed last week were left half empty. Please pay more attention.",  # S1
    "Your code review comments on the payments service were a single word each. Step up your game.",
    "The stock count you ran on Friday was off by 140 units. You need to make more of an effort.",
    "I had to rewrite most of the grant summary you handed in. Do better next time.",  # S4
    "You missed the supplier call on Tuesday and nobody knew where you were. You have to take this job more seriously.",
    "Your tickets sat unanswered for three days while you were on the rota. Going forward, I want to see more effort from you.",
    "The minutes you took at the board meeting left out both votes. Pay attention.",
    "You shouted at the new apprentice in front of the team on Thursday. You need to be more professional.",
    "Several of the invoices you keyed in this month had the wrong VAT code. Try to be more focused.",
    "You left the lab without logging the samples twice this week. Get your act together.",
    "Your section of the tender arrived two days after the internal deadline. You must show more commitment.",
    "The handover notes you left for the night shift were three lines long. Please be more thorough from now on.",
    "You talked over Aisha for most of the planning meeting. Just be better.",
    "You skipped the last two sprint reviews without telling anyone. You really need to step up.",
    "The refund you approved on Monday broke the two-signature rule. Work harder on your standards.",  # S4
    "Your lesson plans for the last fortnight were copied from last year without changes. Show more initiative.",
    "The survey data you cleaned still had duplicate rows in it. Put more effort in.",
    "You were on your phone during the customer's demo yesterday. I need you to be more engaged.",
    "Your weekly reports have been late four weeks in a row. Improve your attitude.",
]

CONCRETE = [
    "Your last three expense reports came back from finance with missing receipts. Please attach each receipt before you submit the next one.",
    "The client deck you sent on Monday had the wrong quarter's figures on two slides. Ask Priya to check the numbers before the deck goes out.",
    "You were twenty minutes late to four of the last six shift handovers. From next week, be at the ward desk by 6:50 for handover.",
    "Two of the safety checklists you signed last week were left half empty. Fill in every line of the checklist before you sign it.",
    "Your code review comments on the payments service were a single word each. Explain in each comment what you would change and why.",
    "The stock count you ran on Friday was off by 140 units. Next time, count each aisle twice and compare the totals with Sam.",
    "I had to rewrite most of the grant summary you handed in. Send me an outline by Thursday so we can agree the structure first.",
    "You missed the supplier call on Tuesday and nobody knew where you were. Put every external call in the shared calendar.",
    "The minutes you took at the board meeting left out both votes. Record each motion and its vote count as it happens.",
    "You shouted at the new apprentice in front of the team on Thursday. Apologise to him this week and take any correction into a private room.",
    "Several of the invoices you keyed in this month had the wrong VAT code. Please run the VAT report before you close each batch.",
    "You left the lab without logging the samples twice this week. Log every sample in the register before you leave the bench.",
    "You talked over Aisha for most of the planning meeting. In the next meeting, let her finish before you reply.",
    "The survey data you cleaned still had duplicate rows in it. Run the dedupe script on the file and send it back to me by Friday.",
]

OTHERS = [
    "The words your co-workers use to describe you are 'annoying' and 'abrasive'. Please think about how you speak in team meetings.",  # S5
    "People find you difficult. In the meeting on Tuesday you interrupted Sam twice.",  # S6
    "Several people on the team find you condescending when they ask for help.",  # S7
    "A few colleagues have told me they find you rude on the phone.",  # S9
    "Your peers see you as arrogant, and two of them said so in the 360 survey.",  # S7
    "You are seen as lazy by the rest of the shift.",
    "The night staff consider you unreliable.",
    "Most of the team would describe you as abrasive.",  # S8
    "You've been called bossy by more than one person on the project.",
    "Others perceive you as defensive whenever your work is questioned.",
    "In your 360 feedback, the word that came up most was 'dismissive'.",
    "You are viewed as unapproachable by the junior engineers.",
    "The customers I spoke to found you impatient.",
    "Staff regard you as moody and hard to read.",
    "You have been described as aggressive in code reviews by three reviewers.",
    "Some of your colleagues think of you as lazy.",
    "The feedback from your team is that you are condescending.",
    "People on the floor call you stubborn.",
    "You come across as arrogant when you present to the board.",  # S7
    "Your reports tell me they find you intimidating and cold.",
    "You have a reputation for being lazy on the late shift.",
    "The interns describe you as unhelpful and rude.",
]

NOT_TRAIT = [
    "People find you easy to talk to, and two new starters said so in their first-week survey.",
    "Your co-workers describe you as generous with your time.",
    "The team does not find you difficult; they find the new rota difficult.",
    "People found the new expense form confusing, so you rewrote the guidance page.",
    "Nobody would call you lazy; you covered three extra shifts in March.",
    "Customers describe the checkout process as annoying, and you flagged it first.",
    "The auditors found the old process slow and error-prone.",
    "Your peers see you as the person to ask about the billing system.",
    "You have a reputation for answering every ticket within the hour.",
    "Several colleagues said the migration was difficult, and you kept it on schedule.",
]

# Check sets, written after the fix and never used to change it (same classes, new wordings).
CHECK_EXHORT = [
    "The audit file you closed on Friday was missing the signed engagement letter. You need to be way more diligent.",
    "You forgot to restock the crash cart after the night shift. I want you to take more care.",
    "Your pull request broke the build twice yesterday. Please focus.",
    "Three customers said you ignored them at the till on Saturday. Start caring more about this job.",
    "You turned up to the client pitch without the samples. Be more responsible.",
    "The rota you published had two nurses on leave scheduled for nights. Sharpen up.",
    "You left the fryer on overnight last Tuesday. I really need more commitment from you.",
    "You did not reply to the parents' emails for a week. Please try to be more engaged with the class.",
    "The translation you delivered had whole paragraphs missing. Put more care into your work.",
    "You were asleep at the security desk at 3 a.m. on Sunday. Take your responsibilities seriously.",
    "Your timesheets for March were all submitted late. Pull your weight.",
    "The welding on the last two frames failed inspection. Raise your standards.",
]
CHECK_CONCRETE = [
    "The audit file you closed on Friday was missing the signed engagement letter. Tick off each item on the closing checklist before you archive a file.",
    "You forgot to restock the crash cart after the night shift. Restock it at the end of every shift and sign the log.",
    "Your pull request broke the build twice yesterday. Run the test suite locally before you push.",
    "You turned up to the client pitch without the samples. Pack the samples the evening before and check them with Omar.",
    "You did not reply to the parents' emails for a week. Answer each parent's email within two school days.",
    "Your timesheets for March were all submitted late. Submit your timesheet every Friday before 4 pm.",
    "The welding on the last two frames failed inspection. Book a session with the QA lead to go through the weld specification.",
    "You left the fryer on overnight last Tuesday. Add the fryer to your closing checklist and switch it off before you lock up.",
]
CHECK_OTHERS = [
    "Your direct reports find you intimidating.",
    "Several parents have described you as dismissive at pick-up.",
    "You're regarded as arrogant by the other site leads.",
    "The vendors consider you rude.",
    "In the survey, the adjective people used most for you was 'abrasive'.",
    "You've been labelled lazy by the warehouse team.",
    "Your colleagues think of you as unreliable.",
    "The apprentices call you impatient.",
    "You're known as stubborn in design reviews.",
    "Two of your peers find you condescending in one-to-ones.",
    "Patients have described you as cold.",
    "You are perceived as aggressive by the sales team.",
]
CHECK_NOT_TRAIT = [
    "Your direct reports find you approachable and fair.",
    "The vendors consider your specifications clear.",
    "No one on the team finds you difficult to reach.",
    "Patients describe the waiting room as cold, and you ordered the new heaters.",
    "The apprentices call you first when a machine jams.",
    "You are known as the person who fixed the payroll export.",
    "People find the new rota confusing, and you offered to walk them through it.",
    "Your colleagues do not see you as stubborn; they see you as careful.",
]

# Quoted labels named before the person ("words like 'X' came up in your 360"), added in a second pass with
# look-alikes that only mention the word.
QUOTED = [
    "Words like 'arrogant' and 'cold' came up in your 360.",
    "Your team used words like 'rude' to describe you.",
    "In the exit interviews, the words people used about him were 'moody' and 'defensive'.",
]
QUOTED_NOT = [
    "Avoid words like 'lazy' in your reviews.",
    "The word 'lazy' is banned in our reviews, so you rewrote the template.",
    "Our style guide lists terms such as 'bossy' and 'abrasive' that reviewers should not use.",
]

SETS = {"exhort": (EXHORT, "missing_action", True), "concrete": (CONCRETE, "missing_action", False),
        "others": (OTHERS, "trait", True), "not_trait": (NOT_TRAIT, "trait", False),
        "chk_exhort": (CHECK_EXHORT, "missing_action", True), "chk_concrete": (CHECK_CONCRETE, "missing_action", False),
        "chk_others": (CHECK_OTHERS, "trait", True), "chk_not_trait": (CHECK_NOT_TRAIT, "trait", False),
        "quoted": (QUOTED, "trait", True), "quoted_not": (QUOTED_NOT, "trait", False)}


def readings() -> dict[str, list[tuple[str, bool]]]:
    rules = load_feedback_rules()
    out: dict[str, list[tuple[str, bool]]] = {}
    for name, (texts, kind, want) in SETS.items():
        out[name] = [(t, any(f.kind == kind for f in review_feedback(t, rules=rules).findings) == want) for t in texts]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every wrong reading")
    args = parser.parse_args()
    total = right = 0
    for name, rows in readings().items():
        ok = sum(r for _, r in rows)
        total, right = total + len(rows), right + ok
        print(f"{name:10s} {ok}/{len(rows)}")
        if args.list:
            for text, r in rows:
                if not r:
                    print("   WRONG:", text)
    print(f"{'all':10s} {right}/{total}")


if __name__ == "__main__":
    main()
