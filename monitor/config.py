"""The one reader of config.yaml: a pydantic model and the loader that names bad lines.

    >>> config = load_config("config.yaml")          # raises ConfigError naming the field and line
    >>> feeds = config.all_feeds()                    # config feeds + OPML sources, deduplicated
    >>> feeds[0].url
    'https://www.aljazeera.com/xml/rss/all.xml'

Reloading is just calling ``load_config`` again: a config is an immutable value.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, NamedTuple, get_args
from urllib.parse import urlsplit

import yaml
from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator,
                      model_validator)

from monitor.gazetteer import Place, read_gazetteer
from monitor.kept import files_digest, keep, read_kept
from monitor.normalize import name_key, normalize_term
from monitor.urls import TELEGRAM_HOSTS, canonical_url
from monitor.vocabulary import CATEGORIES, SUB_EVENT_TYPES

# The checkout the monitor runs from (`make` installs it editable): seeds/ ships there.
SHIPPED = Path(__file__).resolve().parent.parent
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
ENV_PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> float:
    """Seconds from ``90``, ``"45s"``, ``"15m"``, ``"1h30m"`` or ``"2d"``.

    >>> parse_duration("1h30m")
    5400.0
    """
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 30s, 15m or 1h")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        text = str(value).strip().lower()
        parts = _DURATION.findall(text)
        if not parts or _DURATION.sub("", text).strip():
            raise ValueError(f"{value!r} is not a duration such as 30s, 15m or 1h")
        seconds = sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return seconds


Duration = Annotated[float, BeforeValidator(parse_duration)]


class Section(BaseModel):
    """Every section forbids unknown keys: a typo must be an error, not a silent default."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class StorageConfig(Section):
    path: Path = Path("archive.db")


class FetchConfig(Section):
    user_agent: str = "border-strike-monitor/0.1 (+https://github.com/border-strike-monitor)"
    timeout: Duration = 20.0
    max_bytes: int = Field(10_000_000, gt=0)
    concurrency: int = Field(16, ge=1, le=512)
    per_domain_delay: Duration = 1.0
    allow_private: bool = False
    retries: int = Field(2, ge=0, le=10)
    obey_robots: bool = True
    # What one source may take of one poll; what is left waits for its later polls (README, "Robustness").
    max_new_links: int = Field(300, ge=1)       # new pages requested
    max_history_pages: int = Field(5, ge=0)     # older pages of a Telegram channel, sitemaps of an index
    source_time: Duration = 120.0               # its answers' time added up, after which its requests are dropped


class ScheduleConfig(Section):
    default_interval: Duration = 900.0
    jitter: Duration = 30.0
    reload_check: Duration = 2.0
    # A failing feed waits its interval doubled per consecutive failure, at most this long.
    max_backoff: Duration = 6 * 3600.0
    # A source without `interval` is polled as often as it publishes, within these bounds
    # (from the publication times it lists; see monitor/intervals.py).
    min_interval: Duration = 300.0
    max_interval: Duration = 3600.0
    # Sitemaps and Telegram channels: only what was published this recently is taken.
    backfill: Duration = 3 * 86400.0

    @field_validator("default_interval", "min_interval", "max_interval")
    @classmethod
    def _positive(cls, value: float) -> float:
        if value < 1:
            raise ValueError("must be at least 1s")
        return value

    @model_validator(mode="after")
    def _bounds(self):
        if self.min_interval > self.max_interval:
            raise ValueError("min_interval is longer than max_interval")
        return self


class ExtractConfig(Section):
    # Worker processes reading pages (extraction, dedup sketch, text analysis); 0 = one per core.
    workers: int = Field(0, ge=0, le=64)
    # trafilatura's fallback extractors (readability, jusText) compared with its own on every
    # page (its fast=False). Off by default: a fifth of the CPU per page, and on 90 unseen
    # real pages the bodies score the same with and without them (README).
    fallback: bool = False


OSM_TILES = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'


class ServeConfig(Section):
    """``monitor serve``: Datasette on the archive, read-only, loopback unless told otherwise."""

    host: str = "127.0.0.1"
    port: int = Field(8001, ge=1, le=65535)
    # The map's background tiles are fetched by the analyst's browser; offline they fail
    # quietly (markers still show). Point at a local tile server for an air-gapped desk.
    tile_layer: str = OSM_TILES
    tile_attribution: str = OSM_ATTRIBUTION

    @field_validator("tile_layer")
    @classmethod
    def _tile_template(cls, value: str) -> str:
        missing = [part for part in ("{z}", "{x}", "{y}") if part not in value]
        if missing:
            raise ValueError(f"a tile URL template needs {', '.join(missing)}, "
                             "e.g. https://tile.example.org/{z}/{x}/{y}.png")
        return value


