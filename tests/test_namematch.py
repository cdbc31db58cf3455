"""The plain-name matcher gives the matches spaCy's PhraseMatcher gives, on a blank pipeline."""

import spacy
from spacy.matcher import PhraseMatcher

from dipevents.namematch import PlainNames

NAMES = ["Kabul", "Maidan Wardak Province", "Culiacán", "Ben Carson", "Carson", "New York",
         "New York City", "York", "São Tomé"]
TEXTS = ["Rebels attacked Maidan Wardak Province and Kabul.",
         "Ben Carson flew from New York City to Culiacán, not York.",
         "In São Tomé, New York-based officials met Carson's aides.",
         "Nothing here matches, not even kabul or NEW YORK."]


def test_plain_names_match_as_the_phrase_matcher_does():
    nlp = spacy.blank("en")
    spacy_matcher, plain = PhraseMatcher(nlp.vocab), PlainNames(nlp)
    for name in NAMES:
        key = nlp.vocab.strings.add(name)
        spacy_matcher.add(name, [nlp.make_doc(name)])
        plain.add(key, name)
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert set(plain(doc)) == set(spacy_matcher(doc)), text
    doc = nlp.make_doc(TEXTS[1])
    assert {doc[s:e].text for _, s, e in plain(doc)} == {
        "Ben Carson", "Carson", "New York", "New York City", "York", "Culiacán"}


def test_names_the_tokenizer_would_split_stay_with_spacy():
    plain = PlainNames(spacy.blank("en"))
    assert plain.plain("Maidan Wardak Province") and plain.plain("Culiacán")
    for name in ["al-Qaeda", "G7", "U.S.", "Kata'ib Hezbollah", "Cannot", "New  York", " Kabul"]:
        assert not plain.plain(name), name
