"""Our scorer agrees with the reference scorer on the shared gold sets."""

import importlib.util
import json
from datetime import date

from dipevents.evaluate import score

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
