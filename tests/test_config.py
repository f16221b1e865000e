"""config.yaml is validated by one pydantic model; errors name the field and the line."""

from __future__ import annotations

import gzip
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, monitor
from monitor.cli import cli
from monitor.config import ConfigError, load_config, parse_duration


def check(path):
    return CliRunner().invoke(cli, ["check", "--config", str(path)])


def test_shipped_config_is_valid_and_lists_the_region_sources():
    config = load_config(ROOT / "config.yaml")
    feeds = config.all_feeds()
    assert len(feeds) >= 30
    assert {feed.language for feed in feeds} >= {"en", "ar"}
    assert len({feed.url for feed in feeds}) == len(feeds)
    result = check(ROOT / "config.yaml")
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def test_unknown_keys_are_errors_with_their_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("storage:\n  path: a.db\nfetch:\n  timout: 10s\nfeeds: []\n")
    result = check(path)
    assert result.exit_code == 2
    assert "line 4: fetch.timout: Extra inputs are not permitted" in result.output


def test_every_problem_is_reported_with_field_path_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(
        "fetch:\n"
        "  concurrency: 0\n"
        "schedule:\n"
        "  default_interval: soon\n"
        "feeds:\n"
        "  - name: ok\n"
        "    url: https://example.com/rss\n"
        "  - name: bad\n"
        "    url: ftp://example.com/rss\n"
        "  - url: https://example.com/other\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    problems = {(p.field, p.line) for p in caught.value.problems}
    assert ("fetch.concurrency", 2) in problems
    assert ("schedule.default_interval", 4) in problems
    assert ("feeds[1].url", 9) in problems
    assert ("feeds[2].name", 10) in problems
    assert len(caught.value.problems) == 4
    assert "'soon' is not a duration" in str(caught.value)


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("feeds:\n  - name: a\n    url: [unclosed\n")
    result = check(path)
    assert result.exit_code == 2 and "line " in result.output and "(yaml)" in result.output


def test_missing_opml_source_is_an_error_on_its_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("feeds: []\nsources:\n  - nowhere.opml\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    (problem,) = caught.value.problems
    assert problem.field == "sources[0]" and problem.line == 3 and "cannot read OPML" in problem.message


def test_opml_feeds_are_added_and_duplicates_polled_once(tmp_path):
    (tmp_path / "list.opml").write_text(
        '<opml version="2.0"><body><outline text="Group">'
        '<outline text="A" xmlUrl="https://a.example/rss?utm_source=x" language="ar"/>'
        '<outline text="B" xmlUrl="https://b.example/feed"/></outline></body></opml>')
    path = tmp_path / "config.yaml"
    path.write_text("sources: [list.opml]\nfeeds:\n  - name: A here\n    url: https://A.example/rss\n")
    feeds = load_config(path).all_feeds()
    assert [(f.name, f.url) for f in feeds] == [("A here", "https://A.example/rss"), ("B", "https://b.example/feed")]


def test_durations():
    assert parse_duration("15m") == 900 and parse_duration("1h30m") == 5400 and parse_duration(45) == 45
    with pytest.raises(ValueError):
        parse_duration("15 minutes-ish")


def test_rule_places_must_be_in_the_gazetteer(tmp_path):
    """A misspelt place would silently disable a rule; it is named with its line instead."""
    path = tmp_path / "config.yaml"
    path.write_text(
        "notify:\n  ops: 'json://127.0.0.1/x'\n"
        "rules:\n  - name: r\n    targets: [ops]\n"
        "    places: [deir ez-zor, Dayr az-Zawr, IRAQ, Al-Tanf]\n"
        f"watchlists:\n  places:\n    gazetteer: {ROOT / 'seeds' / 'gazetteer.csv'}\n"
        "matching:\n  require: [places]\n  score: [places]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    (problem,) = caught.value.problems
    assert (problem.field, problem.line) == ("rules[0].places[1]", 6)
    assert problem.message == "'Dayr az-Zawr' is no place, governorate or country of the gazetteer; did you mean 'Deir ez-Zor'?"


def test_a_yaml_mistake_is_named_at_its_line_with_the_line_shown(tmp_path):
    """The parser notices a list left open two lines later, at the next key: the line to fix is named."""
    shipped = (ROOT / "config.yaml").read_text(encoding="utf-8").splitlines()
    number = next(n for n, line in enumerate(shipped, 1) if line.rstrip().endswith('"أنصار الله"]'))
    shipped[number - 1] = shipped[number - 1].rstrip()[:-1]          # the closing ] forgotten
    path = tmp_path / "config.yaml"
    path.write_text("\n".join(shipped) + "\n", encoding="utf-8")
    result = monitor("check", "--config", str(path), check=False)
    assert result.returncode == 2
    assert f"line {number}: (yaml): expected ',' or ']'" in result.stderr
    assert f"  > {number:4} | {shipped[number - 1]}\n" in result.stderr
    assert "<- the parser gave up here" in result.stderr


def test_unknown_keys_places_and_watchlists_get_the_nearest_valid_one(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("fetch:\n  timout: 10s\nnotify:\n  ops: 'json://127.0.0.1/x'\n"
                    "rules:\n  - name: r\n    targets: [ops]\n    min_fatalites: 1\n")
    result = monitor("check", "--config", str(path), check=False)
    assert result.returncode == 2
    assert "line 2: fetch.timout: Extra inputs are not permitted; did you mean 'timeout'?" in result.stderr
    assert "line 8: rules[0].min_fatalites: Extra inputs are not permitted; did you mean 'min_fatalities'?" \
        in result.stderr
    path.write_text("notify:\n  ops: 'json://127.0.0.1/x'\n"
                    "rules:\n  - name: r\n    targets: [opz]\n    places: [Hasaka, Dohuk]\n"
                    f"watchlists:\n  places:\n    gazetteer: {ROOT / 'seeds' / 'gazetteer.csv'}\n"
                    "matching:\n  require: [place]\n  score: [places]\n")
    result = monitor("check", "--config", str(path), check=False)
    assert "line 5: rules[0].targets[0]: unknown target 'opz'; targets in notify: ops; did you mean 'ops'?" \
        in result.stderr
    assert "'Hasaka' is no place, governorate or country of the gazetteer; did you mean 'Al-Hasakah'?" in result.stderr
    assert "'Dohuk' is no place, governorate or country of the gazetteer; did you mean 'Duhok'?" in result.stderr
    assert "line 11: matching.require[0]: no watchlist named 'place' (watchlists: places); did you mean 'places'?" \
        in result.stderr


def test_a_copied_config_finds_the_shipped_gazetteer_and_a_users_own_stays_relative(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    copied = tmp_path / "elsewhere" / "config.yaml"
    copied.write_text((ROOT / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    result = monitor("check", "--config", str(copied))
    assert "config.yaml: OK (54 feeds" in result.stdout
    # A gazetteer of the user's own, beside the config, is the one read (not the shipped one).
    (tmp_path / "elsewhere" / "seeds").mkdir()
    (tmp_path / "elsewhere" / "seeds" / "places.csv.gz").write_bytes(
        gzip.compress(b"name,variants,latitude,longitude,country,admin1,kind\n"
                      b"Al-Tanf,,33.5,38.6,Syria,Homs,base\nDeir ez-Zor,,35.3,40.1,Syria,Deir ez-Zor,city\n"))
    result = monitor("check", "--config", str(copied), check=False)
    assert "matching.region[1]: 'Al-Hasakah' is no governorate or place of the gazetteer" in result.stderr


def test_a_config_holds_its_gazetteers_digest_not_its_places_and_a_reload_sees_an_edit(tmp_path):
    """The crawl process keeps the config for its whole life: it holds each gazetteer's size
    and digest (what a reload compares), the places are read where a lexicon is built."""
    from monitor.config import config_changes
    from monitor.workers import Workers

    header = b"name,variants,latitude,longitude,country,admin1,kind\n"
    rows = [b"Al-Tanf,,33.5,38.6,Syria,Homs,base\n", b"Deir ez-Zor,,35.3,40.1,Syria,Deir ez-Zor,city\n"]
    gazetteer = tmp_path / "places.csv"
    gazetteer.write_bytes(header + b"".join(rows))
    path = tmp_path / "config.yaml"
    path.write_text(f"watchlists:\n  places:\n    gazetteer: {gazetteer}\n"
                    "matching:\n  require: [places]\n  score: []\n  region: [Deir ez-Zor]\n", encoding="utf-8")
    old = load_config(path)
    assert old.gazetteer_digests["places"][0] == 2
    assert "Place" not in repr(old)   # no place objects kept in the config
    assert [place.name for place in old.places()["places"]] == ["Al-Tanf", "Deir ez-Zor"]
    assert config_changes(old, load_config(path)) == [] and Workers(old).serves(load_config(path))

    gazetteer.write_bytes(header + b"".join(rows) + b"Al-Bukamal,,34.45,40.93,Syria,Deir ez-Zor,town\n")
    new = load_config(path)
    assert config_changes(old, new) == ["watchlist places: gazetteer 2 -> 3 places"]
    assert not Workers(old).serves(new)
    assert [place.name for place in new.places()["places"]][-1] == "Al-Bukamal"


def test_config_imports_nothing_of_the_text_package():
    """The arrows run one way: text/ may use config's types, config never loads text/."""
    loaded = subprocess.run([sys.executable, "-c", "import sys, monitor.config; "
                             "print(sorted(m for m in sys.modules if m.startswith('monitor.text')))"],
                            capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    assert loaded == "[]"


def test_a_gazetteer_is_read_in_full_once_then_its_names_are_kept(tmp_path, monkeypatch):
    """A config's places are checked against names kept on disk by the gazetteer's digest:
    a later start (another process) does not read its places again; an edited gazetteer is
    read anew; a misspelt place is still named, with its suggestion."""
    import monitor.config

    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path / "cache"))
    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_bytes((ROOT / "seeds" / "gazetteer.csv").read_bytes())
    path = tmp_path / "config.yaml"
    path.write_text(
        "notify:\n  ops: 'json://127.0.0.1/x'\n"
        "rules:\n  - name: r\n    targets: [ops]\n    places: [deir ez-zor, IRAQ, Al-Tanf]\n"
        f"watchlists:\n  places:\n    gazetteer: {gazetteer}\n"
        "matching:\n  require: [places]\n  score: [places]\n  region: [Deir ez-Zor]\n")
    reads = []
    read_gazetteer = monitor.config.read_gazetteer
    monkeypatch.setattr(monitor.config, "read_gazetteer", lambda file: reads.append(file) or read_gazetteer(file))

    first = load_config(path).gazetteer_digests
    again = load_config(path).gazetteer_digests
    assert reads == [gazetteer] and first == again and first["places"][0] == len(read_gazetteer(gazetteer))

    gazetteer.write_text(gazetteer.read_text(encoding="utf-8") + "Zorblax,,35.0,40.0,Syria,Deir ez-Zor,village\n",
                         encoding="utf-8")
    path.write_text(path.read_text().replace("Al-Tanf]", "Al-Tanf, Zorblax, Dayr az-Zawr]"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    (problem,) = caught.value.problems
    assert problem.message == "'Dayr az-Zawr' is no place, governorate or country of the gazetteer; did you mean 'Deir ez-Zor'?"
    assert reads[1] == gazetteer   # the edited file, read for its names
