"""Scoring against gold documents, by the matching rules of the eval GUIDELINES.

Mirrors the reference scorer (``shared/eval/score.py``) so the figures agree: events compare
per document as unique (actor, action, target, negated) tuples; optional gold events excuse a
prediction but are never required; a gold month or year is met by any date inside it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .events import Extractor

Key = tuple[Any, Any, Any, bool]


def _code(obj: Any) -> Any:
    if obj is None or isinstance(obj, str):
        return obj
    return obj.get("code")


def pred_key(pred: dict[str, Any]) -> Key:
    return (_code(pred.get("actor")), (pred.get("action") or {}).get("type"),
            _code(pred.get("target")), bool(pred.get("negated", False)))


def _pred_date(pred: dict[str, Any]) -> Any:
    value = pred.get("date")
    return value.get("value") if isinstance(value, dict) else value


def fits(key: Key, gold: dict[str, Any], any_action: bool = False) -> bool:
    actor, action, target, negated = key
    return ((actor == gold["actor"] or actor in gold.get("alt_actors", []))
            and (any_action or action == gold["action"] or action in gold.get("alt_actions", []))
            and (target == gold["target"] or target in gold.get("alt_targets", [])
                 or "*" in gold.get("alt_targets", []))
            and negated == bool(gold.get("negated", False)))


def date_ok(value: Any, gold: str | None) -> bool:
    if not gold:
        return True
    return bool(value) and str(value).startswith(gold)


def score(gold_docs: list[dict[str, Any]], preds: Iterable[dict[str, Any]],
          any_action: bool = False) -> dict[str, Any]:
    """Precision, recall, F1, date accuracy, per-type counts, misses and spurious events."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pred in preds:
        by_doc[str(pred.get("doc"))].append(pred)
    tp = fp = fn = dated = dated_ok = 0
    per_type: dict[Any, Counter] = defaultdict(Counter)
    misses: list[tuple[str, tuple, str]] = []
    spurious: list[tuple[str, Key]] = []
    for doc in gold_docs:
        golds = doc["events"]
        keys: dict[Key, list[Any]] = defaultdict(list)
        for pred in by_doc.pop(doc["doc_id"], []):
            keys[pred_key(pred)].append(_pred_date(pred))
        for key in keys:
            if not any(fits(key, g, any_action) for g in golds):
                fp += 1
                per_type[key[1]]["fp"] += 1
                spurious.append((doc["doc_id"], key))
        for gold in golds:
            if gold.get("optional"):
                continue
            found = [k for k in keys if fits(k, gold, any_action)]
            if not found:
                fn += 1
                per_type[gold["action"]]["fn"] += 1
                misses.append((doc["doc_id"], (gold["actor"], gold["action"], gold["target"]),
                               gold["evidence"]))
                continue
            tp += 1
            per_type[gold["action"]]["tp"] += 1
            if gold.get("date"):
                dated += 1
                if any(date_ok(d, gold["date"]) for k in found for d in keys[k]):
                    dated_ok += 1
    total = tp + fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn, "required": total,
            "date_accuracy": round(dated_ok / dated, 4) if dated else None,
            "per_type": {k: dict(v) for k, v in sorted(per_type.items(), key=lambda kv: str(kv[0]))},
            "misses": misses, "spurious": spurious, "unknown_docs": sorted(by_doc)}


def summary_line(res: dict[str, Any]) -> str:
    """The reference scorer's closing line, so the two can be compared at a glance."""
    return (f"precision={res['precision']:.3f} recall={res['recall']:.3f} f1={res['f1']:.3f} "
            f"(tp={res['tp']} fp={res['fp']} fn={res['fn']} of {res['required']} required) "
            f"date_accuracy={res['date_accuracy']}")


# How far F1 may fall below its recorded floor before `make eval` fails.
FLOOR_TOLERANCE = 0.02


def evaluate_file(path: Path, extractor: Extractor, any_action: bool = False,
                  chunk: int = 16) -> dict[str, Any]:
    """Extract every gold document of ``path`` (with its own date) and score the result."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    preds: list[dict[str, Any]] = []
    for start in range(0, len(docs), chunk):
        batch = docs[start:start + chunk]
        items = [(d["doc_id"], d["text"], date.fromisoformat(d["date"]) if d.get("date") else None)
                 for d in batch]
        preds += [e.to_dict() for events in extractor.extract_many(items) for e in events]
    return score(docs, preds, any_action)


def per_type_table(res: dict[str, Any]) -> str:
    """Counts per PLOVER type, with per-type precision and recall."""
    lines = [f"  {'type':10} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}"]
    for kind, c in res["per_type"].items():
        tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
        prec = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        rec = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        lines.append(f"  {kind!s:10} {tp:4} {fp:4} {fn:4} {prec:>6} {rec:>6}")
    return "\n".join(lines)


def below_floor(name: str, res: dict[str, Any], floors: dict[str, Any]) -> str | None:
    """A message when the F1 of gold file ``name`` fell more than the tolerance below its
    recorded floor (``{"dev.gold.jsonl": {"f1": 0.70}}``), else None."""
    floor = floors.get(name, {}).get("f1")
    if floor is None or res["f1"] >= floor - FLOOR_TOLERANCE:
        return None
    return (f"{name}: F1 {res['f1']:.3f} is more than {FLOOR_TOLERANCE} below its floor "
            f"{floor:.3f}")
