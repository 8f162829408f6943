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
    Clause,
    fold_plural,
    is_comparative,
    may_be_verb_base,
    normalise_quotes,
    wordset,
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


# A wish or request for a comparative degree says the present work falls short of it: a comparative implies the
# standard it exceeds (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 7.74-7.79), and asked of
# the person that standard is their own present work. "Pick faster.", "Perhaps you could be a bit quicker answering
# the radio", "I'd love to see the workshop a bit tidier", "It would be lovely if the bunkers could be a little
# tidier" are criticism however politely put (Searle 1975, "Indirect speech acts": a question about the hearer's
# ability or a statement of the speaker's wish performs the request). The frame is the clause's mood, read from its
# parse: an imperative (no subject of its own, its first word a verb's base form after hedges such as "maybe",
# "just", "please"), a modal addressed to the person ("you could", "he should"), the writer's wish ("I'd love",
# "I would like") or an impersonal evaluation of a wished state ("it would be nice if ...", "it might help to ...");
# the comparative is in that clause or one after it in the sentence. More of the same ("more of this") is praise, a
# negated frame ("you couldn't have been faster") praise too, and a comparative after a determiner is a noun phrase
# ("a number of", "the latest version").
_HEDGES = wordset("maybe perhaps just please possibly kindly really so now also then only simply")
_WISH_MODALS = wordset("could should would 'd might must can need needs ought")
_WISH_VERBS = wordset("love like want prefer appreciate")
_WISHED_STATES = wordset("nice good great lovely helpful better ideal useful worth best wise help")
_NOT_DEGREE = wordset("later latter number")  # a time ("send it later"), not a degree; "number" the noun, not "numb"
_FRAME_NEGATORS = wordset("not no never n't cannot can't couldn't wouldn't shouldn't won't")
_DETERMINER_BEFORE = wordset("a an the this that these those your his her their our my its each every any no some "
                             "once")


def _wish_frame(c: Clause, words: list[str], opening: bool) -> bool:
    """Clause ``c`` (its words lower-cased) asks or wishes something of the person (see above); an imperative only
    when the clause opens its sentence (``opening``: no clause with a subject or verb before it)."""
    if any(w in _FRAME_NEGATORS or w.endswith("n't") for w in words):
        return False
    subject = [w for w in c.subject_words if w not in _HEDGES]
    verbs = c.verb_words
    if c.tense == "modal":
        if not any(w in _WISH_MODALS for w in verbs):
            return False
        head = subject[0] if subject else ""
        if head in ("you", "he", "she", "they"):
            return True  # "Perhaps you could be a bit quicker"
        if head == "i":
            return any(w in _WISH_VERBS for w in verbs)  # "I'd love to see ..."
        return head in ("it", "this", "that") and any(w in _WISHED_STATES for w in verbs)  # "It would be lovely"
    if subject or c.inherited or c.tense == "past" or not opening:
        return False
    first = next((w for w in words if w not in _HEDGES), "")
    return may_be_verb_base(first) and not is_comparative(first)  # "Pick faster.", "Maybe just be a bit more ..."


def _comparative_at(words: list[str], k: int) -> bool:
    """``words[k]`` is a comparative of degree (``is_comparative``) used as one (see above)."""
    w = words[k]
    if w in _NOT_DEGREE or not is_comparative(w):
        return False
    if k and words[k - 1] in _DETERMINER_BEFORE:
        return False  # "a number of", "the better option"
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return not (w in ("more", "less", "fewer") and nxt in ("of", "than"))  # "more of this", "more than forty"


def _comparative_wish(draft: _Draft, i: int) -> bool:
    """Sentence ``i`` wishes or asks for a comparative degree of the person (see above)."""
    framed = before = False
    for c in draft.parsed[i]:
        words = draft.span_words(c.start, c.end)
        # an imperative opens its sentence, after fronted phrases only ("Next time, pick faster"): a subjectless
        # clause after a full one is a coordinated verb ("... you used her name and order number")
        framed = framed or _wish_frame(c, words, opening=not before)
        before = before or bool(c.subject or c.verbs)
        if framed and not any(w in _FRAME_NEGATORS or w.endswith("n't") for w in words) \
                and any(_comparative_at(words, k) for k in range(len(words))):
            return True  # not "To be frank, no one works harder than Leila": a negated comparative is praise
    return False


def _polarity(text: str, sentences: list[_Sentence], rules: FeedbackRules, draft: _Draft | None = None
              ) -> Polarity:
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
    if critical <= 0 and praise <= 0 and draft is not None \
            and (wish := next((k for k in range(len(draft.sentences)) if _comparative_wish(draft, k)), None)) is not None:
        critical = 1  # "Maybe just be a little more on top of the paperwork?": a better degree wished for
        draft.memo["comparative_wish"] = draft.sentences[wish]  # ... and the request is its step (see _analyse)
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
