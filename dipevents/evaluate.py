"""Scoring against gold documents, by the matching rules of the eval GUIDELINES.

Mirrors the reference scorers (``shared/eval/score.py`` and ``score_spans.py``) so the figures
agree: events compare per document as unique (actor, action, target, negated) tuples, codes
after the group aliases; optional gold events excuse a prediction but are never required; a
gold month or year is met by any date inside it. Sentence-label gold (``plv.dev.jsonl``) is
scored by the words of its source and target instead.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .events import Extractor

Key = tuple[Any, Any, Any, bool]


# Other names of the same non-state group, as annotators and tools write them (the eval
# GUIDELINES); codes compare after this mapping.
ALIASES = {"ALSHABAAB": "SHABAAB", "AL_SHABAAB": "SHABAAB", "ISIL": "ISIS", "IS": "ISIS",
           "DAESH": "ISIS", "ISWAP": "ISIS", "NUSRA": "HTS", "ALNUSRA": "HTS", "YPG": "SDF",
           "AQAP": "ALQAEDA", "AQIM": "ALQAEDA", "AL_QAEDA": "ALQAEDA", "HOUTHI": "HOUTHIS",
           "ANSARALLAH": "HOUTHIS", "WAGNERGROUP": "WAGNER"}


def canon(code: Any) -> Any:
    return ALIASES.get(code, code) if isinstance(code, str) else code


def _code(obj: Any) -> Any:
    if obj is None or isinstance(obj, str):
        return canon(obj)
    return canon(obj.get("code"))


def pred_key(pred: dict[str, Any]) -> Key:
    return (_code(pred.get("actor")), (pred.get("action") or {}).get("type"),
            _code(pred.get("target")), bool(pred.get("negated", False)))


def _pred_date(pred: dict[str, Any]) -> Any:
    value = pred.get("date")
    return value.get("value") if isinstance(value, dict) else value


def fits(key: Key, gold: dict[str, Any], any_action: bool = False) -> bool:
    """Whether a predicted tuple fits a gold event: its actor, action and target or one of
    their alternatives (``"*"`` accepts any action or target), and its negation."""
    actor, action, target, negated = key
    alt_actors = [canon(c) for c in gold.get("alt_actors", [])]
    alt_targets = [canon(c) for c in gold.get("alt_targets", [])]
    alt_actions = gold.get("alt_actions", [])
    return ((actor == canon(gold["actor"]) or actor in alt_actors)
            and (any_action or action == gold["action"] or action in alt_actions
                 or "*" in alt_actions)
            and (target == canon(gold["target"]) or target in alt_targets or "*" in alt_targets)
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
            "misses": misses, "spurious": spurious, "unknown_docs": sorted(by_doc),
            "quiet": quiet(gold_docs, spurious)}


# A sentence ends at . ! or ? before a capital or a quote (a count, not a parse: the measure
# below must not depend on the model it measures).
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘'(])")


def quiet(gold_docs: list[dict[str, Any]], spurious: list[tuple[str, Key]]) -> dict[str, Any]:
    """How quiet the tool stays on documents with no event at all (disasters, sports,
    business, crime by unnamed people): the events it reports there, per 1,000 of their
    sentences. Each distinct tuple counts once, as the scorer counts it."""
    empty = [d for d in gold_docs if not d["events"]]
    ids = {d["doc_id"] for d in empty}
    sentences = sum(len(SENTENCE_END.split(d["text"].strip())) for d in empty)
    events = sum(1 for doc_id, _ in spurious if doc_id in ids)
    return {"documents": len(empty), "sentences": sentences, "events": events,
            "per_1000_sentences": round(1000 * events / sentences, 1) if sentences else None}


SPAN_STOP = frozenset({"the", "a", "an", "of", "s", "and", "its", "his", "her", "their", "in",
                       "on", "to", "for"})


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower())) - SPAN_STOP


def _agrees(part: dict[str, Any] | None, gold_text: str | None) -> bool:
    if not gold_text:
        return True
    return bool(part) and bool(_words(part.get("text")) & _words(gold_text))


def score_spans(gold: list[dict[str, Any]], preds: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Sentence labels (one PLOVER type, the words of source and target; the eval README's
    ``score_spans.py``): recall of the labelled event with its arguments, recall of its type
    alone, and precision over predictions whose actor is the labelled one."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for pred in preds:
        if not pred.get("negated"):
            by_doc[str(pred.get("doc"))].append(pred)
    c: Counter = Counter()
    per_type: dict[str, Counter] = defaultdict(Counter)
    for line in gold:
        label, events = line["label"], by_doc.get(line["doc_id"], [])
        typed = [e for e in events if (e.get("action") or {}).get("type") == label]
        on_actor = [e for e in events if _agrees(e.get("actor"), line.get("source_text"))]
        hit = any(_agrees(e.get("actor"), line.get("source_text"))
                  and _agrees(e.get("target"), line.get("target_text")) for e in typed)
        c["sentences"] += 1
        c["typed"] += bool(typed)
        c["hit"] += hit
        c["on_actor"] += len(on_actor)
        c["on_actor_typed"] += sum((e.get("action") or {}).get("type") == label for e in on_actor)
        per_type[label].update(n=1, hit=hit, typed=bool(typed))
    n = c["sentences"] or 1
    recall = c["hit"] / n
    precision = c["on_actor_typed"] / c["on_actor"] if c["on_actor"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentences": c["sentences"], "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4),
            "type_recall": round(c["typed"] / n, 4), "predictions_on_actor": c["on_actor"],
            "per_type": {k: {"n": v["n"], "recall": round(v["hit"] / v["n"], 3),
                             "type_recall": round(v["typed"] / v["n"], 3)}
                         for k, v in sorted(per_type.items())}}


def is_span_gold(docs: list[dict[str, Any]]) -> bool:
    """Sentence-label gold (``label``, ``source_text``) rather than event gold (``events``)."""
    return bool(docs) and "label" in docs[0] and "events" not in docs[0]


def summary_line(res: dict[str, Any]) -> str:
    """The reference scorer's closing line, so the two can be compared at a glance."""
    if "sentences" in res:
        return (f"precision={res['precision']:.3f} recall={res['recall']:.3f} "
                f"f1={res['f1']:.3f} type_recall={res['type_recall']:.3f} "
                f"({res['sentences']} sentences)")
    line = (f"precision={res['precision']:.3f} recall={res['recall']:.3f} f1={res['f1']:.3f} "
            f"(tp={res['tp']} fp={res['fp']} fn={res['fn']} of {res['required']} required) "
            f"date_accuracy={res['date_accuracy']}")
    calm = res.get("quiet") or {}
    if calm.get("documents"):
        line += (f" quiet={calm['events']} events in {calm['sentences']} sentences of "
                 f"{calm['documents']} event-free documents ({calm['per_1000_sentences']} per "
                 f"1000)")
    return line


