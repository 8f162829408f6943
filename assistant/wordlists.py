"""The data files of ``assistant/data`` (sources and licences in its README): where they lie, how a word file is
read, and the word lists that more than one analyzer reads.

A word file holds whitespace-separated words, any number a line; a line opening with "#" is its header.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    """The path of the file ``name`` of ``assistant/data``."""
    return DATA_DIR / name


def read_words(name: str) -> frozenset[str]:
    """Every word of the word file ``name``, header lines left out."""
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns whose first and most WordNet 3.0 senses name a person (noun.person: porter, tenant, resident,
    sister; assistant/data/person_nouns.txt, built by scripts/build_person_nouns.py)."""
    return read_words("person_nouns.txt")


@cache
def gendered_person_nouns() -> frozenset[str]:
    """Common nouns whose first WordNet 3.0 sense names a person by sex (below female_person or male_person:
    schoolgirl, housewife, spinster, lad, schoolboy; assistant/data/gendered_person_nouns.txt, built by
    scripts/build_gendered_person_nouns.py); a compound's words are joined by "_" there and by a space here
    ("little girl")."""
    return frozenset(word.replace("_", " ") for word in read_words("gendered_person_nouns.txt"))


@cache
def in_group_nouns() -> frozenset[str]:
    """Common nouns naming a school, a place of worship, a congregation or a club (conservatory, seminary, chapel,
    guild, rowing club: assistant/data/in_group_nouns.txt, built by scripts/build_in_group_nouns.py from WordNet 3.0);
    a compound's words are joined by "_" there and by a space here ("music school")."""
    return frozenset(word.replace("_", " ") for word in read_words("in_group_nouns.txt"))