class DedupConfig(Section):
    """Story folding (monitor/dedup.py); defaults measured on tests/test_dedup.py's syndication set."""

    threshold: float = Field(0.5, gt=0, le=1)        # estimated Jaccard of word shingles
    shingle_size: int = Field(3, ge=1, le=10)        # words per shingle
    num_perm: int = Field(128, ge=16, le=1024)       # MinHash permutations: 4 bytes each
    window_days: float = Field(7.0, gt=0)            # how long an article stays a candidate


def _http_url(value: str) -> str:
    if not re.match(r"(?i)^https?://[^/\s]+", value or ""):
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


SourceKind = Literal["feed", "site", "sitemap", "page", "telegram"]


class FeedConfig(Section):
    """One source: a feed, or a site, sitemap, listing page or Telegram channel (``kind``)."""

    name: str
    url: Annotated[str, BeforeValidator(str), BeforeValidator(_http_url)]
    # The outlet's home page (OPML htmlUrl): where discovery looks for the feed when `url` fails.
    site: Annotated[str, BeforeValidator(str), BeforeValidator(_http_url)] | None = None
    kind: SourceKind | None = None     # None: detected (telegram from t.me, else from the answer)
    links: str | None = None           # kind page: CSS or XPath of the article links
    interval: Duration | None = None
    language: str | None = None
    enabled: bool = True

    @property
    def source_kind(self) -> str | None:
        """The configured kind; ``telegram`` for t.me addresses; None: detected when fetched.

        >>> FeedConfig(name="c", url="https://t.me/s/channel").source_kind
        'telegram'
        """
        if self.kind:
            return self.kind
        host = (urlsplit(self.url).hostname or "").lower()
        return "telegram" if host in TELEGRAM_HOSTS else None

    @field_validator("links")
    @classmethod
    def _selector(cls, links: str | None) -> str | None:
        if links is not None:
            _check_selector(links)
        return links

    @model_validator(mode="after")
    def _links_for_pages(self):
        if self.links and self.source_kind != "page":
            raise ValueError("`links` only applies to kind: page")
        return self


class RuleConfig(Section):
    """One alert rule: every condition given must hold (an empty list is no condition).

    Event conditions (``places``, ``actors``, ``sub_event_types``, ``min_fatalities``,
    ``within``) must all hold for one event of the story; story conditions
    (``watchlists``, ``terms``, ``min_sources``) for the story as a whole.
    """

    name: str = Field(min_length=1)
    severity: Literal["info", "low", "medium", "high", "critical"] = "high"
    targets: list[str] = Field(min_length=1)
    watchlists: list[str] = []         # a term of one of these watchlists matched
    terms: list[str] = []              # one of these watchlist terms matched
    places: list[str] = []             # event location, admin area or country
    actors: list[str] = []
    sub_event_types: list[str] = []
    min_fatalities: int | None = Field(None, ge=0)   # None: any toll, also none reported
    min_sources: int = Field(1, ge=1)
    corroboration: int | None = Field(None, ge=2)    # an update when sources reach this
    within: Duration | None = None     # event date (else story last seen) at most this old


class AlertsConfig(Section):
    max_age: Duration = 2 * 86400.0    # older alerts are recorded but never sent
    retry_base: Duration = 60.0        # first retry after this, doubling per failure
    retry_max: Duration = 6 * 3600.0
    max_attempts: int = Field(12, ge=1)
    links: int = Field(5, ge=1, le=50)  # article links per message
    deliver_every: Duration = Field(30.0, gt=0)  # the daemon's alert cycle: record what is due, send it


class TermConfig(Section):
    """One watchlist term: its canonical name and the other ways it is written."""

    term: str = Field(min_length=1)
    category: str | None = None
    weight: float = Field(1.0, gt=0)
    variants: list[str] = []


class WatchlistConfig(Section):
    """Either terms listed here, or the places of a gazetteer CSV."""

    description: str = ""
    terms: list[TermConfig] = []
    gazetteer: Path | None = None

    @model_validator(mode="after")
    def _one_source(self):
        if bool(self.terms) == bool(self.gazetteer):
            raise ValueError("give either `terms` or `gazetteer` (a CSV of places), not both or neither")
        return self


