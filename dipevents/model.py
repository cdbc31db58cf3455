"""The records dipevents reads and writes: documents in, events out.

Events are plain dataclasses whose ``to_dict`` fixes the key order of the JSON record, so the
output is stable for diffing and for jq, and matches ``data/event.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any


@dataclass
class Document:
    """One text to extract from. ``id`` is what the ``doc`` field of its events carries."""

    id: str
    text: str
    date: Date | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor:
    """A resolved actor or target: a code analysts know, plus the words it came from."""

    text: str
    name: str
    code: str
    sector: str | None
    start: int
    end: int
    location: str | None = None

    @property
    def cameo(self) -> str:
        return self.code + (self.sector or "")

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "name": self.name, "code": self.code, "sector": self.sector,
               "cameo": self.cameo, "start": self.start, "end": self.end}
        if self.location:
            out["location"] = self.location
        return out


@dataclass
class Words:
    """The words in an event's target slot that name no actor the coder knows ("condemned
    the attacks", "an investigation into 70 employees"): kept as the target's evidence, with
    no code, so the record says what the act was aimed at though it codes no target."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": None, "code": None, "sector": None, "cameo": None,
                "start": self.start, "end": self.end}


@dataclass
class Action:
    """The action of an event, coded in both PLOVER and CAMEO terms."""

    text: str
    lemma: str
    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "lemma": self.lemma, "type": self.type, "mode": self.mode,
                "cameo": self.cameo, "quad_class": self.quad_class, "goldstein": self.goldstein,
                "start": self.start, "end": self.end}


@dataclass
class EventDate:
    """When an event happened, at the precision the text supports, and how that was found."""

    value: str | None
    precision: str | None
    text: str | None
    basis: str  # "text", "document" or "none"

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text,
                "basis": self.basis}


@dataclass
class Event:
    """One coded event with the evidence a reader needs to check it."""

    doc: str
    sentence: int
    start: int
    end: int
    text: str
    actor: Actor
    action: Action
    target: Actor | None
    date: EventDate
    negated: bool = False
    modality: str = "asserted"
    rule: str = ""
    rules: tuple[str, ...] = ()  # the ids of the rules that made it, in the order they fired
    mentions: int | None = None  # with --dedupe: sentences supporting this tuple
    target_words: Words | None = None  # with no target actor: the words the target slot holds

    @property
    def target_text(self) -> str:
        """The target's words, whether or not they name a known actor ("" for none)."""
        words = self.target or self.target_words
        return words.text if words else ""

    def key(self) -> tuple[str, str, str | None, bool]:
        """The tuple the scorer compares: (actor, type, target, negated)."""
        return (self.actor.code, self.action.type,
                self.target.code if self.target else None, self.negated)

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "sentence": self.sentence, "start": self.start, "end": self.end,
                "text": self.text, "actor": self.actor.to_dict(), "action": self.action.to_dict(),
                "target": self.target.to_dict() if self.target else (
                    self.target_words.to_dict() if self.target_words else None),
                "date": self.date.to_dict(), "negated": self.negated, "modality": self.modality,
                "rule": self.rule, "rules": list(self.rules)} | (
                    {} if self.mentions is None else {"mentions": self.mentions})


def dedupe(events: list[Event]) -> list[Event]:
    """One record per (doc, actor, type, target, negated): the first mention, with ``mentions``
    counting the sentences that support it (the analysts' "one-a-story" filter)."""
    first: dict[tuple, Event] = {}
    sentences: dict[tuple, set[int]] = {}
    for event in events:
        key = (event.doc, *event.key())
        first.setdefault(key, event)
        sentences.setdefault(key, set()).add(event.sentence)
    out = []
    for key, event in first.items():
        event.mentions = len(sentences[key])
        out.append(event)
    return out
