"""A syndication test set: real article bodies republished by several outlets, plus hard negatives.

    copies, hard_negatives = syndication_set()
    copies[0]            # Copy(story="pages:7837c9d6", outlet=2, title=..., body=...)
    hard_negatives[0]    # ("pages:35b15891", "same-topic:a1b2c3d4"): must stay two stories

Each base article appears in 2-5 variants, each at a different outlet, as an outlet would
rewrite a wire copy: new headline, a dateline or "Source: AP" line, boilerplate lines
added, the last paragraph trimmed, a few words changed. Toll updates: a report and its
later version at another outlet, only the figures revised (``TOLL_UPDATES``, English and
Arabic). Hard negatives: distinct real articles on one topic, strike reports written from
one template (same places and actors) that differ in day, figures and target, and two
reports of one day that differ only in toll and target (``SAME_DAY_STRIKES``).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from loopback import page, rss

FIXTURES = Path(__file__).resolve().parent / "fixtures"
OUTLETS = 5

# Real bodies of tests/fixtures/pages that share a topic with a body of same-topic.json.
PAGE_TOPICS = {"35b15891": "doobie", "c13b9c0e": "meth", "3f65af7b": "meth", "042bb7b5": "stadia",
               "7bb1ca90": "duvet"}
DATELINES = ["BEIRUT (AP) — ", "BAGHDAD, Nov 19 (Reuters) - ", "WASHINGTON (AFP) - ", "LONDON — "]
TAILS = ["Source: AP", "(Reporting by staff; Editing by the news desk)",
         "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
         "published, broadcast, rewritten or redistributed.", "Source: AFP"]
HEADS = ["Advertisement", "Follow our live coverage on Telegram and WhatsApp", "Listen to this article"]
SYNONYMS = {"said": "stated", "about": "around", "people": "persons", "also": "too", "but": "however",
            "after": "following", "more": "greater", "new": "fresh", "group": "organisation",
            "officials": "authorities", "very": "really", "which": "that", "big": "large",
            "year": "twelvemonth", "time": "moment", "like": "such as", "just": "only"}

STRIKE_TEMPLATE = (
    "A {weapon} hit {target} near the town of {town} on the Iraqi side of the border with Syria on "
    "{weekday}, {month} {day}, killing {killed} members of {group} and wounding {wounded} others, two "
    "security officials said.\n\n"
    "The officials, who spoke on condition of anonymity because they were not authorised to brief "
    "reporters, said the strike targeted {target} used by the Iran-backed group near the {town} "
    "border crossing opposite the Syrian town of {syrian_town}.\n\n"
    "No one immediately claimed responsibility for the attack. The U.S.-led coalition has carried out "
    "previous strikes against the group in the area, which it accuses of attacking American troops "
    "stationed in Syria and Iraq.\n\n"
    "{group} is part of the Popular Mobilization Forces, a coalition of mostly Shiite militias that was "
    "formally incorporated into Iraq's armed forces. A spokesman for the group said {killed} of its "
    "fighters had been killed on {weekday} and vowed to respond at a time and place of its choosing.\n\n"
    "Residents of {town} said they heard {blasts} loud explosions shortly after midnight and saw "
    "smoke rising from {target} for hours afterwards."
)
UPDATE_PARAGRAPH = ("The death toll rose to {killed} on {next_day} after two of the wounded died in "
                    "hospital, a medical official in {town} said.")
PLACES = [
    {"town": "Al-Qaim", "syrian_town": "Albu Kamal", "group": "Kataib Hezbollah"},
    {"town": "Rabia", "syrian_town": "Yarubiyah", "group": "Kataib Sayyid al-Shuhada"},
    {"town": "Sinjar", "syrian_town": "Al-Hol", "group": "Harakat al-Nujaba"},
]
STRIKES = [  # two different strikes per place, same template
    ({"weapon": "drone strike", "target": "a weapons depot", "weekday": "Tuesday", "month": "March",
      "day": 12, "killed": 5, "wounded": 3, "blasts": 3},
     {"weapon": "drone strike", "target": "a convoy of fuel trucks", "weekday": "Thursday", "month": "March",
      "day": 14, "killed": 8, "wounded": 11, "blasts": 2}),
    ({"weapon": "airstrike", "target": "a command post", "weekday": "Sunday", "month": "April", "day": 7,
      "killed": 4, "wounded": 6, "blasts": 4},
     {"weapon": "airstrike", "target": "a training camp", "weekday": "Wednesday", "month": "April",
      "day": 17, "killed": 9, "wounded": 2, "blasts": 6}),
    ({"weapon": "drone strike", "target": "a pickup truck", "weekday": "Monday", "month": "May", "day": 20,
      "killed": 3, "wounded": 1, "blasts": 2},
     {"weapon": "drone strike", "target": "a checkpoint", "weekday": "Friday", "month": "May", "day": 24,
      "killed": 6, "wounded": 4, "blasts": 1}),
]


BOUKAMAL_REPORT = (
    "Airstrikes on positions of Iran-backed militias near the Syrian border town of Boukamal on Tuesday killed "
    "six fighters and wounded three others, the Syrian Observatory for Human Rights said. The Britain-based war "
    "monitor said the strikes targeted weapons depots used by the groups. There was no immediate comment from "
    "Damascus. Israel has carried out hundreds of strikes on targets inside Syria in recent years but rarely "
    "acknowledges them.")
QAMISHLI_REPORT = (
    "QAMISHLI, Syria — A drone struck a car on the road between Qamishli and Amuda in northeast Syria on Sunday, "
    "killing at least 5 people, local officials said. The Kurdish-led Syrian Democratic Forces said the drone was "
    "Turkish and that the car carried members of its internal security forces. Turkey's defence ministry did not "
    "comment. Ankara regards the main component of the SDF, the YPG militia, as an extension of the outlawed PKK "
    "and has carried out repeated drone strikes in the region. Residents said the wreck burned for an hour before "
    "ambulances could reach it.")
QAIM_REPORT_AR = (
    "أفادت مصادر أمنية عراقية بمقتل 3 عناصر من الحشد الشعبي وإصابة آخرين في غارة جوية بطائرة مسيرة استهدفت "
    "موقعا عسكريا قرب مدينة القائم على الحدود العراقية السورية فجر الثلاثاء. وقالت المصادر إن الطائرة المجهولة "
    "قصفت مقرا للواء 45 التابع لكتائب حزب الله قرب منفذ القائم الحدودي المقابل لمدينة البوكمال السورية. ولم "
    "تعلن أي جهة مسؤوليتها عن الغارة حتى الآن، فيما فرضت القوات الأمنية طوقا حول المكان ونقلت الجثث والجرحى "
    "إلى مستشفى القائم العام.")
# label -> (first report, its later version): the toll revised, the text otherwise the same.
TOLL_UPDATES = {
    "update:boukamal": (BOUKAMAL_REPORT, BOUKAMAL_REPORT.replace(
        "six fighters and wounded three", "nine fighters and wounded five")),
    "update:qamishli": (QAMISHLI_REPORT, QAMISHLI_REPORT.replace(
        "killing at least 5 people", "killing at least 8 people and wounding 12")),
    "update:qaim-ar": (QAIM_REPORT_AR, QAIM_REPORT_AR.replace("بمقتل 3 عناصر", "بمقتل 7 عناصر")),
}
MAYADIN_REPORT = (
    "DEIR EZ-ZOR, Syria (AP) — Airstrikes by unidentified warplanes hit positions of Iran-backed militias near the "
    "eastern Syrian town of Mayadin on Saturday, killing six fighters, a war monitor said. The Britain-based Syrian "
    "Observatory for Human Rights said the strikes targeted weapons depots and a convoy of trucks that had crossed "
    "from Iraq. There was no immediate comment from Damascus or Tehran. Israel has carried out hundreds of strikes "
    "on targets inside Syria in recent years but rarely acknowledges them. The Observatory said the dead included "
    "members of the Iraqi Kataib Hezbollah group. Local activists said ambulances rushed to the area after the strikes.")
# Two strikes of one day in one town, one template: another toll, another target.
SAME_DAY_STRIKES = {
    "strike:mayadin:depots": MAYADIN_REPORT,
    "strike:mayadin:checkpoint": MAYADIN_REPORT.replace("killing six", "killing four").replace(
        "a convoy of trucks", "a checkpoint"),
}


@dataclass(frozen=True)
class Copy:
    story: str        # ground-truth story label
    outlet: int       # which outlet (site) publishes it
    title: str
    body: str


def strike_report(place: dict, strike: dict) -> str:
    return STRIKE_TEMPLATE.format(**place, **strike)


def strike_update(place: dict, strike: dict) -> str:
    """A later version of *strike*: revised death toll and an added paragraph."""
    revised = {**strike, "killed": strike["killed"] + 2}
    next_day = {"Monday": "Tuesday", "Tuesday": "Wednesday", "Wednesday": "Thursday", "Thursday": "Friday",
                "Friday": "Saturday", "Saturday": "Sunday", "Sunday": "Monday"}[strike["weekday"]]
    return strike_report(place, revised) + "\n\n" + UPDATE_PARAGRAPH.format(**place, **revised, next_day=next_day)


def base_articles() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """story label -> (title, body) of every base article, and label -> topic for same-topic ones."""
    pages = json.loads((FIXTURES / "pages" / "ground-truth.json").read_text(encoding="utf-8"))
    same_topic = json.loads((FIXTURES / "dedup" / "same-topic.json").read_text(encoding="utf-8"))
    bases, topics = {}, {}
    for page_id, page in sorted(pages.items()):
        label = f"pages:{page_id[:8]}"
        bases[label] = (page["url"].rstrip("/").rsplit("/", 1)[-1].replace("-", " ")[:80], page["articleBody"])
        if page_id[:8] in PAGE_TOPICS:
            topics[label] = PAGE_TOPICS[page_id[:8]]
    for page_id, page in sorted(same_topic.items()):
        label = f"same-topic:{page_id[:8]}"
        bases[label] = (page["url"].rstrip("/").rsplit("/", 1)[-1].replace("-", " ")[:80], page["articleBody"])
        topics[label] = page["topic"]
    return bases, topics


def variant(title: str, body: str, kind: int, rng: random.Random) -> tuple[str, str]:
    """Variant *kind* (0 = as published) of one article, as another outlet runs it."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if kind == 0:
        return title, body
    if kind == 1:                                   # dateline and a source line
        paragraphs[0] = rng.choice(DATELINES) + paragraphs[0]
        paragraphs.append(rng.choice(TAILS))
    elif kind == 2:                                 # page furniture added, last paragraph trimmed
        if len(paragraphs) >= 4:
            paragraphs.pop()
        paragraphs = [rng.choice(HEADS), *paragraphs, rng.choice(TAILS)]
    elif kind == 3:                                 # a few words changed
        paragraphs = _change_words(paragraphs, rng, 3)
    else:                                           # all of it, lightly
        paragraphs = _change_words(paragraphs, rng, 2)
        paragraphs = [rng.choice(DATELINES) + paragraphs[0], *paragraphs[1:], rng.choice(TAILS)]
    return f"{rng.choice(['Update:', 'Report:', 'World:', 'News:'])} {title.title()}", "\n\n".join(paragraphs)