class MatchingConfig(Section):
    require: list[str] = ["strike", "places"]     # watchlists that must co-occur in one window
    score: list[str] = ["strike", "casualties"]   # watchlists whose weights make match_score
    window: Literal["sentence"] | Annotated[int, Field(ge=1, le=1000)] = "sentence"
    min_score: float = Field(1.0, ge=0)
    # Event dates: "yesterday" or "on Wednesday" count from the publication day in the
    # region's local time (Syria and Iraq: UTC+3) when the feed stamps UTC; a date in the
    # text older than event_date_lookback before publication is another incident's.
    utc_offset_hours: float = Field(3.0, ge=-12, le=14)
    event_date_lookback: Duration = 7 * 86400.0
    # ACLED sub_event_types that make strike reports (and alerts of rules without
    # sub_event_types); the other violent events are archived as events of their type.
    strike_types: list[str] = ["Air/drone strike", "Shelling/artillery/missile attack"]
    # The watched governorates: a strike elsewhere is coded (an event row for a place of the
    # gazetteer) but never a strike report, so never alerted. Checked against the gazetteer.
    # A name may also be a gazetteer place (Al-Tanf, the border garrison in Homs governorate).
    region: list[str] = ["Deir ez-Zor", "Al-Hasakah", "Raqqa", "Anbar", "Ninewa", "Duhok", "Erbil", "Al-Tanf"]

    @field_validator("strike_types")
    @classmethod
    def _acled_types(cls, types: list[str]) -> list[str]:
        for name in types:
            if name not in SUB_EVENT_TYPES:
                raise ValueError(f"{name!r} is not one of {', '.join(SUB_EVENT_TYPES)}")
        return types


class Config(Section):
    storage: StorageConfig = StorageConfig()
    fetch: FetchConfig = FetchConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    extract: ExtractConfig = ExtractConfig()
    serve: ServeConfig = ServeConfig()
    dedup: DedupConfig = DedupConfig()
    feeds: list[FeedConfig] = []
    sources: list[Path] = []
    notify: dict[str, str] = {}        # target name -> apprise URL, ${ENV_VAR} expanded at send time
    rules: list[RuleConfig] = []
    alerts: AlertsConfig = AlertsConfig()
    # No watchlists: matching is off (articles keep is_strike_report NULL).
    watchlists: dict[str, WatchlistConfig] = {}
    matching: MatchingConfig = MatchingConfig()
    log_level: str = "INFO"
    # Where the file was read from; relative paths in it are relative to its folder.
    base_dir: Path = Field(Path("."), exclude=True)
    opml_feeds: tuple[FeedConfig, ...] = Field((), exclude=True)
    # Gazetteer watchlist -> (its number of places, sha256 of its file): what a reload compares.
    # The places themselves (31,000, about 30 MiB) are read by ``places()`` where a lexicon is built.
    gazetteer_digests: dict[str, tuple[int, str]] = Field({}, exclude=True)

    @field_validator("notify")
    @classmethod
    def _placeholders(cls, notify: dict[str, str]) -> dict[str, str]:
        for name, url in notify.items():
            if not url.strip():
                raise ValueError(f"{name}: empty URL")
            if "${" in ENV_PLACEHOLDER.sub("", url):
                raise ValueError(f"{name}: write environment variables as ${{NAME}}")
        return notify

    def resolve(self, path: Path | str) -> Path:
        """A path from the config, relative to the config file's folder."""
        path = Path(path).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def resolve_input(self, path: Path | str) -> Path:
        """A file the config reads (gazetteer, OPML): relative to the config's folder, where a
        user's own file is; a relative path not found there that names a file shipped with the
        monitor (``seeds/gazetteer.csv``) is that file, so a copied config.yaml keeps working."""
        own = self.resolve(path)
        shipped = SHIPPED / Path(path).expanduser()
        return shipped if not own.exists() and not Path(path).expanduser().is_absolute() and shipped.exists() else own

    def places(self) -> dict[str, tuple[Place, ...]]:
        """Each gazetteer watchlist's places, read from its file now (the crawl process never
        holds them: only the builder of a lexicon needs them, and it keeps what it needs).

            >>> len(load_config("config.yaml").places()["places"]) > 30_000
            True
        """
        return {name: tuple(read_gazetteer(path)) for name, path in self.gazetteer_files().items()}

    def gazetteer_files(self) -> dict[str, Path]:
        """Each gazetteer watchlist's file (what ``places`` reads).

            >>> load_config("config.yaml").gazetteer_files()["places"].name
            'places.csv.gz'
        """
        return {name: self.resolve_input(watchlist.gazetteer)
                for name, watchlist in self.watchlists.items() if watchlist.gazetteer}

    @property
    def db_path(self) -> Path:
        return self.resolve(self.storage.path)

    def all_feeds(self) -> list[FeedConfig]:
        """Config feeds then OPML feeds; a URL listed twice is polled once (first wins)."""
        seen: set[str] = set()
        feeds = []
        for feed in (*self.feeds, *self.opml_feeds):
            key = canonical_url(feed.url)
            if key not in seen:
                seen.add(key)
                feeds.append(feed)
        return feeds

    def interval_of(self, feed: FeedConfig) -> float:
        return feed.interval or self.schedule.default_interval


