"""The one reader of config.yaml: a pydantic model and the loader that names bad lines.

    >>> config = load_config("config.yaml")          # raises ConfigError
    >>> [feed.url for feed in config.all_feeds()]     # config feeds + OPML sources, deduplicated

Reloading is just calling ``load_config`` again: a config is an immutable value.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from monitor.urls import canonical_url

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
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


class ScheduleConfig(Section):
    default_interval: Duration = 900.0
    jitter: Duration = 30.0
    reload_check: Duration = 2.0
    # A failing feed waits its interval doubled per consecutive failure, at most this long.
    max_backoff: Duration = 6 * 3600.0

    @field_validator("default_interval")
    @classmethod
    def _positive(cls, value: float) -> float:
        if value < 1:
            raise ValueError("must be at least 1s")
        return value


class ExtractConfig(Section):
    # 0 = one worker process per core; 1 = extract in the crawling process.
    workers: int = Field(0, ge=0, le=64)


def _http_url(value: str) -> str:
    if not re.match(r"(?i)^https?://[^/\s]+", value or ""):
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


class FeedConfig(Section):
    name: str
    url: Annotated[str, BeforeValidator(str), BeforeValidator(_http_url)]
    interval: Duration | None = None
    language: str | None = None
    enabled: bool = True


class Config(Section):
    storage: StorageConfig = StorageConfig()
    fetch: FetchConfig = FetchConfig()
    schedule: ScheduleConfig = ScheduleConfig()
    extract: ExtractConfig = ExtractConfig()
    feeds: list[FeedConfig] = []
    sources: list[Path] = []
    log_level: str = "INFO"
    # Where the file was read from; relative paths in it are relative to its folder.
    base_dir: Path = Field(Path("."), exclude=True)
    opml_feeds: tuple[FeedConfig, ...] = Field((), exclude=True)

    def resolve(self, path: Path | str) -> Path:
        """A path from the config, relative to the config file's folder."""
        path = Path(path).expanduser()
        return path if path.is_absolute() else self.base_dir / path

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


def load_config(path: Path | str) -> Config:
    """Read, validate and return the config at *path*, or raise ConfigError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, [Problem("(file)", None, str(error))]) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ConfigError(path, [Problem("(yaml)", line, str(error).replace("\n", " "))]) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(path, [Problem("(top level)", 1, "expected a mapping of sections")])
    base_dir = path.resolve().parent
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as error:
        raise ConfigError(path, [
            Problem(_field_path(item["loc"]), _line_of(root, item["loc"]), item["msg"])
            for item in error.errors()
        ]) from None
    problems: list[Problem] = []
    opml_feeds: list[FeedConfig] = []
    for index, source in enumerate(config.sources):
        try:
            opml_feeds.extend(read_opml(config.resolve(source)))
        except (OSError, ElementTree.ParseError, ValueError) as error:
            loc = ("sources", index)
            problems.append(Problem(_field_path(loc), _line_of(root, loc), f"cannot read OPML: {error}"))
    problems.extend(_check_extra(config, root))
    if problems:
        raise ConfigError(path, problems)
    return config.model_copy(update={"opml_feeds": tuple(opml_feeds)})


def _check_extra(config: Config, root: yaml.Node | None) -> list[Problem]:
    """Cross-field checks pydantic cannot express per field."""
    problems = []
    names: dict[str, int] = {}
    for index, feed in enumerate(config.feeds):
        if feed.name in names:
            loc = ("feeds", index, "name")
            problems.append(Problem(_field_path(loc), _line_of(root, loc),
                                    f"duplicate feed name {feed.name!r} (also feeds[{names[feed.name]}])"))
        names.setdefault(feed.name, index)
    return problems


def read_opml(path: Path) -> list[FeedConfig]:
    """Feeds of an OPML file: every ``<outline xmlUrl=…>`` at any depth.

    >>> read_opml(Path("seeds/region.opml"))[0].url   # doctest: +SKIP
    'https://www.aljazeera.com/xml/rss/all.xml'
    """
    tree = ElementTree.parse(path)
    feeds = []
    for outline in tree.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        name = outline.get("title") or outline.get("text") or url
        try:
            feeds.append(FeedConfig(name=name, url=url, language=outline.get("language") or None))
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
