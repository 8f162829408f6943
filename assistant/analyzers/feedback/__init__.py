"""Feedback coach: what each sentence of a draft does (situation, behaviour, impact, next step,
praise, criticism), framing findings at their spans, bias flags, and a better draft that edits
the writer's own sentences in place and never invents facts.

Pure: ``review_feedback(text)`` reads only its arguments and the packaged rules
(``assistant/rules/feedback.yaml`` for trait/absolute/harsh spans, ``feedback_structure.yaml``
for the sentence-function cues, document-level findings and the polarity lexicon), merged with
the ``feedback`` section of the organisation's rules file when one is given.

How it judges (each decision has examples in the YAML files):

* Every sentence is classified by its function: the structure cues that match inside it, and its
  praise and criticism cues (a negator before a problem word is praise: "never missed a
  deadline"). The structure's evidence is the whole clause that shows each part, never a
  fragment of it.
* ``trait`` is a negative judgement predicated of a *person*: "you are lazy", "he's careless", "a
  lazy employee", "bad attitude". An adjective that describes a thing is not a trait ("a careless
  error in the report", "lazy loading"). In praise that names no behaviour, a personality quality exclaimed of the
  person ("You are so caring", "Such a calming presence!") is a trait label too (rule trait-praised).
* ``absolute`` is an overgeneralised *criticism* of a person ("you never take initiative", "you are
  always late"); absolutes in praise and in requests are not flagged.
* ``harsh`` words in reported speech ("you said the mockups were garbage") are not flagged.
* ``vague``: no sentence names an observable behaviour (causative "make" with a complement rated good, "you made
  the shack a happier place", judges the object's state and names none; nor does an act told only in a relative
  clause of the thing judged, "That panel you wired is garbage", "the outstanding work you have done recently").
  ``missing_impact``: no effect on the work, team or customers. ``missing_action``: developmental feedback with no
  forward step.
* Behaviour is judged for specificity by structure: a behaviour sentence whose clauses hold no concrete word
  (a number, a name, or a content word that is not generic, not an activity noun and not rated by VADER)
  is an evaluation ("You handled the complaints professionally", "met expectations in most areas"); the
  object of a manner verb (handle, manage, deal) is only the occasion. A clause where the person did
  something to a concrete object ("... and moved the launch date forward by a week") shows behaviour
  without a cue; habits, conditions and wishes do not. So does the person's work as the subject of what it did or
  had, with a concrete detail after the verb ("Your sketch for the Patel kitchen showed the gas meter behind the
  units"); a judgement of the work ("Your proofs have been sloppy") does not.
* A good quality granted the work before a turn ("Your presentation was engaging, but the slides felt a bit crowded",
  "While your lesson was engaging, ...", "... fine for the most part. Some of it could be better, though") is praise,
  and the clause set against it is criticism (``concession``).
* A comparative of degree wished for or asked of the person ("Perhaps you could be a bit quicker", "Maybe just be a
  little more on top of the paperwork?") is criticism however politely put, and the request is its step.
* Impact is found by sentence function as well as by cue: a *consequence clause* is a declarative
  clause after (or joined by "after", "because" ... to) something the person did, whose subject is
  someone or something other than the person (a colleague, a third party, the writer, "it", "which"),
  in the past or perfect, or saying what now has to happen ("had to", "will now need to", "couldn't").
  Views ("everybody has noticed"), demands ("it has to stop"), general statements, questions,
  descriptions of the work ("the slides were wrong"), the writer's dealings with the person ("I
  have given you every chance") and another party's event set as the act's time or reason ("When the system went
  down, you took the orders by phone") are not consequences. Clauses come from ``assistant.text.clauses``.

Every step runs in time linear in the draft: cues are matched once per sentence with bounded
patterns, context checks look at a bounded number of words around a match. Each cue and polarity
pattern is tried only at the words where it can start (``assistant.analyzers.scan``, read from the
pattern itself), which finds exactly what a scan of the whole draft finds.

The package is layered, each module importing only from those before it: ``models`` (report models),
``rules`` (rule files, compiled rules), ``draft`` (a draft tokenised once), ``spans``, ``absolutes``, ``traits``,
``excess`` (a trait said in excess: "too soft with the beginners"), ``persona`` (a personality noun as the label: "such a
perfectionist"), ``harsh``, ``steps`` (next steps), ``acts`` (the person's acts), ``criticism``, ``problems``, ``praise``,
``impact``, ``effects``, ``savings``, ``reversal`` (a cost told as a reversal by another party: "sent six back"),
``custom`` (an effect told as custom another party gave: "the client sent three neighbours to us"),
``exclusive`` (a fault singled out: "my only criticism"), ``concession`` (a
good quality granted before a turn: "was engaging, but ..."), ``burden`` (harm told as a plain account: "...,
causing the team to duplicate work"), ``classify`` (each sentence's function), ``polarity``,
``rewrite`` (the better draft) and ``review`` (``review_feedback`` and the learned second opinion).
"""

from assistant.analyzers.feedback.absolutes import Hit
from assistant.analyzers.feedback.draft import (
    ADVERBS,
    AUXILIARIES,
    CONTRACTED_SUBJECT,
    LINKING,
    MAX_SPAN_CANDIDATES,
    OBJECT_PRONOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
)
from assistant.analyzers.feedback.harsh import judgement_adjectives
from assistant.analyzers.feedback.models import (
    KINDS,
    LEARNED_BY_DEFAULT,
    PARTS,
    SPAN_KINDS,
    FeedbackFinding,
    FeedbackReport,
    FeedbackStructure,
    FindingKind,
    Function,
    Part,
    Polarity,
    SentenceRole,
    StructurePart,
)
from assistant.analyzers.feedback.review import (
    BINARY_FEATURES,
    FEATURE_LABELS,
    feedback_signals,
    review_feedback,
    rule_reference,
)
from assistant.analyzers.feedback.rewrite import (
    BIAS_DEFAULT_QUESTION,
    BIAS_QUESTIONS,
    SLOT_ORDER,
    SPAN_QUESTIONS,
)
from assistant.analyzers.feedback.rules import (
    CompiledSpanRule,
    Cue,
    DocumentRule,
    FeedbackOverrides,
    FeedbackRules,
    FeedbackSpanRule,
    PartSpec,
    PolarityLexicon,
    SpanRulesFile,
    StructureCue,
    StructureFile,
    load_feedback_rules,
)

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "BIAS_DEFAULT_QUESTION",
    "BIAS_QUESTIONS",
    "BINARY_FEATURES",
    "CONTRACTED_SUBJECT",
    "CompiledSpanRule",
    "Cue",
    "DocumentRule",
    "FEATURE_LABELS",
    "FeedbackFinding",
    "FeedbackOverrides",
    "FeedbackReport",
    "FeedbackRules",
    "FeedbackSpanRule",
    "FeedbackStructure",
    "FindingKind",
    "Function",
    "Hit",
    "KINDS",
    "LEARNED_BY_DEFAULT",
    "LINKING",
    "MAX_SPAN_CANDIDATES",
    "OBJECT_PRONOUNS",
    "PARTS",
    "PERSON_NOUNS",
    "PERSON_PRONOUNS",
    "Part",
    "PartSpec",
    "Polarity",
    "PolarityLexicon",
    "SLOT_ORDER",
    "SPAN_KINDS",
    "SPAN_QUESTIONS",
    "SentenceRole",
    "SpanRulesFile",
    "StructureCue",
    "StructureFile",
    "StructurePart",
    "feedback_signals",
    "judgement_adjectives",
    "load_feedback_rules",
    "review_feedback",
    "rule_reference",
]
