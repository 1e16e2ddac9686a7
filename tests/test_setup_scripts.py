"""The README's two commands (set-up and build) and CI's use of them need no ``python`` command.

Debian ships ``python3`` and no ``python``, and refuses ``pip install`` outside a virtual
environment. The scripts run here in a copy of their folder with every outside command replaced
by a stub that records its arguments, on a PATH that has no ``python``: nothing is installed,
and a call of ``python`` would fail with "command not found".
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
LOG = "calls.log"

# A stub: appends "name arg..." to the log; python3 -m venv DIR makes DIR/bin/python a stub too.
STUB = """#!/bin/bash
echo "$(basename "$0") $*" >> "{log}"
if [ "$(basename "$0")" = python3 ] && [ "$1" = -m ] && [ "$2" = venv ]; then
  mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
fi
exit 0
"""


def _sandbox(tmp_path: Path, stubs: list[str]) -> tuple[Path, dict[str, str]]:
    """A checkout holding only scripts/, and an environment whose PATH has the stubs, the few
    real tools the scripts use, and no ``python``."""
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "scripts", checkout / "scripts")
    tools = tmp_path / "bin"
    tools.mkdir()
    log = tmp_path / LOG
    for name in stubs:
        (tools / name).write_text(STUB.format(log=log), encoding="utf-8")
        (tools / name).chmod(0o755)
    for name in ("dirname", "basename", "id", "mkdir", "cp"):
        real = shutil.which(name)
        assert real is not None, name
        (tools / name).symlink_to(real)
    assert not (tools / "python").exists()
    return checkout, {"PATH": str(tools), "HOME": str(tmp_path), "LANG": "C.UTF-8"}


def _calls(tmp_path: Path) -> list[str]:
    return (tmp_path / LOG).read_text(encoding="utf-8").splitlines()


def test_setup_makes_a_venv_with_python3_and_installs_into_it(tmp_path: Path) -> None:
    checkout, env = _sandbox(tmp_path, ["python3", "dpkg", "apt-get", "sudo"])
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(
        [bash, "scripts/setup.sh"], cwd=checkout, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    calls = _calls(tmp_path)
    assert "python3 -m venv .venv" in calls
    installs = [c for c in calls if c.startswith("python -m pip install")]
    assert installs and all("-e .[" in c or "--upgrade pip" in c for c in installs)
    assert (checkout / ".venv" / "bin" / "python").exists()  # pip ran as .venv/bin/python
    assert not any(c.startswith(("apt-get", "sudo")) for c in calls)  # stub dpkg: all present
    assert ".venv/bin/stenogram" in done.stdout


def test_setup_installs_the_debian_packages_quietly_when_missing(tmp_path: Path) -> None:
    checkout, env = _sandbox(tmp_path, ["python3", "apt-get", "sudo"])
    (Path(env["PATH"]) / "dpkg").write_text("#!/bin/bash\nexit 1\n", encoding="utf-8")  # none installed
    (Path(env["PATH"]) / "dpkg").chmod(0o755)
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(
        [bash, "scripts/setup.sh"], cwd=checkout, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    apt = [c for c in _calls(tmp_path) if "apt-get" in c]
    assert any(" install " in c and "-qq" in c and "jing" in c for c in apt), apt


def test_the_build_uses_the_venvs_stenogram(tmp_path: Path) -> None:
    checkout, env = _sandbox(tmp_path, [])
    venv = checkout / ".venv" / "bin"
    venv.mkdir(parents=True)
    (venv / "stenogram").write_text(STUB.format(log=tmp_path / LOG), encoding="utf-8")
    (venv / "stenogram").chmod(0o755)
    bash = shutil.which("bash")
    assert bash is not None
    done = subprocess.run(
        [bash, "scripts/build-edition.sh"], cwd=checkout, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert [c.split()[:2] for c in _calls(tmp_path)] == [
        ["stenogram", "convert"],
        ["stenogram", "validate"],
        ["stenogram", "render"],
        ["stenogram", "render"],
    ]


def test_the_readme_and_ci_run_the_same_commands_and_no_bare_python() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    quick = [line for block in blocks[:2] for line in block.splitlines() if line.strip()]
    assert quick == ["bash scripts/setup.sh && bash scripts/build-edition.sh", ".venv/bin/python -m pytest"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/setup.sh" in ci and ".venv/bin/python -m pytest" in ci
    for script in (ROOT / ".ci" / "run", *sorted((ROOT / "scripts").glob("*.sh"))):
        for line in script.read_text(encoding="utf-8").splitlines():
            if not line.lstrip().startswith("#"):
                assert not re.search(r"(^|[\s;&|(])python(\s|$)", line), f"{script.name}: {line}"
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
