"""Stories: syndicated copies fold into one, updates join it, template look-alikes never do."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from conftest import FixtureSite, monitor, open_archive, write_config
from loopback import article_page, rss
from monitor.config import ConfigError, DedupConfig, load_config
from monitor.dedup import Sketcher, StoryIndex, facts, facts_conflict, open_index, tokens
from monitor.extract import content_hash
from monitor.items import ArticleItem
from monitor.schema import open_db
from monitor.store import insert_article, iso
from syndication import OUTLETS, PLACES, SAME_DAY_STRIKES, STRIKES, TOLL_UPDATES, Copy, pairwise_scores, \
    serve, strike_report, strike_update, syndication_set

NOW = datetime(2024, 3, 15, 12, tzinfo=timezone.utc)
PLACE, (STRIKE, OTHER_STRIKE) = PLACES[0], STRIKES[0]


def stored(index: StoryIndex, body: str, article_id: int, seen_at: datetime = NOW):
    """Place *body* and confirm it as the store would: a new story takes the article's id."""
    placement = index.place(body, content_hash(body), seen_at)
    story = placement.story_id or article_id
    index.confirm(placement.ticket, article_id, story, placement.duplicate_of or article_id)
    return placement


def similarity(index: StoryIndex, a: str, b: str) -> float:
    return float(np.mean(index.sketch(a) == index.sketch(b)))


def test_tokens_keep_numbers_and_fold_script_variants():
    assert tokens("Killed: 1,200; wounded ٣٥ — قُتِلَ أحمد") == ["killed", "1200", "wounded", "35", "قتل", "احمد"]
    assert facts("السبت ١٢ مارس: قتل 5") == {"w:5", "d:3-12", "n:5"}
    assert facts("On 14th of March, three drones") == {"d:3-14", "n:3"}
    # Arabic number words are figures; "الأحد" after a day word is Sunday, not one.
    assert facts("قُتل خمسة عناصر يوم الأحد") == facts("قتل 5 عناصر يوم الاحد") == {"n:5", "w:6"}


def test_a_revised_death_toll_is_the_same_story():
    index = StoryIndex()
    first = strike_report(PLACE, STRIKE)
    revised = strike_report(PLACE, {**STRIKE, "killed": STRIKE["killed"] + 3})
    stored(index, first, 1)

    placement = stored(index, revised, 2)

    assert (placement.story_id, placement.duplicate_of) == (1, 1)
    assert placement.similarity >= index.threshold


@pytest.mark.parametrize("label", TOLL_UPDATES)
def test_a_toll_update_replacing_every_figure_is_the_same_story(label):
    first, update = TOLL_UPDATES[label]
    index = StoryIndex()
    stored(index, first, 1)

    assert facts_conflict(facts(first), facts(update)) is None
    assert stored(index, update, 2).story_id == 1


def test_another_toll_and_another_target_on_the_same_day_is_a_new_story():
    index = StoryIndex()
    first, other = SAME_DAY_STRIKES.values()
    stored(index, first, 1)
    assert similarity(index, first, other) >= index.threshold

    assert stored(index, other, 2).story_id is None
    assert facts_conflict(facts(first), facts(other)) == "different figures and targets"
    # The same toll change with the target kept is a revision of the same strike.
    assert facts_conflict(facts(first), facts(first.replace("killing six", "killing four"))) is None


def test_an_added_paragraph_with_a_new_toll_is_the_same_story():
    index = StoryIndex()
    stored(index, strike_report(PLACE, STRIKE), 1)

    assert stored(index, strike_update(PLACE, STRIKE), 2).story_id == 1


def test_the_same_template_on_another_day_is_a_new_story():
    index = StoryIndex()
    first, other = strike_report(PLACE, STRIKE), strike_report(PLACE, OTHER_STRIKE)
    stored(index, first, 1)
    # The texts alone would merge them: only their dates and figures tell them apart.
    assert similarity(index, first, other) >= index.threshold

    placement = stored(index, other, 2)

    assert placement.story_id is None and placement.duplicate_of is None
    assert facts_conflict(facts(first), facts(other)) == "different days"


def test_figures_replaced_wholesale_are_another_strike_even_without_dates():
    a = "The strike killed 5 fighters and wounded 12, destroying 3 vehicles near Al-Qaim."
    b = "The strike killed 9 fighters and wounded 4, destroying 2 vehicles near Al-Qaim."
    assert facts_conflict(facts(a), facts(b)) == "different figures"
    assert facts_conflict(facts(a), facts(a.replace("killed 5", "killed 7"))) is None
    assert facts_conflict(facts(a), facts(a + " On Friday, two more died.")) is None


