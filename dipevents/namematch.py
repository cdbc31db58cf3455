"""A phrase matcher for plain names: words of letters separated by single spaces.

spaCy's PhraseMatcher needs a tokenized Doc for every pattern, and tokenizing tens of thousands
of gazetteer names (every new word becomes a lexeme with all its attributes) took most of the
start-up and tens of megabytes. A plain name tokenizes to its space-separated words, so it can
be matched as a tuple of string ids instead: building costs one string-store entry per word,
and matching one dictionary lookup per token. Names with punctuation or digits ("al-Qaeda",
"G7", "U.S.") and words the tokenizer splits by a special rule ("cannot") stay with spaCy's
matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


class PlainNames:
    """Names as tuples of word ids, indexed by their first word."""

    def __init__(self, nlp: Language) -> None:
        self.strings = nlp.vocab.strings
        self.special = {text for text in nlp.tokenizer.rules}
        self.by_first: dict[int, list[tuple[tuple[int, ...], int]]] = {}

    def plain(self, text: str) -> bool:
        """Whether ``text`` tokenizes to its space-separated words, so this table can hold it."""
        return PLAIN.fullmatch(text) is not None and not any(
            w in self.special or w.lower() in self.special for w in text.split(" "))

    def add(self, key: int, text: str) -> None:
        ids = tuple(self.strings.add(word) for word in text.split(" "))
        self.by_first.setdefault(ids[0], []).append((ids, key))

    def __call__(self, doc: Doc) -> Iterator[tuple[int, int, int]]:
        """(key, start, end) of every name in ``doc``, overlapping ones included, as spaCy's
        PhraseMatcher gives them."""
        if not self.by_first:
            return
        orths = doc.to_array(ORTH).tolist()
        table = self.by_first
        for i, orth in enumerate(orths):
            for ids, key in table.get(orth, ()):
                end = i + len(ids)
                if end <= len(orths) and (len(ids) == 1 or tuple(orths[i:end]) == ids):
                    yield key, i, end
