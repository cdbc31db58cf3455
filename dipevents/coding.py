"""Coding one sentence: each trigger (:mod:`triggers`) becomes a candidate that the rules of
:mod:`dipevents.rules` take through the stages of :mod:`engine`, with the actors and targets
:mod:`arguments` finds for it.

What the coder itself keeps is what the rules share across one sentence: the events coded so
far (what "the move" or "the strikes" refer back to), and the claims that follow an event a
speaker tells of ("Yerevan said Azeri troops shelled villages" is Armenia's accusation too).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from . import rules  # noqa: F401  (registers the rules)
from .actions import Lexicon
from .actions.types import RESPONSE_TYPES, derived
from .actors.resolve import Resolver
from .arguments import ArgumentFinder, WordClasses, distinct
from .engine import Candidate, Coded, run
from .modality import classify
from .model import Actor
from .parse import ancestors
from .triggers import Found, Triggers

__all__ = ["Coded", "SentenceCoder"]
REVERSE = "pairing-reverse"  # the rule id of the other direction of a mutual event


class SentenceCoder:
    """Finds the events of one sentence."""

    def __init__(self, lexicon: Lexicon, triggers: Triggers, resolver: Resolver,
                 words: WordClasses, explained: list[Candidate] | None = None) -> None:
        self.lex = lexicon
        self.triggers = triggers
        self.resolver = resolver
        self.words = words
        self.args = ArgumentFinder(lexicon, triggers, resolver, words)
        self.earlier: list[Coded] = []  # the sentence's events so far, for act references
        self.out: list[Coded] = []  # the current trigger's events and claims, in order
        self.explained = explained  # when given, every candidate is kept here, with history
        self.triggered = 0  # lexicon triggers in the sentence coded last

    def code(self, sent: Span) -> Iterator[Coded]:
        """Every event the sentence states, one per (actor, target) pair."""
        self.earlier, self.triggered = [], 0
        for found in self.triggers.triggers(sent):
            self.triggered += 1
            yield from self.code_found(found)

    def code_found(self, found: Found) -> list[Coded]:
        """The events of one trigger, through every stage's rules."""
        entry = found.entry
        candidate = Candidate(found, entry.type, entry.cameo,
                              "light" if found.light is not None else entry.pos,
                              nominal=entry.pos == "noun" and found.light is None)
        if self.explained is not None:
            candidate.history, candidate.offset = [], self.resolver.offset
            self.explained.append(candidate)
        self.out = []
        run(candidate, self)
        return self.out

    # -- what rules emit ------------------------------------------------------------------------
    def emit(self, candidate: Candidate, coded: Coded, extra: tuple[str, ...] = ()) -> None:
        """An event of the candidate, followed by the claim a speaker who tells of it makes."""
        coded.rules = (*candidate.trail, candidate.running, *extra)
        self.earlier.append(coded)
        claim = self.claim(coded)
        coded.claimed = claim is not None
        candidate.emitted.append(coded)
        self.out.append(coded)
        if claim is not None:
            claim.rules = (*coded.rules, "derive-claim")
            self.out.append(claim)

    def emit_claim(self, candidate: Candidate, coded: Coded) -> None:
        """Only the claim of an event that is not one itself (no target but the actor's own)."""
        claim = self.claim(coded)
        if claim is not None:
            self.emit(candidate, claim, ("derive-claim",))

    def claim(self, coded: Coded) -> Coded | None:
        """ "Yerevan said Azeri troops shelled villages": the speaker accuses the actor
        (``derive.tsv``, derivation ``claim``)."""
        made = derived("claim", coded.type)
        if made is None or REVERSE in coded.rules:
            return None
        # The clause said, the act's own or one it is told in ("said Ukrainians were suffering
        # an attack by Russian forces").
        anchor = next((a for a in ancestors(coded.found.anchor, 4) if a.dep_ == "ccomp"
                       and a.head.lemma_.lower() in self.words.claims), None)
        if anchor is None or anchor.i < anchor.head.i:  # "..., police said": a source, not a claim
            return None
        told = classify(coded.found.anchor)
        if told.negated or told.modality in ("future", "hypothetical"):
            return None  # "said he would not support an Israeli strike": no strike is claimed
        speakers = self.resolver.resolve_each(self.args.subjects(anchor.head)[0])
        if not speakers or not distinct(speakers[0], coded.actor):
            return None
        kind, cameo, suffix = made
        return Coded(coded.found, speakers[0], coded.actor, kind, cameo,
                     coded.construction + suffix)

    # -- targets left to the story ------------------------------------------------------------
    def act_actor(self, slot: Token, found: Found, actor: Actor) -> Actor | None:
        """Who did the act a word refers back to ("dismissed the move", "condemned the
        strikes"): an earlier event of the same sentence, else of the document."""
        for coded in reversed(self.earlier):
            if coded.found.trigger.i < slot.i and coded.found.trigger != found.trigger \
                    and coded.actor.code != actor.code:
                return coded.actor
        return self.resolver.last_event_actor(actor.code, self.args.act_type(slot),
                                              hostile=found.entry.type in RESPONSE_TYPES)

    def earlier_target(self, actor: Actor) -> Actor | None:
        """The last party other than ``actor`` an earlier event of the sentence was aimed at."""
        return next((c.target for c in reversed(self.earlier)
                     if c.target is not None and c.target.code != actor.code), None)

    def last_to_act_on(self, actor: Actor, kind: str | None = None) -> Actor | None:
        """Who last did something (of ``kind``, when given) to ``actor``, in this sentence or
        before: what its "retaliation" or "response" answers, whom its denial answers."""
        for coded in reversed(self.earlier):
            if coded.target is not None and coded.target.code == actor.code \
                    and coded.actor.code != actor.code and kind in (None, coded.type):
                return coded.actor
        return self.resolver.last_to_act_on(actor.code, kind)
