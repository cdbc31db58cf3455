"""Coding one sentence: triggers from the lexicon, their arguments from the dependency parse.

Verbs take their actor from the subject (the ``by`` agent in the passive, the governing
clause's subject for controlled and coordinated verbs) and their target from the object or
the prepositions their lexicon entry names. Light verbs ("held talks", "imposed sanctions")
take their event from their object noun. Event nouns not under a light verb are nominal events
("Russia's exercise with Belarus", "talks between X and Y").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .actions import Entry, Lexicon
from .actions.lexicon import SYMMETRIC_TYPES
from .actors.resolve import Resolver
from .model import Actor

SUBJECT_INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acomp")
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
COMPLEMENT_PREPS = ("with", "against", "on", "to", "from", "at", "into", "for")
# Sectors that make a same-state target a distinct party ("Turkish police ... students").
DOMESTIC_SECTORS = frozenset({"CVL", "REB", "BUS", "MED", "JUD", "OPP", "EDU", "LAB"})
# Types whose target is often left to context ("Japan lodged a protest"), but for force
# posture (often aimed at no one), meetings ("Zelensky spoke Russian" names no partner) and
# agreements ("signed the bill"), whose parties a sentence names when there are any.
UNTARGETED_TYPES = frozenset({"MOBILIZE", "CONSULT", "AGREE"})
# Nominal events that stand without a target ("Russia's troop buildup"); the rest need one.
NOMINAL_UNTARGETED = frozenset({"MOBILIZE", "PROTEST"})
RECIPROCALS = {"other", "another", "each"}  # "accused each other", "one another"
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
# Nouns whose clause says what is demanded, refused or threatened (its subject is the target).
CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE"})
# Speech verbs: a violent act someone says another did is their accusation.
SPEECH_VERBS = frozenset({"say", "claim", "allege", "insist", "state", "announce", "tell"})
CLAIMED_TYPES = frozenset({"ASSAULT", "COERCE"})
# Verbal event types (QuadClass 1 and 3) reach into the clause they govern for a target.
VERBAL_QUAD_CLASSES = (1, 3)
NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


@dataclass
class Found:
    """A trigger with its entry and the tokens its arguments hang from."""

    entry: Entry
    trigger: Token  # the word that names the event (verb, or event noun)
    anchor: Token  # the clause head the event's modality, subject and date hang from
    light: Token | None = None  # a light verb governing an event noun

    @property
    def verb(self) -> Token:
        """The verb whose subject and objects are the event's arguments."""
        return self.light if self.light is not None else self.trigger


@dataclass
class Coded:
    """One event of a sentence: trigger, actor, target and the type it was coded as."""

    found: Found
    actor: Actor
    target: Actor | None
    type: str
    cameo: str
    construction: str


