"""Round 29b bias probe: recall on realistic review paragraphs, by form, and the innocent look-alikes.

    PYTHONPATH=$PWD .venv/bin/python scripts/bias_round29b_probe.py [-v]

Rows in scripts/bias_round29b_probe.tsv, written in the engineer's own words after the outside page named in column
``source`` (or as a look-alike of the engineer's own), labelled before the analyzer ran on them and before any change
of this pass; none is from evals/. Sets that must be flagged (column ``judgement`` holds the span; correct: a flag of
the category overlapping it):

CR a circumstance named as the reason for a decision about the person (getting married, an age in years, retirement
   ahead, a headscarf, the reviewer's own church, a wife, a divorce, children at home, anxiety, a second language).
PT prove-it-again, tightrope and maternal-wall judgements (success put down to luck or to help, 'still needs to
   prove herself', 'too assertive', 'shrill', 'since she had the baby').
ID idioms and code words matched by form with inflection (ableist idioms, Native-American-origin idioms, 'manning').
MT paragraphs with two biased terms of different categories: one row per term, both must be flagged.

Look-alikes that must stay clean (every flag is a false flag): XC (the same circumstances told as plain facts or policy
terms), XP (luck, proof, leaving, credit without a judgement of the person), XI (the literal sense of the idiom's
words, a word as a plain name).

HF, HC are a fresh check set written after the first change ran on the sets above and labelled before it ran on
them, in other wording: HF must be flagged (an accent, a wheelchair, 'At forty-nine', 'wouldn't know he has',
'needs to prove herself', 'spazzing', 'English is not her first language', and two two-term paragraphs), HC must be
clean (an accent wall, a wheelchair ramp, forty-nine minutes, a server restarted, a vendor's claims, callers'
first language, a sixty-page manual, a colleague's maternity leave, kosher catering, a Ramadan shift move asked for).

SF, SC are a second-pass set written after the first commit (d0abdd2) and labelled before it ran: SF (40 rows) must
be flagged (ableist insults and idioms, age idioms, racist-origin idioms, gendered idioms, gender-coded put-downs,
maternal-wall labels, appearance remarks), SC (20 rows) the innocent senses of the same words (a meds reminder app,
the right-hand column, constant updates, a meltdown scenario, dumb terminals, Chinese New Year orders).

MG, GC are a third-pass set on two predicates joined under one subject ("Ken is deaf in one ear and too old to
retrain"), written and labelled before the change for it ran: MG must be flagged (one row per term), GC must be clean
(an old forklift, a client's daughter too young, a pump too old, a busy member of a working group).

Printed per set: right/rows and false flags (flags outside the labelled span; every flag for look-alikes). In MT and
the two-term HF rows each row labels one of the two terms, so the other term's flag counts as a false flag there.

As measured, main 0b12b58 -> biasrec29: CR 7/10 -> 10/10; PT 4/6 -> 5/6 (left: success put down to help and
credit taken, no form that is not also plain criticism); ID 6/8 -> 8/8; MT 8/8 -> 8/8; XC 11/11 -> 11/11; XP 7/7
-> 7/7; XI 12/13 (1 false flag: 'went to the same university as the client's CTO') -> 13/13 (0); HF 6/11 -> 11/11;
HC 10/10 -> 10/10; SF 31/40 -> 34/40 (2 false flags both: 'young' beside the labelled 'energetic', 'tattoos';
left: 'dumb' and 'having a meltdown', which the project leaves to the innocent senses, 'over the hill' reported as
others' view, 'grandfathered', 'urban'); SC 20/20 -> 20/20; MG 4/6 (2 false flags) -> 5/6 (4: the other term of each two-term row; left: 'uses a cane',
no lexicon entry); GC 4/4 -> 4/4. All flagged sets 66/89 -> 81/89; all look-alikes 64/65 -> 65/65.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bias_span_probe_io as probe_io  # noqa: E402

TSV = Path(__file__).with_suffix(".tsv")
SETS = ("CR", "PT", "ID", "MT", "XC", "XP", "XI", "HF", "HC", "SF", "SC", "MG", "GC")
CLEAN_SETS = ("XC", "XP", "XI", "HC", "SC", "GC")

rows, judge, figures, main = probe_io.bind(TSV, SETS, CLEAN_SETS)

if __name__ == "__main__":
    main()
