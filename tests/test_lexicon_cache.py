"""The lexicon cache: a lexicon built once is read back by later processes, and rebuilt when anything it is built from changes."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from monitor.config import load_config
from monitor.text import analyse
from monitor.text.lexicon_cache import cached_lexicon
from monitor.text.watchlists import compile_lexicon

REPORT = "A US drone strike hit a weapons depot in Boukamal, Deir ez-Zor, killing nine militants, SOHR said."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def inputs() -> tuple:
    """The shipped config's watchlists, places and matching settings, its places cut to Deir ez-Zor's (the
    cache is what these tests count, not the coding: a lexicon of 1,400 places builds in a fraction of the
    time of 34,000's)."""
    config = load_config(ROOT / "config.yaml")
    places = {name: tuple(place for place in listed if place.admin1 == "Deir ez-Zor")
              for name, listed in config.places().items()}
    return config.watchlists, places, config.matching


def counting_build():
    built = []

    def build(*inputs):
        built.append(inputs)
        return compile_lexicon(*inputs)
    return build, built


def test_a_built_lexicon_is_read_back_and_codes_the_same(cache):
    build, built = counting_build()
    first = cached_lexicon(build, *inputs())
    again = cached_lexicon(build, *inputs())

    assert len(built) == 1 and len(list(cache.glob("lexicon-*.pickle"))) == 1
    assert analyse(REPORT, "2024-01-01T10:00:00Z", again) == analyse(REPORT, "2024-01-01T10:00:00Z", first)
    assert analyse(REPORT, "2024-01-01T10:00:00Z", again).event["location"] == "Boukamal"


def test_processes_with_other_string_hashing_share_one_file(cache):
    """Config sections hold sets, whose order differs between processes: the key must not."""
    script = ("from monitor.config import load_config\nfrom monitor.text import lexicon_for\n"
              f"lexicon_for(load_config({str(ROOT / 'config.yaml')!r}))\n")
    written = []
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", script], check=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed})
        written.append({path.name: path.stat().st_ino for path in cache.glob("lexicon-*.pickle")})
    assert len(written[1]) == 1
    assert written[1] == written[0]   # the same file (a rewrite replaces it): the second process read it


def test_an_edited_watchlist_is_built_anew_and_old_files_are_pruned(cache, monkeypatch):
    monkeypatch.setattr("monitor.kept.KEEP", 2)
    watchlists, places, shipped_matching = inputs()
    build, built = counting_build()
    for region in (["Deir ez-Zor"], ["Anbar"], ["Raqqa"], ["Anbar"]):
        matching = shipped_matching.model_copy(update={"region": region})
        cached_lexicon(build, watchlists, places, matching)

    assert [inputs[2].region for inputs in built] == [["Deir ez-Zor"], ["Anbar"], ["Raqqa"]]   # Anbar read back
    assert len(list(cache.glob("lexicon-*.pickle"))) == 2


def test_an_unreadable_or_unwritable_cache_still_gives_the_lexicon(cache, caplog, monkeypatch):
    shipped = inputs()
    build, built = counting_build()
    cached_lexicon(build, *shipped)
    (path,) = cache.glob("lexicon-*.pickle")
    path.write_bytes(path.read_bytes()[:1000])   # truncated (a full disk, a killed writer of another version)

    with caplog.at_level(logging.WARNING, logger="monitor.kept"):
        lexicon = cached_lexicon(build, *shipped)
    assert lexicon.enabled and len(built) == 2 and "unreadable" in caplog.text
    assert cached_lexicon(build, *shipped).enabled and len(built) == 2   # the rebuilt file replaced it

    blocked = cache / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(blocked / "cache"))   # cannot be created
    with caplog.at_level(logging.WARNING, logger="monitor.kept"):
        assert cached_lexicon(build, *shipped).enabled
    assert len(built) == 3 and "not written" in caplog.text


def test_the_folding_gazetteer_and_vocabulary_modules_outside_the_package_are_in_the_code_digest():
    import monitor.gazetteer
    import monitor.normalize
    import monitor.vocabulary
    from monitor.text import lexicon_cache

    sources = {path.resolve() for path in lexicon_cache._SOURCES}
    assert {Path(module.__file__).resolve() for module in (monitor.normalize, monitor.gazetteer, monitor.vocabulary)} <= sources


def test_a_lexicon_read_again_in_one_process_is_the_same_object_until_its_file_is_replaced(cache):
    """A reload of an unchanged config (or a doctest's own ``load_config``) does not unpickle a lexicon this
    process read or built already; a file another process replaced meanwhile is read anew."""
    shipped = inputs()
    first = cached_lexicon(compile_lexicon, *shipped)
    assert cached_lexicon(compile_lexicon, *shipped) is first

    (path,) = cache.glob("lexicon-*.pickle")
    copy = path.with_name(".copy")
    copy.write_bytes(path.read_bytes())
    os.replace(copy, path)   # as another process's keep() replaces it
    again = cached_lexicon(compile_lexicon, *shipped)
    assert again is not first and analyse(REPORT, "2024-01-01T10:00:00Z", again) == analyse(REPORT, "2024-01-01T10:00:00Z", first)


def test_a_gazetteer_given_as_its_file_is_known_by_its_bytes_and_read_only_to_build(cache, tmp_path, monkeypatch):
    """``lexicon_for`` passes the config's gazetteer files: a lexicon kept from the same bytes is read back without
    reading the file's places (0.6 s of the 0.9 s a cached lexicon took), other bytes build anew, and the places
    read from the file build what the same places given would."""
    from monitor import gazetteer
    from monitor.gazetteer import write_gazetteer
    from monitor.text import lexicon_cache

    watchlists, places, matching = inputs()
    file = tmp_path / "places.csv.gz"
    write_gazetteer(file, list(places["places"]), ["Deir ez-Zor's places"])
    reads = []
    monkeypatch.setattr(lexicon_cache, "read_gazetteer", lambda *args: reads.append(args) or gazetteer.read_gazetteer(*args))
    build, built = counting_build()

    first = cached_lexicon(build, watchlists, {"places": file}, matching)
    assert cached_lexicon(build, watchlists, {"places": file}, matching) is first
    assert len(built) == len(reads) == 1 and built[0][1] == places
    given = cached_lexicon(compile_lexicon, watchlists, places, matching)
    assert analyse(REPORT, "2024-01-01T10:00:00Z", first) == analyse(REPORT, "2024-01-01T10:00:00Z", given)

    write_gazetteer(file, list(places["places"][:-1]), ["one place fewer"])
    cached_lexicon(build, watchlists, {"places": file}, matching)
    assert len(built) == len(reads) == 2 and len(built[1][1]["places"]) == len(places["places"]) - 1