def did_you_mean(word: str, choices: Iterable[str] | Mapping[str, str], cutoff: float = 0.6) -> str:
    """``"; did you mean 'min_fatalities'?"`` for the closest of *choices* (compared without
    case, spaces and hyphens), or ``""`` when none is close. *choices* may map other ways
    of writing a name to the name to suggest.

    >>> did_you_mean("min_fatalites", ["min_fatalities", "min_sources"])
    "; did you mean 'min_fatalities'?"
    >>> did_you_mean("Dohuk", ["Duhok", "Erbil"]), did_you_mean("zzz", ["Duhok"])
    ("; did you mean 'Duhok'?", '')
    >>> did_you_mean("Dayr az-Zawr", {"Dayr az Zawr": "Deir ez-Zor"})
    "; did you mean 'Deir ez-Zor'?"
    """
    keyed: dict[str, str] = {}
    pairs = choices.items() if isinstance(choices, Mapping) else ((choice, choice) for choice in choices)
    for written, name in pairs:
        keyed.setdefault(name_key(str(written)), str(name))
    close = difflib.get_close_matches(name_key(word), list(keyed), n=1, cutoff=cutoff)
    return f"; did you mean {keyed[close[0]]!r}?" if close else ""


def config_changes(old: Config, new: Config) -> list[str]:
    """What an edit changed, a line per kind of change, for the daemon's reload log.

        >>> old = load_config("config.yaml")
        >>> new = old.model_copy(update={"schedule": old.schedule.model_copy(update={"jitter": 0.0})})
        >>> config_changes(old, new)    # also e.g. 'sources added: BBC Arabic', 'watchlist strike: terms added: airstrike'
        ['schedule: jitter 30.0 -> 0.0']
    """
    changes = []
    for kind, before, after in (("sources", old.all_feeds(), new.all_feeds()), ("rules", old.rules, new.rules)):
        changes += _named_changes(kind, {entry.name: entry for entry in before}, {entry.name: entry for entry in after})
    for name in sorted(old.watchlists.keys() | new.watchlists.keys()):
        was, now = old.watchlists.get(name), new.watchlists.get(name)
        if was is None or now is None:
            changes.append(f"watchlist {name} {'added' if was is None else 'removed'}")
        elif was != now or old.gazetteer_digests.get(name) != new.gazetteer_digests.get(name):
            terms_before, terms_after = {t.term: t for t in was.terms}, {t.term: t for t in now.terms}
            parts = [f"{what}: {_names(names)}" for what, names in (
                ("terms added", [t for t in terms_after if t not in terms_before]),
                ("removed", [t for t in terms_before if t not in terms_after]),
                ("changed", [t for t in terms_after if t in terms_before and terms_after[t] != terms_before[t]])) if names]
            if old.gazetteer_digests.get(name) != new.gazetteer_digests.get(name):
                parts.append(f"gazetteer {old.gazetteer_digests.get(name, (0,))[0]} -> "
                             f"{new.gazetteer_digests.get(name, (0,))[0]} places")
            changes.append(f"watchlist {name}: {'; '.join(parts) or 'description'}")
    for section in ("storage", "fetch", "schedule", "extract", "serve", "dedup", "alerts", "matching"):
        changes += [f"{section}: {change}" for change in _field_changes(getattr(old, section), getattr(new, section))]
    if old.notify != new.notify:
        changes.append(f"notify targets: {_names(sorted(new.notify))}")
    if old.log_level != new.log_level:
        changes.append(f"log_level: {old.log_level} -> {new.log_level}")
    return changes


