"""Building the project says nothing but what pip says: setuptools' warnings about the
project's own packaging (a licence table, the desk's template folders missing from
`packages`) would greet every user of `make run` and `make test`."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_builds_without_a_warning_and_carries_the_desk(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("monitor", "spiders"):
        shutil.copytree(ROOT / package, source / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
         "-w", str(tmp_path / "wheel"), str(source)],
        capture_output=True, text=True, timeout=240)
    assert built.returncode == 0, built.stderr
    setuptools_says = [line for line in (built.stdout + built.stderr).splitlines()
                       if "Warning" in line and "Location" not in line]   # pip's own index notes aside
    assert setuptools_says == []
    wheel, = (tmp_path / "wheel").glob("*.whl")
    files = set(zipfile.ZipFile(wheel).namelist())
    assert {"monitor/metadata.yml", "monitor/static/desk.css", "monitor/static/boundaries.geojson",
            "monitor/templates/_record.html"} <= files
