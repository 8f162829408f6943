"""Round 18 probe: absolutes said of the person's behaviour in longer drafts, and their look-alikes.

Classes (fb19, round 18):

* ``quantified`` - the overgeneralisation sits in the object, not in an adverb: a universal quantifier
  after the person's critical verb ("you miss every deadline", "he interrupts everyone", "micromanaging
  every single project", "you complain about everything") or a negated existential after a person subject
  in the perfect or present ("you haven't met any deadlines", "he doesn't answer any of my emails", "she
  hasn't finished a single report"). Expected: an ``absolute`` finding.
* ``generic`` - "always"/"never" said of a thing, an event or an abstract noun that opens the sentence
  ("Parting is always emotional", "Change is never easy", "Inventory week is always chaotic") inside a
  draft about a person: no person is generalised about. Expected: no ``absolute`` finding.
* ``look-alike`` - quantifiers that are not overgeneralised criticism: praise of outcomes ("you answered
  every question"), frequency facts ("every Monday you run the stand-up"), policies ("every invoice must be
  approved"), comparisons ("no one knows the system better"), quoted speech. Expected: no ``absolute``.
* ``suggestion`` (tone) - a change suggested as a gerund subject with the benefit it would bring ("Improving
  your time management will help you meet deadlines", "Being more concise in your updates would help the
  board"): a request for change. Expected polarity: constructive alone, mixed after praise.
* ``achievement`` (tone look-alike) - a gerund subject in the past or present reporting what was done
  ("Improving the checkout flow was your biggest win"). Expected polarity: positive.
* ``hardship`` (tone) - praise whose concessive adjunct names the circumstances the person worked through
  ("despite a broken printer", "in spite of the bad connection", "even on days when the weather was
  terrible"): its problem words are no criticism. Expected polarity: positive.
* ``own-fault`` (tone look-alike) - the adjunct concedes the person's own fault ("Despite your late start"),
  or the person's failure is the main clause ("Even after two reminders, you did not send the timesheets").
  Expected polarity: mixed or constructive as given.
* ``writer-need`` (tone) - a third-person commendation that opens with the writer's own need, told by a negated
  verb of knowing or managing ("we did not know how to apply for the grant", "I could not work out how to upload
  my claim"), before the person met it: no criticism. Expected polarity: positive.
* ``not-done`` (tone look-alike) - something that did not happen which is, or may be, the person's doing ("We
  did not get Dana's figures until Friday", "The client did not get a reply for a week. You were on leave ...").
  Expected polarity: constructive.

Every draft was written for this probe (round 18) after reading the published advice on absolutes in
reviews (Lattice, "10 Phrases You Should Never Use in Performance Reviews", lattice.com/articles/
5-phrases-you-should-never-use-in-performance-reviews; PerformYard, "How To Give a Negative Performance
Review", performyard.com/articles/how-to-give-a-negative-performance-review-6-principles-and-21-examples);
none is taken from evals/.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round18_probe.py          # per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round18_probe.py --list   # every probe read wrongly
"""

from __future__ import annotations

import argparse

from assistant.analyzers.feedback import load_feedback_rules, review_feedback

