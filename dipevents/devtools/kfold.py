"""Honest figures for the type model: k-fold over every dev set at once (`make kfold`).

    python -m dipevents.devtools.kfold [--folds 5] [--uses find,choose,veto,find+retype]
                                       [--find 0.3,0.4] [--veto 0.9] [--retype 0.8,0.9]
                                       ../shared/eval/*.jsonl

The shipped model is trained on the dev sets, so their scores with it on are training scores.
Here every document (a labelled sentence counts as one) falls in one of k folds by a hash of
its file and id; for each fold a model is trained on the other folds of every set and the
held-out fold of every set is extracted with the rules alone and with each use. Figures are
summed over the folds: each document is scored once, by a model that never saw it. A use is
worth keeping when its F1 gain is positive on the news and Current Events sets and not
negative elsewhere.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..evaluate import extract_gold, read_gold, score_any
from ..factory import get_extractor
from ..opinion import Opinion
from ..training import read_labelled, train
from ..typemodel import Thresholds, TypeModel

THRESHOLDS = [f.name for f in fields(Thresholds)]  # the uses that have one


def fold_of(group: str, folds: int) -> int:
    return int(hashlib.md5(group.encode()).hexdigest(), 16) % folds


def configs(uses: list[str], levels: dict[str, list[float]]) -> list[tuple[str, Any]]:
    """(name, (uses, thresholds)) of every variant asked for, the rules alone first: each use
    at each of its thresholds (``levels``), the others at their first."""
    out: list[tuple[str, Any]] = [("rules", None)]
    for spec in uses:
        chosen = frozenset(spec.split("+"))
        grid = [{}]
        for use, values in levels.items():
            grid = [{**g, use: v} for g in grid for v in (values if use in chosen else values[:1])]
        for point in grid:
            name = spec + "".join(f" {u}@{v}" for u, v in point.items() if u in chosen)
            out.append((name, (chosen, Thresholds(**point))))
    return out


def run(paths: list[Path], folds: int, variants: list[tuple[str, Any]]) -> dict[str, Any]:
    extractor = get_extractor(type_model="none")
    pipeline = extractor.pipeline
    gold = {path.name: read_gold(path) for path in paths}
    examples = [x for path in paths for x in read_labelled(path, pipeline.sentences)]
    preds: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for k in range(folds):
        start = time.time()
        nlp = train([x for x in examples if fold_of(x.group, folds) != k], pipeline.nlp.make_doc)
        print(f"fold {k}: trained in {time.time() - start:.0f} s", file=sys.stderr)
        for name, variant in variants:
            extractor.opinion = None if variant is None else Opinion(
                TypeModel(nlp, variant[1]), variant[0])
            for file, docs in gold.items():
                held = [d for d in docs
                        if fold_of(f"{file}:{d.get('doc_id')}", folds) == k]
                preds.setdefault((file, name), []).extend(extract_gold(held, extractor))
    extractor.opinion = None
    return {file: {name: score_any(docs, preds[(file, name)]) for name, _ in variants}
            for file, docs in gold.items()}


def report(results: dict[str, Any]) -> str:
    names = list(next(iter(results.values())))
    lines = ["| use | " + " | ".join(f.replace(".jsonl", "") for f in results) + " |",
             "|---|" + "---|" * len(results)]
    for name in names:
        cells = []
        for file in results:
            base, res = results[file]["rules"]["f1"], results[file][name]["f1"]
            cells.append(f"{res:.3f}" if name == "rules" else f"{res:.3f} ({res - base:+.3f})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def per_type(results: dict[str, Any], name: str) -> str:
    """tp/fp/fn per type, rules alone -> the use, for each event set."""
    lines = []
    for file, res in results.items():
        if "per_type" not in res["rules"] or "sentences" in res["rules"]:  # events only
            continue
        before, after = res["rules"]["per_type"], res[name]["per_type"]
        cells = [f"{t} {before.get(t, {}).get('tp', 0)}/{before.get(t, {}).get('fp', 0)}/"
                 f"{before.get(t, {}).get('fn', 0)}->{c.get('tp', 0)}/{c.get('fp', 0)}/"
                 f"{c.get('fn', 0)}" for t, c in after.items()
                 if c != before.get(t)]
        lines.append(f"{file}: " + "; ".join(cells))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--uses", default="find,choose,veto,retype,find+retype")
    for use in THRESHOLDS:
        ap.add_argument(f"--{use}", default=str(getattr(Thresholds(), use)),
                        help=f"thresholds of {use}, comma-separated")
    ap.add_argument("--types", help="also show per-type changes of this variant")
    args = ap.parse_args()
    variants = configs(args.uses.split(","), {
        use: [float(x) for x in getattr(args, use).split(",")] for use in THRESHOLDS})
    results = run(args.gold, args.folds, variants)
    print(report(results))
    if args.types:
        print(per_type(results, args.types))


if __name__ == "__main__":
    main()
