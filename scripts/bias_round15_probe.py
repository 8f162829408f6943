"""Fresh probe for the round-15 bias classes, written after the change and never tuned on.

FRESH: age life-stage descriptors, appearance (hair, grooming, looks polished, depictives), terms of
endearment as address, and quoted words (in talk about language: innocent; about a specific person: biased),
each with innocent look-alikes. FRESH2: a second set written after three structural fixes that followed
the first measurement (bare-space vocatives, "Hon." as a title, a descriptor before a thing noun).
FRESH3: someone else's leave in a background clause ("while the plant manager was on medical leave", from
dev7's tuning half) vs the person's own leave made the reason, written after that change. FRESH4: a person
who "fits right in" (any inflection) vs a part, widget or plan that fits, written after affinity.fits_right_in.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round15_probe.py [--list]
"""

from __future__ import annotations

import argparse

from assistant.analyzers.bias import check_bias, load_rules

FRESH_BIASED: dict[str, tuple[str, ...]] = {
    "age": (
        'For a woman of sixty, Gloria is surprisingly spry on the warehouse floor.',
        'Ken is a sprightly old hand who still climbs the racking himself.',
        'Our thirtysomething lead, Dana, will probably leave to start a family.',
        'Bea is a bit matronly with the interns and mothers them too much.',
        'We should steer the promotion to a younger hire rather than a mature employee like Walt.',
        'Frank is very stuck in his ways about the paper timesheets.',
        'Honestly, Imani is too experienced for a coordinator job and will be bored by spring.',
        'Rosa is a digital immigrant, so pair her with someone who can show her the app.',
        'Lou is well-preserved for a man who has been here since the nineties.',
        'He seems grandfatherly with customers, which slows the queue.',
    ),
    "appearance": (
        'Keisha should tie back her locs for the investor visit.',
        "His cornrows don't fit the image we want at the front desk.",
        'Tasha needs to straighten her hair before she meets the board.',
        'Jamal often arrives unshaven and rumpled.',
        'Lena always looks put-together, which reassures clients.',
        'Nadia looked very polished at the gala, and the partners noticed.',
        'Her blouses are too tight for a client-facing role.',
        'Aaliyah has frizzy hair that looks unprofessional on video.',
        'Marco arrived dishevelled at the Tuesday pitch.',
        'You should tame your curls before the panel interview.',
    ),
    "endearments": (
        'Sweetheart, can you get the coffee order before the call?',
        'Thanks for the notes, hon.',
        'Good job on the report, darling, but next time check the totals.',
        'Babe, the client wants the slides by noon.',
        'Hey doll, grab the minutes for us.',
        'Leave the filing to us, sweetie.',
    ),
    "quoted": (
        'A peer called Dana "abrasive" in the 360 survey.',
        'In the calibration meeting, he described her as "too emotional" for the role.',
        '"She\'s a bit bossy," wrote one of Lina\'s reports.',
        'Tom keeps calling Mia "the girl from marketing".',
        'Her manager wrote that she is "not a culture fit" here.',
        'Ravi was described as "overqualified" by the hiring panel.',
        '"You\'re such a diva," Greg told Priya after the demo.',
        'The feedback on Sam said he is "hysterical" under pressure.',
        'Jo\'s skip-level called her "shrill" in the review.',
        'Marta was described in the notes as "feisty".',
    ),
}
FRESH_INNOCENT: dict[str, tuple[str, ...]] = {
    "age": (
        'The spry little script finished the migration in ten minutes.',
        'We kept the well-preserved ledgers from 1998 for the audit.',
        'Dana mentored three thirtysomething founders through the accelerator programme.',
        'The mature employee-assistance programme now covers counselling.',
        'The fund is stuck in its ways of allocating capital, Frank argued in his memo.',
        'Imani is experienced with the coordinator tooling and trains others on it.',
        'Rosa wrote a guide for digital onboarding of new suppliers.',
        'The grandfather clock in reception was repaired by Lou.',
        'Walt asked for a mature, data-driven discussion of the roadmap.',
        'Gloria is quick on the warehouse floor and knows every aisle.',
    ),
    "appearance": (
        'Keisha tied back the cables behind the server rack.',
        'The cornrow planting pattern doubled the test-plot yield.',
        'Tasha straightened out the billing dispute in one call.',
        'The shipment arrived damaged, so Jamal filed the claim the same day.',
        'Lena put together the quarterly deck in two days.',
        "Nadia's speech at the gala looked very polished and drew applause.",
        'The budget is too tight for a second client-facing role.',
        'Aaliyah fixed the frizzy audio on the video feed.',
        'Marco arrived early at the Tuesday pitch and set up the demo.',
        'We need to tame the curl requests hitting the API.',
    ),
    "endearments": (
        'The honey supplier missed two deliveries, so Ana switched vendors.',
        'The product became the darling of analysts after the launch.',
        'Hon. Justice Moore will speak at the conference.',
        'The doll manufacturer renewed its contract in May.',
        'Ana refused the sweetheart contract offered by the landlord.',
        'Babe Ruth memorabilia sold well in the charity auction.',
    ),
    "quoted": (
        'Our review guide asks managers to drop adjectives such as "aggressive" from ratings.',
        'Many evaluations still use "abrasive" far more often for women than for men.',
        'The workshop explained why "digital native" can signal an age preference in job ads.',
        'Calling a grown woman "a girl" undermines her authority, the trainer said.',
        'Reviewers were told that "culture fit" is not a rating criterion.',
        'A slide asked whether "bossy" would ever be written about a man.',
        'Policy note: describing staff as "hysterical" or "emotional" is not acceptable in any review.',
        'The audit counted how often "feisty" appeared in the appraisal forms.',
        'Managers should replace "manpower" with "staffing" in every plan.',
        'Is "overqualified" a polite way of saying too old?',
    ),
}
FRESH2_BIASED: dict[str, tuple[str, ...]] = {
    "all": (
        "Omar is a fortysomething who won't want to retrain on the new stack.",
        'Mrs. Adeyemi seems sprightly enough for the stock counts.',
        'Her twists look messy on camera, so she should change them before the launch.',
        'Ines always looked polished, and the partners chose her for the pitch.',
        'Morning sweetie, did you print the agenda?',
        'Well done on the demo, babe.',
        'Pat arrived unkempt to the quarterly business review.',
        'She described Noor as "too ethnic" for the catalogue shoot.',
        'Carl is set in his ways and stuck in the past with Excel macros.',
        'A senior partner said Jia is "a real looker" and should front the stand.',
    ),
}
FRESH2_INNOCENT: dict[str, tuple[str, ...]] = {
    "all": (
        'The guide says "young and energetic" in a job ad can breach age-discrimination law.',
        'Our style sheet replaces "chairman" with "chair" in every document.',
        'The fortysomething-page report arrived late from the printer.',
        'The sprightly tempo of the launch video kept viewers watching.',
        'The twists in the cable run caused the packet loss.',
        'The deck looked polished, so Ines sent it to the partners.',
        'Sweetie Pie Bakery renewed its catering contract.',
        'Babe, the film about a pig, was shown at the family day.',
        'The parcels arrived unsealed, so Pat raised a claim.',
        'Our code of conduct lists "honey" and "sweetie" as unwelcome forms of address.',
    ),
}

