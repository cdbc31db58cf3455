"""Arguments of a trigger from the parse: who acts (subjects, agents, controllers), whom it
is aimed at (objects and the prepositions the lexicon names, then where the parties stand),
and who a nominal event's own words name. :mod:`coding` turns them into events.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .actions import Lexicon
from .actions.types import (
    AGENTIVE_OF_TYPES,
    CONTENT_TYPES,
    DOMESTIC_MEASURES,
    FORCE_TYPES,
    FROM_AGENT_TYPES,
    PATIENT_OF_TYPES,
)
from .actors.resolve import RELATIVE_PRONOUNS, Resolver
from .dates import DAY_WORDS
from .model import Actor
from .parse import conditions, infinitive, negated, pobjs
from .triggers import Found, Triggers

SUBJECT_INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acomp")
# A bare clause under these, with no subject of its own, is done by their subject: "Ethiopia
# let free 74 leaders", "the junta set free the president".
CAUSATIVES = frozenset({"let", "set"})
CLAUSE_PREPS = ("against", "about", "over")  # "warned against sending troops"
COMPLEMENT_PREPS = ("with", "against", "on", "to", "from", "at", "into", "for", "of", "between")
LAST_RESORT_PREPS = ("with", "against", "on", "to", "at", "into")
VICTIM_PREPS = ("of", "on", "against")  # "the attack on Israel", "the invasion of Ukraine"
# Sectors that make a same-state target a distinct party ("Turkish police ... students").
DOMESTIC_SECTORS = frozenset({"CVL", "REB", "BUS", "MED", "JUD", "OPP", "EDU", "LAB", "LEG"})
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself"}
INDEFINITES = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody",
                         "whoever", "nobody", "those"})  # "those who incited violence"
# Verbal event types (QuadClass 1 and 3) reach into the clause they govern for a target.
VERBAL_QUAD_CLASSES = (1, 3)
# Stances on an act, aimed at its doer, never at its victim ("condemned the invasion of X").
STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT"})
NOUN_ACTOR_DEPS = ("poss", "compound", "amod", "nmod")
# People who belong to where they are: police ("security forces in Khartoum"), soldiers with no
# nationality ("soldiers arrested the president in Bamako": foreign troops are named so) and the rest.
LOCAL_SECTORS = DOMESTIC_SECTORS | {"COP", "MIL"}
# A state's bodies, and the verbal types in which one of them addresses another of its own.
STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
OFFICES = frozenset({"GOV", "LEG", "JUD"})
INSTITUTION_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST", "SUPPORT"})
# The state's own forces and offices, which rebels strike where they stand.
AUTHORITY_ROLES = frozenset({"MIL", "COP", "GOV"})
# "A plane carrying soldiers": what a vessel or vehicle carries is whom an act on it hits.
CARRYING = frozenset({"carry", "transport", "ferry"})
# Verbs of protest, whose unnamed crowds belong to where the protest's phrase places them.
PROTESTING = frozenset({"protest", "demonstrate", "rally", "march"})
# Participles that say what an act is aimed at: "strikes targeting X", "fire directed at X".
AIMING = frozenset({"target", "direct", "aim"})
# Verbs whose clause's subject is who is let do something, the party a refusal is aimed at.
PERMISSIONS = frozenset({"allow", "let", "permit"})
# "the ISIS-held area", "Houthi-controlled districts": who holds a place that force is used on
HOLDING = frozenset({"hold", "control", "occupy", "run"})
PLACE_PREPS = ("in", "across", "throughout", "outside", "inside", "near")
# Where an act was done ("at a mosque in Quetta", "near the border town"), and the phrases under
# an act that are not its own: its subject, and clauses with events of their own.
LOCATIVE_PREPS = frozenset({*PLACE_PREPS, "at", "around", "over"})
OWN_PHRASES = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl", "conj",
                         "parataxis", "xcomp", "agent"})
# Words that are auxiliaries: a noun the tagger read as one ("militants attack") is a subject.
AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "does",
                         "do", "did", "will", "would", "can", "could", "may", "might", "shall",
                         "should", "must", "to", "'s", "'re", "'ve", "'ll", "'d", "wo", "ca"})


class WordClasses:
    """The word classes of ``classes.tsv`` (and the lexicon's event nouns) that coding and
    resolution read, looked up once per extractor rather than for every sentence."""

    def __init__(self, lexicon: Lexicon) -> None:
        def get(name: str) -> frozenset[str]:
            return lexicon.classes.get(name, frozenset())

        self.acts = get("acts")
        self.places = get("places")
        self.aidgoods = get("aidgoods")
        self.controllers = get("controllers")
        self.accusations = get("accusations")
        self.sanctions = get("sanctions")
        self.dissent = get("dissent")  # strikes and boycotts, which a party can end
        self.frontiers = get("frontiers")  # borders and crossings, which two states share
        self.hostilities = get("hostilities")  # attacks a party can halt or suspend
        # what a party eases, ends or halts "against" someone: the eased party is its target
        self.eased = self.sanctions | self.dissent | self.hostilities
        self.proposals = get("proposals") | get("demands")
        self.exchanges = get("exchanges")
        self.forces = get("forces")
        self.consequences = get("consequences")
        self.captives = get("captives")
        self.weapons = get("weapons")
        self.walkouts = get("walkouts")
        self.provocations = get("provocations")
        self.islands = frozenset(code.upper() for code in get("island_states"))
        self.reactions = get("reactions")
        self.crowds = get("crowds")  # "thousands", "crowds": people, when no "of" says who
        self.custody = get("custody")  # arrests and sentences: what a state does to people
        self.stances = get("stances")
        self.hazards = get("hazards")  # what a convoy "hits" by mishap: a mine, not a target
        self.collisions = get("collisions")
        self.refugees = get("refugees")  # people who arrive or are taken in, not envoys
        self.displaced = get("displaced")  # people away from their state: not where they are
        self.emergency_rule = get("emergency_rule")  # measures on a state's own people
        self.deeds = get("deeds")  # harm named by its result, whose "by" object did it
        # Speech verbs: a violent act someone says another did is their accusation.
        self.claims = get("claims")
        self.quoting = get("quoting")  # verbs that quote a "we"
        self.reports = get("reports")  # "claims that", "allegations that": who did it
        # Words naming acts, whose "by"/"from" objects name their actor ("a visit by X") ...
        self.act_nouns = frozenset(lexicon.nouns) | self.acts
        # ... and acts done to someone, whose "of" object is who suffered them ("the invasion
        # of Ukraine", "a violation of Lebanon's sovereignty"), not who did them.
        self.patient_acts = frozenset(
            lemma for lemma, entries in lexicon.nouns.items()
            if any(e.type in PATIENT_OF_TYPES for e in entries)) | self.accusations


class ArgumentFinder:
    """Who acts and whom an event is aimed at, on one sentence's parse; the coder holds one."""

    def __init__(self, lexicon: Lexicon, triggers: Triggers, resolver: Resolver,
                 words: WordClasses) -> None:
        self.lex = lexicon
        self.triggers = triggers
        self.resolver = resolver
        self.words = words

    def subjects(self, verb: Token) -> tuple[list[Token], bool]:
        """The subject tokens of a verb and whether it is passive (subject = target).

        A verb with no subject of its own takes the subject of the clause that governs it
        ("agreed to cooperate", "met X and signed", "admitted to shooting down"), or its object
        under object control ("urged Russia to withdraw"); a relative clause or participle takes
        the noun it modifies, when that noun names an actor.
        """
        trailing = self._trailing_participle(verb)
        if trailing is not None:
            return self.subjects(trailing)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not pobjs(verb, ["by"], ("agent",)):
            entry = self.triggers.verb_entry(verb)
            if entry is not None and entry.type != "MOBILIZE":
                return [], True  # "a man convicted of smuggling": he is the one acted on
        node = verb
        for _ in range(6):
            found = self._clause_subject(node, verb)
            if found is not None:
                return found
            step = self._governing(node, verb)
            if step is None:
                break
            if isinstance(step, tuple):
                return step
            node = step
        return [], False

    @staticmethod
    def _trailing_participle(verb: Token) -> Token | None:
        """A participle after the clause is the main clause's, where the parser made it the
        subject of a later verb ("lodged a protest, charging its neighbour with supporting
        dissidents here in what was said to be ...") or hung it on a noun's infinitive
        ("lashed out at the UAE over its decision to normalise ties, accusing it of ...")."""
        if verb.tag_ == "VBG" and (
                verb.dep_ == "csubj" or (verb.dep_ == "advcl" and verb.head.dep_ == "acl")) \
                and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
            root = verb.sent.root  # (found only here: a token's sentence is dear to find)
            if root.i < verb.i:
                return root
        return None

    def _clause_subject(self, node: Token, verb: Token) -> tuple[list[Token], bool] | None:
        """The subject (or passive agent) of ``node``'s own clause, if it has one."""
        agents = pobjs(node, ["by"], deps=("agent",))
        if not agents and node == verb and any(c.dep_ == "auxpass" for c in node.children):
            # "were killed in an Israeli strike": the attack's actor is the agent
            agents = [n for n in pobjs(node, ["in"]) if self.act_type(n) in FORCE_TYPES]
            # "were killed in fighting with the Taliban": the party fought is the agent
            agents = [w for n in agents for w in pobjs(n, ["with"])] or agents
        # nearest subject first: "Armed conflicts: Boko Haram militants attack ..." is
        # parsed with two subjects, the heading's and the sentence's
        # (and a subject the parser hung on the auxiliary: "Egypt and Qatar are mediating")
        kids = [*node.children, *(g for a in node.children if a.dep_ in ("aux", "auxpass")
                                  for g in a.children)]
        for child in sorted(kids, key=lambda c: abs(node.i - c.i)):
            if child.dep_ == "nsubj":
                if child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                    # "the attack in Tillaberi, Niger, that killed 89 soldiers": a place is
                    # where, not who
                    return ([], False) if self._where(node.head) else ([node.head], False)
                # a name the parser split in two subjects ("Prime Minister Lee Nak-yon
                # holds"): the nearer one that names someone
                named = [k for k in kids if k.dep_ == "nsubj" and k is not child
                         and self.resolver.resolve_all(k)]
                if named and not self.resolver.resolve_all(child):
                    return named[:1], False
                return [child], False
            if child.dep_ == "nsubjpass":
                if node != verb and not agents:
                    return [child], False  # raising: "Japan is set to send aid"
                return agents, True
        if agents:
            return agents, True
        if node == verb:
            heads = self._misparsed_subject(node)
            if heads:
                return heads, False
        if node.dep_ == "acl" and node.head.dep_ == "nsubj" and sum(
                c.dep_ == "nsubj" for c in node.head.head.children) > 1:
            # "Palestinian youths resorted to throwing stones ..., officials said", parsed
            # with "youths" a second subject of "said": they are the clause's subject
            return [node.head], False
        return None

    @staticmethod
    def _misparsed_subject(verb: Token) -> list[Token]:
        """A subject the parser hung elsewhere: a headline read as a compound ("Turkey summons
        the Russian ambassador"), a plural noun read as an auxiliary ("Boko Haram militants
        attack a convoy"), or under "after" ("after Brazil rejects his credentials")."""
        if verb.dep_ == "ROOT":
            heads = [c for c in verb.lefts if c.dep_ == "compound" and c.ent_type_]
            heads = heads or [c for c in verb.lefts if c.dep_ == "aux"
                              and c.lower_ not in AUXILIARIES and c.lower_.endswith("s")
                              and any(k.ent_type_ for k in c.lefts)]
            if heads:
                return heads[-1:]
        return [p for m in verb.lefts if m.dep_ == "mark" for p in m.children
                if p.dep_ == "pobj" and p.ent_type_][:1]

    def _governing(self, node: Token, verb: Token
                   ) -> Token | tuple[list[Token], bool] | None:
        """Where a clause with no subject of its own takes one: the noun a relative clause
        or participle describes, the clause that governs it, or that clause's object under
        object control. A token is the next clause to look in; None ends the search."""
        if node != verb and node.dep_ == "acl" and node.tag_ == "VBN":
            return None  # "hanged a man convicted of killing": who killed is not the hangman
        if node.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS
                                        for c in node.children):
            # "the UAE, which Sudan's government accuses": the noun is the object; a
            # subject parsed as a compound is still the subject
            return [c for c in node.lefts if c.dep_ == "compound"][-1:], False
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if self.resolver.resolve_all(node.head) or (
                    node.tag_ != "VBN" and self._is_party(node.head)):
                # "demonstrators protesting": the participle's subject is the people it
                # describes, even when no state is named for them ("troops deployed" is
                # passive: they are not the ones who deploy).
                return [node.head], False
            if infinitive(node):
                return None  # "the decision to release": whose decision is not said here
            node = node.head.head
            return node if node.pos_ in ("VERB", "AUX") else None
        if node.head == node or (node.dep_ not in SUBJECT_INHERIT_DEPS and not (
                node.dep_ == "ccomp" and node.head.lemma_ in CAUSATIVES)):
            return None
        link = node.dep_
        node = node.head
        if node.dep_ == "prep" and node.head != node:  # "admitted to shooting down"
            node = node.head
        if link in ("xcomp", "pcomp") and self._directs(node):
            objects = [c for c in node.children if c.dep_ == "dobj"]
            if node.lemma_ == "call":
                objects += pobjs(node, ["on"])
            if objects and self.resolver.resolve_all(objects[0]):
                return objects[:1], False
        return node

    def _where(self, noun: Token) -> bool:
        """Whether a noun names where something happened: a place in a locative phrase ("in
        Chinagodrar, Tillaberi Region, Niger"), not a party."""
        while noun.dep_ in ("appos", "conj") and noun.head != noun:
            noun = noun.head
        return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS and (
            noun.pos_ == "PROPN" or self.resolver.kind_of(noun) in ("place", "state"))

    def _directs(self, verb: Token) -> bool:
        """Whether a verb's object is who does its complement ("urged Russia to withdraw",
        "accused Belarus of helping"), unlike a purpose ("summoned the ambassador to
        complain": the summoner complains). The verbs are classes.tsv's ``controllers``."""
        lemma = self.triggers.verb_lemma(verb, self.lex.verbs)
        if lemma == "call" and not any(c.lower_ in ("on", "upon") for c in verb.children):
            return False  # "called Morrison to congratulate him": a phone call's purpose
        if lemma in self.words.controllers:
            return True
        entry = self.triggers.verb_entry(verb)
        return entry is not None and entry.type == "REQUEST"

    def _is_party(self, tok: Token) -> bool:
        """A noun for people or a body that could act ("protesters", "troops"), unlike a noun
        for a thing said or done ("a statement condemning")."""
        roles = self.resolver.kb.roles
        return tok.lower_ in roles or tok.lemma_.lower() in roles

    def target_slots(self, found: Found, passive: bool) -> list[Token]:
        """Where the target may stand, most trusted first, per the entry's ``targets``."""
        if found.light is not None:
            return self._light_slots(found)
        if found.entry.pos == "noun":
            return self._noun_slots(found)
        return self._verb_slots(found, passive)

    def _light_slots(self, found: Found) -> list[Token]:
        """The noun's own prepositions first, then the light verb's ("imposed X on Russia")."""
        entry = found.entry
        heads = pobjs(found.trigger, entry.targets)
        light_entries = self.lex.light.get(
            self.triggers.verb_lemma(found.light, self.lex.light), ())
        preps = set(entry.targets) | {p for e in light_entries for p in e.targets}
        heads += pobjs(found.light, preps - {"dobj", "dative"})
        # "gave the Ivory Coast $5m of aid"; "provided Ukraine with aid"
        heads += [c for c in found.light.children if c.pos_ != "ADP" and (
            c.dep_ == "dative" or (c.dep_ == "dobj" and c != found.trigger))]
        if found.trigger.dep_ == "compound":
            heads += pobjs(found.trigger.head, entry.targets)
        return heads + self._of_object_preps(found.trigger) + self._means_used_on(found.light)

    @staticmethod
    def _means_used_on(verb: Token) -> list[Token]:
        """ "opened fire using rubber bullets against Palestinians": whom the means is used
        on (last resort)."""
        return [p for means in verb.children if means.dep_ == "advcl"
                and means.lemma_.lower() in ("use", "employ")
                for o in (means, *(c for c in means.children if c.dep_ == "dobj"))
                for p in pobjs(o, ("against", "on", "at"))]

    def _noun_slots(self, found: Found) -> list[Token]:
        entry = found.entry
        heads = pobjs(found.trigger, entry.targets) + self._of_object_preps(found.trigger)
        if found.anchor != found.trigger:
            # "signed a decree on the deployment of troops to Donetsk", the "to" phrase
            # hung on the clause; not "in", which says where the clause happened
            heads += pobjs(found.anchor, [t for t in entry.targets if t != "in"])
        return heads

    def _verb_slots(self, found: Found, passive: bool) -> list[Token]:
        verb = found.trigger
        heads: list[Token] = []
        for where in found.entry.targets:
            if where in ("dobj", "dative"):
                dep = "nsubjpass" if passive and where == "dobj" else where
                heads += [c for c in verb.children if c.dep_ == dep]
                if dep == "dobj":  # "kidnapped up to 16 advisers", parsed as "up" + "to"
                    heads += [o for c in verb.children if c.lower_ == "up"
                              for o in pobjs(c, ["to"])]
                    heads += self._antecedent_object(verb)
            elif where == "ccomp":  # the subject of the clause: "said *Sudan* must return"
                # (a "that" clause under a verb the tagger took for a noun is its "acl")
                heads += [s for c in verb.children if c.dep_ == "ccomp" or that_clause(c)
                          for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            else:
                heads += pobjs(verb, [where])
                for obj in (c for c in verb.children if c.dep_ == "dobj"):
                    heads += pobjs(obj, [where])
                    # "withdrawing troops deployed near Ukraine's borders", "lift the embargo
                    # it has imposed on the island"
                    heads += [p for acl in obj.children if acl.dep_ in ("acl", "relcl")
                              for p in pobjs(acl, [where])]
        return heads + self._last_resort_slots(verb)

    @staticmethod
    def _antecedent_object(verb: Token) -> list[Token]:
        """ "The ship they captured", "the girls (that) it had kidnapped": a relative clause
        whose own subject is someone else has its object in the noun it describes."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # not ", which Lavrov denied": a "which" after a clause may stand for all of it
        if not subjects or subjects[0].lower_ in RELATIVE_PRONOUNS or any(
                o.lower_ not in RELATIVE_PRONOUNS or o.lower_ == "which" for o in objects):
            return []
        return [verb.head]

    def _last_resort_slots(self, verb: Token) -> list[Token]:
        # "downed a plane carrying EU observers": those it carried
        heads = [load for obj in verb.children if obj.dep_ in ("dobj", "nsubjpass")
                 for acl in obj.children if acl.dep_ == "acl"
                 and acl.lemma_.lower() in CARRYING
                 for load in acl.children if load.dep_ == "dobj"]
        # Last resorts: the verb's own prepositions ("blockaded the corridor to Armenia"),
        # then its object's ("boycott all contact with the United States").
        # not "met at the request of Israel": who asked is no party to the meeting
        heads += [p for p in pobjs(verb, LAST_RESORT_PREPS)
                  if not (p.head.lower_ == "at" and p.lemma_.lower() in self.words.proposals)]
        # "called up reservists for a war against Sudan"
        heads += [p for aim in pobjs(verb, ["for"]) for p in pobjs(aim, ("against", "with"))]
        heads += self._means_used_on(verb)
        # "pledged £3bn in military aid to Ukraine", the "in" phrase hung on the verb
        heads += [p for inner in pobjs(verb, ["in"]) if inner.lemma_.lower() in self.words.aidgoods
                  for p in pobjs(inner, ("to", "for"))]
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for inner in (obj, *pobjs(obj, ["of", "in"])):  # "$70m of aid for Romania"
                for near in pobjs(inner, self._complement_preps(inner)):
                    # "mobilised reservists for a war against Iraq"
                    heads += [near, *pobjs(near, ("against", "with", "on"))]
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
        if verbal and found.entry.pos != "noun":
            heads = self._act_doers(found.verb) + heads
        if found.entry.pos != "noun" or found.light is not None:
            if verbal:
                heads += self._complement_arguments(found.verb, victims=found.entry.type
                                                    not in STANCE_TYPES)
            heads += self._purpose_objects(found.verb)
        # "expelled diplomats from seven countries (that had ...), including Argentina and Chile"
        heads = [m for h in heads for m in (*self._named_within(h), h)]
        if found.entry.type == "PROTEST":
            heads = self._protested(found, heads)
        verb = found.verb
        if verbal and (found.entry.pos != "noun" or found.light is not None) \
                and verb.dep_ in ("xcomp", "advcl") \
                and infinitive(verb) \
                and not self._directs(verb.head):
            # "summoned Niger's ambassador to complain of inaction": the complaint is made to
            # the one summoned (last resort, after the complaint's own slots)
            heads += [c for c in verb.head.children if c.dep_ == "dobj"]
        if found.entry.type in FORCE_TYPES:
            heads += self._toll(verb)
        if found.entry.type == "THREATEN" or found.anchor != found.verb \
                or negated(verb):
            # "will respond if Russia invades", "warned of consequences if Japan went ahead",
            # "said sanctions would follow if Russia invaded"
            clause = found.verb if found.entry.type == "THREATEN" else found.anchor
            heads += self._condition_subjects(clause)
        if found.entry.pos == "noun" and found.entry.type in CONTENT_TYPES:
            # "the West's refusal to acknowledge Russia's demands", "demands that NATO ..."
            heads += self._complement_arguments(found.trigger, ("acl", "relcl"))
        if self.lex.cameo[found.entry.cameo].quad_class in (1, 2):
            heads = self._received(heads)
        self.resolver.hostile = found.entry.type in FORCE_TYPES
        try:
            actors, slot, open_target = self._first_target(heads, own, verbal, found.verb,
                                                           found.entry.type)
        finally:
            self.resolver.hostile = False
        if verbal and actors and slot is not None and slot.dep_ in ("nsubj", "nsubjpass") \
                and slot.head.dep_ == "ccomp":
            # "complained that the West was arming Ukraine and that Kyiv was sabotaging the
            # deal": each clause says something of its own subject
            for clause in slot.head.conjuncts:
                for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
                    actors += [a for a in self.resolver.resolve_all(subject)
                               if all(distinct(o, a) for o in own)
                               and all(a.code != b.code for b in actors)]
        return actors, slot, open_target

    @staticmethod
    def _toll(verb: Token) -> list[Token]:
        """Whom the passive clause a force clause explains says were hurt: "twelve Somali
        soldiers are killed when gunmen storm a base"."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "auxpass" for c in verb.head.children):
            return []
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]

    def _named_within(self, head: Token) -> list[Token]:
        """Parties a slot's noun names more exactly, tried before it (and before the slots
        after it): who claims say did it ("an investigation into claims that Afghan soldiers
        abused children"), the members a group names ("demanded that its neighbours, in
        particular Laos, hand over the rebels")."""
        members = [p for n in (head, *(c for c in head.children if c.dep_ in ("relcl", "acl")))
                   for p in named_members(n) if head.tag_ in ("NNS", "NNPS")
                   and self.resolver.resolve_all(p)]
        return self._reported_doers(head) + members

    def _reported_doers(self, noun: Token) -> list[Token]:
        """The subjects of the "that" clause of a noun for what is said of someone ("claims
        that two soldiers abused children"): classes.tsv ``reports``."""
        if noun.lemma_.lower() not in self.words.reports:
            return []
        return [s for clause in noun.children if that_clause(clause) or (
                    clause.dep_ == "ccomp" and any(m.lower_ == "that" for m in clause.children))
                for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]

    def _received(self, heads: list[Token]) -> list[Token]:
        """Help or cooperation "against Russia" is aimed at a third party, not received; but
        "lifted sanctions against Belarus" eases Belarus, "ended the strike against the
        government" yields to it, and "suspended its offensive against X" spares X."""
        return [h for h in heads if h.head.lower_ != "against"
                or h.head.head.lemma_.lower() in self.words.eased]

    @staticmethod
    def _protested(found: Found, heads: list[Token]) -> list[Token]:
        """What a protest is against, and whose doing that is: "in protest against violations
        by the security forces", "in defiance of the authorities", "a hunger strike to protest
        the president's refusal", "demonstrations against abuses by the army". A protest
        phrase names the target outright, so it comes before where the protest was."""
        ins = pobjs(found.verb, ["in"])
        ins += [p for p in pobjs(found.trigger, ["in"]) if p not in ins]
        heads = [t for p in ins if p.lemma_.lower() in ("protest", "defiance", "opposition")
                 for t in pobjs(p, ("against", "of", "at", "over"))] + heads
        return [h for t in heads  # the doer of what is protested: possessor or "by" agent
                for h in (t, *(c for c in t.children if c.dep_ == "poss"), *pobjs(t, ["by"]))]

    def _first_target(self, heads: list[Token], own: list[Actor], verbal: bool, verb: Token,
                      kind: str = "") -> tuple[list[Actor], Token | None, bool]:
        heads = [h for h in heads if h.lower_ not in DAY_WORDS]  # "on Sunday" is when, not whom
        own_places: list[Actor] = []
        for head in heads:
            found = (kind in FORCE_TYPES and self._holders(head)) or self.resolver.resolve_all(head)
            actors = [a for a in found if all(distinct(o, a) for o in own)]
            if not actors and kind == "COERCE" and head.dep_ in ("dobj", "nsubjpass"):
                # "arrested 160 people on the border with Libya": whom a state seizes is
                # read before what the phrases after them name
                actors = self._placed_or_own(head, own, verbal, verb, kind)
            if actors:
                return actors, head, False
            own_places += [a for a in found if a.location]
        for head in heads:
            actors = self._placed_or_own(head, own, verbal, verb, kind)
            if actors:
                return actors, head, False
        if own and (kind in DOMESTIC_MEASURES or kind == "THREATEN"):
            # "lifted the curfew in South Darfur": measures on the state's own people;
            # "threatened to impose a curfew in Algiers": so is a threat of them
            clauses = [verb] + [c for c in verb.children if c.dep_ == "xcomp"
                                and kind == "THREATEN"]
            wheres = [p for clause in clauses for o in (clause, *(
                c for c in clause.children if c.dep_ == "dobj")) for p in pobjs(o, PLACE_PREPS)]
            places = own_places + [a for p in wheres for a in self.resolver.resolve_all(p)
                                   if a.location or self.resolver.kind_of(p) == "seat"]
            for place in places:
                if place.code == own[0].code:
                    return [replace(place, sector="CVL", location=None)], None, False
        if own_places:
            if own and own[0].sector == "REB" and kind in FORCE_TYPES:
                # "Afghan rebels exploded bombs in Kabul": rebels strike at their own state
                return [replace(own_places[0], sector=None, location=None)], None, False
            # "Azeri troops shelled Karabakh villages": a place of the actor's own
            # is named, so the target is not left to context (the caller drops the event).
            return own_places, None, False
        # Open when no filler is concrete, or when the direct object itself refers back to a
        # state ("charging its neighbour with harbouring fugitives": not the fugitives).
        direct = bool(heads) and heads[0].dep_ in ("dobj", "dative") and heads[0].head == verb \
            and heads[0].lemma_.lower() in self.words.places
        return [], heads[0] if heads else None, direct or all(
            self._implicit(h, verbal) for h in heads)

    def _holders(self, place: Token) -> list[Actor]:
        """Force used on "the ISIS-held old city" or "Houthi-controlled districts" is used on
        whoever holds the place, not on the state it lies in."""
        return [a for held in place.children if held.dep_ == "amod"
                and held.lemma_.lower() in HOLDING
                for holder in held.children if holder.dep_ in ("npadvmod", "compound", "nmod")
                for a in self.resolver.resolve_all(holder)]

    def named_in_compound(self, noun: Token, actors: list[Actor]) -> list[Actor]:
        """A state in front of a sanctions noun is the sanctioned one ("new Russia sanctions",
        "the Iran sanctions package"), unless it is the actor."""
        words = [c for c in noun.children if c.dep_ == "compound"]
        if noun.dep_ == "compound":
            words += [c for c in noun.head.children if c.dep_ == "compound" and c.i < noun.i]
        found = self.resolver.resolve_each(words)
        return [a for a in found if all(distinct(o, a) for o in actors)]

    def located(self, nouns: list[Token], verb: Token, things: bool = False,
                 actor: Actor | None = None) -> list[Actor]:
        """ "Protesters rallied in Tbilisi": civilians, rebels, workers or police with no nationality
        belong to the state where the clause places them. With ``things``, so does an object
        that names no actor ("strikes on sites in Pakistan", "tariffs on goods from Canada")."""
        chain: list[Token] = []
        for noun in nouns:  # "tens of thousands of students": each "of" object too
            for _ in range(3):
                chain.append(noun)
                inner = pobjs(noun, ["of"])
                if not inner:
                    break
                noun = inner[0]
        for noun in chain:
            sector = self.resolver.role_sector(noun)
            if sector is None and noun.lemma_.lower() in self.words.crowds \
                    and not pobjs(noun, ["of"]):
                sector = "CVL"  # "thousands protested in Melbourne": people, not forces
            if sector in LOCAL_SECTORS or (sector in AUTHORITY_ROLES and actor is not None
                                           and actor.sector == "REB"):
                # "rallied in Tbilisi", not "killed in an Israeli strike"; "rebels attacked an
                # army base near Bamako": the state's forces there
                places = self._where_people_are(noun, verb, sector)
            elif things and sector is None and noun.pos_ == "NOUN":
                # the clause's place only when named outright ("imposed tariffs on goods from
                # Canada"), not a phrase about something ("in response to X's launch")
                places = pobjs(noun, (*PLACE_PREPS, "from")) + [
                    p for p in pobjs(verb, (*PLACE_PREPS, "from")) if self.resolver.kind_of(p)]
            else:
                continue
            for place in places:
                word = place.lemma_.lower()  # "in defiance of X" is no place, nor, for people,
                if word in self.words.stances or (  # "held 40 people near the border with Chad"
                        actor and sector in DOMESTIC_SECTORS and word in self.words.frontiers):
                    continue
                # "in a gunbattle in Serbia": where the act was, not who did it
                here = [] if self.act_type(place) else [place]
                for head in (*here, *pobjs(place, ("in", "of"))):
                    located = self.resolver.resolve(head)
                    if located is None and actor is not None and head.lemma_.lower() in \
                            self.words.places and not any(c.dep_ == "poss" for c in head.children):
                        # "rebels in the country's east": the state just named
                        located = self.state_before(head, actor)
                    if located is not None and located.sector == "IGO":
                        continue  # "farmers in Brussels" are not the EU's people
                    if located is not None:
                        if not sector:  # a thing: the place it stands in is the evidence
                            # (each of "goods from Mexico and Canada")
                            return [replace(a, sector=None, location=None)
                                    for a in self.resolver.resolve_all(head)] or [
                                replace(located, sector=None, location=None)]
                        return [self.resolver.actor_at(noun, located.name, located.code,
                                                       sector)]
        return []

    def _where_people_are(self, noun: Token, verb: Token, sector: str) -> list[Token]:
        """The place phrases that place people of a sector: the clause's, their own, the
        object's ("demonstrators protesting election results in Monrovia"), for a state's
        forces those of whom they act on ("security forces opened fire on protesters in
        Khartoum"; not a gunman or a student opening fire), for protesters the clause's."""
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        places = pobjs(verb, PLACE_PREPS) + pobjs(noun, PLACE_PREPS) + [
            p for o in objects for p in pobjs(o, PLACE_PREPS) if self.resolver.kind_of(p)] + [
            # "workers at the Cerro Verde mine in Peru": where their workplace is
            p for work in pobjs(noun, ["at"]) for p in pobjs(work, PLACE_PREPS)]
        if sector in AUTHORITY_ROLES:
            places += [p for o in (verb, *objects) for aim in pobjs(o, ("on", "at", "against"))
                       for p in pobjs(aim, PLACE_PREPS) if self.resolver.kind_of(p)]
        if not places and sector == "CVL" and verb.lemma_.lower() in PROTESTING:
            # "thousands protest against the killings in the capital Addis Ababa"
            places = self.places_under(verb)
        return places

    def places_of_the_act(self, found: Found, nominal: bool) -> list[Token]:
        """Places named under a locative preposition in the act's own phrase, nearest first:
        the verb's (or event noun's) subtree without its subject and without clauses of their
        own; a place's apposition and "of" object count too ("in Chinagodrar, Tillaberi
        Region, Niger", "the town of Ras al-Ain")."""
        return self.places_under(found.trigger if nominal else found.verb)

    def places_under(self, root: Token) -> list[Token]:
        """Places under a locative preposition in ``root``'s own phrase (see
        :meth:`places_of_the_act`)."""
        places: list[Token] = []
        todo = [c for c in root.children if c.dep_ not in OWN_PHRASES or (
            # "a bombing at a mosque in Quetta kills 15": a subject that is an act is the
            # act's own phrase
            c.dep_ == "nsubj" and c.lemma_.lower() in self.words.act_nouns)]
        while todo:
            tok = todo.pop(0)
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
                places += [p for p in (tok, *(c for c in tok.children if c.dep_ in ("appos", "conj")),
                                       *pobjs(tok, ["of"])) if self.resolver.kind_of(p)
                           in ("place", "state", "seat")]
            todo += [c for c in tok.children if c.dep_ not in OWN_PHRASES]
        return places

    def _placed_or_own(self, head: Token, own: list[Actor], verbal: bool, verb: Token,
                       kind: str) -> list[Actor]:
        """A target with no name of its own: the place it is in ("protesters in Caracas",
        "sites in Pakistan", "goods from Canada"), or the actor's own people."""
        actors = [a for a in self.located([head], verb, not verbal, own[0] if own else None)
                  if all(distinct(o, a) for o in own)]
        if not actors and own and self._acts_on_its_own(own[0].sector, head, verb, kind):
            actors = self._domestic(head, own[0])
        if not actors and own and kind in INSTITUTION_TYPES:
            actors = self._own_institution(head, own[0])
        return actors

    def _acts_on_its_own(self, sector: str | None, head: Token, verb: Token, kind: str) -> bool:
        """Whether an actor of this sector does this kind of act to its own state's people."""
        if head.lemma_.lower() in self.words.displaced:
            return False  # "opened its borders to refugees": people from elsewhere
        if sector == "COP" or (kind == "CONCEDE" and head.pos_ == "NOUN"
                               and sector in ("GOV", "JUD", None)):
            return True  # "Belarus released 18 political prisoners": its own (people it
            # names it may have held from anywhere)
        if kind == "COERCE":
            # soldiers seize their own people ("soldiers detained the president"), not a
            # ship whose flag the sentence does not give
            return sector in ("GOV", "JUD", None) or (sector == "MIL" and bool(
                self.resolver.role_sector(head) or head.lemma_.lower() in self.words.crowds))
        # "a court charges Paul Rusesabagina": courts try their state's own
        return kind == "ACCUSE" and sector == "JUD" and verb.lemma_.lower() in self.words.custody

    def _own_institution(self, head: Token, actor: Actor) -> list[Actor]:
        """ "The Tunisian parliament rejected the cabinet", "the court overturned the
        president's decree": a state body's words about another body the sentence gives no
        state are about its own state's."""
        if not self.resolver.kb.is_state(actor.code) or actor.sector not in STATE_BODIES \
                or any(c.dep_ in ("poss", "amod", "compound") and c.pos_ == "PROPN"
                       for c in head.children):
            return []
        sector = self.resolver.role_sector(head)  # an office, not forces ("soldiers there")
        if sector not in OFFICES or sector == actor.sector or head.pos_ != "NOUN":
            return []
        return [self.resolver.actor_at(head, actor.name, actor.code, sector)]

    def _domestic(self, noun: Token, state: Actor) -> list[Actor]:
        """ "Turkish police dispersed students", "Chinese authorities detained activists",
        "police prevented a demonstration by students": people that police act on, or that
        authorities arrest, are the state's own where the sentence gives them no other."""
        for people in (noun, *pobjs(noun, ["by"], ("agent", "prep")),
                       *(p for acl in noun.children if acl.dep_ == "acl"
                         for p in pobjs(acl, ["by"], ("agent",)))):
            sector = self.resolver.role_sector(people) or (
                "CVL" if people.lemma_.lower() in self.words.captives  # "prisoners"
                # a named person the knowledge base does not know: "Paul Rusesabagina"
                or (people.pos_ == "PROPN" and not self.resolver.kind_of(people)
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in people.children))
                else None)
            if sector in DOMESTIC_SECTORS and people.pos_ != "PRON":
                return [self.resolver.actor_at(people, state.name, state.code, sector)]
        return []

    def state_before(self, tok: Token, actor: Actor, among: frozenset[str] | None = None
                      ) -> Actor | None:
        """The last state other than ``actor``'s (and one of ``among``, when given) that the
        sentence names (by name or seat, not by an adjective) before ``tok``: "explosions in
        Kyiv ... in the neighbouring country"."""
        kb = self.resolver.kb
        for ent in reversed(self.resolver.ents):
            if not (tok.sent.start <= ent.start and ent.end <= tok.i):
                continue
            found = self.resolver.from_entity(ent)
            if found is not None and found.code != actor.code and (
                    among is None or found.code in among) and any(
                    e.kind in ("state", "seat") for e in kb.entries.get(ent.ent_id_, ())):
                return found
        return None

    def _act_doers(self, verb: Token) -> list[Token]:
        """Who does the act a verbal event is about: "condemned Russia's invasion", "welcomed
        the release by Hamas", "demanded the withdrawal of Serbian forces" (an "of" object
        does the act only when the act has no patient: withdrawing, deploying)."""
        out: list[Token] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            kind = self.act_type(obj)
            if kind is None and obj.lemma_.lower() in self.words.deeds:
                # "condemned the killings of protesters by the army": the doer is the "by"
                # object only (a possessor is who suffered it: "Khashoggi's killing")
                out += pobjs(obj, ["by"])
                if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                    out += pobjs(verb, ["by"])  # the "by" phrase hung on an active verb
                continue
            if kind is None and obj.lemma_.lower() not in self.words.proposals:
                continue  # "rejected a proposal by Macron": a proposal is its maker's act
            # "refused a request from the justice minister", "an appeal filed by lawyers"
            out += [c for c in obj.children if c.dep_ == "poss"] + pobjs(obj, ["by"])
            if kind is None:
                out += pobjs(obj, ["from"]) + [p for acl in obj.children if acl.dep_ == "acl"
                                               for p in pobjs(acl, ["by"], ("agent",))]
                if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                    out += pobjs(verb, ["by"])  # "dismissed a proposal by Turkey", mis-hung
            if kind in AGENTIVE_OF_TYPES:
                out += pobjs(obj, ["of"])
        return out

    def hostile_act(self, tok: Token) -> bool:
        """A noun for a conflictual act: "the strike", "the aggression", "the sanctions"."""
        entry = self.triggers.noun_entry(tok)
        if entry is not None:
            return self.lex.cameo[entry.cameo].quad_class >= 3
        return tok.lemma_.lower() in self.words.accusations

    def act_type(self, tok: Token) -> str | None:
        """The event type an act noun names ("the strikes" -> ASSAULT), if it is a trigger."""
        entry = self.triggers.noun_entry(tok)
        return entry.type if entry else None

    def _implicit(self, tok: Token, verbal: bool = True) -> bool:
        """A filler that leaves its party to context: a pronoun, an act, a place named by a
        common noun ("the neighbouring country", "the island"), or, for verbal events, a role
        with no nationality ("called on soldiers there", "summoned the ambassador")."""
        lemma = tok.lemma_.lower()
        # (nor does a charge said of something: "says the annexation amounts to theft")
        charge = lemma in self.words.accusations and (tok.dep_ in ("attr", "acomp", "xcomp") or (
            tok.dep_ == "pobj" and tok.head.head.dep_ == "ccomp"))
        return self.refers_to_act(tok) or lemma in self.words.places or charge or (
            verbal and lemma in self.resolver.kb.roles)

    def refers_to_act(self, tok: Token) -> bool:
        if tok.pos_ == "PRON":  # "against anyone who interferes" names no one
            return tok.lower_ not in REFLEXIVES and tok.lower_ not in INDEFINITES
        # an event noun as its entry reads it: "a ceasefire" is not "a unilateral ceasefire"
        return tok.lemma_.lower() in self.words.acts or self.triggers.noun_entry(tok) is not None

    def _complement_arguments(self, verb: Token, deps: tuple[str, ...] = ("xcomp", "ccomp"),
                              victims: bool = False) -> list[Token]:
        """Arguments of the clause a speech or intent verb governs, for its target:
        "threatened to break relations *with Russia*", "said *Sudan* must return". With
        ``victims``, whom the clause's act is done to as well: "refused to lift sanctions *on
        Abkhazia*" (not for a stance on the act: "opposed any violation of Lebanon's
        sovereignty" is not aimed at Lebanon)."""
        out: list[Token] = []
        # "warned against sending them back": a clause under a preposition is one too
        clauses = [*verb.children, *(p for c in verb.children if c.dep_ == "prep"
                                     and c.lower_ in CLAUSE_PREPS for p in c.children
                                     if p.dep_ == "pcomp" and "xcomp" in deps)]
        for comp in clauses:
            if comp.dep_ == "pcomp":  # whom it is done to, not where ("to Ukraine")
                out += [c for c in comp.children if c.dep_ == "dobj"]
                continue
            if comp.dep_ not in deps and not (verb.pos_ == "NOUN" and that_clause(comp)):
                continue
            if comp.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                for c in comp.children):
                # "demanding the UN force fulfil its mandate": the parser made the clause's
                # subject the verb's object
                out += [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
            out += [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")
                    and c.lower_ not in RELATIVE_PRONOUNS
                    # "warned that a Russian invasion could begin": an act, not an addressee
                    and not (c.dep_ in ("nsubj", "nsubjpass") and self.refers_to_act(c))]
            out += pobjs(comp, COMPLEMENT_PREPS)
            if comp.lemma_.lower() in PERMISSIONS:  # "refused to allow Ukrainian officials to enter"
                out += [s for c in comp.children if c.dep_ in ("ccomp", "xcomp")
                        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            for obj in (c for c in comp.children if c.dep_ == "dobj"):
                for inner in (obj, *pobjs(obj, ["of"])):
                    out += pobjs(inner, COMPLEMENT_PREPS if victims
                                 else self._complement_preps(inner))
            for attr in (c for c in comp.children if c.dep_ == "attr"):
                # "is a response to Russia's behaviour", not "an act of violence"
                out += pobjs(attr, [p for p in COMPLEMENT_PREPS if p != "of"])
            if deps != ("xcomp", "ccomp"):  # one clause deeper: "demands that include NATO ..."
                out += self._complement_arguments(comp, victims=victims)
            # "threatened to strike unless Israel rescinded ...": the condition's subject.
            out += self._condition_subjects(comp)
        return out

    @staticmethod
    def _condition_subjects(clause: Token) -> list[Token]:
        """Subjects of the conditions a clause hangs on: "if Russia invades", "unless Israel
        rescinded", and for a refusal, "will not lift the embargo until Cuba reforms"."""
        until = [c for c in clause.children if c.dep_ == "advcl" and negated(clause)
                 and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)]
        return [s for cond in (*conditions(clause), *until)
                for s in cond.children if s.dep_ in ("nsubj", "nsubjpass")]

    def _complement_preps(self, noun: Token) -> tuple[str, ...]:
        """Prepositions of a noun that may name a party: not those naming the victim of an act
        done to someone ("condemned the invasion of Ukraine", "praised the attack on Israel":
        the victim is not the one condemned or praised)."""
        if noun.lemma_.lower() in self.resolver.patient_acts:
            return tuple(p for p in COMPLEMENT_PREPS if p not in VICTIM_PREPS)
        return COMPLEMENT_PREPS

    @staticmethod
    def _purpose_objects(verb: Token) -> list[Token]:
        """Objects of a purpose clause: "broadening powers in order to target Russian firms",
        "blocked a road to show anger at US policy"."""
        depth = len(list(verb.ancestors))
        out: list[Token] = []
        for node in verb.subtree:
            if node.pos_ == "VERB" and node != verb and node.dep_ in ("acl", "advcl") \
                    and infinitive(node) \
                    and len(list(node.ancestors)) - depth <= 4:
                for obj in (c for c in node.children if c.dep_ == "dobj"):
                    out += [obj, *pobjs(obj, COMPLEMENT_PREPS)]
                out += pobjs(node, COMPLEMENT_PREPS)
        return out

    @staticmethod
    def _of_object_preps(noun: Token) -> list[Token]:
        """ "a halt of flights with Serbia", "withdrawal of forces from Panama"; and what an
        act is aimed at: "strikes directed at the town of X", "sanctions targeting X's bank"."""
        aimed = [p for acl in noun.children if acl.dep_ in ("acl", "relcl")
                 and acl.lemma_.lower() in AIMING
                 for p in (*(c for c in acl.children if c.dep_ == "dobj"),
                           *pobjs(acl, ("at", "against", "on")))]
        return aimed + [p for obj in pobjs(noun, ["of"]) for p in pobjs(obj, COMPLEMENT_PREPS)]

    def noun_actors(self, noun: Token, kind: str | None = None) -> list[Actor]:
        """Actors named inside a nominal event: "Russia's exercise", "EU sanctions",
        "the Trump-Kim summit", "the deployment of Russian troops" (an "of" object acts only
        where the act has no patient). A place in a compound is where, not who ("Karabakh
        deal")."""
        out: list[Actor] = []
        for child in noun.children:
            if child.dep_ == "poss":
                out += self.resolver.resolve_all(child)
            elif child.dep_ in NOUN_ACTOR_DEPS:
                for tok in child.subtree:
                    if tok.dep_ in ("compound", "amod", "nmod", "poss") or tok == child:
                        actor = self.resolver.entity_actor(tok, noun)
                        if actor is not None and self.resolver.kind_of(tok) != "place":
                            out.append(actor)
        out += self.resolver.resolve_each(pobjs(noun, ["by"]))
        if kind in FROM_AGENT_TYPES:  # "a protest from Vietnam", "an appeal from Kyiv"
            out += self.resolver.resolve_each(pobjs(noun, ["from"]))
        if kind in AGENTIVE_OF_TYPES:
            out += self.resolver.resolve_each(pobjs(noun, ["of"]))
        unique: dict[str, Actor] = {}
        for actor in out:
            unique.setdefault(actor.code, actor)
        return list(unique.values())


def that_clause(clause: Token) -> bool:
    """A "that" clause the parser hung on a verb it took for a noun ("Erdogan demands that
    Sweden extradite ...": an "acl"), read as the verb's complement."""
    return clause.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that"
                                        for m in clause.children)


def named_members(group: Token) -> list[Token]:
    """The members a plural noun names after it: "countries, including Argentina", "its
    neighbours, in particular Laos", "states such as Chile", "its neighbours, Laos and
    Vietnam" (an apposition)."""
    members = pobjs(group, ["including"])
    members += [p for p in pobjs(group, ["in"]) if any(c.lower_ == "particular" for c in p.children)]
    members += [p for prep in group.children if prep.dep_ == "prep" and prep.lower_ == "as"
                and any(c.lower_ == "such" for c in prep.children) for p in pobjs(group, ["as"])]
    return members + [c for c in group.children if c.dep_ == "appos"]


def distinct(actor: Actor, target: Actor) -> bool:
    """Whether a target is another party: another state or group, or within one state a
    civilian, rebel, business or judicial party facing the state or each other."""
    if target.code != actor.code:
        return True
    sectors = {actor.sector, target.sector}
    # (the police facing anyone else of their state too: "a former minister is arrested")
    return len(sectors) == 2 and bool(sectors & (DOMESTIC_SECTORS | {"COP"}))
