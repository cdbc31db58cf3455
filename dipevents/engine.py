"""The rule engine: a candidate event per trigger, passed through ordered stages of named rules.

A trigger the lexicon finds becomes a :class:`Candidate` (its trigger, actors, targets, target
slot, type, CAMEO code and construction). The candidate goes through :data:`STAGES` in order;
each stage is a list of small rules, each a function with an id, the stage it belongs to and
an example sentence, registered with :func:`rule` in the order its module defines them. A rule
returns True when it changed the candidate (its id joins the candidate's trail), or raises
:class:`Stop` with a reason: the candidate is dropped, or, when it has emitted events already,
done. Precedence is the stage order plus the order inside a stage, never the position of an
``if`` in a long method, and the trail says which rules made each event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .model import Actor
from .triggers import Found

if TYPE_CHECKING:
    from .coding import SentenceCoder

# guards: whether the trigger makes an event at all; actors: who acts; targets: whom it is
# aimed at, as the parse says; setting: parties that the event's setting names (a clause, a
# "between" phrase) for a nominal event; checks: what an event needs; retype: types a context
# changes; pairing: joint and mutual events; context: targets the sentence leaves to the story.
STAGES = ("guards", "actors", "targets", "setting", "checks", "retype", "pairing", "context")
PATHS = ("any", "noun", "verb")  # which triggers a rule reads: event nouns, or verbs and light verbs


class Stop(Exception):  # noqa: N818 - a rule's verdict, not an error
    """A rule's verdict that no (further) event comes from this candidate, and why."""


@dataclass
class Coded:
    """One event of a sentence: trigger, actor, target and the type it was coded as."""

    found: Found
    actor: Actor
    target: Actor | None
    type: str
    cameo: str
    construction: str
    claimed: bool = False  # what a party says another did: reported, the speaker's accusation
    rules: tuple[str, ...] = ()  # the ids of the rules that made it, in order
    patient: Token | None = None  # with no target actor: the word the target slot holds


@dataclass
class Candidate:
    """What the rules know of one trigger's event so far."""

    found: Found
    kind: str
    cameo: str
    construction: str
    nominal: bool
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    slot: Token | None = None  # the token the target came from
    open_target: bool = False  # the slot has no concrete filler: context may fill it
    subjects: list[Token] = field(default_factory=list)  # a verb's subject tokens
    passive: bool = False
    pair: list[Actor] = field(default_factory=list)  # "talks between X and Y"
    group: list[Actor] = field(default_factory=list)  # "the three countries"
    reciprocal: bool = False
    mutual: bool = False
    contextual: bool = False
    trail: list[str] = field(default_factory=list)
    running: str = ""  # the id of the rule running now: the one that emits an event
    stopped: tuple[str, str] | None = None  # (rule id, reason)
    emitted: list[Coded] = field(default_factory=list)
    history: list[tuple[str, str, dict[str, Any]]] | None = None  # (stage, rule, view): explain
    offset: int = 0  # of the trigger's sentence in the document (explain links its events)

    @property
    def entry(self):  # the lexicon entry
        return self.found.entry

    @property
    def path(self) -> str:
        return "noun" if self.nominal else "verb"

    def view(self) -> dict[str, Any]:
        """The candidate as plain data, for ``dipevents explain``."""
        slot = self.slot.text if self.slot is not None else None
        return {"type": self.kind, "cameo": self.cameo, "construction": self.construction,
                "actors": [f"{a.code}{a.sector or ''} ({a.text})" for a in self.actors],
                "targets": [f"{t.code}{t.sector or ''} ({t.text})" for t in self.targets],
                "slot": slot, "events": len(self.emitted)}


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    func: Callable[[Candidate, SentenceCoder], bool | None]
    example: str
    path: str = "any"


RULES: dict[str, list[Rule]] = {stage: [] for stage in STAGES}


def rule(rule_id: str, stage: str, example: str, path: str = "any"):
    """Register a rule function of ``stage`` under ``rule_id`` (unique), with an example
    sentence that the tests check it fires on."""
    if stage not in STAGES or path not in PATHS:
        raise ValueError(f"rule {rule_id}: unknown stage {stage!r} or path {path!r}")

    def register(func):
        if any(r.id == rule_id for rules in RULES.values() for r in rules):
            raise ValueError(f"rule id {rule_id!r} registered twice")
        RULES[stage].append(Rule(rule_id, stage, func, example, path))
        return func

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, in the order they run."""
    from . import rules  # noqa: F401  (registers them)

    return [r for stage in STAGES for r in RULES[stage]]


def run(candidate: Candidate, coder: SentenceCoder) -> Candidate:
    """Every stage's rules over the candidate, in order, until one stops it."""
    for stage in STAGES:
        for r in RULES[stage]:
            if r.path != "any" and r.path != candidate.path:
                continue
            candidate.running = r.id
            try:
                fired = r.func(candidate, coder)
            except Stop as stop:
                candidate.trail.append(r.id)
                candidate.stopped = (r.id, str(stop))
                _record(candidate, stage, r.id)
                return candidate
            if fired:
                candidate.trail.append(r.id)
                _record(candidate, stage, r.id)
    return candidate


def _record(candidate: Candidate, stage: str, rule_id: str) -> None:
    if candidate.history is not None:
        candidate.history.append((stage, rule_id, candidate.view()))