QUANTIFIED = [
    "Thanks for covering the Tuesday shift. That said, you haven't met any deadlines lately, and the audit pack is "
    "now two weeks overdue.",
    "Marco knows the billing system well. He interrupts everyone in the weekly review, though, and the juniors have "
    "stopped offering ideas.",
    "You miss every deadline we agree on, and the client has started asking me for the dates directly.",
    "Your first month went fine. Since then you question every decision the team makes, and our planning meetings "
    "run an hour over.",
    "She doesn't answer any of my emails, so I end up walking over to her desk to get a status update.",
    "Priya hasn't finished a single report on time this quarter, and finance has had to chase her for each one.",
    "You insist on micromanaging every single project the team takes on, right down to the font in the slides.",
    "You complain about everything in stand-up, and the mood in the room drops as soon as you start.",
    "I appreciate the long hours. But you ignore every request from the design team, and they have escalated twice.",
    "He criticises everyone's code in public channels instead of in the review tool, and two people have asked to "
    "move teams.",
    "Over the last quarter Dev has not returned any of the client's calls, and the account is now at risk.",
    "You belittle everybody who disagrees with you in meetings. People have stopped raising concerns.",
    "The new rota is working. However, Sam doesn't follow any of the handover steps, so the night shift starts "
    "blind.",
    "You forget every action item from our one-to-ones, and I have to repeat them the following week.",
    "Your reports are always late, and the board pack goes out without your section.",
    "Jo blames everyone else when a release slips, and the testers feel singled out.",
]
GENERIC = [
    "Parting is always emotional. Mr Okafor trained half of the current engineers and we will miss his patience.",
    "Change is never easy, and you led the team through the move to the new ward with real calm.",
    "Inventory week is always chaotic, but you kept the counts accurate and the shelves stocked.",
    "Month-end is always stressful. You stayed calm, reconciled the ledgers a day early and helped Tom with his.",
    "Teaching is never a solo effort, and Ms Reyes made every new teacher feel part of the department.",
    "Recruitment is always slow in December, yet you filled both vacancies before the holidays.",
    "Winter is never quiet on the children's ward. Nurse Adeyemi still found time to read to the patients.",
    "Moving house is always disruptive, and Lena still delivered the migration plan on schedule.",
    "Grief is never simple. Thank you, Carla, for sitting with my mother through her last night.",
    "Feedback is always easier to give than to take, and you took the review of your design with grace.",
]
LOOK_ALIKE = [
    "You answered every question the auditors asked, and the report came back with no findings.",
    "Every Monday you run the stand-up, and the team leaves it knowing what to work on first.",
    "Every invoice must be approved by a manager before payment; please add that step to your checklist.",
    "No one knows the stock system better than Hana, and she trained the new starters on it in a week.",
    "You greeted everyone at the reception desk by name, and the visitors noticed.",
    "You checked every calculation before the filing went out, and we met the regulator's deadline.",
    "Karim visited every patient on the ward before handover, so the night team had a full picture.",
    "She said, \"you never listen to anyone\", but the notes from the meeting show you took her points on board.",
    "You haven't missed any deadlines this year, and the client renewed the contract because of it.",
    "He didn't bring any samples to Tuesday's meeting, so we rescheduled the tasting to Thursday.",
    "Nothing was left unfinished when you went on leave, and the handover notes covered every open ticket.",
    "Every time a customer called, you picked up within two rings.",
    # written after the first version of the fix, when a wider check on praise letters showed these two forms
    "His stammer never gets in the way of his briefings, and the crews trust what he tells them.",
    "She trained every new hire on the till and never missed a stock count in four years.",
]

# (text, expected polarity)
SUGGESTION = [
    ("Improving your time management will help you meet deadlines more consistently.", "constructive"),
    ("Tightening your estimates would help the team plan the sprint with fewer surprises.", "constructive"),
    ("Working on your listening skills will make the client calls go more smoothly.", "constructive"),
    ("Strengthening your Excel skills would save you hours on the month-end close.", "constructive"),
    ("Sharpening your written summaries would help the board follow your recommendations.", "constructive"),
    ("Focusing on your follow-up with new leads could lift your conversion rate next quarter.", "constructive"),
    ("Building your confidence in front of the client will let you lead the next pitch yourself.", "constructive"),
    ("Your lesson plans are thorough and the students clearly enjoy your classes. Improving your pacing in the last "
     "ten minutes would give them time to finish the exit ticket.", "mixed"),
    ("Kofi runs a calm, organised shift. Developing his delegation skills will free him up for the ward round.",
     "mixed"),
    ("You know the product inside out. Slowing down your demos would help new customers keep up.", "mixed"),
    ("Reducing your response time on tickets will keep the customers from chasing us by phone.", "constructive"),
    ("Being more concise in your updates would help the leadership team read them before the meeting.",
     "constructive"),
]
ACHIEVEMENT = [
    ("Improving the checkout flow was your biggest win this year, and conversion rose by four points.", "positive"),
    ("Working with you on the audit has been a pleasure, and the regulators signed it off first time.", "positive"),
    ("Improving your patients' mobility after surgery is what you do best; Mr Ruiz walked on day two.", "positive"),
    ("Helping new starters settle in is something you do without being asked, and two of them told me so.",
     "positive"),
    ("Cutting the queue at the pharmacy window made a real difference to the outpatients last winter.", "positive"),
    ("Keeping your calm during the outage helped the whole team stay focused, and we were back online in an hour.",
     "positive"),
    # written after the code: a preposition ending in -ing is no gerund
    ("During your leave, Sam will help cover the front desk, and we will keep your queue tidy.", "positive"),
]

