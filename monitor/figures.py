"""Numbers in news prose, English and Arabic: casualty figures, strike counts, dates.

Every function works on one sentence as folded by ``monitor.normalize`` (lower case,
hyphens as spaces, Arabic article dropped, alef/ya/ta marbuta folded).

    >>> killed_figures("a drone killed two fighters and three civilians; nine dead")
    [5, 9]
    >>> parse_number("fourteen"), parse_number("اربعه"), parse_number("1,200")
    (14, 4, 1200)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_AR_UNITS = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "ثلاثه": 3,
             "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
             "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "احد": 1}
_AR_TENS = {stem + ending: 10 * (i + 2) for i, stem in enumerate(
    ["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"]) for ending in ("ون", "ين")}
# Victims counted by the noun itself: Arabic duals (2) and singulars (1) after "killed".
_AR_DUAL = {"شخصين", "شخصان", "عنصرين", "عنصران", "جنديين", "جنديان", "ضابطين", "ضابطان", "طفلين",
            "طفلان", "رجلين", "رجلان", "حارسين", "حارسان", "مدنيان", "مقاتلان", "قياديان"}
_AR_SINGLE = {"شخص", "عنصر", "جندي", "ضابط", "مدني", "طفل", "رجل", "امراه", "قيادي", "مقاتل", "حارس",
              "راع", "شاب", "عسكري", "منتسب", "طفله"}

# "two dozen" before "two": the alternatives are tried in order.
_EN_NUM = (r"\d{1,3}(?:,\d{3})+|\d+|(?:a|half a|two|three|four|five) dozen|(?:%s)(?: (?:one|two|three|four|five|six|"
           r"seven|eight|nine))?|%s" % ("|".join(_EN_TENS), "|".join(sorted(_EN_UNITS[1:], key=len, reverse=True))))
_AR_NUM = r"\d+|(?:%s)|(?:%s)(?: ?و ?(?:%s))?|(?:%s)(?: عشر(?:ه)?)?" % (
    "|".join(_AR_TENS), "|".join(sorted(_AR_UNITS, key=len, reverse=True)), "|".join(_AR_TENS),
    "|".join(sorted(_AR_UNITS, key=len, reverse=True)))
_AR_ITEM = r"(?:(?:%s)(?: \w+)?|%s|%s)\b" % (_AR_NUM, "|".join(_AR_DUAL), "|".join(_AR_SINGLE))
_QUAL = r"(?:(?:at least|more than|over|about|around|some|up to|nearly|almost|as many as) )?"
_AR_QUAL = r"(?:(?:اكثر من|ما لا يقل عن|نحو|حوالي) )?"
_NOT_COUNT = r"(?! (?:percent|per cent|km|kilometres|kilometers|miles|years?|days?|hours?|minutes?|dollars|%))"

_KILLED = [
    # killing three members / killed 11 people / claimed the lives of nine / the deaths of six militants
    re.compile(rf"\b(?:kill(?:ing|ed|s)?|claim(?:ed|ing|s)? the lives of|(?:the )?deaths? of) {_QUAL}"
               rf"(?P<n>{_EN_NUM}|an?(?! (?:number|few|handful|dozen|series|total)\b)){_NOT_COUNT}"
               rf"(?P<more>(?: \w+){{0,7}}? and {_QUAL}(?P<n2>{_EN_NUM}) (?!others? (?:were |was )?(?:wounded|injured))\w+)?"),
    # two fighters of the SDF were killed / 23 fighters, including ..., were killed
    re.compile(rf"\b(?<!no )(?P<n>{_EN_NUM}){_NOT_COUNT}(?: [\w,]+){{0,12}}? (?:were|was|have been|had been|are|been) "
               rf"(?:killed|dead|slain)\b"),
    # nine dead / 12 killed / four of the militants killed
    re.compile(rf"\b(?<!no )(?P<n>{_EN_NUM}){_NOT_COUNT}(?: \w+){{0,3}}? (?:killed|dead)\b"),
    re.compile(rf"\bdeath toll(?: \w+){{0,3}}? (?:at|to|of|reached|is|was) {_QUAL}(?P<n>{_EN_NUM})\b"),
    # قتل ثلاثه عناصر / مقتل شخصين / قتل ضابط وجنديان
    re.compile(rf"(?:^|\s)[وف]?(?:قتل|مقتل|استشهاد|وفاه) {_AR_QUAL}(?P<n>{_AR_ITEM})(?P<more> ?و ?(?P<n2>{_AR_ITEM}))?"),
    # سقط 5 قتلي / الي 14 قتيلا
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{_AR_NUM}) (?:\w+ )?(?:قتلي|قتيلا|قتيل)\b"),
    # ارتفع عدد القتلي الي 17 / ارتفعت حصيله قتلي الغاره علي بوكمال الي 14
    re.compile(rf"(?:حصيله|عدد) (?:قتلي|ضحايا)(?: \w+){{0,5}}? (?:الي|ل) {_AR_QUAL}(?P<n>{_AR_NUM})\b"),
    # لقي سبعه اشخاص حتفهم
    re.compile(rf"(?:^|\s)[وف]?لقي {_AR_QUAL}(?P<n>{_AR_ITEM})(?: \w+){{0,2}}? حتف"),
]
_INJURED = [
    re.compile(rf"\b(?:wound(?:ing|ed|s)?|injur(?:ing|ed|es)) {_QUAL}(?P<n>{_EN_NUM}){_NOT_COUNT}\b"),
    # "12 wounded", not "killed 12 people and wounded 3" (there "wounded" has another object)
    re.compile(rf"\b(?<!no )(?P<n>{_EN_NUM}){_NOT_COUNT}(?: \w+){{0,3}}? (?:(?:were|was|have been) )?"
               rf"(?<!\band )(?:wounded|injured|hurt)\b"),
    re.compile(rf"(?:^|\s)[وف]?(?:اصيب|اصابه|جرح) {_AR_QUAL}(?P<n>{_AR_ITEM})"),
    # 10 جرحي, not the 5 of "5 قتلي و10 جرحي" nor the 3 of "3 اشخاص واصيب 5"
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{_AR_ITEM})(?: (?!\S*\d|\S*قتل)\w+){{0,2}}? (?:اصيب\w*|جرح\w*)\b"),
]
_NO_CASUALTIES = re.compile(
    r"\bno (?:one|body) (?:was |were |has been )?(?:killed|hurt|injured)|\bnobody (?:was )?(?:killed|hurt|injured)"
    r"|\bno (?:casualties|deaths|fatalities|injuries)\b|\bwithout (?:any |causing )?casualties"
    r"|(?:دون|بدون) (?:وقوع |تسجيل |اي |سقوط )?(?:قتلي|اصابات|خساير بشريه|ضحايا)"
    r"|لم [يت](?:سفر|ود|وقع)(?: \w+)? (?:عن |الي )?(?:اي |وقوع )?(?:قتلي|اصابات|خساير|ضحايا)")
_DAY_WORDS = re.compile(r"(?:يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر) $")
_STRIKES = re.compile(
    rf"\b(?P<n>{_EN_NUM}) (?:\w+ ){{0,2}}?(?:air ?strikes|strikes|raids|drones|rockets|missiles|shells)\b"
    rf"|(?:^|\s)(?P<a>{_AR_NUM}) (?:\w+ )?(?:غارات|غاره|ضربات|صواريخ|قذائف|مسيرات)")


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or in English or Arabic words."""
    text = text.strip()
    words = text.split()
    if re.fullmatch(r"\d[\d,]*", words[0]):
        return int(words[0].replace(",", ""))
    if text in ("a", "an"):
        return 1
    if words[-1] == "dozen":
        return 6 if words[0] == "half" else 12 * (parse_number(" ".join(words[:-1])) or 0)
    if words[0] in _EN_TENS:
        return _EN_TENS[words[0]] + (_EN_UNITS.index(words[1]) if len(words) > 1 else 0)
    if words[0] in _EN_UNITS:
        return _EN_UNITS.index(words[0])
    if words[0] in _AR_DUAL:
        return 2
    if words[0] in _AR_SINGLE:
        return 1
    if words[0] in _AR_UNITS or words[0] in _AR_TENS:
        value = _AR_UNITS.get(words[0]) or _AR_TENS[words[0]]
        rest = " ".join(words[1:]).lstrip("و ").split()   # "و عشرون" / "وعشرون"
        if rest and rest[0] in _AR_TENS:
            value += _AR_TENS[rest[0]]
        elif rest and rest[0].startswith("عشر"):
            value += 10
        return value
    return None


