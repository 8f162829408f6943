"""Round 40 (qaover40): "how long" asked of a text (a sentence, a title, an introduction) is answered by a number of
words, characters, lines or pages, or a share of the text, as well as by a duration; "how long" of what lasts
(leave, probation, a sprint) still asks a duration only (assistant/qa/extent.py)."""

from assistant.qa.check import asked_for, holds, quantity_kind
from assistant.qa.extent import asks_text_extent, measured_noun, states_extent, text_nouns
from assistant.text import numbers


def _fresh(text: str) -> list[tuple[int, int, bool]]:
    return [(m.start, m.end, False) for m in numbers(text)]


def test_measured_noun_is_the_subject_head_of_a_copular_how_long_clause():
    got = [measured_noun(q) for q in (
        "How long should sentences be in a Giant Swarm blog post?",
        "How long should the introduction and the conclusion of a Giant Swarm blog post be?",
        "How long is the probation period for new hires at Clef?",
        "How long can a meta description be?",
        "How long does a first written warning stay active on my record?",
        "How long do I have to appeal?",
    )]
    assert got == ["sentences", "introduction", "period", "description", None, None]


def test_text_nouns_come_from_wordnet_communication_senses_not_time():
    nouns = text_nouns()
    assert {"sentence", "title", "headline", "introduction", "paragraph", "description", "entry"} <= nouns
    assert not {"leave", "probation", "sabbatical", "sprint", "period", "meeting", "break"} & nouns


def test_quantity_kind_extent_only_for_a_text_measured():
    questions = {
        "How long should sentences be in a Giant Swarm blog post?": "extent",
        "How long should the introduction and the conclusion of a Giant Swarm blog post be?": "extent",
        "How long should a meta title be?": "extent",
        "How long can a headline be before Google clips it?": "extent",
        # look-alikes: what lasts, or a clause whose verb is not "be"
        "How long is parental leave at DVELP?": "duration",
        "How long is a Loomio sprint": "duration",
        "How long is the Deeson sabbatical": "duration",
        "How long is the notice period?": "duration",
        "How long does a first written warning stay active on my record at DVELP?": "duration",
        "How long should the test run in Screen Studio be?": "duration",
        "How long should it be at least?": "duration",
    }
    assert {q: quantity_kind(q) for q in questions} == questions
    assert asks_text_extent("How long should sentences be?") is True
    assert asked_for("quantity", "How long should sentences be?") == \
        "a length (in time, words, characters, lines or pages)"


def test_a_unit_of_extent_or_a_share_of_the_text_holds_for_a_text_length():
    question = "How long should sentences be in a blog post?"
    texts = {
        "Keep it short: max 25 words per sentence.": True,
        "Introduction (10% of total length)": True,
        "Meta title stays under ~60 characters": True,
        "A 200-word section that completely answers one question": True,
        "Use short paragraphs (3-4 lines maximum)": True,
        "Experienced writers take about 2 weeks end-to-end": True,  # a duration still answers
        "Fill in page 3 of the form": False,  # a page number, no extent
        "Write short and concise sentences.": False,
    }
    assert {t: holds("quantity", t, question) for t in texts} == texts


def test_a_duration_question_still_needs_a_duration():
    question = "How long is parental leave?"
    texts = {
        "Parental leave is 16 weeks at full pay.": True,
        "The leave request form is 2 pages long.": False,
        "Write no more than 200 words in the request.": False,
    }
    assert {t: holds("quantity", t, question) for t in texts} == texts


def test_states_extent_reads_units_after_the_number_only():
    texts = {
        "A max of 1600px is usually good": True,
        "uploaded to Cloudinary (under 20 MB)": True,
        "Gmail truncates titles at 35-40 characters": True,
        "It takes 3 days": False,
        "We have 25 people": False,
    }
    assert {t: states_extent(t, _fresh(t)) for t in texts} == texts