def test_an_exact_copy_takes_the_fast_path():
    index = StoryIndex()
    body = strike_report(PLACE, STRIKE)
    stored(index, body, 1)

    placement = index.place("  " + body.upper() + "\n", content_hash(body.upper()), NOW)

    assert (placement.story_id, placement.duplicate_of, placement.similarity) == (1, 1, 1.0)
    assert placement.ticket is None      # nothing new to index


def test_a_copy_of_a_first_copy_on_its_way_to_the_store_waits_for_it():
    index = StoryIndex()
    body = strike_report(PLACE, STRIKE)
    first = index.place(body, content_hash(body), NOW)
    copy = "BEIRUT (AP) — " + body

    assert index.place(copy, content_hash(copy), NOW).waits_for == first.ticket
    index.confirm(first.ticket, 7, 3, 7)
    assert index.place(copy, content_hash(copy), NOW).story_id == 3


def test_a_dropped_first_copy_releases_its_place():
    index = StoryIndex()
    body = strike_report(PLACE, STRIKE)
    first = index.place(body, content_hash(body), NOW)

    index.discard(first.ticket)

    assert len(index) == 0
    assert index.place(body, content_hash(body), NOW).waits_for is None


def test_only_articles_inside_the_window_are_candidates():
    index = StoryIndex(window_days=7)
    body = strike_report(PLACE, STRIKE)
    stored(index, body, 1, seen_at=NOW - timedelta(days=8))
    stored(index, strike_report(PLACE, OTHER_STRIKE), 2, seen_at=NOW - timedelta(days=1))

    placement = index.place("LONDON — " + body, None, NOW)

    assert placement.story_id is None
    assert len(index) == 2               # the old one expired; the recent one and the new one remain


def test_signatures_are_datasketchs_affine32_ones_so_stored_signatures_stay_valid():
    # The first values datasketch 2.0's MinHash(num_perm=128, scheme="affine32") gave this
    # text's crc32-hashed 3-word shingles: the scheme name of stored signatures promises them.
    text = "A drone struck a weapons depot near Al-Qaim on Tuesday, killing five fighters, a war monitor said."
    signature = Sketcher(3, 128).signature(text)
    assert signature.dtype == np.uint32 and len(signature) == 128
    assert signature[:6].tolist() == [238401266, 418310796, 234752737, 276987002, 353373620, 244128748]


def test_expired_articles_leave_nothing_in_the_lsh_buckets():
    index = StoryIndex(window_days=7)
    body = strike_report(PLACE, STRIKE)
    stored(index, body, 1, seen_at=NOW - timedelta(days=8))
    stored(index, "BEIRUT (AP) — " + body, 2, seen_at=NOW - timedelta(days=6))   # shares buckets with 1

    assert index.place("LONDON — " + body, None, NOW).story_id == 1    # 1 expired, its copy still found
    index.expire(NOW + timedelta(days=30))

    assert len(index) == 0 and all(table == {} for table in index.lsh.tables)


