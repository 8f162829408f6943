"""Round 22 feedback probe: well-formed drafts the learned layer should leave clean, and look-alikes it must not clear.

Rows were written and labelled before the learned layer was refitted on dev..dev10 (brief AV). Class P: well-formed
praise (an act and its effect; no step is owed), class C: well-formed developmental drafts (act, effect, step), both
clean (no finding); class L: look-alikes that still need coaching (no step after criticism, no act, no effect). Rows
marked with a page were paraphrased from that page (search corpus ``pages``), the others written for this probe.

    python scripts/feedback_round22_probe.py        # figures per class
    python scripts/feedback_round22_probe.py -v     # and each row's reading
"""

from __future__ import annotations

import sys
from pathlib import Path

ROWS: tuple[tuple[str, str, str, tuple[str, ...], str, str], ...] = (
    # (id, class, polarity, kinds, source, text)
    ("p01", "P", "positive", (), "https://ocastaengage.com/blog/how-to-write-employee-recognition-templates",
     "The summary report you put together for Monday was clear and detailed, and it helped the team understand the "
     "sales data and settle the pricing decision in one meeting. Great work."),
    ("p02", "P", "positive", (), "https://ocastaengage.com/blog/how-to-write-employee-recognition-templates",
     "Jody, the way you handled the upset customer at the front desk this afternoon was excellent: you listened, "
     "apologised and offered a replacement on the spot, and she left smiling and thanked the whole team."),
    ("p03", "P", "positive", (), "https://pynhq.com/library/pyn/positive-feedback-examples-for-colleagues",
     "Stress was high on the team last week with the release slipping. You kept a calm, positive tone in every "
     "stand-up, and three teammates told me privately that it helped them get through the week."),
    ("p04", "P", "positive", (), "https://wishesguide.com/?p=943",
     "Priya, your leadership on the billing migration got every customer moved two weeks early, which saved the team "
     "the cost of running both systems through March."),
    ("p05", "P", "positive", (), "https://wishesguide.com/?p=943",
     "Congratulations, Marco, on beating your quarterly target by 18 percent; your weekly follow-up calls with the "
     "clinic accounts brought three of them back to full orders."),
    ("p06", "P", "positive", (), "https://cover-letters.com/PrintView.aspx?PrintUrl=/Consulting-Letters/"
     "Day-to-Day-Operations/Staff/Holiday-Praise-to-Exceptional-Employee",
     "Sarah, you planned the office move with me and ran it on the day, labelling every crate and booking the lifts, "
     "so we were open for clients the next morning without a single lost file. Thank you."),
    ("p07", "P", "positive", (), "https://netcurmudgeon.livejournal.com/23683.html",
     "Ms. Walsh from Food Services called me this morning to thank Ana and Victor for the help they gave her with the "
     "ordering system, often late in the day. She said it meant a great deal to have people in IT she could count on."),
    ("p08", "P", "positive", (), "http://tekkbuzz.com/2009/10/09/141/",
     "Last Tuesday the store was packed and you were alone at the counter. You kept serving each of us in turn and "
     "stayed polite when a customer was rude to you, and everyone left with their parcels sent."),
    ("p09", "P", "positive", (), "",
     "During Thursday's outage you opened the incident channel within five minutes and posted updates every half "
     "hour, so the support team could answer customers instead of guessing."),
    ("p10", "P", "positive", (), "",
     "Thanks for reviewing my pull request so quickly yesterday. Your comment about the missing index caught a slow "
     "query before it reached production."),
    ("p11", "P", "positive", (), "",
     "You trained the two new cashiers on the returns process last week, and since then the queue at the service "
     "desk has been under five minutes every afternoon."),
    ("p12", "P", "positive", (), "",
     "Your notes from the parents' evening were thorough and went out the same night, which meant the teachers could "
     "follow up with every family before the weekend."),
    ("p13", "P", "positive", (), "",
     "On the night shift you noticed Mr. Patel's breathing change and called the rapid response team straight away; "
     "the doctors said your quick call kept him out of intensive care."),
    ("p14", "P", "positive", (), "",
     "I appreciated how you ran Monday's planning meeting: you kept to the agenda, gave everyone a turn to speak, and "
     "we finished twenty minutes early with an owner for every task."),
    ("c01", "C", "constructive", (), "",
     "In this morning's client call you interrupted Dana twice while she was presenting the numbers, and the client "
     "asked her to start over. Next time, please hold your questions until she finishes the section."),
    ("c02", "C", "mixed", (), "",
     "Your report on the warehouse audit was detailed and well organised. The cost table, though, left out the "
     "overtime figures, so the finance team had to ask for them again. Please add them before you send the final "
     "version on Friday."),
    ("c03", "C", "constructive", (), "",
     "You submitted the last two timesheets three days late, which held up payroll for the whole team. From next "
     "week, please send them by Friday noon."),
    ("l01", "L", "constructive", ("missing_action",), "",
     "You have been late to the morning briefing three times this month, and the crew had to start without the "
     "safety update."),
    ("l02", "L", "positive", ("missing_impact", "vague"), "",
     "Great job this quarter, keep it up!"),
    ("l03", "L", "constructive", ("missing_action", "missing_impact"), "",
     "Your customer emails last week had several typos."),
    ("l04", "L", "positive", ("missing_impact", "vague"), "",
     "You did a nice job on the presentation yesterday."),
    ("l05", "L", "constructive", ("missing_action",), "",
     "In the design review you dismissed Tom's proposal before he finished explaining it, and he did not speak again "
     "for the rest of the meeting."),
    ("l06", "L", "positive", ("missing_impact",), "",
     "Thank you for fixing the printer on the second floor yesterday."),
    ("l07", "L", "constructive", ("missing_action",), "",
     "The quarterly figures you prepared were wrong in two columns, and the board saw the mistake before we did."),
)


def reading(text: str, learned: bool | None = None) -> tuple[str, tuple[str, ...]]:
    from assistant.analyzers.feedback import review_feedback

    report = review_feedback(text) if learned is None else review_feedback(text, learned=learned)
    return report.polarity, tuple(sorted({f.kind for f in report.findings}))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    totals: dict[str, list[int]] = {}
    for row_id, klass, polarity, kinds, _source, text in ROWS:
        got = reading(text)
        ok = got == (polarity, tuple(sorted(kinds)))
        totals.setdefault(klass, [0, 0])
        totals[klass][0] += ok
        totals[klass][1] += 1
        if verbose:
            print(f"{row_id} {'ok ' if ok else 'BAD'} want {polarity} {sorted(kinds)} got {got[0]} {list(got[1])}")
    clean = sum(1 for r in ROWS if r[1] in "PC" and not reading(r[5])[1])
    print(" ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(totals.items())),
          f"clean (no finding) {clean}/{sum(1 for r in ROWS if r[1] in 'PC')}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main(sys.argv[1:]))
