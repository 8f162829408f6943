"""The bias rule schema: a rule's terms, context checks, explanation, suggestion and source."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.analyzers.bias.models import (
    _CHARACTERISTICS,
    Category,
    Severity,
)
from assistant.analyzers.rules import (
    Overrides,
    Rule,
)

# ----------------------------------------------------------------------------- rule schema


class RuleContext(BaseModel):
    """When a pattern match counts. Word lists may use ``{vocabulary}`` names."""

    model_config = ConfigDict(extra="forbid")

    describes: Literal["any", "person", "generic_pronoun", "mention", "address"] = Field(
        default="any",
        description="person: the match must describe a person (subject, copula, person noun); "
        "address: the match is a form of address set off from its sentence ('Thanks, guys.', 'Ladies, "
        "please ...'), not a noun in it ('the guys in accounts') nor a list item ('men, women, boys and girls'); "
        "generic_pronoun: he/she after 'each/every <role>', a hypothetical role holder or an obliged 'anyone', not a person already named; "
        "mention: a personal characteristic (family, age, origin, body, faith, health) brought into a "
        "sentence that judges a specific person: a name or he/she/you/they in the sentence (or a person "
        "noun right after: 'older analysts'), a judgement cue ({evaluation}), no policy wording "
        "({policy}); a hyphen compound ('age-verification') is a thing.",
    )
    thing_after: Literal["skip", "ignore"] = Field(
        default="skip", description="skip: no flag when the next word is a thing noun ('accent color')."
    )
    kind_names: bool = Field(default=False, description="The match as the modifier of a noun naming a physical thing "
                             "('Oriental rugs', 'gypsy moths': assistant/data/kind_thing_nouns.txt) or inside a "
                             "capitalised name ('the Oriental Institute', 'Mandarin Oriental') names the thing, not "
                             "people (analyzers/bias: _ThingChecks._names_a_kind).")
    capitalised: list[str] = Field(default_factory=list, description="Words that count only written with a capital "
                                   "inside the match: an ethnonym as a proper noun ('For a Traveller, he ...'), not "
                                   "the common noun ('for a traveller, the region ...').")
    not_before: list[str] = Field(default_factory=list, description="No flag when directly preceded by one.")
    not_after: list[str] = Field(default_factory=list, description="No flag when directly followed by one.")
    needs_before: list[str] = Field(default_factory=list, description="Flag only with one of these before; a "
                                    "phrase opening with '<person> ' needs he/she/they or a person's name right "
                                    "before the rest ('<person> is': 'Bill is 67', not 'the score is 67').")
    needs_after: list[str] = Field(default_factory=list, description="Flag only with one of these after.")
    window: int = Field(default=1, ge=1, le=16, description="How many words needs_before/after may reach.")
    judgement: Literal["needed", "not_needed", "linked"] = Field(
        default="needed", description="not_needed when the phrase is itself a judgement ('negotiated like a "
        "man', a label, a stereotype, a comparison, a demand): a characteristic mention rule (kind mention) whose "
        "judgement is needed is flagged only when the characteristic is tied to a judgement, an expectation, a "
        "comparison or a decision about the person in its sentence or the next (analyzers/bias: _Checker._tied); linked when the characteristic must take part in the judgement, not "
        "merely share a sentence with one: it gives the judgement's grounds (a clause of reason, condition or "
        "concession: 'since she became a mother', 'even with two toddlers at home'), shares a clause with a "
        "judgement cue ('your mother's dialysis schedule is hard on you'), or a consequence is drawn from it "
        "('he is newly married, so I doubt ...'). A plain mention beside praise in a letter, a tribute or a "
        "bio ('lives in Leeds with her husband', 'accepted the award with her children by her side') is none.")
    yields: bool = Field(
        default=False, description="A narrower, later rule that gives way: its flag is dropped when another rule "
        "flagged the same category in the sentence, and it never makes a characteristic mention redundant (a new "
        "rule never takes the place of an older rule's flag).")
    occasion: Literal["skip", "ignore"] = Field(
        default="ignore", description="skip: no flag when the word names a passing state at an occasion of "
        "recognition or farewell, not a trait: a past-tense link before it (was/got/became/grew), an occasion word "
        "({occasions}) after a temporal or situational link (as, when, at, during ...) in its sentence, and no "
        "habit, degree or instruction ('always', 'whenever', 'every', 'too', 'so'): 'was emotional as she accepted "
        "the award', 'got emotional at his retirement lunch'. 'gets emotional whenever ...' and 'was emotional when "
        "the client said no' stay flagged.")
    span: Literal["match", "judgement", "clause"] = Field(
        default="match", description="clause: the phrase opens a clause with the person's age ('..., but at 24 he "
        "is too green to run the branch'): the flag runs from the phrase to the end of the judgement predicate of "
        "its clause, its last cue and the words right after it up to a complement ('at 24 he is too green'; analyzers/bias: "
        "_clause_predicate_end, _predicate_end); when another flag lies in the clause, that narrower flag is kept "
        "and this one adds "
        "nothing ('and at 25 she is still too young ...': the flag stays on 'too young'), and a stated age earlier "
        "in the sentence does not run on into the clause it opens. "
        "judgement: the phrase states a fact (a stated age, the person's similarity "
        "to the writer) and the remark runs on to the judgement drawn from it in its sentence: the flag is widened "
        "over its own clause when that clause judges, and over the judging clauses after it (analyzers/bias: "
        "_remark_extent), taking in flags of the same category there, and ends with the judgement predicate of its "
        "last clause, the complement after it left out (_trimmed_extent: 'Bill is 67, and I doubt he has the "
        "stamina', not '... for a second site'; 'grew up in my hometown, so I trust her numbers'; rapport: 'so we "
        "clicked'). A similarity of "
        "the writer with the person is flagged with no judgement drawn too ('He and I went to the same "
        "college.'); said of a served person ('The customer grew up in my town') or of two others ('The new "
        "hire and the trainer went to the same university') it is no flag.")
    predicated: bool = Field(
        default=False, description="The match is the bare plural subject of a generic sentence about a group and "
        "must be judged there: a negation or a word of negative valence (VADER) among its own words after the "
        "first or the next words of its clause, up to a clause break (analyzers/bias: _Checker._predicated): "
        "'Muslims are terrorists', 'men are not reliable caregivers', 'immigrants stole American jobs'; not "
        "'women are underrepresented in engineering', 'Muslims are a protected group'.")
    grounds: bool = Field(
        default=False, description="The match must be given as the grounds of a judgement of the person: a word of "
        "endorsement, decision or leniency later in its sentence (vocabularies `endorsements`, `decisions`, "
        "`person_decisions`, `leniency`; a verdict of the writer's right after I or we, `writer_verdicts`: 'so I know "
        "his work ethic'; analyzers/bias: _Checker._grounds_after). Checked with needs_before and needs_after, not "
        "instead of them: 'She and I were in the same lodge, so I rated her teamwork higher' is grounds; 'went to "
        "the same college and now share a flat' is a fact.")
    simile: bool = Field(
        default=False, description="The match must be the standard of a simile, the noun after 'like' or 'as <word> "
        "as' and a determiner with up to two modifiers between ('as jumpy as a nervous schoolgirl', 'fussed like a "
        "spinster'); the flag runs from 'like' or the first 'as'. 'As a schoolgirl she kept bees' (a role or a time) "
        "and 'would like a nanny' (the verb) are no simile (Quirk et al. 1985, 15.61 and 15.63; analyzers/bias: "
        "_Checker.simile_start).")
    comparative: bool = Field(
        default=False, description="The match must be a comparative clause of similarity with a generic plural subject "
        "and a pro-form, closing its clause ('..., as women do', 'as women naturally are.') and attached to a clause "
        "about a person (he, she, you, a name, a person noun), not the writer's (I, we), not a comparison of degree "
        "('as much as girls do') or of two groups ('women feel, think and desire just as men do') (Quirk et al. 1985, "
        "15.53 and 12.22-12.24; analyzers/bias: _ComparativeChecks._group_comparative).")
    judged_again: bool = Field(
        default=False, description="The person whose state the match predicates must be referred to again in its "
        "sentence, outside the subject, link verb and state: a pronoun or possessive of the second or third person, "
        "or a name ('Now that she is engaged, I expect she will want fewer hours'); 'Not required anymore because "
        "you're single' (a form field's label) judges no one (analyzers/bias: _RestatedChecks._judged_again).")
    policy: Literal["skip", "ignore"] | None = Field(
        default=None, description="skip: no flag in a sentence with policy wording ({policy}: 'parental leave "
        "under the policy'); the default for mention rules.")


class BiasRule(Rule):
    """A bias rule: word patterns, when they count, and what to tell the writer."""

    category: Category
    severity: Severity
    patterns: list[str] = Field(min_length=1, description="Phrases; (a|b), (x)? and {vocabulary} expand.")
    context: RuleContext = Field(default_factory=RuleContext)
    kind: Literal["mention", "wording"] | None = Field(
        default=None, description="mention: a neutral word for a personal characteristic whose bias depends on "
        "whom it judges ('young', 'older', 'deaf', 'mother', 'pregnant', 'Muslim'); said of the people the person "
        "serves ('a deaf customer') or part of a capitalised name ('the Maternity Unit') it is no flag. wording: "
        "a term the sources reject in itself ('wheelchair-bound', 'suffers from', 'the disabled', 'senile', "
        "slurs), flagged whoever it describes. Unset: mention for the characteristic categories (age, "
        "appearance, disability, family_status, race_ethnicity, religion, sexual_orientation), wording otherwise.")

    @property
    def kind_label(self) -> str:
        return self.category

    @property
    def term_kind(self) -> str:
        """The rule's kind, with the category's default when unset (see ``kind``)."""
        if self.kind is not None:
            return self.kind
        return "mention" if self.category in _CHARACTERISTICS else "wording"

    @model_validator(mode="after")
    def _mention_is_a_characteristic(self) -> BiasRule:
        if self.kind == "mention" and self.category not in _CHARACTERISTICS:
            raise ValueError(f"kind 'mention' needs a characteristic category, not {self.category!r}")
        return self

    @field_validator("suggestion")
    @classmethod
    def _suggestion_is_advice(cls, value: str) -> str:
        if not value.startswith("Consider"):
            raise ValueError("must start with 'Consider' and point at observable behaviour")
        return value


class BiasOverrides(Overrides[BiasRule]):
    """The bias section of a rules file (built-in files use the same shape)."""


RulesFile = BiasOverrides
