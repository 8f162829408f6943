"""SMART goal check: per-criterion evidence spans, coaching questions and a faithful rewrite.

Pure: ``check_goal(text, guidance=None) -> GoalReport`` does no I/O beyond reading its rules
file once (``assistant/rules/goal.yaml``, cached). How each criterion is judged is documented at
the top of that file. Every rewrite passes :func:`assistant.analyzers.fidelity.check_fidelity`
against the input: it only rearranges the user's own phrases and adds bracketed placeholders.

The package is layered, each module importing only from those before it: ``models`` (report models,
shared constants), ``rules`` (goal.yaml schema, overrides, compiled rules), ``spans``, ``deadlines``,
``layout`` (labelled parts, OKR blocks), ``actions``, ``counts`` (nominal rates, counts of harm), ``cadence``, ``measures``, ``metric_verbs``, ``records``, ``specific``,
``relevance``, ``analysis`` (per-criterion verdicts), ``rewrite`` and ``report`` (``check_goal``).
"""

from assistant.analyzers.goal.actions import Action
from assistant.analyzers.goal.analysis import rule_hits, rules_criterion
from assistant.analyzers.goal.models import (
    CRITERIA,
    MAX_ACTIONS,
    QUESTIONS_PER_CRITERION,
    RULES_PATH,
    Criterion,
    GoalCriteria,
    GoalReport,
    GoalWarning,
)
from assistant.analyzers.goal.relevance import PROBLEM_RATING
from assistant.analyzers.goal.report import check_goal
from assistant.analyzers.goal.rules import (
    GOAL_VOCABULARY,
    NUMBER_WORD_MACRO,
    CriterionSpec,
    Deliverables,
    GoalOverrides,
    GoalRule,
    GoalRules,
    GoalRulesFile,
    Rule,
    load_rules,
)
from assistant.analyzers.goal.spans import Hit, scan

__all__ = [
    "Action",
    "CRITERIA",
    "Criterion",
    "CriterionSpec",
    "Deliverables",
    "GOAL_VOCABULARY",
    "GoalCriteria",
    "GoalOverrides",
    "GoalReport",
    "GoalRule",
    "GoalRules",
    "GoalRulesFile",
    "GoalWarning",
    "Hit",
    "MAX_ACTIONS",
    "NUMBER_WORD_MACRO",
    "PROBLEM_RATING",
    "QUESTIONS_PER_CRITERION",
    "RULES_PATH",
    "Rule",
    "check_goal",
    "load_rules",
    "rule_hits",
    "rules_criterion",
    "scan",
]
