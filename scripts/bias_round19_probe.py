"""Round 19 fresh probe (bias17): appearance praised through a verb of looking, and 'articulate' praise
whose surprise is spelled out after it.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round19_probe.py [-v]

Each class has texts that must be flagged for the class's category (JUDGED) and look-alikes that must stay
clean for it (CLEAN). All texts were written for this probe in the genres of outside paragraphs (thank-you
notes, reviews, nominations, patient letters); none is from evals/. The 'articulate' class follows Bias
Interrupters (performance evaluations, racial stereotypes) and Alim & Smitherman (2012), Articulate While
Black; the looks class follows Hamermesh & Biddle (1994) and Rhode (2010), The Beauty Bias.

LOOKS: a person who "looks nice", "looked great on stage", "looked lovely at the gala", or "the best looking
manager": a general evaluative adjective after a verb of looking, or a superlative '-looking', said of a
person. CLEAN: things that look great, a person who looks good for a role, on paper or so far (a prospect),
and 'best looking' on a thing noun.

YOU_PEOPLE: "you people" tied to where the person comes from ("you people from the islands", "you people and
your festivals"), an othering address named as a racial microaggression (Sue et al. 2007; lists of workplace
microaggressions such as sites.google.com/ocsb.ca/anti-racismwebsite/educational, 'referring to a black
employee as "you people"'). CLEAN: "thank you people", a department or rota ("you people in IT", "from head
office"), "you people managers".

ARTICULATE: "very articulate, which I honestly did not expect", "well-spoken, something I didn't expect",
"articulate, which surprised me": the surprise comes after the praise in a comment clause. CLEAN: the same
praise with a comment that is no surprise.

As measured (flagged/total), before -> after: looks_judged 2/16 -> 15/16 ('Our best looking sales
associate': a thing-noun compound head, left), looks_clean 0/14 -> 0/14, articulate_judged 3/10 -> 9/10
('eloquent, though I never expected that': 'eloquent' has no surprise-comment rule, left), articulate_clean
0/8 -> 0/8, you_people_judged 1/8 -> 8/8, you_people_clean 0/8 -> 0/8.
"""

from __future__ import annotations

import sys

from assistant.analyzers.bias import check_bias

LOOKS_JUDGED: list[tuple[str, str]] = [
    ("written: thank-you note", "Thanks for running the open day, Mia. The stand was busy all afternoon and you "
     "looked lovely in the photos."),
    ("written: review", "Joan met her targets for the third year running. She always looks nice when the "
     "regional director visits."),
    ("written: event thank-you", "Great job hosting the awards night, Ken. You looked fantastic up there and "
     "the timing was spot on."),
    ("written: manager's note", "Lena handled the press briefing well and looked really elegant in front of "
     "the cameras."),
    ("written: nomination", "Carla is the best-looking rep on our team, and the buyers always ask for her."),
    ("written: review", "He is probably the nicest looking guy in the branch, which helps at the counter."),
    ("written: customer letter", "The receptionist, Dana, was helpful and looked gorgeous as always."),
    ("written: staff spotlight", "Omar looked so dapper at the client dinner that the partners noticed."),
    ("written: review", "Sue closed the quarter strong. She looks great in the new uniform, too."),
    ("written: thank-you email", "Dear Aisha, thank you for presenting at the summit. You looked amazing on "
     "stage and the questions kept coming."),
    ("written: peer feedback", "Tom always looks smart and he looked wonderful at the launch party."),
    ("written: review", "Priya is a strong analyst and always looks classy at client meetings."),
    ("written: award citation", "Maria ran the gala and looked absolutely radiant all evening."),
    ("written: supervisor note", "Jen looked cute in her costume for the charity day, and she raised the most "
     "money."),
    ("written: review", "Our best looking sales associate, Gina, also had the highest returns rate."),
    ("written: shift note", "Raj looked terrific at the front desk today."),
]

LOOKS_CLEAN: list[tuple[str, str]] = [
    ("written: review", "The new dashboard looks great and the team uses it daily."),
    ("written: hiring note", "Priya looks great on paper for the lead role, so let us interview her."),
    ("written: onboarding note", "The new hire looks great so far and has closed two tickets."),
    ("written: review", "Her deck looked lovely and the numbers held up under questioning."),
    ("written: manager's note", "This looks nice, thanks for the quick turnaround."),
    ("written: email", "Thanks, the report looks great, Sam."),
    ("written: review", "The best looking proposal came from Dana's team."),
    ("written: review", "His plan looks fantastic and the budget is realistic."),
    ("written: nomination", "She looks great for the promotion after the year she has had."),
    ("written: review", "Things look amazing for the Leeds office this year thanks to Ken."),
    ("written: email", "It looked wonderful when the new signage went up, and Omar arranged it all."),
    ("written: review", "The warehouse looks nice since Jo reorganised the racking."),
    ("written: supervisor note", "Looking great on the numbers this week, Raj."),
    ("written: review", "She looks at every ticket and her replies are great."),
]

