"""The room a list quoted once leaves goes to the next units that reached the quotes' floor (qafacts40).

The gate picks up to ``max_quotes`` units, best first, each reaching the floor of a further quote (the gate's
``threshold`` and ``extra_ratio`` of the lead). When several of them are items of one list, they are then quoted as
that list once (``answer.merged_lists``), and the answer shows fewer quotes than the gate allowed: the unit that came
next in the ranking, often the sentence that answers ("Additionally, group chairpersons ... are awarded an honorarium."
after a list of the four network groups), is never shown. The room is given back here, to the units that follow in
the same ranking and reach the same floor, from the lead's own document, in rank order: what the answer shows is what
the gate chose, "at most 3 quotes, best first" counted on what is shown. Whether a question is answered never changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.qa.models import Unit


def refilled(before: Sequence[Unit], merged: Sequence[Unit], units: Sequence[Unit], max_quotes: int, floor: float,
             says: Callable[[Unit, Unit], bool], quotable: Callable[[Unit], bool]) -> list[Unit]:
    """``merged`` (the quotes ``before`` with a list's items quoted once) with the room that left filled by the next
    ``units`` (best first) of the lead's document reaching ``floor`` that hold the kind of fact their clause asks for,
    that no quote already says (``says(quote, unit)``) and that may be quoted (``quotable``)."""
    out = list(merged)
    if not out or len(out) >= len(before) or len(out) >= max_quotes:
        return out
    source = out[0].passage.source
    for unit in sorted(units, key=lambda u: -u.prob):
        if len(out) >= max_quotes or unit.prob < floor:
            break
        if unit.passage.source != source or not unit.held or not unit.held[unit.clause] or not quotable(unit):
            continue
        if any(says(q, unit) or says(unit, q) for q in [*out, *before]):
            continue
        out.append(unit)
    return out
