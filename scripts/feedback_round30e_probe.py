"""Round 30 probe (brief FL): criticism told by structure without a fault word, and its look-alikes; labelled before any run.

Rows of scripts/feedback_round30e_probe.tsv (written for the probe in the manner of the public pages named in each
row's ``source``: negative-review examples, constructive-feedback guides, pages on unhelpful one-line feedback), by
class; every row is scored on polarity ('critical': constructive or mixed):

- TP (8): the person said to have a quality to an excess degree ("You're too quiet in the weekly planning meetings",
  "Priya is far too cautious when she prices new jobs"): criticism, whatever the adjective's own valence.
- TL (10): look-alikes: the excess denied ("never too busy to help", "not too proud to ask"), 'too' meaning also
  ("and a patient one too"), an excess of a circumstance the person met ("The queue was too long on Monday, so you
  opened the second till"), praise idioms ("you're too kind", "too good to lose", "Nothing is too much trouble").
- NM (6): the person's work said to need more of something ("Your proposal needs more evidence behind the cost
  figures", "Needs more detail in the handover notes", "could use more examples"): a lack, criticism.
- NL (6): look-alikes: a need of a place, the customers or the team that the person met ("The new site needs more
  staff, so you trained four agency workers"), "The team needs more people like you", "We could use more of this".
- IC (6): a bare imperative asking for an act faster, slower, sooner or earlier ("Respond faster.", "Drive slower in
  the yard."): a change asked for, criticism (main's degree demand, round 30 FB, takes them).
- IL (6): look-alikes: the comparative of an act done ("You responded faster than anyone"), or asked to go on.
- MI (6): a word formed with the prefix mis- ('wrongly', on a verb: mispick, mislabel, misroute, miscount, miskey,
  misfile) naming the person's error ("Your mispick rate went up from 0.4% to 1.8%"): criticism.
- ML (6): look-alikes: a mis- measure falling, words that only begin with 'mis' (mission, miscellaneous), a mis-
  problem spotted, fixed or denied.

Written after the first change (a mis- word denied after "Not one parcel came back as" read as criticism: the negation
reached five words only), labelled before their own run, run on the branch before the second change as well:

- NQ (4): a negated quantifier in the subject denies the whole clause ("Not a single order you packed in March went
  out to the wrong address", "Not one of the invoices you raised this quarter was paid late"): praise.
- NX (4): look-alikes: the person's own act negated with a quantifier ("You did not check a single label before
  loading"), a count of checks not done ("Not one of the five safety checks on your list was signed off"): criticism.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30e_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30e_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

rows, run, main = probe_io.bind_script(__file__, __doc__, ("TP", "TL", "NM", "NL", "IC", "IL", "MI", "ML", "NQ", "NX"))

if __name__ == "__main__":
    main()
