"""Every command of the README's Use section runs as written on this checkout's files."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"


def use_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Use\n\n```sh\n(.*?)```", text, re.S).group(1)
    lines = [re.sub(r"\s+# .*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith(".")]


@pytest.mark.parametrize("command", use_commands())
def test_each_use_command_runs(tmp_path, command):
    if "../shared" in command and not SHARED.exists():
        pytest.skip("../shared is not beside this checkout")
    work = tmp_path / "checkout"
    work.mkdir()
    for name in ("seeds", "examples"):
        (work / name).symlink_to(ROOT / name)
    (tmp_path / "shared").symlink_to(SHARED)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    res = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env,
                         stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, (command, res.stderr[-500:])
    assert res.stdout or list(work.glob("events.*")), command