def _change_words(paragraphs: list[str], rng: random.Random, count: int) -> list[str]:
    words = [(p, w) for p, text in enumerate(paragraphs) for w, word in enumerate(text.split(" "))
             if word.lower() in SYNONYMS]
    changed = [text.split(" ") for text in paragraphs]
    for p, w in rng.sample(words, min(count, len(words))):
        changed[p][w] = SYNONYMS[changed[p][w].lower()]
    return [" ".join(words) for words in changed]


def syndication_set(seed: int = 3) -> tuple[list[Copy], list[tuple[str, str]]]:
    """Every copy (2-5 per base article, each at another outlet) and the hard-negative story pairs."""
    rng = random.Random(seed)
    bases, topics = base_articles()
    copies: list[Copy] = []
    for number, (label, (title, body)) in enumerate(bases.items()):
        count = rng.randint(2, 5)
        for kind in range(count):
            copies.append(Copy(label, (number + kind) % OUTLETS, *variant(title, body, kind, rng)))
    hard_negatives = [(a, b) for a in topics for b in topics if a < b and topics[a] == topics[b]]
    for number, (place, pair) in enumerate(zip(PLACES, STRIKES)):
        labels = [f"strike:{place['town']}:{strike['weekday']}" for strike in pair]
        hard_negatives.append(tuple(labels))
        for label, strike in zip(labels, pair):
            title = f"{strike['weapon'].capitalize()} kills {strike['killed']} near {place['town']}"
            body = strike_report(place, strike)
            copies.append(Copy(label, number % OUTLETS, title, body))
            copies.append(Copy(label, (number + 1) % OUTLETS, *variant(title, body, 1, rng)))
        # The first strike, later: revised toll and one more paragraph, at a third outlet.
        copies.append(Copy(labels[0], (number + 2) % OUTLETS, f"Toll rises near {place['town']}",
                           strike_update(place, pair[0])))
    for number, (label, versions) in enumerate(TOLL_UPDATES.items()):
        for version, body in enumerate(versions):
            copies.append(Copy(label, (number + version) % OUTLETS, f"Strike report {label} v{version + 1}", body))
    for number, (label, body) in enumerate(SAME_DAY_STRIKES.items()):
        copies.append(Copy(label, number % OUTLETS, f"Strike report {label}", body))
    hard_negatives.append(tuple(SAME_DAY_STRIKES))
    return copies, hard_negatives


def pairwise_scores(truth: dict[str, str], predicted: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping: article -> true story vs article -> story id."""
    keys = sorted(truth)
    same_truth = same_predicted = both = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            t, p = truth[a] == truth[b], predicted[a] == predicted[b]
            same_truth += t
            same_predicted += p
            both += t and p
    return (both / same_predicted if same_predicted else 1.0), (both / same_truth if same_truth else 1.0)


def serve(sites: list, copies: list[Copy], start: int = 0, listed: dict | None = None) -> dict[str, str]:
    """Each copy as a page of its outlet (``sites[copy.outlet]``), listed in that outlet's feed;
    returns url -> story label. *listed*: the feeds' entries so far, kept across calls (each
    feed then lists every copy served to it); without it a feed lists this call's copies."""
    truth, items = {}, listed if listed is not None else defaultdict(list)
    for number, copy in enumerate(copies, start):
        url = sites[copy.outlet].add(f"/news/{number}.html", page(copy.title, copy.body))
        truth[url] = copy.story
        items[copy.outlet].append({"title": copy.title, "link": url})
    for outlet, entries in items.items():
        sites[outlet].add("/feed.xml", rss(entries), "application/rss+xml")
    return truth