def _named_changes(kind: str, before: dict[str, Section], after: dict[str, Section]) -> list[str]:
    """``sources added: a, b`` / ``removed`` / ``changed: a (interval 3600.0 -> 60.0)``."""
    changed = [f"{name} ({', '.join(_field_changes(before[name], entry))})" for name, entry in after.items()
               if name in before and entry != before[name]]
    return [f"{kind} {what}: {_names(names)}" for what, names in (
        ("added", [name for name in after if name not in before]),
        ("removed", [name for name in before if name not in after]), ("changed", changed)) if names]


def _field_changes(before: BaseModel, after: BaseModel) -> list[str]:
    was, now = before.model_dump(), after.model_dump()
    return [f"{key} {was[key]!r} -> {now[key]!r}" if len(repr(was[key]) + repr(now[key])) < 120 else key
            for key in now if was.get(key) != now[key]]


def _names(names: list[str], shown: int = 10) -> str:
    """At most *shown* names, then how many more."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def _keys_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys the config section at *loc* accepts: ``("rules", 0)`` -> RuleConfig's fields."""
    model: Any = Config
    for part in loc:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        if field is not None:    # list indexes and dict keys (a watchlist's name) stay in the same model
            model = _model_in(field.annotation)
            if model is None:
                return []
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The config section class inside an annotation such as ``list[FeedConfig] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((model for arg in get_args(annotation) if (model := _model_in(arg))), None)


def _check_selector(selector: str) -> None:
    """A ``links`` selector parsel can compile: XPath when it starts with / or (, else CSS."""
    from parsel import Selector

    try:
        Selector(text="<html></html>").xpath(selector) if is_xpath(selector) else \
            Selector(text="<html></html>").css(selector)
    except Exception as error:  # parsel raises cssselect's and lxml's own errors
        raise ValueError(f"{selector!r} is neither valid CSS nor XPath: {error}") from None


def is_xpath(selector: str) -> bool:
    """``links`` selectors starting with ``/`` or ``(`` are XPath, others CSS.

    >>> is_xpath("//article//h2/a"), is_xpath("article h2 a")
    (True, False)
    """
    return selector.lstrip().startswith(("/", "("))


@dataclass(frozen=True)
class Problem:
    field: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.field}: {self.message}"


class ConfigError(Exception):
    """Every problem found in one config file, each with its field path and line."""

    def __init__(self, path: Path | str, problems: list[Problem]):
        self.path = str(path)
        self.problems = problems
        super().__init__("\n".join(f"{self.path}: {problem}" for problem in problems))


# libyaml's loader where PyYAML was built with it: a 13 MB config (a 180,000-term watchlist)
# parses in seconds instead of minutes.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """The document's node tree (its lines, for messages) and its data, from one parse.

    >>> root, data = parse_yaml("fetch:\\n  timeout: 10s\\n")
    >>> data, root.value[0][0].start_mark.line
    ({'fetch': {'timeout': '10s'}}, 0)
    """
    loader = YAML_LOADER(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def load_config(path: Path | str, inputs: bool = True) -> Config:
    """Read, validate and return the config at *path*, or raise ConfigError.

    *inputs* False: the file alone, its OPML sources and gazetteers neither read nor checked
    (what ``monitor.forkserver.lexicon_key`` needs, in a tenth of the time).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, [Problem("(file)", None, str(error))]) from None
    try:
        root, data = parse_yaml(text)
    except yaml.YAMLError:
        try:   # the pure-Python parser's error, whose marks yaml_problem reads
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as error:
            raise ConfigError(path, [yaml_problem(text, error)]) from None
        raise
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(path, [Problem("(top level)", 1, "expected a mapping of sections")])
    base_dir = path.resolve().parent
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as error:
        raise ConfigError(path, [
            Problem(_field_path(item["loc"]), _line_of(root, item["loc"]), item["msg"] + (
                did_you_mean(str(item["loc"][-1]), _keys_at(item["loc"][:-1])) if item["type"] == "extra_forbidden" else ""))
            for item in error.errors()
        ]) from None
    if not inputs:
        return config
    problems: list[Problem] = []
    opml_feeds: list[FeedConfig] = []
    for index, source in enumerate(config.sources):
        try:
            opml_feeds.extend(read_opml(config.resolve_input(source)))
        except (OSError, ElementTree.ParseError, ValueError) as error:
            loc = ("sources", index)
            problems.append(Problem(_field_path(loc), _line_of(root, loc), f"cannot read OPML: {error}"))
    # What checking needs of each gazetteer (Config.places reads the places themselves).
    gazetteers: dict[str, GazetteerNames] = {}
    for name, watchlist in config.watchlists.items():
        if watchlist.gazetteer:
            try:
                gazetteers[name] = gazetteer_names(config.resolve_input(watchlist.gazetteer))
            except (OSError, UnicodeDecodeError, ValueError) as error:
                loc = ("watchlists", name, "gazetteer")
                problems.append(Problem(_field_path(loc), _line_of(root, loc), f"cannot read gazetteer: {error}"))
    problems.extend(_check_extra(config, root))
    problems.extend(_check_watchlists(config, root))
    problems.extend(_check_rule_places(config, gazetteers, root))
    if problems:
        raise ConfigError(path, problems)
    return config.model_copy(update={"opml_feeds": tuple(opml_feeds), "gazetteer_digests": {
        name: (names.count, names.sha256) for name, names in gazetteers.items()}})


