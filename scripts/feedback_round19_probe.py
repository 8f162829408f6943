"""Round 19 probe: clean commendations that state their effect or their behaviour in forms the rules missed.

Classes (fb20, round 19):

* ``uptake`` (impact) - the person's explaining act whose result is the audience's understanding, told in a
  manner or purpose phrase after the act ("explained the scan in a way that we understood", "went through the
  forms so that my father could follow them", "in words the children understood"): the effect on the people
  the person served. Expected: no ``missing_impact`` finding.
* ``uptake look-alike`` - the same phrase in a request, a plan or a hypothetical, or with no act of the
  person before it ("Please explain the changes in a way that the new hires can follow"). Expected: a
  ``missing_impact`` finding.
* ``occasion-manner`` (behaviour) - a manner verb ("handled", "managed", "conducted") on one particular occasion
  named by common nouns (a definite singular event: "the team meeting", "yesterday's staff meeting") with
  adverbs of delivery that an observer sees or hears ("calmly", "concisely", "patiently"): the behaviour on
  that occasion. Expected: no ``vague`` finding.
* ``manner look-alike`` - the same verbs on no particular occasion (plural objects, "everything", "it"), in the
  habitual present, or with evaluative adverbs only ("professionally", "effectively", "well"). Expected: a
  ``vague`` finding.

Every draft was written for this probe (round 19) after reading published examples of patient and customer
thank-you letters and SBI feedback guidance (Center for Creative Leadership, "Use Situation-Behavior-Impact (SBI)
to Understand Intent", ccl.org/articles/leading-effectively-articles/closing-the-gap-between-intent-vs-impact-sbii/);
none is taken from evals/.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round19_probe.py          # per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round19_probe.py --list   # every probe read wrongly
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

UPTAKE = [
    "When my mother was admitted, nobody told us what the scans meant. Nurse Kemi sat down with us and explained "
    "the results in a way that we understood.",
    "Dr Patel went through the surgery step by step so that my father could follow every part of it.",
    "Our pharmacist, Lena, explained the new dosing schedule in words my grandmother understood.",
    "The tax forms confused us for weeks. Omar walked us through each section in a way we could finally understand.",
    "Mr Hughes explained fractions to the class with paper strips, so that even the youngest pupils understood.",
    "Thank you to Ana at the help desk. She described the password reset in plain terms, so I was able to follow "
    "it on my own.",
    "The loan terms were new to us. Your adviser, Tom, took the time to explain them in a way that we both "
    "understood.",
    "Grace rewrote the safety notice in simple language so that the seasonal staff could understand it.",
    "I was nervous about the procedure. The radiographer, Sam, described what would happen in a way I could "
    "understand, and answered all my questions.",
    "Maya presented the new rota at the stand-up so clearly that everyone understood their shifts.",
    "During the training day, Ben demonstrated the new till system in a way that all the new starters could follow.",
    "Our daughter's teacher, Ms Reyes, explained the reading programme to us in a way we understood.",
]
UPTAKE_LOOK_ALIKE = [
    "Please explain the changes in a way that the new hires can follow.",
    "Next time, try to explain the budget so that the board can understand it.",
    "You need to present the figures in a way that the client understands.",
    "It would help if you described the process in words the customers understand.",
    "I will explain the new policy in a way that everyone can understand.",
    "Our trainer, Sam, will explain the changes in a way that everyone can understand.",
    "Your adviser, Tom, explains the terms in a way customers understand.",
]
OCCASION_MANNER = [
    "You handled the team meeting calmly and clearly, which made a real difference.",
    "He handled the customer call patiently and politely, which was much appreciated.",
    "She managed the handover briefing concisely and clearly, which helped everyone.",
    "You conducted the exit interview respectfully and calmly, which meant a great deal.",
    "You handled yesterday's staff meeting tactfully and firmly, which made a strong impression.",
    "You dealt with the fire alarm calmly and quickly, which reassured everyone.",
    "He handled the parent conference gently and honestly, which the family appreciated.",
    "You managed the project review methodically and concisely, and it made a good impression.",
    "You handled the sales pitch confidently and clearly, which impressed everyone.",
    "She conducted the safety audit carefully and methodically, which we all valued.",
]
MANNER_LOOK_ALIKE = [
    "You handled the complaints professionally, which pleased the customers.",
    "You handled everything brilliantly, which made a great impression.",
    "She manages her projects effectively and efficiently, and the team appreciates it.",
    "You handled the meeting well, which everyone noticed.",
    "He handles his meetings professionally and the team is happy.",
    "You handled the complaints calmly and clearly, which pleased the customers.",
    "You handled it calmly, which helped.",
    "You managed the team meeting professionally and effectively, which made a strong impression.",
]


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    scores: dict[str, tuple[int, int]] = {}
    for name, texts, kind, want in (("uptake", UPTAKE, "missing_impact", False),
                                    ("uptake look-alike", UPTAKE_LOOK_ALIKE, "missing_impact", True),
                                    ("occasion-manner", OCCASION_MANNER, "vague", False),
                                    ("manner look-alike", MANNER_LOOK_ALIKE, "vague", True)):
        ok = 0
        for text in texts:
            got = any(f.kind == kind for f in review_feedback(text, rules=rules).findings)
            ok += got == want
            if listing and got != want:
                print(f"[{name}] {kind} {'missed' if want else 'found'}: {text}")
        scores[name] = (ok, len(texts))
    return scores


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every probe read wrongly")
    args = parser.parse_args()
    for name, (ok, n) in run(args.list).items():
        print(f"{name}: {ok}/{n}")
