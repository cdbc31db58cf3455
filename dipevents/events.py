"""Events on the parse: triggers from the lexicon, their arguments from the dependencies.

Verbs take their actor from the subject (the ``by`` agent in the passive, the governing
clause's subject for controlled and coordinated verbs) and their target from the object or
the prepositions their lexicon entry names. Light verbs ("held talks", "imposed sanctions")
take their event from their object noun. Event nouns not under a light verb are nominal events
("Russia's exercise with Belarus", "talks between X and Y").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date

from spacy.tokens import Span, Token

from .actions import Entry, Lexicon
from .actions.lexicon import SYMMETRIC_TYPES
from .actors import KnowledgeBase
from .actors.resolve import Context, Resolver
from .dates import resolve as resolve_date
from .modality import classify
from .model import Action, Actor, Event, EventDate

SUBJECT_INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp")
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
# Types whose target is often left to context ("Japan lodged a protest"): all but force posture.
UNTARGETED_TYPES = frozenset({"MOBILIZE"})
NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
# Quantity nouns a light verb's object passes through: "imposed a raft of sanctions".
QUANTITY_NOUNS = {"number", "series", "raft", "package", "round", "wave", "set", "list", "host",
                  "string", "batch", "new round", "slew", "range"}
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass
class Found:
    """A trigger with its entry and the tokens its arguments hang from."""

    entry: Entry
    trigger: Token  # the word that names the event (verb, or event noun)
    anchor: Token  # the clause head the event's modality, subject and date hang from
    light: Token | None = None  # a light verb governing an event noun


class SentenceCoder:
    """Finds the events of one sentence."""

    def __init__(self, lexicon: Lexicon, kb: KnowledgeBase, resolver: Resolver) -> None:
        self.lex = lexicon
        self.kb = kb
        self.resolver = resolver

    # -- triggers -----------------------------------------------------------------------------
    def _noun_entry(self, tok: Token) -> Entry | None:
        for key in (tok.lemma_.lower(), tok.lower_):
            for entry in self.lex.nouns.get(key, ()):
                if entry.extra and not any(c.lemma_.lower() == entry.extra or c.lower_ == entry.extra
                                           for c in tok.children
                                           if c.dep_ in ("amod", "compound", "nmod")):
                    continue
                if entry.objects and not self._noun_has_object(tok, entry.objects):
                    continue
                return entry
        return None

    @staticmethod
    def _noun_has_object(tok: Token, objects: frozenset[str]) -> bool:
        for child in tok.children:
            if child.dep_ in ("amod", "compound") and child.lemma_.lower() in objects:
                return True
            if child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in objects
                                                or pobj.lower_ in objects):
                        return True
        return False

    def _verb_entry(self, tok: Token) -> Entry | None:
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")}
        objects = self._objects(tok)
        plain: Entry | None = None
        for entry in self.lex.verbs.get(tok.lemma_.lower(), ()):
            if entry.objects and not (objects & entry.objects):
                continue
            if entry.extra:
                if entry.extra in particles:
                    return entry
                continue
            plain = plain or entry
        return plain

    @staticmethod
    def _objects(verb: Token) -> set[str]:
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative", "attr")]
        words: set[str] = set()
        for obj in objs:
            words |= {obj.lemma_.lower(), obj.lower_}
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    words |= {p.lemma_.lower() for p in c.children if p.dep_ == "pobj"}
                if c.dep_ == "compound":
                    words.add(c.lemma_.lower())
        for prep in verb.children:
            if prep.dep_ == "prep":
                words |= {p.lemma_.lower() for p in prep.children if p.dep_ == "pobj"}
        return words

    def _light_object(self, verb: Token) -> tuple[Token, Entry] | None:
        for child in verb.children:
            if child.dep_ not in ("dobj", "nsubjpass", "attr"):
                continue
            candidates = [child]
            if child.lemma_.lower() in QUANTITY_NOUNS:
                candidates += [p for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj"]
            candidates += [c for c in child.children if c.dep_ == "compound"]
            for noun in candidates:
                for cand in [noun, *noun.conjuncts]:
                    entry = self._noun_entry(cand)
                    if entry is not None:
                        return cand, entry
        return None

    def triggers(self, sent: Span) -> Iterator[Found]:
        consumed: set[int] = set()
        for tok in sent:
            if tok.tag_ in VERB_TAGS or tok.pos_ == "VERB":
                lemma = tok.lemma_.lower()
                if lemma in self.lex.light:
                    hit = self._light_object(tok)
                    if hit is not None:
                        consumed.add(hit[0].i)
                        yield Found(hit[1], hit[0], tok, light=tok)
                        continue
                entry = self._verb_entry(tok)
                if entry is not None:
                    yield Found(entry, tok, tok)
        for tok in sent:
            if tok.i in consumed or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            entry = self._noun_entry(tok)
            if entry is not None:
                yield Found(entry, tok, self._noun_anchor(tok))

    @staticmethod
    def _noun_anchor(noun: Token) -> Token:
        """The verb whose clause a nominal event sits in (for modality and dates)."""
        node = noun
        for _ in range(4):
            if node.dep_ in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj",
                             "appos") and node.head is not node:
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    return node
            else:
                break
        return noun

    # -- arguments ----------------------------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """The subject tokens of a verb and whether it is passive (subject = target).

        A verb with no subject of its own takes the subject of the clause that governs it
        ("agreed to cooperate", "met X and signed", "admitted to shooting down"); a relative
        clause or participle takes the noun it modifies, when that noun names an actor.
        """
        node = verb
        for _ in range(6):
            agents = [p for c in node.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
            for child in node.children:
                if child.dep_ == "nsubj":
                    if child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                        return [node.head], False
                    return [child], False
                if child.dep_ == "nsubjpass":
                    if node is not verb and not agents:
                        return [child], False  # raising: "Japan is set to send aid"
                    return agents, True
            if agents:
                return agents, True
            if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                if self.resolver.resolve_all(node.head):
                    return [node.head], False
                if any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                    break  # "the decision to release": whose decision is not said here
                node = node.head.head if node.head.head is not node.head else node.head
                if node.pos_ not in ("VERB", "AUX"):
                    break
                continue
            if node.dep_ in SUBJECT_INHERIT_DEPS and node.head is not node:
                link = node.dep_
                node = node.head
                if node.pos_ == "ADP" and node.head is not node:  # "to shooting down"
                    node = node.head
                if link in ("xcomp", "pcomp"):
                    # Object control: "urged Russia to withdraw", "accused Kyiv of shelling".
                    objects = [c for c in node.children if c.dep_ == "dobj"]
                    objects += self._pobjs(node, ["on"]) if node.lemma_ == "call" else []
                    if objects and self.resolver.resolve_all(objects[0]):
                        return objects[:1], False
                continue
            break
        return [], False

    def _pobjs(self, head: Token, preps: Iterable[str]) -> list[Token]:
        wanted = set(preps)
        return [p for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in wanted
                for p in c.children if p.dep_ == "pobj"]

    def targets(self, found: Found, passive: bool) -> list[Actor]:
        """Target actors, from the places the entry names, in the entry's order."""
        entry = found.entry
        heads: list[Token] = []
        if found.light is not None:
            # The noun's own prepositions first, then the light verb's ("imposed X on Russia").
            heads += self._pobjs(found.trigger, entry.targets)
            light_entries = self.lex.light.get(found.light.lemma_.lower(), ())
            preps = set(entry.targets) | {p for e in light_entries for p in e.targets}
            heads += self._pobjs(found.light, preps - {"dobj", "dative"})
            if passive:
                heads += [c for c in found.light.children if c.dep_ == "dative"]
        elif entry.pos == "noun":
            heads += self._pobjs(found.trigger, entry.targets)
        else:
            verb = found.trigger
            for where in entry.targets:
                if where == "dobj":
                    dep = "nsubjpass" if passive else "dobj"
                    heads += [c for c in verb.children if c.dep_ == dep]
                elif where == "dative":
                    heads += [c for c in verb.children if c.dep_ == "dative"]
                else:
                    heads += self._pobjs(verb, [where])
                    for obj in (c for c in verb.children if c.dep_ == "dobj"):
                        heads += self._pobjs(obj, [where])
        if entry.pos != "noun" or found.light is not None:
            heads += self._purpose_objects(found.light or found.trigger)
        for head in heads:
            actors = self.resolver.resolve_all(head)
            if actors:
                return actors
        return []

    @staticmethod
    def _purpose_objects(verb: Token) -> list[Token]:
        """Objects of a purpose clause: "broadening powers in order to target Russian firms"."""
        out: list[Token] = []
        for node in verb.subtree:
            if node.pos_ == "VERB" and node is not verb and node.dep_ in ("acl", "advcl", "xcomp") \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                    and len(list(node.ancestors)) - len(list(verb.ancestors)) <= 4:
                out += [c for c in node.children if c.dep_ == "dobj"]
        return out

    def noun_actors(self, noun: Token) -> list[Actor]:
        """Actors named inside a nominal event: "Russia's exercise", "EU sanctions"."""
        out: list[Actor] = []
        for child in noun.children:
            if child.dep_ in NOUN_ACTOR_DEPS:
                out += self.resolver.resolve_all(child)
        for agent in self._pobjs(noun, ["by"]):
            out += self.resolver.resolve_all(agent)
        return out

    # -- events -------------------------------------------------------------------------------
    def code(self, sent: Span) -> Iterator[tuple[Found, Actor, Actor | None, str]]:
        """(trigger, actor, target, construction) for every event the sentence states."""
        for found in self.triggers(sent):
            entry = found.entry
            construction = "light" if found.light is not None else entry.pos
            targets: list[Actor]
            if entry.pos == "noun" and found.light is None:
                actors = self.noun_actors(found.trigger)
                between = self._pobjs(found.trigger, ["between"])
                pair = [a for b in between for a in self.resolver.resolve_all(b)]
                targets = self.targets(found, False) if not between else []
                if not actors and len(pair) >= 2:
                    actors, construction = pair, "nominal-between"
                if not actors and entry.type in SYMMETRIC_TYPES and any(
                        c.dep_ == "poss" and c.lower_ == "their" for c in found.trigger.children):
                    actors, construction = self.resolver.last_pair(), "nominal-their"
                elif actors and pair:
                    targets = [a for a in pair if a.code not in {x.code for x in actors}]
                if not actors and found.anchor is not found.trigger \
                        and found.trigger.dep_ == "dobj" \
                        and self._verb_entry(found.anchor) is None:
                    # "Russia is holding ... exercises": the governing verb's subject.
                    subj_tokens, passive = self.subjects(found.anchor)
                    if not passive:
                        actors = [a for t in subj_tokens for a in self.resolver.resolve_all(t)]
                        construction = "nominal-object"
            else:
                verb = found.light or found.trigger
                subj_tokens, passive = self.subjects(verb)
                actors = [a for t in subj_tokens for a in self.resolver.resolve_all(t)]
                targets = self.targets(found, passive)
                if passive:
                    construction += "-passive"
            if not actors:
                continue
            joint = (entry.joint_type is not None and (
                any(c.lower_ == "joint" for c in found.trigger.children)
                or bool(self._pobjs(found.trigger, ["with"]))))
            if joint:
                with_targets = [a for p in self._pobjs(found.trigger, ["with"])
                                for a in self.resolver.resolve_all(p)]
                targets = with_targets or targets
            kind = (entry.joint_type if joint else entry.type) or entry.type
            if not targets and len(actors) >= 2 and kind in SYMMETRIC_TYPES:
                for actor in actors:
                    for other in actors:
                        if other.code != actor.code:
                            yield found, actor, other, construction + "-joint"
                continue
            for actor in actors:
                mine = [t for t in targets if t.code != actor.code]
                if not mine and kind not in UNTARGETED_TYPES:
                    salient = self.resolver.salient(exclude=actor.code)
                    if salient is not None:
                        mine, construction = [salient], construction + "-context"
                for target in mine or [None]:
                    yield found, actor, target, construction
                    if target is not None and kind in SYMMETRIC_TYPES:
                        yield found, target, actor, construction + "-reverse"


