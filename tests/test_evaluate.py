"""Our scorer agrees with the reference scorer on the shared gold sets."""

import importlib.util
import json
from datetime import date

import pytest

from dipevents.evaluate import ALIASES, is_span_gold, score, score_spans, summary_line

from .conftest import SHARED, load_gold


def reference():
    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scores_agree_with_the_reference_on_the_seed(extractor):
    gold = load_gold("seed.gold.jsonl")
    preds = [e.to_dict() for doc in gold
             for e in extractor.extract(doc["doc_id"], doc["text"],
                                        date.fromisoformat(doc["date"]))]
    preds = json.loads(json.dumps(preds))
    ours, theirs = score(gold, preds), reference().score(gold, preds)
    for key in ("precision", "recall", "f1", "tp", "fp", "fn", "date_accuracy", "per_type"):
        assert ours[key] == theirs[key], key
    ours_any, theirs_any = score(gold, preds, True), reference().score(gold, preds, True)
    assert ours_any["f1"] == theirs_any["f1"]


def test_scoring_rules_on_hand_made_predictions():
    gold = [{"doc_id": "d", "events": [
        {"actor": "GBR", "action": "CONSULT", "target": "RUS", "date": "2022-02",
         "evidence": "e", "optional": False, "negated": False, "alt_actions": []},
        {"actor": "RUS", "action": "CONSULT", "target": "GBR", "date": None,
         "evidence": "e", "optional": True, "negated": False},
        {"actor": "GBR", "action": "MOBILIZE", "target": None, "date": "2022-02-10",
         "evidence": "e", "optional": False, "negated": False, "alt_targets": ["RUS"]}]}]
    preds = [
        {"doc": "d", "actor": {"code": "GBR"}, "action": {"type": "CONSULT"},
         "target": {"code": "RUS"}, "negated": False, "date": {"value": "2022-02-14"}},
        {"doc": "d", "actor": {"code": "RUS"}, "action": {"type": "CONSULT"},
         "target": {"code": "GBR"}, "negated": False, "date": {"value": "2022-02-14"}},
        {"doc": "d", "actor": {"code": "GBR"}, "action": {"type": "MOBILIZE"},
         "target": {"code": "RUS"}, "negated": False, "date": {"value": "2022-02-09"}},
        {"doc": "d", "actor": {"code": "USA"}, "action": {"type": "ASSAULT"},
         "target": None, "negated": False, "date": {"value": None}},
    ]
    res = score(gold, preds)
    assert (res["tp"], res["fp"], res["fn"]) == (2, 1, 0)
    assert res["date_accuracy"] == 0.5  # a month is met by any day in it; a wrong day is not


def load_reference(name: str):
    path = SHARED / "eval" / name
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturbed_predictions(gold: list[dict]) -> list[dict]:
    """Predictions built from the gold itself, then varied the ways real output differs:
    alias codes, other types, dropped targets, negations, stray events, spans of other words."""
    preds = []
    aliases = {v: k for k, v in ALIASES.items()}
    for n, doc in enumerate(gold):
        for m, g in enumerate(doc.get("events", [])):
            turn = (n + m) % 5
            actor = aliases.get(g["actor"], g["actor"]) if turn == 1 else g["actor"]
            kind = "ASSAULT" if turn == 2 else g["action"]
            target = None if turn == 3 else g["target"]
            preds.append({"doc": doc["doc_id"], "actor": {"code": actor, "text": actor},
                          "action": {"type": kind}, "target": {"code": target, "text": "x"}
                          if target else None, "negated": turn == 4,
                          "date": {"value": g.get("date")}})
        if "label" in doc:
            label = doc["label"] if n % 3 else "CONSULT"
            preds.append({"doc": doc["doc_id"], "negated": n % 7 == 0,
                          "actor": {"text": doc.get("source_text") or "someone"},
                          "action": {"type": label},
                          "target": {"text": (doc.get("target_text") or "") if n % 4 else "y"}})
        preds.append({"doc": doc["doc_id"], "actor": {"code": "USA"},
                      "action": {"type": "CONSULT"}, "target": None, "negated": False})
    return preds


def test_eval_agrees_with_the_reference_scorers_on_every_shared_file():
    files = sorted((SHARED / "eval").glob("*.jsonl"))
    if not files:
        pytest.skip("../shared/eval is not beside this checkout")
    events, spans = load_reference("score.py"), load_reference("score_spans.py")
    for path in files:
        gold = load_gold(path.name)
        preds = perturbed_predictions(gold)
        if is_span_gold(gold):
            assert score_spans(gold, preds) == spans.score(gold, preds), path.name
            continue
        for any_action in (False, True):
            ours, theirs = score(gold, preds, any_action), events.score(gold, preds, any_action)
            # the quiet-document measure is ours alone; every figure the reference gives agrees
            assert set(ours) - set(theirs) == {"quiet"}, (path.name, sorted(ours))
            assert {k: ours[k] for k in theirs} == theirs, (path.name, any_action)


def test_events_on_event_free_documents_are_counted_per_thousand_sentences():
    gold = [{"doc_id": "a", "text": "A storm hit the coast. Dozens died. Roads closed.",
             "events": []},
            {"doc_id": "b", "text": "Russia attacked Ukraine.", "events": [
                {"actor": "RUS", "action": "ASSAULT", "target": "UKR", "evidence": "x"}]}]
    pred = {"doc": "a", "actor": {"code": "USA"}, "action": {"type": "AID"}, "target": None,
            "negated": False}
    calm = score(gold, [pred, pred])["quiet"]  # one distinct tuple
    assert calm == {"documents": 1, "sentences": 3, "events": 1, "per_1000_sentences": 333.3}
    assert score(gold, [])["quiet"]["events"] == 0
    assert "quiet=1 events in 3 sentences" in summary_line(score(gold, [pred]))
