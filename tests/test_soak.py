"""Steady memory over many cycles of one daemon (slow: runs bench/soak.py)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_rss_does_not_grow_over_a_hundred_cycles():
    output = subprocess.run([sys.executable, str(ROOT / "bench" / "soak.py"), "100", "4"], capture_output=True,
                            text=True, check=True, timeout=600).stdout
    print(output)
    assert int(re.search(r"(\d+) articles archived", output).group(1)) >= 4 * 99   # articles flowed all along
    growth = float(re.search(r"growth after warm-up: ([+-][\d.]+) MiB", output).group(1))
    assert growth < 15   # a leak of a page or a crawler per cycle would show hundreds of MiB