class Extractor:
    """Turns documents into events with one spaCy pipeline, knowledge base and lexicon."""

    def __init__(self, nlp, kb: KnowledgeBase, lexicon: Lexicon,  # type: ignore[no-untyped-def]
                 include_hypothetical: bool = False) -> None:
        self.nlp = nlp
        self.kb = kb
        self.lex = lexicon
        self.include_hypothetical = include_hypothetical

    @staticmethod
    def paragraphs(text: str) -> list[tuple[int, str]]:
        """(offset, text) of each paragraph: the parser runs paragraphs together otherwise."""
        out: list[tuple[int, str]] = []
        pos = 0
        for block in _split_blank_lines(text):
            start = text.index(block, pos)
            pos = start + len(block)
            if block.strip():
                out.append((start, block))
        return out

    def extract(self, doc_id: str, text: str, day: Date | None) -> list[Event]:
        context = Context(day)
        events: list[Event] = []
        seen: set[tuple] = set()
        paras = self.paragraphs(text)
        sentence_index = 0
        for (offset, _), pdoc in zip(paras, self.nlp.pipe(p for _, p in paras), strict=True):
            resolver = Resolver(self.kb, pdoc, offset, context)
            coder = SentenceCoder(self.lex, self.kb, resolver)
            for sent in pdoc.sents:
                for found, actor, target, construction in coder.code(sent):
                    event = self._event(doc_id, sentence_index, sent, offset, found, actor,
                                        target, construction, day)
                    if event is None:
                        continue
                    key = (event.key(), sentence_index)
                    if key in seen:
                        continue
                    seen.add(key)
                    events.append(event)
                resolver.remember(sent)
                sentence_index += 1
        return events

    def _event(self, doc_id: str, index: int, sent: Span, offset: int, found: Found,
               actor: Actor, target: Actor | None, construction: str,
               day: Date | None) -> Event | None:
        mod = classify(found.anchor)
        if mod.modality == "hypothetical" and not self.include_hypothetical:
            return None
        entry = found.entry
        joint = construction != entry.pos and entry.joint_type and construction.endswith("joint")
        type_, cameo_code = entry.type, entry.cameo
        if entry.joint_type and (joint or any(c.lower_ == "joint" for c in found.trigger.children)
                                 or self._has_with(found.trigger)):
            type_, cameo_code = entry.joint_type, entry.joint_cameo or entry.cameo
        cameo = self.lex.cameo[cameo_code]
        start_tok = found.light if found.light is not None and found.light.i < found.trigger.i \
            else found.trigger
        a_start = start_tok.idx
        a_end = found.trigger.idx + len(found.trigger)
        lemma = found.trigger.lemma_.lower()
        if found.light is not None:
            lemma = f"{found.light.lemma_.lower()} {lemma}"
        action = Action(text=sent.doc.text[a_start:a_end], lemma=lemma, type=type_,
                        mode=entry.mode, cameo=cameo.code, quad_class=cameo.quad_class,
                        goldstein=cameo.goldstein, start=a_start + offset, end=a_end + offset)
        tense = "future" if mod.modality == "future" else "past"
        return Event(doc=doc_id, sentence=index, start=sent.start_char + offset,
                     end=sent.end_char + offset, text=sent.text, actor=actor, action=action,
                     target=target, date=event_date(sent, found, day, tense),
                     negated=mod.negated, modality=mod.modality,
                     rule=f"{entry.rule}/{construction}")

    @staticmethod
    def _has_with(tok: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _split_blank_lines(text: str) -> list[str]:
    import re

    return re.split(r"\n[ \t\r\f\v]*\n", text)


def event_date(sent: Span, found: Found, day: Date | None, tense: str) -> EventDate:
    """The date expression on the event's own clause, else the document date."""
    anchors = {found.trigger.i, found.anchor.i}
    if found.light is not None:
        anchors.add(found.light.i)
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
