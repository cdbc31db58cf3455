"""Pairing: joint events ("joint exercise", "drills with Belarus"), a joint subject acting on
itself ("A and B clashed") and mutual events ("A met B": B met A too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actions.types import SYMMETRIC_TYPES
from ..arguments import PLACE_PREPS
from ..engine import Candidate, Coded, Stop, rule
from ..parse import pobjs

if TYPE_CHECKING:
    from ..coding import SentenceCoder

# Prepositions that say where or when, not with whom ("clashed near the border on Monday").
SETTING_PREPS = frozenset(PLACE_PREPS) | {"at", "on", "along", "during", "after", "before",
                                          "since", "around"}
RECIPROCALS = {"other", "another", "each"}  # "accused each other", "one another"
SHARED = frozenset({"shared", "common", "mutual", "joint"})  # "their shared border"


@rule("pairing-joint-type", "pairing", "Russia held joint exercises with Belarus.")
def joint_type(c: Candidate, x: SentenceCoder) -> bool:
    """ "Joint exercise", "drills with Belarus": cooperation between the parties (the
    lexicon's joint type), with the partners as targets."""
    entry, trigger = c.entry, c.found.trigger
    partners_at = pobjs(trigger, ["with"])
    if not entry.joint_type or not (partners_at or any(k.lower_ == "joint"
                                                       for k in trigger.children)):
        return False
    c.kind, c.cameo = entry.joint_type, entry.joint_cameo or entry.cameo
    partners = x.resolver.resolve_each(partners_at)
    c.targets = partners or c.targets
    c.slot = partners_at[0] if partners else c.slot
    return True


@rule("pairing-reciprocal", "pairing", "Venezuela and Guyana traded accusations.")
def reciprocal(c: Candidate, x: SentenceCoder) -> bool:
    """ "Accused each other", "restored relations", "exchanged fire", "clashed": the joint
    subject acts on itself; not "called for restraint", which names something else, and not
    where or when it happened ("clashed near the border")."""
    found, slot = c.found, c.slot
    c.reciprocal = (slot is not None and slot.lower_ in RECIPROCALS) or (slot is None and (
        bool(c.entry.objects) or not any(
            k.dep_ == "dobj" or (k.dep_ == "prep" and k.lower_ not in SETTING_PREPS)
            for k in found.verb.children)
        or (found.light is not None and found.light.lemma_.lower() in x.words.exchanges)))
    return c.reciprocal


@rule("pairing-shared-object", "pairing",
      "France and Germany tightened controls on their shared border.")
def shared_object(c: Candidate, x: SentenceCoder) -> bool:
    """ "Tightened controls on their shared border", "expelled each other's envoys": an act on
    what the members of a joint subject hold in common is each one's act on the others."""
    if c.targets or len(c.actors) < 2 or c.reciprocal:
        return False
    verb = c.found.verb
    objects = [k for k in verb.children if k.dep_ == "dobj"]
    objects += [o for k in (verb, *objects) for o in pobjs(k, ("on", "along", "over", "across"))]
    c.reciprocal = any(_shared(o) for o in objects)
    return c.reciprocal


def _shared(noun: Token) -> bool:
    owners = [k for k in noun.children if k.dep_ == "poss"]
    theirs = any(o.lower_ == "their" for o in owners) and any(
        k.dep_ == "amod" and k.lower_ in SHARED for k in noun.children)
    return theirs or any(o.lower_ in ("other", "another") for o in owners)


@rule("pairing-joint-subject", "pairing", "Armenian and Azerbaijani forces clashed along the border.")
def joint_subject(c: Candidate, x: SentenceCoder) -> None:
    """A joint subject or "fighting between X and Y": each party acts on the others."""
    if c.targets or len(c.actors) < 2 or c.entry.mode == "mediate" or not (
            c.kind in SYMMETRIC_TYPES or c.reciprocal or c.construction == "nominal-between"):
        return
    for actor in c.actors:
        for other in c.actors:
            if other.code != actor.code:
                x.emit(c, Coded(c.found, actor, other, c.kind, c.cameo,
                                c.construction + "-joint"))
    raise Stop("each party of the joint subject acts on the others")


@rule("pairing-mutual", "pairing", "Truss met Lavrov in Moscow.")
def mutual(c: Candidate, x: SentenceCoder) -> bool:
    """Talks are mutual; a visit is the visitor's act ("A visited B": B CONSULT A is at most
    optional); a clash "with" someone is fought by both; symmetric acts "with" a party
    ("signed a pact with X", not "offered to negotiate with X")."""
    entry, slot, found = c.entry, c.slot, c.found
    own = (found.trigger, found.verb)
    c.mutual = entry.mode != "mediate" and (
        (c.kind == "CONSULT" and entry.mode != "visit")
        or (entry.mode == "clash" and slot is not None and slot.head.lower_ == "with")
        or (c.kind in SYMMETRIC_TYPES and (
            c.construction == "nominal-between" or slot is None
            or (slot.head.lower_ in ("with", "between") and (
                slot.head.head in own
                or (slot.head.head.dep_ == "dobj" and slot.head.head.head in own))))))
    return c.mutual