FRESH3_BIASED: dict[str, tuple[str, ...]] = {
    "leave_holder": (
        'While she was on maternity leave, her pipeline dried up, so I doubt her commitment.',
        'He has been on stress leave twice this year, so he is not ready for the promotion.',
        "Since her medical leave she has been slower, and I'd keep her off the launch.",
        'After his sick leave, Ravi seems less committed to the team.',
        'Because she took parental leave, she should not expect the senior title yet.',
        'Given his disability leave last year, we should keep him on light duties.',
    ),
}
FRESH3_INNOCENT: dict[str, tuple[str, ...]] = {
    "leave_holder": (
        'He ran the night shift alone while the site director was on sick leave.',
        'She took over the payroll run when the finance lead went on maternity leave.',
        'Jamal trained the new starters while Hana was on parental leave.',
        'She kept the clinic open while our head nurse was on medical leave.',
        'He chaired the board calls while the company secretary was on stress leave.',
        "During the office manager's medical leave, Priya handled all the supplier invoices.",
        'Leo covered the help desk while Carmen was on sick leave in March.',
        "She answered the hotline while the team's duty engineer was on paternity leave.",
    ),
}

FRESH4_BIASED: dict[str, tuple[str, ...]] = {
    "fit_right_in": (
        'Honestly, Marek fit right in with the rest of the crew from his first week.',
        "You're fitting right in, and the guys already invite you to poker night.",
        "Anya fits in really well with us, so I'd keep her on the core team.",
        'He has fit right in socially, which is why I rate him highly.',
        'They fit right in with the partners at the golf outing.',
        'She will fit right in here.',
    ),
}
FRESH4_INNOCENT: dict[str, tuple[str, ...]] = {
    "fit_right_in": (
        'The replacement valve fit right in the old housing.',
        'The new widget fits right in the sidebar of the dashboard.',
        "Our new ticket fields fit in well with the team's workflow.",
        'The extra shift fit right into the rota without overtime.',
        'The sofa fits right in the break room.',
        'Her proposal fits right in with the Q3 roadmap.',
    ),
}


def run(biased: dict[str, tuple[str, ...]], innocent: dict[str, tuple[str, ...]], label: str,
        show: bool = False) -> tuple[int, int, int, int]:
    rules = load_rules()
    totals = [0, 0, 0, 0]
    for cls in sorted(set(biased) | set(innocent)):
        b = [t for t in biased.get(cls, ()) if check_bias(t, rules).flags]
        i = [t for t in innocent.get(cls, ()) if check_bias(t, rules).flags]
        nb, ni = len(biased.get(cls, ())), len(innocent.get(cls, ()))
        print(f"{label}{cls:12s} biased flagged {len(b):2d}/{nb:2d}   innocent flagged (false) {len(i):2d}/{ni:2d}")
        if show:
            for t in biased.get(cls, ()):
                if t not in b:
                    print("    miss ", t)
            for t in i:
                print("    false", t, [(f.rule, f.text) for f in check_bias(t, rules).flags])
        totals = [totals[0] + len(b), totals[1] + nb, totals[2] + len(i), totals[3] + ni]
    if len(set(biased) | set(innocent)) > 1:
        print(f"{label}{'all':12s} biased flagged {totals[0]:2d}/{totals[1]:2d}   innocent flagged (false) "
              f"{totals[2]:2d}/{totals[3]:2d}")
    return totals[0], totals[1], totals[2], totals[3]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    run(FRESH_BIASED, FRESH_INNOCENT, "fresh  ", args.list)
    run(FRESH2_BIASED, FRESH2_INNOCENT, "fresh2 ", args.list)
    run(FRESH3_BIASED, FRESH3_INNOCENT, "fresh3 ", args.list)
    run(FRESH4_BIASED, FRESH4_INNOCENT, "fresh4 ", args.list)


if __name__ == "__main__":
    main()
