"""Finding triggers: which words of a sentence name an event, by the lexicon.

A verb is a trigger through its lemma (with the particle or object class its entry asks for),
a light verb through the event noun it governs ("held talks", "imposed sanctions"), a noun
on its own when no other event governs it ("Russia's exercise with Belarus").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .actions import Entry, Lexicon
from .actors.kb import NO_ACTOR, PEOPLE
from .dates import DAY_WORDS
from .parse import pobjs

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


# Lexicon modes of speech verbs, whose object class may match what they say of someone.
SPEECH_MODES = frozenset({"claim", "describe", "demand", "warn"})
# "called Morrison on Wednesday": a preposition that says when is no particle ("call on").
WHEN = DAY_WORDS | {"day", "night", "morning", "evening", "afternoon"}


class Triggers:
    """The lexicon applied to parsed sentences; one per extractor."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.quantities = lexicon.classes.get("quantities", frozenset())
        self.answers = lexicon.classes.get("answers", frozenset())
        self.responses = lexicon.classes.get("responses", frozenset())

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

    @staticmethod
    def verb_lemma(tok: Token, known: Mapping[str, object]) -> str:
        """The model's lemma, or, where the lexicon does not know it, a regular form the
        lexicon knows: the rule lemmatizer turns "staged" into "stag"."""
        lemma = tok.lemma_.lower()
        if lemma in known:
            return lemma
        form = tok.lower_
        for end, add in (("ed", "e"), ("ed", ""), ("es", "e"), ("s", ""), ("ing", "e")):
            if form.endswith(end) and form[:-len(end)] + add in known:
                return form[:-len(end)] + add
        return lemma

    def verb_entry(self, tok: Token) -> Entry | None:
        """The best entry for a verb: one whose particle and object class both match, then one
        whose object class matches ("meet demands"), then a plain one ("meet")."""
        entries = self.lex.verbs.get(self.verb_lemma(tok, self.lex.verbs), ())
        if not entries:
            return None
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep", "advmod")
                     and not any(p.dep_ == "pobj" and p.lower_ in WHEN for p in c.children)}
        after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.dep_ == "amod" and after.head.head == tok:
            particles.add(after.lower_)  # "set free two soldiers": the tagger's adjective
        direct, said = self._objects(tok, any(e.objects and e.mode in SPEECH_MODES
                                              for e in entries)) \
            if any(e.objects for e in entries) else (set(), set())
        best: tuple[tuple[int, int], Entry] | None = None
        for entry in entries:
            if entry.extra and entry.extra not in particles:
                continue
            # What is said of someone counts only for speech acts: "ordered Israel to halt its
            # military offensive" moves no forces, "defying appeals not to launch a war" is no
            # statement.
            # A description matches by what it calls the thing, not by the thing: "called the
            # invasion a turning point" accuses no one.
            objects = said if entry.mode == "describe" else (
                direct | said if entry.mode in SPEECH_MODES else direct)
            if entry.objects and not (objects & entry.objects):
                continue
            # the narrowest object class first: "violated the ceasefire" before "violated
            # the agreement"
            rank = (2 * bool(entry.extra) + bool(entry.objects), -len(entry.objects))
            if best is None or rank > best[0]:
                best = (rank, entry)
        return best[1] if best else None

    def _objects(self, verb: Token, speech: bool = True) -> tuple[set[str], set[str]]:
        """Lemmas of a verb's objects (and of their "of" and compound words, unless the object
        is an act: "ordered the release of the marines" moves no forces); ``PERSON`` when
        an object is a person's name, so a class can admit "released Paul Whelan". Then, apart
        and for speech verbs only (``speech``), the words of what the verb says of someone
        ("said the launch was *unacceptable*")."""
        words: set[str] = set()
        said: set[str] = set()
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "nsubjpass", "dative", "attr"):
                continue
            words |= {obj.lemma_.lower(), obj.lower_}
            if obj.ent_type_ == "PERSON" or (obj.pos_ == "PROPN" and not obj.ent_type_) \
                    or obj.ent_id_ == PEOPLE:  # "released 19 Christians"
                words.add("person")
            act = obj.lemma_.lower() in self.lex.nouns
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ == "of" and not act:
                    words |= {p.lemma_.lower() for p in c.children if p.dep_ == "pobj"}
                if c.dep_ == "compound":
                    words.add(c.lemma_.lower())
        for comp in verb.children if speech else ():  # "said that Libya *must* hand over"
            if comp.dep_ == "ccomp":
                said |= {a.lower_ for a in comp.children if a.dep_ == "aux"}
                # what the clause says happens: "said Russia *lies*", "would *regret* it"
                said |= {c.lemma_.lower() for c in (comp, *comp.conjuncts)}
            # What is said of someone: "said the test was an *unacceptable* step",
            # "described the move as *hostile*", "calling it an *unprovoked* attack".
            if comp.dep_ in ("ccomp", "oprd", "xcomp") or (comp.dep_ == "prep"
                                                           and comp.lower_ == "as"):
                # (a predicate word the tagger took for a verb too: "amounts to 'treason'")
                said |= {t.lemma_.lower() for t in comp.subtree if t.pos_ in ("ADJ", "NOUN")
                          or t.dep_ in ("attr", "acomp") or (t.dep_ == "xcomp" and t != comp)}
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.ent_type_ and not obj.ent_id_.startswith(NO_ACTOR):
                words.add("actor")  # "recognised Kosovo"
            if obj.dep_ in ("dobj", "dative"):  # "declared him persona non grata", "designated
                # the Houthis a terrorist group" (the tagger's dative): what he was made
                made = {t.lemma_.lower() for c in obj.children if c.dep_ in ("oprd", "appos")
                        for t in c.subtree if t.pos_ in ("ADJ", "NOUN", "PROPN", "X")}
                words |= made
                said |= made
        if any(c.dep_ == "dobj" for c in verb.children):  # "designated Hamas as a terrorist group"
            words |= {t.lemma_.lower() for p in pobjs(verb, ["as"]) for t in p.subtree
                      if t.pos_ in ("ADJ", "NOUN")}
        if verb.dep_ == "acl":  # "troops stationed near": the noun is what is stationed
            words |= {verb.head.lemma_.lower(), verb.head.lower_}
        # "supplies Ukraine with weapons"
        words |= {p.lemma_.lower() for p in pobjs(verb, ["with"])}
        return words, said

    def light_objects(self, verb: Token) -> list[tuple[Token, Entry]]:
        """Event nouns a light verb governs, each of a coordination: "carrying out missile
        tests and military drills"."""
        out: list[tuple[Token, Entry]] = []
        # "responded with airstrikes": the instrument is the event.
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        objects += pobjs(verb, ["with"])
        # "agreed to a sanctions package": a light entry with a preposition takes its object.
        objects += pobjs(verb, [e.extra for e in self.lex.light.get(
            self.verb_lemma(verb, self.lex.light), ()) if e.extra])
        for child in objects:
            candidates = [child]
            if child.lemma_.lower() in self.answers:  # "claimed responsibility for the bombing"
                candidates += pobjs(child, ["for"])
                if len(candidates) == 1 and verb.lemma_.lower() == "claim":
                    # "... A bomb explodes in Kabul. ISIL claims responsibility": for the attack
                    # the story told, which context places
                    out += [(child, e) for e in self.lex.nouns.get("attack", ())
                            if not e.extra][:1]
                    break
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

    def _is_light(self, verb: Token) -> bool:
        """Whether a verb is light here: its entry needs no particle or preposition, or has
        it ("carried out tests", not "a helicopter carrying truce monitors")."""
        entries = self.lex.light.get(self.verb_lemma(verb, self.lex.light), ())
        if not entries:
            return False
        words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        return any(not e.extra or e.extra in words for e in entries)

    def triggers(self, sent: Span) -> Iterator[Found]:
        consumed: set[int] = set()
        no_verb_entry: set[int] = set()  # "-ing" forms with no verb entry: maybe event nouns
        gerunds: set[int] = set()  # "-ing" forms in a noun's place: event nouns
        for tok in sent:
            if self._nominal_gerund(tok):
                gerunds.add(tok.i)
                continue
            if tok.tag_ in VERB_TAGS or tok.pos_ == "VERB" or self._predicate_noun(tok) \
                    or self._committing(tok):
                if self._is_light(tok):
                    hits = self.light_objects(tok)
                    for noun, entry in hits:
                        consumed.add(noun.i)
                        yield Found(entry, noun, tok, light=tok)
                    if hits:
                        continue
                entry = self.verb_entry(tok)
                if entry is not None:
                    yield Found(entry, tok, tok)
                elif tok.tag_ == "VBG":
                    no_verb_entry.add(tok.i)
        for tok in sent:
            if tok.i in consumed or not (tok.pos_ in ("NOUN", "PROPN") or tok.i in gerunds or (
                    tok.i in no_verb_entry and self._gerund_noun(tok))) or self._is_theme(tok):
                continue
            entry = self.noun_entry(tok)
            if entry is not None:
                yield Found(entry, tok, self._noun_anchor(tok))

    def _committing(self, tok: Token) -> bool:
        """ "Is ready to send troops": an adjective of the verb lexicon after a copula, with
        the act it commits to as its complement, when that act is no trigger of its own
        ("ready to negotiate" is a stated intent to negotiate, which derives its own
        agreement); not "is not ready to" (the copula carries the negation, where the
        adjective's modality does not look)."""
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or not any(
                e.mode == "intent" for e in self.lex.verbs.get(tok.lemma_.lower(), ())) \
                or any(c.dep_ == "neg" for c in (*tok.head.children, *tok.children)):
            return False
        acts = [c for c in tok.children if c.dep_ == "xcomp"]
        return bool(acts) and not any(
            (self._is_light(a) and self.light_objects(a)) or self.verb_entry(a)
            or any(o.dep_ == "dobj" and o.lemma_.lower() in self.responses for o in a.children)
            for a in acts)

    def _gerund_noun(self, tok: Token) -> bool:
        """ "During an al-Shabaab mass stabbing at a market": an event noun the tagger took
        for a verb's "-ing" form with no verb entry of its own (the caller knows which), as
        its determiner or modifiers show."""
        return any(c.dep_ in ("det", "compound", "poss") for c in tok.children)

    def _nominal_gerund(self, tok: Token) -> bool:
        """ "Fighting between Ethiopian troops and the TPLF erupted": an "-ing" form the tagger
        took for a verb, standing where a noun does (a subject, or a preposition's object) with
        no subject, auxiliary or object of its own, when it is an event noun too."""
        return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "pobj") and not any(
            c.dep_ in ("nsubj", "aux", "auxpass", "dobj", "ccomp", "xcomp") for c in tok.children
        ) and self.noun_entry(tok) is not None

    def _predicate_noun(self, tok: Token) -> bool:
        """A headline verb tagged as a noun but parsed with a subject and an object: "A court
        in Moscow sentences Ukrainian pilot Nadiya Savchenko"."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.verbs:
            return False
        deps = {c.dep_ for c in tok.children}
        # "Erdogan demands that Sweden extradite...": a noun with a subject of its own and a
        # clause is a verb, wherever the parser hung it
        return ("dobj" in deps and ("nsubj" in deps or tok.dep_ == "relcl")) or (
            "nsubj" in deps and bool(deps & {"ccomp", "acl", "xcomp"}))

    def _is_theme(self, noun: Token) -> bool:
        """An event noun that is what another event is about ("condemned the invasion",
        "suspended talks", "the cancellation of dialogues") is not an event of its own here."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head != head:
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
                                 "appos") or node.head == node:
                break
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return noun