HARDSHIP = [(text, "positive") for text in [
    "You drove in every morning, even through the worst snow of the decade, and the route never missed a pickup.",
    "Despite a broken printer and two staff off sick, you got the mailing out on Friday.",
    "You kept the clinic running even on days when the weather was terrible and half the team could not get in.",
    "In spite of the bad connection, you walked the client through the whole demo without a hitch.",
    "Even with a failing server and an angry client on the line, Maria stayed calm and restored the backups by noon.",
    "You finished the audit on time despite the missing files from the regional office.",
    "Despite the chaos of the move, Tom kept every patient appointment on schedule.",
    "Even after the supplier cancelled at the last minute, you found a replacement caterer within two hours.",
    "Notwithstanding the delays at customs, you delivered the samples to the client in time for the trade fair.",
    "She kept the class focused even when the fire alarm went off twice during the exam.",
    "Regardless of the poor turnout at the first session, you ran the second workshop with the same energy, and "
    "twelve people signed up for the course.",
    "Even during the worst of the outage, you answered every customer call personally.",
]]
OWN_FAULT = [
    ("Despite your late start on the report, the analysis was solid; please begin the next one a week earlier.",
     "mixed"),
    ("Even after two reminders, you did not send the timesheets.", "constructive"),
    ("You missed the deadline even though the team stayed late to help you.", "mixed"),
    ("Despite the training, you still skip the safety check at the start of your shift.", "constructive"),
]

WRITER_NEED = [(text, "positive") for text in [
    "When my mother was admitted, the doctors did not explain what the scans showed. Nurse Kemi sat with us and "
    "went through every result in plain words.",
    "Our flight was cancelled and the airline could not rebook us until Tuesday. Marco at the front desk found us "
    "two rooms and a car to the other airport.",
    "I had never used the new portal and could not work out how to upload my claim. Dana stayed on the phone with "
    "me until it went through.",
    "The printer on our floor had not worked for a week, and no one knew who to call. Ravi traced the fault to a "
    "driver and fixed it before the board meeting.",
    "The first contractor did not finish the job and left the site a mess. Your crew cleared it in a day and "
    "finished the wiring by Friday.",
    "We did not know how to apply for the grant, and the deadline was two days away. Li walked us through the forms "
    "and checked every page before we sent them.",
    "At first I couldn't understand the new pension options. Grace explained each one over the phone and sent me a "
    "summary the same day.",
    "We didn't realise the visa paperwork had changed. Omar spotted it in time and rebooked our appointment.",
]]
NOT_DONE = [(text, "constructive") for text in [
    "We did not get Dana's figures until Friday, so the filing went in late.",
    "We didn't hear from you for two days after the outage, and the client escalated to the director.",
    "The client did not get a reply for a week. You were on leave and had not set an out-of-office message.",
    "Dana did not send the figures on Monday, and we missed the filing.",
]]


def run(listing: bool = False) -> dict[str, tuple[int, int]]:
    rules = load_feedback_rules()
    scores: dict[str, tuple[int, int]] = {}
    for name, texts, want in (("quantified", QUANTIFIED, True), ("generic", GENERIC, False),
                              ("look-alike", LOOK_ALIKE, False)):
        ok = 0
        for text in texts:
            got = any(f.kind == "absolute" for f in review_feedback(text, rules=rules).findings)
            ok += got == want
            if listing and got != want:
                print(f"[{name}] {'missed' if want else 'flagged'}: {text}")
        scores[name] = (ok, len(texts))
    for name, pairs in (("suggestion", SUGGESTION), ("achievement", ACHIEVEMENT), ("hardship", HARDSHIP),
                        ("own-fault", OWN_FAULT), ("writer-need", WRITER_NEED), ("not-done", NOT_DONE)):
        ok = 0
        for text, want in pairs:
            got = review_feedback(text, rules=rules).polarity
            ok += got == want
            if listing and got != want:
                print(f"[{name}] {got} (want {want}): {text}")
        scores[name] = (ok, len(pairs))
    return scores


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every probe read wrongly")
    args = parser.parse_args()
    for name, (ok, n) in run(args.list).items():
        print(f"{name}: {ok}/{n}")
