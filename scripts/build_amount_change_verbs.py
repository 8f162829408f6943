"""Build assistant/data/amount_change_verbs.txt from Princeton WordNet 3.0 (Debian wordnet-base, /usr/share/wordnet).

The members of the intransitive verb synsets of becoming less, ending, vanishing or getting better (LESS) and of
becoming more or worse (MORE), and the transitive verbs of taking back or dropping what one said or pursued
(TAKEN_BACK: "withdrew her complaint", "dropped the claim"), with their past and past-participle forms (verb.exc irregular forms, else the regular
-ed form), one form a line: ``FORM LEMMA OFFSET DIRECTION``. Multiword lemmas (go_down) keep their particle joined by
'_'. A form may stand in two lists ("decline": grow smaller and grow worse; "drop": go down in value and stop pursuing).

    python scripts/build_amount_change_verbs.py > assistant/data/amount_change_verbs.txt
"""

from __future__ import annotations

from pathlib import Path

import wordnet_io  # the shared WordNet reading (scripts/ is on the path when a script runs)

WORDNET = Path("/usr/share/wordnet")
LESS = (
    "00151689",  # decrease, diminish, lessen, fall: decrease in size, extent, or range
    "01970844",  # descend, fall, go_down, come_down: move downward and lower
    "00432683",  # drop: go down in value
    "00431826",  # decline, go_down, wane: grow smaller
    "00240571",  # shrink, contract: become smaller or draw together
    "00232956",  # subside, lessen: wear off or die down
    "02609764",  # end, stop, finish, terminate, cease: have an end
    "02156564",  # vanish, disappear, go_away: become invisible or unnoticeable
    "00427397",  # vanish, disappear: cease to exist
    "00205885",  # improve, better, ameliorate, meliorate: to make better / get better
)
MORE = (
    "00156601",  # increase: become bigger or greater in amount
    "00155143",  # rise, go_up, climb: increase in value or to a higher point
    "00433232",  # wax, mount, climb, rise: go up or advance
    "00230746",  # grow: become larger, greater, or bigger
    "00203866",  # worsen, decline: grow worse
    "00246217",  # double, duplicate: increase twofold
)
TAKEN_BACK = (
    "00799094",  # swallow, take_back, unsay, withdraw: take back what one has said
    "00798735",  # abjure, recant, forswear, retract, resile: formally reject or disavow
    "00363110",  # drop, knock_off: stop pursuing or acting ("drop a lawsuit")
    "02477334",  # cancel, strike_down: declare null and void
)


def main() -> None:
    irregular = wordnet_io.irregular_past_forms(WORDNET)
    print("# Verbs of a changed amount: members of Princeton WordNet 3.0 verb synsets (Debian wordnet-base 1:3.0-37,")
    print("# data.verb) of becoming less, ending, vanishing or getting better (less: " + ", ".join(LESS) + ")")
    print("# of becoming more or worse (more: " + ", ".join(MORE) + ") and of taking back or dropping")
    print("# what one said or pursued (taken_back: " + ", ".join(TAKEN_BACK) + "), each lemma with its past")
    print("# forms (verb.exc, else -ed). One form a line: FORM LEMMA SYNSET DIRECTION. Built by")
    print("# scripts/build_amount_change_verbs.py. Licence: WordNet 3.0 licence, see README.md.")
    seen: set[tuple[str, str]] = set()
    for direction, synsets in (("less", LESS), ("more", MORE), ("taken_back", TAKEN_BACK)):
        for offset in synsets:
            for lemma in wordnet_io.synset_members(WORDNET, offset):
                for form in [lemma, *wordnet_io.past_forms(lemma, irregular)]:
                    if (form, direction) not in seen:
                        seen.add((form, direction))
                        print(form, lemma, offset, direction)


if __name__ == "__main__":
    main()
