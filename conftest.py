"""What every pytest run shares, the tests in tests/ and the docstring examples of monitor/
and spiders/ alike (tests/conftest.py holds the tests' own fixtures)."""

import atexit
import os
import shutil
import tempfile

# Built lexicons are cached per test session, not in the user's ~/.cache (every CLI run inherits this).
os.environ["MONITOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="monitor-test-cache-")
atexit.register(shutil.rmtree, os.environ["MONITOR_CACHE_DIR"], ignore_errors=True)