def yaml_problem(text: str, error: yaml.YAMLError) -> Problem:
    """The YAML *error* of *text* as a Problem on the line to fix, shown with its neighbours.

    The parser often notices a mistake lines later: a flow list left open (``[a, b`` with
    no ``]``) is reported at the next key, a key missing its colon where the following
    line's colon is. The line named is where the mistake most likely is: the end of the
    last token before a problem found at the start of a line, or the start of a plain
    scalar that ran on from an earlier line; where the parser gave up is marked too.
    """
    mark = getattr(error, "problem_mark", None)
    what = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    if mark is None:
        return Problem("(yaml)", None, what)
    lines = text.splitlines()
    gave_up = line = mark.line + 1
    previous = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            if not isinstance(token, (yaml.BlockEndToken, yaml.StreamEndToken)):
                previous = token
    except yaml.YAMLError:
        pass   # the scanner stops at the mistake too: the tokens before it are what counts
    if previous is not None and isinstance(error, yaml.parser.ParserError) and previous.end_mark.line < mark.line:
        line = previous.end_mark.line + 1
    elif isinstance(previous, yaml.ScalarToken) and previous.start_mark.line < mark.line == previous.end_mark.line:
        line = previous.start_mark.line + 1
    if context:
        context_mark = getattr(error, "context_mark", None)
        what += f" ({context}{f' at line {context_mark.line + 1}' if context_mark else ''})"
    shown = []
    for number in range(max(1, min(line, gave_up) - 1), min(len(lines), max(line, gave_up) + 1) + 1):
        pointer = ">" if number == line else " "
        note = "   <- the parser gave up here" if number == gave_up != line else ""
        shown.append(f"  {pointer} {number:4} | {lines[number - 1]}{note}")
    return Problem("(yaml)", line, what + "\n" + "\n".join(shown))


def _check_extra(config: Config, root: yaml.Node | None) -> list[Problem]:
    """Cross-field checks pydantic cannot express per field."""
    problems = _duplicate_names("feeds", config.feeds, root) + _duplicate_names("rules", config.rules, root)
    for index, rule in enumerate(config.rules):
        for position, target in enumerate(rule.targets):
            if target not in config.notify:
                loc = ("rules", index, "targets", position)
                known = ", ".join(sorted(config.notify)) or "none"
                problems.append(Problem(_field_path(loc), _line_of(root, loc),
                                        f"unknown target {target!r}; targets in notify: {known}"
                                        f"{did_you_mean(target, list(config.notify))}"))
    return problems


class GazetteerNames(NamedTuple):
    """What a config is checked against of a gazetteer file (``gazetteer_names``)."""

    count: int                  # places
    sha256: str                 # of the file
    watchable: frozenset[str]   # name keys of its places and governorates: what a region may name
    countries: frozenset[str]   # name keys of its countries: what a rule may name besides those


# The code GazetteerNames are derived by: another version derives them anew.
_NAMES_SOURCES = [Path(__file__), SHIPPED / "monitor" / "gazetteer.py", SHIPPED / "monitor" / "normalize.py"]


def gazetteer_names(file: Path) -> GazetteerNames:
    """The names of the gazetteer at *file* a config is checked against, kept on disk by the
    file's digest (``monitor.kept``): reading its 31,000 places again at every start was
    most of the crawl process's start-up before its first download (0.4 of 0.6 s). A bad
    file raises ValueError naming the line (``read_gazetteer``), and nothing is kept of it.

        >>> "deirezzor" in gazetteer_names(Path("seeds/places.csv.gz")).watchable
        True
    """
    sha256 = hashlib.sha256(file.read_bytes()).hexdigest()
    key = hashlib.sha256(f"{sha256} {files_digest(_NAMES_SOURCES)}".encode()).hexdigest()
    names = read_kept("gazetteer-names-", key)
    if names is None:
        places = read_gazetteer(file)
        names = GazetteerNames(len(places), sha256,
                               frozenset(name_key(name) for place in places for name in (place.name, place.admin1)),
                               frozenset(name_key(place.country) for place in places))
        keep("gazetteer-names-", key, names)
    return names