def words_by_kind(name: str, word_at: int, kind_at: int) -> dict[str, frozenset[str]]:
    """kind -> words of the word file ``name`` whose lines give a word and its kind in the columns ``word_at`` and
    ``kind_at`` (split on white space; header and blank lines left out)."""
    kinds: dict[str, set[str]] = {}
    for line in data_file(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            columns = line.split()
            kinds.setdefault(columns[kind_at], set()).add(columns[word_at])
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def _talk_simile_words() -> dict[str, frozenset[str]]:
    return words_by_kind("talk_simile_words.txt", word_at=1, kind_at=0)


@cache
def reversal_words() -> dict[str, frozenset[str]]:
    """kind -> base forms of WordNet 3.0 words of a party undoing or reclaiming what it was given (``verb``: refund,
    cancel; ``given``: return; ``back``: send, take; ``noun``: refund, complaint; assistant/data/reversal_words.txt)."""
    return words_by_kind("reversal_words.txt", word_at=0, kind_at=1)


@cache
def custom_words() -> dict[str, frozenset[str]]:
    """kind -> base forms of WordNet 3.0 words of a party giving the person's side its business or its word
    (``commend``: recommend; ``refer``: refer; ``engage``: book, hire; ``send``: send; assistant/data/custom_words.txt)."""
    return words_by_kind("custom_words.txt", word_at=0, kind_at=1)


def female_head_nouns() -> frozenset[str]:
    """Person nouns marked female by their head (fishwife, washerwoman, milkmaid) that WordNet 3.0 files under their
    trade, not below female_person (assistant/data/talk_simile_words.txt, built by scripts/build_talk_simile_words.py)."""
    return _talk_simile_words().get("noun", frozenset())


def talk_verbs() -> frozenset[str]:
    """The -s, past and -ing forms of the verbs whose first WordNet 3.0 sense is in verb.communication (nags, shouted,
    complaining: assistant/data/talk_simile_words.txt)."""
    return _talk_simile_words().get("verb", frozenset())


def talk_verb_bases() -> frozenset[str]:
    """The base forms of the same verbs (talk, gossip, nag), a noun as often as a verb."""
    return _talk_simile_words().get("base", frozenset())


@cache
def male_role_nouns() -> frozenset[str]:
    """Role nouns marked male by "-man" that have a gender-neutral name (storeman, ferryman, watchman, seaman) and
    their "-men" plurals (assistant/data/male_role_nouns.txt, built by scripts/build_male_role_nouns.py from WordNet
    3.0 and retext-equality)."""
    words = read_words("male_role_nouns.txt")
    return words | frozenset(word[:-3] + "men" for word in words)


@cache
def boy_job_modifiers() -> frozenset[str]:
    """The modifiers of job titles made with "boy" (climbing, delivery, errand, cabin: assistant/data/boy_job_nouns.txt,
    built by scripts/build_boy_job_nouns.py from WordNet 3.0 and chimney-sweep histories): "as climbing boys" names
    an occupation, not adults called boys."""
    return frozenset(word.split("_")[0] for word in read_words("boy_job_nouns.txt"))


@cache
def lost_body_nouns() -> frozenset[str]:
    """Body parts and senses whose loss is suffered, not a judgement ("who lost his right arm", "lost her sight":
    assistant/data/lost_body_nouns.txt, built by scripts/build_lost_body_nouns.py from WordNet 3.0 and the NCDJ
    Disability Language Style Guide), with their plurals ("lost both legs")."""
    words = read_words("lost_body_nouns.txt")
    return words | frozenset(word + "s" for word in words)


def message_nouns() -> frozenset[str]:
    """Common nouns whose first and most WordNet 3.0 senses name a message (noun.communication: report, email,
    briefing) or whose first sense is a picture (representation.n.02: photo, map; assistant/data/message_nouns.txt,
    built by scripts/build_message_nouns.py)."""
    return read_words("message_nouns.txt")


@cache
def artifact_nouns() -> frozenset[str]:
    """Common nouns whose first WordNet 3.0 sense is a made physical thing (artifact.n.01: net, bag, station; "table"
    after its sense of a tabular array), none naming a person, a body part or a worn thing
    (assistant/data/artifact_nouns.txt, built by scripts/build_artifact_nouns.py)."""
    return read_words("artifact_nouns.txt")


@cache
def setting_nouns() -> frozenset[str]:
    """Common nouns whose first WordNet 3.0 sense names a thing, a place, a dish or an event (noun.artifact, noun.event,
    noun.food, noun.location, noun.object: trail, railway, stew, site, race), none with a person or body sense among
    their two most frequent senses (assistant/data/setting_nouns.txt, built by scripts/build_setting_nouns.py)."""
    return read_words("setting_nouns.txt")


@cache
def plant_nouns() -> frozenset[str]:
    """Common nouns whose first WordNet 3.0 sense is or lies below plant.n.02 or plant_part.n.01 (tree, vine, shoot,
    seedling, leaf), none with a common-noun person sense, with their irregular plurals (leaves)
    (assistant/data/plant_nouns.txt, built by scripts/build_plant_nouns.py)."""
    return read_words("plant_nouns.txt")


@cache
def animal_nouns() -> frozenset[str]:
    """Common nouns whose most frequent WordNet 3.0 sense is or lies below animal.n.01 (horse, mare, puppy, poodle,
    cattle), none whose most frequent sense names a person or with a body sense (assistant/data/animal_nouns.txt,
    built by scripts/build_animal_nouns.py)."""
    return read_words("animal_nouns.txt")


@cache
def kind_thing_nouns() -> frozenset[str]:
    """Common nouns whose first and most WordNet 3.0 senses name a physical thing (an animal, artifact, food, natural
    object, plant or substance: cockroach, moth, rug, poppy, cuisine), none with a person or body sense
    (assistant/data/kind_thing_nouns.txt, built by scripts/build_kind_thing_nouns.py)."""
    return read_words("kind_thing_nouns.txt")


@cache
def amount_change_verbs() -> tuple[tuple[str, str, str, str], ...]:
    """(form, lemma, synset, list) per line of ``assistant/data/amount_change_verbs.txt``: WordNet 3.0 verbs of a
    changed amount, the list 'less', 'more' or 'taken_back' (built by scripts/build_amount_change_verbs.py)."""
    lines = data_file("amount_change_verbs.txt").read_text(encoding="utf-8").splitlines()
    return tuple((f[0], f[1], f[2], f[3]) for f in (line.split() for line in lines if line and not line.startswith("#")))


@cache
def changed_participles() -> frozenset[str]:
    """Past forms of the WordNet 3.0 verbs of making or becoming less, more or better ("reduced", "cut", "risen"),
    multiword ones with a space ("brought down"): ``assistant/data/changed_participles.txt`` (built by
    scripts/build_changed_participles.py)."""
    lines = data_file("changed_participles.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0].replace("_", " ") for line in lines if line and not line.startswith("#"))


@cache
def charge_nouns() -> frozenset[str]:
    """Nouns naming a charge or a grievance one party sends another (bill, invoice, fee, fine, claim, complaint,
    demand: assistant/data/charge_nouns.txt, built by scripts/build_charge_nouns.py from WordNet 3.0)."""
    return read_words("charge_nouns.txt")
