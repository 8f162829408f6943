"""The draft's polarity, and steps that undo the act just reported."""

from __future__ import annotations

from functools import cache

from assistant.analyzers.feedback.acts import (
    _REINFORCE,
)
from assistant.analyzers.feedback.criticism import (
    _CORRECTIVE,
    _LOOKS_BACK,
)
from assistant.analyzers.feedback.draft import (
    _Draft,
)
from assistant.analyzers.feedback.models import (
    PARTS,
    Polarity,
)
from assistant.analyzers.feedback.praise import (
    _GERUND_SUGGESTION,
    _LEFT_IN_A_STATE,
    _NOT_UNDOING,
    _OPPOSITE_PARTICLES,
    _STATE_PARTICLES,
    _VERB_ANTONYMS,
    _corrects,
    _development,
    _gerund_benefit,
)
from assistant.analyzers.feedback.rules import (
    FeedbackRules,
)
from assistant.analyzers.feedback.steps import (
    _Sentence,
)
from assistant.analyzers.valence import lexicon
from assistant.text import (
    DETERMINERS,
    FUNCTION_WORDS,
    PARTICLES,
    PREPOSITIONS,
    WORD,
    fold_plural,
    normalise_quotes,
)


@cache
def _verb_antonym_data() -> tuple[frozenset[frozenset[str]], dict[str, str]]:
    """(antonym pairs, irregular past form -> lemma) of assistant/data/verb_antonyms.txt."""
    pairs: set[frozenset[str]] = set()
    past: dict[str, str] = {}
    for line in _VERB_ANTONYMS.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        if parts[0] == "past":
            past.setdefault(parts[1], parts[2])
        else:
            pairs.add(frozenset(parts[:2]))
    return frozenset(pairs), past


def _past_lemmas(word: str) -> set[str]:
    """The base forms a past-tense word may have ("left" -> leave, "turned" -> turn, "unplugged" -> unplug)."""
    irregular = _verb_antonym_data()[1].get(word)
    if irregular:
        return {irregular}
    if not word.endswith("ed"):
        return set()
    out = {word[:-2], word[:-1]}
    if len(word) > 4 and word[-3] == word[-4]:
        out.add(word[:-3])  # "unplugged" -> unplug
    return out


def _modifies(words: list[str], j: int) -> bool:
    """Whether a particle word before ``words[j]`` modifies a noun there ("the back door") rather than ending the
    phrase ("the fridge back in")."""
    return j < len(words) and words[j] not in FUNCTION_WORDS and words[j] not in PREPOSITIONS


def _object_and_particle(words: list[str], i: int) -> tuple[tuple[str, ...], str]:
    """(words of the object, state particle) after the verb at ``words[i]``, up to a preposition or function word:
    "the back door on the latch" -> (back, door), ''; "the fryer on after close" -> (fryer,), on; "the gate open
    when" -> (gate, open), ''. The last object word is the head of a step's object."""
    j, particle = i + 1, ""
    if j < len(words) and words[j] in _STATE_PARTICLES and words[j] not in ("in", "on"):
        particle, j = words[j], j + 1  # "switch off the fryer"
    if j < len(words) and words[j] in DETERMINERS:
        j += 1
    found = []
    while j < len(words) and words[j] not in PREPOSITIONS and words[j] not in FUNCTION_WORDS and (
            words[j] not in PARTICLES or _modifies(words, j + 1)):
        found.append(fold_plural(words[j]))
        j += 1
    if found and j < len(words) and words[j] in _STATE_PARTICLES and (
            j + 1 >= len(words) or words[j + 1] in PREPOSITIONS or words[j + 1] in _STATE_PARTICLES
            or (words[j + 1] in FUNCTION_WORDS and words[j + 1] not in DETERMINERS)):
        particle = particle or words[j]
    return tuple(found), particle


def _reported_acts(text: str, sentence: _Sentence) -> list[tuple[str, tuple[str, ...], str]]:
    """(lemma, object words, particle) of each past act with "you" as subject in the sentence."""
    words = [normalise_quotes(m.group()).lower() for m in WORD.finditer(text, sentence.start, sentence.end)]
    rated = lexicon()
    if any(rated.get(w, 0.0) > 0 for w in words):
        return []  # "You left the stockroom spotless": a state VADER rates good is no act to undo
    out = []
    for i, w in enumerate(words[:-1]):
        if w != "you":
            continue
        thing, particle = _object_and_particle(words, i + 1)
        if thing:
            out.extend((lemma, thing, particle) for lemma in _past_lemmas(words[i + 1]))
    return out


