"""The bias rule build: pattern expansion and the word index, as whole results."""

from __future__ import annotations

import pytest

from assistant.analyzers.bias import RuleSet, expand_pattern, load_rules

BUILTIN = load_rules(None)
VOCAB = {"tiny": frozenset({"b", "a"})}


def test_literal_runs_expand_as_characters_did() -> None:
    assert expand_pattern("so (very |really )?keen on {tiny}-ish ~go", VOCAB) == [
        "so very keen on a-ish go", "so very keen on a-ish goes", "so very keen on a-ish going",
        "so very keen on a-ish gone", "so very keen on a-ish went",
        "so very keen on b-ish go", "so very keen on b-ish goes", "so very keen on b-ish going",
        "so very keen on b-ish gone", "so very keen on b-ish went",
        "so really keen on a-ish go", "so really keen on a-ish goes", "so really keen on a-ish going",
        "so really keen on a-ish gone", "so really keen on a-ish went",
        "so really keen on b-ish go", "so really keen on b-ish goes", "so really keen on b-ish going",
        "so really keen on b-ish gone", "so really keen on b-ish went",
        "so keen on a-ish go", "so keen on a-ish goes", "so keen on a-ish going",
        "so keen on a-ish gone", "so keen on a-ish went",
        "so keen on b-ish go", "so keen on b-ish goes", "so keen on b-ish going",
        "so keen on b-ish gone", "so keen on b-ish went",
    ]
    assert expand_pattern("plain words only", VOCAB) == ["plain words only"]
    assert expand_pattern("(x|y)z", VOCAB) == ["xz", "yz"]


@pytest.mark.parametrize(("pattern", "message"), [
    ("a (b", "unbalanced '(' in pattern 'a (b'"),
    ("x)y", "unexpected ')' in pattern 'x)y'"),
    ("a|b", "unexpected '|' in pattern 'a|b'"),
    ("a {nope}", "unknown vocabulary {nope} in pattern 'a {nope}'"),
    ("a ~B", "'~' must precede a lower-case word in pattern 'a ~B'"),
])
def test_bad_patterns_still_name_the_fault(pattern: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        expand_pattern(pattern, VOCAB)
    assert str(caught.value) == message


def test_index_holds_each_phrase_and_closed_up_variant_once_in_order() -> None:
    custom = BUILTIN.rules[0].model_copy(update={"patterns": ["old-timer", "old timer", "old timer", "grey (hair|hair)", "x"]})
    built = RuleSet([custom], BUILTIN.vocabulary)
    assert built._index == {"oldtimer": [(("oldtimer",), (), 0)], "x": [(("x",), (), 0)]}
    assert built._index2 == {
        ("old", "timer"): [(("old", "timer"), ("-",), 0), (("old", "timer"), (" ",), 0)],
        ("grey", "hair"): [(("grey", "hair"), (" ",), 0)],
    }
    assert built._index3 == {}
    # plain phrases of the same length share one gap tuple
    assert built._index2[("old", "timer")][1][1] is built._index2[("grey", "hair")][0][1]


def test_builtin_index_sizes() -> None:
    sizes = [sum(len(v) for v in table.values()) for table in (BUILTIN._index, BUILTIN._index2, BUILTIN._index3)]
    assert sum(sizes) > 40_000
    assert all(isinstance(p, tuple) and len(p) == 3 for table in (BUILTIN._index, BUILTIN._index2)
               for bucket in table.values() for p in bucket)



def test_a_pattern_mixing_plain_and_hyphenated_phrases_indexes_both_kinds() -> None:
    custom = BUILTIN.rules[0].model_copy(update={"patterns": ["(grey hair|old-timer|new hire) (today|)", "grey hair"]})
    built = RuleSet([custom], BUILTIN.vocabulary)
    assert built._index == {"oldtimer": [(("oldtimer",), (), 0)]}
    assert built._index2 == {
        ("grey", "hair"): [(("grey", "hair"), (" ",), 0)],
        ("old", "timer"): [(("old", "timer"), ("-",), 0)],
        ("new", "hire"): [(("new", "hire"), (" ",), 0)],
        ("oldtimer", "today"): [(("oldtimer", "today"), (" ",), 0)],
    }
    assert built._index3 == {
        ("grey", "hair", "today"): [(("grey", "hair", "today"), (" ", " "), 0)],
        ("old", "timer", "today"): [(("old", "timer", "today"), ("-", " "), 0)],
        ("new", "hire", "today"): [(("new", "hire", "today"), (" ", " "), 0)],
    }


def test_the_build_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    from assistant.analyzers.bias import RulesFileError

    assert gc.isenabled()
    RuleSet(BUILTIN.rules[:3], BUILTIN.vocabulary)
    assert gc.isenabled()
    bad = BUILTIN.rules[0].model_copy(update={"patterns": ["a {nope}"]})
    with pytest.raises(RulesFileError):
        RuleSet([bad], BUILTIN.vocabulary)
    assert gc.isenabled()
    gc.disable()
    try:
        RuleSet(BUILTIN.rules[:3], BUILTIN.vocabulary)
        assert not gc.isenabled()
    finally:
        gc.enable()