class SentenceCoder:
    """Finds the events of one sentence."""

    def __init__(self, lexicon: Lexicon, resolver: Resolver) -> None:
        self.lex = lexicon
        self.resolver = resolver
        self.acts = lexicon.classes.get("acts", frozenset())
        self.quantities = lexicon.classes.get("quantities", frozenset())
        self.forces = lexicon.classes.get("forces", frozenset())
        self.answers = lexicon.classes.get("answers", frozenset())
        self.places = lexicon.classes.get("places", frozenset())

    # -- triggers -----------------------------------------------------------------------------
    def noun_entry(self, tok: Token) -> Entry | None:
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
                if any(p.dep_ == "pobj" and (p.lemma_.lower() in objects or p.lower_ in objects)
                       for p in child.children):
                    return True
        return False

    def verb_entry(self, tok: Token) -> Entry | None:
        """The best entry for a verb: one whose particle and object class both match, then one
        whose object class matches ("meet demands"), then a plain one ("meet")."""
        entries = self.lex.verbs.get(tok.lemma_.lower(), ())
        if not entries:
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")}
        objects = self._objects(tok) if any(e.objects for e in entries) else set()
        best: tuple[int, Entry] | None = None
        for entry in entries:
            if entry.extra and entry.extra not in particles:
                continue
            if entry.objects and not (objects & entry.objects):
                continue
            rank = 2 * bool(entry.extra) + bool(entry.objects)
            if best is None or rank > best[0]:
                best = (rank, entry)
        return best[1] if best else None

    @staticmethod
    def _objects(verb: Token) -> set[str]:
        """Lemmas of a verb's objects (and of their "of" and compound words); ``PERSON`` when
        an object is a person's name, so a class can admit "released Paul Whelan"."""
        words: set[str] = set()
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "nsubjpass", "dative", "attr"):
                continue
            words |= {obj.lemma_.lower(), obj.lower_}
            if obj.ent_type_ == "PERSON" or (obj.pos_ == "PROPN" and not obj.ent_type_):
                words.add("person")
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    words |= {p.lemma_.lower() for p in c.children if p.dep_ == "pobj"}
                if c.dep_ == "compound":
                    words.add(c.lemma_.lower())
        for comp in verb.children:  # "said that Libya *must* hand over": a demand
            if comp.dep_ == "ccomp":
                words |= {a.lower_ for a in comp.children if a.dep_ == "aux"}
            # What is said of someone: "said the launch was an *unacceptable* act",
            # "described the move as *hostile*", "calling it an *unprovoked* attack".
            if comp.dep_ in ("ccomp", "oprd", "xcomp") or (comp.dep_ == "prep"
                                                           and comp.lower_ == "as"):
                words |= {t.lemma_.lower() for t in comp.subtree if t.pos_ in ("ADJ", "NOUN")}
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.ent_type_ and obj.ent_id_ != "media":
                words.add("actor")  # "recognised Kosovo"
            if obj.dep_ == "dobj":
                words |= {t.lemma_.lower() for c in obj.children if c.dep_ in ("oprd", "appos")
                          for t in c.subtree if t.pos_ in ("ADJ", "NOUN")}
        if verb.dep_ == "acl":  # "troops stationed near": the noun is what is stationed
            words |= {verb.head.lemma_.lower(), verb.head.lower_}
        # "supplies Ukraine with weapons"
        words |= {p.lemma_.lower() for p in SentenceCoder._pobjs(verb, ["with"])}
        return words

    def _light_objects(self, verb: Token) -> list[tuple[Token, Entry]]:
        """Event nouns a light verb governs, each of a coordination: "carrying out missile
        tests and military drills"."""
        out: list[tuple[Token, Entry]] = []
        # "responded with airstrikes": the instrument is the event.
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        objects += self._pobjs(verb, ["with"])
        # "agreed to a sanctions package": a light entry with a preposition takes its object.
        objects += self._pobjs(verb, [e.extra for e in self.lex.light.get(verb.lemma_.lower(), ())
                                      if e.extra])
        for child in objects:
            candidates = [child]
            if child.lemma_.lower() in self.answers:  # "claimed responsibility for the bombing"
                candidates += self._pobjs(child, ["for"])
            if child.lemma_.lower() in self.quantities:  # "a raft of sanctions", "$5m in aid"
                candidates += [p for c in child.children if c.dep_ == "prep"
                               and c.lower_ in ("of", "in") for p in c.children if p.dep_ == "pobj"]
            if self.noun_entry(child) is None:  # "sanction powers", not "live-fire drills"
                candidates += [c for c in child.children if c.dep_ == "compound"]
            for noun in candidates:
                for cand in [noun, *noun.conjuncts]:
                    entry = self.noun_entry(cand)
                    if entry is not None and cand not in (t for t, _ in out):
                        out.append((cand, entry))
            if out:
                break
        return out

    def triggers(self, sent: Span) -> Iterator[Found]:
        consumed: set[int] = set()
        for tok in sent:
            if tok.tag_ in VERB_TAGS or tok.pos_ == "VERB":
                if tok.lemma_.lower() in self.lex.light:
                    hits = self._light_objects(tok)
                    for noun, entry in hits:
                        consumed.add(noun.i)
                        yield Found(entry, noun, tok, light=tok)
                    if hits:
                        continue
                entry = self.verb_entry(tok)
                if entry is not None:
                    yield Found(entry, tok, tok)
        for tok in sent:
            if tok.i in consumed or tok.pos_ not in ("NOUN", "PROPN") or self._is_theme(tok):
                continue
            entry = self.noun_entry(tok)
            if entry is not None:
                yield Found(entry, tok, self._noun_anchor(tok))

    def _is_theme(self, noun: Token) -> bool:
        """An event noun that is what another event is about ("condemned the invasion",
        "suspended talks", "the cancellation of dialogues") is not an event of its own here."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head is not head:
            head = head.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            return False
        if head.pos_ in ("NOUN", "PROPN"):
            entry = self.noun_entry(head)
        elif head.lemma_.lower() in self.lex.light:
            return False
        else:
            entry = self.verb_entry(head)
        # Agreeing to or backing an act does it: "sanctions were agreed to by the bloc".
        return entry is not None and entry.type not in ("AGREE", "SUPPORT")

    @staticmethod
    def _noun_anchor(noun: Token) -> Token:
        """The verb whose clause a nominal event sits in (for modality and dates)."""
        node = noun
        for _ in range(4):
            if node.dep_ not in ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj",
                                 "appos") or node.head is node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return noun

    # -- arguments ----------------------------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """The subject tokens of a verb and whether it is passive (subject = target).

        A verb with no subject of its own takes the subject of the clause that governs it
        ("agreed to cooperate", "met X and signed", "admitted to shooting down"), or its object
        under object control ("urged Russia to withdraw"); a relative clause or participle takes
        the noun it modifies, when that noun names an actor.
        """
        node = verb
        for _ in range(6):
            agents = self._pobjs(node, ["by"], deps=("agent",))
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
                node = node.head.head
                if node.pos_ not in ("VERB", "AUX"):
                    break
                continue
            if node.dep_ not in SUBJECT_INHERIT_DEPS or node.head is node:
                break
            link = node.dep_
            node = node.head
            if node.dep_ == "prep" and node.head is not node:  # "admitted to shooting down"
                node = node.head
            if link in ("xcomp", "pcomp"):
                objects = [c for c in node.children if c.dep_ == "dobj"]
                if node.lemma_ == "call":
                    objects += self._pobjs(node, ["on"])
                if objects and self.resolver.resolve_all(objects[0]):
                    return objects[:1], False
        return [], False

    @staticmethod
    def _pobjs(head: Token, preps: Iterable[str],
               deps: tuple[str, ...] = ("prep", "agent", "dative")) -> list[Token]:
        wanted = set(preps)
        return [p for c in head.children if c.dep_ in deps and c.lower_ in wanted
                for p in c.children if p.dep_ == "pobj"]

    def target_slots(self, found: Found, passive: bool) -> list[Token]:
        """Where the target may stand, most trusted first, per the entry's ``targets``."""
        entry = found.entry
        heads: list[Token] = []
        if found.light is not None:
            # The noun's own prepositions first, then the light verb's ("imposed X on Russia").
            heads += self._pobjs(found.trigger, entry.targets)
            light_entries = self.lex.light.get(found.light.lemma_.lower(), ())
            preps = set(entry.targets) | {p for e in light_entries for p in e.targets}
            heads += self._pobjs(found.light, preps - {"dobj", "dative"})
            # "gave the Ivory Coast $5m of aid"; "undertook a mediation mission between ..."
            heads += [c for c in found.light.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            if found.trigger.dep_ == "compound":
                heads += self._pobjs(found.trigger.head, entry.targets)
        elif entry.pos == "noun":
            heads += self._pobjs(found.trigger, entry.targets)
            # "a suspension of air links with Serbia"
            heads += [p for obj in self._pobjs(found.trigger, ["of"])
                      for p in self._pobjs(obj, COMPLEMENT_PREPS)]
        else:
            verb = found.trigger
            for where in entry.targets:
                if where in ("dobj", "dative"):
                    dep = "nsubjpass" if passive and where == "dobj" else where
                    heads += [c for c in verb.children if c.dep_ == dep]
                elif where == "ccomp":  # the subject of the clause: "said *Sudan* must return"
                    heads += [s for c in verb.children if c.dep_ == "ccomp"
                              for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                else:
                    heads += self._pobjs(verb, [where])
                    for obj in (c for c in verb.children if c.dep_ == "dobj"):
                        heads += self._pobjs(obj, [where])
                        # "withdrawing troops deployed near Ukraine's borders"
                        heads += [p for acl in obj.children if acl.dep_ == "acl"
                                  for p in self._pobjs(acl, [where])]
            # "boycott all contact with the United States", "refusing admittance to Ghanaians"
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for inner in (obj, *self._pobjs(obj, ["of"])):  # "$70m of aid for Romania"
                    heads += self._pobjs(inner, COMPLEMENT_PREPS)
        return heads

    def targets(self, found: Found, passive: bool, own: list[Actor]
                ) -> tuple[list[Actor], Token | None, bool]:
        """Target actors, the token they came from, and whether the target is left open.

        Open means the sentence gives the target slot no concrete filler: nothing there, or
        only a pronoun or a reference to an act ("rejected those demands", "condemned the
        attack"), whose party the document named before. Candidates naming only the actor
        itself (``own``) are passed over: "refused to lift Trump-era sanctions".
        """
        heads = self.target_slots(found, passive)
        verbal = self.lex.cameo[found.entry.cameo].quad_class in VERBAL_QUAD_CLASSES
        if found.entry.pos != "noun" or found.light is not None:
            if verbal:
                heads += self._complement_arguments(found.verb)
            heads += self._purpose_objects(found.verb)
        if found.entry.pos == "noun" and found.entry.type in CONTENT_TYPES:
            # "the West's refusal to acknowledge Russia's demands", "demands that NATO ..."
            heads += self._complement_arguments(found.trigger, ("acl", "relcl"))
        for head in heads:
            actors = [a for a in self.resolver.resolve_all(head)
                      if all(distinct(o, a) for o in own)]
            if actors:
                return actors, head, False
        return [], heads[0] if heads else None, all(self._implicit(h, verbal) for h in heads)

    def _act_type(self, tok: Token) -> str | None:
        """The event type an act noun names ("the strikes" -> ASSAULT), if it is a trigger."""
        entry = self.noun_entry(tok)
        return entry.type if entry else None

    def _implicit(self, tok: Token, verbal: bool = True) -> bool:
        """A filler that leaves its party to context: a pronoun, an act, a place named by a
        common noun ("the neighbouring country", "the island"), or, for verbal events, a role
        with no nationality ("called on soldiers there", "summoned the ambassador")."""
        lemma = tok.lemma_.lower()
        return self._refers_to_act(tok) or lemma in self.places or (
            verbal and lemma in self.resolver.kb.roles)

    def _refers_to_act(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":
            return tok.lower_ not in REFLEXIVES
        lemma = tok.lemma_.lower()
        return lemma in self.acts or bool(self.lex.nouns.get(lemma) or self.lex.nouns.get(tok.lower_))

    def _complement_arguments(self, verb: Token, deps: tuple[str, ...] = ("xcomp", "ccomp")
                              ) -> list[Token]:
        """Arguments of the clause a speech or intent verb governs, for its target:
        "threatened to break relations *with Russia*", "said *Sudan* must return"."""
        out: list[Token] = []
        for comp in verb.children:
            if comp.dep_ not in deps:
                continue
            out += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")
                    and c.lower_ not in RELATIVE_PRONOUNS]
            out += self._pobjs(comp, COMPLEMENT_PREPS)
            for obj in (c for c in comp.children if c.dep_ == "dobj"):
                for inner in (obj, *self._pobjs(obj, ["of"])):
                    out += self._pobjs(inner, COMPLEMENT_PREPS)
            if deps != ("xcomp", "ccomp"):  # one clause deeper: "demands that include NATO ..."
                out += self._complement_arguments(comp)
            # "threatened to strike unless Israel rescinded ...": the condition's subject.
            out += [s for cond in comp.children if cond.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in cond.children)
                    for s in cond.children if s.dep_ in ("nsubj", "nsubjpass")]
        return out

    @staticmethod
    def _purpose_objects(verb: Token) -> list[Token]:
        """Objects of a purpose clause: "broadening powers in order to target Russian firms"."""
        depth = len(list(verb.ancestors))
        return [c for node in verb.subtree
                if node.pos_ == "VERB" and node is not verb
                and node.dep_ in ("acl", "advcl")
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                and len(list(node.ancestors)) - depth <= 4
                for c in node.children if c.dep_ == "dobj"]

    def noun_actors(self, noun: Token) -> list[Actor]:
        """Actors named inside a nominal event: "Russia's exercise", "EU sanctions",
        "the Trump-Kim summit". A place in a compound is where, not who ("Karabakh deal")."""
        out: list[Actor] = []
        for child in noun.children:
            if child.dep_ == "poss":
                out += self.resolver.resolve_all(child)
            elif child.dep_ in NOUN_ACTOR_DEPS:
                for tok in child.subtree:
                    if tok.dep_ in ("compound", "amod", "nmod", "poss") or tok is child:
                        actor = self.resolver.entity_actor(tok, noun)
                        if actor is not None and self.resolver.kind_of(tok) != "place":
                            out.append(actor)
        out += [a for p in self._pobjs(noun, ["by"]) for a in self.resolver.resolve_all(p)]
        unique: dict[str, Actor] = {}
        for actor in out:
            unique.setdefault(actor.code, actor)
        return list(unique.values())

    # -- events -------------------------------------------------------------------------------
    def code(self, sent: Span) -> Iterator[Coded]:
        """Every event the sentence states, one per (actor, target) pair."""
        for found in self.triggers(sent):
            for coded in self._code_trigger(found):
                yield coded
                claim = self._claim(coded)
                if claim is not None:
                    yield claim

    def _claim(self, coded: Coded) -> Coded | None:
        """ "Yerevan said Azeri forces shelled the region": the speaker accuses the actor."""
        anchor = coded.found.anchor
        if coded.type not in CLAIMED_TYPES or coded.construction.endswith("-reverse") \
                or anchor.dep_ != "ccomp" or anchor.head.lemma_.lower() not in SPEECH_VERBS \
                or anchor.i < anchor.head.i:  # "..., police said": a source, not a claim
            return None
        speakers = [a for t in self.subjects(anchor.head)[0] for a in self.resolver.resolve_all(t)]
        if not speakers or not distinct(speakers[0], coded.actor):
            return None
        return Coded(coded.found, speakers[0], coded.actor, "ACCUSE", "112",
                     coded.construction + "-claim")

    def _code_trigger(self, found: Found) -> Iterator[Coded]:
        entry = found.entry
        construction = "light" if found.light is not None else entry.pos
        nominal = entry.pos == "noun" and found.light is None
        slot: Token | None = None
        if nominal:
            actors = self.noun_actors(found.trigger)
            pair = [a for b in self._pobjs(found.trigger, ["between"])
                    for a in self.resolver.resolve_all(b)]
            if pair:
                targets, open_target = pair, False
            else:
                targets, slot, open_target = self.targets(found, False, actors)
            if not actors and len(pair) >= 2:
                actors, construction = pair, "nominal-between"
            if not actors and entry.type in SYMMETRIC_TYPES and any(
                    c.dep_ == "poss" and c.lower_ == "their" for c in found.trigger.children):
                actors, construction = self.resolver.last_pair(), "nominal-their"
            if not actors and entry.type in SYMMETRIC_TYPES and targets \
                    and found.anchor is not found.trigger:
                # "Pelosi spoke during a meeting with Tsai": the clause's subject takes part.
                subj_tokens, passive = self.subjects(found.anchor)
                if not passive:
                    actors = [a for t in subj_tokens for a in self.resolver.resolve_all(t)]
                    construction = "nominal-clause"
        else:
            if entry.mode == "intent" and self._conflictual_complement(found.verb):
                return  # "vowed to hit Russia" is a threat, not an agreement
            if "ccomp" in entry.targets and all(
                    c.i < found.verb.i for c in found.verb.children if c.dep_ == "ccomp"):
                return  # "X did Y, officials said": the speech verb only names a source
            subj_tokens, passive = self.subjects(found.verb)
            actors = [a for t in subj_tokens for a in self.resolver.resolve_all(t)]
            targets, slot, open_target = self.targets(found, passive, actors)
            if passive:
                construction += "-passive"
        if not actors or (nominal and not targets and len(actors) < 2
                          and entry.type not in NOMINAL_UNTARGETED):
            return
        if slot is not None and slot.lower_ in REFLEXIVES:
            return  # "Ukraine will defend itself": no other party
        kind, cameo = entry.type, entry.cameo
        if entry.mode == "visit" and not nominal and any(
                t.lemma_.lower() in self.forces for t in subj_tokens):
            kind, cameo = "MOBILIZE", "152"  # "troops arrived in Sierra Leone": a deployment
        if entry.mode == "missile test" and targets:
            kind, cameo = "ASSAULT", "195"  # "fired rockets at Israel": a test has no target
        with_partners = self._pobjs(found.trigger, ["with"])
        if entry.joint_type and (with_partners or any(c.lower_ == "joint"
                                                      for c in found.trigger.children)):
            # "joint exercise", "drills with Belarus": cooperation between the parties.
            kind, cameo = entry.joint_type, entry.joint_cameo or entry.cameo
            partners = [a for p in with_partners for a in self.resolver.resolve_all(p)]
            targets = partners or targets
            slot = with_partners[0] if partners else slot
        reciprocal = slot is None or slot.lower_ in RECIPROCALS
        if not targets and len(actors) >= 2 and (kind in SYMMETRIC_TYPES or reciprocal
                                                 or construction == "nominal-between"):
            # A joint subject or "fighting between X and Y": each party acts on the others.
            for actor in actors:
                for other in actors:
                    if other.code != actor.code:
                        yield Coded(found, actor, other, kind, cameo, construction + "-joint")
            return
        mutual = kind == "CONSULT" or (kind in SYMMETRIC_TYPES and (
            construction == "nominal-between" or slot is None
            or slot.head.lower_ in ("with", "between")))
        # Context stands in for a filler that refers back ("around the island"), and, but for
        # types often aimed at no one, for a slot the sentence leaves empty.
        contextual = open_target and not nominal and (kind not in UNTARGETED_TYPES
                                                      or slot is not None)
        for actor in actors:
            mine = [t for t in targets if distinct(actor, t)]
            if targets and not mine:
                continue  # the only party named is the actor itself
            how = construction
            if not mine and contextual:
                # An act refers back to the last reported actor; a bare slot to the partner.
                salient = (self.resolver.last_event_actor(actor.code, self._act_type(slot))
                           if slot is not None and self._refers_to_act(slot) else None)
                salient = salient or self.resolver.salient(exclude=actor.code)
                if salient is not None:
                    mine, how = [salient], construction + "-context"
            if not mine and entry.mode in ("claim", "describe"):
                continue  # what was said of no one in particular is no accusation
            for target in mine or [None]:
                yield Coded(found, actor, target, kind, cameo, how)
                if target is not None and mutual:
                    yield Coded(found, target, actor, kind, cameo, how + "-reverse")

    def _conflictual_complement(self, verb: Token) -> bool:
        for comp in verb.children:
            if comp.dep_ == "xcomp":
                entries = [self.verb_entry(comp)] + [e for _, e in self._light_objects(comp)]
                if any(e is not None and self.lex.cameo[e.cameo].quad_class >= 3
                       for e in entries):
                    return True
        return False


def distinct(actor: Actor, target: Actor) -> bool:
    """Whether a target is another party: another state or group, or within one state a
    civilian, rebel, business or judicial party facing the state or each other."""
    if target.code != actor.code:
        return True
    sectors = {actor.sector, target.sector}
    return len(sectors) == 2 and bool(sectors & DOMESTIC_SECTORS)
