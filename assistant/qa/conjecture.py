"""A conjecture quoted as the answer is followed by no statement: the statement goes first (qafacts40).

A sentence that opens with an epistemic content disjunct ("*Maybe* Meeting-free Wednesday will die ...", "*Perhaps* the
given scenario has ...", "*Probably* because ...") says that something may be so, not that it is: Quirk et al.
(*A Comprehensive Grammar of the English Language*, 1985, 8.127-8.129) class "maybe, perhaps, possibly, probably,
presumably, conceivably" as content disjuncts expressing doubt about the truth of what the clause says (Hyland,
*Hedging in Scientific Research Articles*, 1998, lists the same adverbs among the hedges of probability). A policy
question ("Is the meeting-free Wednesday still a thing ...?") wants what the documents state; when the best-scored
unit is such a conjecture and the pool holds a statement on the same thing ("No Meetings Wednesday is dead."), the
statement is quoted first and the conjecture after it (both stay shown: the reader sees that the pages disagree).

"The same thing": the statement holds every word of the question's focus that the conjecture holds (with the passage's
heading), it is no conjecture itself, it is a full sentence and it scores at least the gate's ``threshold`` (a unit
good enough to lead an answer). Whether a question is answered never changes (the step runs after the verdict); the
answer keeps at most ``max_quotes`` quotes, the last one giving way. No word of any corpus: the closed class is the
grammar's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.qa.models import Unit

# Quirk et al. 1985, 8.127-8.129: content disjuncts of doubt (degree of truth), at the opening of the clause.
_DOUBT = ("maybe", "perhaps", "possibly", "probably", "presumably", "conceivably")
_CONJECTURE = re.compile(rf"^\W*(?:{'|'.join(_DOUBT)})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def conjecture(text: str) -> bool:
    """Whether a sentence opens with a content disjunct of doubt ("Maybe X will die ...", "Perhaps ...")."""
    return bool(_CONJECTURE.match(text.strip()))


def stated_first(quotes: Sequence[Unit], units: Sequence[Unit], focus: frozenset[str] | set[str],
                 matched: Callable[[frozenset[str] | set[str], str], set[str]], threshold: float,
                 max_quotes: int) -> list[Unit]:
    """``quotes`` with a statement on the lead's thing put first when the lead is a conjecture (see the module's
    docstring); ``units`` are the scored units, best first; ``matched`` reads which focus words a text holds."""
    quotes = list(quotes)
    if not quotes or not conjecture(quotes[0].text):
        return quotes
    lead = quotes[0]
    held = matched(focus, f"{lead.passage.context}\n{lead.text}")
    if not held:
        return quotes
    shown = {(q.passage.id, q.position, q.text) for q in quotes}
    for unit in sorted(units, key=lambda u: -u.prob):
        if unit.prob < threshold:
            break
        if (unit.passage.id, unit.position, unit.text) in shown or conjecture(unit.text) \
                or not _SENTENCE_END.search(unit.text.strip()):
            continue
        if held <= matched(focus, f"{unit.passage.context}\n{unit.text}"):
            return [unit, *quotes][:max_quotes]
    return quotes
