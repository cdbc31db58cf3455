"""Coding one sentence: the events each trigger (:mod:`triggers`) makes, with the actors and
targets :mod:`arguments` finds for it.

What is coded here rather than found in the parse: claims (an attack a speaker tells of is the
speaker's accusation), joint and mutual events, types a context changes (a visit by troops is a
deployment, a strike by workers a labour strike, a fired missile with a target an attack), and
targets the sentence leaves to the story ("condemned the act", "the island", "its neighbour").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .actions import Lexicon
from .actions.types import (
    FORCE_TYPES,
    NOMINAL_UNTARGETED,
    RESPONSE_TYPES,
    SYMMETRIC_TYPES,
    UNTARGETED_TYPES,
)
from .actors.resolve import Resolver
from .arguments import (
    DOMESTIC_SECTORS,
    PLACE_PREPS,
    REFLEXIVES,
    Arguments,
    WordClasses,
    distinct,
)
from .modality import classify
from .model import Actor
from .triggers import Found, Triggers, pobjs

# Prepositions that say where or when, not with whom ("clashed near the border on Monday").
SETTING_PREPS = frozenset(PLACE_PREPS) | {"at", "on", "along", "during", "after", "before",
                                          "since", "around"}
# "The two countries", "both nations", "the three states": how many were named before.
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A speaker's words of consequences warn only of what will or could follow.
WARNING_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll"})
# "Ordered French troops to leave": the verbs of a demanded withdrawal.
LEAVING = frozenset({"leave", "withdraw", "depart", "quit", "go", "exit"})
# "The army" with no nationality is the last-named party of these sectors.
ARMED_SECTORS = frozenset({"MIL", "COP", "REB"})
# Who acts during protests without protesting ("police fired tear gas during protests").
AUTHORITY_SECTORS = frozenset({"COP", "MIL", "GOV", "IGO", "JUD"})
# Whose "strike" is a labour strike.
CIVILIAN_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "BUS", "MED"})
# Acts a speaker who tells of them accuses their doer of: force.
CLAIMED_TYPES = FORCE_TYPES
RECIPROCALS = {"other", "another", "each"}  # "accused each other", "one another"


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


class SentenceCoder(Arguments):
    """Finds the events of one sentence."""

    def __init__(self, lexicon: Lexicon, triggers: Triggers, resolver: Resolver,
                 words: WordClasses) -> None:
        super().__init__(lexicon, triggers, resolver, words)
        self.earlier: list[Coded] = []  # the sentence's events so far, for act references

    # -- targets left to the story ------------------------------------------------------------

    def _act_actor(self, slot: Token, found: Found, actor: Actor) -> Actor | None:
        """Who did the act a word refers back to ("dismissed the move", "condemned the
        strikes"): an earlier event of the same sentence, else of the document."""
        for coded in reversed(self.earlier):
            if coded.found.trigger.i < slot.i and coded.found.trigger != found.trigger \
                    and coded.actor.code != actor.code:
                return coded.actor
        return self.resolver.last_event_actor(actor.code, self._act_type(slot),
                                              hostile=found.entry.type in RESPONSE_TYPES)

    def _earlier_target(self, actor: Actor) -> Actor | None:
        """The last party other than ``actor`` an earlier event of the sentence was aimed at."""
        return next((c.target for c in reversed(self.earlier)
                     if c.target is not None and c.target.code != actor.code), None)

    def _last_to_act_on(self, actor: Actor, kind: str | None = None) -> Actor | None:
        """Who last did something (of ``kind``, when given) to ``actor``, in this sentence or
        before: what its "retaliation" or "response" answers, whom its denial answers."""
        for coded in reversed(self.earlier):
            if coded.target is not None and coded.target.code == actor.code \
                    and coded.actor.code != actor.code and kind in (None, coded.type):
                return coded.actor
        return self.resolver.last_to_act_on(actor.code, kind)

    # -- events -------------------------------------------------------------------------------
    def code(self, sent: Span) -> Iterator[Coded]:
        """Every event the sentence states, one per (actor, target) pair."""
        self.earlier = []
        for found in self.triggers.triggers(sent):
            for coded in self._code_trigger(found):
                self.earlier.append(coded)
                claim = self._claim(coded)
                coded.claimed = claim is not None
                yield coded
                if claim is not None:
                    yield claim

    def _claim(self, coded: Coded) -> Coded | None:
        """ "Yerevan said Azeri troops shelled villages": the speaker accuses the actor."""
        if coded.type not in CLAIMED_TYPES or coded.construction.endswith("-reverse"):
            return None
        # The clause said, the act's own or one it is told in ("said Ukrainians were suffering
        # an attack by Russian forces").
        anchor = coded.found.anchor
        for _ in range(4):
            if anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in self.words.claims:
                break
            if anchor.head == anchor:
                return None
            anchor = anchor.head
        else:
            return None
        if anchor.i < anchor.head.i:  # "..., police said": a source, not a claim
            return None
        told = classify(coded.found.anchor)
        if told.negated or told.modality in ("future", "hypothetical"):
            return None  # "said he would not support an Israeli strike": no strike is claimed
        speakers = self.resolver.resolve_each(self.subjects(anchor.head)[0])
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
            actors = self.noun_actors(found.trigger, entry.type)
            if not actors and found.trigger.dep_ == "dobj" \
                    and found.anchor.lemma_.lower() in self.words.provocations:
                # "the invasion drew condemnation from the G7", the "from" hung on the verb
                actors = self.resolver.resolve_each(pobjs(found.anchor, ["from"]))
            pair = self.resolver.resolve_each(pobjs(found.trigger, ["between"]))
            if pair:
                targets, open_target = pair, False
            else:
                targets, slot, open_target = self.targets(found, False, actors)
            if not actors and len(pair) >= 2:
                actors, construction = pair, "nominal-between"
            if not actors and entry.type in SYMMETRIC_TYPES and any(
                    c.dep_ == "poss" and c.lower_ == "their" for c in found.trigger.children):
                actors, construction = self.resolver.last_pair(), "nominal-their"
            if not actors and (entry.type in SYMMETRIC_TYPES and targets
                               or entry.type == "PROTEST") \
                    and found.anchor != found.trigger \
                    and not any(c.dep_ == "poss" for c in found.trigger.children) \
                    and found.trigger.head.lower_ != "against":  # "warning against a deal"
                # "Pelosi spoke during a meeting with Tsai", "youths threw stones during
                # demonstrations": the clause's subject takes part.
                subj_tokens, passive = self.subjects(found.anchor)
                if not subj_tokens:
                    # "Lavrov said he was disappointed by talks with Truss": who speaks of
                    # the talks took part in them.
                    root = found.trigger.sent.root
                    if root.lemma_.lower() in self.words.claims:
                        subj_tokens, passive = self.subjects(root)
                if not passive:
                    actors = [a for t in subj_tokens for a in self.resolver.resolve_all(t)
                              # police acting during protests are not protesting
                              if entry.type != "PROTEST" or a.sector not in AUTHORITY_SECTORS]
                    construction = "nominal-clause"
            anchor = found.anchor
            if actors and not targets and found.trigger.dep_ == "dobj" \
                    and anchor.lemma_.lower() in self.words.provocations:
                # "China landed a plane there, prompting a protest from Vietnam": aimed at China
                provoker, passive = self.subjects(anchor)
                if not passive:
                    targets = [a for t in provoker for a in self.resolver.resolve_all(t)
                               if all(distinct(b, a) for b in actors)]
            if not actors and found.trigger.dep_ in ("nsubj", "nsubjpass") \
                    and found.trigger.head == anchor and anchor.dep_ == "ccomp" \
                    and anchor.i > anchor.head.i and anchor.head.lemma_.lower() in self.words.claims \
                    and classify(anchor).modality in ("future", "hypothetical"):
                # "Britain said more sanctions would follow": the speaker's own measures
                speaker, passive = self.subjects(anchor.head)
                if not passive:
                    actors = self.resolver.resolve_each(speaker)
                    construction = "nominal-announced"
        else:
            if entry.mode == "intent" and self._conflictual_complement(found.verb):
                return  # "vowed to hit Russia" is a threat, not an agreement
            if entry.type == "THREATEN" and self._warns_of_another(found.verb):
                return  # "warned that a Russian invasion could begin": a forecast
            if entry.mode == "warn" and not any(
                    a.dep_ == "aux" and a.lower_ in WARNING_MODALS
                    for c in found.verb.children if c.dep_ == "ccomp"
                    for clause in (c, *c.conjuncts) for a in clause.children):
                return  # "in what it said was retaliation": said of a deed, not a warning
            if "ccomp" in entry.targets and all(
                    c.i < found.verb.i and not (entry.mode == "claim" and quoted(c))
                    for c in found.verb.children if c.dep_ == "ccomp"):
                # "X did Y, officials said": the speech verb only names a source (but what a
                # speaker calls aggression in a quote is the speaker's accusation)
                return
            subj_tokens, passive = self.subjects(found.verb)
            actors = self.resolver.resolve_each(subj_tokens)
            if not actors and not passive:
                actors = self._located(subj_tokens, found.verb)
            if not actors and passive and entry.mode == "expel":
                # "Russian diplomats were expelled from Poland": who expels is whence
                actors = self.resolver.resolve_each(pobjs(found.verb, ["from"]))
            owners = self._others_forces(found.verb, actors) if entry.mode == "deploy" else []
            leave = entry.mode == "deploy" and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING for c in found.verb.children)
            if owners or leave:
                # "ordered French troops to leave": not the actor's own deployment, but a
                # demand that the other withdraw (CAMEO 106); "ordered its troops to
                # withdraw" is the withdrawal, coded as such
                yield from (Coded(found, a, o, "REQUEST", "106", construction + "-leave")
                            for a in actors for o in owners if leave)
                return
            if entry.mode in ("deploy", "mobilize") and found.light is None and not entry.objects \
                    and self._civil_object(found.verb):
                return  # "mobilised pressure groups", "deployed diplomats": no force moved
            targets, slot, open_target = self.targets(found, passive, actors)
            if entry.mode == "mediate" and not targets:
                targets = self._deal_parties(found.verb)  # "a truce brokered by Qatar"
            if passive:
                construction += "-passive"
        if not actors:
            return
        if nominal and not targets and len(actors) < 2 and entry.type not in NOMINAL_UNTARGETED:
            # No event without a target, but "said Ukrainians suffer an attack by Russian
            # forces" still accuses the attacker.
            claim = self._claim(Coded(found, actors[0], None, entry.type, entry.cameo,
                                      construction))
            if claim is not None:
                yield claim
            return
        if slot is not None and slot.lower_ in REFLEXIVES:
            return  # "Ukraine will defend itself": no other party
        if not targets and entry.type == "SANCTION":
            targets = self._named_in_compound(found.trigger, actors)  # "Russia sanctions"
        kind, cameo = entry.type, entry.cameo
        if entry.mode == "retaliate" and not nominal:
            # "will respond", "vowed to retaliate": a threat; "retaliated against X": force;
            # "responded by expelling", "responded that": the act or the words say what.
            told = classify(found.anchor)
            if told.modality not in ("future", "hypothetical"):
                if found.trigger.lemma_.lower() == "respond":
                    return
                kind, cameo = "ASSAULT", "190"
            elif not told.intent:
                return  # "Israel is expected to retaliate": others' forecast, no threat
            if any(not self._hostile_act(x) for x in pobjs(found.trigger, ["to"])):
                return  # "prepares to respond to NATO's proposals" answers no hostile act
            head = found.verb.head
            governing = self.triggers.verb_entry(head) if head != found.verb else None
            if found.verb.dep_ in ("ccomp", "xcomp") and governing is not None \
                    and governing.type == "THREATEN" and governing.mode != "retaliate":
                return  # "warned NATO that it would respond": the warning is the threat
        if entry.mode == "visit" and not nominal and any(
                t.lemma_.lower() in self.words.forces for t in subj_tokens):
            kind, cameo = "MOBILIZE", "152"  # "troops arrived in Sierra Leone": a deployment
        if kind == "ASSAULT" and found.trigger.lemma_.lower() in self.words.walkouts and all(
                a.sector in CIVILIAN_SECTORS for a in actors):
            kind, cameo = "PROTEST", "143"  # "workers began a strike": a labour strike
        if kind == "COERCE" and not nominal and any(
                self._act_type(t) == "ASSAULT" for t in subj_tokens):
            kind, cameo = "ASSAULT", "190"  # "a drone attack set fire to a depot": the attack
        if kind == "ASSAULT" and not nominal and any(
                t.lemma_.lower() == "hacker" for t in subj_tokens):
            kind, cameo = "COERCE", "170"  # "hackers attacked the operator": a cyber-attack
        if entry.mode == "riot" and all(a.sector in ("MIL", "REB") for a in actors):
            kind, cameo = "ASSAULT", "190"  # "the army stormed the city": force, not a riot
        if entry.mode == "missile test" and targets:
            kind, cameo = "ASSAULT", "195"  # "fired rockets at Israel": a test has no target
        with_partners = pobjs(found.trigger, ["with"])
        if entry.joint_type and (with_partners or any(c.lower_ == "joint"
                                                      for c in found.trigger.children)):
            # "joint exercise", "drills with Belarus": cooperation between the parties.
            kind, cameo = entry.joint_type, entry.joint_cameo or entry.cameo
            partners = self.resolver.resolve_each(with_partners)
            targets = partners or targets
            slot = with_partners[0] if partners else slot
        # "accused each other", "restored relations", "exchanged fire", "clashed": the joint
        # subject acts on itself; not "called for restraint", which names something else.
        reciprocal = (slot is not None and slot.lower_ in RECIPROCALS) or (slot is None and (
            # (where or when it happened is no other party: "clashed near the border")
            bool(entry.objects) or not any(
                c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ not in SETTING_PREPS)
                for c in found.verb.children)
            # "Venezuela and Guyana traded accusations"
            or (found.light is not None and found.light.lemma_.lower() in self.words.exchanges)))
        if not targets and len(actors) >= 2 and entry.mode != "mediate" and (
                kind in SYMMETRIC_TYPES or reciprocal or construction == "nominal-between"):
            # A joint subject or "fighting between X and Y": each party acts on the others.
            for actor in actors:
                for other in actors:
                    if other.code != actor.code:
                        yield Coded(found, actor, other, kind, cameo, construction + "-joint")
            return
        # Talks are mutual; a visit is the visitor's act ("A visited B": B CONSULT A is at
        # most optional, and many coders leave it out).
        # (a clash "with" someone is fought by both: "police clashed with armed Serbs")
        mutual = entry.mode != "mediate" and ((kind == "CONSULT" and entry.mode != "visit") or (
            entry.mode == "clash" and slot is not None and slot.head.lower_ == "with") or (
            kind in SYMMETRIC_TYPES and (
                construction == "nominal-between" or slot is None
                # "signed (a pact) with X", not "offered to negotiate with X"
                or (slot.head.lower_ in ("with", "between") and (
                    slot.head.head in (found.trigger, found.verb)
                    or (slot.head.head.dep_ == "dobj"
                        and slot.head.head.head in (found.trigger, found.verb)))))))
        # Context stands in for a filler that refers back ("around the island"), and, but for
        # types often aimed at no one, for a slot the sentence leaves empty.
        contextual = open_target and not nominal and (kind not in UNTARGETED_TYPES
                                                      or slot is not None)
        if kind == "PROTEST" and slot is None and all(a.sector in DOMESTIC_SECTORS
                                                      for a in actors):
            contextual = False  # people protesting at no one named: their own government
        if kind == "REQUEST" and slot is None and pobjs(found.verb, ["for"]):
            contextual = False  # "called for a ceasefire" asks for something, of no one named
        if kind in FORCE_TYPES and slot is not None and slot.lemma_.lower() not in self.words.places:
            # "violated the ceasefire": whose, context cannot tell; but "an operation in the
            # neighbouring country" names a state the story is about.
            contextual = False
        group: list[Actor] = []
        if slot is not None and slot.tag_ == "NNS" and slot.lemma_.lower() in self.words.places:
            contextual = False  # "from nearby countries": several, none of them named
            # ... but "the three countries" are the last three the story named
            count = next((COUNTS[c.lower_] for c in slot.children if c.lower_ in COUNTS), 0)
            group = self.resolver.last_states(count) if count else []
        for actor in actors:
            mine = [t for t in targets if distinct(actor, t)]
            if targets and not mine:
                # The only party named is the actor itself: no event, but a speaker who says
                # it happened still accuses the actor.
                claim = self._claim(Coded(found, actor, None, kind, cameo, construction))
                if claim is not None:
                    yield claim
                continue
            how = construction
            if not mine and slot is not None and slot.lemma_.lower() in self.resolver.kb.roles \
                    and any(c.lower_ == "there" for c in (*slot.children, *found.verb.children)):
                # "called on soldiers there": people of the place just named
                there = self._state_before(slot, actor)
                if there is not None:
                    mine, how = [there], construction + "-there"
            if not mine and group:
                mine, how = [g for g in group if distinct(actor, g)], construction + "-group"
            if not mine and contextual:
                # An act refers back to the last reported actor; a bare slot to the partner.
                if slot is not None and slot.lemma_.lower() in self.words.places:
                    # "the island", "the neighbouring country": a state named just before in
                    # the sentence, else the state the story is about.
                    # "the island" is an island state (classes.tsv island_states)
                    among = self.words.islands if slot.lemma_.lower() == "island" else None
                    salient = None if any(c.dep_ == "poss" for c in slot.children) \
                        else self._state_before(slot, actor, among)  # not "its neighbour"
                    salient = salient or self.resolver.salient_state(actor.code, among) \
                        or self._earlier_target(actor)  # "protested to Albania, ... its neighbour"
                elif slot is not None and self._refers_to_act(slot):
                    salient = self._act_actor(slot, found, actor)
                elif found.trigger.lemma_.lower() in self.words.reactions:
                    salient = self._last_to_act_on(actor)  # "vowed retaliation"
                elif slot is not None and slot.pos_ == "NOUN" \
                        and (sector := self.resolver.role_sector(slot)) in ARMED_SECTORS:
                    # "accusing the army of attacks": the army last named ("the government"
                    # is rather the state the story is about)
                    salient = self.resolver.last_with_sector(sector, exclude=actor.code)
                else:
                    salient = None
                salient = salient or self.resolver.salient(exclude=actor.code)
                if salient is not None:
                    mine, how = [salient], construction + "-context"
            if not mine and kind == "REJECT" and found.trigger.lemma_.lower() == "deny":
                # "Vucic denied any involvement": the denial answers whoever accused him
                accuser = self._last_to_act_on(actor, "ACCUSE")
                if accuser is not None:
                    mine, how = [accuser], construction + "-accuser"
            if not mine and entry.mode in ("claim", "describe"):
                continue  # what was said of no one in particular is no accusation
            for target in mine or [None]:
                yield Coded(found, actor, target, kind, cameo, how)
                if target is not None and mutual:
                    yield Coded(found, target, actor, kind, cameo, how + "-reverse")

    def _warns_of_another(self, verb: Token) -> bool:
        """A warning addressed to no one about what someone else may do: its clause's subject
        is another party or another party's act ("a Russian invasion could begin"), not the
        speaker's own ("warned it would respond", "warned that sanctions would follow")."""
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return False
        clauses = [comp for comp in verb.children if comp.dep_ == "ccomp"]
        if any(t.lemma_.lower() in self.words.consequences for c in clauses for t in c.subtree):
            return False  # "said a British step could end relations": the speaker's
        subjects = [s for comp in clauses
                    for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ == "PRON":
            return False
        said = self.resolver.resolve_each(self.subjects(verb)[0])
        others = self.resolver.resolve_all(subjects[0])
        return bool(others) and all(distinct(s, o) for s in said for o in others)

    def _others_forces(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """The other states whose forces a deployment verb moves, if they are not the actor's."""
        objects = [c for c in verb.children if c.dep_ == "dobj"
                   and c.lemma_.lower() in self.words.forces]
        return [f for obj in objects for f in self.resolver.resolve_all(obj)
                if all(distinct(a, f) for a in actors)]

    def _civil_object(self, verb: Token) -> bool:
        """Whether what a deployment verb moves is something other than forces or arms."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        arms = self.words.forces | self.words.weapons
        return bool(objects) and all(
            o.lemma_.lower() not in arms and o.lower_ not in arms
            and self.resolver.role_sector(o) not in ARMED_SECTORS for o in objects)

    def _deal_parties(self, verb: Token) -> list[Actor]:
        """The parties to the deal a mediator brokered: "Israel and Hamas agreed to a truce
        brokered by Qatar" -> Israel, Hamas."""
        if verb.dep_ not in ("acl", "relcl"):
            return []
        node = verb.head
        for _ in range(3):
            if node.dep_ not in ("pobj", "prep", "dobj") or node.head == node:
                return []
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subjects, passive = self.subjects(node)
                return [] if passive else self.resolver.resolve_each(subjects)
        return []

    def _conflictual_complement(self, verb: Token) -> bool:
        for comp in verb.children:
            if comp.dep_ == "xcomp":
                entries = [self.triggers.verb_entry(comp)]
                entries += [e for _, e in self.triggers.light_objects(comp)]
                if any(e is not None and self.lex.cameo[e.cameo].quad_class >= 3
                       for e in entries):
                    return True
        return False


def quoted(clause: Token) -> bool:
    """Whether a clause stands in quotation marks: the speaker's own words."""
    first = clause.left_edge
    return any(t.is_quote for t in (first, first.nbor(-1) if first.i > 0 else first))
