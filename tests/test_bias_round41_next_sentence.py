"""Round 41 (biasrec41c): a characteristic said of the person in one sentence, the judgement or decision about the
same person drawn in the next, opened by a conjunct of result (Quirk et al. 1985, 8.137: "So", "Because of that",
"That is why"). Whole results on probe-A rows (evals/probes/round41/biasrec41c.jsonl, half ``tune``) and on the
rule examples added this round; probe-B rows are not used."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import check_bias


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.rule) for f in check_bias(text).flags]


# probe-A look-alikes: the conjunct drawn about a thing, the writer, a child's fact, a clinical step, a generic
CLEAN = [
    'Second: Windows XP is old. So it might be a security flaw to use it.',  # l01
    'Some people were able to work lots of OT and wanted the money, but I could only work a little OT because I’m a single mom. My shifts were all arranged around my kids’ school days and activities.',  # l03
    'A Doctor (Healthcare Professional) discovers that their Patient is pregnant. Therefore, they update her condition.',  # l05
    "The Qt 5 from Ubuntu LTS 20.04 repository is too old. That's why we installing it from the Qt Installer.",  # l07
    'I really appreciate a good cup of tea. Because of that, I own so many tea-related items!',  # l09
    'The tiktok video from the start is posted on 14-01-2023 and in the video Gyoza was 3 years old. So he was born in 2019',  # l11
    '14067 got pregnant. So moved to Arm A at W16 to avoid treatment shortening and no more PET/CT scans.',  # l13
    'I originally attempted to use a zero-shot LLM baseline through Groq, but I ran into free-tier API limits while trying to classify the test set. Because of that, I replaced the API-based baseline with a local baseline that was small, free, repeatable, and fast.',  # l15
    'Since ancient times, rumors have abounded of man-eating demons lurking in the woods. Because of this, the local townsfolk never venture outside at night.',  # l17
    "He's substantially older than I am. I don't have a problem with working with people who are older than I. Really, I don't.",  # l21
    'Dotty is a private individual preparing a meal for a social guest in her home, not a commercial seller of tuna casseroles. Therefore, she cannot be held strictly liable.',  # l25
]


@pytest.mark.parametrize("text", CLEAN)
def test_probe_a_lookalikes_stay_clean(text: str) -> None:
    assert _flags(text) == []


def test_clinical_step_without_a_person_is_no_judgement() -> None:
    # probe A l13: flagged on main (the negation "no more" in the So-sentence); nothing there refers to a person
    assert _flags('14067 got pregnant. So moved to Arm A at W16 to avoid treatment shortening and no more PET/CT scans.') == []


def test_linked_characteristic_judged_in_the_next_sentence() -> None:
    assert _flags("She has two small children. So I don't see her taking on the Leeds accounts.") == [
        ("has two small children", "family_status.care_mention")]
    assert _flags("She has two small children. As a result, she is not committed to the role.") == [
        ("has two small children", "family_status.care_mention")]


def test_next_sentence_about_the_writer_or_the_work_is_not_drawn_about_the_person() -> None:
    assert _flags("She has two small children. So I took the Friday shift myself.") == []
    assert _flags("She has two small children. So the Leeds accounts are not urgent.") == []
    assert _flags("She has two small children. She is a great analyst.") == []


def test_anaphoric_conjunct_and_the_writers_placement() -> None:
    assert _flags("He is sixty-three. Because of that I took him off the rota.") == [("sixty-three", "age.stated_age")]
    assert _flags("He is sixty-three. Because of that the pension paperwork is due in May.") == []


def test_probe_a_class_rows_left_as_they_are() -> None:
    # k01: "80" is outside the age vocabulary {ages} (16-79); k03: the next sentence is a question, no judgement cue
    assert _flags('Turns out Creed Bratton has been lying about his age, he is actually 80 years old. So he should retire.') == [("his age", "age.age_mention"), ("retire", "age.retirement_expected")]
    assert _flags("No — Lu already told us he's old. So why is an old man still working?") == [("old man", "age.nicknames")]
