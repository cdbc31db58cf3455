"""Which paragraphs are worth parsing: those with a trigger word and a possible actor.

Parsing is most of the cost and most news sentences hold no event. The test is made on tokens
alone (surface forms of every lexicon trigger, gazetteer entities, pronouns), and errs on the
side of parsing: it may parse a paragraph that yields nothing, never skip one that would.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .actions import Lexicon
from .actors.kb import NO_ACTOR

# Words that can stand for an actor without a gazetteer match: pronouns and "the two sides".
ACTOR_WORDS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them",
                         "two", "both", "we", "our", "i"})
VOWELS = "aeiou"


def inflections(lemma: str, irregular: dict[str, list[str]], verb: bool = True) -> set[str]:
    """Surface forms of an English verb or noun lemma: regular endings plus the model's
    irregular forms. Over-generation only parses a little more, but a noun gets no verb endings:
    "according" is no form of the noun "accord", and it is in every other news sentence."""
    forms = {lemma, lemma + "s", lemma + "es"} | set(irregular.get(lemma, ()))
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if not verb:
        return forms
    forms |= {lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if len(lemma) > 2 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS \
            and lemma[-3] not in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "banned", "planning"
    if lemma.endswith("ise"):
        forms |= inflections(lemma[:-3] + "ize", irregular)
    return forms


class Selector:
    """The cheap test applied to a tokenized, gazetteer-tagged paragraph."""

    def __init__(self, lexicon: Lexicon, irregular: dict[str, list[str]]) -> None:
        self.free: set[str] = set()  # forms that select on their own
        self.needs: dict[str, set[str]] = {}  # forms that select with one of these words
        for table, verb in ((lexicon.verbs, True), (lexicon.nouns, False)):
            for head, entries in table.items():
                forms = inflections(head, irregular, verb)
                # An entry fires only with its particle or modifier ("pull out", "military
                # operation") and with one of its objects, where it names them.
                words: set[str] = set()
                for e in entries:
                    if e.objects and not e.objects & {"person", "actor"}:
                        words |= e.objects
                    elif e.extra:
                        words.add(e.extra)
                    else:
                        self.free |= forms
                        break
                else:
                    for form in forms:
                        self.needs.setdefault(form, set()).update(words)
        # Objects may be inflected too ("troops", "missiles"): compare lemma-ish forms.
        self.needs = {f: {w for word in ws for w in (word, word + "s", word + "es")}
                      for f, ws in self.needs.items()}

    def wants(self, doc: Doc) -> bool:
        words = _words(doc)
        if not has_actor(doc, words):
            return False
        if words & self.free:
            return True
        return any(words & self.needs[w] for w in words & self.needs.keys())


def _words(doc: Doc) -> set[str]:
    # The lower-case forms straight from the token array: making Token objects to read them
    # cost more than the rest of the cheap pass.
    strings = doc.vocab.strings
    return {strings[h] for h in set(doc.to_array(LOWER).tolist())}


def has_actor(doc: Doc, words: set[str] | None = None) -> bool:
    """Whether a tokenized sentence could name an actor: a gazetteer entity or a word that
    stands for one."""
    words = _words(doc) if words is None else words
    return bool(words & ACTOR_WORDS) or any(e.ent_id_ and not e.ent_id_.startswith(NO_ACTOR)
                                            for e in doc.ents)
