"""Reading Princeton WordNet 3.0 files, shared by the lexicon builders (scripts/build_person_nouns.py, scripts/build_message_nouns.py,
scripts/build_value_nouns.py, scripts/build_first_sense_synonyms.py, scripts/build_discovery_verbs.py,
scripts/build_amount_change_verbs.py, ...).

``folder`` holds the WordNet database files (Debian package wordnet-base 1:3.0-37, usr/share/wordnet).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path

# The licence lines every built list's header ends with (the WordNet 3.0 licence asks that they appear on all copies).
WORDNET_LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. Licence: "Permission to use, copy, modify and distribute this
# software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided
# that you agree to comply with the following copyright notice and statements, including the disclaimer, and that
# the same appear on ALL copies of the software, database and documentation, including modifications that you make
# for internal use or for distribution."
"""


def lex_files(folder: Path, name: str = "noun") -> dict[str, int]:
    """The lexicographer file number (lex_filenum) of each synset offset of ``data.<name>``."""
    lexfile: dict[str, int] = {}
    for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            parts = line.split(maxsplit=2)
            lexfile[parts[0]] = int(parts[1])
    return lexfile


def index_entries(folder: Path, name: str = "noun") -> Iterator[tuple[str, list[str]]]:
    """(lemma, synset offsets, most frequent sense first) per lemma line of ``index.<name>``."""
    for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        yield parts[0], parts[-int(parts[2]):]


def common_entries(folder: Path, known: Container[str], skip: Container[str] = (),
                   name: str = "noun") -> Iterator[tuple[str, list[str]]]:
    """:func:`index_entries` limited to lower-case alphabetic lemmas of the common-word list, less ``skip``."""
    for word, offsets in index_entries(folder, name):
        if word.isalpha() and word.islower() and word in known and word not in skip:
            yield word, offsets


def tagged_sense_counts(folder: Path, name: str = "noun") -> dict[str, int]:
    """How many of each lemma's senses ``index.<name>`` ranks by tagged frequency (tagsense_cnt); 0 means WordNet's
    sense order for that lemma says nothing about which sense is the most frequent."""
    counts: dict[str, int] = {}
    for line in (folder / f"index.{name}").read_text(encoding="utf-8").splitlines():
        if not line.startswith(" "):
            parts = line.split()
            counts[parts[0]] = int(parts[-int(parts[2]) - 1])
    return counts


def synset_members(folder: Path, offset: str, name: str = "verb") -> list[str]:
    """The lemmas of the synset at byte ``offset`` of ``data.<name>``, in WordNet's order."""
    with (folder / f"data.{name}").open(encoding="utf-8") as f:
        f.seek(int(offset))
        fields = f.readline().split()
    return [fields[4 + 2 * i] for i in range(int(fields[3], 16))]


