"""From documents to event records: paragraphs, the parse, coded events, modality, dates.

The sentence-level coding lives in :mod:`dipevents.coding`; this module walks a document,
keeps the context that coreference needs, and turns each coded event into a record with its
evidence, modality and date.
"""

from __future__ import annotations

import re
from datetime import date as Date

from spacy.language import Language
from spacy.tokens import Span

from .actions import Lexicon
from .actors import KnowledgeBase
from .actors.resolve import Context, Resolver
from .coding import DOMESTIC_SECTORS, Coded, Found, SentenceCoder
from .dates import resolve as resolve_date
from .modality import Modality, classify
from .model import Action, Actor, Event, EventDate

BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
# A stated intention is itself an event, as CAMEO codes it: to do harm is a threat (13, "will
# impose sanctions"), to help or yield an expressed intent to cooperate (03, "will release").
INTENTS = {kind: ("THREATEN", "130") for kind in ("SANCTION", "COERCE", "ASSAULT")} | {
    kind: ("AGREE", "030") for kind in ("SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")}


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-blank paragraph: the parser runs paragraphs together
    otherwise, and a heading glued to the next sentence confuses the parse."""
    out: list[tuple[int, str]] = []
    pos = 0
    for block in BLANK_LINES.split(text):
        start = text.index(block, pos)
        pos = start + len(block)
        if block.strip():
            out.append((start, block))
    return out


class Extractor:
    """Turns documents into events with one spaCy pipeline, knowledge base and lexicon."""

    def __init__(self, nlp: Language, kb: KnowledgeBase, lexicon: Lexicon,
                 include_hypothetical: bool = False) -> None:
        self.nlp = nlp
        self.kb = kb
        self.lex = lexicon
        self.include_hypothetical = include_hypothetical
        # Words naming acts, whose "by"/"from" objects name their actor ("a visit by X").
        self.acts = frozenset(lexicon.nouns) | lexicon.classes.get("acts", frozenset())

    def extract(self, doc_id: str, text: str, day: Date | None) -> list[Event]:
        """Events of one document, in text order, one per (tuple, sentence)."""
        context = Context(day)
        events: list[Event] = []
        seen: set[tuple] = set()
        paras = paragraphs(text)
        index = 0
        for (offset, _), pdoc in zip(paras, self.nlp.pipe(p for _, p in paras), strict=True):
            resolver = Resolver(self.kb, pdoc, offset, context, self.acts)
            coder = SentenceCoder(self.lex, resolver)
            for sent in pdoc.sents:
                for coded in coder.code(sent):
                    for event in self._events(doc_id, index, sent, offset, coded, day):
                        key = (event.key(), index)
                        if key not in seen:
                            seen.add(key)
                            events.append(event)
                            if event.modality == "asserted" and not event.negated:
                                resolver.record_event(event.actor, event.target)
                resolver.remember(sent)
                index += 1
        return drop_untargeted_duplicates(events)

    def _events(self, doc_id: str, index: int, sent: Span, offset: int, coded: Coded,
                day: Date | None) -> list[Event]:
        """The record for a coded event, and the threat a stated conflictual intent makes."""
        mod = classify(coded.found.anchor)
        if self._rejected(mod):
            return []  # "refused to lift sanctions": the refusal is the event
        target = coded.target or domestic_target(coded)
        out: list[Event] = []
        if mod.modality != "hypothetical" or self.include_hypothetical:
            out.append(self._record(doc_id, index, sent, offset, coded, coded.type, coded.cameo,
                                    target, mod, day, coded.construction))
        if mod.intent and not mod.negated and target is not None:
            intent = INTENTS.get(coded.type)
            if intent is not None:
                stated = Modality(False, "asserted", mod.cues)
                out.append(self._record(doc_id, index, sent, offset, coded, intent[0], intent[1],
                                        target, stated, day, coded.construction + "-intent"))
        return out

    def _rejected(self, mod: Modality) -> bool:
        return any(cat == "NEGATED" and any(e.type == "REJECT" for e in self.lex.verbs.get(cue, ()))
                   for cat, cue in mod.cues)

    def _record(self, doc_id: str, index: int, sent: Span, offset: int, coded: Coded, kind: str,
                cameo_code: str, target: Actor | None, mod: Modality, day: Date | None,
                construction: str) -> Event:
        found = coded.found
        cameo = self.lex.cameo[cameo_code]
        first = found.light if found.light is not None and found.light.i < found.trigger.i \
            else found.trigger
        start, end = first.idx, found.trigger.idx + len(found.trigger)
        lemma = found.trigger.lemma_.lower()
        if found.light is not None:
            lemma = f"{found.light.lemma_.lower()} {lemma}"
        action = Action(text=sent.doc.text[start:end], lemma=lemma, type=kind,
                        mode=found.entry.mode, cameo=cameo.code, quad_class=cameo.quad_class,
                        goldstein=cameo.goldstein, start=start + offset, end=end + offset)
        tense = "future" if mod.modality == "future" else "past"
        return Event(doc=doc_id, sentence=index, start=sent.start_char + offset,
                     end=sent.end_char + offset, text=sent.text, actor=coded.actor,
                     action=action, target=target, date=event_date(sent, found, day, tense),
                     negated=mod.negated, modality=mod.modality,
                     rule=f"{found.entry.rule}/{construction}")


def drop_untargeted_duplicates(events: list[Event]) -> list[Event]:
    """An event with no target is dropped where the same sentence gives the same actor and
    type a target: the targeted one says more ("has troops stationed near Ukraine")."""
    targeted = {(e.sentence, e.actor.code, e.action.type) for e in events if e.target}
    return [e for e in events
            if e.target or (e.sentence, e.actor.code, e.action.type) not in targeted]


def domestic_target(coded: Coded) -> Actor | None:
    """Protest by civilians or rebels with no stated target is aimed at their own government,
    as CAMEO coders code it ("students staged demonstrations across Indonesia")."""
    actor = coded.actor
    if coded.type != "PROTEST" or actor.sector not in DOMESTIC_SECTORS:
        return None
    return Actor(actor.text, actor.name, actor.code, "GOV", actor.start, actor.end)


def event_date(sent: Span, found: Found, day: Date | None, tense: str) -> EventDate:
    """The date expression on the event's own clause, else the document date."""
    anchors = {found.trigger.i, found.anchor.i, found.verb.i}
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        node = ent.root
        attached = False
        for _ in range(6):
            if node.i in anchors:
                attached = True
                break
            if node.head is node or (node.pos_ in ("VERB", "AUX") and node is not ent.root):
                break
            node = node.head
        if not attached:
            continue
        resolved = resolve_date(ent.text, day, tense)
        if resolved is not None:
            return EventDate(resolved.value, resolved.precision, ent.text, "text")
    if day is None:
        return EventDate(None, None, None, "none")
    return EventDate(day.isoformat(), "day", None, "document")
