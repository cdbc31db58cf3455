"""Faster stand-ins for spaCy's ``attribute_ruler`` and rule ``lemmatizer``, same results.

The model's attribute ruler maps tags to parts of speech and morphology with ~180 token
patterns, run through spaCy's general Matcher: a fifth of our parse time. Nearly all its
patterns look at one token (tag, lowercase form, dependency), so their matches are cached per
distinct token; the few multi-token ones ("gon na", "there is") are checked in place. Matches
are applied in the ruler's order, later rules winning, through spaCy's own ``set_token_attrs``,
so the annotations are identical (a test compares them on every token of the examples).
The lemmatizer keeps spaCy's tables and cache and only skips making a Token per token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Predicate = Callable[[Token], bool]
KEY_ATTRS = [TAG, LOWER, DEP, IS_SPACE, ORTH, POS]  # all that the rules can look at
LEMMA_ATTRS = [ORTH, POS, MORPH, LEMMA]
FIELDS: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space, "ORTH": lambda t: t.orth_, "POS": lambda t: t.pos_,
}


def _value_test(spec: Any) -> Callable[[Any], bool]:
    if isinstance(spec, dict):
        if set(spec) == {"IN"}:
            allowed = set(spec["IN"])
            return lambda v: v in allowed
        if set(spec) == {"NOT_IN"}:
            banned = set(spec["NOT_IN"])
            return lambda v: v not in banned
        if set(spec) == {"REGEX"}:
            regex = re.compile(spec["REGEX"])
            return lambda v: bool(regex.search(v))
        raise ValueError(f"unsupported attribute-ruler predicate {spec}")
    return lambda v: v == spec


def _token_test(spec: dict[str, Any]) -> Predicate:
    tests = []
    for field, value in spec.items():
        if field not in FIELDS:
            raise ValueError(f"unsupported attribute-ruler field {field}")
        tests.append((FIELDS[field], _value_test(value)))
    return lambda tok: all(test(get(tok)) for get, test in tests)


def one_at_a_time(component: Callable[[Doc], Doc], docs: Iterable[Doc]) -> Iterator[Doc]:
    """``pipe`` for a component that gains nothing from batches."""
    for doc in docs:
        yield component(doc)


class FastAttributeRuler:
    """Applies an AttributeRuler's patterns without the Matcher."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        self.single: list[tuple[int, Predicate]] = []
        self.multi: list[tuple[int, list[Predicate]]] = []
        for key in sorted(int(ruler.vocab.strings[k]) for k in ruler.matcher._patterns):
            _, patterns = ruler.matcher.get(str(key))
            for pattern in patterns:
                tests = [_token_test(spec) for spec in pattern]
                if len(tests) == 1:
                    self.single.append((key, tests[0]))
                else:
                    self.multi.append((key, tests))
        self._cache: dict[tuple, tuple[list[int], list[int]]] = {}

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        return one_at_a_time(self, docs)

    def _match(self, key: tuple[int, ...], tok: Token) -> tuple[list[int], list[int]]:
        """Single-token rules that match ``tok`` and multi-token rules it can start, cached
        per distinct (tag, form, dependency, ...) since rules see nothing else."""
        found = ([attr for attr, test in self.single if test(tok)],
                 [i for i, (_, tests) in enumerate(self.multi) if tests[0](tok)])
        if len(self._cache) < 100_000:
            self._cache[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        # The cache keys straight from the token array, without a Token object per token.
        keys = doc.to_array(KEY_ATTRS).tolist()
        matches: list[tuple[int, int, int]] = []
        for i, key in enumerate(map(tuple, keys)):
            found = self._cache.get(key)
            singles, starts = found if found is not None else self._match(key, doc[i])
            for attr in singles:
                matches.append((attr, i, i + 1))
            for index in starts:
                attr, tests = self.multi[index]
                end = i + len(tests)
                if end <= n and all(test(doc[i + k]) for k, test in enumerate(tests[1:], 1)):
                    matches.append((attr, i, end))
        matches.sort()
        # Each match sets plain attributes of one token, so applying, per token, the union of
        # its matches' attributes in rule order leaves the same values with one call a token.
        merged: dict[int, dict] = {}
        for attr, start, end in matches:
            index = self.indices[attr]
            token = (start if index >= 0 else end) + index
            merged.setdefault(token, {}).update(self.attrs[attr])
        for token, attrs in merged.items():
            set_token_attrs(doc[token], attrs)
        return doc

class FastLemmatizer:
    """Runs a rule lemmatizer over a doc through its own cache, keyed as spaCy keys it (form,
    part of speech, morphology) but read from the token array, and writes the lemmas back as
    one array: per token, spaCy's loop made a Token object and set ``lemma_`` through it."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups  # its tables, for who reads them off the pipeline
        lemmatizer._validate_tables(Errors.E1004)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        return one_at_a_time(self, docs)

    def __call__(self, doc: Doc) -> Doc:
        lem, strings = self.lemmatizer, doc.vocab.strings
        rows = doc.to_array(LEMMA_ATTRS)
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not lem.overwrite:
                continue
            lemmas = lem.cache.get((orth, pos, morph)) or lem.lemmatize(doc[i])
            rows[i, 3] = strings.add(lemmas[0])
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:])
        return doc


@Language.factory("dipevents_fast_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """Built from the pipeline's own rule ``lemmatizer``, which it then replaces."""
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


@Language.factory("dipevents_fast_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributeRuler:
    """Built from the pipeline's own ``attribute_ruler``, which it then replaces."""
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def use_fast_attributes(nlp: Language) -> None:
    """Swap the pipeline's attribute ruler and rule lemmatizer for the fast ones, where they
    are there and can be mirrored."""
    if "attribute_ruler" in nlp.pipe_names:
        try:
            nlp.add_pipe("dipevents_fast_attributes", after="attribute_ruler")
        except ValueError:  # a pattern we cannot mirror: keep spaCy's own ruler
            pass
        else:
            nlp.remove_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        nlp.add_pipe("dipevents_fast_lemmatizer", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")