# How far F1 may fall below its recorded floor before `make eval` fails.
FLOOR_TOLERANCE = 0.02


def evaluate_file(path: Path, extractor: Extractor, any_action: bool = False) -> dict[str, Any]:
    """Extract every gold document of ``path`` (with its own date) and score the result."""
    docs = read_gold(path)
    return score_any(docs, extract_gold(docs, extractor), any_action)


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def extract_gold(docs: list[dict[str, Any]], extractor: Extractor,
                 chunk: int = 16) -> list[dict[str, Any]]:
    """The event records of gold documents, each extracted with its own date."""
    preds: list[dict[str, Any]] = []
    for start in range(0, len(docs), chunk):
        batch = docs[start:start + chunk]
        items = [(d["doc_id"], d["text"], date.fromisoformat(d["date"]) if d.get("date") else None)
                 for d in batch]
        preds += [e.to_dict() for events in extractor.extract_many(items) for e in events]
    return preds


def score_any(docs: list[dict[str, Any]], preds: list[dict[str, Any]],
              any_action: bool = False) -> dict[str, Any]:
    """Events scored as score.py scores them, sentence labels as score_spans.py does."""
    return score_spans(docs, preds) if is_span_gold(docs) else score(docs, preds, any_action)


def per_type_table(res: dict[str, Any]) -> str:
    """Counts per PLOVER type, with per-type precision and recall."""
    if "sentences" in res:
        return "\n".join([f"  {'type':10} {'n':>4} {'recall':>7} {'type rec':>8}"] + [
            f"  {kind:10} {c['n']:4} {c['recall']:7.2f} {c['type_recall']:8.2f}"
            for kind, c in res["per_type"].items()])
    lines = [f"  {'type':10} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6}"]
    for kind, c in res["per_type"].items():
        tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
        prec = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        rec = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        lines.append(f"  {kind!s:10} {tp:4} {fp:4} {fn:4} {prec:>6} {rec:>6}")
    return "\n".join(lines)


def load_floors(path: Path) -> dict[str, Any]:
    """F1 floors per gold file name (``{"dev.gold.jsonl": {"f1": 0.87}}``; keys starting with
    "_" are comments), checked so that a broken file is one clear error naming it."""
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(floors, dict):
        raise ValueError(f"{path}: expected an object of gold file names")
    for name, value in floors.items():
        if name.startswith("_"):
            continue
        if not isinstance(value, dict) or not isinstance(value.get("f1"), int | float):
            raise ValueError(f"{path}: {name!r} needs an object with a number \"f1\", "
                             f"not {value!r}")
    return floors


def below_floor(name: str, res: dict[str, Any], floors: dict[str, Any]) -> str | None:
    """A message when the F1 of gold file ``name`` fell more than the tolerance below its
    recorded floor (``{"dev.gold.jsonl": {"f1": 0.70}}``), else None."""
    floor = floors.get(name, {}).get("f1")
    if floor is None or res["f1"] >= floor - FLOOR_TOLERANCE:
        return None
    return (f"{name}: F1 {res['f1']:.3f} is more than {FLOOR_TOLERANCE} below its floor "
            f"{floor:.3f}")
