"""Definition probe for *specific*: an exploration wrapper before the tuning halves' goals.

The guides' shared definition: specific = an action on a concrete object, or a concrete outcome; effort verbs
are not ("Explore different strategies", "Explore opportunities to ... increase average compensation").
Looking for ways to do something commits to no result, so every tuning goal whose first sentence opens with its
verb should lose *specific* when written as "Explore ways to <goal>" -- unless a later sentence (a key result)
names the result on its own. Reads tuning halves only (held-out items are dropped by ``tuning_items``).

    PYTHONPATH=$PWD .venv/bin/python scripts/goal_explore_probe.py
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.analyzers.goal import check_goal, load_rules
from assistant.coaches import OUTSIDE_ROUNDS
from assistant.evaluation.dev import REFERENCE_DATE, tuning_items

ROUNDS = OUTSIDE_ROUNDS["goals"]
WRAPPERS = ("Explore ways to ", "Look for ways to ", "Investigate options to ", "Explore how to ", "Find ways to ",
            "Research new approaches to ", "Consider whether to ", "Look for opportunities to ")


def main() -> None:
    rules = load_rules()

    def specific(text: str) -> bool:
        return check_goal(text, today=REFERENCE_DATE, rules=rules).criteria.specific.met

    goals = [item["text"] for d in ROUNDS for item in tuning_items(Path("evals") / d / "goals.jsonl")]
    # one sentence, opening with a capitalised verb-like word: the wrapper then governs the whole goal
    ones = [t for t in goals if re.match(r"[A-Z][a-z]+ ", t) and not re.search(r"[.!?]\s|[:;\n]", t.strip())]
    base = [t for t in ones if specific(t)]
    print(f"one-sentence verb-initial tuning goals: {len(ones)}, specific as written: {len(base)}")
    for wrapper in WRAPPERS:
        kept = [t for t in base if specific(wrapper + t[0].lower() + t[1:])]
        print(f"{wrapper!r:32} still specific {len(kept)}/{len(base)}")
        for t in kept[:3]:
            print("    ", (wrapper + t[0].lower() + t[1:])[:110])


if __name__ == "__main__":
    main()