def _check_rule_places(config: Config, gazetteers: dict[str, GazetteerNames],
                       root: yaml.Node | None) -> list[Problem]:
    """A rule place must be a gazetteer place, admin area or country, and a region name one
    of its governorates or places: a typo would silently disable the rule or the watch. Compared the
    way rules compare them (case, spaces, hyphens ignored)."""
    if not gazetteers:
        return []
    watchable = frozenset().union(*(names.watchable for names in gazetteers.values()))
    known = watchable.union(*(names.countries for names in gazetteers.values()))

    @functools.cache
    def read_places() -> list[Place]:   # in full, only for a config to fix
        return [place for watchlist in gazetteers
                for place in read_gazetteer(config.resolve_input(config.watchlists[watchlist].gazetteer))]

    def suggestion(name: str) -> str:
        """A governorate or country written much alike, else the place of which *name* is a
        variant, else the nearest governorate or country, else the nearest place."""
        everywhere = read_places()
        # Governorates and countries first, as their names or as a governorate's variants are written.
        areas = {name: name for place in everywhere for name in (place.admin1, place.country)}
        areas.update({variant: place.admin1 for place in everywhere if place.kind == "governorate"
                      for variant in (place.name, *place.variants)})
        places = {variant: place.name for place in everywhere for variant in (place.name, *place.variants)}
        exact = next((place for variant, place in places.items() if name_key(variant) == name_key(name)), None)
        return (did_you_mean(name, areas, cutoff=0.75) or (f"; did you mean {exact!r}?" if exact else "")
                or did_you_mean(name, areas) or did_you_mean(name, places))

    problems = []
    for position, name in enumerate(config.matching.region):
        if name_key(name) not in watchable:
            loc = ("matching", "region", position)
            problems.append(Problem(_field_path(loc), _line_of(root, loc),
                                    f"{name!r} is no governorate or place of the gazetteer{suggestion(name)}"))
    for index, rule in enumerate(config.rules):
        for position, place in enumerate(rule.places):
            if name_key(place) not in known:
                loc = ("rules", index, "places", position)
                problems.append(Problem(_field_path(loc), _line_of(root, loc),
                                        f"{place!r} is no place, governorate or country of the gazetteer"
                                        f"{suggestion(place)}"))
    return problems


def _duplicate_names(section: str, entries: list, root: yaml.Node | None) -> list[Problem]:
    """A problem for every entry of *section* whose ``name`` an earlier entry already has."""
    problems, first = [], {}
    for index, entry in enumerate(entries):
        if entry.name in first:
            loc = (section, index, "name")
            problems.append(Problem(_field_path(loc), _line_of(root, loc),
                                    f"duplicate {section[:-1]} name {entry.name!r} "
                                    f"(also {section}[{first[entry.name]}])"))
        first.setdefault(entry.name, index)
    return problems


def _check_watchlists(config: Config, root: yaml.Node | None) -> list[Problem]:
    """Variants that fold to nothing or to another term's variant; unknown watchlist names."""
    problems = []

    def problem(loc, message):
        problems.append(Problem(_field_path(loc), _line_of(root, loc), message))

    for name, watchlist in config.watchlists.items():
        owner: dict[str, str] = {}
        for t, term in enumerate(watchlist.terms):
            if name in CATEGORIES and term.category not in CATEGORIES[name]:
                problem(("watchlists", name, "terms", t, "category"),
                        f"{term.category!r}: the {name} list's categories are "
                        f"{', '.join(sorted(c for c in CATEGORIES[name] if c))}")
            for v, variant in enumerate([term.term, *term.variants]):
                loc = ("watchlists", name, "terms", t, *(("variants", v - 1) if v else ("term",)))
                folded = normalize_term(variant)
                if not folded:
                    problem(loc, f"{variant!r} has no letters or digits to match")
                elif owner.setdefault(folded, term.term) != term.term:
                    problem(loc, f"{variant!r} is also a variant of {owner[folded]!r} in this watchlist")
    if config.watchlists:
        for key in ("require", "score"):
            for index, name in enumerate(getattr(config.matching, key)):
                if name not in config.watchlists:
                    problem(("matching", key, index), f"no watchlist named {name!r} "
                            f"(watchlists: {', '.join(config.watchlists)}){did_you_mean(name, list(config.watchlists))}")
    return problems


