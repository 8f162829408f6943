"""Polarity probe: drafts written for the purpose, by class, against the guides' one definition.

Polarity (every round's guide): positive = praise only, constructive = criticism or a request for change only
(a development assignment with no praise included), mixed = both; praise followed by a forward development
suggestion that does not look back at a fault is labelled positive (as the tuning labels apply it). Classes:

- ``dev``: praise drafts that end in a development suggestion ('next quarter she could mentor ...', 'even more');
- ``solved``: praise drafts that name a problem the person solved, a hard setting, 'although', an absolute;
- ``closers``: praise drafts with the usual closers and asides of thank-you notes (an offer 'don't hesitate to ask',
  'I couldn't have done it without you', 'will be missed', 'I hope you'll continue', a problem credited to the person);
- ``cueless``: mixed drafts whose praise is a result stated as a fact ('closed 14 deals') with no praise word;
- ``corrected``: mixed drafts, praise then a step that corrects how it was done ('Make sure ...', '... before ...');
- ``control``: constructive drafts (criticism and a step, no praise) that must stay constructive;
- ``lacking``: criticism without a cue word, the person's work as subject of a deficiency ('The handover notes were
  too brief', 'signed but not done', 'still open'): constructive;
- ``outside``: the same predicates of a thing outside the person's work, in quoted speech, or a problem the person
  then solved in the sentence ('The weather was too hot, but you moved it inside'): positive.

Also prints the cross-round confusion (gold -> read) on every TUNING half (held-out items are dropped unread).

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_polarity_probe.py          # per class, and the tuning confusion
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_polarity_probe.py --list   # every probe draft read wrongly
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from assistant.analyzers.feedback import load_feedback_rules, review_feedback
from assistant.coaches import OUTSIDE_ROUNDS
from assistant.evaluation.dev import tuning_items

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = OUTSIDE_ROUNDS["feedback"]
GOLD = {"dev": "positive", "solved": "positive", "closers": "positive", "cueless": "mixed", "corrected": "mixed",
        "control": "constructive", "lacking": "constructive", "outside": "positive"}

PROBES: dict[str, list[str]] = {
    "dev": [
        "Priya rebuilt the onboarding checklist in March, and the last four hires were fully set up on their first "
        "day. Next quarter I'd love to see her share the checklist with the Denver office too.",
        "Your talk at the June town hall was the most-discussed session of the day; three teams asked for the slides "
        "afterwards. You could take it even further by recording a short version for new starters.",
        "Marco handled the Halvorsen migration end to end and the client signed a two-year renewal in May. As a next "
        "step, he could mentor one of the junior analysts through the next migration.",
        "Your quarterly report was the first one finance approved without a single revision. It would be great to see "
        "you present it to the leadership team next time.",
        "Aisha answered 212 support tickets in October with a 97% satisfaction score. To grow further, she might take "
        "on the escalation queue in the new year.",
        "Although the deadline moved up by two weeks, Tom delivered the audit pack on time and the regulators accepted "
        "it without questions. I'd like him to lead the next audit.",
        "Even with half the team out sick, you kept the warehouse shipping on schedule through December. Next year, "
        "consider writing down how you did it so other sites can learn from it.",
        "Lena's redesign of the invoice template cut payment queries by a third. She could push this even further by "
        "applying the same layout to our credit notes.",
        "I appreciated how you stayed with the customer on Friday until the refund went through; she wrote in to say "
        "she'll stay with us. Look out for a chance to coach the newer agents on this.",
        "Jonas took the vendor list nobody wanted and turned it into a single spreadsheet that procurement now uses "
        "daily. In the coming months, he might automate the monthly update.",
        "You walked the new interns through the deployment process last week, and all three pushed their first change "
        "by Friday. If you're interested, you could run this as a regular session.",
        "Sofia's grant application secured $150,000 for the literacy program. Building on this, she could apply to the "
        "state fund in spring.",
        "Your patience with the caller on Tuesday turned the conversation around, and he renewed his contract the next "
        "day. I'd encourage you to share that call in our next training.",
        "Ben found the root cause of the nightly build failure that had stalled us for two weeks, and builds have been "
        "green since. A good next step would be to write it up for the wiki.",
        "The board pack you prepared was the clearest we've had in years; two directors mentioned it. Next time, you "
        "might also add a one-page summary up front.",
        "Mei stepped in as acting lead in August, and the team hit every sprint goal. Her next challenge could be "
        "leading the planning for Q1.",
        "Your research on competitor pricing shaped our spring launch, and we beat our sales target by 12%. Let's talk "
        "about how you could take on the pricing review as your own project.",
        "Daniel rewrote the safety briefing for the night shift, and reported near misses dropped from nine to two. "
        "I'd like to see him bring this approach to the day shift as well.",
        "You closed 18 deals last quarter, more than anyone on the team. To keep growing, you could spend some time "
        "shadowing the enterprise team.",
        "Rosa organised the charity drive in November and we raised twice last year's total. Next year she could even "
        "bring in a partner company.",
        "Kwame's sessions on the new CRM were so well received that sales asked for a second round. He could think "
        "about turning them into short videos.",
        "Your code review on the payments module caught a rounding bug before it reached production. Maybe next sprint "
        "you could pair with Ana on the refunds module.",
        "Thanks for covering the weekend on-call. You resolved the database outage in under an hour and no customer "
        "noticed. Next quarter, it would be worth teaching the runbook to the two new engineers.",
        "Noor's survey of the branch managers gave us the first honest picture of the roll-out. She would be a strong "
        "candidate to run the follow-up survey in the autumn.",
    ],
    "solved": [
        "When the payroll system crashed two days before payday, Fatima rebuilt the run by hand and all 340 staff were "
        "paid on time.",
        "The old intake form confused almost every new patient. Carlos redesigned it, and front-desk questions dropped "
        "by half.",
        "Despite a difficult client and a shrinking budget, you delivered the campaign a week early and it brought in "
        "600 new sign-ups.",
        "She always double-checks the dosage charts, and in eight months her unit has had no medication errors.",
        "Our backlog had grown to 300 tickets by June. Dev cleared it in five weeks while still handling new requests.",
        "You never let a customer email sit overnight, and our response-time score is the best in the region.",
        "Although he joined only in March, Raj already owns the reporting pipeline and the finance team relies on his "
        "numbers every week.",
        "The migration had failed twice before you took it over. This time it went live on the first weekend with zero "
        "downtime.",
        "Hannah noticed the shipping labels were printing with the wrong postcodes and fixed the template before the "
        "holiday rush, so no parcels went astray.",
        "After the client complained about slow replies, you set up a shared inbox and their last survey rated us 9 "
        "out of 10.",
        "Even under pressure at the year-end close, Omar stayed calm and the books were signed off two days early.",
        "The training room was double-booked for the launch, but Grace found another venue within an hour and the "
        "session ran as planned.",
        "Your first month was a steep learning curve, yet you have already taken over the supplier calls and the "
        "buyers say the orders are more accurate.",
        "Nobody on the team wanted the legacy billing code. Yusuf learned it in a fortnight and has fixed eleven "
        "long-standing bugs.",
        "There was a lot of tension between design and engineering last spring. Elena set up weekly reviews, and the "
        "teams have shipped three features together since.",
        "Ana spotted a mistake in the vendor contract that would have cost us $40,000 and got it corrected before "
        "signing.",
        "When the keynote speaker cancelled an hour before the event, you stepped in and the audience rated your talk "
        "the best of the day.",
        "Lucas turned around a project that was six weeks behind schedule and delivered it on the original date.",
        "He is always the first to volunteer for the hard shifts, and last winter he covered twelve of them.",
        "The data was messy and incomplete, but your analysis was solid enough that the board approved the new site.",
        "Before Kim arrived, month-end reports were routinely a week late. Since she took over they have gone out on "
        "the second working day every month.",
        "Our biggest customer was ready to cancel after the billing mix-up. Tariq flew out, walked them through the "
        "corrected invoices, and they renewed for three years.",
    ],
    "cueless": [
        "Nadia closed 14 deals last quarter and brought in two new enterprise accounts. Her CRM notes, however, are "
        "often missing the next steps, so handoffs stall. Please update them within a day of each call.",
        "You shipped the search feature two days ahead of schedule. The test coverage was thin, though, and two bugs "
        "reached customers. Before the next release, add tests for the edge cases.",
        "Felix ran the supplier negotiation and we saved 8% on packaging. He did not tell the warehouse about the new "
        "delivery days, and two trucks were turned away. I need him to copy the warehouse on supplier changes.",
        "Your presentation to the regional managers got them to sign off the budget. The handout had last year's "
        "figures in it, which confused a few people; next time, check the numbers with finance before printing.",
        "Ivy answered every question on the customer call and the client signed the renewal. She arrived ten minutes "
        "late, and the client had to wait. Please plan to join calls five minutes early.",
        "The new rota you built covers every shift for the next three months. It went out without the union rep's "
        "review, and we had to pull it back for a week. Let's agree that rota changes go to the rep first.",
        "Sam trained four new cashiers in his first month. His till counts have been off three times since October, "
        "and I'd like him to recount before handing over the drawer.",
        "You resolved the outage in 40 minutes and customers got a status update every ten minutes. The post-incident "
        "report is still not written, two weeks later. Please send it by Friday.",
        "Chen took over the audit files in May and every file passed review. He missed the two team meetings this "
        "month where we planned the handover; I need him at the next one.",
        "You wrote the grant report in a week, and the funder approved the second tranche. The budget table did not "
        "match the narrative, and the funder asked for a correction. Could you have someone check the tables before "
        "you submit?",
        "Marta's new filing system means we find a contract in seconds instead of minutes. She changed it without "
        "telling the legal team, who could not find anything for two days. In future, announce changes to shared "
        "systems in the team channel.",
        "Your store hit its sales target for the third month running. The stock counts from your store arrived late "
        "every week in November, which held up the regional order. Send them by Monday noon from now on.",
        "Olu mentored the two summer interns and both accepted full-time offers. In the design review he spoke over "
        "Priya several times, and she stopped contributing. I'd like him to let others finish before he responds.",
        "You got the product catalogue translated into four languages by the launch date. Some of the prices in the "
        "Spanish version were wrong, and we had to issue refunds. Ask a second person to check prices in each version.",
        "Leila reorganised the stockroom over the weekend, and picking times are down by a quarter. The fire exit was "
        "blocked by boxes on Monday morning. Please keep the exit clear at all times.",
        "You picked up the Hendricks account when Jo left and kept the client. Your weekly summaries to them have "
        "become one-liners, and they asked for more detail. Go back to the full template.",
        "Pedro cut the month-end close from eight days to five. He approved two invoices above his limit without a "
        "second signature. He needs to route those to me.",
        "Your onboarding guide is now used by every team in the building. The section on expenses is out of date and "
        "sent two new hires to the wrong form; please revise it this month.",
        "Zara settled the patient's family during a very hard night shift. Her charting for that shift was incomplete, "
        "and the day team had to call her at home. Complete the charts before you leave, even on busy nights.",
        "You brought the vendor dispute to an agreement in one meeting. You also agreed to a payment date finance "
        "cannot meet. Check with finance before you commit to dates.",
        "Kenji built the dashboard the sales leaders now open every morning. It still takes two minutes to load, and "
        "people have started exporting to spreadsheets instead. Can you look at the query speed this sprint?",
        "You took the notes at the offsite and captured every decision. The notes went out three weeks later, after "
        "most actions were already overdue. Next time, send them within two days.",
    ],
    "closers": [
        "Thank you for staying late on Thursday to finish the grant report. We submitted it on time, and the foundation approved it this week. I look forward to working with you on the next one.",
        "Thanks for covering my shift on Saturday. The patients were well looked after, and I came back to tidy notes. Please let me know if I can return the favour.",
        "I wanted to thank you for the way you handled the upset customer at the front desk yesterday. She left calm and wrote a kind review. Keep up the great work!",
        "Your presentation at the sales kickoff was excellent. Several reps told me they finally understand the new pricing. Please pass on my thanks to your team as well.",
        "You did a wonderful job organising the holiday party. Everyone had a great time, and we stayed within budget. Don't hesitate to ask if you need help with next year's.",
        "I can't thank you enough for your help during the system outage. You stayed calm, kept the customers informed, and we lost no orders. I couldn't have done it without you.",
        "Thank you for mentoring Jake this quarter. He is now running his own accounts, and his clients love him. I hope you'll continue to mentor new hires going forward.",
        "Your report on the supplier audit was thorough and clear. It helped us avoid a costly mistake with the new contract. I'm grateful for your attention to detail.",
        "Although it was only your second week, you led the client demo and the client signed on the spot. Well done.",
        "The last few months have been difficult for the whole team, but you kept everyone focused and we hit our targets. Thank you.",
        "Thank you for taking on the difficult conversation with the vendor. You were firm but fair, and they agreed to our terms. That was not an easy task.",
        "I was worried about the launch, but your planning made it go smoothly. Not a single customer complaint came in. Great job.",
        "Sorry it has taken me so long to write this. I wanted to say how much I appreciated your help with the move. Nothing was too much trouble for you.",
        "You never fail to bring energy to our meetings, and your ideas for the newsletter doubled our readership. Thank you.",
        "Thanks for jumping in on the bug that was breaking the checkout page. You fixed it within an hour and no orders were lost.",
        "You answered every one of my questions patiently during my first week, even when I asked the same thing twice. I really appreciate it.",
        "Dear Maria, on behalf of the whole department, thank you for your years of service. Your kindness to patients and colleagues will be missed.",
        "Thank you for your hard work on the audit. In the future, I would love to have you lead the next one.",
        "Your work on the migration was outstanding. Going forward, I'd like you to share your approach with the other teams.",
        "We had a lot of problems with late deliveries last year. Thanks to your new scheduling system, they are a thing of the past.",
        "I know the deadline was tight and the requirements kept changing, but you delivered a product our customers love. Thank you.",
        "Thank you for speaking up in the meeting about the safety issue. Because of you, we fixed the problem before anyone was hurt.",
        "You handled a very angry caller with patience and professionalism today. She ended the call thanking you. Well done.",
        "Your patience with our slower learners has made a real difference; three of them passed the exam this term.",
        "I wanted to recognise the extra hours you put in during the busy season. We could not have met our deadlines without you.",
        "Thank you for the beautiful care you gave my mother in her last days. The nurses on your ward never made us feel like a burden.",
        "Great catch on the error in the invoice. It would have cost us thousands if it had gone out.",
        "You did a great job on the report. Can you send me the final version so I can share it with the board?",
        "Your slides were clear and well organised. If you have time, could you walk the new analysts through them next week?",
        "Thank you so much for your help with the conference. I hope we can work together again soon.",
        "Thank you for running the food drive. We collected over 2,000 cans, the most in five years. Please don't hesitate to call on me for next year's drive.",
        "I just wanted to say thanks for your help with the payroll close. We could not have finished on time without your reconciliations.",
        "Your calm voice during the fire drill kept the children settled, and the building was cleared in four minutes. You will be missed when you move to the new school.",
        "The printer queue was jammed for most of Monday morning. Thanks to your quick fix, the exam papers went out on time.",
        "You went above and beyond for the Patel family this week. They told me they felt heard for the first time. I hope you'll keep bringing that care to every family you meet.",
        "Congratulations on passing your certification on the first attempt. I'd love for you to share your study plan with the two new starters.",
        "Thank you for volunteering to take minutes at every board meeting this year. The minutes were accurate and always out within a day. I look forward to working with you again in the new year.",
        "What a great job you did on the warehouse reorganisation! Orders now leave an hour earlier. Keep it up.",
        "Your quick thinking when the projector failed saved the presentation; you switched to the handouts and nobody lost the thread. Don't ever be afraid to improvise like that.",
        "Thanks for your patience with me during my first month. You answered every question, and I would not have settled in so fast without you.",
        "Mrs. Alvarez asked me to pass on her thanks for the care you gave her husband after surgery. She said nothing was ever too much to ask.",
        "Thank you for organising the team lunch. It was a lovely afternoon, and it was good to see the new starters join in. Let's make it a regular thing.",
    ],
    "corrected": [
        "Thanks for finishing the grant report on time. Don't forget to copy finance on the final version next time; they had to ask for it twice.",
        "Your slides were clear and well organised. The handout still had last year's numbers, though, so please check them before the next meeting.",
        "Great work on the launch. The support team was not told about the new prices, and they had to improvise with customers. Brief them before the next release.",
        "You did a nice job with the new starters' induction. Some of them couldn't log in on day one because the accounts were not requested in time. Request the accounts a week ahead from now on.",
        "The client loved your proposal. It went out without the legal terms, and we had to send a second version. Please attach the terms going forward.",
        "Thank you for covering the help desk on Friday. Three tickets were closed without a reply to the user. Make sure each ticket gets a reply before you close it.",
    ],
    "control": [
        "Your report arrived two days after the deadline, and the finance team had to delay the forecast. Please send "
        "it by the 5th next month.",
        "In Tuesday's meeting you interrupted Aisha three times, and she stopped sharing her ideas. Let her finish "
        "before you respond.",
        "The deployment on Friday skipped the checklist and took the site down for an hour. Follow the checklist for "
        "every release.",
        "You have not been clear with the client about the timeline, and they now expect delivery in May. Call them "
        "this week to reset expectations.",
        "Your estimates were off by about 40% on the last three projects, which meant overtime for the team. For the "
        "next project, break the work into smaller tasks before you estimate.",
        "The handover notes were too brief to be useful, and the night shift had to call you twice.",
        "He rarely answers emails from the field teams, so they escalate to me instead. I'd like him to reply within a "
        "day.",
        "Your slides were hard to follow and the client asked for a second meeting. Cut them to ten and lead with the "
        "recommendation.",
        "Going forward, I'd like you to send the draft to legal before it goes to the client. Last week's version went "
        "out with the wrong terms.",
        "The code you merged yesterday had no tests and broke the nightly build.",
        "You could have told me about the budget overrun sooner; now we have to ask for more money mid-year.",
        "Sales figures for your region have dropped three months in a row. Let's meet Thursday to plan how to turn it "
        "around.",
        "You kept the customer waiting for twenty minutes while you finished your break, and she left without buying "
        "anything.",
        "Your work on the proposal was not up to the standard we agreed. Redo the cost section by Friday.",
        "The invoice run failed on Monday because the supplier file was not uploaded. Upload it by Friday noon each "
        "week.",
        "You promised the client a call back on Wednesday and nobody called. They have now escalated to the director.",
        "Three of the five safety checks on your shift were signed but not done. This has to be done properly from "
        "tonight.",
        "Your reply to the customer was two lines long and did not answer her question about the refund.",
    ],
    "lacking": [
        "The handover notes you left on Friday were too brief for the night team to follow.",
        "Your handover notes were too brief, and the night shift had to call you twice.",
        "The report was signed but not done.",
        "The quarterly report was late again.",
        "Your status update was too long; nobody on the steering group read past the first page.",
        "His test coverage on the billing module is not enough to catch regressions.",
        "The documentation Marco wrote for the API is incomplete.",
        "Three of your expense claims from March are still open.",
        "Her replies to the support queue were too slow last month.",
        "The risk section of your proposal was insufficient for the board.",
        "The slides you sent for Monday's review were unfinished.",
        "The safety checklist for the night shift was signed but not checked.",
        "Your timesheet for October is missing.",
        "The onboarding pack she prepared was too generic for the new engineers.",
        "His estimates for the migration were too optimistic by about a month.",
        "The minutes from Tuesday's meeting were never sent, and the actions are still open.",
        "Your code review comments on Ana's pull request were too harsh.",
        "The invoice run you owned was late by three days.",
        "The draft contract he sent to legal was incomplete, with two schedules missing.",
        "The training plan was agreed but not started.",
        "Your answers in the client workshop were too vague to act on.",
        "The audit evidence for the second quarter is still outstanding.",
    ],
    "outside": [
        "The weather was too hot for the outdoor event, but you moved it inside within an hour and everyone stayed.",
        "The old intake form was too long, so Carlos rewrote it on one page and patients now finish it in five minutes.",
        "The vendor's delivery was late, but Priya found a local supplier and the launch went ahead on time.",
        "When the report from finance was incomplete, you filled the gaps yourself and the board had it on Monday.",
        "The client said \"this is too expensive\", and you walked them through the savings until they signed.",
        "The budget was too tight for a new hire, so Ana automated the weekly export herself and saved ten hours a week.",
        "The room was too small for forty people, and you found a bigger one the same afternoon.",
        "Our legacy system was too slow for the holiday peak; Jonas moved it to the new cluster and orders flowed all week.",
        "The deadline was too short for most teams, yet you delivered the audit pack on time.",
        "The handover from the previous owner was incomplete, but Mei rebuilt the runbook from the logs in two days.",
        "The supplier's data was missing for three regions, so you called each branch and the report went out complete.",
        "The training budget was not enough for everyone, so Kwame ran the sessions himself, and thirty people attended.",
        "The backlog was still open from last year when Lena joined, and she cleared it by March.",
        "The old dashboard was too cluttered to read, so you redesigned it and the managers now use it every morning.",
        "The ticket queue was too long after the outage, and Daniel stayed until every customer had an answer.",
        "The specification from the client was incomplete; Rosa asked the right questions and the build was right first time.",
        "Although the brief was too vague, Tom's first draft was approved without changes.",
        "The printer in the office was broken again, and you set up a shared drive so nobody lost a day.",
        "The contract from the other firm was late, so Sofia prepared both versions and we signed on the day.",
        "The night bus was too slow for the shift change, so Aisha organised a car pool that everyone now uses.",
        "The traffic was too heavy on Friday, but you still arrived first and set up the room.",
        "The first batch of samples from the lab was missing, and you rushed a second set that arrived in time.",
    ],
}

# Written after the method, never tuned on: the check that the method, not the first probe set, was fitted.
FRESH: dict[str, list[str]] = {
    "dev": [
        "Ahmed's pitch to the hospital group won us the three-year contract. For the next bid, he might lead the pricing workstream as well.",
        "You trained all twelve new agents on the refund policy in two weeks, and complaints about refunds fell sharply. I'd love for you to build a short refresher course for the rest of the floor.",
        "Greta secured the venue, the speakers and the catering for the conference within budget. Next spring she could take on the sponsorship side too.",
        "Your article in the staff newsletter was the most-read piece of the year. You might consider writing a regular column.",
        "Thanks for stepping in at the Leeds branch. You reopened it on schedule after the flood. As a next step, you could document the recovery plan for the other branches.",
        "Paolo delivered the data warehouse migration two weeks early, and the analysts had their reports on day one. He could share what he learned at the engineering all-hands.",
        "You resolved 40 billing disputes last month, more than anyone else on the team. It would be great to see you coach Lin on the trickier ones.",
        "Yara's new triage checklist cut waiting times in the clinic by 20 minutes. She could also present it at the regional nursing forum.",
        "Oscar organised the volunteer day and 80 staff took part. Next year, it would be nice to involve the warehouse team as well.",
        "Your forecast for the third quarter was within 2% of the actual figures. Going forward, you could extend the model to cover the European markets.",
        "Hui Min rebuilt the customer portal and logins doubled within a month. Her next project could be the mobile version.",
        "You negotiated a 15% discount with our main supplier. Let's explore whether you could lead the other supplier reviews this year.",
    ],
    "solved": [
        "When the main server failed during the product launch, you moved the site to the backup in ten minutes and we lost no orders.",
        "The expense reports were often weeks overdue last year. Since Bea took over the process, every report has been filed within five days.",
        "Despite the tight deadline and a change of scope halfway through, Amir shipped the app on the agreed date.",
        "Our donor database was full of duplicates. Ines cleaned it up over the summer, and the mailing costs dropped by a third.",
        "A customer arrived angry about a lost parcel; you listened, traced it in minutes, and she left smiling.",
        "Although the audit raised twelve findings, Colm closed all of them before the follow-up visit.",
        "The night shift had been short-staffed for months. You reorganised the rota so that every shift now has two senior nurses.",
        "Esther never misses a handover, and her notes are the ones the day team asks for by name.",
    ],
    "cueless": [
        "Rania signed three new distributors this quarter. Her expense claims, though, arrive weeks late and finance has to chase her. Please submit them by the fifth of each month.",
        "You migrated the payroll system without a single missed payment. The documentation you left is a page of notes that nobody else can follow. Write a proper runbook before the end of the month.",
        "Tobias redesigned the warehouse layout, and picking errors halved. He skipped the safety sign-off for the new racking, which the inspector noticed. I need him to get sign-off before any layout change.",
        "Your team hit every delivery date in the second half. You cancelled three of your one-to-ones with Dami, and she feels ignored. Put them back in the calendar this week.",
        "Emre wrote the tender response in four days and we won the bid. He sent it to the client without the legal review, and we had to send a corrected version. Next time, route it through legal first.",
        "You closed the year-end accounts a week early. Two of the reconciliations were missing supporting documents, and the auditors flagged them. Attach the evidence to each reconciliation before you sign it.",
        "Nia recruited five engineers in a hard market. Two of the offer letters had the wrong start dates, and one candidate nearly withdrew. Please check each letter against the system before sending.",
        "You built the new reporting dashboard in a month. It shows last week's data as this week's, and two managers made decisions on the wrong numbers. Fix the date filter and tell the managers.",
        "Diego completed all of his certification modules ahead of the deadline. In client meetings he talks over the client, and the Kessler team asked for another contact. I'd like him to let clients finish before he answers.",
        "Your stall at the careers fair drew more students than any other. You left the stand unattended for an hour in the afternoon. Arrange cover before you take a break.",
    ],
    "control": [
        "The purchase order you raised on Monday went to the wrong supplier, and the parts will now arrive a week late. Check the supplier code before you submit.",
        "You left the client's call unanswered for three days, and they complained to the account director. Return calls within one working day.",
        "Your timesheets for October were submitted after payroll closed, so the team was paid late. Submit them by the 25th.",
        "In the budget meeting you dismissed Omar's proposal before he had finished presenting it. Give colleagues the chance to finish.",
        "He shipped the update without running the regression tests, and two customers lost data.",
        "The slides for the board arrived an hour before the meeting, and nobody had time to read them. Send the pack two days ahead next time.",
        "You promised the customer a refund and then did not process it.",
        "Your last three reports were sent without the appendix the client asked for. Include it from now on.",
        "Lisa booked the training room for the wrong day, and fifteen people turned up to an empty room.",
        "You didn't tell anyone you would be out on Friday, and the store opened an hour late.",
    ],
    "lacking": [
        "Your monthly forecast was too rough for the finance team to use.",
        "The stock count he ran in the Leeds warehouse was incomplete.",
        "The welcome emails you drafted for new members are still pending.",
        "Her summary of the customer interviews was too short to be useful.",
        "The test scripts Omar wrote were not detailed enough for the contractors.",
        "Your onboarding checklist for the new site is overdue.",
        "The patient notes she wrote on Tuesday's ward round were unclear.",
        "The fire drill report was drafted but never submitted.",
        "Your feedback to the interns was too blunt, and two of them asked to move teams.",
        "The product descriptions he uploaded were too long for the mobile site.",
        "The reconciliation for the petty cash account is still missing.",
        "Your replies in the community forum were too slow over the holidays.",
    ],
    "outside": [
        "The venue's sound system was too quiet, so you borrowed speakers and the panel went ahead.",
        "The forecast from head office was incomplete, but Ivan rebuilt it from the branch data in a day.",
        "The car park was too full on launch day, and you arranged a shuttle from the station.",
        "The quote from the first contractor was too high, so Lucia found another and saved us £4,000.",
        "The old rota was too rigid for parents, so Hana introduced flexible shifts and sick days fell.",
        "The team's spreadsheet was missing half the orders when Felix took it over, and he rebuilt it in a week.",
        "The guest said the room was \"too cold\", and you moved her to a suite within ten minutes.",
        "The original timeline was too aggressive, so Yusuf renegotiated it and the project landed on time.",
        "The server room was too hot all summer, and you got the cooling fixed before any outage.",
        "The bids from the agencies were late, yet you still put the shortlist together for Monday.",
        "The shared inbox was still open to everyone, so Nora set up permissions and the leaks stopped.",
        "The hospital's referral letters were incomplete, and you called each clinic to fill the gaps.",
    ],
}


# Round 15 (tone by scope): drafts per class with their gold tone. SCOPE was written before the round's changes
# and used to find the classes (a concession, a growth area in passing, hedged criticism, a praise word wished
# for, a judging predicate of the work); SCOPE_FRESH was written after them and never tuned on (each class with
# innocent look-alikes of the opposite tone).
# written before the changes (development)
SCOPE: dict[str, tuple[str, list[str]]] = {
    "pos_concession": ("positive", [
        "Although Ravi joined the support team only in August, he already answers the billing questions "
        "nobody else wants, and customers mention him by name in their surveys.",
        "Though the supplier cancelled twice, you still got the new racking installed before the stocktake, "
        "and the count finished a day early.",
        "Even though she was covering two wards that week, Hana kept every medication round on time and the "
        "night staff said handovers had never been clearer.",
        "While the launch date was tight, your release notes were clear and complete, and sales had nothing "
        "to ask us afterwards.",
        "Despite a rough start with the new booking system, Leo now trains the weekend staff on it and "
        "bookings errors have dropped to almost none.",
        "Although it was his first audit, Omar prepared every file the inspectors asked for and they finished"
        " a day ahead of plan.",
    ]),
    "pos_remedy": ("positive", [
        "Your walkthrough at the Tuesday stand-up cleared up months of confusion about the deploy process; "
        "two teams switched to the new pipeline that week.",
        "Mei spotted the duplicate payments in the March run before they went out, which saved us from "
        "refunding forty suppliers.",
        "You untangled the permissions mess on the shared drive, and nobody has been locked out of a folder "
        "since.",
        "Carla got rid of the bottleneck at the loading bay by staggering the delivery slots, and trucks now "
        "wait under ten minutes.",
        "Thanks to Ben's new checklist, the recurring billing mistakes stopped after the first week.",
        "You calmed a very upset family in the waiting room on Saturday and they later wrote to thank the "
        "whole ward.",
    ]),
    "pos_continue": ("positive", [
        "You continue to set the standard for code reviews on the team: your comments on the payments "
        "refactor were specific and kind, and the author merged within a day.",
        "Sofia keeps finding ways to make the intake calls shorter; this month she cut them from fifteen "
        "minutes to nine. Keep it up!",
        "Your weekly summaries are read by the whole department. Please keep writing them exactly as you do.",
        "Dev consistently double-checks the dosage charts before each shift, and our ward has had no dosing "
        "incidents this year.",
        "I hope you'll continue mentoring the interns the way you did this summer; all three said your "
        "sessions were the highlight.",
        "You never let a customer leave without an answer, and our repeat-visit numbers show it.",
    ]),
    "mixed_growth": ("mixed", [
        "Your client presentations are polished and persuasive. One area to grow is delegating: you still "
        "build every slide yourself, which kept you at work late three nights last week.",
        "Amir's tickets are always well documented. His estimates, though, have slipped on the last three "
        "sprints, so let's look at how he sizes work.",
        "Great energy in the workshop on Monday, and the group clearly enjoyed it. The timing ran over by "
        "twenty minutes, so next time plan fewer exercises.",
        "You write thorough reports, and finance trusts your figures. They would be even stronger with a one-"
        "page summary up front, because the directors rarely read past page two.",
        "Nina is a reliable teammate and her test coverage is excellent. She could speak up more in design "
        "reviews; twice this month she raised a valid concern only after the decision was made.",
        "Thank you for covering the front desk during the strike. A few callers were left on hold for a long "
        "time, so please set the voicemail message when you step away.",
    ]),
    "mixed_hedged": ("mixed", [
        "Jo is friendly with customers and knows the product well. Perhaps she could be a little more careful"
        " with the cash count; it was short twice in October.",
        "Your designs are creative and the client loved the new logo. It might help to check the print specs "
        "earlier, as the first proofs came back in the wrong size.",
        "He handled the migration well overall. I'm not sure the rollback plan was tested enough, and we were"
        " lucky nothing failed.",
        "You were a great help at the conference booth. Maybe try to arrive a bit earlier, since the stand "
        "was not set up when the doors opened.",
        "Kim's research notes are detailed and useful. They are sometimes hard to find, though, because they "
        "end up in personal folders rather than the shared drive.",
        "The new onboarding guide is clear and well organised. It's a bit long, and a couple of new starters "
        "said they skipped the second half.",
    ]),
    "cons_plain": ("constructive", [
        "This approach is inefficient and creates extra work for the night shift.",
        "The weekly report arrived two days late again, and the board had to postpone its review. Please send"
        " it by Thursday noon.",
        "Your comments in the design review came across as dismissive, and Priya stopped contributing. Next "
        "time, ask a question before you disagree.",
        "Pallets were stacked in the fire exit on Monday. That blocks the escape route; please clear it "
        "before the end of each shift.",
        "It would be great if you could answer client emails within a day; three clients chased us last week.",
        "I'd like you to be more proactive about flagging risks; we only heard about the vendor delay when it"
        " was too late to act.",
    ]),
    "cons_hedged": ("constructive", [
        "You might want to double-check the invoice totals before sending them; two went out with the wrong "
        "VAT last month.",
        "I wonder whether the handover notes could include the open tickets, since the morning team keeps "
        "missing them.",
        "The meeting minutes were a little thin this time and people were unsure about the actions. Could you"
        " list the owners next time?",
        "It's not quite clear from your plan who owns the testing, and that worries me before the release.",
        "Going forward, please loop me in before you change a supplier's payment terms.",
        "Try to keep the customer updated while you wait on the warehouse; Mrs Lee called three times on "
        "Friday.",
    ]),
}

# written after the changes, never tuned on
SCOPE_FRESH: dict[str, tuple[str, list[str]]] = {
    "litotes_praise": ("positive", [
        "Since Ana took over the rota, the weekend cover has never been smoother and nobody has worked a "
        "double shift.",
        "Whenever I came to you with a last-minute change to the brochure, nothing was too much trouble, and "
        "it still went to print on Friday.",
        "The auditors told us our records had never been tidier than after your clean-up in May.",
        "No question from the new starters was too basic for Olu; he walked each of them through the ordering"
        " screen twice.",
        "Your training notes could not have been clearer, and all six trainees passed the till test first "
        "time.",
        "The client said the hand-off meeting could not have gone better thanks to the agenda you sent the "
        "day before.",
    ]),
    "litotes_lookalike": ("constructive", [
        "Kofi's second draft of the contract was no better than the first; the payment clause is still "
        "missing.",
        "Your meeting notes are not any clearer since we last talked, and the team still can't tell who owns "
        "each action.",
        "You were not too helpful when the auditor asked for the March receipts, and she had to ask me "
        "instead.",
    ]),
    "setting_third": ("positive", [
        "The courier's van broke down on the way to the fair, but Malik borrowed a trailer and the stand "
        "opened on time.",
        "Our booking software was down for most of Tuesday; Irene took every reservation by phone and no "
        "table was double-booked.",
        "The venue's projector failed ten minutes before the keynote, so Dario ran the slides from his laptop"
        " and nobody noticed.",
        "The supplier's invoices were a mess after their system change, but Greta matched every one of them "
        "to our orders by Friday.",
        "The council's permit arrived a week late, yet Hamid still had the scaffolding up before the roofers "
        "came.",
    ]),
    "setting_lookalike": ("constructive", [
        "Malik's stand was not ready when the fair opened, and the first visitors walked past it.",
        "The rota Irene published on Monday was wrong for three nurses, and two of them turned up on their "
        "day off.",
        "The slides Dario prepared were incomplete, so the keynote ran without the sales figures.",
    ]),
    "condition_praise": ("positive", [
        "Lucia checks with the pharmacist if she isn't sure about a dose, and her ward has had no dosing "
        "errors this year.",
        "He always asks a colleague to review the wiring plan if he hasn't worked on that model before, and "
        "his installations pass inspection first time.",
        "If you didn't know an answer on the helpline, you said so and called the customer back within the "
        "hour, which they told us they appreciated.",
    ]),
    "condition_lookalike": ("constructive", [
        "Lucia doesn't check with the pharmacist even when she is unsure about a dose, and last week a "
        "patient got the wrong strength.",
        "You didn't call the customer back after the helpline call, and she complained to the branch manager "
        "on Friday.",
    ]),
    "wished_or_verb": ("constructive", [
        "I want you to be more decisive in the morning huddle; on Monday the team waited twenty minutes for a"
        " call on the rota.",
        "We need Pavel to become more careful with the stock counts, because the last two were off by over a "
        "hundred units.",
        "Please clean up the shared folder before Friday; the auditors could not find the signed contracts.",
        "Calm down before you reply to the client, and send the draft to me first.",
    ]),
    "wished_lookalike": ("positive", [
        "I want to thank you for being so calm with the angry caller on Thursday; she ended the call by "
        "thanking you.",
        "Clean, well-tested code again on the payments module, and the release went out without a single "
        "rollback.",
    ]),
    "judged_work": ("constructive", [
        "This filing system is chaotic and the auditors spent a whole day looking for two contracts.",
        "Your slides for the board were disorganised, and the chair had to stop you twice to ask where the "
        "budget was.",
        "That reply to the supplier was rude, and they have asked to deal with someone else.",
        "The way you handled the refund was unfair to the customer; please apply the policy as written.",
    ]),
    "judged_lookalike": ("positive", [
        "The old expenses form was confusing, so you rebuilt it and queries to finance have halved.",
        "The weather on the open day was dreadful, but you moved the tours indoors and every visitor got one.",
    ]),
    "unowned_problems": ("positive", [
        "Femi always logs risks and issues in the project register before the weekly call, so the sponsors "
        "are never surprised.",
        "She always reads the incident reports from other sites and brings the lessons to our team meeting.",
    ]),
    "unowned_lookalike": ("constructive", [
        "He always makes errors in the monthly invoices, and finance has to correct them by hand.",
    ]),
}


# written after the prohibition and 'couldn't do it without you' changes, never tuned on; verb_verdict is the
# class of a rule tried and dropped (a verb VADER rates low said of the work: 0/3 here, and it broke a look-alike)
SCOPE_FRESH2: dict[str, tuple[str, list[str]]] = {
    "indispensable": ("positive", [
        "Thank you for running the stall at the spring fair. We couldn't manage it without people like you, "
        "and the school raised more than ever.",
        "Your spreadsheet of the donor list saved the appeal; we wouldn't get the letters out on time without"
        " you.",
        "The night team says they could not cope with the winter rush without Gemma on the rota.",
    ]),
    "indispensable_lookalike": ("constructive", [
        "We couldn't close the month because your figures arrived late again; please send them by the third "
        "working day.",
    ]),
    "prohibition": ("constructive", [
        "You cannot leave the till open when you step away from the counter; lock it every time.",
        "You must not give patients' phone numbers to callers, even when they say they are family.",
        "You can't park the forklift in the fire lane, and the inspector noticed it twice this week.",
    ]),
    "prohibition_lookalike": ("positive", [
        "You can't imagine how much the family appreciated your visit on Sunday.",
        "You shouldn't have to stay late to finish the rota, and thanks to your new template nobody does any "
        "more.",
    ]),
    "verb_verdict": ("constructive", [
        "Your handover to the night shift really sucked; they spent an hour finding the open tickets.",
        "His pitch to the board bombed, and they asked us to come back next quarter.",
        "Your comments in the design review hurt Lena, and she has stopped sharing drafts.",
    ]),
    "verb_verdict_lookalike": ("positive", [
        "Your quick reply calmed the client, and she renewed the contract the same day.",
        "Your new checklist killed the duplicate orders problem within a week.",
    ]),
}


# written after the 'still needs reminders' change, never tuned on
SCOPE_FRESH3: dict[str, tuple[str, list[str]]] = {
    "needs_prompting": ("constructive", [
        "Marta still needs reminders to log her mileage, and finance paid her claims late twice this quarter.",
        "You need constant supervision on the lathe; on Tuesday you skipped the guard check again.",
        "He required several reminders before the safety training was done, and the site audit flagged it.",
    ]),
    "needs_prompting_mixed": ("mixed", [
        "Your lesson plans are creative and the pupils love the science club. You still need reminders to "
        "enter the marks before the deadline.",
    ]),
    "needs_lookalike": ("positive", [
        "Since June, Theo hardly needs any reminders about the cleaning rota, and the kitchen passed its "
        "inspection.",
        "Kamal trained the new cashiers so well that none of them needed supervision after their first week.",
        "The interns needed a lot of guidance at first, so you paired each of them with a buddy and they now "
        "run the stand-up themselves.",
    ]),
}


def tuning_confusion(rules) -> tuple[Counter, Counter, int, int]:
    """Gold -> read confusion over every tuning half: (final reading, the rules alone), correct, total."""
    final: Counter = Counter()
    alone: Counter = Counter()
    right = total = 0
    for name in ROUNDS:
        for item in tuning_items(ROOT / "evals" / name / "feedback.jsonl"):
            got = review_feedback(item["text"], rules=rules).polarity
            bare = review_feedback(item["text"], rules=rules, learned=False).polarity
            total += 1
            right += got == item["polarity"]
            if got != item["polarity"]:
                final[f"{item['polarity']}->{got}"] += 1
            if bare != item["polarity"]:
                alone[f"{item['polarity']}->{bare}"] += 1
    return final, alone, right, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every probe draft read wrongly")
    args = parser.parse_args()
    rules = load_feedback_rules()
    for title, probes in (("probe set", PROBES), ("fresh set", FRESH)):
        wrong_all = 0
        for kind, drafts in probes.items():
            gold = GOLD[kind]
            read = Counter(review_feedback(t, rules=rules).polarity for t in drafts)
            wrong_all += len(drafts) - read[gold]
            print(f"{title} {kind:8} gold {gold:12} right {read[gold]:2}/{len(drafts)}  read as {dict(read)}")
            if args.list:
                for t in drafts:
                    got = review_feedback(t, rules=rules).polarity
                    if got != gold:
                        print(f"    -> {got}: {t}")
        print(f"{title}: drafts read wrongly {wrong_all}/{sum(len(d) for d in probes.values())}")
    for title, scoped in (("scope set", SCOPE), ("scope fresh set", SCOPE_FRESH), ("scope fresh set 2", SCOPE_FRESH2),
                          ("scope fresh set 3", SCOPE_FRESH3)):
        wrong_all = 0
        for kind, (gold, drafts) in scoped.items():
            got = [review_feedback(t, rules=rules).polarity for t in drafts]
            read = Counter(got)
            wrong_all += len(drafts) - read[gold]
            print(f"{title} {kind:19} gold {gold:12} right {read[gold]:2}/{len(drafts)}  read as {dict(read)}")
            if args.list:
                for t, polarity in zip(drafts, got, strict=True):
                    if polarity != gold:
                        print(f"    -> {polarity}: {t}")
        print(f"{title}: drafts read wrongly {wrong_all}/{sum(len(d) for _, d in scoped.values())}")
    final, alone, right, total = tuning_confusion(rules)
    print(f"tuning halves: polarity {right}/{total}; confusion {dict(sorted(final.items()))}; "
          f"rules alone {dict(sorted(alone.items()))}")


if __name__ == "__main__":
    main()
