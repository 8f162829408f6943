"""Round 36 (fb36): one fault singled out by exclusive focus ("My only criticism is ...", "The one slip was ...",
"... which is the only downside").

An exclusive focus word on a fault noun names a fault and passes the rest of the work (Horn 1969; Quirk et al. 1985,
8.116-8.117), so a draft that uses it both praises and criticises: mixed (dev15's ruling: praise told as a good act,
then a problem with a request, is mixed). Not an indefinite ("One problem was ..."), a denied focus ("not the only
problem") or "only" on anything but a fault ("the only way to fix it"). A fault placed in an earlier review period
("Last year, the only concerns were around ownership") is the baseline, not the present work's fault.
Probe: scripts/feedback_round36_only_probe.py (outside text, labelled before the run)."""

import pytest

from assistant.analyzers.feedback import review_feedback
from assistant.analyzers.feedback.exclusive import singled_out_fault


def reading(text: str) -> tuple[str, list[str]]:
    report = review_feedback(text)
    return str(report.polarity), sorted({f.kind for f in report.findings})


@pytest.mark.parametrize("text", [
    # dev25-fb-011 and dev24-fb-011 (tune): a good record, then the one problem or slip, then a request
    "The butter you churned for the wedding caterer in June tested right on moisture and salt, and they have since put "
    "in a standing weekly order. The one problem was the last batch in July, when the moulding machine was not "
    "sterilised between runs and the lab found yeast in two blocks. Please sign the sterilisation log before each run, "
    "and I will check it on Fridays.",
    "Your case carts for the Monday joint list have been complete and on time for the last six weeks, and the "
    "orthopaedic team has stopped calling down for missing implants. The one slip was on 3 November, when a cart went "
    "up with an expired pack of drapes that the scrub nurse caught. Please add an expiry check to your cart checklist "
    "from tomorrow.",
])
def test_the_one_fault_after_a_good_record_is_mixed_and_well_formed(text):
    assert reading(text) == ("mixed", [])


def test_an_earlier_periods_only_concern_is_the_baseline():
    # dev-fb-090 (tune): the concern was last year's, and the next sentence tells it met
    text = ("Xavier is a huge asset to SciMed and is a pleasure to work with. He quickly knocks out tasks assigned to "
            "him, implements code that rarely needs to be revisited, and is always willing to help others despite his "
            "heavy workload. Last year, the only concerns with Xavier performance were around ownership. In the past "
            "twelve months, he has successfully taken full ownership of both Acme and Bricks, Inc. Aside from some "
            "false starts with estimates on Acme, clients are happy with his work and responsiveness, which is "
            "everything that his managers could ask for.")
    assert reading(text) == ("positive", [])


@pytest.mark.parametrize("text", [
    # outside reviews (evals/probes/round36/fb36_only.jsonl, half A and B class rows)
    "The minimalist design appealed to me immediately. Setup was a breeze and daily use is intuitive. My only "
    "complaint is that the white version shows dirt and fingerprints easily.",
    "Charming old building in the best area for going out. The bathroom is shared by three, which is the only downside.",
    "The one thing I would change is the comment inside `observe_update`: it explains the crossing case at length and "
    "does not mention that the other track never takes this branch.",
    "My only criticism of the book would be the image quality, which is pretty low in the copy I received.",
    "Beautiful plants and excellent customer service. My only suggestion would be more care instructions included "
    "with the delivery.",
    # a disliked thing singled out (fresh sets C and D)
    "It covers a lot of ground and comes highly recommended if you are learning Scala, Akka & Spray. The only thing I "
    "didn't like was how it handled marshalling of errors.",
    "The site was live. Working fine without hitches. The only thing that bothered me was the continuous emails.",
    "Modern equipment and clean environment. The only thing I would improve is the locker room space.",
])
def test_a_fault_singled_out_is_praise_and_criticism(text):
    assert singled_out_fault(text, 0, len(text)) is not None
    assert reading(text)[0] == "mixed"


@pytest.mark.parametrize("text", [
    "This approach is lengthy, and that's not the only problem -- it's also slow.",
    "Weight was not the only problem: muted autoplay is a request a browser may refuse.",
    "The number of keys is not the only problem; the distribution of keys is another.",
    "One problem was that I misread the directions.",
    "One concern is that the ordering of individual rows can affect the interpretation.",
    "The grid stays empty however long the machine runs, and the only way to fix it was a command copied out of the "
    "documentation.",
    "You were the only one who stayed to help with the close on Friday, and the morning crew opened on time because "
    "of it.",
    # the reverse: the only thing liked faults the rest
    "I had risotto and scallops (meh), also bland. The ambiance and service was the only thing I liked.",
    # concern as an interest: a goal after the copula
    "However, since my only concern is maximizing my own points, I still prefer a more favorable split for myself.",
])
def test_no_exclusive_fault_without_the_focus_on_a_fault(text):
    assert singled_out_fault(text, 0, len(text)) is None


def test_a_denied_focus_adds_no_praise():
    assert reading("One problem was that I misread the directions.")[0] == "constructive"