def test_no_process_of_the_daemon_imports_scipy(site, tmp_path):
    """SciPy (about 45 MiB a process) came with datasketch; dedup needs neither."""
    site.add("/feed.xml", rss([{"title": f"Article {n}", "link": site.url(f"/a/{n}")} for n in range(3)]),
             "application/rss+xml")
    for n in range(3):
        site.add(f"/a/{n}", article_page(n))
    config = write_config(tmp_path / "config.yaml", [{"name": "site", "url": site.url("/feed.xml")}])

    # Every Python process of the run (the crawl, the forkserver, its workers) lists its imports on stderr.
    run = monitor("once", "--config", str(config), env={"PYTHONPROFILEIMPORTTIME": "1"})

    imported = {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")}
    assert {"monitor.crawl", "monitor.preload", "monitor.dedup"} <= imported   # the forkserver's list is there
    assert sorted(name for name in imported if name.split(".")[0] in {"scipy", "datasketch"}) == []
    assert open_archive(tmp_path / "archive.db")["articles"].count == 3


def test_the_index_survives_a_restart(tmp_path):
    db = open_db(tmp_path / "archive.db")
    db["feeds"].insert({"id": 1, "url": "http://a.example/feed", "name": "a"})
    index = StoryIndex()
    body = strike_report(PLACE, STRIKE)
    item = ArticleItem(feed_id=1, url="http://a.example/1", link="http://a.example/1", html=None,
                       fetched_at=iso(NOW), title="Drone strike", body=body, content_hash=content_hash(body))
    item.placement = index.place(body, item.content_hash, NOW)
    article_id = insert_article(db, item, index.scheme)

    later = NOW + timedelta(hours=2)
    restarted = open_index(db, DedupConfig(), later)
    copy = "BAGHDAD (Reuters) - " + body + "\n\nSource: Reuters"
    placement = restarted.place(copy, content_hash(copy), later)

    assert (placement.story_id, placement.duplicate_of) == (item.story_id, article_id)
    # A changed shingle size re-sketches the stored signatures from the bodies.
    resized = open_index(db, DedupConfig(shingle_size=4, num_perm=64), later)
    assert len(resized) == 1 and resized.place(copy, None, later).story_id == item.story_id
    assert db["signatures"].get(1)["scheme"] == resized.scheme
    assert len(db["signatures"].get(1)["minhash"]) == 64 * 4


def test_one_outlet_is_one_source_whatever_its_copies_call_it(tmp_path):
    db = open_db(tmp_path / "archive.db")
    index = StoryIndex()
    body = strike_report(PLACE, STRIKE)
    copies = [("https://www.rudaw.net/english/1", "Rudaw", "Rudaw English", body),
              ("http://rudaw.net/english/2", "Rudaw English", "Rudaw (mirror)", "ERBIL — " + body),
              ("https://reuters.com/world/3", "Reuters", "Reuters World", "BAGHDAD (Reuters) - " + body)]
    for number, (url, site_name, feed_name, text) in enumerate(copies, 1):
        db["feeds"].insert({"id": number, "url": url + "/feed", "name": feed_name})
        item = ArticleItem(feed_id=number, url=url, link=url, html=None, fetched_at=iso(NOW), title="Drone strike",
                           body=text, site_name=site_name, content_hash=content_hash(text))
        item.placement = placement = index.place(text, item.content_hash, NOW)
        item.story_id, item.duplicate_of = placement.story_id, placement.duplicate_of
        item.id = insert_article(db, item, index.scheme)
        index.confirm(placement.ticket, item.id, item.story_id, item.duplicate_of or item.id)

    story = db["stories"].get(item.story_id)
    assert story["article_count"] == 3
    # rudaw.net twice (www. or not, under two site and feed names) and reuters.com: two sources.
    assert story["source_count"] == 2


def test_once_folds_syndicated_copies_into_stories(tmp_path):
    copies, hard_negatives = syndication_set()
    sites = [FixtureSite() for _ in range(OUTLETS + 1)]
    try:
        truth = serve(sites[:OUTLETS], copies)
        feeds = [{"name": f"outlet {n}", "url": site.url("/feed.xml")} for n, site in enumerate(sites)]
        config = write_config(tmp_path / "config.yaml", feeds[:OUTLETS])

        monitor("once", "--config", str(config))

        db = open_archive(tmp_path / "archive.db")
        rows = {row["url"]: row for row in db.query("SELECT * FROM articles")}
        assert set(rows) == set(truth)                    # every copy archived
        precision, recall = pairwise_scores(truth, {url: row["story_id"] for url, row in rows.items()})
        print(f"syndication set: {len(rows)} copies of {len(set(truth.values()))} stories, "
              f"pairwise precision {precision:.3f}, recall {recall:.3f}")
        assert precision >= 0.99 and recall >= 0.95
        stories_of = defaultdict(set)
        for url, row in rows.items():
            stories_of[truth[url]].add(row["story_id"])
        merged = [(a, b) for a, b in hard_negatives if stories_of[a] & stories_of[b]]
        assert merged == []

        for story in db.query("SELECT * FROM stories"):
            members = [row for row in rows.values() if row["story_id"] == story["id"]]
            first = min(members, key=lambda row: row["id"])
            assert story["representative_article_id"] == first["id"] and story["title"] == first["title"]
            assert first["duplicate_of"] is None and first["similarity"] is None
            assert all(row["duplicate_of"] == first["id"] and row["similarity"] >= 0.5
                       for row in members if row is not first)
            assert story["article_count"] == len(members)
            assert story["source_count"] == len({re.search(r":(\d+)/", row["url"])[1] for row in members})
            assert story["last_seen_at"] == max(row["fetched_at"] for row in members)
        assert db["signatures"].count == len(rows)

        # After a restart, one more outlet runs the Al-Qaim strike: it joins the stored story.
        label = f"strike:{PLACE['town']}:{STRIKE['weekday']}"
        late = Copy(label, OUTLETS, "Drone strike near Al-Qaim", "LONDON — " + strike_report(PLACE, STRIKE))
        truth_late = serve(sites, [late], start=len(copies))
        config = write_config(tmp_path / "config.yaml", feeds)
        monitor("once", "--config", str(config))

        [late_row] = db.query("SELECT * FROM articles WHERE url = ?", list(truth_late))
        [story_id] = stories_of[label]
        assert late_row["story_id"] == story_id and late_row["duplicate_of"] is not None
        story = db["stories"].get(story_id)
        assert (story["article_count"], story["source_count"]) == (4, 4)

        report = monitor("dedup-report", "--config", str(config), "--limit", "3").stdout
        print(report)
        blocks = re.split(r"(?m)^(?=story )", report)[1:]
        assert len(blocks) == 3
        for block in blocks:
            sources, count = map(int, re.match(r"story \d+: (\d+) outlets, (\d+) copies", block).groups())
            lines = block.splitlines()[2:]
            assert len(lines) == count and len({line.split()[2] for line in lines}) == sources
        assert sources >= 4                      # the largest stories come first
    finally:
        for site in sites:
            site.close()


def test_a_bad_dedup_section_names_each_field(tmp_path):
    path = write_config(tmp_path / "config.yaml", [], extra="dedup:\n  threshold: 1.5\n  shingles: 3\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert {(p.field, p.line) for p in error.value.problems} == {("dedup.threshold", 15), ("dedup.shingles", 16)}


def test_a_shared_dateline_date_does_not_hide_different_weekdays():
    # Two wire reports filed the same day ("BAGHDAD, Nov 19 (Reuters)") about strikes on
    # different days: the dateline's date is common to both, their weekdays are not.
    first = "BAGHDAD, Nov 19 (Reuters) - A drone strike hit a checkpoint near Sinjar on Friday, killing 6."
    other = "BAGHDAD, Nov 19 (Reuters) - An airstrike hit a command post near Rabia on Sunday, killing 6."
    assert facts_conflict(facts(first), facts(other)) == "different days"
    # An update naming the next day as well as the strike's still shares the strike's day.
    update = first + " On Saturday officials said the toll had not changed."
    assert facts_conflict(facts(first), facts(update)) is None


def test_the_facts_scans_skip_to_where_a_date_number_or_target_can_start_and_find_what_every_form_would():
    """figures._DATE, figures._ANY_NUMBER and events.TARGET_PATTERN look ahead for a character
    a match can start at (the facts' scans of a whole body): their matches are those of the
    forms tried at every character, on the real pages, the matching cases and every month,
    weekday and day word in each date form."""
    from conftest import matching_cases, real_pages
    from monitor.extract import extract
    from monitor.normalize import normalize
    from monitor.text import events, figures

    scans = []
    for pattern, lookahead in ((figures._DATE, rf"(?=\b[\d{figures._DATE_STARTS}]|[{figures._DAY_WORD_STARTS}]|\s[وبا])"),
                               (figures._ANY_NUMBER, rf"(?=[\d{figures.NUMBER_STARTS}])"),
                               (events.TARGET_PATTERN, rf"(?=[{events.TARGET_STARTS}])")):
        assert pattern.pattern.startswith(lookahead)
        scans.append((pattern, re.compile(pattern.pattern.removeprefix(lookahead))))
    words = [*figures.WEEKDAYS, *figures.MONTHS, *figures.AR_WEEKDAYS, *figures.AR_MONTHS]
    made_up = " ".join(f"{word} 5, 2024. on 12th of {word} 2023 يوم {word} مساء امس {word} و{word} 7 من شهر {word} عام 2022"
                       f" x{word} 5 ويوم {word} a12 {word} وصباح امس {word}" for word in words)
    texts = [made_up, "امس قصفت", "وامس", "بامس", "yesterday and today, last night", "2024 03 12 was tuesday",
             *(f"{case['title']}\n{case['body']}" for case in matching_cases()),
             *(extract(page["html"], "http://127.0.0.1/a").body for page in real_pages().values())]
    texts += [" ".join(figures.EN_UNITS + list(figures.EN_TENS) + list(figures.AR_UNITS) + list(figures.AR_TENS)),
              " ".join(events.TARGETS) + " و" + " ب".join(events.TARGETS)]
    for text in texts:
        folded = normalize(text).text
        for pattern, every_character in scans:
            assert ([(m.span(), m.groups()) for m in pattern.finditer(folded)]
                    == [(m.span(), m.groups()) for m in every_character.finditer(folded)]), (pattern.pattern[:40], folded[:80])
