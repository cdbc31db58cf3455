"""The pipeline's speed-ups change nothing: the fast attribute ruler annotates as spaCy's does,
and selecting sentences finds every event that parsing them all finds."""

import json
from datetime import date
from pathlib import Path

import pytest
import spacy

from dipevents.fastattrs import use_fast_attributes
from dipevents.spacymodel import find_model

from .conftest import ROOT, SEED

COLLOQUIAL = ("We're gonna go, y'all. Let's see. There is a plan and there are two. "
              "He ain't here. C'mon, we gotta run.")


def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))] + [
        SEED.read_text(encoding="utf-8"), COLLOQUIAL]


def test_fast_attribute_ruler_and_lemmatizer_give_spacys_annotations():
    name = find_model()
    plain = spacy.load(name, exclude=["ner"])
    fast = spacy.load(name, exclude=["ner"])
    use_fast_attributes(fast)
    assert "attribute_ruler" not in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    tokens = 0
    for a, b in zip(plain.pipe(texts()), fast.pipe(texts()), strict=True):
        for s, t in zip(a, b, strict=True):
            assert (s.pos_, str(s.morph), s.lemma_) == (t.pos_, str(t.morph), t.lemma_), s.text
            tokens += 1
    assert tokens > 1000


def test_selection_loses_no_event(extractor):
    from dipevents.events import Extractor

    everything = Extractor(extractor.pipeline, extractor.kb, extractor.lex, select=False,
                           opinion=extractor.opinion)
    items = [(str(i), text, date(2022, 2, 10)) for i, text in enumerate(texts())]
    selected = [[e.to_dict() for e in evs] for evs in extractor.extract_many(items)]
    full = [[e.to_dict() for e in evs] for evs in everything.extract_many(items)]
    assert selected == full
    assert sum(map(len, full)) > 20


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval").exists(), reason="no ../shared")
def test_selection_loses_no_event_on_the_gold_texts(extractor):
    from dipevents.events import Extractor

    everything = Extractor(extractor.pipeline, extractor.kb, extractor.lex, select=False,
                           opinion=extractor.opinion)
    gold = ROOT.parent / "shared" / "eval" / "dev.gold.jsonl"
    docs = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines()]
    items = [(d["doc_id"], d["text"], date.fromisoformat(d["date"])) for d in docs]
    assert ([[e.key() for e in evs] for evs in extractor.extract_many(items)]
            == [[e.key() for e in evs] for evs in everything.extract_many(items)])


def test_nouns_take_plural_forms_only():
    from dipevents.selection import inflections

    assert {"accord", "accords"} <= inflections("accord", {}, verb=False)
    assert {"sanctioned", "sanctioning"} <= inflections("sanction", {})
    assert "according" not in inflections("accord", {}, verb=False)
