"""Round 30 probe (brief FC): well-formed drafts stay clean; flawed look-alikes keep their finding.

Rows of scripts/feedback_round30h_probe.tsv (drafts written for the probe in our own words after the form of public
SBI/SBII examples, sample reviews and peer-feedback posts whose address is in the row's source, from occupations no
dev set uses; labelled before any run). All six kinds are scored: a row is right when its findings are exactly
``kinds`` ('-': none at all), missing_action and vague are present as ``action`` and ``vague`` say, and the polarity
agrees ('critical': anything but positive).

Well formed, must stay clean (47):

- WP (15): praise with a situation, the person's act and its effect on others: positive, no findings.
- WC (14): criticism with a situation, the act, its effect and a next step asked of the person: no findings.
- WM (14): praise, then one development point with its effect and a next step: no findings.
- PN (4): praise recounting a problem the person found or fixed ("spotted a weeping fuel line ... and isolated it",
  "the judges have not had to adjourn once"): positive, no findings.

One flaw each, must keep it (17):

- FA (5): WC/WM drafts with the step removed or given to the writer or another party: missing_action.
- FT (6): an absolute ("You never check ..."), a trait ("You are careless") or harsh words ("a total amateur job")
  inside an otherwise well-formed draft.
- FV (3): praise or criticism that names no behaviour: vague.
- FI (3): an act with no effect on anyone: missing_impact.

First run on main 9133526: WP 11/15, WC 11/14, WM 14/14 (polarity 12/14), PN 3/4; the flawed rows FA 1/5, FT 2/6,
FV 0/3, FI 1/3 (their extra findings are missing_impact or vague besides the labelled one, or criticism read as
praise: not this brief's class). The needless findings on praise were missing_action after praise read as
criticism: a problem in what the person found (h47 "you noticed the trapdoor bolt was loose", h02 "a bearing that
was not on the checklist"), a problem kept away (h13 "the only carrier ... without a cancellation", h02 "instead of
after a failure"); the rest (h08 "Nothing landed near the fence", h12 "the first visit she had not dreaded"; WC
h16/h25/h29 missing_impact on a complaint or loss told without a link word) were left.

Second pass (16 rows, written and labelled after the first change, before running them):

- DF (4): a problem in the object or complement of the person's discovery verb ("you found the loading bay shutter
  was not fully down"): clean, positive. DL (4): another party or the writer found it, or the person found it "but
  did not report it": criticism.
- WO (4): a problem kept away ("without a single breakage or missing box", "overnight instead of during a school
  run"): clean, positive. WL (4): "without" before what the person left out ("without a lifting plan"), "Instead of
  fixing the brake fault": criticism.

Main: DF 3/4, DL 2/4, WO 2/4, WL 4/4; branch: DF 4/4, DL 2/4 (h70, h72: criticism told as another's finding after the
person's act, read as praise on main too), WO 3/4 (h76 "without a breakdown": 'breakdown' is no problem word), WL 4/4.

Third pass (6 rows, written and labelled after the commit of the change, before running them): harder look-alikes,
DL (3) the person found a problem of their own making or found it too late ("you found the invoice you had sent was
missing two line items", "You only noticed the vaccine fridge was warm at the end of your shift", "You caught the
error ... too late"), DF (1), WO (1), WL (1, "without a tag check"). Main and branch both 6/6.

    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30h_probe.py          # figures per class
    PYTHONPATH=$PWD .venv/bin/python scripts/feedback_round30h_probe.py --list   # every wrong reading
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import feedback_kind_probe_io as probe_io  # noqa: E402

PROBE = Path(__file__).with_suffix(".tsv")
SCORED = ("vague", "trait", "absolute", "missing_impact", "missing_action", "harsh")
CLASSES = ("WP", "WC", "WM", "PN", "FA", "FT", "FV", "FI", "DF", "DL", "WO", "WL")

rows, run, main = probe_io.bind(PROBE, CLASSES, SCORED, __doc__.splitlines()[0])

if __name__ == "__main__":
    main()
