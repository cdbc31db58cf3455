"""A second parse for headline sentences the tagger reads without a main verb.

Headlines and news summaries use the present tense ("Xi and Ma meet in Singapore", "Russia and
Ukraine exchange prisoners"), and the small English model often tags such a verb as a noun: the
sentence then has no verb, or none at its root ("ISIL claims responsibility for the attack that
killed 89 soldiers"), and no event. The same words in the past tense ("met", "exchanged") are
parsed well. So a sentence whose root is no verb, whose first lower-case trigger word follows a
named actor (and, beside another verb, has a subject of its own), is parsed again with that word
in the past tense; the new parse is kept, on the sentence's own words, when it reads the word as
a verb.
"""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .actions import Lexicon
from .pipeline import Pipeline


class HeadlineRepair:
    """Finds verbless headline sentences and has them parsed again (see the module doc)."""

    def __init__(self, lexicon: Lexicon, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.verbs = frozenset(lemma for lemma in lexicon.verbs if " " not in lemma)
        self.irregular = pipeline.lemma_exceptions

    def repair(self, docs: list[Doc]) -> list[Doc]:
        """The docs, each verbless headline among them parsed again (in one batch)."""
        edits = []
        for n, doc in enumerate(docs):
            tags = doc.to_array(POS)  # (no Token objects: cheap)
            has_verb = bool((tags == VERB).any() or (tags == AUX).any())
            if has_verb and any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") for t in doc):
                continue  # (a verb only in a relative clause leaves the main one mistagged:
                # "ISIL claims responsibility for the attack that killed 89 soldiers")
            found = self._mistagged_verb(doc)
            if found is not None and has_verb \
                    and not any(c.dep_ == "nsubj" for c in found[0].children):
                found = None  # beside a verb, only a "noun" with a subject of its own
            if found is not None:
                word, base = found
                edits.append((n, word.i, self.past(base)))
        out = list(docs)
        again = self.pipeline.reparse([(docs[n], i, past) for n, i, past in edits])
        for (n, i, _), doc in zip(edits, again, strict=True):
            if doc[i].pos_ == "VERB":
                out[n] = doc
        return out

    def _mistagged_verb(self, doc: Doc) -> tuple[Token, str] | None:
        """The first lower-case word after a named actor (its subject) that is a trigger verb's
        base or -s form, with that base: "Putin and Erdogan *meet* in Sochi"."""
        named = [e.start for e in doc.ents if e.ent_id_]
        if not named:
            return None
        for tok in doc[named[0] + 1:]:
            base = self._base(tok) if tok.is_lower and tok.is_alpha else None
            if base is not None:
                return tok, base
        return None

    def _base(self, tok: Token) -> str | None:
        low = tok.lower_
        for base in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es")
                     else ""):
            if base in self.verbs:
                return base
        return None

    def past(self, base: str) -> str:
        """The simple past: irregular forms from the model's tables ("meet" -> "met", "take"
        -> "took", not the participle "taken"), else by the spelling rules."""
        forms = [f for f in self.irregular.get(base, ()) if not f.endswith("ing")]
        if forms:
            return min(forms, key=lambda f: f.endswith("n"))
        if base.endswith("e"):
            return base + "d"
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            return base[:-1] + "ied"
        return base + "ed"
