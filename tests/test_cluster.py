"""dipevents.cluster: JSONL collections cut into blocks of whole lines, the ordered stream on
a Dask cluster (here an in-process one, so the model loaded for the session serves it), and
the bag and DataFrame functions. The same on separate scheduler and worker processes, with a
worker killed mid-run, is in tests/bench/test_cluster.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from dipevents import cluster  # noqa: E402
from dipevents.inputs import iter_documents  # noqa: E402
from dipevents.parallel import Settings, process  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ["Russia imposed sanctions on Ukraine on Monday.",
         "Britain met France in Paris. Germany urged Serbia to withdraw from the border.",
         "Kenya deployed peacekeepers to Somalia on Tuesday."]


def collection(path: Path, n: int, broken: tuple[int, ...] = ()) -> Path:
    """``n`` documents, half with no id (named by their line), a blank line now and then, and
    a bad JSON line before each document whose index is in ``broken``."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            if i in broken:
                out.write('{"text": broken\n')
            if i % 7 == 3:
                out.write("\n")
            record = {"text": TEXTS[i % len(TEXTS)] * (1 + i % 4), "date": "2022-02-10"}
            if i % 2:
                record["doc_id"] = f"d{i}"
            out.write(json.dumps(record) + "\n")
    return path


def records(pairs) -> list[tuple[str, list[dict]]]:
    return [(str(item) if not hasattr(item, "id") else item.id, [e.to_dict() for e in events])
            for item, events in pairs]


def test_blocks_hold_every_line_once_with_its_number(tmp_path, monkeypatch):
    path = collection(tmp_path / "c.jsonl", 60)
    monkeypatch.setattr(cluster, "BLOCK", 97)  # cuts lines in the middle
    blocks = cluster._blocks(str(path))
    assert len(blocks) > 10 and not any(b.whole for b in blocks)
    counts = cluster._lines_starting(blocks)
    lines, first = [], 1
    for block, count in zip(blocks, counts, strict=True):
        got = list(cluster._block_lines(block))
        assert len(got) == count
        lines += [(first + n, line) for n, line in enumerate(got)]
        first += count
    assert lines == list(enumerate(path.read_bytes().splitlines(keepends=True), 1))


def test_small_gzip_and_utf16_collections_are_one_block(tmp_path):
    small = collection(tmp_path / "s.jsonl", 3)
    wide = tmp_path / "w.jsonl"
    wide.write_text(small.read_text(), encoding="utf-16")
    for path in (small, wide):
        assert [b.whole for b in cluster._blocks(str(path))] == [True]


def test_workers_read_collections_and_globs_of_them(tmp_path):
    for name in ("b.jsonl", "a.ndjson", "notes.txt"):
        (tmp_path / name).write_text("{}\n")
    assert cluster.worker_read(str(tmp_path / "*.*json*")) == [
        str(tmp_path / "a.ndjson"), str(tmp_path / "b.jsonl")]
    assert cluster.worker_read(str(tmp_path / "b.jsonl")) == [str(tmp_path / "b.jsonl")]
    # read here: text, a glob with text in it, stdin, a missing file (reported by name)
    for given in (str(tmp_path / "notes.txt"), str(tmp_path / "*"), "-",
                  str(tmp_path / "gone.jsonl")):
        assert cluster.worker_read(given) is None


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(cluster.ClusterError, match=r"tcp://127.0.0.1:9 within 0.5 s"):
        cluster.connect("tcp://127.0.0.1:9", timeout=0.5)
    with pytest.raises(cluster.ClusterError, match="local:N needs N >= 1"):
        cluster.connect("local:zero")


@pytest.fixture(scope="module")
def client():
    from distributed import Client

    # Threads in this process: the session's model serves the workers, so this stays fast.
    with Client(processes=False, n_workers=2, threads_per_worker=1,
                dashboard_address=None) as c:
        yield c


@pytest.mark.model
def test_the_cluster_gives_the_local_records_in_order(extractor, client, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "BLOCK", 300)
    big = collection(tmp_path / "big.jsonl", 40, broken=(9, 30))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    text = tmp_path / "one.txt"
    text.write_text("Japan cut tariffs on South Korean steel on Monday.")
    paths = [str(text), str(big), str(tmp_path / "gone.jsonl"), str(empty), str(text)]
    local = records(process(iter_documents(paths), Settings(), 1))
    remote = records(cluster.process(paths, Settings(), client))
    assert remote == local
    bad = [n for n, line in enumerate(big.read_text().splitlines(), 1) if "broken" in line]
    errors = [name.split(": ")[0] for name, _ in local if ": " in name]
    assert len(bad) == 2 and errors == [f"{big}:{n}" for n in bad] + [
        str(tmp_path / "gone.jsonl"), str(empty)]
    assert sum(len(events) for _, events in remote) > 40


@pytest.mark.model
def test_a_bag_of_documents_gives_a_bag_of_event_records(extractor):
    import dask.bag as db

    import dipevents

    docs = [{"doc_id": f"d{i}", "date": "2022-02-10", "text": t} for i, t in enumerate(TEXTS)]
    bag = cluster.events_bag(db.from_sequence(docs, npartitions=2))
    got = bag.compute(scheduler="sync")
    want = [e.to_dict() for d in docs
            for e in dipevents.extract(d["text"], date=d["date"], doc_id=d["doc_id"])]
    assert got == want and {r["doc"] for r in got} == {"d0", "d1", "d2"}


@pytest.mark.model
def test_a_dataframe_partition_gives_a_frame_of_events(extractor):
    import dask.dataframe as dd
    import pandas as pd

    import dipevents
    from dipevents.output import CSV_COLUMNS, flat_row

    frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": TEXTS,
                          "date": pd.to_datetime(["2022-02-10", "2022-02-11", None])})
    ddf = dd.from_pandas(frame, npartitions=2)
    got = ddf.map_partitions(cluster.events_frame, date="2022-03-01",
                             meta=cluster.events_frame_meta()).compute(scheduler="sync")
    assert list(got.columns) == list(CSV_COLUMNS)
    want = [flat_row(e) for doc_id, text, day in zip(frame.doc_id, TEXTS,
                                                      ["2022-02-10", "2022-02-11", "2022-03-01"],
                                                      strict=True)
            for e in dipevents.extract(text, date=day, doc_id=doc_id)]
    assert got.to_dict("records") == want
