"""--scheduler against a real Dask cluster: a scheduler and two workers, each a process of
its own started with the ``dask`` command on loopback, as a user would start them.

The records must equal a local run's, in the same order; a worker killed while it holds work
must cost nothing (Dask runs its tasks again elsewhere, and each result is gathered once).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from dipevents.devtools.bench import build_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev.gold.jsonl"
DASK = Path(sys.executable).parent / "dask"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A scheduler and two single-threaded workers, named w0 and w1."""

    def __init__(self, tmp: Path) -> None:
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.procs: dict[str, subprocess.Popen] = {}
        self.logs = tmp
        self._start("scheduler", "scheduler", "--host", "127.0.0.1", "--port",
                    self.address.rsplit(":", 1)[1], "--no-dashboard")
        for name in ("w0", "w1"):
            self._start(name, "worker", self.address, "--name", name, "--nworkers", "1",
                        "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard")
        from distributed import Client

        self.client = Client(self.address, timeout=60)
        self.client.wait_for_workers(2, timeout=120)

    def _start(self, name: str, *args: str) -> None:
        log = (self.logs / f"{name}.log").open("w")
        # a session of its own, so that killing it kills its worker process with the nanny
        self.procs[name] = subprocess.Popen([str(DASK), *args], stdout=log, stderr=log,
                                            start_new_session=True, cwd=self.logs)

    def worker_address(self, name: str) -> str:
        workers = self.client.scheduler_info(n_workers=-1)["workers"]
        return next(addr for addr, info in workers.items() if info["name"] == name)

    def kill(self, name: str) -> None:
        os.killpg(self.procs[name].pid, signal.SIGKILL)
        self.procs[name].wait()

    def stop(self) -> None:
        self.client.close()
        for proc in self.procs.values():
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()


@pytest.fixture
def dask_cluster(tmp_path):
    cluster = Cluster(tmp_path)
    yield cluster
    cluster.stop()


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "dipevents", "extract", "--format", "jsonl", *args]


def inputs() -> list[str]:
    if DEV.exists():
        return [str(DEV)]
    return [str(ROOT / "examples" / "collection" / "documents.jsonl"),
            *sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))]


def test_a_run_on_the_cluster_gives_the_local_records_in_order(dask_cluster):
    local = subprocess.run(command(*inputs(), "--jobs", "1"), capture_output=True, text=True)
    remote = subprocess.run(command(*inputs(), "--scheduler", dask_cluster.address),
                            capture_output=True, text=True)
    assert remote.returncode == local.returncode == 0, remote.stderr
    assert remote.stdout == local.stdout and remote.stdout.count("\n") > 20
    # both workers took part
    assert all(n > 0 for n in dask_cluster.client.run(
        lambda dask_worker: len(dask_worker.data) + dask_worker.state.executed_count).values())


def test_a_worker_killed_mid_run_costs_no_record(dask_cluster, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    build_corpus(ROOT, 1500, corpus)
    local = subprocess.run(command(str(corpus), "--jobs", "1"), capture_output=True, text=True)
    run = subprocess.Popen(command(str(corpus), "--scheduler", dask_cluster.address),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    victim = dask_cluster.worker_address("w0")
    deadline = time.monotonic() + 120
    while not dask_cluster.client.processing(victim).get(victim):
        assert run.poll() is None and time.monotonic() < deadline, "w0 was never given work"
        time.sleep(0.05)
    dask_cluster.kill("w0")  # while it holds a task
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert out == local.stdout  # complete, in order, nothing doubled
    assert victim not in dask_cluster.client.scheduler_info(n_workers=-1)["workers"]


def test_an_unreachable_scheduler_is_one_line_and_status_6(tmp_path):
    res = subprocess.run(command(*inputs(), "--scheduler", f"tcp://127.0.0.1:{free_port()}",
                                 "--scheduler-timeout", "1"), capture_output=True, text=True)
    assert res.returncode == 6 and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "cannot reach the Dask scheduler" in res.stderr
