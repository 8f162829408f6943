"""Biased-language detector: span-level, context-aware, rules as data.

``check_bias(text)`` is pure: it tokenizes the text once, looks every token up in an index
built from the YAML rules (``assistant/rules/bias*.yaml``) and keeps a candidate only when the
rule's context holds (e.g. a trait word must describe a person, not a timeline). Offsets are
0-based ``[start, end)`` into the original text, so ``text[start:end] == flag.text``.

Rules are data. An organisation's YAML file (``settings.rules_file``) can add rules, replace
built-in ones (same id), extend the vocabulary lists and ``disable`` rule ids; see
:func:`load_rules`.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.analyzers.rulecache import precompiled
from assistant.analyzers.rules import (
    RULES_DIR,
    OrgKey,
    Overrides,
    PhraseMatcher,
    Rule,
    RulesFileError,
    drop_allowed,
    merge_rules,
    org_file_key,
    org_section,
    parse_overrides,
    read_yaml,
    validation_message,
)
from assistant.analyzers.valence import lexicon as valence_lexicon
from assistant.names import find_names, lexicon
from assistant.text import (
    ABBREVIATIONS,
    IRREGULAR_VERBS,
    MODALS,
    MONTHS,
    NUMBER_WORDS,
    PARTICLES,
    PREPOSITIONS,
    RELATIVE_WORDS,
    WEEKDAYS,
    inflections,
    is_past_tense,
    wordset,
)
from assistant.wordlists import person_nouns

Category = Literal[
    "gendered_language",
    "gender_coded",
    "age",
    "race_ethnicity",
    "disability",
    "family_status",
    "appearance",
    "religion",
    "sexual_orientation",
    "affinity",
]
Severity = Literal["high", "medium", "low"]
CATEGORIES: tuple[str, ...] = get_args(Category)
SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2}

BUILTIN_GLOB = "bias*.yaml"
# The categories whose words name a personal characteristic someone has (see _Checker._holder and
# BiasRule.kind); the other categories (gendered nouns, gender-coded traits, affinity) are about the words,
# whoever they describe.
_CHARACTERISTICS = frozenset(["age", "appearance", "disability", "family_status", "race_ethnicity", "religion",
                              "sexual_orientation"])


# ----------------------------------------------------------------------------- public models


class BiasFlag(BaseModel):
    """One flagged span. ``text[start:end] == flag.text``."""

    start: int
    end: int
    text: str
    category: Category
    severity: Severity
    rule: str
    explanation: str
    suggestion: str
    source: str | None = None
    replacements: list[str] = Field(default_factory=list)


class BiasReport(BaseModel):
    """All flags for one text, in order of position."""

    flags: list[BiasFlag] = Field(default_factory=list)


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
        "comparison or a decision about the person in its sentence or the next (bias.py _Checker._tied); linked when the characteristic must take part in the judgement, not "
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
        "its clause, its last cue and the content words right after it ('at 24 he is too green'; bias.py "
        "_clause_predicate_end); when another flag lies inside, that narrower flag is kept and this one adds "
        "nothing ('and at 25 she is still too young ...': the flag stays on 'too young'), and a stated age earlier "
        "in the sentence does not run on into the clause it opens. "
        "judgement: the phrase states a fact (a stated age, the person's similarity "
        "to the writer) and the remark runs on to the judgement drawn from it in its sentence: the flag is widened "
        "over its own clause when that clause judges, and over the judging clauses after it (bias.py "
        "_remark_extent), taking in flags of the same category there ('Bill is 67, and I doubt he has the "
        "stamina'; 'grew up in my hometown, so I trust her numbers'; rapport: 'so we clicked'). A similarity of "
        "the writer with the person is flagged with no judgement drawn too ('He and I went to the same "
        "college.'); said of a served person ('The customer grew up in my town') or of two others ('The new "
        "hire and the trainer went to the same university') it is no flag.")
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


# ----------------------------------------------------------------------------- grammar
# Closed-class English words the context checks rely on. Open-class lists (things, people,
# roles...) are data in assistant/rules/bias_context.yaml.

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "you",
        "i",
        "we",
        "me",
        "us",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "nobody",
        "who",
        "whoever",
    ]
)
POSSESSIVES = frozenset(["her", "his", "their", "your", "my"])
GENDERED_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
MASCULINE_PRONOUNS = frozenset(["he", "him", "his", "himself"])
THEY_FORMS = frozenset(["they", "them", "their", "theirs", "themselves", "themself"])
FEMININE_PRONOUNS = GENDERED_PRONOUNS - MASCULINE_PRONOUNS
LINKS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "am",
        "s",
        "re",
        "m",
        "isn",
        "wasn",
        "aren",
        "weren",
        "seems",
        "seem",
        "seemed",
        "appears",
        "appear",
        "appeared",
        "came",
        "come",
        "comes",
        "coming",
        "across",
        "as",
        "get",
        "gets",
        "got",
        "getting",
        "gotten",
        "became",
        "become",
        "becomes",
        "becoming",
        "sounded",
        "sound",
        "sounds",
        "looked",
        "look",
        "looks",
        "looking",
        "acts",
        "act",
        "acted",
        "acting",
        "remained",
        "remains",
        "stays",
        "stay",
        "stayed",
        "off",
        "went",
        "goes",
        "go",
        "going",
        "turned",
        "turns",
        "turning",
        "turn",
        "into",
        "feel",
        "feels",
        "felt",
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "should",
        "must",
        "shall",
        "to",
        "need",
        "needs",
        "needed",
        "tends",
        "tend",
        "tended",
        "try",
        "tries",
        "tried",
        "stop",
        "stops",
        "don",
        "do",
        "does",
        "did",
        "didn",
        "doesn",
        "t",
        "ll",
        "d",
        "ve",
        "has",
        "have",
        "had",
        "having",
        "keep",
        "keeps",
        "kept",
        # a depictive after a verb of arriving describes its subject: "often arrives dishevelled"
        "arrive",
        "arrives",
        "arrived",
        "arriving",
        # a manner the subject brings to the work is theirs, as with 'has': "brings an urban vibe to the desk"
        "brings",
        "bring",
        "brought",
        "bringing",
    ]
)
BRIDGE = frozenset(
    [
        "a",
        "an",
        "the",
        "such",
        "so",
        "too",
        "very",
        "quite",
        "really",
        "rather",
        "somewhat",
        "extremely",
        "incredibly",
        "overly",
        "increasingly",
        "bit",
        "little",
        "kind",
        "sort",
        "of",
        "more",
        "less",
        "most",
        "least",
        "always",
        "often",
        "sometimes",
        "usually",
        "generally",
        "occasionally",
        "frequently",
        "also",
        "just",
        "still",
        "even",
        "never",
        "not",
        "pretty",
        "fairly",
        "lot",
        "totally",
        "completely",
        "absolutely",
        "particularly",
        "especially",
        "seriously",
        "super",
        "real",
        "truly",
        "genuinely",
        "downright",
        "perhaps",
        "maybe",
        "probably",
        "clearly",
        "definitely",
        "honestly",
        "frankly",
        "visibly",
        "noticeably",
        "please",
        "way",
        "openly",
        "kinda",
        "sorta",
        "kindof",
        "slightly",
        "tad",
        "awfully",
        "terribly",
        "excessively",
        "unusually",
        "hella",
        "lil",
    ]
)
# Verbs that ascribe a trait to their object: "described her feedback as abrasive", "called him bossy".
DESCRIBING_VERBS = wordset(
    """describe describes described describing call calls called calling consider considers considered
    considering label labels labelled labeled labelling labeling view views viewed see sees seen perceive
    perceives perceived regard regards regarded deem deems deemed find finds found know known think
    thinks thought rate rates rated"""
)
CONJUNCTIONS = frozenset(["and", "but", "or", "yet"])
CHILD_NOUNS = frozenset(["child", "children", "kid", "kids", "toddler", "toddlers", "babies", "infants"])
_ROOM_CHILD_NOUNS = CHILD_NOUNS | frozenset(["baby", "infant"])  # "the baby room": the singular modifier too
GROUP_DETERMINERS = frozenset(["the", "these", "those", "all"])
# Whom a job serves (see _Checker._served): the heads of work and aptitude, verbs of service, modifiers of a
# served group, served groups, care fields and workplaces are data (bias_context.yaml: work_heads,
# service_verbs, programme_nouns, served_modifiers, served_groups, care_fields, workplace_nouns); the
# adverbs that may stand between a work head and its 'with'/'in' are grammar.
WORK_ADVERBS = wordset("""well closely directly extensively mainly mostly especially particularly really very
    primarily exclusively daily regularly previously also""")
BACKGROUND_OPENERS = wordset("during while whilst when as so after before until")
# Verbs of working around someone else's absence: "Maria covered Ana's maternity leave"
COVER_VERBS = wordset("cover covers covered covering backfill backfills backfilled backfilling")
HOLDER_LINKS = wordset("s on was is were went goes took takes take taking could would can will may might to back from had has recovered recovering recovers underwent for")
OUTSIDER_LINKS = wordset("who whose that with in on a an the uses use used using has have had their his her small young is was are were during through after before went goes took takes")
# A match that opens with one of these predicates a characteristic of the noun before it ("a customer
# with young children", "a colleague who has two kids").
POSSESSION_VERBS = frozenset(["with", "has", "have", "had"])
PLURAL_LINKS = frozenset(["are", "were", "re", "aren", "weren", "have", "seem", "look", "remain"])
SECOND_PERSON = frozenset(["you", "your", "yours", "yourself"])
# Modals of permission and obligation: with only the addressee as person they give a procedure's rule.
PROCEDURE_MODALS = frozenset(["can", "cannot", "could", "may", "might", "will", "would", "should", "must",
                              "need", "needs", "needed",
                              # and the function words a procedure uses as freely ("which", "as well as",
                              # "will not be paid out", "please follow")
                              "which", "as", "not", "no", "now", "just", "only",
                              "still", "please", "well", "get", "gets", "got", "make", "makes", "made",
                              "keep", "kept", "review"])
SPECIFIC_PERSON = frozenset(["he", "she", "him", "her", "his", "hers", "you", "your", "yours", "they", "them",
                             "their", "himself", "herself", "yourself", "themselves"])
DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "your",
        "his",
        "her",
        "their",
        "its",
        "some",
        "any",
    ]
)
DEMONSTRATIVES = frozenset(["it", "this", "that", "which", "what", "there", "these", "those"])
NOUN_PREPOSITIONS = PREPOSITIONS - PARTICLES
FUNCTION_WORDS = DETERMINERS | frozenset(
    [
        "we", "they", "it", "there", "here", "please", "hey", "hi", "hello", "thanks", "thank", "each",
        "every", "all", "no", "when", "if", "as", "since", "now", "given", "during", "with", "after", "before",
        "while", "because", "so", "but", "and", "or", "maybe", "perhaps", "why", "what", "how", "who", "is",
        "can", "do", "don", "stop", "let", "lets", "great", "good", "nice", "well", "looking", "hiring", "in",
        "on", "at", "for", "to", "from", "of", "by", "once", "also", "then", "still", "however", "overall",
        "both", "most", "many", "much", "only", "just", "even", "again", "yes", "ok", "okay", "not", "never",
        "always", "sometimes", "often",
    ]
)
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)  # "Mark" is a name, "March" is not
GENERIC_TRIGGERS = frozenset(["each", "every", "any"])
GENERIC_WINDOW = 40
# Antecedents that name no particular person (APA 7th ed. 5.5, generic "he"): indefinite pronouns under
# an obligation ("anyone who ... must explain himself"), a hypothetical role holder ("the
# successful candidate", "the ideal hire"), and a sentence-initial "a <role>" whose verb states what
# holds in general ("A good manager knows his team", "A director should evaluate his own campaigns").
INDEFINITE_PERSONS = frozenset(["anyone", "anybody", "everyone", "everybody", "whoever"])
EXISTENTIAL_PERSONS = frozenset(["someone", "somebody"])
HYPOTHETICAL_MODIFIERS = frozenset(["ideal", "successful", "right", "perfect", "typical", "average",
                                    "prospective", "future", "next", "eventual", "selected", "chosen",
                                    "incoming", "winning"])
GENERIC_MODALS = frozenset(["should", "must", "can", "cannot", "needs", "ought"])  # not "will": "A client will call, and he ..."
NOT_GENERIC_VERBS = frozenset(["is", "was", "has", "does", "says", "thinks", "seems", "looks"])
KIND_ADJECTIVES = frozenset(["good", "great", "true", "real", "effective", "successful", "strong", "competent",
                             "responsible", "professional", "typical", "average", "ideal", "capable", "skilled",
                             "experienced", "smart", "wise", "conscientious", "careful", "diligent"])
NOT_AGENT_NOUNS = wordset(
    """other another number order quarter after later never ever either neither whether together rather
    further however matter letter paper summer winter chapter folder server center centre meter filter
    trigger water computer printer browser error sensor floor door color colour factor sector monitor
    editor corner border register answer offer power tower cover layer buffer counter header footer
    marker banner"""
)
NOT_MODIFIERS = wordset("one two three four five six seven eight nine ten other another last next first second every each several few many most more less same")
# simple-past forms of the listed irregular verbs ('became', 'grew'), beyond text.IRREGULAR_PAST
IRREGULAR_PAST_FORMS = frozenset(
    form for base, forms in IRREGULAR_VERBS.items() for form in forms
    if form != base and form not in ("am", "are") and not form.endswith(("s", "ing", "en"))
)
CLAUSE_OPENERS = frozenset(["and", "but", "or", "so", "because", "when", "if", "while", "that", "although",
                            "though", "unless", "until", "since", "whether", "whenever", "once"])
LY_ADJECTIVES = wordset("""daily weekly monthly yearly quarterly hourly nightly early friendly lovely lonely likely
    elderly family costly timely orderly curly silly ugly holy only lively kindly""")
OBJECT_FOLLOWERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "it", "and", "or", "but", "when",
                              "if", "as", "so", "again", "back", "up", "down", "out", "off", "how", "what",
                              "why", "whether", "yesterday", "today", "twice", "once"])
CONDITIONAL_OPENERS = frozenset(["if", "when", "once", "before", "after", "until", "unless", "whenever"])
# How a characteristic takes part in a judgement (RuleContext judgement "linked"; _Checker._takes_part): the
# openers of a clause that concedes a judgement's grounds ("even with a new baby at home", "despite being a
# mother of two") or gives them (reason, time since, condition, role: "since she had the baby", "because he
# cares for his parents", "as a father of three"); the prepositions that give grounds only at the head of a clause ("With three kids, she ..."); and
# the links that draw a consequence from what comes before ("he is newly married, so I doubt ...", "which
# means she can ...", "which is why ...", "which explains ..."). Quirk et al. (1985), A Comprehensive Grammar
# of the English Language, 15.45-15.47 (reason, concession) and 8.137 (conjuncts of result).
CONCESSIVE_OPENERS = frozenset(["despite", "although", "though", "even", "notwithstanding"])
GROUNDS_OPENERS = frozenset(["since", "because", "as", "given", "once", "now", "considering", "unless", "if"])
FRONTED_GROUNDS = frozenset(["with", "without"])
CONSEQUENCE_LINKS = frozenset(["so", "therefore", "thus", "hence", "means", "meaning", "why"])
# after "which"/"this"/"that"/"it": "which explains the missed deadlines", "which makes her a flight risk"
EXPLAINING_LINKS = frozenset(["explains", "explained", "makes", "made"])
# a contrast drawn after it concedes it after the fact ("He is a great dad, but his mind is elsewhere" is
# "although he is a great dad, ..."; Quirk et al. 13.40-13.41 on 'but' and concession)
CONTRAST_LINKS = frozenset(["but", "yet", "however"])
LINK_WORDS = (CONCESSIVE_OPENERS | GROUNDS_OPENERS | FRONTED_GROUNDS | CONSEQUENCE_LINKS | EXPLAINING_LINKS
              | frozenset(["and", "or", "but", "yet", "which", "while", "whereas", "not", "no", "never", "only", "just",
                           "still"]))
# verbs of knowing, saying and believing, and the complementiser after them: what follows is someone else's
STANCE_WORDS = wordset("""think thinks thought know knows knew doubt doubts believe believes understand understands
    realise realises realize realizes realised realized feel feels felt hear heard notice noticed see saw suspect
    suspects worry worried guess suppose expect imagine assume hope wonder fear say says said told gather that""")
NEGATORS = frozenset(["not", "t", "never", "no", "ill"])  # "t" only after an apostrophe: "isn't"
# a passing state at an occasion (_Checker._at_occasion): its past-tense links, what may stand between the link
# and the word, the links that place it at the occasion, and what makes it a habit or a degree instead
PASSING_LINKS = frozenset(["was", "were", "got", "became", "grew", "felt"])
MOMENT_FILLERS = frozenset(["a", "little", "bit", "very", "quite", "rather", "deeply", "still", "also", "all"])
OCCASION_LINKS = frozenset(["as", "when", "while", "at", "during", "after", "on", "in", "upon", "before"])
HABIT_MARKERS = frozenset(["always", "whenever", "every", "often", "usually", "constantly", "typically", "tends",
                           "tend", "sometimes", "each", "again"])  # a degree ('too', 'so') stops the link scan
CLAUSE_MODALS = MODALS | frozenset(["cannot", "couldn", "wouldn", "shouldn"])
# adjectives of frequency before a noun of conduct make it a habit of its possessor ("her constant nagging")
_HABIT_ADJECTIVES = frozenset(["constant", "endless", "usual", "continual", "incessant", "persistent", "habitual",
                               "relentless", "frequent", "perpetual", "typical", "customary", "repeated"])
# verbs that make a clause of what follows 'since' ("since his daughter was born"): _Checker._since_of_time
_FINITE_LINKS = frozenset(["was", "is", "were", "are", "s", "got", "gets", "became", "becomes", "had", "has", "have",
                           "went", "goes", "came", "comes", "began", "begins", "left", "took", "died", "fell"])
_STATE_LINKS = frozenset(["been", "become", "became", "grown", "gotten", "seem", "seems", "seemed"])
# what may stand between a negation and the days it leaves out: "does not work Friday evenings", "is never in on
# Saturdays" (_Checker._inert_cues)
_SCHEDULE_LINKS = frozenset(["work", "works", "worked", "working", "in", "on", "at", "come", "comes", "during",
                             "the", "any", "before", "after", "until"])
_DAY_NOUNS = frozenset(["days", "weekdays", "weekends", "weekend", "mornings", "afternoons", "evenings", "nights"])
# a frequency that names no days: a habit held against the person, not a stated schedule (_Checker._inert_cues)
_VAGUE_FREQUENCY = (HABIT_MARKERS - frozenset(["every", "each"])) | frozenset(
    ["most", "mostly", "frequently", "regularly", "generally", "forever", "constantly"])
# a sentence opening that takes up the one before it: what follows is drawn from it
_DIRECTIVES = frozenset(["please", "kindly"])  # a request of the person is an expectation of them
_TAKING_UP = frozenset(["so", "therefore", "hence", "thus", "consequently"])
_TIE_REACH = 40
_AGREEING = frozenset(["agree", "agrees", "agreed", "confirm", "confirms", "confirmed"])  # with STANCE_WORDS: reports
# a relative equated with a role in the reviewed work, and the step a third party took (_Checker._recusal_step)
_EQUATING_COPULAS = frozenset(["is", "was", "s", "are", "were"])
_NOUN_PHRASE_OPENERS = frozenset(["the", "a", "an", "her", "his", "their", "your", "our", "my"])
_THIRD_PARTY_OPENERS = frozenset(["the", "a", "an", "another"])
_STEP_HEDGES = frozenset(["probably", "likely", "maybe", "perhaps", "surely", "obviously", "clearly", "never"])
_DEGREE_BEFORE = frozenset(["quite", "very", "so", "too", "rather", "bit", "overly", "extremely", "really", "terribly"])
_GRADING = _DEGREE_BEFORE | frozenset(["more", "less"])
# grounds given in the characteristic's own clause; 'since' too: a characteristic in a since-clause is given
# as the grounds of a change ("Since Tom came back from paternity leave, tickets pile up")
_CAUSAL_OPENERS = frozenset(["because", "given", "considering", "since"])
# nouns of character and manner: a characteristic modifying one is made a trait of the person
_TRAIT_NOUNS = frozenset(["attitude", "outlook", "energy", "spirit", "mindset", "personality", "temperament",
                          "demeanour", "demeanor", "manner", "style", "vibe"])
def _rating(rated: dict[str, float], word: str) -> float:
    """VADER's rating of ``word``, or of its base when only that is rated ("refuses" as "refuse")."""
    value = rated.get(word)
    if value is None and len(word) > 3 and word.endswith("s"):
        value = rated.get(word[:-1])
    return value or 0.0


_BURDEN_REACH = 6  # words from an opener to the others it burdens, and from them to the obligation
_COST_REACH = 6  # words from a characteristic to the cost it is blamed for ("school-run schedule has become a headache")
_COST_STOPS = frozenset(["and", "or", "but", "who", "whom", "which", "that", "when", "while", "after", "before"])
_SIMILE_REACH = 10  # "like it was written by someone with dyslexia"
_LIKE_AS_VERB = frozenset(["would", "d", "i", "we", "you", "they", "to", "don", "didn", "t", "not", "really", "also", "might"])
_DEGREE_AFTER = frozenset(["so", "too", "very", "really", "overly", "extremely", "far", "way", "rather", "terribly"])
_NEGATED_DOUBTS = frozenset(["sure", "certain", "convinced", "comfortable"])  # doubts only after a negation
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "they", "them"])
# words that rate or size a body, never a thing's measure before 'weight'/'height' (bias.py _Checker._thing_measure)
_BODY_RATING_WORDS = frozenset(["extra", "excess", "more", "less", "much", "own", "body", "ideal", "normal", "average",
                                "proper", "healthy", "target", "same", "full", "real", "natural", "bit"])
_REMOVAL_PARTICLES = frozenset(["off", "away", "out", "from"])  # "moved her off the window", "took him out of it"
# where a confining verb keeps the person: "kept her on returns", "left him off the list", "removed her from the
# rota"; not "leave him to choose", "keep her updated"
_PLACE_PARTICLES = _REMOVAL_PARTICLES | frozenset(["on", "in", "at", "behind", "back"])
# Openers of a fronted clause of reason: "Because of his age, we ...", "Due to her age, I ...", "Given that she's 61, ..."
_FRONTED_REASONS = (("because",), ("given",), ("due", "to"), ("owing", "to"), ("on", "account", "of"), ("in", "view", "of"),
                    ("considering",))
# Between "so I" and a verb of placement: "so I have now kept", "so we'll just move", "so I've quietly taken"
_PLACEMENT_FILLERS = frozenset(["have", "ve", "had", "d", "will", "ll", "would", "did", "now", "just", "also",
                                "quietly", "usually", "always", "since", "then", "therefore"])
_TIE_VALENCE = 0.9  # VADER's mean rating from which a word counts as one of valence ("prepared" 0.9, "eager" 1.5)
# what a yardstick frame "for a ..." sets up: "for a non-native speaker", "for someone her age"
_YARDSTICK_HEADS = frozenset(["a", "an", "someone", "somebody", "anyone", "one", "his", "her", "their", "your", "such"])  # words each side of a characteristic mention that _Checker._tied reads
_CLAUSE_GAP_RE = precompiled(r"[,;:()\u2014]|\s[-\u2013]\s")
GRAMMAR_VOCABULARY: dict[str, frozenset[str]] = {
    "pronouns": PRONOUNS,
    "possessives": POSSESSIVES,
    "preps": NOUN_PREPOSITIONS,
    "links": LINKS,
    "det": DETERMINERS,
}

_TOKEN_RE = precompiled(r"[^\W_]+")
_BOUNDARY_RE = precompiled(r"[.!?;:]+[\"'”’)\]]*(?:\s|$)|\n")
_PUNCT_RE = precompiled(r"[,;:.!?()\"“”]")
_SPACE_GAP_RE = precompiled(r"['’]|['’]?[\s\-‐‑–]+")
_HYPHEN_GAP_RE = precompiled(r"[\s\-‐‑–]+")
_QUALIFIER_GAP_RE = precompiled(r"\s+(?:for|like)\s+(?:an?\s+)?", re.IGNORECASE)
_HYPHENS = "-‐‑–"
_APOSTROPHES = "'’"
_MAX_EXPANSIONS = 20_000
_PLAIN_PHRASE = precompiled(r"[a-z0-9]+(?: [a-z0-9]+)*")
_LEMMA = precompiled(r"~([a-z]+)")
# phrases joined by newlines, each words and single spaces (a newline in a phrase reads as a space either way)
_PLAIN_PHRASES = precompiled(r"[a-z0-9]+(?: [a-z0-9]+)*(?:\n[a-z0-9]+(?: [a-z0-9]+)*)*")
_LITERAL_RUN = precompiled(r"[^~({)}|?]+")  # pattern text with no operator in it
_SPACE_GAPS = tuple((" ",) * n for n in range(16))  # the gaps of a plain phrase of n + 1 words, shared


# ----------------------------------------------------------------------------- pattern compiler