def irregular_past_forms(folder: Path) -> dict[str, list[str]]:
    """Each verb lemma's irregular forms in ``verb.exc`` other than its -ing and -s forms (its past forms)."""
    irregular: dict[str, list[str]] = {}
    for line in (folder / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, lemma = line.split()[:2]
        if not form.endswith("ing") and not form.endswith("s"):
            irregular.setdefault(lemma, []).append(form)
    return irregular


def ing_only_verbs(folder: Path) -> set[str]:
    """Lemmas ``verb.exc`` lists an irregular -ing form of and no past form: their past is the bare form ("cutting" ->
    "cut"; a doubled regular past would be listed, as "trimmed" is)."""
    lines = [line.split()[:2] for line in (folder / "verb.exc").read_text(encoding="utf-8").splitlines()]
    ing = {lemma for form, lemma in lines if form.endswith("ing")}
    past = {lemma for form, lemma in lines if not form.endswith("ing") and not form.endswith("s")}
    return ing - past


def past_forms(lemma: str, irregular: dict[str, list[str]], bare: Container[str] = ()) -> list[str]:
    """A verb lemma's past forms: its ``verb.exc`` irregular forms, the bare form for a lemma in ``bare``, else the
    regular one (-d after e, -ied after a consonant + y, else -ed); a multiword lemma keeps its particle ("cut_down")."""
    head, _, particle = lemma.partition("_")
    if head in irregular:
        forms = irregular[head]
    elif head in bare:
        forms = [head]
    elif head.endswith("e"):
        forms = [head + "d"]
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = [head[:-1] + "ied"]
    else:
        forms = [head + "ed"]
    return [f + ("_" + particle if particle else "") for f in forms]


def past_form_rows(folder: Path, synsets: Iterable[str], keep: Callable[[str, str], bool] | None = None,
                   bare: Container[str] = ()) -> Iterator[tuple[str, str, str]]:
    """(past form, lemma, synset) for each lower-cased member lemma of ``synsets`` that ``keep(lemma, synset)``
    accepts, in WordNet's order; each form once (its first synset)."""
    irregular = irregular_past_forms(folder)
    seen: set[str] = set()
    for offset in synsets:
        for lemma in (member.lower() for member in synset_members(folder, offset)):
            if keep is not None and not keep(lemma, offset):
                continue
            for form in past_forms(lemma, irregular, bare):
                if form not in seen:
                    seen.add(form)
                    yield form, lemma, offset


def nouns_mostly_in(folder: Path, files: Container[int]) -> list[str]:
    """One-word lower-case alphabetic noun lemmas whose first synset, and at least half of all their synsets, are in
    the lexicographer files ``files``, sorted."""
    lexfile = lex_files(folder)
    out = []
    for lemma, offsets in index_entries(folder):
        inside = sum(lexfile[o] in files for o in offsets)
        if lemma.isalpha() and lemma.islower() and lexfile[offsets[0]] in files and 2 * inside >= len(offsets):
            out.append(lemma)
    return sorted(out)


def write_words(out: Path, root: Path, header: str, words: list[str]) -> None:
    """Write ``words`` under ``header``, twelve a line, and say how many."""
    lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {out.relative_to(root) if out.is_relative_to(root) else out}")


def hypernyms(folder: Path, name: str = "noun") -> dict[str, list[str]]:
    """The hypernyms ("@", "@i" pointers of the same part of speech) of each synset offset of ``data.<name>``."""
    out: dict[str, list[str]] = {}
    for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        at = 4 + 2 * int(parts[3], 16)
        pointers = parts[at + 1:at + 1 + 4 * int(parts[at])]
        out[parts[0]] = [pointers[i + 1] for i in range(0, len(pointers), 4)
                         if pointers[i] in ("@", "@i") and pointers[i + 2] == name[0]]
    return out


def below(offset: str, anchors: set[str], up: dict[str, list[str]]) -> bool:
    """Whether the synset ``offset`` is one of ``anchors`` or has one among its hypernyms."""
    seen, stack = set(), [offset]
    while stack:
        current = stack.pop()
        if current in anchors:
            return True
        for parent in up.get(current, []):
            if parent not in seen:
                seen.add(parent)
                stack.append(parent)
    return False


def common_words(root: Path) -> set[str]:
    """The SCOWL word list the builders keep their words to (``assistant/data/common_words.txt``)."""
    return set((root / "assistant" / "data" / "common_words.txt").read_text(encoding="utf-8").split())


def nouns_below(folder: Path, anchors: set[str], known: Container[str], senses: int, or_half: bool = False) -> list[str]:
    """One-word lower-case alphabetic noun lemmas in ``known`` one of whose ``senses`` most frequent synsets is or lies
    below one of ``anchors`` (or, with ``or_half``, at least half of all their synsets do), sorted."""
    up = hypernyms(folder)
    out = []
    for word, offsets in index_entries(folder):
        if not (word.isalpha() and word.islower() and word in known):
            continue
        inside = [below(o, anchors, up) for o in offsets]
        if any(inside[:senses]) or (or_half and 2 * sum(inside) >= len(inside)):
            out.append(word)
    return sorted(out)


def build_main(argv: list[str], doc: str, build: Callable[[Path], list[str]], out: Path, root: Path,
               header: str) -> int:
    """A word-list builder's ``main``: ``argv`` is the WordNet folder alone (else print ``doc``)."""
    if len(argv) != 1:
        print(doc)
        return 2
    write_words(out, root, header, build(Path(argv[0])))
    return 0
