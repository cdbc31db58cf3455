"""`make train` rebuilds the shipped type model bit for bit from the dev sets in ../shared."""

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SHIPPED = ROOT / "dipevents" / "data" / "typemodel"


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/eval is not beside this checkout")
def test_training_on_the_dev_sets_gives_the_shipped_model_byte_for_byte(tmp_path):
    out = tmp_path / "typemodel"
    files = sorted(str(p) for p in SHARED.glob("*.jsonl"))
    subprocess.run([sys.executable, "-m", "dipevents", "train", *files, "-o", str(out)],
                   check=True, capture_output=True)
    shipped = sorted(p.relative_to(SHIPPED) for p in SHIPPED.rglob("*") if p.is_file())
    built = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert built == shipped
    _, mismatch, errors = filecmp.cmpfiles(SHIPPED, out, [str(p) for p in shipped], shallow=False)
    assert not mismatch and not errors, mismatch + errors