def _undoes(act: tuple[str, tuple[str, ...], str], step: tuple[str, str, str]) -> bool:
    """Whether the step (lemma, object head, particle) undoes the reported act on the same thing."""
    (did, thing, was), (do, target, to) = act, step
    if target not in thing or (did == do and frozenset({was, to}) not in _OPPOSITE_PARTICLES):
        return False
    if did == do:
        return True  # "turned the projector on" -> "Turn the projector off"
    pairs = _verb_antonym_data()[0]
    return (did == _LEFT_IN_A_STATE and do not in _NOT_UNDOING) or did in (f"un{do}", f"dis{do}") or \
        do in (f"un{did}", f"dis{did}") or any(frozenset({a, b}) in pairs for a in (did, f"{did}_{was}")
                                               for b in (do, f"{do}_{to}"))


def _step_undoes_report(text: str, sentences: list[_Sentence], k: int) -> bool:
    """Whether step sentence ``k`` undoes an act reported, without praise, in a sentence before it."""
    words = [normalise_quotes(m.group()).lower() for m in WORD.finditer(text, sentences[k].start, sentences[k].end)]
    i = 1 if words[:1] == ["please"] else 0
    if i >= len(words):
        return False
    thing, particle = _object_and_particle(words, i)
    if not thing:
        return False
    step = (words[i], thing[-1], particle)
    return any(_undoes(act, step) for s in sentences[:k] if s.praise <= 0 for act in _reported_acts(text, s))


def _polarity(text: str, sentences: list[_Sentence], rules: FeedbackRules) -> Polarity:
    praise = sum(s.praise for s in sentences)
    critical = sum(s.critical for s in sentences)
    if critical <= 0 and any(_GERUND_SUGGESTION.match(text, s.start, s.end) or _gerund_benefit(text, s.start, s.end)
                             for s in sentences):
        critical = 1  # "Improving your pacing would give them time to finish": a change asked for
    steps = [s for s in sentences if "next_step" in s.cues]
    if critical <= 0 and praise <= 0 and steps:
        if all(_REINFORCE.match(text, s.start, s.end) for s in steps):
            praise = 1  # "Keep doing that.", "Please keep sharing that kind of ownership": more of the same is praise
        else:
            critical = 1  # no praise and a step to take: developmental, however mildly it is put
    if critical <= 0 and praise > 0 and any(_LOOKS_BACK.search(text, st.start, st.end) for st in steps):
        critical = 1  # "Sam writes clean code. He should ask for reviews earlier, though."
    if critical <= 0 and praise > 0 and any(_corrects(text, st) and not _development(text, st) for st in steps):
        critical = 1  # "Thanks for covering the desk. Make sure each ticket gets a reply before you close it."
    if critical <= 0 and praise > 0 and any("next_step" in s.cues and _step_undoes_report(text, sentences, k)
                                            for k, s in enumerate(sentences)):
        critical = 1  # "..., spot on. You left the back door on the latch. Lock the back door when you leave."
    request = rules.change_request.search(text) if critical <= 0 else None
    if request and (praise <= 0 or any(_CORRECTIVE.search(text, st.start, st.end) and not _development(text, st)
                                       for st in sentences)):
        critical = 1  # "please send the notes the same day next time" asks for a change; after praise, a
        # request that does not look back ("I'd like him to take more ownership") is development
    if praise > 0 and critical > 0:
        return "mixed"
    if critical > 0:
        return "constructive"
    return "positive"


def _evidence(draft: _Draft, sentences: list[_Sentence]) -> dict[str, tuple[int, int] | None]:
    """Per part, the whole clause (or phrase, for a situation) of its first cue."""
    found: dict[str, tuple[int, int] | None] = dict.fromkeys(PARTS)
    for sentence in sentences:
        for part, (_, m) in sentence.cues.items():
            if found[part] is not None:
                continue
            if part == "situation":
                found[part] = (m.start(), m.end() - len(m.group()) + len(m.group().rstrip(" ,;:")))
                continue
            start, end = draft.clause(m.start(), m.end())
            situation = sentence.cues.get("situation")
            if (part == "behavior" and situation and start == situation[1].start()
                    and situation[1].end() <= m.start()):
                start = situation[1].end()  # "In yesterday's stand-up you interrupted Sam": the behaviour
                while start < end and not draft.text[start].isalnum():
                    start += 1
            found[part] = (start, end)
    return found