def read_opml(path: Path) -> list[FeedConfig]:
    """Feeds of an OPML file: every ``<outline xmlUrl=…>`` at any depth; ``htmlUrl`` is the site.

    >>> read_opml(Path("seeds/region.opml"))[0].url
    'https://www.reutersagency.com/feed/?best-regions=middle-east&post_type=best'
    """
    tree = ElementTree.parse(path)
    feeds = []
    for outline in tree.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        name = outline.get("title") or outline.get("text") or url
        try:
            feeds.append(FeedConfig(name=name, url=url, site=outline.get("htmlUrl") or None,
                                    language=outline.get("language") or None))
        except ValidationError as error:
            raise ValueError(f"{path}: outline {name!r}: {error.errors()[0]['msg']}") from None
    return feeds


def _field_path(loc: tuple[Any, ...]) -> str:
    """``('feeds', 2, 'url')`` → ``feeds[2].url``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not re.match(r"^[A-Za-z_][\w-]*$", str(part)):
            continue  # pydantic's internal validator names (e.g. "function-before[...]")
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"


def _line_of(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the deepest YAML node that *loc* reaches."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def append_feeds(path: Path | str, entries: list[dict]) -> Config:
    """Append *entries* to the ``feeds:`` of the config at *path*; every other byte of the
    file (comments, layout, the watchlists' flow lists) stays as it is. ruamel.yaml's
    round trip finds where the feeds block ends and writes the entries; the result is
    validated before it replaces the file (ConfigError, and the file untouched, if not).

        append_feeds("config.yaml", [{"name": "Outlet", "url": "https://outlet.example/feed/"}])
    """
    import io

    from ruamel.yaml import YAML

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    yaml_rt = YAML()
    yaml_rt.width = 4096           # one line per value, as written by hand
    data = yaml_rt.load(text) or {}
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"

    def block(dash: int) -> list[str]:
        out = []
        for entry in entries:
            buffer = io.StringIO()
            yaml_rt.dump({key: value for key, value in entry.items() if value is not None}, buffer)
            for number, line in enumerate(buffer.getvalue().splitlines(keepends=True)):
                out.append(" " * dash + ("- " if number == 0 else "  ") + line)
        return out

    feeds = data.get("feeds") if hasattr(data, "get") else None
    if feeds and feeds.fa.flow_style():
        raise ConfigError(path, [Problem("feeds", data.lc.key("feeds")[0] + 1,
                                         "written as a flow list [...]; write it as a block list (one "
                                         "'- name: …' entry a line) so that entries can be appended")])
    if feeds:   # a block list: insert after its last line
        begin = data.lc.key("feeds")[0]
        after = [data.lc.key(key)[0] for key in data if data.lc.key(key)[0] > begin]
        end = min(after, default=len(lines))
        last = max(i for i in range(begin, end) if lines[i].strip() and not lines[i].lstrip().startswith("#"))
        lines[last + 1:last + 1] = block(feeds.lc.item(0)[1] - 2)
    elif "feeds" in data:   # `feeds: []` or an empty `feeds:`
        begin = data.lc.key("feeds")[0]
        lines[begin:begin + 1] = ["feeds:\n", *block(2)]
    else:
        lines += ["\nfeeds:\n", *block(2)]
    draft = path.with_name(f".{path.name}.new")
    draft.write_text("".join(lines), encoding="utf-8")
    try:
        config = load_config(draft)
    except ConfigError:
        draft.unlink()
        raise
    draft.replace(path)
    return config


def write_opml(feeds: list[FeedConfig], title: str) -> str:
    """An OPML 2.0 document of *feeds*: ``url`` -> xmlUrl, ``site`` -> htmlUrl (read_opml's inverse)."""
    root = ElementTree.Element("opml", version="2.0")
    ElementTree.SubElement(ElementTree.SubElement(root, "head"), "title").text = title
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"text": feed.name, "title": feed.name, "type": "rss", "xmlUrl": feed.url,
                      "htmlUrl": feed.site, "language": feed.language}
        ElementTree.SubElement(body, "outline", {k: v for k, v in attributes.items() if v})
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"