# Words without which no casualty pattern can match: most sentences are skipped cheaply.
_CASUALTY_WORDS = re.compile(r"kill|dead|death|lives|wound|injur|hurt|casualt|fatalit|قتل|مقتل|قتلي|اصيب|اصاب"
                             r"|جرح|وفاه|استشهاد|ضحايا|خساير|قتيل|حتف")


def _figures(patterns: list[re.Pattern], sentence: str) -> list[int]:
    if not _CASUALTY_WORDS.search(sentence):
        return []
    found: dict[int, int] = {}   # where the number starts -> value (two patterns may find one figure)
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            value = parse_number(match.group("n"))
            if value is None or _not_a_count(sentence, match, value):
                continue
            if match.groupdict().get("n2"):
                value += parse_number(match.group("n2")) or 0
            found[match.start("n")] = max(value, found.get(match.start("n"), 0))
    return [found[start] for start in sorted(found)]


# A number after these names a road, a unit or a page, it counts nobody: "route 4 killed two".
_LABEL = re.compile(r"(?:^|\s)(?:route|road|highway|number|division|brigade|regiment|battalion|page|طريق|رقم) $")


def _not_a_count(sentence: str, match: re.Match, value: int) -> bool:
    """"يوم الاثنين" is Monday, not two; 2019 is a year; "route 4" is a road."""
    before = sentence[:match.start("n")]
    return (1900 <= value <= 2100 or bool(_LABEL.search(before))
            or match.group("n").startswith("اثنين") and bool(_DAY_WORDS.search(before)))


