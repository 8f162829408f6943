"""Rebuild the name gazetteer and the English lexicon shipped in ``assistant/data/``.

Sources (all offline, all with licences that allow redistribution):

* first names and surnames of every Latin-script locale of Faker (PyPI ``faker``, MIT licence;
  its lists come from national statistics offices and census publications), romanised Chinese
  and Japanese names included;
* the 1990 US Census name files (public domain), as packaged by PyPI ``names``: every first name
  and the 30,000 most frequent surnames;
* place-name words (countries, states, provinces, counties, cities) of Faker's
  English address providers;
* common words: the lower-case entries of SCOWL's American and British word lists (Debian
  ``wamerican`` and ``wbritish``; SCOWL licence, see assistant/data/README.md).

Usage (once, when updating the lists)::

    pip install faker names && apt-get install wamerican wbritish
    python scripts/build_name_lists.py
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "assistant" / "data"
SURNAME_RANK_LIMIT = 30_000
WORD_LISTS = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")


def _latin(word: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word if c.isalpha())


def _usable(word: str) -> bool:
    return bool(word) and " " not in word and _latin(word) and any(c.isalpha() for c in word)


def faker_names() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    firsts: set[str] = set()
    lasts: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, value in vars(provider).items():
            is_first = attr.startswith("first_name") or attr == "first_romanized_names"
            is_last = attr.startswith("last_name") or attr == "last_romanized_names"
            if not (is_first or is_last) or not isinstance(value, dict | list | tuple | set | frozenset):
                continue
            for name in value:
                if isinstance(name, str) and _usable(name):
                    (firsts if is_first else lasts).add(name.casefold())
    return firsts, lasts


def census_names() -> tuple[set[str], set[str]]:
    import names

    folder = Path(names.__file__).parent
    read = lambda name: [line.split()[0] for line in (folder / name).read_text().splitlines() if line.strip()]  # noqa: E731
    firsts = {n.casefold() for n in read("dist.male.first") + read("dist.female.first")}
    lasts = {n.casefold() for n in read("dist.all.last")[:SURNAME_RANK_LIMIT]}
    return firsts, lasts


def faker_places() -> set[str]:
    """Words of country, state, province, county and city names."""
    import faker.providers.address as address

    places: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        if module.name != "en" and not module.name.startswith("en_"):
            continue
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in ("countries", "states", "provinces", "counties", "cities", "union_territories"):
            for place in getattr(provider, attr, ()) or ():
                if isinstance(place, str):
                    places.update(w.casefold() for w in place.replace("-", " ").split() if _usable(w))
    return places


def common_words() -> set[str]:
    words: set[str] = set()
    for path in WORD_LISTS:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line and line.islower() and "'" not in line:
                words.add(line)
    return words


def main() -> None:
    f1, l1 = faker_names()
    f2, l2 = census_names()
    outputs = {
        "places.txt": faker_places(),
        "first_names.txt": f1 | f2,
        "surnames.txt": l1 | l2,
        "common_words.txt": common_words(),
    }
    for name, values in outputs.items():
        (DATA / name).write_text("\n".join(sorted(values)) + "\n", encoding="utf-8")
        print(f"{name}: {len(values):,} entries")


if __name__ == "__main__":
    main()
