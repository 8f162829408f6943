"""A shared background of the writer and the person evaluated is affinity with or without a rating drawn from it
(evals/dev/README, affinity; scripts/bias_round26b_probe.py).

affinity.same_background and affinity.shared_background flag a similarity of the writer with the employee stated
bare ("He and I went to the same college.", "He and I did the same apprenticeship."); rapport drawn from it ("so we understood each other", "we clicked",
the second half of a ';' pair too) is its consequence and runs in the flag (analyzers/bias: _rapport, _remark_extent).
A shared logistics fact with no background (a work course taken together), a similarity of a served person or an
outside party, of two others, or of the writer with their kin is no flag (_similarity_not_writers). Each case asserts the whole list of flags."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias
from tests.fixtures.scripts import load_script


def flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_bias(text).flags]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare shared background: the similarity flagged as it is
        ("He and I went to the same college. His first quarter on the returns desk cleared 412 tickets.",
         [("affinity.shared_background", "and I went to the same college")]),
        ("Sofia grew up in my hometown and joined us from the call centre in June.",
         [("affinity.shared_background", "grew up in my hometown")]),
        ("Leon is from the same village as me.", [("affinity.same_background", "the same village as me")]),
        ("He and I did the same apprenticeship.", [("affinity.shared_background", "and I did the same apprenticeship")]),
        ("Nadia and I did our nursing degrees at the same university. She moved to the day ward in April.",
         [("affinity.shared_background", "degrees at the same university")]),
        ("Max went to the same college as me, and he got on the 7:10 bus to the depot.",
         [("affinity.same_background", "went to the same college")]),
        # rapport drawn from it: one flag over the similarity and the rapport
        ("Kim and I went to the same school, so we understood each other from day one.",
         [("affinity.shared_background", "and I went to the same school, so we understood each other")]),
        ("Jack grew up in the same town as me, and we get on really well.",
         [("affinity.same_background", "the same town as me, and we get on really well")]),
        ("We were at the same college; we clicked straight away. Amy now leads the Saturday gallery tours.",
         [("affinity.shared_background", "We were at the same college; we clicked straight away")]),
        ("Omar went to the same university as me, so we hit it off at his interview.",
         [("affinity.same_background", "went to the same university as me, so we hit it off")]),
        # logistics with no background, someone else's similarity: no flag
        ("Lena and I share the drive to the depot on Mondays.", []),
        ("Carl and I both work the Tuesday late, so we hand over to the early team together.", []),
        ("The new hire and the trainer went to the same university, so the trainer showed her the alumni discount.", []),
        ("I went to the same college as my sister, and it runs the forklift course Joe finished in May.", []),
        ("The customer went to the same school as me, so we chatted about the old headteacher while her order printed.",
         []),
        ("Our supplier's rep went to the same school as me, and we got the invoice query settled in a day.", []),
        ("I grew up in the same town as my husband, and Sam covered my shift when we visited.", []),
        ("We did the same course on forklift safety last spring.", []),
    ],
)
def test_shared_background(text: str, expected: list[tuple[str, str]]) -> None:
    assert flags(text) == expected


def test_round26b_probe_figures() -> None:
    probe = load_script("scripts/bias_round26b_probe.py")
    assert probe.figures() == {"BB": (7, 7, 0), "BR": (5, 5, 0), "NL": (10, 10, 0), "CB": (5, 5, 0), "CL": (5, 5, 0)}