def killed_figures(sentence: str) -> list[int]:
    """Every figure of people killed stated in the sentence (groups joined by "and" summed)."""
    return _figures(_KILLED, sentence)


def injured_figures(sentence: str) -> list[int]:
    return _figures(_INJURED, sentence)


def says_no_casualties(sentence: str) -> bool:
    """"No casualties were reported", "no one was killed", "دون وقوع قتلى" …"""
    return bool(_CASUALTY_WORDS.search(sentence) and _NO_CASUALTIES.search(sentence))


def strike_counts(sentence: str) -> list[int]:
    """"three airstrikes", "two explosive laden drones", "20 غارة" -> [3], [2], [20]."""
    counts = []
    for match in _STRIKES.finditer(sentence):
        value = parse_number(match.group("n") or match.group("a"))
        if value and value < 1000:
            counts.append(value)
    return counts


_WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
_AR_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
_MONTHS = {name: i + 1 for i, name in enumerate(
    "january february march april may june july august september october november december".split())}
_AR_MONTHS = {**{name: i + 1 for i, name in enumerate(
    "يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر".split())},
    **{name: i + 1 for i, name in enumerate(["كانون ثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز",
                                             "اب", "ايلول", "تشرين اول", "تشرين ثاني", "كانون اول"])}}
_DATE = re.compile(
    r"\b(?P<wd>%s)\b" % "|".join(_WEEKDAYS)
    + r"|\b(?P<rel>yesterday|today|last night)\b"
    + r"|(?:يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر) (?:امس |يوم )?(?P<awd>%s)\b" % "|".join(_AR_WEEKDAYS)
    + r"|(?:^|\s)[وب]?(?P<arel>امس)\b"
    # "the October 7 anniversary" names an anniversary, not a day
    + r"|\b(?P<m1>%s) (?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,? (?P<y1>\d{4}))?(?! anniversary)" % "|".join(_MONTHS)
    + r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<m2>%s)\b(?:,? (?P<y2>\d{4}))?" % "|".join(_MONTHS)
    + r"|\b(?P<d3>\d{1,2}) (?:من )?(?:شهر )?(?P<m3>%s)\b(?: (?:عام |سنه )?(?P<y3>\d{4}))?" % "|".join(_AR_MONTHS))


def dates_in(sentence: str, published: date, explicit: bool = True) -> list[date]:
    """Every day the sentence names, in order, resolved against the (local) publication day.

    A weekday is its most recent occurrence on or before publication; a day and month
    without year takes the year that puts it nearest to publication, so a date ahead
    ("talks planned for March 20") stays ahead. ``explicit=False`` keeps only the days
    named relative to publication (weekdays, yesterday, امس).

    >>> dates_in("a drone struck late tuesday; talks on march 20", date(2024, 3, 7))
    [datetime.date(2024, 3, 5), datetime.date(2024, 3, 20)]
    """
    found = []
    for match in _DATE.finditer(sentence):
        groups = match.groupdict()
        weekday = _WEEKDAYS.get(groups["wd"], _AR_WEEKDAYS.get(groups["awd"]))
        if weekday is not None:
            found.append(published - timedelta(days=(published.weekday() - weekday) % 7))
        elif groups["rel"] or groups["arel"]:
            found.append(published - timedelta(days=0 if groups["rel"] == "today" else 1))
        elif explicit:
            month, day, year = next((months[groups[m]], int(groups[d]), groups[y]) for m, d, y, months in (
                ("m1", "d1", "y1", _MONTHS), ("m2", "d2", "y2", _MONTHS), ("m3", "d3", "y3", _AR_MONTHS)) if groups[m])
            years = [int(year)] if year else [published.year - 1, published.year, published.year + 1]
            days = [_day_or_none(y, month, day) for y in years]
            days = [d for d in days if d]
            if days:
                found.append(min(days, key=lambda d: abs(d - published)))
    return found


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:   # "February 30"
        return None
