"""Score the round-35 FBC probe (evals/probes/round35/fbclean35.jsonl): praise words in uses that evaluate nothing.

Each row is outside text with ``role`` ``class`` (a lexicon word in a use that evaluates nothing) or ``lookalike`` (the
same words in their evaluative use), its ``group`` and the ``polarity`` written for it before any run. Groups:
``praise_sense`` and ``farewell_missing``: a praise-lexicon word ("as well as", degree "well behind", a verb with its
object, a classifier before a made thing, 'clear' of a fact or a way) or the farewell "will be missed" read from "will be
missing"; ``rest_break``: the criticism word 'break' in its sense of a rest; ``digit_object``: an instruction whose
object opens with a one-digit number ("Move the 3 stale exemplars ...").

Figures per role: the word read as expected (praise groups: class, no sentence counts praise, look-alike, some sentence
does; rest_break: class, no sentence counts criticism, look-alike, some sentence does; digit_object: a next step is
found), polarity as expected (praise groups: class constructive, look-alike positive or mixed; rest_break and
digit_object: the label) and polarity equal to the label.

    PYTHONPATH=$PWD python scripts/feedback_round35_praise_probe.py [--rows]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.review import _analyse
from assistant.analyzers.feedback.rules import load_feedback_rules

PROBE = Path(__file__).resolve().parent.parent / "evals" / "probes" / "round35" / "fbclean35.jsonl"


def main() -> None:
    rules = load_feedback_rules()
    rows = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line.strip()]
    tally: dict[str, list[int]] = {"class": [0, 0, 0, 0], "lookalike": [0, 0, 0, 0]}
    for row in rows:
        sentences = _analyse(row["text"], rules).sentences
        report = review_feedback(row["text"])
        polarity = str(report.polarity)
        if row["group"] == "digit_object":
            read, toned = report.structure.next_step.present, polarity == row["polarity"]
        elif row["group"] == "rest_break":
            criticism = sum(s.critical for s in sentences)
            read = criticism == 0 if row["role"] == "class" else criticism > 0
            toned = polarity == row["polarity"]
        elif row["role"] == "class":
            read, toned = sum(s.praise for s in sentences) == 0, polarity == "constructive"
        else:
            read, toned = sum(s.praise for s in sentences) > 0, polarity in ("positive", "mixed")
        counts = tally[row["role"]]
        counts[0] += read
        counts[1] += toned
        counts[2] += polarity == row["polarity"]
        counts[3] += 1
        if "--rows" in sys.argv:
            print(row["id"], row["group"], row["role"], polarity, "ok" if read else "MISS")
    for role, (read, toned, label, n) in tally.items():
        print(f"{role}: word read as expected {read}/{n}; polarity as expected {toned}/{n}; polarity = label {label}/{n}")


if __name__ == "__main__":
    main()