ARTICULATE_JUDGED: list[tuple[str, str]] = [
    ("written: patient letter", "My nurse, Ada, is very articulate, which I honestly did not expect, and she "
     "explained every step."),
    ("written: review", "Marcus is well-spoken, something I didn't expect from his CV."),
    ("written: peer feedback", "She is articulate, which surprised me, and she handled the client well."),
    ("written: interview note", "The candidate was extremely articulate, which we did not anticipate."),
    ("written: review", "Kofi is eloquent, though I never expected that from the warehouse team."),
    ("written: review", "He was far more articulate than I expected."),
    ("written: interview note", "I didn't expect her to be so articulate on the panel."),
    ("written: customer letter", "The driver, Jamal, was really well-spoken, which amazed me."),
    ("written: review", "Aminata is remarkably articulate in meetings."),
    ("written: peer feedback", "Luis is articulate, and that surprised us given his background."),
]

ARTICULATE_CLEAN: list[tuple[str, str]] = [
    ("written: review", "She is articulate, which made the client call easy."),
    ("written: review", "She is articulate, which I did not need to coach."),
    ("written: review", "He is articulate and we did not expect the client to push back so hard."),
    ("written: review", "Her summary was more articulate than the brief, which ran to forty pages."),
    ("written: review", "He is charismatic and well-spoken with customers."),
    ("written: review", "She articulated the risks, which I had not expected anyone to raise."),
    ("written: review", "Tunde wrote an articulate summary, which surprised nobody."),
    ("written: review", "He is well-spoken, which is why we put him on the client calls."),
]

YOU_PEOPLE_JUDGED: list[tuple[str, str]] = [
    ("written: review", "Kemal closes tickets fast. You people from the Middle East are great with customers, "
     "but he must document more."),
    ("written: review", "Ana is reliable, though you people and your festivals leave the rota short every "
     "autumn."),
    ("written: feedback note", "You people from back home always stick together on the night shift, and Tariq "
     "is no different."),
    ("written: review", "I told Joseph that you people from Nigeria are natural salesmen, and he proved it."),
    ("written: peer feedback", "You people over there work differently, and Mei needs to adapt to our pace."),
    ("written: review", "Rosa is warm with clients; you people from the islands bring a relaxed vibe."),
    ("written: review", "Luis is skilled, but you people and your accents confuse the callers."),
    ("written: review", "Sanjay, you people from India are so good with numbers, keep it up."),
]

YOU_PEOPLE_CLEAN: list[tuple[str, str]] = [
    ("written: thank-you email", "Thank you people for staying late to finish the stock count."),
    ("written: team note", "You people in IT never close the tickets on time, and Dana agrees."),
    ("written: email", "I told him that you people from head office would visit on Monday."),
    ("written: note", "As you people managers know, the review cycle starts in May."),
    ("written: thank-you note", "Thank you people from the finance team for the fast turnaround."),
    ("written: review", "She keeps in touch with people from the islands who supply our fish."),
    ("written: review", "Ana asked whether you, people of the night shift, could log your hours."),
    ("written: review", "He reminded you people on the rota to swap shifts by Friday."),
]

CLASSES = {
    "looks_judged": (LOOKS_JUDGED, ("appearance",), True),
    "looks_clean": (LOOKS_CLEAN, ("appearance",), False),
    "articulate_judged": (ARTICULATE_JUDGED, ("race_ethnicity",), True),
    "articulate_clean": (ARTICULATE_CLEAN, ("race_ethnicity",), False),
    "you_people_judged": (YOU_PEOPLE_JUDGED, ("race_ethnicity",), True),
    "you_people_clean": (YOU_PEOPLE_CLEAN, ("race_ethnicity",), False),
}


def _hit(text: str, categories: tuple[str, ...]) -> bool:
    return any(f.category in categories for f in check_bias(text).flags)


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for name, (items, categories, want) in CLASSES.items():
        flagged = 0
        for source, text in items:
            hit = _hit(text, categories)
            flagged += hit
            if verbose and hit != want:
                print(f"  {name} {'MISS' if want else 'FALSE'}: {text}  [{source}]")
        out[name] = (flagged, len(items))
    return out


if __name__ == "__main__":
    for name, (flagged, total) in run("-v" in sys.argv).items():
        print(f"{name}: flagged {flagged}/{total}")
