"""The word classes the context checks read: pronouns, links, bridges, determiners and function words."""

from __future__ import annotations

import re

from assistant.analyzers.rulecache import precompiled
from assistant.text import (
    IRREGULAR_VERBS,
    MODALS,
    MONTHS,
    PARTICLES,
    PREPOSITIONS,
    WEEKDAYS,
    wordset,
)
from assistant.wordlists import (
    boy_job_modifiers,
    female_head_nouns,
    gendered_person_nouns,
    in_group_nouns,
    male_role_nouns,
    talk_verb_bases,
    talk_verbs,
)

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
_PLURAL_CHILD_NOUNS = frozenset(["children", "kids", "toddlers", "babies", "infants"])
# Verbs of having or bearing children: "has three children", "since having kids", "raising toddlers"
_HAVING = frozenset(["has", "have", "had", "having", "raising", "raise", "raised", "expecting"])
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
# round 39: the content disjuncts of conviction that present what follows a link of result as the expected, self-evident
# conclusion ("He is Samoan, so of course he is at home in the water"): Quirk et al. (1985) 8.127 (of course,
# naturally, obviously ...) and Biber et al. (1999) 10.2.3 (stance adverbials of actuality). Right after the link the
# conclusion is drawn from what the link follows, so the characteristic before it is its grounds, whatever its valence.
EXPECTED_DISJUNCTS = (("of", "course"), ("naturally",), ("obviously",), ("inevitably",), ("predictably",),
                      ("unsurprisingly",), ("needless", "to", "say"))


def expected_disjunct(words: list[str], k: int) -> bool:
    """Does a disjunct of expected conclusion (EXPECTED_DISJUNCTS) start at ``k``?"""
    return any(tuple(words[k:k + len(d)]) == d for d in EXPECTED_DISJUNCTS)


# round 40 (biasdec40): 'past' and 'beyond' as prepositions of a limit passed, before a gerund ("she is past learning
# the vinyl cutter", "he is beyond retraining"): 'past' = 'beyond the limit or scope of' ("past caring", "past
# praying for": Quirk et al. 1985, 9.37 on past/beyond of position transferred to the abstract; OED past, prep. 4)
# after a copula says the person can no longer do it: the presumed inability the EEOC's age guidance names ("an older
# worker cannot learn new skills": EEOC, Age Discrimination; ADEA 29 U.S.C. 623(a)). A gerund naming a place or a
# time ("past building 5", "past morning") is none.
_LIMIT_PREPOSITIONS = frozenset(["past", "beyond"])
_LIMIT_COPULAS = frozenset(["is", "s", "was", "are", "were", "be", "been", "being", "seems", "seemed", "getting"])
_LIMIT_ADVERBS = frozenset(["well", "long", "way", "far", "probably", "clearly", "surely", "now", "rather", "just"])
_ING_PLACES = frozenset(["building", "buildings", "morning", "evening", "ceiling", "landing", "crossing", "wedding",
                         "meeting", "spring", "string", "ring", "king", "thing", "nothing", "something", "everything"])


def limit_of_ability(words: tuple[str, ...] | list[str], k: int) -> bool:
    """Is token ``k`` 'past' or 'beyond' before a gerund, after a copula (and at most one adverb of degree or
    time): "At 55 she is past learning the vinyl cutter", "he is well beyond retraining"? (_LIMIT_PREPOSITIONS)"""
    if words[k] not in _LIMIT_PREPOSITIONS or k < 1 or k + 1 >= len(words):
        return False
    gerund = words[k + 1]
    if not (gerund.endswith("ing") and len(gerund) > 5) or gerund in _ING_PLACES:
        return False
    b = k - 2 if words[k - 1] in _LIMIT_ADVERBS and k >= 2 else k - 1
    return words[b] in _LIMIT_COPULAS


# round 40 (biasdec40): the phrasal verb of nominating, 'put forward' with its object before or after the particle
# ("so I have not put him forward for head of projection", "put her name forward", "put forward Ana"): WordNet 3.0
# nominate.v.01 'propose as a candidate for some honor' (lemmas nominate, put up, put forward). A nomination withheld
# or given is a decision about the person as much as a promotion (EEOC: promotion and training among the terms of
# employment). 'put up' is left out: 'put him up for the night' is lodging.
_PUT_FORMS = frozenset(["put", "puts", "putting"])


def nominated(words: tuple[str, ...] | list[str], k: int) -> bool:
    """Is token ``k`` the particle 'forward' of 'put forward', its object of at most two words between?"""
    return words[k] == "forward" and any(words[m] in _PUT_FORMS for m in range(max(0, k - 3), k))
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
# adverbs between a perfect auxiliary and its participle: "has already booked", "has also cut"
_PERFECT_FILLERS = frozenset(["already", "also", "just", "since", "now", "recently", "consistently"])
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
# Conjuncts of result that open a sentence and draw it from the one before (Quirk et al. 1985, 8.137-8.141: the
# resultive "so", "therefore", "consequently", "as a result"; the anaphoric "because of that", "that is why"):
# "She has two small children. So I don't see her taking on the Leeds accounts." (_Checker._result_opened)
_RESULT_OPENERS = tuple(tuple(phrase.split()) for phrase in (
    "so", "therefore", "hence", "thus", "consequently", "accordingly", "as a result", "as a consequence",
    "because of that", "because of this", "for that reason", "for this reason", "that is why", "this is why",
    "that s why", "this s why"))
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
# words that rate or size a body, never a thing's measure before 'weight'/'height' (analyzers/bias: _Checker._thing_measure)
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
    # nouns naming a person by sex, from WordNet (assistant/data/gendered_person_nouns.txt): the standard of a simile
    "gendered_person_nouns": gendered_person_nouns(),
    # schools, places of worship, congregations and clubs, from WordNet (assistant/data/in_group_nouns.txt): the groups
    # a person can share with the writer (affinity.shared_membership)
    "in_group_nouns": in_group_nouns(),
    # nouns marked female by their head and the forms of verbs of talk, from WordNet (assistant/data/
    # talk_simile_words.txt): a simile of how a colleague talks with such a standard (gender_coded.gendered_simile_talk)
    "female_head_nouns": female_head_nouns(),
    "talk_verbs": talk_verbs(),
    "talk_verb_bases": talk_verb_bases(),
    # role nouns marked male by "-man" with a gender-neutral name, and their plurals (assistant/data/male_role_nouns.txt)
    "male_role_nouns": male_role_nouns(),
    # modifiers of job titles headed by "boy" (assistant/data/boy_job_nouns.txt): "climbing boys", "a delivery boy"
    "boy_job_modifiers": boy_job_modifiers(),
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


def passed_away(words: tuple[str, ...] | list[str], k: int, end: int) -> bool:
    """Is 'passed' at ``k`` the phrasal verb 'pass away' (WordNet 3.0 pass_away.v.01 'die')? Vocabulary `decisions`
    lists 'passed' for 'passed over' ("passed over for the lead"); a death told in an obituary or a tribute ("a
    58-year-old employee ... passed away last Friday") decides nothing about the person. 'passed on' stays a
    decision (declined: "We passed on the candidate")."""
    return words[k] == "passed" and k + 1 <= end and words[k + 1] == "away"


def purpose_that(words: tuple[str, ...] | list[str], k: int, b: int) -> bool:
    """'so that' before a subject: the conjunction of purpose (Quirk et al. 1985, 15.48), not a relative or a pronoun."""
    return words[k] == "that" and words[k - 1] == "so" and k < b and words[k + 1] in ("he", "she", "they", "we", "i")
