"""Round 39 (fbpol39): a verbless praise fragment set against a "but" clause that criticises.

"Lovely windows this year, but your quotes are a joke." (dev28-fb-020, tune): the opening noun phrase, whose
premodifying adjective VADER rates good, stands alone as a minor sentence (Quirk et al. 1985, 11.41-11.44) and praises
what its head names; the "but" clause criticises by its own words or by a denial ("Nice work, but it wouldn't work"):
``mixed``. Not a fragment whose adjective is not praise ("Minor nit, but ..."), a greeting formula ("Good morning,
but ...": WordNet 3.0 greeting/farewell lemmas), or a "but" clause that neither criticises nor denies ("Great article,
but I have a question ..."). Probe: scripts/fbpol39_probe.py (outside text, labelled and split before the run)."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.concession import fragment_turn_denies, praise_fragment
from assistant.analyzers.feedback.draft import _Draft


def reading(text: str) -> tuple[str, list[list[str]]]:
    report = review_feedback(text)
    return str(report.polarity), [list(s.functions) for s in report.sentences]


def fragment(text: str) -> tuple[bool, bool]:
    draft = _Draft.of(text)
    found = praise_fragment(draft, 0)
    return found is not None, found is not None and fragment_turn_denies(draft, found[1])


@pytest.mark.parametrize("text, expected", [
    # dev28-fb-020 (tune): the fragment was not read as praise
    ("Lovely windows this year, but your quotes are a joke.", ("mixed", [["praise", "criticism"]])),
    # probe half A (fbpol39-c09): a focusing adverb before the adjective
    ("Individually beautiful photos, but they don't fit the site's stated goal.", ("mixed", [["praise", "criticism"]])),
    # probe half B (fbpol39-c03): the turn denies, with no criticism word of its own
    ("Nice work, but it wouldn't work.", ("mixed", [["praise", "criticism"]])),
])
def test_praise_fragment_before_a_criticising_turn_is_mixed(text: str, expected: tuple[str, list[list[str]]]) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lovely windows this year, but your quotes are a joke.", (True, False)),
    ("Nice work, but it wouldn't work.", (True, True)),
    # look-alikes: no praise adjective, a greeting formula, no "but", a full clause, no turn clause
    ("Minor nit, but the subject line has nsfs when I think it means ntfs.", (False, False)),
    ("Good morning, but the server is down.", (False, False)),
    ("Lovely windows this year, and the quotes arrived on time.", (False, False)),
    ("The windows are lovely, but your quotes are a joke.", (False, False)),
    ("Lovely windows this year.", (False, False)),
])
def test_the_reader_fires_only_on_the_fragment(text: str, expected: tuple[bool, bool]) -> None:
    assert fragment(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the "but" clause asks or explains, it finds no fault: the praise stands alone
    ("Great article, but I have a question about the color palette choices.", ("positive", [["praise"]])),
    # a fragment with no turn is left as the base reads it (no function found, positive by default)
    ("Lovely windows this year.", ("positive", [[]])),
    # a fault after a fragment that is not praise stays constructive
    ("Very minor nit, but I think using a hyphen in bpf-map like this is incorrect as it's not a compound adjective.",
     ("constructive", [["criticism"]])),
])
def test_lookalikes_keep_their_reading(text: str, expected: tuple[str, list[list[str]]]) -> None:
    assert reading(text) == expected