def _split_alternatives(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in body:
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def expand_pattern(pattern: str, vocabulary: dict[str, frozenset[str]]) -> list[str]:
    """Expand ``(a|b)``, ``(x)?``, ``{vocabulary}`` and ``~word`` (the word's inflections:
    ``~fall on deaf ears`` also matches "fell", "fallen", "falling") into literal phrases."""
    results = [""]
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "~":
            lemma = _LEMMA.match(pattern, i)
            if lemma is None:
                raise ValueError(f"'~' must precede a lower-case word in pattern {pattern!r}")
            forms = sorted(inflections(lemma.group(1)))
            results = [r + form for r in results for form in forms]
            i = lemma.end()
        elif char in "({":
            close = ")" if char == "(" else "}"
            depth, j = 0, i
            while j < len(pattern):
                if pattern[j] in "({":
                    depth += 1
                elif pattern[j] in ")}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= len(pattern) or pattern[j] != close:
                raise ValueError(f"unbalanced '{char}' in pattern {pattern!r}")
            body = pattern[i + 1 : j]
            if char == "(":
                alternatives = [
                    alt for part in _split_alternatives(body) for alt in expand_pattern(part, vocabulary)
                ]
            else:
                if body not in vocabulary:
                    raise ValueError(f"unknown vocabulary {{{body}}} in pattern {pattern!r}")
                alternatives = sorted(vocabulary[body])
            i = j + 1
            if i < len(pattern) and pattern[i] == "?":
                alternatives.append("")
                i += 1
            results = [r + a for r in results for a in alternatives]
        elif char in ")}|?":
            raise ValueError(f"unexpected '{char}' in pattern {pattern!r}")
        else:
            run = _LITERAL_RUN.match(pattern, i).group()  # type: ignore[union-attr]  # char is no operator
            results = [r + run for r in results] if results != [""] else [run]
            i += len(run)
        if len(results) > _MAX_EXPANSIONS:
            raise ValueError(f"pattern {pattern!r} expands to too many phrases")
    return results


def _tokenize_phrase(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words of a phrase and the kind of each gap between them (' ', '-', "'" or a literal)."""
    phrase = phrase.lower()
    if _PLAIN_PHRASE.fullmatch(phrase):  # the common case: words and single spaces
        plain = tuple(phrase.split())
        return plain, _space_gaps(len(plain))
    matches = list(_TOKEN_RE.finditer(phrase))
    words = tuple(m.group() for m in matches)
    gaps = []
    for left, right in zip(matches, matches[1:], strict=False):
        gap = phrase[left.end() : right.start()].strip()
        if not gap:
            gaps.append(" ")
        elif any(h in gap for h in _HYPHENS):
            gaps.append("-")
        elif any(a in gap for a in _APOSTROPHES):
            gaps.append("'")
        else:
            gaps.append(gap)
    return words, tuple(gaps)


def _space_gaps(words: int) -> tuple[str, ...]:
    """The gap kinds of a plain phrase of ``words`` words (one shared tuple per length)."""
    return _SPACE_GAPS[words - 1] if 0 < words <= len(_SPACE_GAPS) else (" ",) * (words - 1)


def _variants(
    words: tuple[str, ...], gaps: tuple[str, ...]
) -> Iterable[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The phrase as written plus closed-up forms: 'old-timer' also matches 'oldtimer'."""
    yield words, gaps
    for index, gap in enumerate(gaps):
        if gap in ("-", "'"):
            merged = words[:index] + (words[index] + words[index + 1],) + words[index + 2 :]
            yield from _variants(merged, gaps[:index] + gaps[index + 1 :])


def _gap_ok(kind: str, gap: str) -> bool:
    if kind == " ":
        return _SPACE_GAP_RE.fullmatch(gap) is not None
    if kind == "-":
        return _HYPHEN_GAP_RE.fullmatch(gap) is not None
    if kind == "'":
        return gap in ("'", "’")
    return gap.strip() == kind


# A literal phrase of a rule: its words, the gap kind between each pair, the rule's number. A plain
# tuple: tens of thousands are built per rule set, and a named tuple's constructor costs twice as much.
_Phrase = tuple[tuple[str, ...], tuple[str, ...], int]


@dataclass(frozen=True, slots=True)
class _CompiledContext:
    describes: str
    skip_things: bool
    not_before: tuple[tuple[str, ...], ...]
    not_after: tuple[tuple[str, ...], ...]
    needs_before: tuple[tuple[str, ...], ...]
    needs_after: tuple[tuple[str, ...], ...]
    window: int
    skip_policy: bool = False
    judged: bool = True
    linked: bool = False  # judged, and the characteristic must take part in the judgement (see RuleContext)
    yields: bool = False
    skip_occasion: bool = False
    holder: bool = False  # a characteristic mention: _Checker._holder decides whose it is (BiasRule.kind)
    category: str = ""  # family_status: its word may name the people the job serves; age: a group the person acts on
    # not_before by each phrase's last word and not_after by its first: only those can match at a given word
    before_by_last: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    after_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    # needs_before by the last word each phrase must end at (a "<person> ..." phrase without its lead, with whether it
    # has one) and needs_after by each phrase's first word: at a word only the phrases filed under it can match there
    needs_before_by_last: dict[str, tuple[tuple[tuple[str, ...], bool], ...]] = field(
        default_factory=dict, compare=False, hash=False)
    needs_after_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, compare=False, hash=False)
    needs_start: bool = field(default=False, compare=False, hash=False)  # ("<start>",) in needs_before
    needs_end: bool = field(default=False, compare=False, hash=False)  # ("<end>",) in needs_after


def _phrases_by(phrases: tuple[tuple[str, ...], ...], k: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``phrases`` grouped by their word ``k`` (0: first, -1: last), each group in the phrases' order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[k], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


def _needs_before_by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """The needs_before phrases (``("<start>",)`` left out: it is checked by itself) as (words, whether a person's
    pronoun or name must come before them), grouped by their last word, each group in the phrases' order."""
    out: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for phrase in phrases:
        if phrase == ("<start>",):
            continue
        person = phrase[0] == "<person>"
        rest = phrase[1:] if person else phrase
        out.setdefault(rest[-1], []).append((rest, person))
    return {word: tuple(group) for word, group in out.items()}


def _context_phrases(
    items: Sequence[str], vocabulary: dict[str, frozenset[str]]
) -> tuple[tuple[str, ...], ...]:
    phrases: set[tuple[str, ...]] = set()
    for item in items:
        if item in ("<start>", "<end>", "'", "<plural-possessive>"):
            phrases.add((item,))
            continue
        lead: tuple[str, ...] = ()
        if item.startswith("<person> "):
            lead, item = ("<person>",), item.removeprefix("<person> ")
        for expanded in expand_pattern(item, vocabulary):
            words, _ = _tokenize_phrase(expanded)
            if words:
                phrases.add(lead + words)
    return tuple(sorted(phrases))


class RuleSet:
    """Validated rules compiled into a word-indexed scanner (built once, reused)."""

    def __init__(
        self, rules: Sequence[BiasRule], vocabulary: dict[str, Iterable[str]], allow: Iterable[str] = ()
    ) -> None:
        ids = [rule.id for rule in rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RulesFileError(f"duplicate rule ids: {', '.join(duplicates)}")
        self.rules: list[BiasRule] = list(rules)
        vocab: dict[str, frozenset[str]] = dict(GRAMMAR_VOCABULARY)
        for name, words in vocabulary.items():
            vocab[name] = frozenset(w.lower() for w in words)
        self.vocabulary = vocab
        self.things = vocab.get("things", frozenset())
        self.people = vocab.get("people", frozenset()) | vocab.get("groups", frozenset())
        self.roles = vocab.get("roles", frozenset())
        self.attributes = vocab.get("attributes", frozenset())
        self.outsiders = vocab.get("outsiders", frozenset())  # people who are not the one judged: clients...
        self.peers = vocab.get("peers", frozenset())  # relational nouns: a colleague, a teammate (someone's)
        # whom a job serves (_Checker._served)
        self.work_heads = vocab.get("work_heads", frozenset())
        self.service_verbs = vocab.get("service_verbs", frozenset())
        self.programme_nouns = vocab.get("programme_nouns", frozenset())
        self.served_modifiers = vocab.get("served_modifiers", frozenset())
        self.served_groups = vocab.get("served_groups", frozenset())
        self.care_fields = vocab.get("care_fields", frozenset())
        self.workplace_nouns = vocab.get("workplace_nouns", frozenset())
        self.attitude_verbs = frozenset(form for verb in vocab.get("attitude_verbs", ()) for form in inflections(verb))
        self.removal_verbs = frozenset(form for verb in vocab.get("removal_verbs", ()) for form in inflections(verb))
        self.handover_verbs = frozenset(form for verb in vocab.get("handover_verbs", ()) for form in inflections(verb))
        self.confining_verbs = frozenset(
            form for verb in vocab.get("confining_verbs", ()) for form in inflections(verb))
        self.provision_verbs = frozenset(
            form for verb in vocab.get("provision_verbs", ()) for form in inflections(verb))
        self.incident_verbs = frozenset(form for verb in vocab.get("incident_verbs", ()) for form in inflections(verb))
        self.remark_verbs = frozenset(form for verb in vocab.get("remark_verbs", ()) for form in inflections(verb))
        # words that judge or decide about a person (_Checker._accommodated): the cue vocabularies, stance verbs,
        # modals, hedges, negation, contrast and concession
        self.judging_words = (
            vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset())
            | vocab.get("person_decisions", frozenset()) | vocab.get("costs", frozenset()) | STANCE_WORDS
            | CLAUSE_MODALS | _STEP_HEDGES | NEGATORS | CONTRAST_LINKS | CONCESSIVE_OPENERS | frozenset(["still", "only"])
        ) - frozenset(["that"])
        # after an accommodation, what still decides about the person: a decision, doubt or cost, stance, modal,
        # hedge, contrast or concession ("so we bought her a headset, but I doubt she ...")
        self.deciding_words = (
            vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset()) | vocab.get("costs", frozenset())
            | STANCE_WORDS | CLAUSE_MODALS | _STEP_HEDGES | CONTRAST_LINKS | CONCESSIVE_OPENERS
            | frozenset(["still", "only"])) - frozenset(["that"])  # STANCE_WORDS holds 'that' for its own use
        idioms: dict[str, list[tuple[str, ...]]] = {}
        for idiom in sorted(vocab.get("cost_idioms", ())):  # by first word, for _Checker._costs
            idioms.setdefault(idiom.split()[0], []).append(tuple(idiom.split()))
        self.idioms = {first: tuple(found) for first, found in idioms.items()}
        burden: dict[str, list[tuple[str, ...]]] = {}  # verbs of carrying by their inflected first word
        for verb in sorted(vocab.get("burden_verbs", ())):  # for _Checker._burden_shifted
            first, *rest = verb.split()
            for form in inflections(first):
                burden.setdefault(form, []).append(tuple(rest))
        self.burden_verbs = {first: tuple(found) for first, found in burden.items()}
        self.allow = PhraseMatcher(allow)
        self._index: dict[str, list[_Phrase]] = {}  # one-word phrases by word
        self._index2: dict[tuple[str, str], list[_Phrase]] = {}  # two-word phrases
        self._index3: dict[tuple[str, str, str], list[_Phrase]] = {}  # longer phrases by their first three words
        self._contexts: list[_CompiledContext] = []
        # The build makes tens of thousands of tuples and lists that live as long as the rule set and hold
        # no cycles; the cyclic collector would only walk them again and again while they are made.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for number, rule in enumerate(self.rules):
                try:
                    self._compile_rule(number, rule)
                except ValueError as exc:
                    raise RulesFileError(f"rule {rule.id}: {exc}") from None
        finally:
            if collecting:
                gc.enable()

    def _compile_rule(self, number: int, rule: BiasRule) -> None:
        seen: set[_Phrase] = set()  # the rule's phrases so far (the same phrase is indexed once)
        index, index2, index3 = self._index, self._index2, self._index3

        def add(found: _Phrase) -> None:
            words = found[0]
            size = len(words)
            target, key = (index, words[0]) if size == 1 else (index2, words) if size == 2 else (index3, words[:3])
            bucket = target.get(key)  # type: ignore[attr-defined]
            if bucket is None:
                target[key] = [found]  # type: ignore[index]
            else:
                bucket.append(found)

        all_plain = _PLAIN_PHRASES.fullmatch
        plain = _PLAIN_PHRASE.fullmatch
        space_gaps = _SPACE_GAPS
        longest = len(space_gaps)
        for pattern in rule.patterns:
            lowered = [phrase.lower() for phrase in expand_pattern(pattern, self.vocabulary)]
            if all_plain("\n".join(lowered)):  # the common case: every phrase is words and single spaces
                split = [tuple(phrase.split()) for phrase in lowered]
                if max(map(len, split)) <= longest:
                    for words in split:
                        found = (words, space_gaps[len(words) - 1], number)
                        if found not in seen:
                            seen.add(found)
                            add(found)
                    continue
            for phrase in lowered:
                if plain(phrase):  # as _tokenize_phrase reads it
                    words = tuple(phrase.split())
                    found = (words, _space_gaps(len(words)), number)
                    if found not in seen:
                        seen.add(found)
                        add(found)
                    continue
                words, gaps = _tokenize_phrase(phrase)
                if not words:
                    raise ValueError(f"pattern {pattern!r} has no words")
                variants = _variants(words, gaps) if "-" in gaps or "'" in gaps else ((words, gaps),)
                for words, gaps in variants:
                    found = (words, gaps, number)
                    if found not in seen:
                        seen.add(found)
                        add(found)
        ctx = rule.context
        not_before = _context_phrases(ctx.not_before, self.vocabulary)
        not_after = _context_phrases(ctx.not_after, self.vocabulary)
        needs_before = _context_phrases(ctx.needs_before, self.vocabulary)
        needs_after = _context_phrases(ctx.needs_after, self.vocabulary)
        self._contexts.append(
            _CompiledContext(
                describes=ctx.describes,
                skip_things=ctx.thing_after == "skip",
                not_before=not_before,
                not_after=not_after,
                needs_before=needs_before,
                needs_after=needs_after,
                window=ctx.window,
                skip_policy=ctx.policy == "skip" or (ctx.policy is None and ctx.describes == "mention"),
                judged=ctx.judgement != "not_needed",
                linked=ctx.judgement == "linked",
                yields=ctx.yields,
                skip_occasion=ctx.occasion == "skip",
                holder=rule.term_kind == "mention",
                category=rule.category,
                before_by_last=_phrases_by(not_before, -1),
                after_by_first=_phrases_by(not_after, 0),
                needs_before_by_last=_needs_before_by_last(needs_before),
                needs_after_by_first=_phrases_by(tuple(p for p in needs_after if p != ("<end>",)), 0),
                needs_start=("<start>",) in needs_before,
                needs_end=("<end>",) in needs_after,
            )
        )

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def ids(self) -> list[str]:
        return [rule.id for rule in self.rules]

    def get(self, rule_id: str) -> BiasRule:
        """The rule with this id (KeyError if absent or disabled)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


# ----------------------------------------------------------------------------- loading


def _read_rules_file(path: Path, trusted: bool = False) -> BiasOverrides:
    data = read_yaml(path, trusted=trusted)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesFileError(f"rules file {path}: expected a mapping with 'rules', 'disable' or 'vocabulary'")
    try:
        return BiasOverrides.model_validate(data)
    except ValidationError as exc:
        raise RulesFileError(validation_message(path, exc)) from None


@lru_cache(maxsize=1)
def _builtin_files() -> tuple[BiasOverrides, ...]:
    files = sorted(RULES_DIR.glob(BUILTIN_GLOB))
    if not files:
        raise RulesFileError(f"no built-in bias rules found in {RULES_DIR}")
    return tuple(_read_rules_file(path, trusted=True) for path in files)


def _merge(files: Sequence[BiasOverrides], user: BiasOverrides | None, user_path: str | None) -> RuleSet:
    vocabulary: dict[str, set[str]] = {}
    builtin: list[BiasRule] = []
    for part in files:
        for name, words in part.vocabulary.items():
            vocabulary.setdefault(name, set()).update(words)
        builtin.extend(part.rules)
    user = user or BiasOverrides()
    for name, words in user.vocabulary.items():
        vocabulary.setdefault(name, set()).update(words)
    rules = merge_rules(builtin, user, user_path)
    try:
        return RuleSet(rules, vocabulary, allow=user.allow)
    except RulesFileError as exc:
        prefix = f"rules file {user_path}: " if user_path else ""
        raise RulesFileError(prefix + str(exc)) from None


@lru_cache(maxsize=16)
def _load_cached(key: OrgKey | None) -> RuleSet:
    if key is None:
        from assistant.analyzers import rulecache

        cached = rulecache.load("bias")
        return cached if cached is not None else _merge(_builtin_files(), None, None)
    return _merge(_builtin_files(), parse_overrides(BiasOverrides, key[0], org_section(key, "bias")), key[0])


def load_rules(user_rules_file: Path | str | None = None) -> RuleSet:
    """Built-in rules merged with the bias section of an organisation's rules file.

    The section may hold ``rules`` (new ids are added, existing ids replaced), ``disable``
    (rule ids to switch off), ``allow`` (phrases never flagged) and ``vocabulary`` (words added
    to the named lists); see :mod:`assistant.analyzers.rules`. Cached by path and modification
    time. Raises :class:`RulesFileError` with a one-line message when the file is unusable.
    """
    return _load_cached(org_file_key(user_rules_file))


# ----------------------------------------------------------------------------- scanning


class _Doc:
    """A text split into word tokens once; sentence bounds are computed only when needed."""

    __slots__ = ("text", "starts", "ends", "words", "_lo", "_hi")

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_TOKEN_RE.finditer(text))
        self.starts = starts = [match.start() for match in found]
        self.ends = ends = [match.end() for match in found]
        if text.isascii():  # lowering ASCII keeps every offset and every word character: the same words, lowered
            self.words = _TOKEN_RE.findall(text.lower())
        else:
            self.words = [text[s:e].lower() for s, e in zip(starts, ends, strict=True)]
        self._lo: list[int] | None = None
        self._hi: list[int] = []

    def gap(self, index: int) -> str:
        """Text between token ``index - 1`` and token ``index``."""
        return self.text[self.ends[index - 1] : self.starts[index]]

    def after(self, index: int) -> str:
        """Text after token ``index`` up to the next token (or the end)."""
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.ends[index] : end]

    def _sentences(self) -> None:
        count = len(self.words)
        lo = [0] * count
        start = 0
        text, starts, ends = self.text, self.starts, self.ends
        for i in range(1, count):
            gap = text[ends[i - 1] : starts[i]]
            if (
                gap != " "  # most gaps: one space holds no boundary
                and _BOUNDARY_RE.search(gap)
                and any(c.isspace() for c in gap)
                and not (
                    gap.lstrip().startswith(".") and "\n" not in gap and self.words[i - 1] in ABBREVIATIONS
                )
            ):
                start = i
            lo[i] = start
        hi = [count - 1] * count
        end = count - 1
        for i in range(count - 1, -1, -1):
            if i + 1 < count and lo[i + 1] == i + 1:
                end = i
            hi[i] = end
        self._lo, self._hi = lo, hi

    def bounds(self, index: int) -> tuple[int, int]:
        """First and last token index of the sentence holding token ``index``."""
        if self._lo is None:
            self._sentences()
        assert self._lo is not None
        return self._lo[index], self._hi[index]

    def raw(self, index: int) -> str:
        return self.text[self.starts[index] : self.ends[index]]

    def is_capitalized(self, index: int) -> bool:
        token = self.raw(index)
        return token[:1].isupper() and not (len(token) > 1 and token.isupper())


_REQUEST_OPENERS = frozenset(["please", "let", "lets", "remember"])
# Generic reference (see _Checker._generic_sentence): determiners that make a person noun generic, those
# that make it specific, and the third-person singular pronouns that name a specific person unless bound.
_GENERIC_DETERMINERS = frozenset(["a", "an", "any", "each", "every", "all", "some", "most", "many", "other",
                                  "such", "no", "individual", "eligible"])
_SPECIFIC_DETERMINERS = frozenset(["the", "these", "those", "this", "that", "our", "my", "his", "her", "their",
                                   "your", "its", "both", "two", "three", "four", "five"])
_SPECIFIC_THIRD = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself"])
_GENERIC_NOT_PERSONS = frozenset(["team", "teams"])
_GENERIC_MODALS = frozenset(["can", "cannot", "may", "might", "must", "should", "will", "would", "could",
                             "need", "needs", "shall"])
# What joins a restricting modifier to a person noun: "employees with ...", "staff who have ...".
_RESTRICTORS = frozenset(["with", "who", "that", "whose", "on", "in", "going", "through", "having", "has",
                          "have", "are", "is", "from", "of", "undergoing", "observing", "who're"])
_HOLDER_DETERMINERS = frozenset(["the", "our", "my", "their", "his", "her", "your"])
_APPEARANCE_VERBS = frozenset(["seem", "seemed", "seems", "appear", "appeared", "appears", "look", "looked",
                               "looks", "sound", "sounded", "came"])
# Children's groups (see _Checker._children_group): the words, the places a child belongs to, the verbs of
# leading a group and the quantity nouns between such a verb and the group ("leads dozens of girls").
_CHILD_GROUP_WORDS = frozenset(["girl", "girls", "boy", "boys"])
_CHILD_PLACES = frozenset(["club", "clubs", "session", "sessions", "group", "groups", "team", "teams", "cabin",
                           "class", "adventures", "adventure", "trips", "trip", "outings", "outing", "hikes",
                           "hike", "expeditions", "field"])
_LEADING_VERBS = frozenset(["lead", "leads", "led", "leading", "coach", "coaches", "coached", "coaching", "take",
                            "takes", "took", "taking", "chaperone", "chaperones", "chaperoned", "supervise",
                            "supervises", "supervised", "supervising"])
_QUANTITY_NOUNS = frozenset(["dozens", "dozen", "hundreds", "group", "squad", "team", "bunch", "handful",
                             "couple", "troop", "pack", "cabin", "class", "lot", "lots", "score", "scores"])
# Who a characteristic belongs to (see _Checker._holder): the words that join a served noun to a
# characteristic after it ("residents with dementia", "a customer who is deaf"), the words that join the
# parts of a capitalised name ("Mother and Baby Unit", "Friends of Library"), the gaps inside a name
# ("Parents' Association"), and the words before a noun phrase that predicate it of the person or compare
# the person with it ("she is a young mum", "as an elderly lady", "like the older customers").
_ATTACH_WORDS = frozenset(["with", "who", "whose", "that", "is", "are", "was", "were", "has", "have", "had",
                           "living", "diagnosed", "recovering", "from"])
_ATTACH_OPENERS = frozenset(["with", "who", "whose", "that", "living", "diagnosed", "recovering"])
# A reduced relative or a preposition that attaches a characteristic to a served noun with no relative pronoun
# ("a rider using a wheelchair", "a caller wearing hearing aids", "a commuter on crutches", "a passenger in a
# wheelchair", "diners over eighty"), and the articles that may open the attached phrase ("with a hearing aid").
_REDUCED_OPENERS = frozenset(["using", "wearing", "needing", "on", "in", "over", "aged"])
_ATTACHED_ARTICLES = frozenset(["a", "an", "the", "their"])
# A negated failure in a result clause of an accommodation is praise (see _Checker._praise_negations): the failure
# verbs ("did not miss a call", "never fell behind"), the words that concede or contrast, which keep the negation a
# judgement ("even with captions she did not ...", "despite ..."), and the subordinators that open an accommodation
# ("once the monitor arrived", "after the desk was raised", "with captions on every call").
_FALL_VERBS = frozenset(["fall", "falls", "fell", "fallen", "falling"])
_CONCEDING = frozenset(["even", "despite", "although", "though", "but", "yet", "however", "still"])
_ACCOMMODATION_OPENERS = frozenset(["with", "once", "after", "since"])
_NAME_JOINS = frozenset(["and", "of", "for", "s", "&"])
_NAME_GAPS = frozenset([" ", "'", "’", "' ", "’ "])
# Who a mention is about (see _Checker._another_person): the openers of a phrase about someone the text
# names in passing, person nouns the vocabularies lack, the words that open a clause, and the words that may
# stand before a clause's subject.
_OTHER_OPENERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "another", "one"])
_OTHER_PERSON_NOUNS = frozenset(["patient", "patients", "resident", "residents", "neighbour", "neighbor",
                                 "relative", "relatives", "claimant", "claimants", "tenant", "tenants"])
# Person nouns that name no role: an indefinite phrase headed by one may describe the person evaluated, where a
# role noun ("an elderly customer") names someone else.
_GENERIC_PERSON_NOUNS = frozenset(["person", "man", "woman", "guy", "girl", "boy", "lady", "gentleman", "fellow",
                                   "lad", "lass", "chap", "gal", "individual"])
_CLAUSE_OPENERS = frozenset(["so", "that", "because", "while", "whilst", "when", "and", "but", "although",
                             "though", "since", "if", "unless", "until", "where", "whereas"])
_ALTERNATIVE_WORDS = frozenset(["instead", "rather", "replace", "replaces", "replaced", "replacing"])
_VAGUE_QUANTIFIER_WORDS = frozenset(["few", "several", "many", "most", "some", "half", "both", "none", "all"])
_PARTITIVES = frozenset(["one", "some", "many", "most", "all", "none", "each", "any", "few", "several", "two",
                         "three"])
_HEDGE_WORDS = frozenset(["by", "far", "not", "perhaps", "maybe", "much", "quite", "easily", "simply"])
_YARDSTICK_PREPOSITIONS = frozenset(["for", "as", "like", "than", "unlike"])
# finite verbs that show a name before them is a clause's subject, not an object ("feel Martin is ...")
_FINITE_AFTER_SUBJECT = frozenset(["is", "was", "s", "has", "had", "will", "would", "can", "could", "should",
                                   "might", "may", "must", "isn", "wasn", "doesn", "didn", "won", "does", "did"])
_SUBJECT_LEAD = frozenset(["also", "then", "now", "still", "just", "only", "even", "often", "always", "never"])
_PREDICATING = frozenset(["is", "was", "are", "were", "be", "been", "being", "am", "as", "like", "than", "seems",
                          "seem", "seemed", "became", "become", "becomes", "remains", "remained"])
_DEGREE_WORDS = frozenset(["bit", "too", "so", "very", "quite", "rather", "really", "pretty", "little", "somewhat",
                           "slightly", "more", "less", "most", "least"])
_MODIFIER_ENDINGS = ("ed", "ly", "al", "ic", "ive", "ous", "ful", "less", "ing")
_REFLEXIVES = frozenset(["herself", "himself", "themselves", "themself", "yourself", "yourselves", "myself"])
_DROP_FORMS = frozenset(["drop", "drops", "dropped", "dropping"])
_OBJECT_PRONOUNS = frozenset(["me", "you", "him", "her", "us", "them", "it"])
# Modifiers that make a parent noun a label of its holder ("a single mom", "a working mother").
_LABEL_MODIFIERS = frozenset(["working", "single", "stay-at-home", "soccer", "busy", "new", "family"])
# Adverbs between a person noun and its verb in a narrative: "a driver who never missed a shift".
_TIME_LINKS = frozenset(["until", "till", "from"])
_REPORT_VERDICTS = EXPLAINING_LINKS | frozenset(["why", "means", "meaning", "wonder", "reason", "because"])
_ARRANGEMENT_STOPS = frozenset(["and", "but", "so", "which", "because", "though", "although", "while", "whereas"])
_CALENDAR_UNITS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
                             "quarters", "fortnight", "fortnights", "spring", "summer", "autumn", "winter"])
_REPORT_LEADS = frozenset(["has", "had", "have", "also", "recently", "openly", "once", "already", "just", "then",
                           "later", "first", "herself", "himself", "themselves", "privately", "kindly"])
_REPORT_BOUNDARIES = frozenset(["so", "which", "but", "yet", "though", "although", "because", "therefore", "hence",
                                "whereas", "and", "as", "meaning", "thus"])
_EPISODE_ADVERBS = frozenset(["never", "once", "also", "always", "first", "later", "recently", "just", "then",
                              "quickly", "finally", "eventually", "soon"])


def _could_be_a_name(word: str) -> bool:
    """A capitalised word names a person only if it is a first name or surname or no common English word:
    "Yvonne", "Mark", "Okafor" can be; a title-case or sentence-opening "Therefore", "Paid", "Absence"
    cannot (gazetteer and SCOWL word lists of assistant/data, via assistant.names)."""
    key = word.strip("'’").removesuffix("'s").removesuffix("’s")
    if len(key) == 1:
        return True  # an initial: "Ms. F"
    lex = lexicon()
    return lex.is_gazetteer(key) or not lex.is_common(key)


_ACRONYM_LED = precompiled(r"[A-Z]{2,}[A-Z][a-z]")
_SAYING = frozenset(["says", "said", "say", "told", "tells", "noticed", "notices", "feels", "felt", "thinks",
                     "wrote", "writes", "mentioned", "mentions", "complained", "complains", "reckons"])


def _names_a_person(token: str) -> bool:
    """Stricter than ``_could_be_a_name``, for telling a text about someone from a procedure: a first name
    or no common word ("Docusign"), but not a surname that is a common word ("Sick" of "Advanced Sick
    Leave") nor a product or company spelled with a capital inside ("GitLab", "HRSavvy", "CivicActions"):
    a name with one ("MaryAnn", "DeShawn", "McKay", "LaToya") is made of names and short prefixes."""
    key = token.strip("'’").removesuffix("'s").removesuffix("’s")
    inner = next((x for x in range(3, len(key)) if key[x].isupper()), -1)
    if inner > 0 and not key.startswith("Mac") and not lexicon().is_gazetteer(key[inner:].lower()):
        return False  # "GitLab", "DocuSign", "CivicActions"; not "MaryAnn", "MacLeod", "DeShawn", "LeBron"
    if _ACRONYM_LED.match(key):
        return False  # "HRSavvy", "ITServices"
    return len(key) == 1 or lexicon().may_be_name(key.lower())


class _Checker:
    """Context checks for one text against one rule set."""

    def __init__(self, doc: _Doc, rules: RuleSet) -> None:
        self.doc = doc
        self.rules = rules
        self._traits: dict[int, tuple[bool, bool, int, int, int, int, int, int, bool]] = {}
        self._care_setting: bool | None = None
        self._people: tuple[list[int], list[int], list[int]] | None = None
        self._generic: dict[int, tuple[bool, bool]] = {}
        self._procedure: bool | None = None
        self._youth_setting: bool | None = None
        self._main: tuple[str | None, str | None] | None = None
        self._inert: dict[int, frozenset[int]] = {}

    # -- small helpers
    def _ends_at(self, k: int, phrase: tuple[str, ...], lo: int) -> bool:
        first = k - len(phrase) + 1
        return first >= lo and tuple(self.doc.words[first : k + 1]) == phrase

    def _starts_at(self, k: int, phrase: tuple[str, ...], hi: int) -> bool:
        last = k + len(phrase) - 1
        return last <= hi and tuple(self.doc.words[k : last + 1]) == phrase

    def _at_end(self, j: int, hi: int) -> bool:
        return j == hi or bool(_PUNCT_RE.search(self.doc.after(j)))

    def _is_name(self, k: int, lo: int) -> bool:
        word = self.doc.words[k]
        if not self.doc.is_capitalized(k) or word in FUNCTION_WORDS or word in PRONOUNS:
            return False
        return word not in CALENDAR_WORDS  # 'Mark' is a name even though 'mark' is a thing noun

    def _is_thing_after(self, j: int, hi: int) -> bool:
        if j + 1 > hi:
            return False
        gap = self.doc.after(j)
        if _HYPHEN_GAP_RE.fullmatch(gap) is None:
            return False
        things = self.rules.things
        if any(h in gap for h in _HYPHENS) and not any(c.isspace() for c in gap):
            # A compound modifier: 'pregnancy-tracking feature', 'her hair-trigger alert rule'; only a
            # person or attribute noun after the hyphen keeps it about a person ('old-school manager').
            nxt = self.doc.words[j + 1]
            return nxt not in self.rules.people and nxt not in self.rules.attributes
        return self.doc.words[j + 1] in things

    # -- context
    def accepts(self, ctx: _CompiledContext, i: int, j: int) -> bool:
        lo, hi = self.doc.bounds(i)
        words = self.doc.words
        if ctx.not_before and i - 1 >= lo and any(
                self._ends_at(i - 1, p, lo) for p in ctx.before_by_last.get(words[i - 1], ())):
            return False
        if ctx.not_before and self._second_conjunct(i, lo) and i - 3 >= lo and any(
                self._ends_at(i - 3, p, lo) for p in ctx.before_by_last.get(words[i - 3], ())):
            return False  # conjuncts share what comes before them: 'the Diwali and Eid lunches'

        if ctx.not_after:
            if ("'",) in ctx.after_by_first.get("'", ()) and self.doc.after(j)[:1] in _APOSTROPHES:
                return False
            if ("<plural-possessive>",) in ctx.after_by_first.get("<plural-possessive>", ()) \
                    and self.doc.after(j)[:1] in _APOSTROPHES and not (j + 1 <= hi and words[j + 1] == "s"):
                return False  # "the kids' club", not "your mother's schedule"
            if j + 1 <= hi and any(self._starts_at(j + 1, p, hi) for p in ctx.after_by_first.get(words[j + 1], ())
                                   if p not in (("'",), ("<plural-possessive>",))):
                return False
        if ctx.needs_before or ctx.needs_after:
            before = bool(ctx.needs_before) and self._needs_before(ctx, i, lo)
            after = bool(ctx.needs_after) and self._needs_after(ctx, j, hi)
            if not (before or after):
                return False
        if words[j] in _REFLEXIVES and ctx.describes != "generic_pronoun" and self._generic_pronoun(j, lo, hi):
            return False  # "Whoever takes the role will need to prove himself": a role's holder, not a person
        if ctx.category == "gendered_language" and self._office_of_organisation(i, j, lo):
            return False  # "met the club's chairman of the grounds committee": another body's office, its own title
        if self._reported_incident(i, lo, hi):
            return False  # "A client called her 'sweetheart', and she raised it with me": an incident recorded
        if ctx.category == "disability" and ctx.describes == "mention" and i == j and self._modifies_thing(i, lo, hi):
            return False  # "at the two blind corners by the yard": a property of a thing, not a person's disability
        if ctx.category == "appearance" and ctx.describes == "mention" and i == j and self._thing_measure(i, lo):
            return False  # "kept the forks at travel height", "the rated load weight": a thing's measure
        if ctx.category in _CHARACTERISTICS and self._accommodated(i, j, lo, hi):
            return False  # "He wears a turban, so we ordered a bump cap that fits it": the accommodation
        if ctx.category in _CHARACTERISTICS:
            holder = self._holder(i, j, lo, hi, ctx.holder)
            if holder is not None:
                return False  # "a deaf customer", "residents with dementia", "the Young Professionals Network"
            if ctx.holder and self._another_person(i, j, lo, hi):
                return False  # "sat with the frail old woman", "so that a colleague can keep the Sabbath"
        if ctx.skip_things and self.doc.words[j] not in NOUN_PREPOSITIONS and self._is_thing_after(j, hi):
            return False  # ('blind to the data', 'OCD about data': the noun is the preposition's object)
        if ctx.skip_policy and (self._sentence_traits(lo, hi, i, j)[2] or (
                self._generic_sentence(lo, hi) and not self._restricts_generic(i, lo))):
            return False
        if (self.doc.words[i] in POSSESSION_VERBS or (i > lo and self.doc.words[i - 1] in POSSESSION_VERBS)) and (
                self._belongs_to_outsider(i, lo)):
            return False  # "helped a customer with young children": the possessor is someone else
        if ctx.category == "family_status" and self._served(i, j, lo, hi):
            return False  # "experience with children", "cared for residents and their families": the job's people
        if ctx.category == "age" and ctx.describes in ("person", "any") and self._group_acted_on(i, j, lo, hi):
            return False  # "she trained the younger cooks", "more than the younger cooks do": other people
        if ctx.category == "religion" and ctx.holder and self._scheduled(i, j, lo, hi):
            return False  # "swapped his Saturday shifts to Sundays because of his Sabbath, and the rota is covered"
        if ctx.category in _CHARACTERISTICS and self._said_of_writer(i, lo):
            return False  # "I am dyslexic, so I asked him to send the pack in a larger font": the writer's own
        if (ctx.category in ("religion", "family_status") or ctx.describes == "mention") and self._writers_own(i, lo):
            return False  # "I keep kosher, ...", "My mother has dementia, and Carlos ..."
        if ctx.category in ("disability", "family_status", "religion") and self._writers_kin_subject(i, lo, hi):
            return False  # "My father passed away at 85 after living with dementia": a family tribute
        if ctx.holder and self._own_report(i, j, lo, hi):
            return False  # "Leo told the team he has ADHD and asked for written agendas": his own disclosure
        if i == j and self.doc.words[i] in _CHILD_GROUP_WORDS and ctx.category == "gendered_language" and (
                self._children_group(i, lo, hi)):
            return False  # "my girls gasped" at camp, "the boys adore him" on a youth team: children
        if ctx.describes == "person":
            if not ctx.holder and ctx.category in _CHARACTERISTICS and self._others_phrase(i, j, lo, hi):
                return True  # a rejected label of the people served is said of people: "the senile residents"
            found = self._describes_person(i, j, lo, hi, by_manner=ctx.category != "appearance") and not (
                ctx.skip_occasion and self._at_occasion(i, j, lo, hi))
            if not found and ctx.category == "race_ethnicity":
                found = self._predicated_of_possession(i, lo)  # "Lina's lunches are very ethnic": her things
        elif ctx.describes == "generic_pronoun":
            return self._generic_pronoun(i, lo, hi)
        elif ctx.describes == "mention":
            found = self._mention(i, j, lo, hi, ctx.judged, ctx.linked)
        elif ctx.describes == "address":
            return self._vocative(i, j, lo, hi)
        else:
            found = True
        if found and ctx.holder and ctx.judged and not ctx.linked:
            return self._tied(i, j, lo, hi)
        return found

    def _predicated_of_possession(self, i: int, lo: int) -> bool:
        """Is the match at ``i`` the predicate of a copula whose subject is a person's thing, its noun phrase opened
        by his/her/their/your or by a name's ("Lina's lunches are very ethnic", "Amir's cooking at the team lunch was
        so ethnic", "Her hairstyle is quite ethnic")? An origin-coded word said of a person's food, name, clothes or
        hair others the person by them (The Diversity Style Guide, 'ethnic')."""
        doc, words = self.doc, self.doc.words
        k = i - 1
        while k >= lo and (words[k] in BRIDGE or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if k < lo or words[k] not in _EQUATING_COPULAS or _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
            return False
        for m in range(k - 1, max(lo, k - 7) - 1, -1):
            if _CLAUSE_GAP_RE.search(doc.gap(m + 1)):
                return False
            if words[m] in POSSESSIVES and words[m] != "my" and (m == lo or words[m - 1] not in PREPOSITIONS):
                return True
            if words[m] == "s" and doc.gap(m)[-1:] in _APOSTROPHES and m - 1 >= lo and (
                    self._is_first_name(m - 1) and (m - 1 == lo or words[m - 2] not in PREPOSITIONS)):
                return True
        return False

    def _accommodated(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the sentence tell the accommodation made for the characteristic ``i..j`` rather than judge by it?
        After the characteristic, either a clause opened by 'so' or 'and' has a provision verb (vocabulary
        `provision_verbs`: bought, ordered, provided, set up ...) within four words after a subject of its own that is
        not the person (no he/she/him/her/you: the employer's act: "so we ordered a bump cap that fits it", "so IT bought her a new headset"), or a
        participle of `arrangements` is followed by 'with' or 'by' (the aid agreed with someone: "a task board agreed with
        his manager"). Nothing up to the provision judges or decides (assessment, decisions, doubts, costs,
        stance, modals, hedges, negation, contrast or concession), and nothing after it contrasts; an outcome of
        the work after the accommodation ("and her call handling has been excellent since") stays the work's."""
        words, provision = self.doc.words, self.rules.provision_verbs
        arranged = self.rules.vocabulary.get("arrangements", frozenset())
        if not provision:
            return False
        found = None
        fronted = words[lo] in _CAUSAL_OPENERS and lo < i  # "Because she uses a screen reader, we bought ..."
        for k in range(j + 1, hi + 1):
            main_clause = fronted and _CLAUSE_GAP_RE.search(self.doc.gap(k)) is not None
            if words[k] in ("so", "and") and _CLAUSE_GAP_RE.search(self.doc.gap(k)) is not None or (
                    words[k] == "so" and k > j + 1) or main_clause:
                link = k - 1 if main_clause else k  # the main clause opens with its subject, no link word
                for m in range(link + 1, min(hi, link + 4) + 1):
                    if words[m] in _PERSON_PRONOUNS or words[m] in SECOND_PERSON or words[m] in NEGATORS or (
                            words[m] in CLAUSE_MODALS):
                        break
                    if m > link + 1 and ((words[m] in provision and not words[m].endswith("ing")) or (
                            words[m] == "set" and m < hi and words[m + 1] == "up")):
                        found = m
                        break
            elif words[k] in arranged and words[k].endswith("ed") and k < hi and words[k + 1] in ("with", "by") and (
                    k > j + 1):
                found = k
            if found is not None:
                break
        if found is None:
            return False
        judging = self.rules.judging_words
        if any(words[k] in judging for k in range(lo, found)):
            return False
        deciding = self.rules.deciding_words
        moving = self.rules.removal_verbs | self.rules.confining_verbs | self.rules.handover_verbs
        return not any(words[k] in deciding or (words[k] in moving and k < hi and words[k + 1] in _PERSON_PRONOUNS)
                       for k in range(found + 1, hi + 1))

    def _modifies_thing(self, i: int, lo: int, hi: int) -> bool:
        """Is the one-word characteristic at ``i`` an adjective inside a noun phrase whose head names no person:
        opened by a determiner, quantifier or number with no possessive ("the two blind corners", "each blind
        bend"), and followed at once by a noun that is no person noun (rules `people`, WordNet noun.person in
        assistant/data/person_nouns.txt)? Then it says what the thing is like; "a deaf colleague", "his dyslexic
        spelling" and "Ken is deaf, so ..." do not qualify."""
        doc, words = self.doc, self.doc.words
        if i + 1 > hi or doc.gap(i + 1) != " ":
            return False
        head = words[i + 1]
        if head in FUNCTION_WORDS or head in PREPOSITIONS or head in CONJUNCTIONS or head in LINKS or (
                head in PRONOUNS or head in SPECIFIC_PERSON or head in _REFLEXIVES or head.endswith("ly")
                or self._names_person_noun(head)):
            return False
        for k in range(i - 1, max(lo, i - 3) - 1, -1):
            if doc.gap(k + 1) != " ":
                return False
            word = words[k]
            if word in POSSESSIVES or word in SPECIFIC_PERSON:
                return False
            if word in DETERMINERS or word in GENERIC_TRIGGERS:
                return True
            if not (word in NUMBER_WORDS or word[:1].isdigit()):
                return False
        return False

    def _names_person_noun(self, word: str) -> bool:
        """A person noun, singular or plural (rules `people`, WordNet noun.person nouns)."""
        nouns = person_nouns()
        return any(form in self.rules.people or form in nouns
                   for form in (word, word[:-1], word[:-2]) if form)

    def _thing_measure(self, i: int, lo: int) -> bool:
        """Is the body-measure noun at ``i`` (vocabulary `body_measures`: height, weight) the measure of a thing?
        Walking back over its noun phrase: a person's possessive (his, her, their, your, a first name's) makes it
        the person's; a thing's possessive ("every carton's weight") or a noun modifier ("travel height", "load
        weight", "shoulder height") makes it the thing's. Words that rate or size a body ("a healthy weight",
        "extra weight", "her ideal weight") are no modifier of a thing."""
        doc, words = self.doc, self.doc.words
        if words[i] not in self.rules.vocabulary.get("body_measures", frozenset()):
            return False
        rated = valence_lexicon()
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            if doc.gap(k + 1).strip():
                if doc.gap(k + 1).strip() in _APOSTROPHES and words[k + 1] == "s":
                    continue  # the possessive 's itself is read at k
                return False
            word = words[k]
            if word == "s" and k > lo and doc.gap(k).strip() in _APOSTROPHES:
                owner = k - 1
                return not (self._is_first_name(owner) or words[owner] in self.rules.people)
            if word in POSSESSIVES or word in SPECIFIC_PERSON:
                return False
            if word in DETERMINERS or word in PREPOSITIONS or word in CONJUNCTIONS or word in LINKS:
                return False
            # a noun modifier ("travel height", "load weight"), not a word that rates a body or a name
            return not (word in _BODY_RATING_WORDS or abs(_rating(rated, word)) >= _TIE_VALENCE
                        or self._is_first_name(k))
        return False

    def _reported_incident(self, i: int, lo: int, hi: int) -> bool:
        """Is the term at ``i`` in a third party's remark that the review records as an incident? A remark verb
        (vocabulary `remark_verbs`: said, called, remarked ...) comes before the term in its sentence, its subject
        opens with an article or 'one'/'another' ("A driver remarked that ...", "A client's son called him ..."),
        and after the term, in the same sentence or the next, a verb of reporting misconduct (`incident_verbs`:
        reported, raised, logged, escalated) takes the remark as its object within two words ("raised it",
        "reported the remark", "logged the incident"). "Drivers say she can be bossy" or "a driver said she was too
        young, and frankly I agree" record no incident and stay the writer's judgement."""
        words, remark_verbs = self.doc.words, self.rules.remark_verbs
        if not remark_verbs:
            return False
        verb = next((k for k in range(i - 1, lo, -1) if words[k] in remark_verbs), None)
        if verb is None or words[lo] not in _THIRD_PARTY_OPENERS | frozenset(["one"]):
            return False
        if any(words[k] in ("i", "we", "he", "she", "they") for k in range(lo, verb)):
            return False
        end = hi
        if hi + 1 < len(words):
            end = self.doc.bounds(hi + 1)[1]
        incident, remarks = self.rules.incident_verbs, self.rules.vocabulary.get("remark_nouns", frozenset())
        return any(words[k] in incident and any(words[m] in remarks for m in range(k + 1, min(end, k + 3) + 1))
                   for k in range(i + 1, end + 1))

    def _office_of_organisation(self, i: int, j: int, lo: int) -> bool:
        """Is the gendered word ``i..j`` an office ('chairman', 'spokesman', 'chairwoman') possessed by a body: a
        common noun that names no person, or a capitalised word that is no first name, with 's right before it
        ("the club's chairman", "the union's spokesman", "Acme's chairman")? That is the body's own title for
        someone else, which the writer quotes, not a word the writer chose for the person reviewed (as in "did a
        solid job as chairman", "she is the club's chairman now": an office predicated of the person stays)."""
        words = self.doc.words
        last = words[j]
        if not (last.startswith("chair") or last.endswith(("man", "men"))) or i - 2 < lo:
            return False
        if words[i - 1] != "s" or self.doc.gap(i - 1)[-1:] not in _APOSTROPHES:
            return False
        owner = i - 2
        word = words[owner]
        if word in PRONOUNS or word in FUNCTION_WORDS or word in self.rules.people:
            return False
        start = owner - 1 if owner > lo and words[owner - 1] in ("the", "a", "an") else owner
        if start > lo and words[start - 1] in _OFFICE_PREDICATES:
            return False  # "she is the club's chairman", "elected the union's chairman": the person's own office
        return not self.doc.is_capitalized(owner) or not self._is_first_name(owner)

    def _tied(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` tied to a judgement, an expectation, a comparison or a decision about
        the person, in its sentence or the next? The test of every characteristic mention (BiasRule.kind
        ``mention``) whose phrase is not itself the judgement (``judgement: not_needed``): APA's guidelines ask
        whether the characteristic is relevant at all, and the Bias Interrupters worksheets place the bias in
        what is concluded from it, not in the mention. Tied when:
        - the phrase opens with a link of grounds or circumstance ("with no kids of his own", "while fasting"),
          or it gives or concedes the grounds of a judgement (``_takes_part``) or a cause in its clause
          ("given that she is expecting");
        - its sentence holds a judgement cue (vocabulary `assessment`: modals of ability and expectation,
          hedges, performance and commitment words), a request ("please"), a decision or preference (vocabulary
          `decisions`: "prefer", "enrolled") or a negation (a negative answers an expectation);
        - a yardstick frame stands before it ("for a non-native speaker"); a reflexive likens it to others' ("a
          young mum herself"); a degree word grades it ("quite religious", "a bit ADHD", "dress more ...");
          a word of valence (VADER) modifies it ("a strong accent");
        - it modifies a noun of character ("a youthful attitude"); a word of valence follows it in its clause,
          an evaluative predicate ("His accent confuses callers"), or is coordinated with it ("young and
          energetic"); a contrast follows it ("She's young, but ..."); a consequence with a word of valence
          ("a family man, so he is eager to ..."); a relative or a causative takes it up ("which some find out of
          place", "makes him stand out");
        - or the next sentence draws a judgement from it (``_tied_next``).
        "Ken returned from paternity leave in June; Rosa ran the reports", "a native Spanish speaker, he
        translated the newsletter" are none. Read within ``_TIE_REACH`` words each side (bounded on hostile
        input)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        if words[i] in GROUNDS_OPENERS or words[i] in FRONTED_GROUNDS or words[i] in ("while", "when"):
            return True  # the phrase gives it as the grounds of the conduct: "with no kids of his own he has ..."
        a, b = max(lo, i - _TIE_REACH), min(hi, j + _TIE_REACH)
        if self._takes_part(i, j, a, b):
            return True
        rated = valence_lexicon()
        judging = vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset()) | _DIRECTIVES
        inert = self._inert_cues(lo)  # a schedule or a thing named, not judged: "the early shift", "his hard hat"
        praise = self._praise_negations(i, j, b)
        if any(words[k] in judging and not _calendar_name(self.doc, k, lo) and not _purpose_modal(self.doc, k, lo)
               and k not in inert and k not in praise for k in range(a, b + 1) if not i <= k <= j):
            return True
        for k in range(j + 1, min(b, j + 3) + 1):  # likened to others: "a young mum herself, so she ..."
            if words[k] in _REFLEXIVES:
                return True
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                break
        if (i > a and words[i - 1] in _DEGREE_BEFORE) or any(words[k] in _GRADING for k in range(i + 1, j + 1)):
            return True  # graded as a trait the writer rates: "quite religious", "a bit ADHD", "dress more femininely"
        for k in range(i - 1, max(a, i - 4) - 1, -1):  # a yardstick: "for a non-native speaker", "at his age"
            if words[k] == "for" and words[k + 1] in _YARDSTICK_HEADS:
                return True
        for k in range(i - 1, a - 1, -1):  # a cause given in its clause: "Given that she is expecting, we ..."
            if words[k] in _CAUSAL_OPENERS and (words[k] != "since" or self._state_since(j, b) or not (
                    self._since_of_time(k, hi) or self._perfect_before(k, lo))):
                # 'since' may only date what follows: with a time or a noun phrase after it, or after a perfect
                # ("has been on the late rota since his daughter was born"); a state of the person dated from it
                # is put down to it ("Since her surgery, she has been ...")
                return True
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                break
        if i > a and abs(rated.get(words[i - 1], 0.0)) >= _TIE_VALENCE and words[i - 1] not in FUNCTION_WORDS:
            return True  # the characteristic rated by its modifier: "a strong accent"
        topics = vocab.get("evaluation", frozenset()) - LINK_WORDS
        for k in range(a, b + 1):  # a negative statement answers an expectation: "his accent never gets in the way"
            if k in praise:
                continue  # "..., and the radio was set up for him, so he did not miss a call": the result, praised
            if words[k] in NEGATORS and words[k] != "ill" and not i <= k <= j and k not in inert and not (
                    words[k] == "t" and self.doc.gap(k)[-1:] not in _APOSTROPHES):
                return True
        for k in range(j + 1, b + 1):  # an evaluative predicate in its own clause: "His accent confuses callers"
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                break
            if words[k] in _TRAIT_NOUNS and k <= j + 2:
                return True  # the characteristic as a trait: "a youthful attitude", "a young, energetic outlook"
            if abs(_rating(rated, words[k])) >= _TIE_VALENCE and words[k] not in FUNCTION_WORDS and k not in inert:
                return True
        for k in range(j + 1, b + 1):
            word = words[k]
            if word in CONSEQUENCE_LINKS and any(
                    (rated.get(words[m], 0.0) >= _TIE_VALENCE or rated.get(words[m], 0.0) <= -_TIE_VALENCE)
                    and m not in praise for m in range(k + 1, b + 1)):
                return True  # a consequence with a word of valence: "a family man, so he is eager to take up ..."
            if word in CONTRAST_LINKS or (word in ("though", "although") and k > j + 1):
                return True  # "She's young, but Roxanne is my hero"
            if word in ("which", "that", "it", "this") and any(
                    words[m] in topics or words[m] in ("him", "them") or (words[m] == "her" and self._object_her(m, hi))
                    or (words[m] in EXPLAINING_LINKS and (
                        m == k + 1 or (m < b and words[m + 1] in _OBJECT_PRONOUNS)))
                    for m in range(k + 1, min(b, k + 4) + 1)):
                # "a hijab, which some Soldiers find out of place", "which makes him stand out"; a verb of making
                # with its own subject describes the thing: "a headscarf that the supplier made in navy"
                return True
            if word in EXPLAINING_LINKS and k < b and words[k + 1] in _OBJECT_PRONOUNS:
                return True  # "His turban makes him stand out"
        if j + 2 <= b and (words[j + 1] == "and" or self.doc.after(j).strip() == ",") and (
                abs(rated.get(words[j + 2], 0.0)) >= _TIE_VALENCE and words[j + 2] not in FUNCTION_WORDS):
            return True  # "young and energetic", "young, energetic"
        if self._placement_after(j, b, hi) is not None or self._fronted_placement(i, lo, hi) is not None:
            return True  # "English is his second language, so I have kept Piotr off the client reports"
        return self._tied_next(hi) or self._tied_before(lo) or self._tied_by_form(i, j, lo, hi)

    def _placement_after(self, j: int, b: int, hi: int) -> int | None:
        """Where a consequence drawn after the characteristic ending at ``j`` (within ``b``) takes the person off
        work or confines them to some: a link of consequence, "I" or "we", at most three auxiliaries, negators or
        adverbs, then a verb of confining (vocabulary `confining_verbs`) or of moving (`removal_verbs`) with the
        person as its object and a particle of place or of removal after it ("..., so we have moved her off the
        window", "so I keep him on the commercial sites"); the object's index, or None. The person's own request
        after it ("as she asked", "at his request": vocabulary `reporting_verbs`) makes it an arrangement."""
        words = self.doc.words
        for k in range(j + 1, b - 2):
            if words[k] in CONSEQUENCE_LINKS and words[k + 1] in ("i", "we"):
                placed = self._placement_by_writer(k + 2, b, hi)
                if placed is not None:
                    return placed
        return None

    def _placement_by_writer(self, start: int, b: int, hi: int) -> int | None:
        """The placement decision (see ``_placement_after``) in the clause whose verb group starts at ``start``,
        right after the writer's "I" or "we": at most three auxiliaries, negators or adverbs, then work handed to
        someone named or a verb of confining or moving with the person as its object and a particle of place or of
        removal; a move to a place set against the person's present work ("moved Frank to the help desk rather
        than the field team") takes them off it. The object's or recipient's index, or None."""
        words, vocab = self.doc.words, self.rules.vocabulary
        m = start
        while m < min(b, start + 3) and (words[m] in _PLACEMENT_FILLERS or words[m] in NEGATORS):
            m += 1
        handed = self._handed_to_another(m, b)
        if handed is not None:
            return handed
        if m >= b or not (words[m + 1] in ("him", "them") or (
                words[m + 1] == "her" and self._object_her(m + 1, hi)) or self._is_first_name(m + 1)):
            return None
        removed = words[m] in self.rules.removal_verbs and (words[m + 2] in _REMOVAL_PARTICLES or (
            words[m + 2] == "to" and self._set_against(m + 3, b)))
        confined = words[m] in self.rules.confining_verbs and words[m + 2] in _PLACE_PARTICLES
        if (removed or confined) and not any(
                words[n] in vocab.get("reporting_verbs", ()) for n in range(m + 2, hi + 1)):
            return m + 1
        return None

    def _set_against(self, k: int, b: int) -> bool:
        """Does 'rather than' or 'instead of' follow within the clause from ``k`` (to ``b``)?"""
        words, doc = self.doc.words, self.doc
        for n in range(k, b):
            if _CLAUSE_GAP_RE.search(doc.gap(n)) and n > k:
                return False
            if (words[n], words[n + 1]) in (("rather", "than"), ("instead", "of")):
                return True
        return False

    def _fronted_placement(self, i: int, lo: int, hi: int) -> int | None:
        """Where the main clause after a fronted clause of reason holding the characteristic at ``i`` takes the
        person off work, confines them or hands their work to someone named ("Because of his age, we took Frank
        off the field team", "Due to her age, I moved Gloria off the night rota"): the reason clause opens the
        sentence (``_FRONTED_REASONS``), the main clause opens with "I" or "we" after its comma, and its verb is a
        placement (``_placement_by_writer``). The same decision drawn from a characteristic as "..., so we moved
        her off the window" (US EEOC, Compliance Manual section 15-VII); the object's or recipient's index, or
        None."""
        words, doc = self.doc.words, self.doc
        if not any(words[lo:lo + len(opener)] == list(opener) for opener in _FRONTED_REASONS):
            return None
        for k in range(lo + 1, min(hi, i + _TIE_REACH)):
            gap = doc.gap(k)
            if not _CLAUSE_GAP_RE.search(gap):
                continue
            if k <= i or "," not in gap or words[k] not in ("i", "we"):
                return None
            return self._placement_by_writer(k + 1, hi, hi)
        return None

    def _handed_to_another(self, m: int, b: int) -> int | None:
        """The recipient's index when the verb at ``m`` hands work to someone named ("so I gave the site
        inspections to Oliver", "so I have passed the client calls to Nadia"): a verb of `handover_verbs`, an
        object of at most five words that is no person and no working time (a shift handed over for an
        observance is the accommodation, see ``_scheduled``), then 'to' and a first name."""
        words, doc = self.doc.words, self.doc
        if m >= b or words[m] not in self.rules.handover_verbs or words[m + 1] in _OBJECT_PRONOUNS:
            return None
        working_time = self.rules.vocabulary.get("working_time", frozenset())
        for t in range(m + 2, min(b, m + 7)):
            if _CLAUSE_GAP_RE.search(doc.gap(t)) or words[t - 1] in working_time:
                return None
            if words[t] == "to":
                return t + 1 if t + 1 <= b and self._is_first_name(t + 1) else None
        return None

    def _praise_negations(self, i: int, j: int, b: int) -> frozenset[int]:
        """The negators after the characteristic ``i..j`` (within ``b``) that negate a failure verb (vocabulary
        `failure_verbs`, or a verb of falling with 'behind': "did not miss a call", "never fell behind") in a
        result clause of an accommodation: a word of accommodation (vocabulary `accommodations`: set up, installed,
        captions, a raised desk ...) or an opener of one ('with', 'once', 'after', 'since') stands between the
        characteristic and the negator, and nothing concedes or contrasts ("even with captions", "but", "despite").
        "He wears hearing aids, and the radio volume was set up for him, so he did not miss a call" tells the
        accommodation working, praise of the person, not a judgement of the characteristic (JAN, the accommodation
        and its effectiveness); "he missed half the calls because of it" or "even with captions she did not follow
        the calls" stay tied. The negators and their failure verbs are returned (a failure verb's own valence is
        the praise's too)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        failures = vocab.get("failure_verbs", frozenset())
        accommodations = vocab.get("accommodations", frozenset())
        if not failures:
            return frozenset()
        found: set[int] = set()
        for k in range(j + 1, b + 1):
            if words[k] not in NEGATORS or words[k] == "ill" or (
                    words[k] == "t" and self.doc.gap(k)[-1:] not in _APOSTROPHES):
                continue
            verb = next((f for f in range(k + 1, min(b, k + 2) + 1) if words[f] in failures or (
                words[f] in _FALL_VERBS and f + 1 <= b and words[f + 1] == "behind")), None)
            if verb is None:
                continue
            if any(w in _CONCEDING for w in words[i:k]):
                continue
            if any(w in accommodations or w in _ACCOMMODATION_OPENERS for w in words[j + 1 : k]):
                found.update((k, verb))
        return frozenset(found)

    def _thing_heads(self) -> frozenset[str]:
        """Nouns a hyphened characteristic may modify as a kind of thing (vocabularies `things`, `arrangements`,
        `schedule_heads`): "the parental-leave cover rota", "a maternity-leave plan"."""
        vocab = self.rules.vocabulary
        return self.rules.things | vocab.get("arrangements", frozenset()) | vocab.get("schedule_heads", frozenset())

    def _inert_cues(self, lo: int) -> frozenset[int]:
        """Positions in the sentence starting at ``lo`` of judgement cues that state a schedule or name a thing,
        not a judgement, an expectation or a prediction about the person: a word right before the head of a
        shift, a start or an item of kit it names (vocabularies `schedule_heads`, `garments`: "the early shift",
        "a late start", "her hard hat"; a word of the looks or of valence rates a garment: "sloppy shoes"); a word
        inside a hyphen compound that modifies a thing ("the late-delivery rate"); a word followed by a clock time
        in a clause that names its days (``_days_named``: "leaves at 2:30 on Wednesdays"), and so a word of
        schedule (vocabulary `schedule_words`: "leaves early on Fridays", not "always leaves early"), or one between
        a determiner and a time of day ("moved her lunch relief to the late afternoon"); a word between a determiner
        and an arrangement noun it modifies (vocabulary `arrangement_nouns`: "her flexible working agreement"); a negation
        whose clause names a time of day or a weekday before any other cue ("does not work Saturdays", "is never
        in on Friday evenings"); an affirmative modal of purpose ('so that' with any modal, 'so' with can/could:
        "moved to the early shift so that she can collect her son"; "so he can't travel" is a result). A
        characteristic told with a schedule or an accommodation is told as a fact (EEOC: flexible scheduling,
        shift swaps and modified equipment are the accommodation, not a remark on the person); "she is always
        late", "leaves early", "does not pull her weight" still judge. Computed once per sentence."""
        cached = self._inert.get(lo)
        if cached is not None:
            return cached
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        start = lo
        lo, hi = doc.bounds(lo)
        heads = vocab.get("schedule_heads", frozenset())
        kit = vocab.get("garments", frozenset())
        rated = valence_lexicon()
        looks = vocab.get("appearance_descriptors", frozenset()) | vocab.get("looks_adjectives", frozenset())
        times = vocab.get("times_of_day", frozenset())
        schedule = vocab.get("schedule_words", frozenset())
        judging = vocab.get("evaluation", frozenset()) | vocab.get("assessment", frozenset())
        agreed = vocab.get("arrangement_nouns", frozenset())
        found: list[int] = []
        for k in range(lo, hi + 1):
            word = words[k]
            if word in NEGATORS:
                for m in range(k + 1, min(hi, k + 4) + 1):
                    if _CLAUSE_GAP_RE.search(doc.gap(m)):
                        break
                    if words[m] in times or words[m] in CALENDAR_WORDS or words[m][:-1] in WEEKDAYS:
                        found.append(k)  # "does not work Friday evenings", "is never in on Saturdays"
                        break
                    if words[m] not in _SCHEDULE_LINKS:
                        break  # "is never here when the morning rush hits" negates more than a schedule
                continue
            if word not in judging:
                continue
            if _calendar_name(doc, k, lo):
                found.append(k)  # 'in May' names the month, not the modal of possibility
                continue
            if word == "will":
                end = self._arranged(k, hi)
                if end >= 0:  # "will be back in September", "will hand the account to Ola in October": a plan
                    found.extend(range(k, end + 1))
                    continue
            if word in MODALS and not (k < hi and words[k + 1] in NEGATORS) and _purpose_modal(doc, k, lo) and (
                    words[k - 2] == "that" or word in ("can", "could")):
                found.append(k)
                continue
            if k >= hi or _CLAUSE_GAP_RE.search(doc.after(k)):
                if word in schedule and self._days_named(k, lo, hi):
                    found.append(k)
                continue
            gap, nxt = doc.after(k), words[k + 1]
            if word in schedule and self._days_named(k, lo, hi):
                found.append(k)  # "leaves early on Fridays", "is late on Mondays": a schedule with its days
            elif k > lo and words[k - 1] in DETERMINERS and any(
                    words[m] in agreed and all(not doc.gap(n).strip() for n in range(k + 1, m + 1))
                    for m in range(k + 1, min(hi, k + 2) + 1)):
                found.append(k)  # "under her flexible working agreement": the arrangement's kind
            elif word in schedule and not gap.strip() and nxt in times and k > lo and words[k - 1] in DETERMINERS:
                found.append(k)  # "to the late afternoon", "the early mornings": a time of day, not lateness
            elif not gap.strip() and (nxt in heads or (nxt in kit and word not in looks and abs(
                    _rating(rated, word)) < _TIE_VALENCE)):
                found.append(k)  # "the early shift", "his hard hat"; not "sloppy shoes", "a smart jacket"
            elif gap.strip() and all(c in _HYPHENS for c in gap.strip()) and k + 2 <= hi and (
                    words[k + 2] in self.rules.things and not doc.after(k + 1).strip()):
                found.append(k)  # "the late-delivery rate"
            elif nxt in ("at", "from", "until", "till") and k + 2 <= hi and (
                    words[k + 2][:1].isdigit() or words[k + 2] in NUMBER_WORDS or words[k + 2] in times) and (
                    self._days_named(k, lo, hi)):
                found.append(k)  # "leaves at 2:30 on Wednesdays", "starts at seven on those days"
        cached = frozenset(found)
        self._inert[lo] = self._inert[start] = cached
        return cached

    def _arranged(self, k: int, hi: int) -> int:
        """The last token of the clause of the 'will' at ``k`` when that 'will' is the future of an arrangement, not a
        prediction about the person, else -1: its clause names a date or a stretch of time (a month or weekday, a
        figure, 'until', 'from', a number of days, weeks or months, 'next'/'this' with a unit of the calendar) and
        holds no negation, no judgement cue (vocabulary `assessment`), no degree word and no 'able' ("will be back
        in September", "will work mornings only for six weeks", "will take two weeks of paternity leave then"). A
        plan with its dates states the schedule and no word of it rates the person (EEOC: leave and adjusted hours
        are the accommodation); "will never come back full-time", "will probably not keep up", "I doubt he will be
        as focused this autumn" predict and stay cues. Quirk et al. 1985, ch. 4 (will of prediction; the future
        of arrangement with time adverbials)."""
        words, doc = self.doc.words, self.doc
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        end = k
        while end < hi and not _CLAUSE_GAP_RE.search(doc.after(end)) and words[end + 1] not in _ARRANGEMENT_STOPS:
            end += 1
        dated = False
        for m in range(k + 1, end + 1):
            word = words[m]
            if word in NEGATORS or word in ("able", "unable") or (word in assessment and not _calendar_name(
                    doc, m, k)) or word in _DEGREE_BEFORE:
                return -1
            named = word in CALENDAR_WORDS or word[:-1] in WEEKDAYS or word[:1].isdigit() or word in _TIME_LINKS
            stretch = word in _CALENDAR_UNITS and m > k + 1 and (
                words[m - 1] in NUMBER_WORDS or words[m - 1][:1].isdigit() or words[m - 1] in ("next", "this"))
            dated = dated or named or stretch
        return end if dated else -1

    def _days_named(self, k: int, lo: int, hi: int) -> bool:
        """Does the clause of the clock time at token ``k`` name the days it applies to ('on Wednesdays', 'on
        those days', 'in May'), with no frequency that names none ('often', 'usually', 'most days')? "Leaves at
        2:30 on Wednesdays" states a schedule; "often leaves at 3pm", "leaves at four most days", "which explains
        why she leaves at four" report a habit the writer holds against the person."""
        words, doc = self.doc.words, self.doc
        start = k
        while start > lo and not _CLAUSE_GAP_RE.search(doc.gap(start)):
            start -= 1
        end = k
        while end < hi and not _CLAUSE_GAP_RE.search(doc.after(end)):
            end += 1
        span = range(start, end + 1)
        if any(words[m] in _VAGUE_FREQUENCY for m in span):
            return False
        vague = self.rules.vocabulary.get("vague_quantifiers", frozenset())
        # determinate days only: "on Wednesdays", "every Friday", "on 3 March"; not "on some afternoons",
        # "certain Friday evenings", "several mornings" (vocabulary `vague_quantifiers`)
        return any((words[m] in CALENDAR_WORDS or words[m][:-1] in WEEKDAYS or words[m] in _DAY_NOUNS) and not any(
            words[q] in vague for q in range(max(start, m - 2), m)) for m in span)

    def _perfect_before(self, k: int, lo: int) -> bool:
        """Does a perfect ('has', 'have' or 'had' and a participle) stand before the 'since' at ``k`` in its
        sentence, no clause break between ("has been on the late rota since his daughter was born", "has worked
        nights since ...")? The 'since' clause then dates how long, it gives no grounds."""
        words = self.doc.words
        for m in range(k - 1, lo, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)):
                return False
            if words[m - 1] in ("has", "have", "had", "s") and (words[m] == "been" or words[m].endswith(("ed", "en"))):
                return True
        return False

    def _state_since(self, j: int, b: int) -> bool:
        """After a 'since' phrase ending at ``j``, is a state predicated of the person (a link of state, then no
        preposition: "Since her surgery, Elif has been a bit of a passenger", "has become distant")? A state
        dated from an event is put down to it; an activity ("has run the scorecards", "has been on the late
        shift") is reported."""
        words = self.doc.words
        return any(words[k] in _STATE_LINKS and words[k + 1] not in NOUN_PREPOSITIONS for k in range(j + 1, b))

    def _since_of_time(self, k: int, hi: int) -> bool:
        """Is 'since' at ``k`` the preposition of time, with a time or a noun phrase and no verb after it ("since
        March", "since 2019", "since the summer", "since her return from leave, ...")? It dates what follows; it
        gives no grounds. 'since' opening a clause ("since she became a mother", "since your mom got cancer")
        may give grounds and stays a link."""
        words = self.doc.words
        if words[k] != "since" or k >= hi:
            return False
        nxt = words[k + 1]
        times = self.rules.vocabulary.get("times_of_day", frozenset())
        if nxt[:1].isdigit() or nxt in CALENDAR_WORDS or nxt in times or nxt in ("then", "last", "early", "late"):
            return True
        if nxt not in POSSESSIVES and nxt not in ("the", "this", "that", "a", "an"):
            return False
        for m in range(k + 2, min(hi, k + 5) + 1):  # the noun phrase, then what ends it
            if words[m] in _FINITE_LINKS or words[m] in CLAUSE_MODALS or (m > k + 2 and words[m].endswith("ed")):
                return False  # a clause: "since his daughter was born", "since her kids would ..."
            if m > k + 2 and (words[m] in NOUN_PREPOSITIONS or words[m] in ("and", "or")):
                return True  # "since her return from leave", "since the spring and ..."
            if m == hi or _CLAUSE_GAP_RE.search(self.doc.after(m)):
                return True  # "since her back surgery, ..."
        return False  # a verb may follow: "since her kids need her"

    def _scheduled(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the observance ``i..j`` told as the reason or occasion of an arrangement of working time, with no
        judgement drawn ("Farah is off on Eid as agreed, and Luke is covering the front desk"; "Because of his
        Sabbath, Aaron works Sundays instead of Saturdays under the swap we agreed")? Within ``_TIE_REACH`` words
        each side: a word of the arrangement (vocabulary `arrangements`: swap, shift, rota, cover, off, leave,
        agreed ...; the word right after the observance is its own noun, 'head covering'), and no cue of judgement
        (``_clause_cue``, a word of valence too: "refuses Sunday shifts"), contrast or concession, cost
        (``_costs``) or relative drawing a consequence on the person ("which rules her out") outside the
        observance and the arrangement. A capitalised word inside the sentence is a name ('Good Friday'), a word
        right before an arrangement word its modifier ('late shift'), 'instead of' a day the swap; neither the
        next sentence nor a first half before ';' or ':' may judge. EEOC religious accommodation: a swap or a day
        off granted for an observance is the accommodation the employer owes, not a remark on the person."""
        words, doc = self.doc.words, self.doc
        arrangements = self.rules.vocabulary.get("arrangements", frozenset())
        a, b = max(lo, i - _TIE_REACH), min(hi, j + _TIE_REACH)
        if not any(words[k] in arrangements for k in range(a, b + 1) if not i <= k <= j + 1):
            return False  # 'his religious head covering' names the observance, it arranges nothing
        placed = self._placement_after(j, b, hi)
        if placed is not None and not self._working_time_after(placed, b):
            return False  # "so we have moved her off the window": a place of work, not working time, is arranged
        inert = self._inert_cues(lo)
        if self._costs(i, j, hi):
            return False  # a cost blamed on it: "Your daily prayers keep pulling you off the floor"
        for k in range(a, b + 1):
            if (words[k] in CONTRAST_LINKS or words[k] in ("though", "although")) and not i <= k <= j:
                return False  # a contrast concedes a judgement: "... asked about his head covering, but ..."
            if words[k] in ("which", "this") and k > j and any(
                    words[m] in ("him", "her", "them") for m in range(k + 1, min(b, k + 4) + 1)):
                return False  # a consequence drawn on the person: "keeps the Sabbath, which rules her out of ..."
            if i <= k <= j or words[k] in arrangements or (k > lo and doc.is_capitalized(k)):
                continue
            if k < b and words[k + 1] in arrangements and not doc.gap(k + 1).strip():
                continue  # the arrangement's own modifier: 'his late shift', 'the early rota'
            if words[k] == "instead" and k + 2 <= b and words[k + 1] == "of" and (
                    words[k + 2] in CALENDAR_WORDS or doc.is_capitalized(k + 2)):
                continue
            if k not in inert and _clause_cue(doc, self.rules, k, lo, True):
                return False
        return not (self._tied_next(hi) or self._tied_before(lo))

    def _working_time_after(self, k: int, b: int) -> bool:
        """Does the clause after ``k`` (within ``b``) name working time (vocabulary `working_time`, a day or a
        month): "kept him off the Saturday shifts", not "moved her off the window"?"""
        words, working_time = self.doc.words, self.rules.vocabulary.get("working_time", frozenset())
        for m in range(k + 1, b + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(m)):
                return False
            if words[m] in working_time or words[m] in CALENDAR_WORDS:
                return True
        return False

    def _tied_before(self, lo: int) -> bool:
        """Is the sentence starting at ``lo`` the second half of a semicolon or colon pair whose first half holds a
        judgement cue (vocabulary `assessment`, `decisions`, a negation) within ``_TIE_REACH`` words of it ("I
        would not put her on the launch; she is expecting her second child in June")? The second half then gives
        the grounds of the first; a full stop between them ends the tie."""
        if lo == 0 or not any(c in self.doc.gap(lo) for c in ";:"):
            return False
        words, vocab = self.doc.words, self.rules.vocabulary
        judging = vocab.get("assessment", frozenset()) | vocab.get("decisions", frozenset())
        lo2 = self.doc.bounds(lo - 1)[0]
        inert = self._inert_cues(lo2)
        return any(k not in inert and ((words[k] in judging and not _calendar_name(self.doc, k, lo2) and not _purpose_modal(
            self.doc, k, lo2)) or (words[k] in NEGATORS and words[k] != "ill"))
            for k in range(max(lo2, lo - _TIE_REACH), lo))

    def _tied_by_form(self, i: int, j: int, lo: int, hi: int) -> bool:
        """The forms of judgement that carry no evaluative word near the characteristic ``i..j``: it is blamed for
        a cost (``_costs``: "his prayer breaks held up the close"), it is the vehicle of a simile (``_likened``:
        "reads like it was written by someone with dyslexia"), the frame of a comparison with other people
        (``_compared``: "At 58 she learned it faster than most"), graded by a degree word (``_graded``: "hair
        dyed so red"), or a later sentence doubts a decision on the same person (``_decided_later``: "... Not
        sure we should hire her.")."""
        return (self._costs(i, j, hi) or self._likened(i, lo) or self._compared(i, j, lo, hi)
                or self._graded(i, j, lo, hi) or self._decided_later(hi))

    def _costs(self, i: int, j: int, hi: int) -> bool:
        """Is the characteristic the subject of a clause whose predicate is a cost or a hindrance (vocabularies
        `costs`, `cost_phrasal` + `cost_particles`, `cost_idioms`) within ``_COST_REACH`` words after it ("Amir's prayer breaks
        held up the close", "her school-run schedule has become a headache")? Not when it is the object of a
        preposition ("returned from leave and delayed ..." is the person's doing) or when a clause, a
        coordination or a relative comes between."""
        words, vocab = self.doc.words, self.rules.vocabulary
        if self._burden_shifted(j, hi):
            return True  # "leaves early on Fridays for prayers, which the rest of the team has to absorb"
        if i > 0 and words[i - 1] in NOUN_PREPOSITIONS and self.doc.gap(i).strip() == "":
            return False
        costs, phrasal, particles = (vocab.get(name, frozenset()) for name in ("costs", "cost_phrasal", "cost_particles"))
        for k in range(j + 1, min(hi, j + _COST_REACH) + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)) or words[k] in _COST_STOPS:
                return False
            if words[k] in costs or (words[k] in phrasal and k < hi and words[k + 1] in particles):
                return True
            if any(self._starts_at(k, idiom, hi) for idiom in self.rules.idioms.get(words[k], ())):
                return True  # "gets in the way of"
        return False

    def _burden_shifted(self, j: int, hi: int) -> bool:
        """Does a relative or result clause after the characteristic ending at ``j``, in its sentence, put a
        burden on others: an opener (vocabulary `burden_openers`: 'which', 'so', 'and', 'meaning'), a subject of
        other people (`burden_bearers`: "the rest of the team", "his colleagues", "others", "we") and then an
        obligation (`burden_obligations`, 'to' after all but 'must') before a verb of carrying or covering
        (`burden_verbs`: "has to absorb", "must cover", "need to work around"), or that verb with its load
        named (`burden_loads`: "and others pick up the slack")? The characteristic is then blamed for a cost to
        others, however plainly its schedule is told (Bias Interrupters: maternal wall; EEOC: co-worker
        resentment of an accommodation)."""
        words, vocab = self.doc.words, self.rules.vocabulary
        openers, bearers = vocab.get("burden_openers", frozenset()), vocab.get("burden_bearers", frozenset())
        duties, loads = vocab.get("burden_obligations", frozenset()), vocab.get("burden_loads", frozenset())
        verbs = self.rules.burden_verbs
        for k in range(j + 1, hi):
            if words[k] not in openers:
                continue
            bearer = next((m for m in range(k + 1, min(hi, k + _BURDEN_REACH) + 1) if words[m] in bearers), None)
            if bearer is None:
                continue
            for m in range(bearer + 1, min(hi, bearer + _BURDEN_REACH) + 1):
                duty = words[m] in duties and (words[m] == "must" or (m < hi and words[m + 1] == "to"))
                if duty or m == bearer + 1:
                    for v in range(m + (0 if not duty else 1 if words[m] == "must" else 2),
                                   min(hi, m + 3) + 1):
                        rest = next((r for r in verbs.get(words[v], ()) if self._starts_at(v + 1, r, hi)), None)
                        if rest is None:
                            continue
                        end = v + len(rest)
                        if duty or any(words[x] in loads for x in range(end + 1, min(hi, end + 3) + 1)):
                            return True
                        break
                if duty:
                    break
        return False

    def _likened(self, i: int, lo: int) -> bool:
        """Is the characteristic inside the vehicle of a simile, 'like'/'as if'/'as though' before it in its clause
        ("reads like it was written by someone with dyslexia", "runs meetings like a grandpa")? A characteristic
        likened to is one used as the image of poor work; 'like' as a verb ("would like", "I like") is none."""
        words = self.doc.words
        for k in range(i - 1, max(lo, i - _SIMILE_REACH) - 1, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                return False
            if words[k] == "like" and k > lo and words[k - 1] not in _LIKE_AS_VERB:
                return True
            if words[k] in ("if", "though") and k > lo and words[k - 1] == "as":
                return True
        return False

    def _compared(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic the frame of a comparison with others: a 'than' (not 'rather/other than', not before
        a number) or an 'as ... as' after it in its clause or in the consequence drawn from it ("a recent graduate,
        so she picks up new tools faster than the rest"), or anywhere in a sentence it opens ("At 58 she learned it
        faster than most", "At 24, Sam is more organised than most of our senior engineers", "Being a recent grad,
        Tia is more tech-savvy than the older clerks")?"""
        words = self.doc.words
        opens = i == lo or (i == lo + 1 and words[lo] in ("at", "even")) or (
            words[lo] in ("being", "as") and lo + 1 <= i <= lo + 2 and (i == lo + 1 or words[lo + 1] in ("a", "an")))
        drawn = False
        for k in range(j + 1, min(hi, j + _TIE_REACH) + 1):
            if not opens and _CLAUSE_GAP_RE.search(self.doc.gap(k)):
                if drawn or words[k] not in CONSEQUENCE_LINKS:
                    return False
                drawn = True  # the consequence drawn from it: ", so she ..."
            if words[k] == "than" and words[k - 1] not in ("rather", "other") and not (
                    k < hi and (words[k + 1] in NUMBER_WORDS or words[k + 1][:1].isdigit())):
                return True
            if words[k] == "as" and k + 2 <= hi and words[k + 2] == "as" and words[k + 1] not in FUNCTION_WORDS:
                return True
        return False

    def _graded(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is a degree word on the characteristic's own predicate or modifier: an adjective of perceived intensity
        before it (vocabulary `intensity`: "his heavy accent"), 'such' up to three words before it ("such bright
        red hair"), or a degree word up to three words after it in its clause before a word that
        is not a function word ("hair dyed so red", "makeup is far too heavy", "beard has gotten really
        scruffy")?"""
        words = self.doc.words
        intensity = self.rules.vocabulary.get("intensity", frozenset())
        if any(words[k] in intensity for k in range(max(lo, i - 1), j + 1)):
            return True  # "his heavy accent", "a pronounced limp", "wears a large cross"
        for k in range(i - 1, max(lo, i - 3) - 1, -1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)):
                break
            if words[k] == "such":
                return True
        for k in range(j + 1, min(hi - 1, j + 3) + 1):
            if _CLAUSE_GAP_RE.search(self.doc.gap(k)) or words[k] in _COST_STOPS:
                return False
            if words[k] in _DEGREE_AFTER and words[k + 1] not in FUNCTION_WORDS:
                return True
        return False

    def _decided_later(self, hi: int) -> bool:
        """Does one of the two sentences after the one ending at ``hi`` doubt a decision on the same person: a
        word of doubt (vocabulary `doubts`; 'sure', 'convinced', 'comfortable' negated) with a decision
        (vocabulary `person_decisions`) and a pronoun of a person ("Not sure we should hire her", "I'm not
        convinced we should put him on the front desk")? The characteristic is then the unstated grounds."""
        words, vocab = self.doc.words, self.rules.vocabulary
        doubts, decisions = vocab.get("doubts", frozenset()), vocab.get("person_decisions", frozenset())
        start = hi + 1
        for _ in range(2):
            if start >= len(words):
                return False
            lo2, hi2 = self.doc.bounds(start)
            end = min(hi2, start + _TIE_REACH)
            doubt = any(words[k] in doubts and (words[k] not in _NEGATED_DOUBTS or (
                k > lo2 and words[k - 1] in NEGATORS)) for k in range(lo2, end + 1))
            if doubt and any(words[k] in decisions for k in range(lo2, end + 1)) and any(
                    words[k] in _PERSON_PRONOUNS for k in range(lo2, end + 1)):
                return True
            start = hi2 + 1
        return False

    def _tied_next(self, hi: int) -> bool:
        """Does the sentence after the one ending at ``hi`` draw a judgement from it? It opens with a connective
        of consequence (so, therefore, hence ...: "Ken took paternity leave in June. So he isn't serious about
        the lead.") and holds a judgement cue (vocabulary `assessment`, a negation) within ``_TIE_REACH`` words.
        An opening "This"/"It" is not enough: it may take up anything said before ("... They returned from
        leave in March. This means we're missing chances to catch issues", with the leave sentence inserted)."""
        words = self.doc.words
        start = hi + 1
        if start >= len(words) or words[start] not in _TAKING_UP:
            return False
        lo2, hi2 = self.doc.bounds(start)
        if lo2 != start:
            return False
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        unfit = self._negated_fit(start, min(hi2, start + _TIE_REACH))
        inert = self._inert_cues(start)
        return any(k in unfit or (k not in inert and (words[k] in assessment or (
            words[k] in NEGATORS and words[k] != "ill"))) for k in range(start + 1, min(hi2, start + _TIE_REACH) + 1))

    def _holder(self, i: int, j: int, lo: int, hi: int, mention: bool = True) -> str | None:
        """Who the characteristic ``i..j`` belongs to, when it is not the reviewed person: "name" when it is
        part of a capitalised name of a unit, network, programme, event or award (``_in_name``); "others"
        when the noun phrase it modifies or is attached to is headed by a noun for people the person serves
        (``_others_phrase``). None otherwise: the person, or not decided here (the rule's own checks go on).
        The people served are asked about only for a characteristic mention (``mention``, BiasRule.kind): a
        wording rule's term ("the wheelchair-bound residents", "senile residents") is rejected whoever it
        describes; a proper name the writer quotes ("the Disabled Staff Network") is no wording of theirs."""
        if self._in_name(i, j, lo, hi):
            return "name"
        if mention and self._others_phrase(i, j, lo, hi):
            return "others"
        return None

    def _in_name(self, i: int, j: int, lo: int, hi: int) -> bool:
        """A capitalised characteristic word in a title-case run that goes on past it and ends in a name
        head (vocabulary ``name_heads``), or stands right before one in lower case: "the Maternity Unit",
        "the Black Employees Network", "the Older People's Mental Health team", "Deaf Awareness Week".
        A run that ends in a person noun ("Older Workers are slower") names no unit."""
        doc, words = self.doc, self.doc.words
        heads = self.rules.vocabulary.get("name_heads", frozenset())
        if not heads or not any(doc.is_capitalized(k) and words[k] not in FUNCTION_WORDS for k in range(i, j + 1)):
            return False
        last = None
        y = j + 1
        while y <= hi and doc.gap(y) in _NAME_GAPS:
            if doc.is_capitalized(y) and words[y] not in PRONOUNS:
                last = y
            elif not (words[y] in _NAME_JOINS and y + 1 <= hi and (doc.is_capitalized(y + 1) or words[y] == "s")):
                break
            y += 1
        if last is None:
            return False
        return words[last] in heads or (
            last + 1 <= hi and doc.gap(last + 1) == " " and words[last + 1] in heads and not doc.is_capitalized(last + 1))

    def _others_phrase(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` said of people the reviewed person serves? Its noun phrase's head
        is found over at most two modifiers after it ("older customers", "a deaf customer", "blind and
        partially sighted customers"), or it is attached after a served noun ("residents with dementia",
        "a customer who is deaf"; a partitive relative: "the tenants, several of whom use hearing aids"), or it is a thing given to them ("sold hearing aids to older clients").
        The head must be a served noun (vocabulary ``served_people``), or a served group of kin nouns
        ("children with autism") governed by a verb of service or a programme noun ("a session for
        children"). The phrase is the person's own when a possessive of a person opens it ("her patients"
        is the person's, but "her kids" is family: left to the rule), when it is predicated of the person
        or the person is compared with it ("she is a young customer", "like the older customers", "than
        the younger patients"), and when a reflexive follows ("because he is young himself")."""
        doc, words, rules = self.doc, self.doc.words, self.rules
        served = rules.vocabulary.get("served_people", frozenset())
        if not served or all(words[k] in PRONOUNS or words[k] in POSSESSIVES for k in range(i, j + 1)):
            return False  # a pronoun ("treat his customers") refers; it is no characteristic of anyone
        if i < j and " ".join(words[j - 1:j + 1]) in rules.vocabulary.get("assistive_devices", frozenset()):
            return False  # "uses a screen reader": a device, its head no reader served
        head = None
        for y in range(j, min(hi, j + 3) + 1):  # the noun it modifies, over modifiers only
            if words[y] in served or (words[y] in rules.served_groups and y > i):
                head = y
                break
            if y < j:
                continue
            if y + 1 > hi or doc.gap(y + 1) != " ":
                break
            nxt = words[y + 1]
            if nxt in DETERMINERS or not (nxt in ("and", "or") or nxt in served or nxt in rules.served_groups
                                          or nxt in rules.served_modifiers or nxt.endswith(_MODIFIER_ENDINGS)):
                break  # "His accent confuses callers": a verb, no modifier, comes between
        start = i
        if head is None and self._partitive_antecedent(i, lo) is not None:
            return True  # a partitive relative of the people served: "the tenants, several of whom use hearing aids"
        if head is None:  # attached after it: "residents with dementia", "children with autism"
            for k in range(i - 1, max(lo, i - 5) - 1, -1):
                if words[k] in served or words[k] in rules.served_groups:
                    if k < i - 1 and words[k + 1] in _ATTACH_OPENERS and doc.gap(k + 1) == " ":
                        head = start = k  # not "Clients would never guess", "a client welsh on"
                    elif k < i - 1 and words[k + 1] in _REDUCED_OPENERS and all(
                            doc.gap(m) == " " for m in range(k + 1, i + 1)):
                        head = start = k  # a reduced relative: "a rider using a wheelchair", "a commuter on crutches"
                    break
                if words[k] not in _ATTACH_WORDS and words[k] not in _REDUCED_OPENERS and (
                        words[k] not in _ATTACHED_ARTICLES):
                    break
        if head is None and j + 2 <= hi and words[j + 1] in ("to", "for") and not any(
                words[k] in POSSESSIVES for k in range(max(lo, i - 2), i)):  # given to them
            for z in range(j + 2, min(hi, j + 5) + 1):
                if words[z] in served:
                    if not (z + 1 <= hi and doc.gap(z + 1) == " " and words[z + 1] not in FUNCTION_WORDS
                            and words[z + 1] not in LINKS and words[z + 1] not in NOUN_PREPOSITIONS
                            and words[z + 1] not in CONJUNCTIONS):
                        head = z  # the phrase's head, not a modifier: "for the client calls"
                    break
                if doc.gap(z) != " " or not (words[z] in DETERMINERS or words[z] in rules.served_modifiers
                                             or words[z].isdigit() or words[z].endswith(_MODIFIER_ENDINGS)):
                    break  # "a great guy for the job and the clients": 'job' is the phrase's head
            if head is not None and any(words[k] in SPECIFIC_PERSON for k in range(j + 1, head)):
                head = None
            start = i
        if head is None or any(words[k] in _REFLEXIVES for k in range(head + 1, min(hi, head + 3) + 1)):
            return False
        if any(words[k] in _REFLEXIVES for k in range(j + 1, min(hi, j + 3) + 1)):
            return False
        k = start - 1
        while k >= lo and (words[k] in DETERMINERS or words[k] in rules.served_modifiers or words[k].isdigit()
                           or words[k] in _DEGREE_WORDS or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if words[head] not in served and any(words[m] in POSSESSIVES and words[m] != "their"
                                             for m in range(max(lo, k), head)):
            return False  # "her kids with autism", "cares for his elderly parents": the person's own family
        if k >= lo and words[k] in _PREDICATING and doc.gap(k + 1) == " ":
            return False  # "she is a young customer herself", "like the older customers"
        if k - 1 >= lo and words[k] == "s" and doc.gap(k) in _APOSTROPHES and words[k - 1] in ("he", "she"):
            return False  # "he's basically a pensioner now": predicated of the person
        if words[head] in served:
            return True
        # a kin noun among the served groups: a verb of service or a programme must govern it
        if k >= lo and words[k] in rules.service_verbs:
            return True
        return k - 1 >= lo and words[k] in ("for", "with", "to") and (
            words[k - 1] in rules.programme_nouns or words[k - 1] in rules.service_verbs)

    def _partitive_antecedent(self, i: int, lo: int) -> int | None:
        """The served noun that a partitive relative holding the characteristic at ``i`` refers to: ", several of
        whom use hearing aids", ", most of whom have dyslexia" after "the tenants", "the pupils in his reading
        groups". The relative 'whom' takes the head of the noun phrase before its comma (Quirk et al. 1985, ch. 17
        on relative clauses: partitive 'of whom'), found within six words before the comma; a served noun (vocabulary
        `served_people`) or a served group. None when there is no such relative or noun."""
        words, doc = self.doc.words, self.doc
        served = self.rules.vocabulary.get("served_people", frozenset())
        rel = next((k for k in range(i - 1, max(lo, i - 6) - 1, -1) if words[k] == "whom"), None)
        if rel is None or rel - 2 < lo or words[rel - 1] != "of":
            return None
        q = rel - 2
        if words[q] not in _PARTITIVES and words[q] not in _VAGUE_QUANTIFIER_WORDS:
            return None
        if q > lo and words[q - 1] in ("a", "the"):
            q -= 1  # "a few of whom"
        if "," not in doc.gap(q) or any(_CLAUSE_GAP_RE.search(doc.gap(m)) for m in range(q + 1, i + 1)):
            return None
        for k in range(q - 1, max(lo, q - 6) - 1, -1):
            if words[k] in served or words[k] in self.rules.served_groups:
                return k
            if k < q - 1 and _CLAUSE_GAP_RE.search(doc.gap(k + 1)):
                return None
        return None

    def _another_person(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` said of someone other than the person evaluated? The person is the
        text's most-mentioned name or pronoun gender (``_main_person``); a mention is another's when
        - it modifies a person noun in object or oblique position, over at most one modifier, in a phrase a
          determiner or another's possessive opens ("sat with the frail old woman", "for the autistic boy",
          "encourages the younger girls", "the resident's elderly father"), not predicated of the person or
          compared with it ("she is a young mum", "like the older cooks") and not the person's own kin ("her
          elderly mother": the family is the person's, left to the rule);
        - the subject of its clause is another: a person noun opened by a determiner or another's possessive
          ("so that a colleague can keep the Sabbath", "her colleague's father is on dialysis"), a relative
          pronoun whose antecedent is such a noun ("the resident's daughter, who is deaf"), a name other than
          the person's, or a pronoun of the other gender when the text's pronouns are about one gender.
        Only characteristic mention rules ask (BiasRule.kind ``mention``); a rejected word is flagged whoever
        it describes."""
        if any(w in _ALTERNATIVE_WORDS for w in self.doc.words[lo : hi + 1]):
            return False  # "give it to one of the younger engineers instead of Ruth": a choice against the person
        if self._held_by_main(j, hi):
            return False  # "distracted by the bindi she wears": whoever the clause's subject, the person's own
        return self._modifies_another(i, j, lo, hi) or self._clause_of_another(i, lo)

    def _held_by_main(self, j: int, hi: int) -> bool:
        """Does a relative clause right after the mention make the person its holder: its subject the person's
        pronoun or name ("the bindi she wears", "the turban that he wears every day")?"""
        words = self.doc.words
        k = j + 1
        if k <= hi and words[k] in ("that", "which"):
            k += 1
        if k > hi:
            return False
        name, gender = self._main_person()
        return (gender is not None and words[k] == gender) or (name is not None and words[k] == name)

    def _person_noun(self, k: int) -> bool:
        word = self.doc.words[k]
        rules = self.rules
        return (word in rules.people or word in rules.peers or word in rules.outsiders or word in rules.roles
                or word in self._kin_nouns or word in self._served_nouns) and not self.doc.is_capitalized(k) or (
                    word in _OTHER_PERSON_NOUNS)

    @property
    def _kin_nouns(self) -> frozenset[str]:
        return self.rules.vocabulary.get("kin", frozenset())

    @property
    def _served_nouns(self) -> frozenset[str]:
        return self.rules.vocabulary.get("served_people", frozenset())

    def _opened_by_another(self, k: int, head: int, lo: int) -> int | None:
        """The token before the phrase that ends in the person noun ``head`` and starts at or before ``k``,
        when a determiner or another person's possessive opens the phrase (over at most two modifiers);
        None when the phrase is the person's own kin ("her mother") or has no such opener."""
        doc, words = self.doc, self.doc.words
        x = k
        steps = 0
        while x >= lo and steps < 3:
            word = words[x]
            if word in _OTHER_OPENERS:
                return x - 1
            if word == "s" and x - 1 >= lo and doc.gap(x) in _APOSTROPHES and self._person_noun(x - 1):
                return x - 1  # "the resident's", "her colleague's": another's possessive
            if word in POSSESSIVES:
                if words[head] in self._kin_nouns and word != "their":
                    return None  # "her elderly mother": the person's family
                return x - 1 if words[head] in self.rules.peers or words[head] in self.rules.outsiders \
                    or words[head] in self._served_nouns else None
            if word in FUNCTION_WORDS or doc.gap(x + 1 if x + 1 <= head else x) not in (" ",) and x != k:
                return None
            x -= 1
            steps += 1
        return None

    def _modifies_another(self, i: int, j: int, lo: int, hi: int) -> bool:
        doc, words = self.doc, self.doc.words
        head = j if j > i and self._person_noun(j) else None  # "the old man": the phrase holds its head
        for y in () if head is not None else (j + 1, j + 2):
            if y > hi or doc.gap(y) != " ":
                break
            if self._person_noun(y):
                head = y
                break
            if words[y] in FUNCTION_WORDS or doc.is_capitalized(y):
                break
        if head is None or (head + 1 <= hi and words[head + 1] in _REFLEXIVES):
            return False
        before = self._opened_by_another(i - 1, head, lo) if i - 1 >= lo else None
        if before is None or before < lo:
            return False  # a sentence-initial group ("The older guys are slower") is left to the tie
        if words[before] == "of" and before - 2 >= lo and words[before - 1] in _PARTITIVES:
            before -= 2  # "she is one of the younger analysts": the partitive's own position decides
        word = words[before]
        k = before
        while k > lo and (word in _SUBJECT_LEAD or word in _HEDGE_WORDS or word.endswith("ly")):
            k -= 1  # "is probably the nicest-looking guy", "is by far the best": the copula before the adverb
            word = words[k]
        if word in _OBJECT_PRONOUNS or self._is_first_name(k):
            return False  # "she called him the old guy": a label given to the person (object complement)
        if word in _PREDICATING or word in _REFLEXIVES or word in CONJUNCTIONS or _CLAUSE_GAP_RE.search(
                doc.gap(before + 1)):
            return False
        if words[before + 1] in ("a", "an", "one") and not (
                self._is_past(before) or (word in NOUN_PREPOSITIONS and word not in _YARDSTICK_PREPOSITIONS)):
            return False  # "we need a native speaker", "for a recent graduate": a requirement or a yardstick
        if words[before + 1] in ("a", "an") and words[head] in _GENERIC_PERSON_NOUNS:
            return False  # "customers love dealing with an attractive young woman": may describe the person
        return word in NOUN_PREPOSITIONS or (word not in FUNCTION_WORDS and not doc.is_capitalized(before))

    def _clause_of_another(self, i: int, lo: int) -> bool:
        doc, words = self.doc, self.doc.words
        start = i
        while start > lo and start > i - 12 and not _CLAUSE_GAP_RE.search(doc.gap(start)) and (
                words[start - 1] not in _CLAUSE_OPENERS) and not self._bare_complement_at(start, lo):
            start -= 1
        if start > lo and words[start] in ("who", "whose") and _CLAUSE_GAP_RE.search(doc.gap(start)):
            ante = start - 1  # "the resident's daughter, who is deaf": the antecedent
            if ante < lo or not self._person_noun(ante):
                return False
            opener = self._opened_by_another(ante - 1, ante, lo)
            return opener is not None and not (opener >= lo and (
                words[opener] in _PREDICATING or words[opener] in _YARDSTICK_PREPOSITIONS))
        for k in range(start, i):
            word = words[k]
            if word in ("i", "we", "you", "it"):
                return False
            if word in ("he", "she"):
                main = self._main_person()
                return main[1] is not None and word != main[1]
            if self._is_first_name(k):
                main = self._main_person()
                return main[0] is not None and word != main[0]
            if self._person_noun(k):
                if self._main_person() == (None, None):
                    return False  # no one else is named: "the new cashier" may be the person evaluated
                opener = self._opened_by_another(k - 1, k, lo) if k > start else None
                return opener is not None and opener >= start - 1 and not (
                    opener >= lo and (words[opener] in _PREDICATING or words[opener] in _YARDSTICK_PREPOSITIONS))
            if word not in _SUBJECT_LEAD and not (word in FUNCTION_WORDS and word not in PRONOUNS):
                return False  # past the subject: a verb or an object comes first
        return False

    def _bare_complement_at(self, k: int, lo: int) -> bool:
        """Does a complement clause with its 'that' left out open at token ``k`` ("The team thinks he's over the
        hill", "Some of the juniors feel Martin is set in his ways")? A verb of knowing, saying or believing
        before it, and a subject there: 'he'/'she' or a name with a finite verb after it. The clause is the one
        a 'that' would open (Quirk et al. 1985, 15.3: the zero 'that' clause), so its subject is the holder."""
        words = self.doc.words
        if k - 1 <= lo or k + 1 >= len(words) or words[k - 1] not in STANCE_WORDS or words[k - 1] == "that":
            return False
        if words[k] in ("he", "she"):
            return True
        return self._is_first_name(k) and words[k + 1] in _FINITE_AFTER_SUBJECT

    def _main_person(self) -> tuple[str | None, str | None]:
        """The text's most-mentioned first name and its pronoun gender ('he'/'she'), each None when it is no
        clear majority (a name needs more mentions than any other; a gender twice the other's)."""
        if self._main is None:
            doc, words, first = self.doc, self.doc.words, lexicon().first
            names: dict[str, int] = {}
            for m, word in enumerate(words):  # _is_first_name, its cheap word tests first
                if word in first and word not in CALENDAR_WORDS and word not in FUNCTION_WORDS and doc.is_capitalized(m):
                    names[word] = names.get(word, 0) + 1
            ranked = sorted(names.items(), key=lambda kv: -kv[1])
            name = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
            he = sum(w in MASCULINE_PRONOUNS for w in words)
            she = sum(w in FEMININE_PRONOUNS for w in words)
            gender = "he" if he >= 2 * she and he else "she" if she >= 2 * he and she else None
            self._main = (name, gender)
        return self._main

    def _said_of_writer(self, i: int, lo: int) -> bool:
        """Is the characteristic at ``i`` predicated of the writer by a copula right before it ("I am dyslexic",
        "I'm deaf in one ear"; no degree word between, which would grade it as slang: "I'm so OCD"), with no 'too'/'also' (the person shares it: "I am
        dyslexic too") and no verdict drawn in the sentence ("so I can tell his reports are sloppy"), and a third
        person named by he/she in the sentence (in a self-review 'I' is the person reviewed: "the paramedics told me
        I was very articulate for ...")? It describes the writer, not the person reviewed."""
        words = self.doc.words
        k = i - 1  # right after the copula: "I'm so OCD", "a bit deaf" grade the word as slang, not a status
        if not (k > lo and words[k] in ("am", "m", "was") and words[k - 1] == "i"):
            return False
        _, hi = self.doc.bounds(i)
        if not any(words[m] in _SPECIFIC_THIRD for m in range(lo, hi + 1)):
            return False  # no one else in the sentence: a self-review's 'I' may be the person reviewed
        # 'too', 'also', 'as well' say the person shares it; a verdict after it judges someone by it
        return not any(words[m] in ("too", "also", "well") or words[m] in self.rules.deciding_words
                       for m in range(k - 1, hi + 1))

    def _writers_own(self, i: int, lo: int) -> bool:
        """Is the writer the holder of the characteristic at ``i``: is the nearest person before it in its
        clause 'I' or the writer's relative ("I keep kosher", "When I leave for Friday prayers, ...", "As a Sikh
        I wear a turban", "My mother has dementia, and ...")? The writer's own practice or family judges no one;
        "I noticed Ana wears a hijab" and "I think he keeps kosher" name someone nearer. Only a subject at most
        three words before counts: "I know reviews are hard to fit in with three kids at home" is about you."""
        words = self.doc.words
        if words[i] in POSSESSIVES and words[i] not in ("my", "our"):
            return False  # "I doubt that with her kids she can travel": hers
        faiths = self.rules.vocabulary.get("faiths", frozenset())
        kin = self.rules.vocabulary.get("kin", frozenset())
        k = i - 1
        while k >= max(lo, i - 4) and _CLAUSE_GAP_RE.search(self.doc.gap(k + 1)) is None:
            word = words[k]
            if word in STANCE_WORDS:
                return False  # "I know that with a newborn she ...": the writer judges, the family is another's
            if word == "i" or (word in kin and k > lo and words[k - 1] in ("my", "our")):
                return True
            if word in SPECIFIC_PERSON or word in ("we", "us") or word in self.rules.people:
                return False
            if k != lo and self._is_name(k, lo) and _could_be_a_name(word) and word not in faiths:
                return False
            k -= 1
        return False

    def _own_report(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the characteristic ``i..j`` the content of the person's own report, with no judgement drawn from it?
        A name or he/she/they is the subject of a reporting verb (vocabulary `reporting_verbs`: said, told,
        mentioned, shared, asked ...; 'let us know'), the characteristic stands in the reported clause, which
        refers to the reporter by a pronoun and names no one else ("Leo told the team he has ADHD and asked for
        written agendas", "Sam said that with two kids at home he prefers the early shift", "Ken explained that
        his mother is in hospice"): the person disclosed it or asked for an arrangement, and the writer relays
        it (JAN, Disclosure Basics; Quirk et al. 1985, ch. 14 on indirect speech: the reported clause is the
        reporter's statement).
        Not when the reported clause itself evaluates (an assessment word other than a modal, a negation: "said
        she can't focus since the baby") or when the writer draws a judgement or a decision about the person
        from it: after the reported clause (a ';', a comma before a clause link, or the writer as subject) a
        judging word (vocabularies `assessment`, `decisions`, `doubts`, `person_decisions`, `costs`), an
        explanation drawn ("which explains why his numbers are down"), a negation or the person as an object ("Rosa said she has epilepsy, so we keep her off the night shift"), or the
        next sentences draw one (``_tied_next``, ``_decided_later``). "..., so we moved the stand-up to 10am"
        is the arrangement, not a judgement."""
        doc, words, vocab = self.doc, self.doc.words, self.rules.vocabulary
        reporting = vocab.get("reporting_verbs", frozenset())
        if not reporting:
            return False
        holy = vocab.get("holy_days", frozenset()) | vocab.get("faiths", frozenset())
        verb = None
        for k in range(i - 1, max(lo, i - _TIE_REACH) - 1, -1):
            if any(c in doc.gap(k + 1) for c in ";:"):
                return False
            word = words[k]
            if (word in reporting and k < i - 1) or (word == "know" and any(
                    words[m] in ("let", "lets") for m in range(max(lo, k - 4), k))):
                verb = k  # not right before it: 'shared parental leave' is the leave's kind
                break
            if word in ("i", "we") or (word in STANCE_WORDS and word != "that"):
                return False  # the writer's clause or someone's verdict stands between: "said I think she ..."
            if self._is_name(k, lo) and word not in holy and word.rstrip("s") not in CALENDAR_WORDS and (
                    _names_a_person(doc.raw(k))):
                return False  # someone else in the reported clause: "Priya said Tom's wife is expecting"
        if verb is None:
            return False
        s = verb - 1
        if words[verb] == "know":
            s = max(m for m in range(max(lo, verb - 4), verb) if words[m] in ("let", "lets")) - 1
        while s >= lo and words[s] in _REPORT_LEADS:
            s -= 1
        if s < lo or (s > lo and (words[s - 1] in POSSESSIVES or words[s - 1] in NOUN_PREPOSITIONS
                                  or words[s - 1] == "s")):
            return False
        subject = words[s]
        if subject not in ("he", "she", "they") and not (
                self._is_name(s, lo) and _could_be_a_name(doc.raw(s)) and subject not in self.rules.things):
            return False
        end = hi + 1  # the first token after the reported clause
        for k in range(j + 1, hi + 1):
            gap = doc.gap(k)
            if any(c in gap for c in ";:") or words[k] in ("i", "we") or (
                    "," in gap and words[k] in _REPORT_BOUNDARIES):
                end = k
                while end > j + 1 and words[end - 1] in _REPORT_BOUNDARIES:
                    end -= 1
                break
        if not any(words[k] in _PERSON_PRONOUNS or words[k] in ("his", "their")
                   for k in range(verb + 1, end) if not i <= k <= j):
            return False  # the reported clause must be about the reporter: "she is going through IVF"
        assessment = vocab.get("assessment", frozenset())
        inert = self._inert_cues(lo)
        for k in range(verb + 1, end):
            if i <= k <= j or k in inert:
                continue
            word = words[k]
            if (word in assessment and word not in MODALS) or (word in NEGATORS and word != "ill"):
                return False  # the report itself evaluates: "said that since the baby she can't focus"
        judging = assessment | vocab.get("decisions", frozenset()) | vocab.get("doubts", frozenset()) | (
            vocab.get("person_decisions", frozenset())) | vocab.get("costs", frozenset()) | vocab.get(
            "unsuitability", frozenset())
        for k in range(end, hi + 1):
            word = words[k]
            if k in inert or _purpose_modal(doc, k, lo):
                continue
            if word in judging or word in _REPORT_VERDICTS or (word in NEGATORS and word != "ill") or word == "him" or (
                    word == "her" and self._object_her(k, hi)):
                return False  # the writer draws a judgement or a decision on the person from it
        return not (self._tied_next(hi) or self._decided_later(hi))

    def _writers_kin_subject(self, i: int, lo: int, hi: int) -> bool:
        """Is the sentence about the writer's own relative, who holds the characteristic at ``i``: does it
        open with 'my'/'our' and a kin noun as its subject, with no other person in the sentence (no name,
        no 'I' or 'you', no other person noun) and no stance or saying verb ("My aunt ran the choir for
        decades and never let her arthritis slow her down", "My father passed away at 85 after living with
        dementia")? Obituaries, eulogies and family tributes are written so; "My mother says that with her
        depression Dana should not lead" names the one judged, and "My father says you cannot ..." addresses
        them. 'he'/'she' after the relative are the relative (the subject is the preferred antecedent;
        Grosz, Joshi & Weinstein 1995, Centering)."""
        words = self.doc.words
        kin = self.rules.vocabulary.get("kin", frozenset())
        k = lo
        if k <= hi and words[k] in ("my", "our") and k + 1 <= hi and words[k + 1] in kin:
            start = k + 2
        else:
            return False
        for x in range(start, hi + 1):
            word = words[x]
            if i <= x:
                break
            if word in STANCE_WORDS or word in _SAYING or word in ("i", "me", "you", "your", "we", "us"):
                return False
            if (word in self.rules.people and words[x - 1] not in ("a", "an")) or (
                    word in kin and words[x - 1] not in ("his", "her")):
                return False  # another person; not a role the relative had ("worked as a nurse")
            if self._is_name(x, lo) and word not in kin and _names_a_person(self.doc.raw(x)) and (
                    word not in self.rules.things) and not self._title_case_neighbour(x, hi):
                return False
        return not any(
            words[x] in _SAYING or words[x] in ("you", "your") or (
                self._is_name(x, lo) and _names_a_person(self.doc.raw(x)) and words[x] not in self.rules.things)
            for x in range(i + 1, hi + 1))

    def _title_case_neighbour(self, x: int, hi: int) -> bool:
        """Is the capitalised word at ``x`` part of a title-case run with a capitalised common word beside it
        ("Little League", "Western Electric"): the name of an organisation, not a person?"""
        doc = self.doc
        for y in (x - 1, x + 1):
            if 0 <= y <= hi and y != x and doc.is_capitalized(y) and doc.gap(max(x, y)) == " " and (
                    not _names_a_person(doc.raw(y)) or not _names_a_person(doc.raw(x))):
                return True
        return False

    def _vocative(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is ``i..j`` a vocative: set off by the sentence's edge or a comma on each side ("Great job,
        guys!", "Ladies, please ...")? A neighbour across the comma that is itself a person noun, or
        'and'/'or' with one, makes it a list item ("for men, women, boys and girls")."""
        doc, words, people = self.doc, self.doc.words, self.rules.people
        left = i == lo or "," in doc.gap(i)
        after = doc.after(j).lstrip()
        # not a bare space ("Babe Ruth memorabilia", "Guys in the warehouse fixed it"), unless an opening
        # address runs straight into a request ("Ladies please keep ...", "Guys let's ...")
        right = j == hi or (after[:1] != "" and after[:1] in ",.!?;:") or (
            i == lo and not after and words[j + 1] in _REQUEST_OPENERS)
        if not (left and right) or doc.after(j)[:1] in _APOSTROPHES:
            return False
        if i > lo and words[i - 1] in people:
            return False
        if j < hi and (words[j + 1] in people or (
                words[j + 1] in ("and", "or") and j + 2 <= hi and words[j + 2] in people)):
            return False
        return not (i > lo + 1 and words[i - 1] in ("and", "or") and words[i - 2] in people)

    def _mention(self, i: int, j: int, lo: int, hi: int, judged: bool = True, linked: bool = False) -> bool:
        """A characteristic brought into a judgement of a specific person (see RuleContext)."""
        doc, words = self.doc, self.doc.words
        if j + 1 <= hi and doc.after(j).strip() and all(c in _HYPHENS for c in doc.after(j).strip()):
            return False  # a compound modifier: "age-verification project", "family-owned supplier"
        if i > lo and doc.gap(i) and all(c in _HYPHENS for c in doc.gap(i)):
            return False  # inside a compound: "parent-child mapping"
        if i < j and all(doc.gap(k).strip() and all(c in _HYPHENS for c in doc.gap(k)) for k in range(i + 1, j + 1)) \
                and j + 1 <= hi and not doc.after(j).strip() and words[j + 1] in self._thing_heads():
            return False  # hyphened into a modifier of a thing: "the parental-leave cover rota", "a maternity-leave plan"
        after = doc.after(j)
        if after[:1] in _APOSTROPHES and j + 1 <= hi and words[j + 1] == "s" and not any(
                words[k] in POSSESSIVES for k in range(max(lo, i - 3), i)):
            return False  # "the children's charity run" names a thing; "your mother's schedule" is hers
        if self._belongs_to_outsider(i, lo):
            return False  # "a student who uses a wheelchair": the characteristic is the student's
        if j + 1 <= hi and words[j + 1] in self.rules.outsiders and not doc.after(j).strip():
            return False  # "raised money for cancer patients": the characteristic names the group served
        if self._held_by_someone_else(i, j, lo, hi):
            return False  # "During Priya's maternity leave, Ana ...": Priya's leave, Ana judged
        if (i > lo and words[i - 1] in ("my", "our")) or (i < j and words[i] in ("my", "our")):
            return False  # the writer's own: "I will miss my son's school concert", a teacher's "our kids"
        if i == j and words[i] in self.rules.outsiders and (i == lo or words[i - 1] not in POSSESSIVES):
            return False  # "calm with parents": other people's parents, not the judged person's family
        if (i == j and i > lo and words[i] in CHILD_NOUNS and words[i - 1] in GROUP_DETERMINERS
                and self._in_care_setting()):
            return False  # a teacher's "the children": the class, not the judged person's family
        if linked and self._recusal_step(i, j, lo, hi):
            return False  # "The trainer who rode along is her husband, so the division manager scored it separately"
        person, evaluation, _ = self._sentence_traits(lo, hi, i, j)
        if judged and not evaluation and not linked:
            evaluation = self._tied_next(hi) or self._tied_by_form(i, j, lo, hi)  # "... That tells me he isn't serious."
            if not evaluation:  # a decision drawn from it: "Due to her age, I moved Gloria off the night rota"
                evaluation = self._placement_after(j, hi, hi) is not None or self._fronted_placement(i, lo, hi) is not None
        if not person and lo > 0:  # "Marcus's attendance is praised. With the new baby at home that is remarkable."
            prev_lo, prev_hi = self.doc.bounds(lo - 1)
            person = self._sentence_traits(prev_lo, prev_hi, -1, -1)[0]
        group = (j + 1 <= hi and words[j + 1] in self.rules.people and words[j + 1] not in self.rules.outsiders) or (
            i < j and words[i] in _LABEL_MODIFIERS)  # a label names its holder: "A new mother cannot give ..."
        if linked and (person or group) and self._costs(i, j, hi):
            return True  # blamed for a cost: "Tom's paternity leave delayed the migration by a month"
        if linked and evaluation and (person or group):
            return self._takes_part(i, j, lo, hi)
        return (person or group) and (evaluation or not judged)

    def _recusal_step(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Is the relative at ``i..j`` someone who takes part in the reviewed work, with a step someone else took
        because of it: "The trainer who rode along is her husband, so the division manager scored the check
        separately to keep it fair"? The relative is equated with a role by a copula in its own clause ("<a
        role> is her husband", "her husband is the site fire warden"), and the consequence drawn ('so ...') is
        a third party's act on the work told as a fact: its subject opens with an article, the person is not its
        object, and the rest of the sentence holds no modal, hedge or stance. Conflict-of-interest rules ask for
        exactly that step (recusal: 5 CFR 2635.502, impartiality where a relative is a party); an expectation of
        the person ("so she probably had an easy ride", "so I doubt she ...") stays a judgement."""
        doc, words = self.doc, self.doc.words
        cs = i
        while cs > lo and _CLAUSE_GAP_RE.search(doc.gap(cs)) is None:
            cs -= 1
        ce = j
        while ce < hi and _CLAUSE_GAP_RE.search(doc.gap(ce + 1)) is None:
            ce += 1
        if not any(words[k] in _EQUATING_COPULAS and doc.gap(k) == " " and (
                words[k + 1] in _NOUN_PHRASE_OPENERS or self._is_first_name(k + 1)) for k in range(cs, ce)):
            return False  # "her husband is ill": no role to equate the relative with
        if ce + 2 > hi or words[ce + 1] not in _TAKING_UP or words[ce + 2] not in _THIRD_PARTY_OPENERS:
            return False
        if any(self._person_as_object(m, hi) for m in range(ce + 3, hi + 1)):
            return False  # "so the promotion panel went easy on him": a treatment of the person, not of the work
        return not any(word in CLAUSE_MODALS or word in STANCE_WORDS or word in _STEP_HEDGES
                       for word in words[ce + 1 : hi + 1])

    def _person_as_object(self, m: int, hi: int) -> bool:
        """Is token ``m`` a person pronoun in object position ("went easy on him", "moved her to days"), not a
        possessive before its noun ("logged her evacuation drill")?"""
        words = self.doc.words
        if words[m] in ("him", "them"):
            return True
        return words[m] == "her" and (m == hi or _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)) is not None
                                      or words[m + 1] in PREPOSITIONS or words[m + 1] in CONJUNCTIONS)

    def _takes_part(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the characteristic ``i..j`` take part in the sentence's judgement rather than stand beside
        it? It does when it sits in a clause that concedes the judgement's grounds ("even with a new baby at
        home"), or gives them (a reason, condition or role opener before it in its clause, or a fronted
        'with'/'without' phrase: "since she became a mother", "as a father of three", "With three kids, ...")
        and the sentence holds a judgement cue or topic; when a judgement cue other than a modal shares its clause ("your mother's
        dialysis schedule is hard on you", "you seem to be spending time with your small child"), a
        modifier of the characteristic's own noun aside ("a committed father"); or when a consequence with a
        judgement cue is drawn after it, or a contrast ("he is newly married, so I doubt he will want ...";
        "so keep him off travel": there a topic of judgement is enough; "a great dad, but his mind is
        elsewhere"). The judgement cues here are the vocabulary
        `assessment`: connectives link, they do not judge. "Priya lives in Leeds with her husband" beside praise in a
        letter does none of these."""
        words = self.doc.words
        assessment = self.rules.vocabulary.get("assessment", frozenset())
        unfit = self._negated_fit(lo, hi)
        delivered = self._delivery_sense(lo, hi) | self._inert_cues(lo) | self._praise_negations(i, j, hi)
        cues = _PositionCues(words, assessment, unfit, delivered)
        cs = i
        while cs > lo and _CLAUSE_GAP_RE.search(self.doc.gap(cs)) is None:
            cs -= 1
        ce = j
        while ce < hi and _CLAUSE_GAP_RE.search(self.doc.after(ce)) is None:
            ce += 1
        head = cs + 1 if cs < i and words[cs] in CONJUNCTIONS else cs
        # a fronted 'with'/'without' phrase gives grounds, and so does a fronted 'between' of the demands on the
        # person ("Between the school pickups and the nursery calls, Jess is never fully focused")
        grounds = words[head] in FRONTED_GROUNDS or (words[head] == "between" and head == lo)
        for k in range(cs, i):
            word = words[k]
            if word in CONCESSIVE_OPENERS:
                return True
            if word in GROUNDS_OPENERS and not (
                    word == "as" and (words[k - 1 if k > lo else k] in ("such", "well") or words[k + 1] == "well")) and (
                    word != "since" or self._state_since(j, hi) or not (
                        self._since_of_time(k, hi) or self._perfect_before(k, lo))):
                grounds = True  # 'since' with a noun phrase or after a perfect dates what follows (_Checker._tied)
        # grounds, like a consequence below, need only the topic of a judgement ("With young kids she won't want
        # the promotion"): any judgement cue but the links themselves
        topics = self.rules.vocabulary.get("evaluation", frozenset()) - LINK_WORDS
        if grounds and any(k in cues or (words[k] in topics and k not in delivered)
                           for k in range(lo, hi + 1) if not i <= k <= j):
            return True
        # in the characteristic's own clause a modal predicts what the family does ("will spend more time with
        # her grandchildren", "would like to thank everyone"); a prediction judges when drawn from grounds or
        # as a consequence (above and below)
        # (a negated 'ready/right' there may be about anything: "was not ready for the party his kids threw")
        own = assessment | self.rules.vocabulary.get("unsuitability", frozenset())
        if any(words[k] in own and words[k] not in CLAUSE_MODALS and k not in delivered
               for k in range(cs, ce + 1) if not i - 1 <= k <= j):
            return True
        # so does a consequence drawn from the characteristic ("so keep him off travel")
        for k in range(j + 1, hi):
            if words[k] in CONSEQUENCE_LINKS or words[k] in CONTRAST_LINKS or (
                    words[k] in EXPLAINING_LINKS and words[k - 1] in ("which", "this", "that", "it")):
                return any(m in cues or (words[m] in topics and m not in delivered) for m in range(k + 1, hi + 1))
        return False

    def _delivery_sense(self, lo: int, hi: int) -> frozenset[int]:
        """Positions of 'drop' in its phrasal sense of delivering or visiting, not of a decline: 'drop off'
        or 'drop by' with an object or a place after it ("a student and her mom dropping off boxes of
        donations", "dropped by the office"), or 'drop someone off' ("her dad dropped her off"). "Her output
        dropped", "sales dropped off in May" keep the cue."""
        words = self.doc.words
        out = []
        for k in range(lo, hi - 1):
            if words[k] not in _DROP_FORMS:
                continue
            nxt, after = words[k + 1], words[k + 2]
            if (nxt in ("off", "by") and not _CLAUSE_GAP_RE.search(self.doc.after(k + 1)) and (
                    after in DETERMINERS or after in POSSESSIVES or after.isdigit() or after not in FUNCTION_WORDS)) or (
                    nxt in _OBJECT_PRONOUNS and after == "off"):
                out.append(k)  # "dropping off boxes", "dropped by the office", "dropped her off"
        return frozenset(out)

    def _negated_fit(self, lo: int, hi: int) -> frozenset[int]:
        """Positions in ``lo..hi`` of a negated predicate of suitability: a word of vocabulary `suitability`
        within three words after a negation in its clause ("is not the right person for", "isn't ready for",
        "is no longer suited to", "ill suited"), or a word of vocabulary `unsuitability` ("unsuitable",
        "unfit"). Not judging someone fit for a role is a judgement even when no word of `assessment` says so."""
        words, vocab = self.doc.words, self.rules.vocabulary
        suitability = vocab.get("suitability", frozenset())
        unsuitability = vocab.get("unsuitability", frozenset())
        found = []
        for k in range(lo, hi + 1):
            if words[k] in unsuitability:
                found.append(k)
            elif words[k] in suitability:
                for m in range(k - 1, max(lo, k - 4) - 1, -1):
                    if words[m] in NEGATORS and not (words[m] == "t" and self.doc.gap(m)[-1:] not in _APOSTROPHES):
                        found.append(k)
                        break
                    if _CLAUSE_GAP_RE.search(self.doc.gap(m + 1)):
                        break
        return frozenset(found)

    def _at_occasion(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the trait word ``i..j`` name a passing state at an occasion of recognition or farewell (see
        RuleContext.occasion): a past-tense link before it with only adverbs between ("was visibly", "got a
        little"), an occasion word (vocabulary `occasions`) with a temporal or situational link between the
        word and it ("as she accepted the award", "at his retirement lunch", "During the ceremony, ..."), and
        no habit or degree ("whenever", "every", "too", "so")?"""
        words = self.doc.words
        occasions = self.rules.vocabulary.get("occasions", frozenset())
        if any(words[k] in HABIT_MARKERS for k in range(lo, hi + 1)):
            return False
        k = i - 1
        while k >= lo and (words[k] in MOMENT_FILLERS or (len(words[k]) > 4 and words[k].endswith("ly"))):
            k -= 1
        if k < lo or words[k] not in PASSING_LINKS:
            return False
        for m in range(lo, hi + 1):
            if words[m] in occasions:
                between = range(j + 1, m) if m > j else range(lo, m)
                if any(words[n] in OCCASION_LINKS for n in between):
                    return True
        return False

    def _held_by_someone_else(self, i: int, j: int, lo: int, hi: int) -> bool:
        """In a background clause ('during', 'while', 'so' ...), the characteristic belongs to a person
        named or a role holder ('During Priya's maternity leave', 'so the lead could take parental
        leave') and the sentence is about another: a different name, or (when the holder is a role) a
        pronoun subject before it."""
        doc, words = self.doc, self.doc.words
        owner = i if words[i] in ("her", "his") else i - 1  # 'her kids' matched whole, or 'his daughter'
        if owner >= lo and words[owner] in ("her", "his") and self._background_subject_owns(owner, lo):
            return True
        holder = None
        width = 1  # the holder's words before it: 'the lead' 2, 'the plant manager' 3
        for k in range(i - 1, max(lo, i - 6) - 1, -1):
            word = words[k]
            if self._is_name(k, lo):
                holder = k
                break
            if (word in self.rules.people or word in self.rules.roles) and k - 1 >= lo:
                if words[k - 1] in _HOLDER_DETERMINERS:
                    holder, width = k, 2
                    break
                if (k - 2 >= lo and words[k - 2] in _HOLDER_DETERMINERS and words[k - 1] not in FUNCTION_WORDS
                        and _SPACE_GAP_RE.fullmatch(doc.gap(k)) is not None):
                    holder, width = k, 3  # a compound role noun: 'while the plant manager was on medical leave'
                    break
            if word not in HOLDER_LINKS:
                return False
        if holder is None:
            return False
        opener = holder - width
        if opener >= lo and words[opener] == "for":
            opener -= 1  # 'covered for Ana's leave'
        if opener >= lo and words[opener] in COVER_VERBS and doc.after(holder)[:1] in _APOSTROPHES:
            # the object of a verb of covering: someone else's leave, when the subject before the
            # verb is another person ('Maria covered Ana's maternity leave')
            return any(words[m] in ("he", "she", "i", "we") or (self._is_first_name(m) and words[m] != words[holder])
                       for m in range(lo, opener))
        if opener < lo or words[opener] not in BACKGROUND_OPENERS:
            return False  # the leave is the sentence's topic, not its background: 'Priya's leave hurt the launch'
        others = [m for m in range(lo, hi + 1)
                  if m != holder and not i <= m <= j and self._is_first_name(m) and words[m] != words[holder]]
        if others:
            return True
        # another person is the subject of an earlier clause ('She moved the launch so the lead could ...',
        # 'She stepped in while Ana was on medical leave'); one after it may be the holder ('While Tom was
        # on paternity leave, he ...', 'While our lead was away, she ...')
        return any(words[m] in ("he", "she") and (m == lo or any(c in ",;" for c in doc.gap(m)) or
                                                  words[m - 1] in CLAUSE_OPENERS)
                   for m in range(lo, holder - 1))

    def _served(self, i: int, j: int, lo: int, hi: int) -> bool:
        """Does the family or care word name the people the job serves, or the job's field, rather than
        the judged person's own family? Whose family it is is read from the phrase's grammar, not from
        the word: no possessive of the person, and (a) the object of work or of an aptitude ('experience
        with children', 'worked in elder care', 'excellent with kids'), (b) the object of a verb of
        service ('taught children', 'supported new mothers', 'cared for children at home'), (c) 'their'
        with a plural served group before it ('residents and their families'), (d) placed in a care
        setting ('two children in her class'), or (e) a care field as a modifier of a workplace or
        role noun ('the childcare centre', 'her elder care background')."""
        words, rules = self.doc.words, self.rules
        if any(words[k] == "own" for k in range(j + 1, min(hi, j + 4) + 1)):
            return False  # "experience with kids of her own"
        if j + 1 <= hi and words[j] in rules.care_fields and words[j + 1] in rules.workplace_nouns and not self.doc.after(j).strip():
            return True  # (e)
        if j + 2 <= hi and words[j + 1] in ("in", "on", "at") and (
                words[j + 2] in self.rules.vocabulary.get("care_settings", frozenset())
                or (j + 3 <= hi and words[j + 2] in POSSESSIVES | GROUP_DETERMINERS
                    and words[j + 3] in self.rules.vocabulary.get("care_settings", frozenset()))):
            return True  # (d)
        k = i
        if words[k] in POSSESSIVES and words[k] != "their":
            return False  # the phrase names whose: "her kids"
        if words[k] == "their":
            k += 1  # "their kids": whose it is comes from what 'their' refers to
        if words[k] in ("with", "has", "have", "had"):
            if words[k] != "with":
                return False
            prep = k  # the pattern opens with 'with': "with young children"
        else:
            k -= 1
            if k >= lo and words[k] == "their":
                people = self.rules.outsiders | rules.served_groups
                return any(words[m] in people for m in range(max(lo, k - 12), k))  # (c), a bounded look-back
            while k >= lo and (words[k] in rules.served_modifiers or words[k].isdigit()):
                k -= 1
            # coordinated served groups: "families and children", "patients and families"
            while k - 1 >= lo and words[k] in ("and", "or") and (words[k - 1] in rules.served_groups
                                                                   or words[k - 1] in self.rules.outsiders):
                k -= 2
                while k >= lo and words[k] in rules.served_modifiers:
                    k -= 1
            if k < lo or any(c in ",;:" for c in self.doc.after(k)):
                return False
            if words[k] in rules.service_verbs:
                return True  # (b)
            if words[k] in ("for", "after") and k - 1 >= lo and words[k - 1] in rules.service_verbs | rules.programme_nouns:
                return True  # (b) "cared for", "looked after", "the club for children"
            if words[k] == "of" and k - 1 >= lo and words[k - 1] in rules.served_groups:
                return True  # (b) "families of disabled children": the served group's
            if words[k] not in ("with", "in"):
                return False
            prep = k
        if words[j] == "home" or (j + 2 <= hi and words[j + 1] == "at" and words[j + 2] == "home"):
            return False  # "her work with two kids at home": the person's household, not the job's people
        h = prep - 1
        while h >= lo and words[h] in WORK_ADVERBS:
            h -= 1
        return h >= lo and words[h] in rules.work_heads and not any(c in ",;:" for c in self.doc.after(h))  # (a)

    def _group_acted_on(self, i: int, j: int, lo: int, hi: int) -> bool:
        """An age adjective inside a definite plural group of people that is the object of a verb of
        service or of a comparison ('she trained the younger cooks', 'more than the younger cooks do'):
        the group is other people the judged person acts on or is compared with, not the person."""
        words = self.doc.words
        if not (j + 1 <= hi and words[j + 1] in self.rules.people and words[j + 1].endswith("s")
                and i - 2 >= lo and words[i - 1] in ("the", "our", "their")):
            return False
        return words[i - 2] in self.rules.service_verbs or words[i - 2] in ("than", "with", "for")

    def _background_subject_owns(self, i: int, lo: int) -> bool:
        """'He stayed late so the duty engineer could get home to her kids': a possessive pronoun inside a
        background clause whose subject is a role holder ('the duty engineer', 'the team's duty engineer')
        names that holder's family when the sentence's own subject, before the clause, is another person
        (he/she or a name) and no other person comes between the holder and the pronoun."""
        words = self.doc.words
        people, roles = self.rules.people, self.rules.roles
        for b in range(i - 1, max(lo, i - 12) - 1, -1):
            if words[b] in ("he", "she", "they", "i", "we", "you") or self._is_first_name(b):
                return False  # a nearer person: the pronoun may be theirs
            if words[b] not in BACKGROUND_OPENERS or b + 1 >= i or words[b + 1] not in _HOLDER_DETERMINERS - POSSESSIVES:
                continue
            holder = next((m for m in range(b + 2, min(i, b + 6)) if words[m] in people or words[m] in roles), None)
            if holder is None:
                return False
            return any(words[m] in ("he", "she") or self._is_first_name(m) for m in range(max(lo, b - 12), b))
        return False

    def _children_group(self, i: int, lo: int, hi: int) -> bool:
        """Are the "girls"/"boys" at ``i`` children in someone's charge rather than adults called so: the
        object of a verb of service or leading, through a quantity ("leads dozens of girls", "coaching a
        squad of girls"), or in a text set among children (a school, camp, youth team: ``care_settings``,
        ``youth_settings``), and in either case not placed in a workplace unit ("the girls in accounting",
        "the girls on reception", "the girls in the front office at the school"): a child is placed by
        the camp, club, school or team it belongs to."""
        words, vocab = self.doc.words, self.rules.vocabulary
        youth = vocab.get("youth_settings", frozenset())
        settings = vocab.get("care_settings", frozenset()) | youth
        x = i + 1
        if x + 1 <= hi and words[x] in ("in", "on", "at", "from") and not any(
                words[y] in settings or words[y] in _CHILD_PLACES for y in range(x + 1, min(hi, x + 3) + 1)):
            return False  # a workplace unit: "the girls in accounting", "the boys in the warehouse"
        k = i - 1
        while k >= lo and (words[k] in DETERMINERS or words[k].isdigit() or words[k] in _QUANTITY_NOUNS
                           or words[k] == "of"):
            k -= 1
        if k >= lo and k < i - 1 and (words[k] in self.rules.service_verbs or words[k] in _LEADING_VERBS):
            return True
        if self._youth_setting is None:
            self._youth_setting = any(word in youth for word in words) or self._in_care_setting()
        return self._youth_setting

    def _in_care_setting(self) -> bool:
        """Does the text name a school, ward or other place where children are pupils or patients, by a word of
        ``care_settings`` or by a room named for the children in it ("the toddler room", vocabulary `child_rooms`)?"""
        if self._care_setting is None:
            settings = self.rules.vocabulary.get("care_settings", frozenset())
            self._care_setting = any(word in settings for word in self.doc.words) or self._names_child_room()
        return self._care_setting

    def _names_child_room(self) -> bool:
        """Is a child noun the modifier of a room or unit somewhere in the text ("the baby room", "a toddler
        room", "the infant unit")?"""
        doc, words = self.doc, self.doc.words
        rooms = self.rules.vocabulary.get("child_rooms", frozenset())
        return any(words[k] in _ROOM_CHILD_NOUNS and words[k + 1] in rooms and doc.gap(k + 1) == " "
                   for k in range(len(words) - 1))

    def _belongs_to_outsider(self, i: int, lo: int) -> bool:
        """An outsider noun (student, customer ...) just before, joined by a relative or 'with' phrase
        or as the subject of a copula ("a student who uses a wheelchair", "customers with young
        children", "the customer was hard of hearing")."""
        words = self.doc.words
        for k in range(i - 1, max(lo, i - 5) - 1, -1):
            word = words[k]
            if word in self.rules.outsiders:
                return True
            if word in self.rules.people and self._new_referent(k, lo):
                return True
            if word not in OUTSIDER_LINKS:
                return False
        return False

    def _new_referent(self, k: int, lo: int) -> bool:
        """A person noun brought in by an indefinite article outside a predicate ("covered for a
        colleague on sick leave", "when a fellow manager became ill") introduces someone new, not the
        reviewed person (an indefinite noun phrase sets up a new discourse referent; Heim 1982).
        "She is a colleague who ..." and "as a manager with ..." predicate it of the person."""
        words = self.doc.words
        d = k - 1
        if d >= lo and words[d] == "fellow":
            d -= 1
        if d < lo or words[d] not in ("a", "an", "another"):
            return False
        return d == lo or (words[d - 1] not in LINKS and words[d - 1] not in ("as", "like", "such", "being", "what"))

    def _generic_sentence(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` speak of people only generically, as a policy, guide or handbook does
        ("Employees may request ...", "An employee may take time off to observe a religious holiday",
        "Make sure your employee knows what changed while she was on maternity leave")? Generic reference
        (Carlson 1977; Krifka et al. 1995, Genericity: an introduction) is a bare plural person noun, a person
        noun after a quantifying or indefinite determiner outside a predicate ('a', 'any', 'each', 'every',
        'all', 'some'; not "as a new parent", "she is a mother", "for a recent graduate"), or the addressee's
        staff ("your employees"); "he or she" is its pronoun. The people a job serves (clients, patients,
        students) are no workforce a policy speaks of: "the yarmulke confuses some clients" is still about
        the reviewed person. A name, or 'he'/'she' not bound by an earlier singular
        generic noun, is a specific person, and the sentence is then about someone. In a document written
        as a procedure (see ``_procedure_document``) the reader 'you' is generic as well ("You earn 4 sick
        leave hours per pay period"). A sentence that speaks to someone is about that someone, whatever
        plural it also names ("You mentored team members, and with the kids in school you seem more committed")."""
        cached = self._generic.get(lo)
        if cached is None:
            cached = self._generic_scan(lo, hi)
            self._generic[lo] = cached
        generic, addressee_only = cached
        return (generic or (addressee_only and self._procedure_document())) and not self._speaks_to_someone(lo, hi)

    def _speaks_to_someone(self, lo: int, hi: int) -> bool:
        """Does the sentence ``lo..hi`` address 'you' as the person it is about, as feedback, a review or a
        letter does: the writer in the first person singular beside 'you' ("I've seen you take on more"),
        or 'you' as the subject of a past-tense verb or of a verb of appearance ("you mentored every new
        hire", "you were", "you seem distracted")? A procedure speaks to its reader in the present, with
        modals and imperatives ("You earn 4 sick leave hours", "you may request"); it tells of no occasion
        in that reader's past and passes no one's impression of them."""
        words = self.doc.words
        second = first = told = False
        for k in range(lo, hi + 1):
            word = words[k]
            if word in ("i", "me", "myself"):
                first = True
            elif word in SECOND_PERSON:
                second = True
                if word == "you":
                    x = k + 1
                    while x <= hi and words[x] in _EPISODE_ADVERBS:
                        x += 1
                    if x <= hi and (words[x] in _APPEARANCE_VERBS or words[x] in ("were", "did", "had") or (
                            is_past_tense(words[x]))):
                        told = True
        return second and (first or told)

    def _restricts_generic(self, i: int, lo: int) -> bool:
        """Does the characteristic at ``i`` restrict a generic person noun just before it ("Employees with
        young children are less reliable", "Any employee who has cancer will struggle", "Staff with family
        commitments cannot be trusted")? Such a sentence sorts people by the characteristic, as a stereotype
        does; a policy names it as the topic of an act ("time off to observe a religious holiday")."""
        words = self.doc.words
        for k in range(i - 1, max(lo, i - 4) - 1, -1):
            word = words[k]
            if word in self.rules.people and word not in _GENERIC_NOT_PERSONS and self._generic_noun(k, lo):
                return True
            if word not in _RESTRICTORS and word not in DETERMINERS and word not in POSSESSIVES and not (
                    k + 1 < i and words[k + 1] in _RESTRICTORS):
                return False
        return False

    def _generic_scan(self, lo: int, hi: int, skip: range | set[int] = range(0)) -> tuple[bool, bool]:
        """(generic, only the addressee or no person at all) for the sentence ``lo..hi``, the tokens in
        ``skip`` (a quotation) left out."""
        words, people = self.doc.words, self.rules.people
        generic = bound = False
        modals = [k for k in range(lo, hi + 1) if words[k] in _GENERIC_MODALS and k not in skip and not (
            words[k] == "may" and k != lo and self.doc.is_capitalized(k))]  # not the month: "joined in May"
        modal = bool(modals)
        for k in range(lo, hi + 1):
            if k in skip:
                continue
            word = words[k]
            if word in people and word not in self.rules.outsiders and self._told_of(k, lo, hi, modals):
                return False, False  # "A man who spent 20 years helping refugees ...": someone in particular
            if word in _SPECIFIC_THIRD:
                if (k + 2 <= hi and words[k + 1] == "or" and words[k + 2] in _SPECIFIC_THIRD) or (
                        k - 2 >= lo and words[k - 1] == "or" and words[k - 2] in _SPECIFIC_THIRD) or (
                        "/" in self.doc.gap(k) or "/" in self.doc.after(k)):
                    generic = True  # "his or her religion", "s/he"
                    continue
                if not bound:
                    return False, False
                continue
            if word in people and word not in _GENERIC_NOT_PERSONS and word not in self.rules.outsiders:
                kind = self._generic_noun(k, lo, modal)
                if kind:
                    generic = True
                    bound = bound or kind == 1
                continue
            if (self._is_name(k, lo) and word not in people and word not in self.rules.things
                    and _names_a_person(self.doc.raw(k))):
                return False, False
        return generic, True

    def _told_of(self, k: int, lo: int, hi: int, modals: list[int]) -> bool:
        """Is the person noun at ``k``, brought in by 'a'/'an' outside a predicate, someone a narrative tells of:
        a relative clause in the simple past or pluperfect ("a man who spent 20 years helping refugees", "an
        engineer who built our billing system", "a nurse who had worked here for 12 years") or a past-tense
        verb right after it with no present modal later ("A nurse joined the ward in May")? An episodic
        predicate makes an indefinite specific (Carlson 1977; Krifka et al. 1995: generic sentences are
        characterising, not about one occasion); "An employee who has cancer may ...", "An employee called
        for jury duty must notify ..." stay generic."""
        words = self.doc.words
        d = k - 1
        while d > lo and d >= k - 3 and words[d] not in ("a", "an") and words[d] not in FUNCTION_WORDS:
            d -= 1  # over modifiers: "a young man", "a long-time volunteer"
        if d < lo or words[d] not in ("a", "an") or (d > lo and (
                words[d - 1] in LINKS or words[d - 1] in ("as", "like", "such", "being", "what", "than"))):
            return False
        x = k + 1
        relative = x <= hi and words[x] in ("who", "that")
        x += relative
        while x <= hi and words[x] in _EPISODE_ADVERBS:
            x += 1
        if x > hi:
            return False
        verb = words[x]
        if relative:
            return verb in ("had", "did") or (verb not in ("was", "were") and is_past_tense(verb))
        return (verb in ("was", "were", "had", "did") or is_past_tense(verb)) and not any(
            m > x and words[m] not in ("would", "could", "might") for m in modals)

    def quoted_example(self, k: int, start: int, end: int) -> bool:
        """Is the term at ``start..end`` (token ``k``) inside a quotation that a generic or procedural
        sentence gives as an example of language ("do not share specific details (“that person has
        ADHD”)", 'Supervisors should avoid remarks such as "she is too old for this"')? The quotation is
        mentioned, not used (the use/mention distinction): no one is described by it. A sentence that
        names or points at someone ('"Women are too emotional to lead," he said') reports a remark."""
        doc, text = self.doc, self.doc.text
        lo, hi = doc.bounds(k)
        first, last = doc.starts[lo], doc.ends[hi]
        quoted: set[int] = set()  # every quotation of the sentence: "such as "she is ..." or "he is ...""
        inside, since = False, first
        for x in range(first, min(len(text), last + 3)):  # a closing quote may follow the last mark
            c = text[x]
            if c in _DOUBLE_QUOTES and (c != "“" or not inside) and (c != "”" or inside):
                if inside:
                    quoted.update(range(bisect_left(doc.starts, since), bisect_left(doc.starts, x)))
                inside, since = not inside, x
        if k not in quoted:
            return False
        generic, addressee_only = self._generic_scan(lo, hi, quoted)
        if not addressee_only:
            return False
        policy = self.rules.vocabulary.get("policy", frozenset())
        return generic or any(doc.words[x] in policy for x in range(lo, hi + 1) if x not in quoted) or (
            self._procedure_document())

    def _generic_noun(self, k: int, lo: int, modal: bool = True) -> int:
        """1: a singular generic person noun at ``k`` ('an employee', 'each supervisor', 'your employee');
        2: a plural one ('employees', 'new parents', 'all staff', 'your team members'); 0: neither. An
        indefinite singular is generic only in a sentence with a modal ("An employee may take time off"):
        without one it is someone in particular ("Told a coworker about her pregnancy")."""
        words = self.doc.words
        word = words[k]
        plural = word.endswith("s") or word in ("people", "staff")
        d = k - 1
        while d >= lo and d >= k - 3 and words[d] not in _GENERIC_DETERMINERS and (
                words[d] in self.rules.people or words[d] not in FUNCTION_WORDS) and not self.doc.is_capitalized(d):
            d -= 1  # over modifiers: 'a new parent', 'any full-time employee', 'other team members'
        det = words[d] if d >= lo and d >= k - 3 else ""
        before = words[d - 1] if d - 1 >= lo else ""
        if before in LINKS or before in ("as", "like", "being", "what", "than") or (
                before == "for" and det in ("a", "an")):
            return 0  # a predicate: "as a new parent", "she is a mother of two", "for a recent graduate"
        if det in _GENERIC_DETERMINERS:
            if not plural and det in ("a", "an") and not modal:
                return 0
            return 2 if plural else 1
        if det == "your" and (plural or word == "employee"):
            return 2 if plural else 1
        if plural and det not in _SPECIFIC_DETERMINERS and not (d >= lo and words[d].isdigit()):
            return 2
        return 0

    def _procedure_document(self) -> bool:
        """Is the whole text written as a procedure or policy: at least three sentences with policy wording
        or generic people, and no fewer of them than sentences about a specific person (a name, 'he',
        'she')? Handbook pages, leave and accommodation policies, and employers' guides are; a review that
        cites a policy, a bio or a letter about one person is not."""
        if self._procedure is None:
            doc, policy, specific, k = self.doc, 0, 0, 0
            while k < len(doc.words):
                lo, hi = doc.bounds(k)
                generic = self._generic.get(lo)
                if generic is None:
                    generic = self._generic_scan(lo, hi)
                    self._generic[lo] = generic
                if generic[1] and self._speaks_to_someone(lo, hi):
                    specific += 1  # "You mentored every new hire this year": a review, not a procedure
                else:
                    policy += generic[0] or self._sentence_traits(lo, hi, -1, -1)[2]
                    specific += not generic[1]
                k = hi + 1
            self._procedure = policy >= 3 and policy >= specific
        return self._procedure

    def _sentence_traits(self, lo: int, hi: int, i: int, j: int) -> tuple[bool, bool, bool]:
        """(a specific person is referred to, a judgement cue, policy wording) for the sentence
        ``lo..hi``; computed once per sentence, so many candidates cost linear time. The candidate
        ``i..j`` itself is not counted as a name, nor its first word as its own judgement cue ("got
        married"). Where the only person is the addressee ("you can request up to 240 hours of sick
        leave"), a modal or a function word alone is no judgement: a second person with a modal of
        permission or obligation is how procedures address their reader (generic "you"); a review
        addressing its subject judges with more than that ("you seem distracted since ...", "so",
        "with the new baby at home", "more")."""
        cached = self._traits.get(lo)
        if cached is None:
            words, vocab = self.doc.words, self.rules.vocabulary
            evaluation_words, policy_words = vocab.get("evaluation", frozenset()), vocab.get("policy", frozenset())
            first_name = last_name = first_cue = last_cue = first_strong = last_strong = -1
            person = third = policy = False
            for k in range(lo, hi + 1):
                word = words[k]
                if word in SPECIFIC_PERSON:
                    person = True
                    third = third or word not in SECOND_PERSON
                elif (self._is_name(k, lo) and word not in self.rules.people and word not in self.rules.things
                      and _could_be_a_name(word)):
                    first_name = k if first_name < 0 else first_name
                    last_name = k
                if (word in evaluation_words and not (word == "may" and k != lo and self.doc.is_capitalized(k))
                        and not self._reporting_relative(k, hi)):
                    first_cue = k if first_cue < 0 else first_cue
                    last_cue = k
                    if word not in PROCEDURE_MODALS:
                        first_strong = k if first_strong < 0 else first_strong
                        last_strong = k
                if word in policy_words:
                    policy = True
            cached = (person, third, first_name, last_name, first_cue, last_cue, first_strong, last_strong, policy)
            self._traits[lo] = cached
        person, third, first_name, last_name, first_cue, last_cue, first_strong, last_strong, policy = cached
        named = first_name >= 0 and (first_name < i or last_name > j)  # a name other than the match itself
        if person and not third and not named:  # only the addressee: a modal alone is a procedure's "you"
            first_cue, last_cue = first_strong, last_strong
        evaluation = first_cue >= 0 and (first_cue != i or last_cue != i)  # not only the match's first word
        return person or named, evaluation, policy

    def _needs_before(self, ctx: _CompiledContext, i: int, lo: int) -> bool:
        if ctx.needs_start and i == lo:
            return True
        words, by_last = self.doc.words, ctx.needs_before_by_last
        for k in range(i - 1, max(lo, i - ctx.window) - 1, -1):  # only the phrases that end with the word at k
            for rest, person in by_last.get(words[k], ()):
                if self._ends_at(k, rest, lo) and (not person or self._person_at(k - len(rest), lo)):
                    return True
        return False

    def _person_at(self, k: int, lo: int) -> bool:
        """Is token ``k`` (in the sentence starting at ``lo``) he, she, they or a person's name?"""
        if k < lo:
            return False
        word = self.doc.words[k]
        if word in ("he", "she", "they"):
            return True
        return self._is_first_name(k)

    def _needs_after(self, ctx: _CompiledContext, j: int, hi: int) -> bool:
        if ctx.needs_end and self._at_end(j, hi):
            return True
        words, by_first = self.doc.words, ctx.needs_after_by_first
        for k in range(j + 1, min(hi, j + ctx.window) + 1):  # only the phrases that start with the word at k
            for phrase in by_first.get(words[k], ()):
                if self._starts_at(k, phrase, hi):
                    return True
        return False

    def _describes_person(self, i: int, j: int, lo: int, hi: int, by_manner: bool = True) -> bool:
        """Does the matched trait word describe a person rather than a thing? ``by_manner``: a noun for how the
        person comes across (rules.attributes: 'her abrasive style') counts as the person; not for looks, whose
        words said of a manner noun are about the thing ('her emails are too short': their length)."""
        attributes = self.rules.attributes if by_manner else frozenset()
        doc, words = self.doc, self.doc.words
        if i != lo and doc.is_capitalized(i):
            return False  # a proper noun: 'Ms. Young', 'Gay Street'
        if j + 1 <= hi:
            gap = doc.after(j)
            if _HYPHEN_GAP_RE.fullmatch(gap) is not None:
                if any(h in gap for h in _HYPHENS):
                    return False  # compound modifier: 'fat-finger error'
                nxt = words[j + 1]
                if nxt in self.rules.things:
                    return False
                if (  # a noun compound whose head is a thing: 'an aggressive delivery target'
                    j + 2 <= hi
                    and nxt not in FUNCTION_WORDS
                    and nxt not in NOT_MODIFIERS
                    and nxt not in NOUN_PREPOSITIONS
                    and nxt not in LINKS
                    and nxt not in CONJUNCTIONS
                    and nxt not in self.rules.people
                    and not nxt.endswith("ly")
                    and words[j + 2] in self.rules.things
                    and _HYPHEN_GAP_RE.fullmatch(doc.after(j + 1)) is not None
                ):
                    return False
                if nxt in self.rules.people or nxt in attributes:
                    return True
                if (  # one more adjective before the noun: 'handsome new rep'
                    j + 2 <= hi
                    and nxt not in FUNCTION_WORDS
                    and nxt not in LINKS
                    and nxt not in NOUN_PREPOSITIONS
                    and words[j + 2] in self.rules.people
                    and _HYPHEN_GAP_RE.fullmatch(doc.after(j + 1)) is not None
                ):
                    return True
            if self._coordinated_modifier_of_person(j, hi):
                return True
        if self._fronted_before_person(i, j, lo, hi):
            return True
        saw_link = saw_be = coordinated = False
        k = i - 1
        while k >= lo:
            word = words[k]
            if word in BRIDGE:
                k -= 1
                continue
            if word in LINKS or word in DESCRIBING_VERBS:
                saw_link = True
                saw_be = saw_be or word in ("be", "being")
                k -= 1
                continue
            if len(word) > 4 and word.endswith("ly") and not doc.is_capitalized(k):
                k -= 1  # an adverb: 'clever but simply not a good fit'
                continue
            if word in CONJUNCTIONS or (word == "then" and saw_link):
                if saw_link:  # '... and was abrasive': the subject opens the sentence
                    return self._opening_is_person(lo, k)
                if self._shares_predicate_subject(lo, k):
                    return True  # 'He is confined to a wheelchair and too old to learn it': one subject, two predicates
                coordinated = True  # 'smart and abrasive'
                k -= 1
                continue
            if saw_link and (
                word in PRONOUNS
                or word in self.rules.people
                or self._is_name(k, lo)
                or (word in POSSESSIVES and k + 1 < len(words) and words[k + 1] in LINKS)  # 'with her was'
            ):
                head = self._thing_head_before(k, lo)
                if head is not None:  # 'The conversation with the client was emotional': the head is a thing
                    k = head
                    continue
            if word in PRONOUNS or word in POSSESSIVES:
                return True
            if word in _HABIT_ADJECTIVES and k > lo and words[k - 1] in POSSESSIVES:
                return True  # the person's habit: "her constant nagging", "his usual whining"
            if word in self.rules.people or word in attributes:
                return True
            if word in DEMONSTRATIVES:
                return False
            if (self._is_name(k, lo) and (k != lo or (saw_link and _could_be_a_name(words[k])))
                    and not self._plural_thing(k)):
                # not 'Use an abrasive pad' (a verb), 'Sales were depressed' (a thing) nor a sentence-opening
                # common noun or gerund: 'Parting is always emotional', 'Change is emotional'
                return True
            if not saw_link and coordinated:
                coordinated = False
                k -= 1
                while k >= lo and len(words[k]) > 4 and words[k].endswith("ly"):
                    k -= 1  # its adverb too: 'technically strong but not a good fit'
                continue
            if saw_link:
                skip_to = self._preposition_before(k, lo)
                if skip_to is not None:
                    k = skip_to
                    continue
            return False
        return saw_be  # imperative: "Don't be so emotional"

    def _coordinated_modifier_of_person(self, j: int, hi: int) -> bool:
        """The trait word is the first of two coordinated modifiers of a person or trait noun: 'a young, hungry
        attitude', 'young and dynamic staff' (a comma or 'and', one more modifier, then the noun)."""
        doc, words, rules = self.doc, self.doc.words, self.rules
        k = j + 1
        gap = doc.after(j)
        if gap.strip() != ",":
            if words[k] != "and" or gap != " ":
                return False
            k += 1
        if k + 1 > hi:
            return False
        other = words[k]
        if (other in FUNCTION_WORDS or other in LINKS or other in NOUN_PREPOSITIONS or other in CONJUNCTIONS
                or other in NOT_MODIFIERS or other in rules.people or other in rules.things
                or other in rules.attributes or doc.is_capitalized(k)):
            return False
        if doc.after(k) != " " or doc.after(k - 1) not in (" ", ", "):
            return False
        return words[k + 1] in rules.people or words[k + 1] in rules.attributes

    def _plural_thing(self, k: int) -> bool:
        """A thing noun with a plural verb ('Sales were depressed'); 'Mark is' stays a name."""
        words = self.doc.words
        return words[k] in self.rules.things and k + 1 < len(words) and words[k + 1] in PLURAL_LINKS

    def _fronted_before_person(self, i: int, j: int, lo: int, hi: int) -> bool:
        """A fronted adjective phrase before its person: 'Good-looking and personable, Diego ...'."""
        doc, words = self.doc, self.doc.words
        if i - lo > 4 or any(  # only adjectives may come first: 'Attractive and well-groomed, Mia ...'
            words[k] in LINKS
            or words[k] in PRONOUNS
            or words[k] in self.rules.things
            or words[k] in self.rules.people
            or (words[k] in FUNCTION_WORDS and words[k] not in BRIDGE and words[k] not in CONJUNCTIONS)
            or "," in doc.gap(k + 1)
            for k in range(lo, i)
        ):
            return False
        k = j + 1
        while k <= hi and k <= j + 4:
            gap = doc.gap(k)
            if "," in gap:
                word = words[k]
                if word in PRONOUNS or self._is_name(k, lo):
                    return True
                return word in DETERMINERS and k + 1 <= hi and words[k + 1] in self.rules.people
            if _HYPHEN_GAP_RE.fullmatch(gap) is None or words[k] in self.rules.things or words[k] in LINKS:
                return False
            k += 1
        return False

    def _reporting_relative(self, k: int, hi: int) -> bool:
        """A sentential 'which' comments on what came before when it is its clause's subject ('which
        hurts team bonding'); with a subject of its own it is that clause's object and reports ('which
        she disclosed at once', 'which he told us')."""
        words = self.doc.words
        return words[k] == "which" and k + 1 <= hi and (words[k + 1] in PRONOUNS or self.doc.is_capitalized(k + 1))

    def _second_conjunct(self, i: int, lo: int) -> bool:
        """The word at ``i`` is the second of two single words joined by and/or ('Diwali and Eid')."""
        words = self.doc.words
        return (
            i - 3 >= lo
            and words[i - 1] in ("and", "or")
            and words[i - 2] not in FUNCTION_WORDS
            and "," not in self.doc.gap(i - 1)
            and "," not in self.doc.gap(i)
        )

    def _thing_head_before(self, k: int, lo: int) -> int | None:
        """The person at ``k`` is the object of a preposition that modifies a noun which is no person
        ('the conversation with the client', 'the call with her'): the index of that head noun, from
        which the subject is read, or None. The head of a noun phrase, not the nearest noun, is what a
        copula predicates of (Quirk et al. 1985, 17.2: postmodification)."""
        doc, words = self.doc, self.doc.words
        m = k - 1
        while m >= lo and m >= k - 3 and (words[m] in DETERMINERS or words[m] in POSSESSIVES):
            m -= 1
        if m - 1 < lo or words[m] not in NOUN_PREPOSITIONS or words[m] in ("like", "than"):
            return None
        head = m - 1
        word = words[head]
        if (
            "," in doc.gap(m)
            or word in PRONOUNS
            or word in POSSESSIVES
            or word in self.rules.people
            or word in self.rules.attributes
            or word in FUNCTION_WORDS
            or word in LINKS
            or word in DESCRIBING_VERBS
            or word.endswith("ly")
            or self._is_name(head, lo)
            or (head != lo and doc.is_capitalized(head))
        ):
            return None
        return head

    def _preposition_before(self, k: int, lo: int) -> int | None:
        """Skip a prepositional phrase ('in client meetings'): index to resume from, or None."""
        words = self.doc.words
        for m in range(k - 1, max(lo, k - 4) - 1, -1):
            if words[m] in NOUN_PREPOSITIONS and not self._in_hyphenated_compound(m):
                return m - 1
            if words[m] in LINKS or words[m] in PRONOUNS or self.doc.is_capitalized(m):
                return None
        return None

    def _in_hyphenated_compound(self, m: int) -> bool:
        """Is word ``m`` part of a hyphenated compound ('after-call notes', 'follow-up emails', 'in-store
        displays')? Then a preposition in it opens no prepositional phrase."""
        doc = self.doc
        return any(h in doc.after(m) for h in _HYPHENS) or (m > 0 and any(h in doc.after(m - 1) for h in _HYPHENS))

    def _shares_predicate_subject(self, lo: int, k: int) -> bool:
        """Does the conjunction at ``k`` join a second predicate to a first one whose link (is, was ...) follows
        the person the sentence opens with (he, she, they, you or a first name, at most two words before the link),
        with no clause boundary or relative word up to the conjunction ("He is confined to a wheelchair and too
        old ...")? Then both predicates are said of that person; "The client's son is 17 and too young to sign"
        opens with someone else."""
        words = self.doc.words
        if not (words[lo] in ("he", "she", "they", "you") or self._is_first_name(lo)):
            return False
        if any(_CLAUSE_GAP_RE.search(self.doc.gap(m)) or words[m] in RELATIVE_WORDS for m in range(lo + 1, k)):
            return False  # "He sold the van, which was slow and too old": the predicates are the van's
        return any(words[m] in LINKS for m in range(lo + 1, min(k, lo + 3)))

    def _opening_is_person(self, lo: int, k: int) -> bool:
        words = self.doc.words
        for m in range(lo, k):
            word = words[m]
            if word in DETERMINERS and word not in POSSESSIVES or word in BRIDGE or word in ("hey", "hi"):
                continue
            return (
                word in PRONOUNS
                or word in POSSESSIVES
                or word in self.rules.people
                or self._is_name(m, lo)
                or (m == lo and self.doc.is_capitalized(m) and word not in FUNCTION_WORDS and not self._plural_thing(m))
            )
        return False

    def _generic_pronoun(self, i: int, lo: int, hi: int) -> bool:
        """he/she/his/her that stands for 'each/every/any <role>', not for a named person."""
        doc, words = self.doc, self.doc.words
        if i + 2 <= hi and words[i + 1] == "or" and words[i + 2] in GENDERED_PRONOUNS:
            return False  # 'his or her'
        if i - 2 >= lo and words[i - 1] == "or" and words[i - 2] in GENDERED_PRONOUNS:
            return False
        if i + 1 <= hi and doc.after(i).strip() == "/" and words[i + 1] in GENDERED_PRONOUNS:
            return False  # 'his/her'
        if i - 1 >= lo and doc.gap(i).strip() == "/" and words[i - 1] in GENDERED_PRONOUNS | {"s"}:
            return False  # 'her/his', 's/he'
        # Bounded walk back: an antecedent further away than this is not read as one.
        for k in range(i - 1, max(lo, i - GENERIC_WINDOW) - 1, -1):
            if k != lo and self._is_name(k, lo):
                return False  # a named person in between: 'Every manager met Tom, and he ...'
            word = words[k]
            if (word in INDEFINITE_PERSONS or word in EXISTENTIAL_PERSONS or self._is_role(k)) and self._taken(k, i, hi):
                return False
            if word in INDEFINITE_PERSONS or word in EXISTENTIAL_PERSONS:
                # 'Anyone who misses the deadline must explain himself': an obligation on whoever it is;
                # 'Anyone would value his judgement' praises the person the letter is about, and so do
                # negative ones ('No one should doubt her commitment'), which are left out
                return self._obliged(k, i) and self._bindable(k, i, hi)
            if self._is_role(k):
                for d in range(k - 1, max(lo, k - 3) - 1, -1):
                    if words[d] in GENERIC_TRIGGERS:
                        if any(_CLAUSE_GAP_RE.search(doc.gap(m)) for m in range(d + 1, k + 1)):
                            break  # '$20 each, and on three of them she': a floating 'each' determines no noun
                        if any(words[m] in DETERMINERS and words[m - 1] != "of" for m in range(d + 1, k)):
                            break  # 'every run the inspector checked': the quantifier binds 'run', not the role
                        if self._beyond_object_scope(d, k, i, lo):
                            return False  # 'Luca met every supplier in person, and he must now send his notes'
                        # 'Each tester should log his hours' states a rule; 'Every reviewer praised her
                        # work' tells of an event, and 'Each contractor trusts his briefings' esteems
                        # someone: both pronouns refer to the person the text is about
                        if words[d] == "any" and not self._deontic(k, i):
                            return False  # 'any manager would value her judgement' praises someone
                        return (self._bindable(k, i, hi) and not self._esteemed(k, i)
                                and not (self._episodic(k, i) and self._specific_before(i, words[i]))
                                and not self._related_to_someone(k, i)
                                and not self._reported_of_someone(k, i, hi))
                    if words[d] == "the" and any(words[m] in HYPOTHETICAL_MODIFIERS for m in range(d + 1, k)):
                        # 'The successful candidate will ... he': no one holds the role yet; 'She is the
                        # right person, and her ...' predicates the role of someone already there
                        return (not any(words[m] in SPECIFIC_PERSON or words[m] in LINKS or self._is_name(m, lo)
                                        for m in range(lo, d))
                                and not self._apposition(k, i)
                                and not any(self._is_past(m) or words[m] in SPECIFIC_PERSON for m in range(k + 1, i))
                                and self._bindable(k, i, hi))
                    if words[d] in ("a", "an"):
                        # 'If a customer calls, he ...' is generic; 'When a customer shouted at her, he
                        # ...' tells of one event, so the pronoun refers to that customer.
                        if d - 1 >= lo and words[d - 1] in CONDITIONAL_OPENERS:
                            # a passive participle ('If a player is injured, he ...') tells no event
                            return (not any(self._is_past(m) and words[m - 1] not in ("is", "are", "gets", "get")
                                            for m in range(k + 1, i))
                                    and self._bindable(k, i, hi) and not self._someone_elses_habit(k, i, lo, hi))
                        return d == lo and self._generic_verb_after(d, k, i, hi) and self._bindable(k, i, hi)
        return False

    def _beyond_object_scope(self, d: int, k: int, i: int, lo: int) -> bool:
        """Is the pronoun at ``i`` past the clause of a quantified role (trigger ``d``, noun ``k``) that is not its
        clause's subject ("Luca met every supplier in person, and he must now send his notes", "Katrin checked
        every broker's rating; she booked the reviews")? A quantifier binds pronouns only within its own clause
        (quantifier scope is clause-bounded, May 1977; 'every' and 'each' set up no referent for a later clause,
        Heim 1982), so past a clause boundary the pronoun takes the named or pronoun subject before the
        quantifier. "Every supplier must send his invoice" (the quantifier is the subject) and "Tomás gives every
        engineer his comments" (the pronoun inside its clause) stay generic."""
        doc, words = self.doc, self.doc.words
        cs = d
        while cs > lo and _CLAUSE_GAP_RE.search(doc.gap(cs)) is None and words[cs - 1] not in _CLAUSE_OPENERS:
            cs -= 1
        if not any(words[m] in SPECIFIC_PERSON or self._is_first_name(m) or (m > lo and self._is_name(m, lo))
                   for m in range(cs, d)):
            return False  # no named or pronoun subject before the quantifier ("Yesterday every supplier ...")
        return any(_CLAUSE_GAP_RE.search(doc.gap(m)) is not None or words[m] in _CLAUSE_OPENERS
                   for m in range(k + 1, i + 1))

    def _taken(self, k: int, i: int, hi: int) -> bool:
        """A pronoun of the same gender between the antecedent and the pronoun that the antecedent
        cannot bind ('each student in her class ... her notes', 'every client she met ... her') names
        someone else, and the later pronoun goes on naming that person."""
        words = self.doc.words
        same = MASCULINE_PRONOUNS if words[i] in MASCULINE_PRONOUNS else FEMININE_PRONOUNS
        return any(words[m] in same and not self._bindable(k, m, hi) for m in range(k + 1, i))

    def _apposition(self, k: int, i: int) -> bool:
        """'The perfect person for the job, she has led ...': the role phrase, a comma and the subject
        pronoun with no verb between describe the person the pronoun names."""
        doc, words = self.doc, self.doc.words
        return (words[i] in ("he", "she") and "," in doc.gap(i)
                and not any(words[m] in LINKS or words[m] in MODALS or self._is_past(m) for m in range(k + 1, i)))

    def _deontic(self, k: int, i: int) -> bool:
        """An obligation between the antecedent and the pronoun: 'should', 'must', 'ought', 'needs to',
        'has to', 'is expected/required/supposed to'."""
        words = self.doc.words
        for m in range(k + 1, i):
            word = words[m]
            if word in ("should", "must", "ought"):
                return True
            if m + 1 < i and words[m + 1] == "to" and (
                    word in ("need", "needs", "has", "have") or word in ("expected", "required", "supposed", "obliged")):
                return True
        return False

    def _episodic(self, k: int, i: int) -> bool:
        """A past or perfect verb between a quantified role and the pronoun, under no obligation: the
        sentence tells of particular people ('Hugo ... Every customer who called got his attention',
        'Chen ... Each of the interns said he ...'), not of whoever holds the role, and the pronoun
        may be the person named before. A passive participle after 'is/are' ('is expected to') is no
        past."""
        words = self.doc.words
        past = any(self._is_past(m) and words[m - 1] not in ("is", "are", "be") for m in range(k + 1, i))
        return past and not self._deontic(k, i)

    def _esteemed(self, k: int, i: int) -> bool:
        """The pronoun is (the possessor of) the object of an admire/judgement verb (Levin 1993, 31.2 and
        33: 'respects her judgement', 'trusts his briefings', 'appreciates how he plans', 'relies on
        her forecasts'): the esteemed person is someone other than the quantified subject. Not under an
        obligation ('Every manager should value his team')."""
        doc, words = self.doc, self.doc.words
        m = i - 1
        while m > k and words[m] in ("on", "upon", "how", "that", "the", "way", "ways", "all", "of"):
            m -= 1
        if m <= k or words[m] not in self.rules.attitude_verbs or self._deontic(k, i):
            return False
        # the verb's subject is the quantified role: no clause ('knows that the CEO trusts him') between
        return not any(words[n] in CLAUSE_OPENERS or "," in doc.gap(n) for n in range(k + 1, m + 1))

    def _someone_elses_habit(self, k: int, i: int, lo: int, hi: int) -> bool:
        """'When a customer is rude, she stays calm': after a conditional clause on an indefinite role,
        a main-clause pronoun with no obligation on it ('she should call a manager') tells what the person the text is about does,
        when the role is someone the person serves (a customer, a patient), when the role already has
        a singular 'they' ('When a new nurse starts, she pairs them with a mentor') or when a
        specific person was named or referred to before the sentence ('Sarah ... When an engineer
        joins, she ...')."""
        words = self.doc.words
        if self._deontic(k, min(hi, i + 4) + 1) or not any("," in self.doc.gap(m) for m in range(k + 1, i + 1)):
            return False
        if words[k] in self.rules.outsiders or words[k] in self.rules.peers:
            return True
        if any(words[m] in THEY_FORMS for m in range(k + 1, hi + 1)):
            return True
        return self._specific_before(lo, words[i])

    def _related_to_someone(self, k: int, i: int) -> bool:
        """'Maria ... Each junior on the team knows she will make time for them': with no obligation, a
        quantified role that is someone the person works with or serves (a relational noun: colleague,
        teammate, customer) leaves the gendered pronoun to the person named or referred to before."""
        words = self.doc.words
        if self._deontic(k, i) or not self._specific_before(i, words[i]):
            return False
        return words[k] in self.rules.peers or words[k] in self.rules.outsiders

    def _reported_of_someone(self, k: int, i: int, hi: int) -> bool:
        """'Katrin runs the night desk. Every manager on the floor knows she will answer within the hour': the
        pronoun opens the complement of the quantified role's verb of knowing, saying or agreeing, no
        obligation is laid on it, and a person was named or referred to before: what every manager knows is
        something about that person, as with the attitude verbs of ``_esteemed``. "Each nurse knows she is
        responsible for her charting" (no one named) and "Every supervisor knows he has to approve overtime"
        (an obligation) stay generic."""
        doc, words = self.doc, self.doc.words
        if words[i] not in ("he", "she"):
            return False
        v = i - 2 if i - 2 > k and words[i - 1] == "that" else i - 1
        if v <= k or not (words[v] in STANCE_WORDS or words[v] in _AGREEING) or words[v] == "that":
            return False
        if any(_CLAUSE_GAP_RE.search(doc.gap(m)) is not None or words[m] in _CLAUSE_OPENERS
               for m in range(k + 1, v + 1)):
            return False
        end = min(hi, i + 4)
        if self._deontic(i, end + 1) or any(words[m] in ("responsible", "accountable") for m in range(i + 1, end + 1)):
            return False
        return self._specific_before(k, words[i]) and self._salient_person(k, words[i])

    def _salient_person(self, k: int, pronoun: str) -> bool:
        """A person named, or referred to by a pronoun of ``pronoun``'s gender, in the sentence before token ``k``
        or earlier in its own: the centre a later pronoun most likely takes (Centering: Grosz, Joshi & Weinstein
        1995). A name three sentences back ("Meet Daniel ... every keeper knows he can call on his own manpower")
        leaves a generic reading."""
        doc = self.doc
        lo, _ = doc.bounds(k)
        start = doc.bounds(lo - 1)[0] if lo > 0 else lo
        named, masculine, feminine = self._people  # filled by _specific_before
        return any(start <= m < k for found in (named, masculine if pronoun in MASCULINE_PRONOUNS else feminine)
                   for m in found)

    def _specific_before(self, upto: int, pronoun: str) -> bool:
        """A person named, or referred to by a pronoun of ``pronoun``'s gender, in the paragraph before
        token ``upto``."""
        doc = self.doc
        if self._people is None:  # token indices of names, masculine and feminine pronouns: found once per text
            named = {bisect_left(doc.starts, s) for s, _ in find_names(doc.text)}
            named |= {m for m in range(len(doc.words)) if self._is_first_name(m)}
            self._people = (sorted(named),
                            [m for m, w in enumerate(doc.words) if w in MASCULINE_PRONOUNS],
                            [m for m, w in enumerate(doc.words) if w in FEMININE_PRONOUNS])
        start = bisect_left(doc.starts, doc.text.rfind("\n\n", 0, doc.starts[upto]) + 1)
        named, masculine, feminine = self._people
        for found in (named, masculine if pronoun in MASCULINE_PRONOUNS else feminine):
            n = bisect_left(found, start)
            if n < len(found) and found[n] < upto:
                return True
        return False

    def _is_first_name(self, m: int) -> bool:
        """A capitalised word in the first-name gazetteer, also one that is a common word ('Maria', 'Hope')."""
        word = self.doc.words[m]
        return (self.doc.is_capitalized(m) and word in lexicon().first and word not in CALENDAR_WORDS
                and word not in FUNCTION_WORDS)

    def _obliged(self, k: int, i: int) -> bool:
        """Between an indefinite antecedent and the pronoun: a deontic modal ('should', 'must', 'needs
        to', 'has to'), no past tense, no other person's pronoun and no comparison ('than she does')."""
        words = self.doc.words
        between = range(k + 1, i)
        if any(words[m] in SPECIFIC_PERSON or self._is_past(m) for m in between):
            return False
        if i - 1 > k and words[i - 1] in ("than", "as", "like"):
            return False
        return any(words[m] in ("should", "must", "ought") or (words[m] in ("need", "needs") and m + 1 < i)
                   or (words[m] in ("has", "have") and m + 1 < i and words[m + 1] == "to") for m in between)

    def _generic_verb_after(self, d: int, k: int, i: int, hi: int) -> bool:
        """'A good manager knows / A manager should know ...': the role's verb, right after it, is a modal,
        or a present-tense verb after a role named as a kind ('a good/true/typical manager'); 'A customer
        writes that she ...' narrates what one person did, and nothing before the pronoun is past."""
        doc, words = self.doc, self.doc.words
        if k + 1 > hi or doc.after(k).strip():
            return False  # 'A great colleague, he ...' is an apposition to one person
        nxt = words[k + 1]
        if nxt in NOUN_PREPOSITIONS:  # 'A technician on the night shift must ...': the role's own modifier first
            for m in range(k + 2, min(hi, k + 6) + 1):
                if "," in doc.gap(m):
                    break
                if words[m] in ("should", "must", "ought", "needs"):  # an obligation, not 'can'
                    nxt = words[m]
                    break
                if words[m] in LINKS or self._is_past(m):
                    break
        kind = any(words[m] in KIND_ADJECTIVES for m in range(d + 1, k))
        generic = nxt in GENERIC_MODALS or (
            kind and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in NOT_GENERIC_VERBS
            and nxt not in self.rules.things and nxt not in self.rules.people and nxt not in FUNCTION_WORDS)
        return generic and not any(self._is_past(m) or words[m] in SPECIFIC_PERSON for m in range(k + 1, i))

    def _bindable(self, k: int, i: int, hi: int) -> bool:
        """Can the pronoun at ``i`` stand for the quantified role noun at ``k``? Not when it sits inside
        that noun phrase ("each student in her class", "every student she mentored"), and not as a plain
        object pronoun in the role's own clause or in a relative clause on it ("each member thanked
        her", "every customer who called him"): a non-reflexive object cannot take its own clause's
        subject as antecedent (binding principle B), so it names someone else."""
        doc, words = self.doc, self.doc.words
        pronoun = words[i]
        if i == k + 1 and pronoun in ("he", "she"):
            return False  # a reduced relative clause: 'every student she mentored'
        if (i == k + 2 and pronoun in ("he", "she") and self._compound_head(k + 1)):
            return False  # on a compound whose head follows the role: 'each client meeting she runs'
        if i == k + 2 and words[k + 1] in NOUN_PREPOSITIONS:
            return False  # the noun's own modifier: 'each student in her class'
        obj = pronoun == "him" or (pronoun == "her" and self._object_her(i, hi))
        if not obj:
            return True
        for m in range(k + 1, i + 1):
            if m > k + 1 and any(c in ",;:" for c in doc.gap(m)):
                return True  # a later clause: 'every manager knows that, when the CEO calls him, ...'
            if m < i and words[m] in CLAUSE_OPENERS:
                return True
        return False

    def _compound_head(self, m: int) -> bool:
        """A noun right after a singular role noun ('client meeting'): not a function word, modal or
        copula, not a past or third-person verb form."""
        word = self.doc.words[m]
        return not (word in FUNCTION_WORDS or word in NOUN_PREPOSITIONS or word in LINKS or word in MODALS
                    or word.endswith("s") or self._is_past(m) or word.endswith("ly"))

    def _object_her(self, i: int, hi: int) -> bool:
        """'her' as an object ('thanked her for', 'told her.') rather than a possessive ('her team')."""
        words = self.doc.words
        if i + 1 > hi or self.doc.after(i).strip():
            return True
        nxt = words[i + 1]
        return (nxt in NOUN_PREPOSITIONS or nxt in OBJECT_FOLLOWERS
                or (nxt.endswith("ly") and len(nxt) > 4 and nxt not in LY_ADJECTIVES))  # 'email her directly'

    def coordinated(self, previous: int, i: int) -> bool:
        """Token ``i`` is a second predicate joined to a trait that ended at ``previous``: same
        sentence, at most 8 words on, an 'and'/'but'/'or' between and no new subject or verb."""
        lo, _ = self.doc.bounds(i)
        if previous < lo or i - previous > 8:
            return False
        between = self.doc.words[previous + 1 : i]
        if not any(w in CONJUNCTIONS for w in between):
            return False
        return not any(w in PRONOUNS or (w in LINKS and w not in BRIDGE) for w in between)

    def _is_role(self, k: int) -> bool:
        """A noun for a person in a role: the roles list, or an agent noun by its shape ("tester",
        "reviewer", "approver", "trainee") that names no thing."""
        word = self.doc.words[k]
        if word in self.rules.roles:
            return True
        return (
            len(word) > 4
            and word not in NUMBER_WORDS and word not in PREPOSITIONS and word not in FUNCTION_WORDS  # three, under
            and word.endswith(("er", "or", "ist", "ee", "ian"))
            and word not in self.rules.things
            and word not in NOT_AGENT_NOUNS
            and not self.doc.is_capitalized(k)
        )

    def _is_past(self, k: int) -> bool:
        """A past-tense verb: '-ed' after a noun or pronoun, or a common irregular past; not a bare form
        after a modal ('will set', 'must put')."""
        word = self.doc.words[k]
        if k > 0 and self.doc.words[k - 1] in MODALS and word in IRREGULAR_VERBS:
            return False
        return ((is_past_tense(word) or word in IRREGULAR_PAST_FORMS)
                and word not in self.rules.things and word not in self.rules.people)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    rule: int
    token: int = 0


class _PositionCues:
    """Token positions that are judgement cues: a word of a cue vocabulary, or a position found by a check."""

    __slots__ = ("words", "vocabulary", "positions", "excluded")

    def __init__(self, words: list[str], vocabulary: frozenset[str], positions: frozenset[int],
                 excluded: frozenset[int] = frozenset()) -> None:
        self.words, self.vocabulary, self.positions, self.excluded = words, vocabulary, positions, excluded

    def __contains__(self, k: int) -> bool:
        return (self.words[k] in self.vocabulary and k not in self.excluded) or k in self.positions


def _drop_redundant_mentions(kept: list[_Candidate], ruleset: RuleSet, doc: _Doc) -> list[_Candidate]:
    """A characteristic mention is the fallback for phrasings no lexicon rule knows: where a lexicon
    rule of the same category already flagged the sentence ("a working mom can only do so much ...
    one of her kids"), the mention adds nothing and is dropped."""
    contexts = ruleset._contexts
    # a parent label ("single mum") names its holder, the sentence's most specific flag: no fallback
    mention = [contexts[c.rule].describes == "mention" and not (
        doc.words[c.token] in _LABEL_MODIFIERS and c.end > doc.ends[c.token]) for c in kept]
    yielding = [contexts[c.rule].yields for c in kept]
    if not any(mention) and not any(yielding):
        return kept
    keys = [(doc.bounds(c.token)[0], ruleset.rules[c.rule].category) for c in kept]
    covered = {key for key, m, y in zip(keys, mention, yielding, strict=True) if not m and not y}
    flagged = {key for key, y in zip(keys, yielding, strict=True) if not y}
    out = [c for c, key, m, y in zip(kept, keys, mention, yielding, strict=True)
           if not (m and key in covered) and not (y and key in flagged)]
    # Two mentions of one category a few words apart are one remark ("for someone with your
    # background"): the later, which names the characteristic, stands for both.
    result: list[_Candidate] = []
    for cand in out:
        prev = result[-1] if result else None
        if (prev is not None and ruleset._contexts[prev.rule].describes == "mention"
                and ruleset._contexts[cand.rule].describes == "mention"
                and ruleset.rules[prev.rule].category == ruleset.rules[cand.rule].category
                and 0 <= cand.token - prev.token <= 6 and doc.bounds(cand.token)[0] == doc.bounds(prev.token)[0]):
            result[-1] = cand
            continue
        result.append(cand)
    return result


# Words that open a clause of their own inside a sentence (bias.py _judgement_extent): a judgement drawn beside a
# characteristic is usually coordinated ("..., and I doubt ..."), a relative ("which shows ...") or a clause of
# consequence, contrast or concession ("so she is not ...", "but I am not sure ...").
_JUDGEMENT_CLAUSE_OPENERS = frozenset(["and", "but", "so", "which", "though", "although", "whereas", "because", "therefore",
                                       "hence", "thus"])


def _calendar_name(doc: _Doc, k: int, lo: int) -> bool:
    """Is token ``k`` a capitalised month or weekday inside its sentence (first token ``lo``): 'in May' names the
    month, not the modal of possibility."""
    return k > lo and doc.words[k] in CALENDAR_WORDS and doc.is_capitalized(k)


# links that predicate an office of the person ("she is the club's chairman", "as the union's chairman")
_OFFICE_PREDICATES = frozenset(["is", "was", "s", "as", "be", "been", "being", "became", "becomes", "become", "named",
                                "elected", "appointed", "remains", "remained"])
_PURPOSE_SUBJECTS = frozenset(["i", "we", "you", "he", "she", "they"])


def _purpose_modal(doc: _Doc, k: int, lo: int) -> bool:
    """Is token ``k`` the modal of a clause of purpose: 'so' or 'so that' with no comma before it, then a subject
    pronoun or a capitalised name, then the modal ("swapped her Friday shift so she can attend Friday prayers",
    "moved the review so that he could observe Yom Kippur")? A purpose tells why a thing was arranged, not what
    the person can do; a result clause after a comma ("She is young, so she can learn it") stays a cue."""
    words = doc.words
    if words[k] not in MODALS or k - 2 < lo:
        return False
    subject = words[k - 1] in _PURPOSE_SUBJECTS or (doc.is_capitalized(k - 1) and words[k - 1] not in FUNCTION_WORDS)
    if not subject:
        return False
    opener = k - 2
    if words[opener] == "that" and opener - 1 >= lo and words[opener - 1] == "so":
        opener -= 1
    return words[opener] == "so" and opener > lo and not _CLAUSE_GAP_RE.search(doc.gap(opener))


def _clause_cue(doc: _Doc, ruleset: RuleSet, k: int, lo: int, valence: bool) -> bool:
    """Is token ``k`` a cue of judgement: a word of assessment, decision, doubt, cost or unsuitability (the
    vocabularies ``_Checker._tied`` reads), a request or a negation; with ``valence``, also a word of valence
    (VADER) that is not a capitalised first name?"""
    word = doc.words[k]
    if word in NEGATORS:
        return word != "ill" and not (word == "t" and doc.gap(k)[-1:] not in _APOSTROPHES)
    vocab = ruleset.vocabulary
    if word in _DIRECTIVES or any(word in vocab.get(name, ()) for name in _JUDGEMENT_VOCABULARIES):
        return not _calendar_name(doc, k, lo) and not _purpose_modal(doc, k, lo)
    if not valence or word in FUNCTION_WORDS or (doc.is_capitalized(k) and word in lexicon().first):
        return False  # a first name is no word of valence: 'Grace', 'Joy', 'Hope'
    return abs(_rating(valence_lexicon(), word)) >= _TIE_VALENCE


_JUDGEMENT_VOCABULARIES = ("assessment", "decisions", "doubts", "costs", "unsuitability")


def _judgement_extent(doc: _Doc, ruleset: RuleSet, i: int, j: int) -> tuple[int, int] | None:
    """The clauses of the judgement beside a characteristic told as a plain fact (tokens ``i..j``), when the
    judgement is not in the characteristic's own clause: "He turned 62 in March, and frankly it is time he
    stepped aside", "She closed the deal while pregnant, though I worried she would become a liability",
    "Since her surgery she is limping around the desk, and the manager would rather not have anyone bumping
    into her". The sentence is cut into clauses at punctuation and at clause openers (``_JUDGEMENT_CLAUSE_OPENERS``); when
    the characteristic's own clause holds no cue of judgement (``_clause_cue``), the first clause after
    it that holds one (else the nearest before it) is the judgement; a clause with a word of expectation,
    doubt, decision, cost or a negation comes before one with only a word of valence ("At 58, Helen closed the
    quarter strong, but she will probably struggle ...": the expectation is the judgement). Returns its first and last token, or
    None: the characteristic is judged in its own clause ("a strong accent", "his paternity leave was
    basically a golf holiday"), or no clause of its sentence judges (a tie in the next sentence)."""
    lo, hi = doc.bounds(i)
    words = doc.words
    cuts = [lo]
    for k in range(lo + 1, hi + 1):
        if words[k] in _JUDGEMENT_CLAUSE_OPENERS or _CLAUSE_GAP_RE.search(doc.gap(k)):
            cuts.append(k)
    clauses = [(a, b - 1) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]
    own = [n for n, (a, b) in enumerate(clauses) if a <= j and i <= b]
    first, last = own[0], own[-1]

    def judges(n: int, valence: bool = True) -> bool:
        a, b = clauses[n]
        return any(_clause_cue(doc, ruleset, k, lo, valence) for k in range(a, b + 1) if not i <= k <= j)

    if any(judges(n) for n in range(first, last + 1)):
        return None
    order = [*range(last + 1, len(clauses)), *range(first - 1, -1, -1)]
    for valence in (False, True):
        for n in order:
            if judges(n, valence):
                return clauses[n]
    return None


def _sentence_clauses(doc: _Doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``lo..hi``, cut at punctuation and at clause openers
    (``_JUDGEMENT_CLAUSE_OPENERS``), as (first token, last token)."""
    words = doc.words
    cuts = [lo]
    for k in range(lo + 1, hi + 1):
        if words[k] in _JUDGEMENT_CLAUSE_OPENERS or _CLAUSE_GAP_RE.search(doc.gap(k)):
            cuts.append(k)
    return [(a, b - 1) for a, b in zip(cuts, [*cuts[1:], hi + 1], strict=True)]


def _remark_extent(doc: _Doc, ruleset: RuleSet, i: int, j: int, backward: bool, flagged: frozenset[int],
                   valences: tuple[bool, ...] = (False, True), endorsing: bool = False,
                   until: int | None = None) -> tuple[int, int] | None:
    """The tokens of the remark a stated fact (tokens ``i..j``: an age, a similarity to the writer) is part of,
    for a rule with ``span: judgement``: its own clause when that clause holds a cue of judgement
    (``_clause_cue``), and the clauses after it that judge, up to the first that does not ("At 52 she is slower
    on the trolley than the younger crew, and it may be time to ask when she plans to retire"); when its own
    clause does not judge, the first judging clause after it and those judging right after that ("Bill is 67,
    and I doubt he has the stamina"; "grew up in my hometown, so I trust her numbers"); with ``backward``, else
    the nearest judging clause before it. A clause holding a token of ``flagged`` (another flag of the same
    category: "a bit long in the tooth") judges; ``valences`` says whether a word of valence alone judges (an
    affinity's consequence must rate or tell rapport: "so I trust her numbers", "so we clicked", not "so we share
    the drive"); with ``endorsing`` a word of endorsement or rapport judges too (``_endorses``, ``_rapport``).
    None when no clause of the sentence judges. With ``until``, the clauses from that token on are left out."""
    lo, hi = doc.bounds(i)
    if until is not None:
        hi = min(hi, until - 1)
    clauses = _sentence_clauses(doc, lo, hi)
    own = [n for n, (a, b) in enumerate(clauses) if a <= j and i <= b]
    first, last = own[0], own[-1]

    def judges(n: int, valence: bool = valences[-1]) -> bool:
        a, b = clauses[n]
        return any(k in flagged or (endorsing and (_endorses(doc, ruleset, k, lo) or _rapport(doc, ruleset, k)))
                   or _clause_cue(doc, ruleset, k, lo, valence) for k in range(a, b + 1) if not i <= k <= j)

    def run(n: int) -> int:
        while n + 1 < len(clauses) and judges(n + 1):
            n += 1
        return n

    if any(judges(n) for n in range(first, last + 1)):
        return clauses[first][0], clauses[run(last)][1]
    for valence in valences:
        for n in range(last + 1, len(clauses)):
            if judges(n, valence):
                return clauses[n][0], clauses[run(n)][1]
    if backward:
        for valence in valences:
            for n in range(first - 1, -1, -1):
                if judges(n, valence):
                    return clauses[n]
    elif endorsing and hi + 1 < len(doc.words) and any(c in doc.gap(hi + 1) for c in ";:"):
        lo2, hi2 = doc.bounds(hi + 1)  # the second half of a ';' pair: "We were at the same college; we clicked"
        a, b = _sentence_clauses(doc, lo2, hi2)[0]
        if any(_endorses(doc, ruleset, k, lo2) or _rapport(doc, ruleset, k) or _clause_cue(doc, ruleset, k, lo2, False)
               for k in range(a, b + 1)):
            return clauses[first][0], b
    return None


def _clause_predicate_end(doc: _Doc, ruleset: RuleSet, i: int, j: int) -> int:
    """The last token of the judgement predicate of the clause opened by the phrase ``i..j`` ("at 24 he"): its
    last cue of judgement (``_clause_cue``) and the content words right after it, so a degree word or an adverb
    of doubt takes its head ("too green", "probably past") and the complement after it is left out ("to run the
    branch", "for a team-lead role"). The clause's last token when it holds no cue."""
    lo, hi = doc.bounds(i)
    b = next(b for a, b in _sentence_clauses(doc, lo, hi) if a <= j <= b)
    cues = [k for k in range(j + 1, b + 1) if _clause_cue(doc, ruleset, k, lo, True)]
    if not cues:
        return b
    end = cues[-1]
    while end < b and doc.words[end + 1] not in FUNCTION_WORDS:
        end += 1
    return end


def _later_clause_age(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc) -> int | None:
    """The first token of a flag of ``span: clause`` of the same category later in the sentence of ``kept[n]``
    ("Sam was 24 when she joined, and at 25 she is ..."): the judgement of that clause rests on its own age, not
    on the earlier one. None when there is none."""
    cand = kept[n]
    category = ruleset.rules[cand.rule].category
    hi = doc.bounds(bisect_left(doc.starts, cand.start))[1]
    for other in kept:
        if (other.start >= cand.end and ruleset.rules[other.rule].context.span == "clause"
                and ruleset.rules[other.rule].category == category):
            k = bisect_left(doc.starts, other.start)
            if k <= hi:
                return k
    return None


def _clause_remark(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc) -> _Candidate | None:
    """The candidate ``kept[n]`` of a ``span: clause`` rule over the age phrase and the judgement predicate of its
    clause ("at 24 he is too green"), or None when another flag lies in that span: the narrower flag names the
    term ("too young", "past it") and one term gets one flag."""
    cand = kept[n]
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    end = max(cand.end, doc.ends[_clause_predicate_end(doc, ruleset, i, j)])
    if any(m != n and other.start < end and cand.start < other.end for m, other in enumerate(kept)):
        return None
    return _Candidate(cand.start, end, cand.rule, cand.token)


def _widen_to_judgement(kept: list[_Candidate], ruleset: RuleSet, doc: _Doc,
                        checker: _Checker | None = None) -> list[_Candidate]:
    """Flag the judgement, not the neighbouring fact. A characteristic mention whose rule needs a judgement (kind
    mention, judgement needed or linked) is widened over the clauses of the judgement beside it
    (``_judgement_extent``): the reader sees what was concluded from the characteristic, which is where the
    bias lies (APA bias-free language: a characteristic is mentioned only when relevant; Bias Interrupters: the
    bias is in what is concluded). Not when the widened span would take in another flag, which already names
    the judgement or stands between, or a judgement another mention was widened over."""
    out: list[_Candidate] = []
    widened: list[tuple[int, int]] = []
    taken: set[int] = set()
    for n, cand in enumerate(kept):
        if n in taken:
            continue
        rule = ruleset.rules[cand.rule]
        if rule.context.span in ("judgement", "clause"):
            if rule.category == "affinity" and _similarity_not_writers(cand, ruleset, doc):
                continue
            if rule.category == "age" and checker is not None and _age_only_praised(cand, kept, ruleset, doc, checker):
                continue
            if rule.context.span == "clause":
                clause = _clause_remark(kept, n, ruleset, doc)
                if clause is not None:
                    out.append(clause)
                continue
            later = _later_clause_age(kept, n, ruleset, doc)
            remark = _widen_remark(kept, n, ruleset, doc, widened, later)
            if remark is None and later is not None:
                continue  # the judgement is in the clause a later age opens, and that age's flag carries it
            if remark is not None:
                cand, absorbed = remark
                taken.update(absorbed)
                earlier = {id(kept[m]) for m in absorbed if m < n}
                if earlier:
                    out = [c for c in out if id(c) not in earlier]
                widened.append((cand.start, cand.end))
            out.append(cand)
            continue
        if rule.term_kind != "mention" or rule.context.judgement == "not_needed":
            out.append(cand)
            continue
        i = bisect_left(doc.starts, cand.start)
        j = bisect_left(doc.ends, cand.end)
        extent = _judgement_extent(doc, ruleset, i, min(j, len(doc.words) - 1))
        if extent is None:
            out.append(cand)
            continue
        start = min(cand.start, doc.starts[extent[0]])
        end = max(cand.end, doc.ends[extent[1]])
        if any(m != n and other.start < end and start < other.end for m, other in enumerate(kept)) or any(
                a < end and start < b for a, b in widened):
            out.append(cand)
            continue
        widened.append((start, end))
        out.append(_Candidate(start, end, cand.rule, cand.token))
    out.sort(key=lambda c: c.start)
    return out


def _age_only_praised(cand: _Candidate, kept: list[_Candidate], ruleset: RuleSet, doc: _Doc,
                      checker: _Checker) -> bool:
    """Is a stated age (a ``span: judgement`` age rule) told as a plain fact of a narrative, its sentence judging
    nothing but by a word of valence ("Derek turned 62 in March and celebrated with the team at the depot
    barbecue")? No cue of capacity, expectation, decision, doubt, cost or negation (``_clause_cue`` without
    valence) and no other age flag in its sentence, no comparison, cost or later doubt it frames
    (``_Checker._tied_by_form``), no judgement in the next sentence or before a ';' or ':'. An age is relevant
    to a judgement of capacity or place, not to an event told of the person (APA 7th ed., 5.3 Age)."""
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    lo, hi = doc.bounds(i)
    category = ruleset.rules[cand.rule].category
    if any(other is not cand and ruleset.rules[other.rule].category == category and doc.starts[lo] <= other.start
           and other.end <= doc.ends[hi] for other in kept):
        return False
    if any(_clause_cue(doc, ruleset, k, lo, False) for k in range(lo, hi + 1) if not i <= k <= j):
        return False
    if checker._placement_after(j, hi, hi) is not None or checker._fronted_placement(i, lo, hi) is not None:
        return False  # a decision drawn from it: "He is 63, so we took Frank off the field team"
    return not (checker._tied_next(hi) or checker._tied_before(lo) or checker._tied_by_form(i, j, lo, hi))


def _similarity_not_writers(cand: _Candidate, ruleset: RuleSet, doc: _Doc) -> bool:
    """Is a similarity (a ``span: judgement`` affinity rule) not the writer's with the person evaluated? It is not
    when it is said of a served person ("The customer grew up in my hometown, so I asked about the new bypass": a
    served or outside noun, vocabularies `served_people`, `outsiders`, `outside_parties`, opens its clause, no
    he/she/I/we before it: "Our supplier's rep went to the same school as me"), of two others joined by 'and' with no
    I, we, me, my, us or our in its clause ("The new hire and the trainer went to the same university"), or of the
    writer with their kin ('as' and a kin noun right after it: "I went to the same college as my sister"). A
    similarity of the writer with the employee is affinity with or without a rating drawn from it ("He and I
    went to the same college."; evals/dev/README, affinity): it tells the reader the writer is in-group."""
    words = doc.words
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(words) - 1)
    lo, hi = doc.bounds(i)
    clauses = _sentence_clauses(doc, lo, hi)
    own = next(n for n, (a, b) in enumerate(clauses) if a <= i <= b)
    vocab = ruleset.vocabulary
    others = (vocab.get("served_people", frozenset()) | vocab.get("outsiders", frozenset())
              | vocab.get("outside_parties", frozenset()))
    opening = words[clauses[own][0]:i]
    if any(w in others for w in opening) and not any(w in ("he", "she", "i", "we") for w in opening):
        return True
    compared = next((k for k in range(i, min(j + 2, hi + 1)) if words[k] == "as"), None)
    if compared is not None and any(w in vocab.get("kin", frozenset()) for w in words[compared + 1:min(compared + 4, hi + 1)]):
        return True  # the writer's similarity with their kin: "I went to the same college as my sister"
    writer = ("i", "we", "me", "my", "us", "our", "myself")
    clause = words[clauses[own][0]:clauses[own][1] + 1]
    return "and" in opening and not any(w in writer for w in clause)


def _rapport(doc: _Doc, ruleset: RuleSet, k: int) -> bool:
    """Is token ``k`` a word of rapport drawn from a similarity (vocabulary `rapport`: "we clicked", "on the same
    wavelength"; `rapport_verbs` with their particle, I or we within four words before: "we get on", "we got
    along", "understood each other", "hit it off"; not "got on the bus")? Rapport is the consequence of the
    in-group a similarity opens, and belongs in its flag."""
    words = doc.words
    vocab = ruleset.vocabulary
    if words[k] in vocab.get("rapport", frozenset()):
        return True
    if words[k] not in vocab.get("rapport_verbs", frozenset()) or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if not any(w in ("we", "i") for w in words[max(0, k - 4):k]):
        return False  # the writer and the person are the subject: "we get on", not "he got on the bus"
    if words[k] in ("understood", "understand", "understands"):
        return nxt in ("each", "one")
    if words[k] in ("hit", "hits"):
        return nxt == "it" and k + 2 < len(words) and words[k + 2] == "off"
    after = words[k + 2] if k + 2 <= doc.bounds(k)[1] else ""
    return nxt in ("on", "along") and not (after in DETERMINERS or after[:1].isdigit())  # "got on the 7:10 bus"


def _endorses(doc: _Doc, ruleset: RuleSet, k: int, lo: int) -> bool:
    """Is token ``k`` a word of endorsement (vocabulary `endorsements`: "so I trust her numbers") or a verdict of
    the writer (vocabulary `writer_verdicts` right after I or we: "so I know his work ethic"; "he knew where to
    park" is none)?"""
    word = doc.words[k]
    vocab = ruleset.vocabulary
    if word in vocab.get("endorsements", frozenset()):
        return True
    return word in vocab.get("writer_verdicts", frozenset()) and k > lo and doc.words[k - 1] in ("i", "we")


def _judging_clause_of(doc: _Doc, ruleset: RuleSet, cand: _Candidate) -> bool:
    """Does the clause of ``cand`` (``_sentence_clauses``) hold a cue of judgement (``_clause_cue`` without
    valence, vocabulary `endorsements`) outside ``cand`` itself?"""
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    lo, hi = doc.bounds(i)
    return any(a <= j and i <= b and any(_endorses(doc, ruleset, k, lo) or _clause_cue(doc, ruleset, k, lo, False)
                                         for k in range(a, b + 1) if not i <= k <= j)
               for a, b in _sentence_clauses(doc, lo, hi))


def _widen_remark(kept: list[_Candidate], n: int, ruleset: RuleSet, doc: _Doc, widened: list[tuple[int, int]],
                  until: int | None = None) -> tuple[_Candidate, set[int]] | None:
    """The candidate ``kept[n]`` of a ``span: judgement`` rule widened over its remark (``_remark_extent``), and
    the indexes of the flags of its category the remark takes in: a stated age and the age-coded judgement drawn
    from it are one remark, one flag ("He is 24 ..., so he is too young for the practice manager track"). None
    when it stays as it is: no clause judges, or the remark would take in a flag of another category, a span
    already widened, or a flag in a clause that judges by a cue of its own after a similarity (the consequence
    "so I knew you would be a great fit for the team" is a remark of its own; a similarity listed beside it, "and
    thinks just like me", is taken in). With ``until``, the remark ends before that token."""
    cand = kept[n]
    rule = ruleset.rules[cand.rule]
    i = bisect_left(doc.starts, cand.start)
    j = min(bisect_left(doc.ends, cand.end), len(doc.words) - 1)
    flagged = frozenset(k for m, other in enumerate(kept) if m != n and ruleset.rules[other.rule].category == rule.category
                        for k in range(bisect_left(doc.starts, other.start), bisect_left(doc.ends, other.end) + 1))
    affinity = rule.category == "affinity"
    extent = _remark_extent(doc, ruleset, i, j, not affinity, flagged, (False,) if affinity else (False, True),
                            endorsing=affinity, until=until)
    if extent is None:
        return None
    start = min(cand.start, doc.starts[extent[0]]) if extent[0] <= i else cand.start
    end = max(cand.end, doc.ends[extent[1]])
    absorbed: set[int] = set()
    for m, other in enumerate(kept):
        if m == n or not (other.start < end and start < other.end):
            continue
        if ruleset.rules[other.rule].category != rule.category or other.start < start or other.end > end:
            return None
        if affinity and _judging_clause_of(doc, ruleset, other):
            return None
        absorbed.add(m)
    if any(a < end and start < b for a, b in widened):
        return None
    return _Candidate(start, end, cand.rule, cand.token), absorbed


def _drop_modifiers_of_flagged_nouns(kept: list[_Candidate], ruleset: RuleSet, text: str) -> list[_Candidate]:
    """One remark, one flag. A low-severity word describing a person right before another flag ("a
    sweet girl") modifies that flag's noun, and the noun's flag carries it; prove-it-again praise (a
    gender-coded phrase, not a trait word) right before a flagged group qualifier ("surprisingly strong
    for a female engineer") is the qualifier's remark, and the qualifier's flag is widened to cover it."""
    out: list[_Candidate] = []
    for n, cand in enumerate(kept):
        nxt = kept[n + 1] if n + 1 < len(kept) else None
        if nxt is not None and nxt.start > cand.end:
            gap = text[cand.end:nxt.start]
            adjacent = gap.isspace()
            if (adjacent and ruleset.rules[cand.rule].severity == "low"
                    and ruleset._contexts[cand.rule].describes == "person"):
                continue
            if (ruleset._contexts[cand.rule].describes == "any" and ruleset.rules[cand.rule].category == "gender_coded"
                    and ruleset.rules[nxt.rule].category != "gender_coded") and (
                    (adjacent and text[nxt.start:nxt.end].lower().startswith(("for ", "like ")))
                    or _QUALIFIER_GAP_RE.fullmatch(gap)):
                kept[n + 1] = _Candidate(cand.start, nxt.end, nxt.rule, cand.token)
                continue
        out.append(cand)
    return out


# Use and mention: a word cited as a word ("words such as 'abrasive'", "terms such as chairman,
# manpower", "Do not write phrases such as ...") is the topic of a style note, not a judgement of anyone.
# A head noun naming words, then a list marker; everything after the marker in the sentence is cited,
# and so is a quoted span in a sentence with a head noun. (Lyons 1977, Semantics, 1.2: use vs mention;
# Cappelen & Lepore, 'Quotation', Stanford Encyclopedia of Philosophy.)
CITATION_HEADS = frozenset([
    "word", "words", "term", "terms", "phrase", "phrases", "phrasing", "phrasings", "expression", "expressions",
    "wording", "label", "labels", "adjective", "adjectives", "descriptor", "descriptors", "idiom", "idioms",
    "metaphor", "metaphors", "slur", "slurs", "jargon", "vocabulary",
])
# A note naming topics ("References to pregnancy ...", "Comments on looks, clothing ...") talks about the
# characteristics, as a reporter of someone's remarks does ("she made remarks about his accent").
TOPIC_HEADS = frozenset(["references", "comments", "remarks", "questions", "jokes"])
_CITATION_MARKERS = ((("such", "as"), 2), (("like",), 1), (("e", "g"), 2), (("including",), 1))
_QUOTES_OPEN = "\"“‘'"


def _cited(doc: _Doc, k: int, start: int, end: int, cache: dict[int, tuple[int, bool]]) -> bool:
    """Is the match starting at token ``k`` a word cited as a word (see CITATION_HEADS)?"""
    lo, hi = doc.bounds(k)
    if lo not in cache:
        words = doc.words
        head = first_cited = -1
        for t in range(lo, hi + 1):
            if head < 0:
                if words[t] in CITATION_HEADS:
                    head = t
                elif words[t] in TOPIC_HEADS and t + 1 <= hi and words[t + 1] in ("to", "on", "about"):
                    head, first_cited = t, t + 2  # "References to faith, religious dress ...": topics named
                    break
                continue
            if ":" in doc.gap(t):
                first_cited = t
                break
            if words[t] == "like" and (t != head + 1 or doc.gap(t).strip()):
                continue  # "like" is a comparison unless it follows the head: "words like", not "with words, like a"
            if any(tuple(words[t : t + n]) == m for m, n in _CITATION_MARKERS):
                first_cited = t + (2 if words[t] in ("such", "e") else 1)
                break
        if first_cited < 0 and lo > 0 and ":" in doc.gap(lo):  # a colon ends a sentence: "Terms ...: chairman"
            prev_lo = doc.bounds(lo - 1)[0]
            if any(words[t] in CITATION_HEADS or words[t] in TOPIC_HEADS for t in range(prev_lo, lo)):
                first_cited, head = lo, lo
        cache[lo] = (first_cited, head >= 0)
    first_cited, has_head = cache[lo]
    if first_cited >= 0 and k >= first_cited:
        return True
    if not has_head:
        return False
    text = doc.text
    before, after = text[max(0, start - 1) : start], text[end : end + 1]
    return bool(before) and before in _QUOTES_OPEN and bool(after) and after in _QUOTES_OPEN + "”’"


def _drop_cited_terms(kept: list[_Candidate], doc: _Doc) -> list[_Candidate]:
    cache: dict[int, tuple[int, bool]] = {}
    return [c for c in kept if not _cited(doc, max(0, bisect_right(doc.starts, c.start) - 1), c.start, c.end, cache)]


# A quoted word in a passage about no one in particular is mentioned, not used: a guide's "Reviewers
# should not describe people as 'emotional'", a course's "why 'culture fit' can mask affinity bias".
# The same quote about a named person, or with he/she/you in its sentence or the one before, reports
# a remark about someone ("'Too emotional,' a peer wrote of Maria") and stays flagged.
_QUOTE_CHARS = "\"“”‘’'"
_DOUBLE_QUOTES = ('"', "“", "”")
_QUOTE_REACH = 60  # characters a quoted phrase may run either side of the term
_SPECIFIC_WORDS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself",
                             "you", "your", "yours", "yourself"])
_GROUP_POINTERS = frozenset(["the", "our", "my", "this", "that", "these", "those", "their"])


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a short quoted phrase, a word or two around it ('"culture fit"', '“young and
    energetic”')? A quoted clause ('"Women are too emotional to lead," he said') is a remark, not a cited word."""
    opened = False
    spaces = 0
    for k in range(start - 1, max(-1, start - _QUOTE_REACH - 1), -1):
        c = text[k]
        spaces += c.isspace()
        if c in ".!?;\n" or spaces > 2:
            return False
        if c in _QUOTE_CHARS and (k == 0 or not text[k - 1].isalnum()) and k + 1 < len(text) and text[k + 1].isalnum():
            opened = True
            break
        if c in _QUOTE_CHARS:
            return False  # an apostrophe inside a word is fine only if a quote opens further left
    if not opened:
        return False
    for k in range(end, min(len(text), end + _QUOTE_REACH)):
        c = text[k]
        spaces += c.isspace()
        if c in _QUOTE_CHARS and (k + 1 == len(text) or not text[k + 1].isalnum()):
            return k == 0 or not text[k - 1].isspace()
        if c == "\n" or spaces > 2:
            return False
    return False


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Is text[start:end] part of an identifier rather than prose: a handle or address ("ping `@pto-ninja`",
    "@rockstar-bot", "jo@kids.org") or inline code in backticks? A name for a channel, account or command
    describes no one."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    chunk = text[left:start]
    if "@" in chunk:
        return True
    opening = text.rfind("`", 0, start)
    if opening < 0:
        return False
    closing = text.find("`", end)
    return closing >= 0 and "\n" not in text[opening:closing] and text.count("`", 0, opening) % 2 == 0


def _about_someone(doc: _Doc, lo: int, hi: int, people: frozenset[str]) -> bool:
    """Does the sentence lo..hi name a person, use he/she/you or point at certain people ('the new hires')?"""
    words = doc.words
    for t in range(lo, hi + 1):
        word = words[t]
        if word in _SPECIFIC_WORDS:
            return True
        if word in _GROUP_POINTERS and any(words[u] in people for u in range(t + 1, min(hi, t + 3) + 1)):
            return True
        if (doc.is_capitalized(t) and word not in FUNCTION_WORDS and word not in PRONOUNS and word not in people
                and _could_be_a_name(word)):
            return True
    return False


def _drop_quoted_mentions(kept: list[_Candidate], doc: _Doc, people: frozenset[str]) -> list[_Candidate]:
    out = []
    about: dict[int, bool] = {}  # by sentence start: each sentence is read once (linear)

    def someone(lo: int, hi: int) -> bool:
        if lo not in about:
            about[lo] = _about_someone(doc, lo, hi, people)
        return about[lo]

    for cand in kept:
        if _in_quotes(doc.text, cand.start, cand.end):
            k = max(0, bisect_right(doc.starts, cand.start) - 1)
            lo, hi = doc.bounds(k)
            if not someone(lo, hi) and not (lo > 0 and someone(*doc.bounds(lo - 1))):
                continue
        out.append(cand)
    return out


def check_bias(text: str, rules: RuleSet | None = None) -> BiasReport:
    """Flag biased language in ``text``; pure and deterministic."""
    if not text:
        return BiasReport()
    ruleset = rules if rules is not None else load_rules(None)
    doc = _Doc(text)
    words = doc.words
    index, index2, index3 = ruleset._index, ruleset._index2, ruleset._index3
    count = len(words)
    candidates: list[_Candidate] = []
    checker: _Checker | None = None
    none: list[_Phrase] = []
    last_person: int | None = None  # last token of the last trait accepted as describing a person
    last_rule = -1  # and its rule: a licence word ('looks' before 'sharp') holds only within one rule
    for i, word in enumerate(words):
        phrases = index.get(word, none)
        if i + 1 < count:
            longer = index2.get((word, words[i + 1]))
            if longer:
                phrases = [*phrases, *longer]
            if i + 2 < count:
                longer = index3.get((word, words[i + 1], words[i + 2]))
                if longer:
                    phrases = [*phrases, *longer]
        if not phrases:
            continue
        for phrase_words, phrase_gaps, phrase_rule in phrases:
            size = len(phrase_words)
            if i + size > count:
                continue
            matched = True
            for offset in range(1, size):
                if words[i + offset] != phrase_words[offset] or not _gap_ok(
                    phrase_gaps[offset - 1], doc.gap(i + offset)
                ):
                    matched = False
                    break
            if not matched:
                continue
            if checker is None:
                checker = _Checker(doc, ruleset)
            j = i + size - 1
            context = ruleset._contexts[phrase_rule]
            if checker.accepts(context, i, j):
                candidates.append(_Candidate(doc.starts[i], doc.ends[j], phrase_rule, i))
                if context.describes == "person":
                    last_person, last_rule = j, phrase_rule
            elif (context.describes == "person"
                  and (not (context.needs_before or context.needs_after) or last_rule == phrase_rule)
                  and last_person is not None and checker.coordinated(last_person, i)):
                # "bubbly with the patients and a bit feisty with the residents": the same subject
                candidates.append(_Candidate(doc.starts[i], doc.ends[j], phrase_rule))
                last_person = j
    if not candidates:
        return BiasReport()
    candidates.sort(
        key=lambda c: (c.start, -(c.end - c.start), SEVERITY_RANK[ruleset.rules[c.rule].severity], c.rule)
    )
    # Keep a candidate unless a kept one contains it or the same rule already covers part of it.
    # Candidates come by start, so the furthest kept end and each rule's last end decide (linear).
    kept: list[_Candidate] = []
    furthest = -1
    rule_end: dict[int, int] = {}
    for cand in candidates:
        if cand.end <= furthest or rule_end.get(cand.rule, -1) > cand.start:
            continue
        kept.append(cand)
        furthest = max(furthest, cand.end)
        rule_end[cand.rule] = max(rule_end.get(cand.rule, -1), cand.end)
    kept = _drop_redundant_mentions(kept, ruleset, doc)
    kept = _drop_cited_terms(kept, doc)
    kept = _drop_quoted_mentions(kept, doc, ruleset.people)
    if "`" in text or "@" in text:
        kept = [c for c in kept if not _in_identifier(text, c.start, c.end)]
    if checker is not None and any(c in text for c in _DOUBLE_QUOTES):
        kept = [c for c in kept if not checker.quoted_example(bisect_left(doc.starts, c.start), c.start, c.end)]
    kept = _drop_modifiers_of_flagged_nouns(kept, ruleset, text)
    kept = drop_allowed(kept, ruleset.allow.spans(text))
    kept = _widen_to_judgement(kept, ruleset, doc, checker)
    flags = []
    for cand in kept:
        rule = ruleset.rules[cand.rule]
        flags.append(
            BiasFlag(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                category=rule.category,
                severity=rule.severity,
                rule=rule.id,
                explanation=rule.explanation,
                suggestion=rule.suggestion,
                source=rule.source,
                replacements=list(rule.replacements),
            )
        )
    return BiasReport(flags=flags)
