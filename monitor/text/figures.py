"""Numbers in news prose, English and Arabic: casualty figures, strike counts, dates.

Every function works on one sentence as folded by ``monitor.normalize`` (lower case,
hyphens as spaces, Arabic article dropped, alef/ya/ta marbuta folded).

    >>> killed_figures("a drone killed two fighters and three civilians; nine dead")
    [5, 9]
    >>> parse_number("fourteen"), parse_number("اربعه"), parse_number("1,200"), parse_number("3.5")
    (14, 4, 1200, 3.5)
    >>> numbers_in("on tuesday, march 12, 2024 five were killed and 1,200 fled")
    [5, 1200]
    >>> [(day.weekday, day.month, day.day) for day in days_named("late tuesday; talks on march 20")]
    [(1, None, None), (None, 3, 20)]
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from monitor.normalize import normalize
from monitor.patterns import compile_alternation, screened
from monitor.vocabulary import (AR_MONTH_NAMES, AR_MONTHS_AGO, AR_ORDINAL_DAYS, AR_WEEKDAY_NAME_HEADS, DEAD_AR, FILED_ON_DAY,
                                SAID_AFTER_DAY, SAID_ON_DAY, TOLL_ROSE, TOLL_ROSE_AR, WOUNDED_AR)

EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
AR_UNITS = {"واحد": 1, "واحده": 1, "تنين": 2, "اتنين": 2, "تلاته": 3, "تلات": 3, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "ثلاثه": 3,
             "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7,
             "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "احد": 1,
             # the teens' first word in the other cases and genders: "اثني عشر" (12), "إحدى عشرة" (11)
             "اثني": 2, "احدي": 1}
AR_TENS = {stem + ending: 10 * (i + 2) for i, stem in enumerate(
    ["عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"]) for ending in ("ون", "ين")}
# Victims counted by the noun itself: Arabic duals (2) and singulars (1) after "killed".
# (the nominative dual of the person nouns of _DUAL_STEMS below is added there: "شخصان", "استشهد مواطنان وأصيب ثالث")
_AR_DUAL = {"شخصين", "عنصرين", "جنديين", "ضابطين", "طفلين", "راعيين", "رجلين", "حارسين", "قتيلين", "شهيدين",
            "امراتين", "امراتان", "شابين", "سيدتين", "سيدتان", "طفلتين", "طفلتان", "شقيقين", "شقيقان", "شقيقتين", "شقيقتان",
            # a dual with its possessive: "امرأة وطفلاها" (a woman and her two children)
            "طفلاها", "طفلاه", "طفليها", "طفليه", "ابناها", "ابناه", "ابنيها", "ابنيه",
            # … and of the two parents: "استشهد مواطن وزوجته وطفلاهما"
            "طفلاهما", "طفليهما", "ابناهما", "ابنيهما",
            # … a son's and a brother's: "استشهد مواطن ونجلاه" (a man and his two sons), "شقيقاه"
            "نجلاه", "نجليه", "نجلاها", "نجليها", "شقيقاه", "شقيقيه", "شقيقاها", "شقيقيها",
            # two members, as the Kurdish media count the Asayish's dead ("استشهاد عضوين من قوى الأمن الداخلي")
            "عضوين", "عضوان",
            # two bodies ("استقبل المستشفى جثتين"; of whom: "انتشلت جثتي راعيين")
            "جثتين", "جثتان", "جثتي", "جثماني"}
# Nouns of people whose dual is written like their plural but for a vowel sign ("مقاتلَين" two fighters, "مقاتلِين"
# fighters): their nominative dual ("مواطنان") is a count of two as folded, and ``vowelled_duals`` writes the
# vowelled one so.
_DUAL_STEMS = ("مواطن", "مدني", "مقاتل", "عسكري", "مسلح", "ارهابي", "منتسب", "قيادي", "مزارع", "عنصر", "شخص", "طفل",
               "جندي", "ضابط", "حارس", "شاب", "رجل", "راعي", "شهيد", "قتيل", "جريح", "مصاب", "مجاهد")
_AR_DUAL |= {stem + "ان" for stem in _DUAL_STEMS}
# … and the feminine dual of those a woman is named by ("استشهدت مقاتلتان من وحدات حماية المرأة", "مقتل مواطنتين")
_AR_DUAL |= {stem + "ت" + ending for stem in ("مقاتل", "مواطن", "مدني", "شاب", "قيادي", "مزارع", "شهيد", "جريح", "مصاب")
             for ending in ("ان", "ين")}
_AR_SINGLE = {"شخص", "عنصر", "جندي", "ضابط", "مدني", "طفل", "رجل", "امراه", "قيادي", "مقاتل", "حارس", "مسلح",
              "راع", "راعي", "شاب", "عسكري", "منتسب", "طفله", "قتيل", "شهيد", "جريح", "مواطن", "سايق",
              # a fighter as the factions' channels name theirs ("واستشهاد مجاهد وجرح اثنين")
              "مجاهد", "مجاهدا",
              # an old man or woman ("استشهاد مسن في تل كنبر")
              "مسن", "مسنه",
              # a lady, a girl ("استشهدت سيدة وأصيب ابنها")
              "سيده", "فتاه",
              # a farmer ("إصابة مزارع وطفليه"; after a toll's verb, not the farms "مزارع" are)
              "مزارع", "مزارعا",
              # the object of a verb, accusative: "غارة قتلت قيادياً"
              "قياديا", "عنصرا", "مدنيا", "جنديا", "شخصا", "طفلا", "مقاتلا", "رجلا", "ضابطا", "شابا",
              # one relative of the victim: "مقتل رجل وإصابة زوجته" (والدته folds to ودته)
              "زوجته", "زوجها", "ودته", "وده", "ودتها", "ابنه", "ابنته", "ابنها", "ابنتها", "شقيقه", "شقيقته",
              "ابنهما", "ابنتهما",   # (of two parents: "إصابة رجل وزوجته وابنهما")
              "طفلته", "سايقها", "سايقه", "طفلها", "ولدها", "ولده", "راكبها", "راكبه",
              "راكب",   # a passenger of the car struck ("مقتل سائقها وإصابة راكب كان برفقته")
              # the driver in the region's speech ("والشوفير انصاب", "السواق انجرح")
              "شوفير", "شوفيرها", "شوفيره", "سواق",
              # … the mother or father of two ("إصابة والدتهما"; after "و" unfolded: _AR_ITEM)
              "ودتهما", "ودهما",
              # his companion: "قيادي ومرافقه"
              "مرافقه", "مرافقها",
              # a neighbour who came to help ("وأصيب جارهم بشظايا")
              "جاره", "جارها", "جارهم", "جارهما",
              # the victims of shootings, as subject and as a headline verb's object ("مسلحون يقتلون راعي
              # اغنام", "مقتل مختار بلده", "يقتل عتالا"); not "مزارع" (farms too): its object form only
              "مختار", "مختارا", "عتال", "عتالا", "راعيا", "مزارعا", "تاجر", "تاجرا", "معلم", "معلما", "صحفي",
              "صحفيا", "ناشط", "ناشطا", "شرطي", "شرطيا", "طبيب", "طبيبا", "موظف", "موظفا", "سايقا",
              # a member of a council or party, a shooting's victim ("يغتالون عضواً في المجلس المحلي")
              "عضو", "عضوا",
              # a relative named by whose he was, in construct: "مقتل شقيق زوجها", "مقتل ابن عمه", "استشهاد نجل المختار"
              "شقيق", "نجل", "ابن",
              # the Iraqi security statements' militant ("أسفرت عن مقتل إرهابي وتدمير دراجة", "مقتل إرهابي واحد")
              "ارهابي", "ارهابيا"}

# Vague figures as ACLED codes them (knowledge base, "Fatalities", 2023, updated 2024: "When sources
# report estimates such as 'tens' or 'dozens' or 'hundreds,' ACLED codes 10 for 'tens,' 12 for
# 'dozens,' 100 for 'hundreds'"): "dozens of civilians", "عشرات الإرهابيين" (tens, folded; "tens of" in the
# English of Arabic outlets: "killing tens of terrorists"), "مئات"
# (hundreds, folded). Not "tens/hundreds of thousands", a war's toll; "several" and "many" have no
# stated figure here (ACLED's rule for them could not be read), so they stay none.
VAGUE = {"dozens": 12, "hundreds": 100, "tens": 10, "عشرات": 10, "ميات": 100}
# ("dozens" without "of" where the toll's verb or noun is beside it: "wounding dozens", "treating dozens wounded",
# "wounded dozens on Saturday")
_EN_VAGUE = (r"(?:dozens|hundreds|tens)(?! of thousands)(?= of\b|\s*[,.;:]|\s*$|(?: (?:more|others|people))?"
             r" (?:(?:were|was) )?(?:wounded|injured|hurt|killed|dead)\b| (?:near|in|at|on|among|including)\b)")
_AR_VAGUE = r"(?:عشرات|ميات)(?! ?الاف)"
# "two dozen" before "two": the alternatives are tried in order.
_EN_COUNT = (r"\d{1,3}(?:,\d{3})+|\d+|(?:a|half a|two|three|four|five) dozen|(?:%s)(?: (?:one|two|three|four|five|six|"
             r"seven|eight|nine))?|%s" % ("|".join(EN_TENS), "|".join(sorted(EN_UNITS[1:], key=len, reverse=True))))
# A toll given as a range, "between 5 and 7", "three or four", "ما بين ٥ و٧": the codebook's conservative figure, the
# lower (parse_number; not "from 3 to 5", a revision's old and new figures)
_EN_RANGE = rf"(?:between (?:{_EN_COUNT}) and|(?<!from )(?:{_EN_COUNT}) (?:to|or)) (?:{_EN_COUNT})(?!\w)"
_EN_NUM = f"{_EN_RANGE}|{_EN_VAGUE}|{_EN_COUNT}"
# A unit alone, with tens ("خمسه وعشرون") or teens ("خمسه عشر"): one alternative, so the longest wins.
_AR_COUNT = r"\d+|(?:%s)|(?:%s)(?: ?و ?(?:%s)| عشر(?:ه)?)?" % (
    "|".join(AR_TENS), "|".join(sorted(AR_UNITS, key=len, reverse=True)), "|".join(AR_TENS))
_AR_RANGE = rf"(?:ما )?بين (?:{_AR_COUNT}) ?و ?(?:{_AR_COUNT})|(?:{_AR_COUNT}) او (?:{_AR_COUNT})(?!\w)"
_AR_NUM = f"{_AR_RANGE}|{_AR_VAGUE}|{_AR_COUNT}"
_RANGE_LOW = re.compile(rf"(?:between |(?:ما )?بين )?(?P<low>{_EN_COUNT}|{_AR_COUNT}) (?:and|to|or|او|و) ?\S.*")
# A parent joined by "و" keeps the article's letters (one person): "طفلتين ووالدتهما", "مقتل طفل ووالدته".
_AR_PARENT = re.compile(r"والدت?(?:هما|ها|ه)")
# (a number's noun after it, not "من"/"في" opening the words of the victims' side: "قتل ٢ من عناصر قسد و٣ مدنيين")
_AR_ITEM = r"(?:(?:%s)(?: (?!من\b|في\b)\w+)?|(?:%s)(?: (?:اثنان|اثنين|اثنتان|اثنتين))?|%s|%s)\b" % (
    _AR_NUM, "|".join(_AR_DUAL), "|".join(_AR_SINGLE), _AR_PARENT.pattern)
# "و" joining a second victim to the first ("ضابط وجنديان"), not the first letter of "واحد" ("شخص واحد": one person)
_AR_AND = r"و ?(?!(?<=و)احده?\b)"
_QUAL = r"(?:(?:at least|more than|over|about|around|some|up to|nearly|almost|as many as|all(?: of the)?) )?"
_AR_QUAL = r"(?:(?:اكثر من|ما لا يقل عن|نحو|حوالي) )?"
# a third victim of one toll: "استشهد مواطن وزوجته وطفلاهما" (a man, his wife and their two children)
_AR_THIRD = rf"(?: ?{_AR_AND}(?P<n3>{_AR_ITEM}))?"
# "ten were killed and injured" (or "… and captured") states no toll: the dead counted with others.
_NOT_HURT = r"(?! (?:and|or) (?:injured|wounded|hurt|captured|kidnapped|abducted|arrested|missing))"
# a part of the toll just said, described, no toll of its own: "2 civilians killed one of them is woman" (but
# "killing one of them" is one killed)
_NOT_PART = r"(?! of (?:them|whom) (?:is|was|are|were)\b)"
# (nor animals: "around twenty sheep were also killed" counts a flock, no fatality)
_NOT_COUNT = r"(?! (?:percent|per cent|km|kilometres|kilometers|miles|years?|days?|hours?|minutes?|dollars|famil\w+|%" \
             r"|(?:head of )?(?:sheep|goats?|cattle|cows?|livestock|animals|camels?|donkeys?|horses?|buffalo(?:es)?" \
             r"|chickens|birds)\b))"

# A person named, in English (folded: one to three words, no number, article or pronoun; not "and"): "ahmed salih"
_NAME = (r"(?!(?:the|an?|his|her|their|its|both|all|several|many|dozens|\d+|%s)\b)[\w-]+(?: (?!and\b)[\w-]+){0,2}"
         % "|".join(EN_UNITS[1:11]))

# One person named by a singular noun: "the driver was killed", "a civilian died", "its rider killed", "a fourth was
# wounded" (in posts without the verb's auxiliary when the clause ends: "the driver killed, …").
_PERSON = (r"(?:driver|passenger|civilian|child|man|woman|boy|girl|shepherd|farmer|fighter|member|commander|soldier"
           r"|militant|officer|leader|official|resident|person|teenager|worker|policeman|guard|journalist|occupant"
           r"|operative|militiaman|father|mother|son|daughter|brother|wife|husband|cadre|elder|neighbou?r"
           r"|companion|bodyguard|escort|aide|cousin|nephew|relative|rider|motorcyclist|motorist|pedestrian"
           # one at work: "injuring the operator" (of a bulldozer), "killing a teacher"
           r"|operator|teacher|trader|merchant|student|herder|mukhtar|labou?rer"
           # … or by chance near the strike: "a passer-by was wounded" (folded: "passer by")
           r"|passer by|passerby|bystander"
           # … on the river, whose boats crossings and river islands are struck: "a boatman ferrying passengers"
           r"|boatman|ferryman|fisherman"
           # a group's local leader: "an ISIS emir killed"
           r"|emir|amir)")
# (not after "and": "5 citizens and a child killed" counts more than the child)
# (the person's age before the noun, folded: "a 13 year old boy was killed" is one, not thirteen)
_AGE = r"(?:\d{1,2} (?:years?|months?) old )?"
_ONE = (rf"\b(?P<n>(?P<one>(?<!and )(?:the|an?|one|another|its|his|her|their)(?= {_AGE}(?:\w+ ){{0,2}}?{_PERSON}\b)"
        # a post's bare noun opening its clause: "…; driver killed, passenger wounded"
        rf"|(?:^|(?<=[;:,.] )){_PERSON}(?= (?:killed|slain|martyred|died|dead|wounded|injured|hurt)\b)"
        rf"|a (?:second|third|fourth|fifth|sixth)\b)) (?:{_AGE}(?:\w+ ){{0,2}}?{_PERSON}\b"
        # (described between commas: "the driver, a 34-year-old beekeeper from the village, was killed"; hedged too: "the
        # rider, said to be a PKK member, was killed", "the driver, reportedly an SDF fighter, …")
        # (or by a relative clause: "their cousin, who was with them, was wounded"; or by his name, then maybe described:
        # "the driver, Mehmud Eli, a civilian from the town, was also martyred")
        rf"(?:, (?:(?:said|believed|thought|reported|reportedly|allegedly)(?: to (?:be|have been))? )?(?:an?|the) [^,.;]{{1,60}},"
        rf"|, who [^,.;]{{1,40}},|, {_NAME},(?: (?:an?|the) [^,.;]{{1,60}},)?)?"
        rf"(?: (?!were|are|have)[\w,]+){{0,4}}?"
        # (a group's long name with its abbreviation: "a member of the internal security forces (asayish) was killed")
        rf"(?:(?: (?!were|are|have)[\w,]+)? \([\w ]+\))? )?")
# ("inside": where the one killed was, "an emir killed inside according to locals")
_CLAUSE_END = r"(?=[,.;:!)]|\s+(?:and|while|after|when|as|in|inside|on|near)\b|\s*$)"
# The victims of one toll listed by group, summed: "three fighters and a civilian", "a woman and her
# two children", "a man and his wife and two of their sons", "a young man and a citizen woman". An
# item after "and" is a number or one person (a, another, his, her: "his wife"); not one that a
# wound verb follows ("killed three and a child was wounded": the child was not killed).
_COUNTED = (rf"{_QUAL}(?:(?:his|her|their) )?(?P<n>{_EN_NUM})"
            rf"|(?P<one>an?|another|one|his|her|their)(?= (?:[\w-]+ ){{0,2}}?{_PERSON}\b)"
            # a relative without the article, as headlines write them: "a colonel with wife and son"
            r"|(?P<kin>(?:wife|husband|son|daughter|brother|sister|father|mother)(?= |$))")
_NOT_WOUNDED = r"(?! (?:(?!and\b)[\w-]+ ){0,2}?(?:(?:was|were|has been|have been) )?(?:wounded|injured|hurt))"
# ("with": the victims killed beside the first, "a colonel with his wife and son"; a comma before a kinsman when "and"
# closes the list: "a man, his wife and their two children")
_KIN_COMMA = r",(?= (?:his|her|their) [\w-]+(?: [\w-]+)? and )"
# (not a strike's object, its strike word elided: "…, killing its driver, and one on a house in Y" is the next strike)
_STRIKE_OBJECT = r"(?! (?:on|against) an?\b)"
_ITEM = re.compile(rf"(?:,? and|{_KIN_COMMA}| with) (?:{_COUNTED})\b{_NOT_WOUNDED}{_STRIKE_OBJECT}")
# the wounded of one toll listed before their verb: "a woman and her son wounded" (the wound verb is theirs)
# (no comma: "seven were killed, among them three Iraqis, and nine were wounded" lists no wounded; but a kinsman's before
# "and": "wounding a man, his wife and their daughter")
_HURT_ITEM = re.compile(rf"(?: and|{_KIN_COMMA}| with) (?:{_COUNTED})\b")


def _items(item: re.Pattern, group: str, stop: str = "") -> str:
    """A run of *item* (its groups unnamed) as the named *group*; the words between items name the group, no
    verb (nor a word of *stop*): "killing a boy and wounding his cousin" is one. (A group's abbreviation in brackets
    is one of those words: "a commander of the Sinjar Resistance Units (YBS) and his two bodyguards".)"""
    return (r"(?P<%s>(?:(?: (?!and\b|wound|injur|kill|said|says|who|which|were|was%s)[\w’'-]+| \([\w ]{1,30}\)){0,8}?%s)+)"
            % (group, stop, re.sub(r"\(\?P<\w+>", "(?:", item.pattern)))


_ITEMS = _items(_ITEM, "items")
# (the wounded listed after the dead are no more of them: "left 1 person dead and 2 injured" is 2 wounded)
_HURT_ITEMS = _items(_HURT_ITEM, "hurt_items", stop="|dead|died|martyr|slain|bod|corps")
# A number right after a wound verb counts the wounded: "kills and injures 5 persons … were killed"
_NOT_AFTER_WOUND = (r"(?<!injures )(?<!injured )(?<!injuring )(?<!wounds )(?<!wounded )(?<!wounding )"
                    # the casualties a toll is part of: "28 civilians among the 39 casualties were killed" (dead and
                    # hurt; "five children among the 15 people killed" counts 15)
                    r"(?:(?<!among )(?<!among the )(?<!of the )(?<!out of )(?<!out of the )|(?=\S+ (?!casualties\b)))")


def joins_victims(folded: str, position: int) -> bool:
    """Whether the folded text at *position* joins another victim to a toll's first ("… a colonel with his wife
    and son"): no clause begins there.

    >>> joins_victims("kill a colonel with his wife and son in x", 28), joins_victims("hit x and 3 martyrs in y", 5)
    (True, False)
    """
    found = _ITEM.match(folded, position)
    # after a victim ("his wife and son"; not "… countryside and 3 martyrs in Y"), and not the subject of a verb of
    # its own ("… and a woman was killed in shelling on Y" opens Y's clause)
    return bool(found) and bool(_VICTIM_BEFORE.search(folded, 0, position)) and not _OWN_VERB.match(folded, found.end())


_VICTIM_BEFORE = re.compile(rf"\b(?:{_PERSON}|sister|children|men|women|sons|daughters|brothers|sisters|fighters"
                            r"|civilians|members|soldiers|people|persons)$")
_OWN_VERB = re.compile(r"(?: [\w-]+){0,2}? (?:was|were|is|are|has been|have been|had been|died)\b")


def listed_victims(sentence: str, start: int = 0, end: int | None = None, item: re.Pattern = _ITEM) -> int:
    """The people counted by the items (after a toll's first group) of sentence[start:end]:
    " and a civilian" -> 1 (what follows the items is read too: "a" counts one person only before one).

    >>> listed_victims("killed three fighters and a civilian shepherd", 14)
    1
    >>> listed_victims("kill a woman and two of her children and another man in killi", 6)
    3
    """
    end = len(sentence) if end is None else end
    return sum(1 if found.group("one") or found.group("kin") else parse_number(found.group("n")) or 0
               for found in item.finditer(sentence, start) if found.start() < end)


def _one_person(verbs: str, died: bool) -> re.Pattern:
    """One person of _PERSON (or an ordinal: "a fourth") *verbs*: "was killed", "died", "killed," …;
    after "and" only with the passive's auxiliary ("three were killed and a child was wounded")."""
    # (the passive's adverb of degree between: "a passer-by was lightly wounded")
    return re.compile(rf"{_ONE}(?:(?:was|has been|had been|is)(?: (?:lightly|slightly|seriously|badly|critically|severely"
                      rf"|gravely|fatally|also))? (?:{verbs})\b|(?:{verbs}){_CLAUSE_END}"
                      + (r"|(?:has |had )?died\b" if died else "") + rf"){_NOT_HURT}"
                      # (and described after it, as _ONE's: "… and a shepherd grazing his flock nearby was wounded")
                      rf"|(?<=\band )(?P<after_and>(?:an?|the|one|another|his|her|their))(?= (?:[\w-]+ ){{0,2}}?{_PERSON}"
                      rf"(?: (?!were|are|have|and\b|killed|wounded|injured)[\w,]+){{0,4}}? (?:was|has been|had been) (?:{verbs})\b)"
                      # a kinsman the auxiliary before serves too: "a man was killed and his brother injured", "… and his
                      # son badly wounded"
                      rf"|(?<=\band )(?P<kin_after_and>(?:his|her|their))(?= {_PERSON}"
                      rf"(?: (?:badly|seriously|critically|severely|gravely|lightly|slightly))? (?:{verbs}){_CLAUSE_END})")


# The one a pronoun names and a companion of his, one toll of two: "injuring him and his driver", "killing her and her
# son", "مقتله ومقتل مرافقه", "إصابته وسائقه" (folded: the companion's noun with the same pronoun suffix)
_COMPANION = rf"(?P<companion> and (?:his|her) (?:[\w-]+ )?{_PERSON}\b)"
# (… the one named again, or "with": "مقتله هو وسائقه", "مقتله مع سائقه")
_AR_COMPANION = (r"(?P<companion>(?: هو| هي)? ?(?:و|مع ) ?(?:(?:مقتل|مصرع|استشهاد|اصابه) )?(?:مرافق|سايق|رفيق|حارس|مساعد|زوجت|زوج|ابن|ابنت"
                 r"|نجل|شقيق|شقيقت|اخي|والد|والدت|طفل|طفلت)(?:ه|ها)\b)")

# A coded note's closing toll field, ACLED's own figure for the event: "Fatalities: 3", "عدد القتلى: 3" (folded).
TOLL_FIELD = r"(?:^|\s)(?:fatalities|عدد قتلي): ?"


def _pronoun_object(verbs: str, dead: bool = False) -> re.Pattern:
    """The pronoun object of *verbs* closing its clause, one (and a companion of his): "killing him", "shot her dead",
    "wounding him and his driver"."""
    after = "(?: dead)?" if dead else ""
    return re.compile(rf"\b(?:{verbs}){after} (?P<n>(?P<one>him|her)){after}{_COMPANION}?(?=\s*(?:[,.;:]|and\b|$))")


def _noun_then_two(verbs: str) -> re.Pattern:
    """The Arabic *verbs* with their noun, then the number: "مقتل مدنيين اثنين", "اصابه مدنيين اثنين" (and a figure
    joined by "و")."""
    return re.compile(rf"(?:^|\s)[وفلب]{{0,2}}(?:{verbs}) \w+ (?P<n>اثنين|اثنان|اثنتين)\b(?P<more> ?{_AR_AND}(?P<n2>{_AR_ITEM}))?")


# People counted as a group with its number after it, as an adjective (folded, the article dropped): "ركاب السيارة
# الثلاثة" (the car's three occupants), "ركابها الثلاثة", "أفراد العائلة الخمسة"; "أب وأطفاله الثلاثة" (a father and his
# three children: the one before them joined, his possessive on the group)
_AR_GROUP = r"(?:ركاب|راكبي|مستقلي|اطفال|ابناء|افراد|عناصر|اشقاء|بنات|اولاد|مرافقي|حراس)(?:ه|ها|هم|هما)?"


def _group_then_count(verbs: str) -> re.Pattern:
    """The Arabic *verbs*, a group of people (a word of the whole it belongs to after it) and its number: "مقتل ركاب
    السيارة الثلاثة", "استشهد أب وأطفاله الثلاثة" (group ``with_first``: the one before the group's possessive)."""
    return re.compile(rf"(?:^|\s)[وفلب]{{0,2}}(?:{verbs}) (?:(?P<with_first>\S+) ?و ?(?=\S+(?:ه|ها|هما) ))?{_AR_GROUP}"
                      rf"(?: (?!من\b|في\b)\S+)? (?P<n>{_AR_COUNT})(?=[\s،,.؛:]|$)(?! (?:ايام|اشهر|ساعات|سنوات|اعوام|مرات)\b)")


def _mother(verbs: str) -> re.Pattern:
    """The mother after a woman's *verbs* (folded, the article dropped): "وأصيبت الأم بجروح", "واستشهدت الأم" (one; not
    "أم" alone, which begins the names of villages)."""
    return re.compile(rf"(?:^|\s)[وف]?(?:{verbs}) (?P<n>(?P<one>ام))(?!\S)")


def _count_rose_to(nouns: str, words: int) -> re.Pattern:
    """The Arabic count of *nouns* revised, up to *words* words before "to": "ارتفع عدد القتلي الي 17", "ارتفع عدد
    المصابين الي ثلاثه"."""
    return re.compile(rf"(?:حصيله|عدد) (?:{nouns})(?: \w+){{0,{words}}}? (?:الي|ل) {_AR_QUAL}(?P<n>{_AR_NUM})\b")


def _count_stated(nouns: str) -> re.Pattern:
    """The Arabic count of *nouns* stated, up to two words before the figure: "عدد القتلى خمسة وعشرون", "حصيلة القتلى
    بلغت أربعة", "بلغ عدد الجرحى 7" (folded; not the dead and the hurt lumped, "عدد الضحايا من قتلى وجرحى ثمانية",
    nor a revision's "إلى": _count_rose_to)."""
    return re.compile(rf"(?:حصيله|عدد) (?:{nouns})(?: (?!\S*(?:قتل|جرح|جريح|اصاب|مصاب)|الي\b|ل\b)\S+){{0,2}}?"
                      rf"(?: (?:بلغ|بلغت|وصل|وصلت))? {_AR_QUAL}(?P<n>{_AR_NUM})\b")


def _arabizi(nouns: str) -> re.Pattern:
    """A number and its noun in Arabic written in Latin letters (Arabizi): "2 shohada", "4 jar7a"."""
    return re.compile(rf"\b(?P<n>\d+) (?:{nouns})\b")


# Kurdish units, folded: Kurmanji ("du", "sê", "çar") and Sorani ("دوو", "سێ", "چوار"), one to ten
_KURDISH_UNITS = dict(zip("yek du se car penc ses heft hest neh deh".split(), range(1, 11))) | dict(
    zip("يهك دوو سي جوار بينج شهش حهوت ههشت نو ده".split(), range(1, 11)))


def _kurdish(verbs: str) -> re.Pattern:
    """A Kurdish count and up to two words of its noun before a verb of harm (folded): Kurmanji "du kes birîndar bûn",
    Sorani "دوو کەس بریندار بوون"; or one, the noun's indefinite ending right before it: "welatiyek şehîd bû",
    "هاووڵاتییەک گیانی لەدەستدا" (a citizen lost his life)."""
    units = "|".join(_KURDISH_UNITS)
    return re.compile(rf"(?:^|\s)(?P<n>\d+|{units}|(?P<one>[a-z]+ek|\S+يهك|\S+يك))(?(one)|(?: [^\s,.،]+){{0,2}}?)"
                      rf" (?:{verbs})(?!\S)")

# A person's age in brackets after the name (folded): "سالار أحمد (35 عاماً)"
_AGE_BRACKET = re.compile(r"\(\d{1,2} (?:عاما|عام|سنه)\)")
# A person named in English (_NAME) with his age after a comma, his kinship to the one before him before his name:
# "ahmed salih, 34", "his cousin rebaz salih, 29", "dilshad omar, a 41 year old schoolteacher"
_NAMED_AGED = rf"(?:(?:his|her|their) [\w-]+ )?{_NAME}, (?:\d{{1,2}}|an? \d{{1,2}} years? old\b[^;.]{{0,60}}?)"
# … in Arabic (folded, the article dropped): a word of a name, no particle nor relative; the title and the kin a name is
# told with ("المواطن", "الشاب"; "وشقيقه", "وزوجته", "وابنهما"; والدته folds to ودته)
_AR_NAME = r"(?!(?:في|من|علي|الي|بعد|اثر|جراء|ذين|تي|ذي|كانوا|كان|حيث|بينما|فيما|خلال|اثناء|قرب|داخل)(?!\S))[^\s،,.()]+"
_AR_TITLE = r"(?:مواطن|مواطنه|شاب|شابه|طفل|طفله|سيده|شيخ|مسن|مسنه|فتي|فتاه|رجل|امراه|مختار|معلم|مزارع|سايق|راعي)"
_AR_KIN = r"(?:شقيق|شقيقت|زوج|زوجت|ابن|ابنت|نجل|ود|ودت|اخ|اخت|جار|صديق|قريب|رفيق|مرافق)(?:ه|ها|هما|هم)"


def _named_count(named: str) -> int:
    """How many people a list of names (folded) names: its items are parted by ";" (English, each with an age and its
    commas), by "، و" (Arabic) or by ", " and " and "."""
    separator = ";" if ";" in named else r"، ?و" if "،" in named else r", | and "
    return len(re.findall(separator, named)) + 1
# The dead named one by one, no number given (group "named": ``_named_count``; ``named_dead``): "killing Ahmed Salih,
# 34; his cousin Rebaz Salih, 29; and Dilshad Omar, a 41-year-old teacher", "the dead were identified as …"
_NAMED_DEAD = [
    re.compile(rf"\b(?:kill(?:ing|ed)|martyr(?:ing|ed)|dead (?:were|are) (?:named |identified )?as) "
               rf"(?P<named>{_NAMED_AGED}(?:; {_NAMED_AGED})+;? and {_NAMED_AGED})"),
    # … two or three names, then what they were: "martyring Ciwan Hesen and Ezdin Xelil, members of the Internal
    # Security Forces", "killing X, Y and Z, three fighters of …"
    re.compile(rf"\b(?:kill(?:ing|ed)|martyr(?:ing|ed)) (?P<named>{_NAME}(?:, {_NAME})? and {_NAME}), (?:both |all |two |three )?"
               r"(?:members|fighters|civilians|residents|brothers|cousins|sons|employees|workers|officers|soldiers|shepherds"
               r"|farmers|herders|militants|operatives) (?:of|from)\b"),
    # … in Arabic, joined by "، و" and each after the first named by his kin or his title: "أودت بحياة المواطن آزاد حسن،
    # وشقيقه روني حسن، والشاب دلشاد عثمان", "مقتل محمد الخلف (٤٥ عاماً)، وزوجته فاطمة العلي، وابنهما أحمد"
    re.compile(rf"(?:^|\s)[وفلب]{{0,2}}(?:مقتل|استشهاد|مصرع|بحياه|اغتيال) (?P<named>(?:{_AR_TITLE} )?{_AR_NAME}(?: {_AR_NAME}){{0,2}}"
               rf"(?: {_AGE_BRACKET.pattern})?(?:، ?و ?(?:{_AR_KIN}|{_AR_TITLE})(?: {_AR_NAME}){{1,3}}(?: {_AGE_BRACKET.pattern})?)+)"
               rf"(?=[\s،,.]|$)"),
]
_KILLED = [
    _one_person("killed|slain|martyred|shot dead", died=True),
    # killing three members / killed 11 people / claimed the lives of nine / the deaths of six militants / "resulted
    # in the killing of four terrorists" (Iraqi statements in English: "أسفرت عن مقتل")
    # (Ankara's "neutralised" is its word for killed)
    # (not the next figure of a post's "2 killed 3 injured": a number's own verb closes its figure; "Route 4 killed two"
    # is no such pair)
    re.compile(rf"\b(?!(?<=\d )\w+ \d+ (?:wounded|injured|hurt)\b)(?:kill(?:ing|ed|s)?|shot dead|gunned down|executed|executing|neutrali[sz](?:ed|ing|es)"
               rf"|claim(?:ed|ing|s)? the lives of"
               rf"|(?:the )?(?:deaths?|killing) of)[\"”’]? {_QUAL}(?:(?:its|their|his|her|the) )?"
               rf"(?P<n>{_EN_NUM}|both|an?(?! (?:number|few|handful|dozen|series|total)\b)"
               rf"|(?P<one>the|its|his|her|their)(?= (?:[\w-]+ )?{_PERSON}\b))(?!\w){_NOT_COUNT}{_NOT_PART}{_ITEMS}?"),
    # five citizens and a child killed / the driver and a passenger were killed / a woman and her two children died
    re.compile(rf"\b(?<!no )(?P<n>(?:{_EN_NUM})(?! famil)|(?P<one>the|an?)(?= (?:[\w-]+ ){{0,2}}?{_PERSON}\b))(?: [\w’'-]+){{1,3}}?"
               rf"{_ITEMS}(?: [\w’'-]+){{0,3}}? (?:(?:were|have been|had been|are) )?(?:killed|dead|slain|martyred|died)\b"
               rf"{_NOT_HURT}"),
    # headline style, the article dropped: "Man killed in bombing", "Longtime Hezbollah commander killed"
    # (passive: nothing it killed follows, "Militant killed three" is not one killed)
    re.compile(rf"^(?!the |an? )(?P<n>(?P<one>(?:(?!\d|and\b)[\w-]+ ){{0,2}}?{_PERSON}))(?: (?:was|has been))? "
               rf"(?:killed|shot dead|died)(?=[,.;:!)]|\s+(?:and|while|after|when|as|in|on|near|by|during|at)\b|\s*$)"
               rf"{_NOT_HURT}"),
    # two fighters of the SDF were killed / 23 fighters, including ..., were killed / (Ankara's) 4 PKK/YPG terrorists
    # were neutralised (in the quotes wire copy puts Ankara's word in: "four terrorists had been "neutralized"")
    re.compile(rf"\b(?<!no ){_NOT_AFTER_WOUND}(?P<n>{_EN_NUM})(?! famil){_NOT_COUNT}(?: (?!wounded|injured|hurt)[\w,“”\"’()/]+){{0,12}}? "
               rf"(?:were|was|have been|had been|are|been) [\"“‘']?"
               rf"(?:killed|dead|slain|martyred|neutrali[sz]ed)\b{_NOT_HURT}"),
    # the total before those it includes: "327 including 117 women and children killed", "at least 18
    # civilians, mostly children and women killed", "20 casualties most of them are children killed"
    re.compile(rf"\b(?<!no ){_NOT_AFTER_WOUND}(?P<n>{_EN_NUM})(?! famil){_NOT_COUNT}(?: (?!wound|injur)[\w’'-]+){{0,3}}?,? (?:including"
               rf"|among them|mostly|most of them)\b(?:(?!wound|injur)[^.;:]){{0,80}}? (?:(?:were|was|are|have been) )?"
               rf"(?:killed|dead|martyred|martyrs)\b{_NOT_HURT}"),
    # nine dead / 12 killed / four of the militants killed / 8 martyrs (the monitors' English)
    # ("3 casualties from one family killed": one family is no count of people; "2 Iran backed militia members
    # killed": a side's "X backed" is one word of the description)
    re.compile(rf"\b(?<!no ){_NOT_AFTER_WOUND}(?P<n>{_EN_NUM}|both)(?! famil){_NOT_COUNT}(?: \w+ backed)?(?: \w+){{0,3}}?"
               rf"(?: (?:from|of) (?:one|a|the same) family)? (?:(?:have |had )?died|killed|dead|martyrs?|martyred"
               # (the Kurdish channels' Kurmanji martyr, folded: "2 şehîd, 1 birîndar")
               rf"|sehid|shehid"
               rf"|executed)\b(?! (?:{_EN_NUM}|at least|more than|an?|the)\b(?! (?:wounded|injured|hurt)\b){_NOT_PART})"
               rf"{_NOT_HURT}"),
    # one person killed by name, then described: "killing Abu Khalid al-Shami, a senior ISIS official", "killed Hamza
    # al-Ubaidi, whom it described as a senior ISIS official" (not a group: "killed members of the cell, a …"; nor the
    # dead and the hurt lumped: "six people killed or wounded, a local official said")
    re.compile(rf"\bkill(?:ing|ed|s)? (?P<n>(?P<one>(?!(?:{_EN_NUM}|an?|the|its|his|her|their|him|them|both|all|or|and)\b)"
               rf"(?!(?:[\w-]+ ){{0,3}}?(?:members|fighters|militants|people|civilians|soldiers|operatives|terrorists)\b)"
               rf"(?:[\w-]+ ){{1,4}}?[\w-]+)), (?:whom (?:the )?\w+ (?:described|identified) as |who was )?[\"“]?an? (?:[\w-]+ ){{0,3}}?{_PERSON}\b"),
    *_NAMED_DEAD,
    # the dead found where the strike hit: "troops found the remains of six militants", "recovered the bodies of four"
    # (… one by one: "pulled the bodies of a woman and her daughter from the rubble", two)
    re.compile(rf"\b(?:bodies|remains|corpses) of {_QUAL}(?P<n>(?:{_EN_COUNT})\b{_NOT_COUNT}"
               rf"|(?P<one>an?|the)(?= (?:[\w-]+ ){{0,2}}?{_PERSON}\b))(?(one)(?: [\w-]+){{0,2}}? {_PERSON}\b{_ITEMS}?)"),
    # … counted before them: "troops had recovered three bodies from the site", "وعثرت على ثلاث جثث"
    re.compile(rf"\b(?:recovered|found|retrieved|pulled out|removed) {_QUAL}(?P<n>{_EN_COUNT}) (?:bodies|corpses)\b"),
    re.compile(rf"(?:^|\s)[وف]?(?:عثرت?|عثروا|انتشلت?|انتشلوا|رفعت?|رفعوا) (?:\S+ ){{0,2}}?علي {_AR_QUAL}(?P<n>{_AR_COUNT}) جثث\b"),
    # the toll as it stands or was revised: "the death toll from an airstrike on a convoy near X rose to 11"
    # (a post's update: "UPDATE: … died in hospital, toll now 2")
    re.compile(rf"\b(?:death )?toll(?: \w+){{0,5}}? (?:at|to|of|reached|is|was|now) {_QUAL}(?P<n>{_EN_NUM})\b"),
    # (a post's update names the strike whole before the new figure: "toll from yesterday's Turkish drone strike on
    # a car in Derik rises to 3")
    # (… its place labelled between commas: "toll of this morning's drone strike near X, northwest of Y, rises to 3")
    # (… a group's abbreviation in brackets among them: "toll from a drone strike on a Popular Mobilization Forces (PMF)
    # position … has climbed to five")
    re.compile(rf"\b(?:death )?toll(?:,? (?:\w+|\(\w+\))){{0,20}}?,? (?:{TOLL_ROSE}|jumped) to {_QUAL}"
               rf"(?P<n>{_EN_NUM})\b"),
    # قتل ثلاثه عناصر / مقتل شخصين / قتل ضابط وجنديان / لمقتل 3 / تقتل 6 / استشهد شخصان
    # (a group's side between: "مقتل عنصرين من قسد ومسلح"; Ankara's "تحييد" is its word for killed; a woman's verb:
    # "استشهدت امرأة وطفلاها")
    # (the group's words between the first victim and the second: "مقتل قيادي في تنظيم «الدولة الإسلامية» ومرافقه")
    # (a statement quoted in guillemets: "أعلنت الهيئة «استشهاد ثلاثة من منتسبيها»"; the strike it was killed in
    # after the verb: "وقُتل فيها ثلاثة أشخاص", "قتل فيها شخص واحد") (the place between ends at a word's end: "مسيرة تقتل
    # راعياً في برادوست" is one shepherd, no "ست" of the name)
    re.compile(rf"(?:^|\s)[\"“«]?[وفلب]{{0,2}}(?:[تي]?قتلت?|يقتلون|[تي]عدم|يعدمون|اعدمت?|اعدموا|مقتل|استشهاد|استشهدت|استشهد|مصرع|وفاه|تحييد|[تي]?غتال|يغتالون|اغتالت?|اغتالوا|اغتيال)[\"”»]?(?: (?:فيها|فيه|فيهما|بها|به))? {_AR_QUAL}(?P<n>{_AR_ITEM})"
               rf"(?P<more>(?: (?:من|في) \S+(?: \S+){{0,3}}?(?=\s))? ?{_AR_AND}(?P<n2>{_AR_ITEM}){_AR_THIRD})?"),
    # مقتل مدنيين اثنين: the noun, then the number
    _noun_then_two("[تي]?قتل|مقتل|استشهاد|مصرع"),
    # مقتل ركاب السياره الثلاثه / استشهد اب واطفاله الثلاثه: the group, then its number
    _group_then_count("[تي]?قتلت?|مقتل|استشهاد|استشهدت?|مصرع|بحياه"),
    _mother("قتلت|استشهدت"),
    # the striker between the verb and its victims (verb, subject, object): "قتلت طائرة مسيرة تركية راعياً", "قتل قصف
    # مدفعي طفلين", "تقتل غارة جوية ثلاثة عناصر"
    re.compile(rf"(?:^|\s)[وف]?[تي]?قتلت? (?:طايره|طايرات|مسيره|مسيرات|غاره|غارات|ضربه|ضربات|قصف|قذيفه|قذايف|صاروخ"
               rf"|صواريخ)(?: [^\s،,.]+){{0,3}}? {_AR_QUAL}(?P<n>{_AR_ITEM})"),
    # one killed "with" his companion, the passive verb right before them: "القيادي الذي قُتل مع مرافقه", "استشهد هو
    # وسائقه" (two)
    re.compile(rf"(?:^|\s)[وف]?(?P<n>(?P<one>قتل|قتلت|استشهد|استشهدت)){_AR_COMPANION}"),
    # "ومقتله على الفور", "لقي مصرعه": his (her) death, one killed
    re.compile(rf"(?:^|\s)[وفلب]{{0,2}}(?:مقتل|مصرع|استشهاد)(?P<n>(?P<one>ه|ها))\b{_AR_COMPANION}?"),
    # the bodies a hospital received: "استقبل المستشفى جثث خمسة أشخاص" (as "recovered the bodies of four")
    # (… and listed as the dead are: "جثث رجل وزوجته وابنهما", three; not the wounded after them: "جثث خمسة أشخاص
    # وسبعة جرحى")
    re.compile(rf"(?:^|\s)[وفلب]?(?:جثث|جثامين|رفات) {_AR_QUAL}(?P<n>{_AR_ITEM})"
               rf"(?P<more> ?{_AR_AND}(?!\S*(?: \S+)? (?:جرحي|مصابين|جريح|اصابات))(?P<n2>{_AR_ITEM}){_AR_THIRD})?"),
    # the dead counted, or named with their ages, in apposition to them: "ووثق المرصد هويات الضحايا، وهم ثلاثة شبان",
    # "جثث الضحايا وصلت إلى المستشفى، وهم: سالار أحمد (35 عاماً) …، وشقيقه كاوه (28 عاماً)"
    re.compile(rf"(?:^|\s)(?:ضحايا|قتلي|شهداء)(?: [^\s،,.]+){{0,4}}?[،,]? و?(?:هم|هما):? (?:{_AR_QUAL}(?P<n>{_AR_ITEM})"
               rf"|(?P<ages>(?:[^.()]{{2,60}}? {_AGE_BRACKET.pattern})+))"),
    # اودي بحياه ثلاثه اشخاص / توقع قتيلين
    re.compile(rf"(?:^|\s)بحياه {_AR_QUAL}(?P<n>{_AR_ITEM})"),
    # (and two bodies: "استقبل المستشفى جثتين متفحمتين", as "جثث خمسة أشخاص")
    # (the two bodies of: "انتشلت جثتي راعيين")
    re.compile(r"(?:^|\s)[وب]?(?P<n>قتيلين|قتيلان|شهيدين|شهيدان|جثتين|جثتان|جثتي(?= \S)|جثماني(?= \S))\b"),
    # "شهيد و3 جرحى بقصف", "قتيل بغارة": the singular noun before the injured or the cause
    # (not the victims told apart by neither's number: "ثلاثة ضحايا بين قتيل وجريح", killed or wounded)
    re.compile(r"(?<!بين)(?:^|\s)(?P<n>قتيل|شهيد)(?= ?و ?(?:\d|جرح|جريح|اصاب)| ?ب(?:قصف|غاره|ضربه|استهداف)| جراء| اثر| واحد\b)"),
    # … or alone after a list line's place: "قرية بورك: شهيد", "قرية X: قتيل من المدنيين"
    re.compile(r"[:–-] (?P<n>قتيل|شهيد)(?=\s*[.،]?\s*$| (?:من|في) )"),
    # سقط 5 قتلي / الي 14 قتيلا / ارتقاء 3 شهداء
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{_AR_NUM}) (?:\w+ )?(?:قتلي|قتيلا|قتيل|شهداء|شهيدا|شهيد)\b"
               rf"(?! ?و ?(?:جرحي|مصابين))"),
    # راح ضحيتها خمسه مدنيين
    re.compile(rf"(?:^|\s)ضحيت(?:ه|ها|هم) {_AR_QUAL}(?P<n>{_AR_ITEM})"),
    # ارتفع عدد القتلي الي 17 / ارتفعت حصيله قتلي الغاره علي بوكمال الي 14
    # (as far from the toll as the English: "ارتفعت حصيلة قتلى الغارة التي شنتها مسيرة تركية على مدينة X بريف Y إلى خمسة")
    # (and of the martyrs: "ارتفاع حصيلة شهداء الضربة على الرمانة إلى ٣")
    _count_rose_to(DEAD_AR, 12),
    _count_stated(DEAD_AR),
    # the toll named before, then raised with no noun: "الحصيلة الأولية كانت مقتل إرهابي واحد، قبل أن ترتفع إلى
    # اثنين", "الحصيلة ... لترتفع إلى ثلاثة"
    re.compile(rf"(?:^|\s)حصيله (?:\S+ ){{0,8}}?(?:قبل ان )?[ول]?(?:{TOLL_ROSE_AR}) (?:الي|ل) {_AR_QUAL}(?P<n>{_AR_NUM})\b"),
    # the monitors' order, the new figure before what it counts: "ارتفع إلى ستة عدد الذين قتلوا جراء الغارة"
    re.compile(rf"(?:^|\s)[وفل]?(?:{TOLL_ROSE_AR}) (?:الي|ل) {_AR_QUAL}(?P<n>{_AR_NUM}) (?:عدد|حصيله) "
               rf"(?:(?:{DEAD_AR})\b|(?:من|ذين) (?:قتلوا|استشهدوا|لقوا))"),
    # "أن الجريح فارق الحياة", "العامل فارق الحياة متأثراً بجروحه" (passed away): one
    re.compile(r"(?:^|\s)[وف]?(?P<n>(?P<one>فارق|فارقت)) حياه\b"),
    # لقي سبعه اشخاص حتفهم
    # (… of one family: "لقي أربعة من أفراد عائلة واحدة حتفهم")
    re.compile(rf"(?:^|\s)[وف]?لقي {_AR_QUAL}(?P<n>{_AR_ITEM})(?: من افراد \S+(?: واحده)?)?(?: \w+){{0,2}}? حتف"),
    # the number before its verb: "اربعه منهم قتلوا في X" (four of them were killed in X); in the region's
    # speech "ماتوا", and "راحوا" (went) only with the blessing of the dead: "تنين راحو الله يرحمهم"
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{_AR_NUM})(?: منهم| من \w+)? (?:قتلوا|قضوا|استشهدوا|استشهدو|ماتوا|ماتو|توفوا|توفو"
               rf"|(?:راحوا|راحو)(?= (?:ال)?(?:له يرحم|رحمهم|ضحيه)))\b"),
    # one victim before a verb of dying, in the region's speech as in the standard: "راعي غنم انقتل", "طفل استشهد
    # متأثراً بجروحه" (no "قتل", whose subject may be the killer)
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{'|'.join(_AR_SINGLE)})(?: \S+)? "
               r"(?:انقتل|انقتلت|استشهد|استشهدت|توفي|توفيت|مات|ماتت)\b"),
    # Arabic in Latin letters (Arabizi): "2 shohada w 4 jar7a"
    _arabizi("shohada|shuhada|shohadaa|shuhadaa|qatla"),
    # Kurdish: "du kes hatin kuştin", "welatiyek şehîd bû"; "سێ کەس کوژران", "هاووڵاتییەک گیانی لەدەستدا"
    _kurdish(r"hat(?:in)? kustin|sehid (?:bu|bun|ket|ketin)|jiyana xwe ji dest da(?:n)?|mir(?:in)?"
             r"|كوزرا|كوزران|شههيد (?:بوو|بوون|كران)|كيان(?:ي|يان) لهدهست ?دا"),
    # a coded note's toll field: "Fatalities: 3", "عدد القتلى: 3" (0: _NO_CASUALTIES)
    re.compile(TOLL_FIELD + r"(?P<n>[1-9]\d*)\b"),
    # the pronoun object closing its clause: "killing him", "shot her dead"
    _pronoun_object("kill(?:ing|ed|s)?|shot|gunned down|executed|executing", dead=True),
    # the pronoun suffix of the toll's noun: "ومقتله" (his death), "لمقتلهما" (the two's)
    re.compile(r"(?:^|\s)[وفلب]{0,2}(?:مقتل|مصرع|استشهاد)(?P<n>هما)\b"),
    # … and of the passive's verbal noun: "استهدفت إرهابيين اثنين وتم قتلهما", "وجرى قتلهما" (the two were killed)
    re.compile(r"(?:^|\s)[وف]?(?:تم|جري) (?:قتل|تصفيه)(?P<n>هما)\b"),
]
_INJURED = [
    # ("wounding both": the pair the sentence named, as "killing both")
    # (nor the dead and the hurt lumped, "killing or wounding 14 militants": no figure of either)
    re.compile(rf"\b(?<!kills and )(?<!killed and )(?<!killing and )(?<!kill and )(?<!kills or )(?<!killed or )(?<!killing or )"
               rf"(?<!kill or )(?:wound(?:ing|ed|s)?|injur(?:ing|ed|es)) {_QUAL}"
               rf"(?P<n>{_EN_NUM}|both|an?(?! (?:number|few|handful|dozen|series|total)\b)"
               # one person named by the definite article, as the dead are: "injuring the driver", "wounding its driver"
               rf"|(?P<one>the|its|his|her|their)(?= (?:\w+ )?{_PERSON}\b))"
               # … and those listed with the first, as the dead are ("injuring a woman and her child": two)
               rf"{_NOT_COUNT}\b{_HURT_ITEMS}?"),
    _one_person("wounded|injured|hurt", died=False),
    # a woman and her son wounded / the driver and a passenger were injured (no toll of the dead between)
    re.compile(rf"\b(?<!no )(?<!kill )(?<!kills )(?<!killed )(?<!killing )"
               rf"(?P<n>(?:{_EN_NUM})(?! famil)|(?P<one>the|an?)(?= (?:[\w-]+ ){{0,2}}?{_PERSON}\b))"
               rf"(?: (?!kill|dead|died|martyr|slain|bod|corps)[\w’'-]+){{1,3}}?"   # ("six bodies and ten wounded")
               rf"{_HURT_ITEMS}(?: [\w’'-]+){{0,3}}? (?:(?:were|have been|had been|are) )?(?:wounded|injured|hurt)\b"),
    # one who got away hurt: "the driver escaped with light injuries", "its rider survived with wounds" (the dead none)
    re.compile(r"\b(?P<n>(?P<one>driver|rider|passenger|occupant|shepherd|farmer)) (?:survived|escaped) with"
               r" (?:\w+ )?(?:injuries|wounds)\b"),
    # "killing a man and wounding another": one other (as "واصيب اخر"; not "another three")
    re.compile(rf"\b(?:wound(?:ing|ed|s)?|injur(?:ing|ed|es)) (?P<n>(?P<one>another))\b(?! {_QUAL}(?:{_EN_NUM})\b)"),
    # … and with the verb after it: "1 fighter was killed and another wounded", "killing one; another was badly hurt"
    re.compile(r"(?:\band|;) (?P<n>(?P<one>another))(?: (?:one|fighter|member|soldier|civilian|man|person))?"
               r"(?: (?:was|got))?(?: (?:seriously|critically|severely|badly|lightly|slightly))? (?:wounded|injured|hurt)\b"),
    # "12 wounded", not "killed 12 people and wounded 3" (there "wounded" has another object)
    # ("2 martyrs and 1 wounded": the 2 counts the dead; the Kurmanji wounded, folded: "1 birîndar")
    # (nor the dead's figure before it: "2 killed 3 injured")
    re.compile(rf"\b(?<!no )(?P<n>{_EN_NUM}|both){_NOT_COUNT}(?: (?!and\b|or\b|killed\b|dead\b)\w+){{0,3}}? (?:(?:were|was|have been) )?"
               rf"(?<!\band )(?<!of the )(?:wounded|injured|hurt|birindar|brindar)\b"),
    # … described between commas, as the dead are: "four civilians, two of them children, were wounded"
    re.compile(rf"\b(?<!no ){_NOT_AFTER_WOUND}(?P<n>{_EN_NUM})(?! famil){_NOT_COUNT}(?: (?!killed|dead|died|martyred)[\w’'-]+){{1,4}}?"
               rf"(?:,(?: (?!killed|dead|died|martyred)[\w’'-]+){{1,8}}?,) (?:were|was|have been|had been)"
               rf"(?: \w+ly)? (?:wounded|injured|hurt)\b"),
    # اصيب شخصان / واصابه ثلاثه / ادي لاصابه عنصرين / اصابه امراه وطفلها (proclitics and groups as the killed pattern's)
    # (a headline's present tense too: "وتصيب اثنين منهم")
    # (and the region's speech, the verb first: "وانصاب اثنين منهم", "انجرح تلاته")
    # (not the dead and the hurt lumped: "أسفرت عن قتل وجرح ٩", "مقتل وإصابة ٧ عناصر")
    re.compile(rf"(?<!قتل)(?:^|\s)[وفلب]{{0,2}}(?:اصيبت|اصيب|اصابه|جرح|[تي]صيب|انصاب|انصابت|انجرح|انجرحت) {_AR_QUAL}(?P<n>{_AR_ITEM})"
               rf"(?P<more> ?{_AR_AND}(?P<n2>{_AR_ITEM}){_AR_THIRD})?"),
    # اصابه مدنيين اثنين: the noun, then the number (as the killed pattern's)
    _noun_then_two("اصيب|اصابه|جرح"),
    _group_then_count("اصيبت?|اصابه|جرح"),
    _mother("اصيبت|جرحت"),
    # "واصيب اخر": one other
    re.compile(r"(?:^|\s)[وف]?(?:اصيب|جرح|اصابه) (?P<n>(?P<one>اخر|اخري|ثالث|ثالثه|رابع|رابعه))\b"),
    # "شهيدان وجريح": the singular noun after a toll; or counted one, "جريح واحد"
    re.compile(r"(?<!بين (?:قتيل|شهيد))(?:^|\s)(?:و ?|(?=جريح واحد\b))(?P<n>جريح)\b"),
    # … and its dual: "شهيد وجريحان" (one dead, two wounded)
    re.compile(r"(?<!بين (?:قتيل|شهيد))(?:^|\s)و ?(?P<n>جريحان|جريحين)(?!\w)"),
    # 10 جرحي, not the 5 of "5 قتلي و10 جرحي" nor the 3 of "3 اشخاص واصيب 5" nor the 5 of "جثث خمسه اشخاص وسبعه جرحي"
    # (a number joined by "و" is its own figure); and the region's speech: "والسايق انصاب", "تلاته انجرحو"
    # (not a part of the wounded, "بعد وفاة اثنين من الجرحى", as the English "two of the wounded")
    # (nor one who died of the wounds: "توفي شاب متأثراً بجروح أصيب بها")
    re.compile(rf"(?:^|\s)[وف]?(?P<n>{_AR_ITEM})(?: (?!\S*\d|\S*قتل|متاثر|و(?:{_AR_COUNT})\b)\w+){{0,2}}?(?<! من) (?:اصيب\w*|جرح\w*|انصاب\w*|انجرح\w*"
               rf"|تصاوب\w*)\b"),
    # Arabizi: "4 jar7a"
    _arabizi("jarha|jari7|jar7|isabat"),
    # Kurdish: "du kes birîndar bûn", "دوو کەس بریندار بوون"
    _kurdish(r"birindar (?:bu|bun|ket|ketin|bune|buye)|hat(?:in)? birindarkirin|بريندار (?:بوو|بوون|بووه|بوونه|كران)"),   # (jar7a folded: normalize reads an Arabizi digit before a letter as it)
    # the pronoun object closing its clause: "wounding him"; the suffix of the noun: "لاصابته" (his), "لاصابتهما" (the two's;
    # not "متأثرين بإصابتهما", who died of them)
    _pronoun_object("wound(?:ing|ed|s)?|injur(?:ing|ed|es)"),
    re.compile(rf"(?:^|\s)[وفل]{{0,2}}اصابت(?P<n>(?P<one>ه|ها)|هما)\b{_AR_COMPANION}?"),
    # the count of the wounded revised: "the number of injured had risen to three", "ارتفع عدد المصابين إلى ثلاثة"
    re.compile(rf"\bnumber of (?:the )?(?:injured|wounded)(?: \w+){{0,3}}? (?:{TOLL_ROSE}) to {_QUAL}"
               rf"(?P<n>{_EN_NUM})\b"),
    _count_rose_to(WOUNDED_AR, 6),
    _count_stated(WOUNDED_AR),
]
_NO_CASUALTIES = compile_alternation(
    # (each said apart: "nobody was killed and nobody was wounded")
    r"\bno (?:one|body) (?:was |were |has been )?(?:killed|hurt|injured|wounded)|\bnobody (?:was )?(?:killed|hurt|injured|wounded)"
    # ("no further casualties": none beside those told, the other strike's)
    # (and a post's misspelt "no casualities reported")
    r"|\bno (?:further |other |more |additional )?(?:\w+ or )?(?:casualties|casualities|deaths|fatalities|injuries)\b"
    r"|\bwithout (?:causing |reports of )?(?:any )?casualties"     # "without causing any casualties or damage"
    # the Arabic "خسائر بشرية" in English: "there were no human casualties", "without causing any human casualties"
    r"|\b(?:no |without (?:causing |reports of )?(?:any )?)human casualties\b"
    # a negated verb of result: "the shelling did not cause any casualties", "it didn't result in injuries"
    r"|\b(?:did|does|has) ?n[o' ]?t (?:cause|result in|lead to|leave) (?:any )?(?:casualties|deaths|fatalities|injuries)\b"
    r"|\bno reports? of (?:any )?(?:casualties|deaths|fatalities|injuries)\b"
    # a release's formula: "There is no indication that any civilians were injured in either strike"
    r"|\bno indication (?:that )?(?:any )?(?:civilians? )?(?:were |was |had been )?(?:killed|hurt|injured|wounded|harmed)\b"
    # a coded note's toll field at zero: "Fatalities: 0" (the dead only)
    r"|" + TOLL_FIELD + r"0\b"
    # the harm was to things only: "caused material damage only", "damage only", "اضرار مادية فقط" (and with the strike's
    # pronoun: "اقتصرت أضراره على الماديات", its damage)
    r"|\b(?:material |property )?damage only\b|\bonly (?:material |property )?damage\b"
    r"|(?:اضرار|خساير) ماديه(?: (?:في|ب|علي)?\S+){0,3}? فقط|(?:اقتصرت|اقتصر) (?:ال)?(?:اضرار|خساير)(?:ه|ها|هما)? علي"
    # "دون ورود أنباء عن خسائر بشرية": none reported ("دون معلومات عن خسائر" says nothing is known); "مؤكداً عدم وقوع أي
    # خسائر بشرية", "دون تسجيل أي إصابات": the happening and "any" both said
    # (and none there is: "ولا توجد إصابات", "لا يوجد قتلى", "عدم وجود إصابات")
    r"|(?:دون|بدون|عدم|(?:^|\s)و?لا|ماكو|ما في|مافي) (?:ورود انباء عن )?(?:(?:وقوع|تسجيل|سقوط|توجد|يوجد|وجود) )?(?:اي )?"
    r"(?:قتلي|اصابات|خساير بشريه|خساير ب?ارواح|خساير في ارواح|ضحايا|(?:حاله|حالات) وفاه|وفيات)"   # (Iraqi "ماكو": there is none)
    # the one in the target survived: "ونجاة السائق", "والسائق ينجو بأعجوبة", "the driver survived"
    r"|(?<!\S)و?(?:نجاه|نجا|نجت|ينجو|تنجو)(?!\S)|\b(?:survived|escaped) (?:unhurt|unharmed|unscathed|uninjured)"
    r"|\b(?:driver|rider|passengers?|occupants?|crew) (?:survived|escaped)\b"
    # (or none recorded: "ولم تسجل أي خسائر بشرية"; "لم تسجل إصابات بين المدنيين" says nothing of the fighters struck;
    # the strike named with its place between: "ولم يسفر القصف على أطراف القرية عن إصابات بشرية")
    # (the dead as cases of death: "ولم تسجل أي حالة وفاة", "دون تسجيل وفيات")
    r"|لم [يت](?:سفر|ود|وقع|سجل)(?: \w+){0,5}? (?:عن |الي )?(?:اي |وقوع )?(?:قتلي|اصابات|خساير|ضحايا|(?:حاله|حالات) وفاه|وفيات)"
    r"(?! (?:بين|في صفوف) مدنيين)"
    # nobody was hurt: "ولم يصب أحد بأذى", "لم يصب أي شخص"
    r"|لم يصب (?:اي )?(?:احد|شخص)\b"
    # (the verb in the dual or plural of the weapons: "من دون أن يسفرا عن خسائر بشرية", the two rockets)
    r"|(?:دون|بدون) (?:ان )?[يت](?:سفر|ودي|وقع)(?:ا|ان|وا)?(?: \w+)? (?:عن |الي )?(?:اي |وقوع )?(?:قتلي|اصابات|خساير|ضحايا)"
    # the Kurdish posts' nobody, folded: Kurmanji "kes birîndar nebû", "tu kes nehat kuştin"; Sorani "کەس بریندار
    # نەبوو", "کەس نەکوژرا", "هیچ زیانێکی گیانی نەبوو" (no loss of life: their "no casualties")
    r"|\bkes (?:birindar|brindar|sehid) nebu\w*|\bkes nehat(?:in)? (?:kustin|birindar\w*)"
    r"|كهس(?:يك)? (?:بريندار|شههيد) نهبوو|كهس(?:يك)? نهكوزرا|زيان\S* كياني (?:نهبوو|نييه|نيه)"
    # Arabizi's, in the dialects' words ("mako esabat", "ma fi isabat", "bidun esabat": there are none)
    r"|\b(?:maku|mako|mafi|ma fi|bidun|bdun|dun) (?:ay |ayy )?(?:esabat|isabat|qisabat|qatla|dahaya)\b")
# Words naming a part of a day: "يوم الاثنين" is Monday, "مساء الاحد" Sunday evening.
_DAY_WORD = r"(?:يوم|مساء|صباح|فجر|ليل|ليله|ظهر|عصر)"
_DAY_WORDS = re.compile(rf"{_DAY_WORD} $")
_STRIKES = re.compile(
    rf"\b(?P<n>{_EN_NUM}) (?:\w+ ){{0,2}}?(?:air ?strikes|strikes|raids|drones|rockets|missiles|shells)\b"
    rf"|(?:^|\s)(?P<a>{_AR_NUM}) (?:\w+ )?(?:غارات|غاره|ضربات|صواريخ|قذايف|مسيرات)")
# Strikes counted as two or more, not their munitions ("two strikes", "three raids", "ضربتان", "ثلاث غارات"; folded)
# (and a headline's "twice": "مسيّرات تركية تستهدف ريف الرقة مرتين خلال يومين")
_SEVERAL_STRIKES = compile_alternation(r"\b(?:two|three|four|five|six|\d+) (?:\w+ )?(?:air ?strikes|strikes|raids)\b|(?:^|\s)مرتين(?!\w)"
                              r"|(?:^|\s)[وبل]?(?:ضربتان|ضربتين|غارتان|غارتين)(?!\w)"
                              r"|(?:^|\s)(?:ثلاث|اربع|خمس|ست|\d+) (?:\w+ )?(?:ضربات|غارات)(?!\w)")


def parse_number(text: str) -> int | float | None:
    """The value of a number written in digits or in English or Arabic words.

    Digits: "1,200" and "1.200" are thousands (1200), "3.5" and "3,5" decimals (3.5).
    """
    text = text.strip()
    if text.startswith(("between ", "بين ", "ما بين ")) or " to " in text or " or " in text or " او " in text:
        return parse_number(low.group("low")) if (low := _RANGE_LOW.fullmatch(text)) else None
    words = text.split()
    if words[0][0].isdigit():
        return _digits_value(words[0])
    if text in ("a", "an"):
        return 1
    if text in ("both", "هما"):    # (the pair's pronoun suffix: "لمقتلهما")
        return 2
    if words[0] in VAGUE:
        return VAGUE[words[0]]
    if words[-1] == "dozen":
        return 6 if words[0] == "half" else 12 * (parse_number(" ".join(words[:-1])) or 0)
    if words[0] in EN_TENS:
        return EN_TENS[words[0]] + (EN_UNITS.index(words[1]) if len(words) > 1 else 0)
    if words[0] in EN_UNITS:
        return EN_UNITS.index(words[0])
    if words[0] in _AR_DUAL:
        return 2
    if words[0] in _AR_SINGLE or _AR_PARENT.fullmatch(words[0]):
        return 1
    if words[0] in _KURDISH_UNITS:
        return _KURDISH_UNITS[words[0]]
    if words[0] in AR_UNITS or words[0] in AR_TENS:
        value = AR_UNITS.get(words[0]) or AR_TENS[words[0]]
        rest = " ".join(words[1:]).lstrip("و ").split()   # "و عشرون" / "وعشرون"
        if rest and rest[0] in AR_TENS:
            value += AR_TENS[rest[0]]
        elif rest and rest[0].startswith("عشر"):
            value += 10
        return value
    return None


# The dual's ending after its vowel sign (fatha, a shadda before it: "مدنيَّين"; a sukun on its ya: "طفلَيْن"), ending a
# word; and the word before it
_VOWELLED_DUAL = re.compile(r"(?<=[\u0621-\u064a])\u0651?\u064e\u0651?\u064a\u0652?\u0646(?![\u0621-\u064a\u064b-\u0652])")
_ARABIC_WORD_END = re.compile(r"[\u0621-\u064a\u064b-\u0652]+$")


def vowelled_duals(text: str) -> str:
    """*text* with each dual of a person noun that only its vowel sign tells from the plural ("مقاتلَين", two fighters;
    the fold drops the sign and leaves "مقاتلين", fighters) written as the nominative dual, which the fold keeps
    ("مقاتلان", a count of two), in as many characters; *text* itself when it has none.

    >>> normalize(vowelled_duals("استشهاد مقاتلَين وإصابة مدنيَّين، والمقاتلِين")).text, vowelled_duals("عَين عيسى")
    ('استشهاد مقاتلان واصابه مدنيان، ومقاتلين', 'عَين عيسى')
    """
    if "\u064e" not in text:   # (no fatha: no such dual; most texts carry no vowel signs at all)
        return text
    pieces, kept = [], 0
    for found in _VOWELLED_DUAL.finditer(text):
        word = _ARABIC_WORD_END.search(text, max(0, found.start() - 30), found.start())
        stem = normalize(word.group()).text if word else ""
        if not any(stem[clitics:] in _DUAL_STEMS for clitics in range(3) if all(c in "وفبلك" for c in stem[:clitics])):
            continue
        pieces += [text[kept:found.start()], "ان" + "\u064e" * (found.end() - found.start() - 2)]
        kept = found.end()
    return "".join(pieces) + text[kept:] if pieces else text


def _digits_value(token: str) -> int | float | None:
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d+", token):
        return int(re.sub(r"[.,]", "", token))
    if re.fullmatch(r"\d+[.,]\d+", token):
        return float(token.replace(",", "."))
    return None     # "1.2.3": a version or a reference, not a quantity


# Words without which no casualty pattern can match: most sentences are skipped cheaply.
# Every word the patterns above accept must be here (a test sends each through).
_CASUALTY_WORDS = compile_alternation(r"kill|dead|death|died|lives|slain|bodies|corpses|wound|injur|hurt|casualt|casualit|fatalit|toll|martyr|قتل|مقتل|قتلي|اصيب|اصاب"
                                      r"|جرح|جريح|مصابين|جثث|جثت|جثامين|رفات|وفاه|وفيات|فارق|استشهاد|استشهد|شهيد|شهداء|مصرع|بحياه|ضحايا|ضحيت|خساير|قتيل|حتف|shot dead|gunned|execut"
                                      r"|neutrali|تحييد|عدم|damage only|only (?:material |property )?damage|ماديه|اقتصر|shohada|shuhada|qatla|jar7|jarh|isabat|esabat|dahaya"   # Arabizi
                                      r"|ماتو|توفو|راحو|نصاب|تصاوب"   # the region's speech
                                      r"|sehid|shehid|birindar|brindar|kustin"   # Kurmanji
                                      r"|بريندار|كوزر|شههيد|كياني"   # Sorani (wounded, killed, martyr, of life)
                                      r"|(?<!\S)و?(?:نجاه|نجا|نجت|ينجو|تنجو)(?!\S)|survived|escaped|ارواح"   # survivors, lives
                                      r"|غتال|[تي]صيب|لم [يت]صب")   # an assassination ("يغتالون", "اغتيال"); a headline's wounding
                                      # ("وتصيب"); nobody hurt ("ولم يصب أحد بأذى")


def _script_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


class Figure(NamedTuple):
    """A stated figure and where its words are in the sentence ("five civilians": [start, end))."""

    value: int
    start: int
    end: int


# Words after a number that are not what it counts ("five were killed", "3 of them").
_NOT_NOUN = re.compile(r"(?:were|was|are|is|have|had|been|of|and|or|in|on|at|by|more|others?|killed|dead|wounded"
                       r"|injured|hurt|في|من|علي|الي|و\S*|اخرون|اخرين)$")


def _figure_end(sentence: str, number: str, end: int) -> int:
    """The end of a figure's words: the number and the noun after it, if one follows (an
    Arabic dual or singular, "طفلان", is its own noun, and "ثلاثه عناصر" has it already)."""
    if number in _AR_DUAL or number in _AR_SINGLE or " " in number and _script_arabic(number):
        return end
    following = re.match(r" (\w+)", sentence[end:])
    return end + following.end() if following and not _NOT_NOUN.match(following.group(1)) else end


# A number in brackets, as the Iraqi security statements write their tolls: "مقتل (٤) إرهابيين وإصابة (٢)" (folded digits)
_BRACKETED_NUMBER = re.compile(r"\((\d+)\)")


def _unbracketed(sentence: str) -> tuple[str, list[int]]:
    """*sentence* with the brackets of each bracketed number dropped, and where in *sentence* each of its characters is
    (one past its end too).

    >>> _unbracketed("مقتل (4) ارهابيين")[0]
    'مقتل 4 ارهابيين'
    """
    dropped = {found.start() for found in _BRACKETED_NUMBER.finditer(sentence)} \
        | {found.end() - 1 for found in _BRACKETED_NUMBER.finditer(sentence)}
    where = [n for n in range(len(sentence)) if n not in dropped]
    return "".join(sentence[n] for n in where), [*where, len(sentence)]


def _figures(patterns: list[re.Pattern], sentence: str) -> list[Figure]:
    if not _CASUALTY_WORDS.search(sentence):
        return []
    if "(" in sentence and _BRACKETED_NUMBER.search(sentence):
        plain, where = _unbracketed(sentence)
        return [Figure(figure.value, where[figure.start], where[figure.end - 1] + 1) for figure in _figures(patterns, plain)]
    found: dict[int, Figure] = {}   # where the number starts -> figure (two patterns may find one figure)
    # (a pattern whose words the sentence lacks finds nothing in it: an Arabic sentence is not searched with the
    # English patterns, nor one of "killed" with those of "bodies", "toll" …)
    for pattern in screened(patterns, sentence):
        for match in pattern.finditer(sentence):
            if match.groupdict().get("after_and") or match.groupdict().get("kin_after_and"):
                found.setdefault(match.start(), Figure(1, match.start(), _figure_end(sentence, "a", match.end())))
                continue
            if named := match.groupdict().get("named"):
                if _named_count(named) >= found.get(match.start("named"), Figure(0, 0, 0)).value:
                    found[match.start("named")] = Figure(_named_count(named), *match.span("named"))
                continue
            if ages := match.groupdict().get("ages"):
                found.setdefault(match.start("ages"), Figure(len(_AGE_BRACKET.findall(ages)), *match.span("ages")))
                continue
            value = 1 if match.groupdict().get("one") else parse_number(match.group("n"))
            if value is None or _not_a_count(sentence, match, value):
                continue
            value += bool(match.groupdict().get("with_first"))
            end = match.end("n")
            if match.groupdict().get("n2"):
                value += parse_number(match.group("n2")) or 0
                end = match.end("n2")
                if match.groupdict().get("n3"):
                    value += parse_number(match.group("n3")) or 0
                    end = match.end("n3")
            elif match.groupdict().get("items"):
                value += listed_victims(sentence, match.start("items"), match.end("items"))
                end = match.end("items")
            elif match.groupdict().get("companion"):
                value, end = value + 1, match.end("companion")
            elif match.groupdict().get("hurt_items"):
                value += listed_victims(sentence, match.start("hurt_items"), match.end("hurt_items"), _HURT_ITEM)
                end = match.end("hurt_items")
            if value >= found.get(match.start("n"), Figure(0, 0, 0)).value:
                found[match.start("n")] = Figure(value, match.start("n"), _figure_end(sentence, match.group("n"), end))
    # a figure inside another is that one read again: the dual's number after it ("مقتل عنصرين اثنين", killed two,
    # the dual read with its number and the number after its noun)
    figures: list[Figure] = []
    for start in sorted(found):
        if figures and _SIDES_JOINED.fullmatch(sentence, figures[-1].end, start):
            # the dead of another side after the first, each with its own noun ("مقتل أربعة إرهابيين واستشهاد جندي":
            # five dead in all, the codebook's toll of both sides)
            figures[-1] = Figure(figures[-1].value + found[start].value, figures[-1].start, found[start].end)
        elif not figures or start >= figures[-1].end:
            figures.append(found[start])
    return figures


# Between two figures of one list (folded), "and" with a noun of the same harm: "… واستشهاد …", "… وإصابة نحو …"
_SIDES_JOINED = re.compile(rf" و(?:مقتل|استشهاد|مصرع|اصابه|جرح) {_AR_QUAL}")


# A number after these names a road, a unit, a page or an age, it counts nobody: "route 4 killed two", "the brothers,
# aged 19 and 23, were killed" (the second age after "and": _AGES).
_LABEL = re.compile(r"(?:^|\s)(?:route|road|highway|number|division|brigade|regiment|battalion|page|aged|طريق|رقم) $")
_AGES = compile_alternation(r"(?:^|\s)aged \d{1,2} and $")
# Many counted, one "was" killed: the verb is another's, told in a clause of its own ("hundreds of people attended
# the funeral of a beekeeper who was killed"): the crowd is no toll
_ONE_WAS = re.compile(r"\bwas (?:killed|dead|slain|martyred|neutrali[sz]ed)$")
# Nobody is the verb's subject: "… the first one stopped to help, the official said, adding that nobody was killed"
_NOBODY_WAS = re.compile(r"\b(?:nobody|no one|none)(?: of them)? (?:was|were|had been|has been) (?:killed|hurt|wounded|injured)$")


def _not_a_count(sentence: str, match: re.Match, value: int) -> bool:
    """"يوم الاثنين" is Monday, not two; 2019 is a year; "route 4" is a road; the 14 of "On 14
    June 2024, a child was killed" is a day of the month."""
    before = sentence[:match.start("n")]
    return (1900 <= value <= 2100 or bool(_LABEL.search(before)) or bool(_AGES.search(before))
            or value > 1 and bool(_ONE_WAS.search(match.group(0))) or bool(_NOBODY_WAS.search(match.group(0)))
            or match.group("n").startswith("اثنين") and bool(_DAY_WORDS.search(before))
            or match.group("n").isdigit() and bool(_MONTH_AFTER.match(sentence, match.end("n"))))


def killed_figures(sentence: str) -> list[int]:
    """Every figure of people killed stated in the sentence (groups joined by "and" summed)."""
    return [figure.value for figure in _figures(_KILLED, sentence)]


def named_dead(sentence: str) -> list[tuple[int, int]]:
    """Where a (folded) sentence names its dead one by one (their names are no places).

    >>> named_dead("a drone struck x, killing ahmed salih, 34; his cousin rebaz, 29; and dilshad omar, 41")
    [(26, 85)]
    """
    if not _CASUALTY_WORDS.search(sentence):
        return []
    return [found.span("named") for pattern in _NAMED_DEAD for found in pattern.finditer(sentence)]


def injured_figures(sentence: str) -> list[int]:
    return [figure.value for figure in _figures(_INJURED, sentence)]


# More bodies recovered from the strike's rubble days later, added to its first toll, no new total (folded): "recovered
# three more bodies", "pulled the bodies of two more members", "العثور على جثث أربعة إرهابيين آخرين"
_MORE_BODIES = re.compile(rf"\b(?:recovered|found|pulled|retrieved)(?: out)? (?:the (?:bodies|remains) of )?"
                          rf"(?P<n>{_EN_COUNT}) (?:more|other|additional)\b(?: \w+)?(?: (?:bodies|corpses))?"
                          rf"|(?:^|\s)[وب]?(?:جثث|جثامين) (?P<ar>{_AR_COUNT})(?: \S+)? (?:اخرين|اخريين|اضافيين)(?!\w)")


def more_bodies(sentence: str) -> Figure | None:
    """The bodies a folded *sentence* says were found besides the strike's dead told before, and where.

    >>> more_bodies("civil defence recovered three more bodies on tuesday from the rubble")
    Figure(value=3, start=14, end=41)
    """
    found = _MORE_BODIES.search(sentence)
    value = found and parse_number(found.group("n") or found.group("ar"))
    return Figure(value, *found.span()) if value else None


def casualty_figures(sentence: str) -> dict[str, list[Figure]]:
    """The killed and injured figures of a sentence with where their words are.

    >>> casualty_figures("a drone killed five civilians and wounded 3")
    {'killed': [Figure(value=5, start=15, end=29)], 'injured': [Figure(value=3, start=42, end=43)]}
    """
    return {"killed": _figures(_KILLED, sentence), "injured": _figures(_INJURED, sentence)}


# The dead named again with the article ("أحد القتيلين", "the two dead were its fighters"; as written, the article
# being dropped by folding): a reference back to the dead a toll told before, no toll of its own
_DEAD_AGAIN = re.compile(r"(?:^|\s)[وفبل]?(?:ال|لل)قتيل[\u064b-\u0652]?(?:ين|ان)(?!\w)|(?:^|\s)[وفبل]?(?:ال|لل)قتل[ىي](?!\w)"
                         r"|\bthe (?:two|three|four|five|six|\d+) (?:dead|killed|bodies)\b", re.IGNORECASE)


def refers_back(sentence: str, start: int, end: int) -> bool:
    """Whether the killed figure at [start, end) of a *sentence* as written names dead told of before.

    >>> refers_back("The YBS said the two dead were its fighters", 20, 23)
    True
    >>> refers_back("أعلنت الوحدات أن القتيلين من رفاقها", 17, 25), refers_back("أسفر عن مقتل شخصين", 13, 18)
    (True, False)
    """
    return any(found.start() < end and start < found.end() for found in _DEAD_AGAIN.finditer(sentence))


# A clause that states only a number and where: "… killed six in Al-Jalaa and three in Mayadin", "أربعة منهم
# قتلوا في العشارة، واثنين في حطلة": the number counts what the clause before it counted.
# One more told by its ordinal, at a place of its own: "killing two near X and a third near Y", "مقتل اثنين في X وشخص
# ثالث في Y", "وثالث في Y": one, not the third of a revised toll
_ORDINAL_ONE = (r"(?:an?|the) (?:second|third|fourth|fifth|sixth)(?: (?:man|person|one|fighter|member|civilian))?"
                r"|(?:(?:شخص|مدني|عنصر|مقاتل|طفل|رجل|مزارع) )?(?:ثان|ثاني|ثالث|رابع|خامس)ه?")
_ELLIPTIC_FIGURE = rf"(?:{_QUAL}(?P<n>{_EN_NUM}|{_AR_NUM})(?: (?:others?|more|اخرين|اخرون))?{_STRIKE_OBJECT}|(?P<nth>{_ORDINAL_ONE}))" \
                   rf" (?:were |was )?(?:in|at|near|on|في|ب\w+|قرب)\b"
_ELLIPTIC = re.compile(rf"^\W*(?:and |و ?)?{_ELLIPTIC_FIGURE}")
# … and where one begins after the place of the figure before it, with no comma: "killing two in X and three in Y",
# "مقتل اثنين في X وثلاثه في Y"
_ELLIPTIC_WITHIN = re.compile(rf"(?<=\s)(?:and |و ?){_ELLIPTIC_FIGURE}")


def elliptic_figure(clause: str) -> Figure | None:
    """The number a clause states without its noun or verb, the clause before it having them.

    >>> elliptic_figure(" and three in mayadin"), elliptic_figure("، واثنين في حطله"), elliptic_figure(" وثالث في زركان")
    (Figure(value=3, start=5, end=10), Figure(value=2, start=3, end=8), Figure(value=1, start=2, end=6))
    """
    found = _ELLIPTIC.match(clause)
    if found and found.group("nth"):
        return Figure(1, *found.span("nth"))
    value = parse_number(found.group("n")) if found else None
    return Figure(value, *found.span("n")) if value is not None else None


def elliptic_starts(sentence: str) -> list[int]:
    """Where the clauses that state only a number and where begin inside a (folded) sentence.

    >>> elliptic_starts("killing two in tal tamr and three in zirgan"), elliptic_starts("مقتل اثنين في تل تمر وثلاثه في زركان")
    ([24], [21])
    """
    return [found.start() for found in _ELLIPTIC_WITHIN.finditer(sentence)]


def says_no_casualties(sentence: str) -> bool:
    """"No casualties were reported", "no one was killed", "دون وقوع قتلى" …"""
    return bool(_CASUALTY_WORDS.search(sentence) and _NO_CASUALTIES.search(sentence))


# What a "nobody" statement covers: the dead only ("no one was killed", "no deaths", "دون وقوع قتلى"), or the
# wounded too ("no casualties", "no one was hurt", "no deaths or injuries", "دون إصابات", "دون خسائر بشرية").
# ("خسائر بالأرواح": losses of lives, the dead only)
_WOUNDED_TOO = re.compile(r"hurt|injur|wound|casualt|casualit|damage|اصابات|يصب|خساير(?! ب?ارواح| في ارواح)|ضحايا|جرحي|اضرار"
                          r"|birindar|brindar|بريندار|زيان"   # (Kurdish: wounded; Sorani's loss of life)
                          r"|isabat|esabat|dahaya")   # (Arabizi's injuries, victims)


def says_nobody_hurt(sentence: str) -> bool:
    """Whether the sentence says nobody was hurt either (the codebook's injured 0), not only that nobody died.

    >>> says_nobody_hurt("no casualties were reported"), says_nobody_hurt("no one was killed")
    (True, False)
    >>> says_nobody_hurt("no one was killed or injured"), says_nobody_hurt("ولم يصب احد باذي")
    (True, True)
    """
    # (each "nobody" of the sentence: "no one was killed and no one was hurt", "kes nehat kuştin û kes birîndar nebû")
    return bool(_CASUALTY_WORDS.search(sentence)) and any(
        _WOUNDED_TOO.search(sentence, found.start(), found.end() + 12) for found in _NO_CASUALTIES.finditer(sentence))


def strike_counts(sentence: str) -> list[int]:
    """"three airstrikes", "two explosive laden drones", "20 غارة" -> [3], [2], [20]."""
    counts = []
    for match in _STRIKES.finditer(sentence):
        value = parse_number(match.group("n") or match.group("a"))
        if value and value < 1000:
            counts.append(value)
    return counts


def counts_strikes(sentence: str) -> bool:
    """Whether a (folded) sentence counts two strikes or more, not their munitions.

    >>> counts_strikes("ضربتان لمسيرات تركيه تخلفان قتيلين"), counts_strikes("three rockets wounded two")
    (True, False)
    """
    return bool(_SEVERAL_STRIKES.search(sentence))


# A toll told over two places or more: "killed three in two villages", "مقتل ثلاثة في قريتين" (folded)
_SEVERAL_PLACES = re.compile(r"\bin (?:two|three|four|five|six|\d+) (?:\w+ )?(?:villages|towns|areas|places|locations|sites)\b"
                             r"|(?:^|\s)في (?:قريتين|بلدتين|منطقتين|موقعين)(?!\w)")


def counts_places(sentence: str) -> bool:
    """Whether a (folded) sentence tells of two places or more struck.

    >>> counts_places("strikes killed three in two villages south of raqqa"), counts_places("killed three in a village")
    (True, False)
    """
    return bool(_SEVERAL_PLACES.search(sentence))


WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
AR_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
# "اثنين" and "احد" are also two and one: they name a day only after a day word ("يوم الاحد").
_AR_BARE_WEEKDAYS = [name for name in AR_WEEKDAYS if name not in AR_UNITS]
MONTHS = {name: i for i, names in enumerate((
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
    "september sep sept", "october oct", "november nov", "december dec"), 1) for name in names.split()}
AR_MONTHS = {name: i + 1 for names in AR_MONTH_NAMES for i, name in enumerate(names)}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))    # "sept" before "sep"
# A day's number before its month is a date, never a count ("On 14 June 2024, a child was killed": _not_a_count)
_MONTH_AFTER = re.compile(r" (?:%s)\b" % _MONTH)
_DATE_FORMS = re.compile(
    r"\b(?P<wd>%s)\b" % "|".join(WEEKDAYS)
    # the day before yesterday first: it holds "yesterday" (and "اول امس" holds "امس")
    + r"|\b(?P<rel2>the day before yesterday|two days ago)\b"
    + r"|(?<!\w)(?P<arel2>اول (?:من )?امس|قبل يومين)\b"
    + r"|(?<!\w)(?P<lastnight>ليله ماضيه)\b"   # "الليلة الماضية", its article folded away
    + r"|\b(?P<rel>yesterday|today|last night)\b"
    + r"|%s (?:امس |يوم )?(?P<awd>%s)\b" % (_DAY_WORD, "|".join(AR_WEEKDAYS))
    + r"|(?<!\w)%s(?P<bwd>%s)\b" % ("".join(rf"(?<!{head} )" for head in AR_WEEKDAY_NAME_HEADS),
                                   "|".join(_AR_BARE_WEEKDAYS))
    # "صباح اليوم", "مساء اليوم" (this morning, this evening: the article folded away), not "صباح يوم الأحد"
    + r"|(?<!\w)(?P<atoday>(?:صباح|مساء|فجر|ظهر|ظهيره|عصر|ليل|ليله) يوم)\b(?! (?:امس|تالي|%s)\b)" % "|".join(AR_WEEKDAYS)
    + r"|(?:^|\s)[وب]?(?P<arel>امس)\b"
    # "the October 7 anniversary" names an anniversary, not a day
    + r"|\b(?P<m1>%s)\.? (?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,? (?P<y1>\d{4}))?(?! anniversary)" % _MONTH
    + r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<m2>%s)\b(?:,? (?P<y2>\d{4}))?" % _MONTH
    + r"|\b(?P<d3>\d{1,2}) (?:من )?(?:شهر )?(?P<m3>%s)\b(?: (?:عام |سنه )?(?P<y3>\d{4}))?" % "|".join(AR_MONTHS)
    # a day by its ordinal, of a named month or of this or the last one: "في التاسع من تشرين الأول",
    # "في الثاني والعشرين من الشهر الجاري"
    + r"|(?<!\w)(?P<od>%s) من (?:شهر (?P<ago>%s)|(?:شهر )?(?P<m5>%s))(?!\w)" % (
        "|".join(sorted(AR_ORDINAL_DAYS, key=len, reverse=True)), "|".join(AR_MONTHS_AGO), "|".join(AR_MONTHS))
    # ISO 8601 (2024-03-12), its hyphens folded to spaces
    + r"|\b(?P<y4>\d{4}) (?P<m4>0[1-9]|1[0-2]) (?P<d4>[0-3]\d)\b")
# Where a form above can start: a digit or the first letter of one of its words (و/ب before
# امس) at the start of a word, as every form but the Arabic day word's begins (\b, (?<!\w),
# a space); the first letter of a day word anywhere; or a space before و/ب/ا (امس after a
# space). The lookahead passes over every other character at one test instead of trying each
# form there: the dedup sketch's scan of a whole body 0.6 -> 0.35 ms, and 0.35 -> 0.26 ms
# with the word start, the same matches (tests/test_dedup.py).
_DATE_STARTS = "".join(sorted({word[0] for word in (*WEEKDAYS, "yesterday", "today", "last night", *AR_WEEKDAYS,
                                                    "و", "ب", "امس", "قبل", *MONTHS, *AR_ORDINAL_DAYS)}))
_DAY_WORD_STARTS = "".join(sorted({word[0] for word in _DAY_WORD[3:-1].split("|")}))
_DATE = re.compile(r"(?=\b[\d%s]|[%s]|\s[وبا])(?:%s)" % (_DATE_STARTS, _DAY_WORD_STARTS, _DATE_FORMS.pattern))

# The month, day and year groups of each date form, with the month names of each (ISO: numbers).
_DATE_GROUPS = (("m1", "d1", "y1", MONTHS), ("m2", "d2", "y2", MONTHS), ("m3", "d3", "y3", AR_MONTHS),
                ("m4", "d4", "y4", None))


class DayNamed(NamedTuple):
    """A day as a sentence names it, not resolved: a weekday (0 = Monday), a number of days
    before publication (today 0, yesterday 1), or a month and day (and year when given)."""

    weekday: int | None = None
    days_ago: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    months_ago: int | None = None     # a day of this month (0) or the last (1): "من الشهر الجاري"
    evening: bool = False             # this evening or tonight ("مساء اليوم", "ليل اليوم"): ``dates_in``'s *evening*


def days_named(sentence: str) -> list[DayNamed]:
    """Every day the sentence names, in order, as written (see ``dates_in`` to resolve them);
    a day a source spoke after the others: a time of today in Arabic ("قالت مصادر صباح اليوم إن
    غارة استهدفت أمس …" is about yesterday) and a day right after a verb of saying ("said on
    Friday that a strike on Thursday …": ``SAID_ON_DAY``).

    >>> [day.days_ago for day in days_named("قالت مصادر صباح يوم ان غاره استهدفت امس قريه")]
    [1, 0]
    >>> [day.weekday for day in days_named("centcom said on friday that a strike on thursday killed three")]
    [3, 4]

    A weekday ending a place's name is no day ("قرية تل جمعة", ``AR_WEEKDAY_NAME_HEADS``):

    >>> [day.days_ago for day in days_named("مسيره تقصف قريه تل جمعه صباح يوم")]
    [0]
    """
    found = list(_DATE.finditer(sentence))
    if len(found) < 2:
        return [_day_named(match) for match in found]
    # (and a dateline's day, the day the report was filed: "baghdad, dec 7 (reuters) an air strike … late on sunday")
    return [_day_named(match) for match in sorted(found, key=lambda match: bool(
        match["atoday"] or _said_on(sentence, match, filed=True)))]


def _said_on(sentence: str, match: re.Match, filed: bool = False) -> bool:
    """Whether the day *match* names follows a verb of saying (``SAID_ON_DAY``) or comes between the speaker and it
    (``SAID_AFTER_DAY``: "unami on sunday condemned a drone strike"); *filed*: or is a dateline's (``FILED_ON_DAY``:
    "baghdad, dec 6 unami condemned …")."""
    return bool(SAID_ON_DAY.search(sentence, max(0, match.start() - 60), match.start())
                or SAID_AFTER_DAY.match(sentence, match.end())
                or filed and FILED_ON_DAY.fullmatch(sentence, 0, match.start()))


@lru_cache(maxsize=1024)   # asked of one sentence by the grouping and again by the date (events)
def spoken_days_only(sentence: str) -> bool:
    """Whether every day the sentence names is only the day a source spoke (``SAID_ON_DAY``): wire copy's
    "announced on Friday an air strike …" names no day of the strike, which a later sentence may
    ("carried out the strike on Thursday evening").

    >>> spoken_days_only("اعلنت قياده عمليات مشتركه، جمعه، تنفيذ ضربه جويه في وادي حوران")
    True
    >>> spoken_days_only("the command announced on friday an air strike in wadi hauran")
    True
    >>> spoken_days_only("a drone struck a car on friday"), spoken_days_only("a drone struck a car")
    (False, False)
    """
    found = list(_DATE.finditer(sentence))
    # (a dateline's day with a said day alone names no strike's: "baghdad, dec 6 unami on sunday condemned a strike")
    return bool(found) and all(not match["atoday"] and _said_on(sentence, match, filed=True) for match in found)


@lru_cache(maxsize=1024)   # the coding of a strike reads the days of one sentence several times (date, toll, recalled)
def _days_of(sentence: str) -> tuple[DayNamed, ...]:
    """``days_named(sentence)``, kept."""
    return tuple(days_named(sentence))


def days_and_numbers(text: str) -> tuple[list[DayNamed], list[int | float]]:
    """``days_named(text)`` and ``numbers_in(text)`` with one scan for dates (the dedup facts of a whole body).

    >>> days, numbers = days_and_numbers("on tuesday, march 12, five were killed")
    >>> [(day.weekday, day.month) for day in days], numbers
    ([(1, None), (None, 3)], [5])
    """
    dates = list(_DATE.finditer(text))
    pieces, start = [], 0
    for match in dates:   # as _DATE.sub(" ", text) would leave it
        pieces += (text[start:match.start()], " ")
        start = match.end()
    return [_day_named(match) for match in dates], _numbers_of("".join(pieces) + text[start:])


# The parts of today ("صباح اليوم" … "ليل اليوم", folded) that a post in the small hours names as the day before
_EVENING_PARTS = ("مساء", "ليل")


def _day_named(match: re.Match) -> DayNamed:
    groups = match.groupdict()
    weekday = next((names[groups[g]] for g, names in (("wd", WEEKDAYS), ("awd", AR_WEEKDAYS),
                                                      ("bwd", AR_WEEKDAYS)) if groups[g]), None)
    if weekday is not None:
        return DayNamed(weekday=weekday)
    if groups["rel2"] or groups["arel2"]:
        return DayNamed(days_ago=2)
    if groups["atoday"]:
        return DayNamed(days_ago=0, evening=groups["atoday"].startswith(_EVENING_PARTS))
    if groups["rel"] or groups["arel"] or groups["lastnight"]:
        return DayNamed(days_ago=0 if groups["rel"] == "today" else 1)
    if groups["od"]:
        day = AR_ORDINAL_DAYS[groups["od"]]
        if groups["ago"]:
            return DayNamed(day=day, months_ago=AR_MONTHS_AGO[groups["ago"]])
        return DayNamed(month=AR_MONTHS[groups["m5"]], day=day)
    m, d, y, months = next(names for names in _DATE_GROUPS if groups[names[0]])
    year = int(groups[y]) if groups[y] else None
    return DayNamed(month=months[groups[m]] if months else int(groups[m]), day=int(groups[d]), year=year)


# A month named without its day (folded): "in April", "في صباح من آذار الماضي", "خلال شهر نيسان"
_MONTH_ALONE = re.compile(r"\bin (?:early |late |mid-?)?(?P<en>%s)\b(?! \d)|(?:^|\s)(?:في|من|خلال) (?:شهر )?(?P<ar>%s)"
                          r"(?P<past> ماضي| فايت| منصرم)?(?!\S| \d)" % (
                              "|".join(name for name in MONTHS if len(name) > 3 or name == "may"), "|".join(AR_MONTHS)))


def past_month(sentence: str, published: date) -> bool:
    """Whether the (folded) sentence names a month alone, two months or more before the *published* day, or a
    month "past" a year back: another moment than the news's ("On a spring morning in April", "في صباح من آذار
    الماضي" of a December article).

    >>> past_month("on a spring morning in april, he heard the buzz", date(2026, 12, 4))
    True
    >>> past_month("في صباح من اذار ماضي", date(2026, 12, 4)), past_month("talks in november", date(2026, 12, 4))
    (True, False)
    """
    for found in _MONTH_ALONE.finditer(sentence):
        before = (published.month - (MONTHS[found["en"]] if found["en"] else AR_MONTHS[found["ar"]])) % 12
        if before >= 2 or before == 0 and found["past"]:
            return True
    return False


def dates_in(sentence: str, published: date, explicit: bool = True, evening: date | None = None) -> list[date]:
    """Every day the sentence names, in order, resolved against the (local) publication day.

    A weekday is its most recent occurrence on or before publication; a day and month
    without year takes the year that puts it nearest to publication, so a date ahead
    ("talks planned for March 20") stays ahead. ``explicit=False`` keeps only the days
    named relative to publication (weekdays, yesterday, امس). *evening*: the day this
    evening and tonight name ("مساء اليوم", "ليل اليوم"), when not the publication day: a post
    just after local midnight tells the night that began the day before.

    >>> dates_in("غاره علي بلده شعفه ليل يوم", date(2025, 11, 7), evening=date(2025, 11, 6))
    [datetime.date(2025, 11, 6)]

    >>> dates_in("a drone struck late tuesday; talks on march 20", date(2024, 3, 7))
    [datetime.date(2024, 3, 5), datetime.date(2024, 3, 20)]
    >>> dates_in("في ثاني وعشرين من شهر جاري وفي تاسع من تشرين اول وفي ثلاثين من شهر ماضي", date(2025, 1, 31))
    [datetime.date(2025, 1, 22), datetime.date(2024, 10, 9), datetime.date(2024, 12, 30)]
    """
    found = []
    for named in _days_of(sentence):
        if named.weekday is not None:
            found.append(published - timedelta(days=(published.weekday() - named.weekday) % 7))
        elif named.evening and evening:
            found.append(evening)
        elif named.days_ago is not None:
            found.append(published - timedelta(days=named.days_ago))
        elif explicit and named.months_ago is not None:
            month = published.month - named.months_ago
            found += filter(None, [_day_or_none(published.year - (month < 1), (month - 1) % 12 + 1, named.day)])
        elif explicit:
            years = [named.year] if named.year else [published.year - 1, published.year, published.year + 1]
            days = [_day_or_none(year, named.month, named.day) for year in years]
            days = [day for day in days if day]
            if days:
                found.append(min(days, key=lambda day: abs(day - published)))
    return found


# Any number: digits with separators (also glued to a unit: "256gb", "£38million"), or
# English or Arabic number words.
DIGITS = r"\d+(?:[.,]\d+)*"
# A number starts with a digit or the first letter of a number word: the lookahead passes over
# every other character at one test (a whole body's numbers, the dedup facts: 0.25 -> 0.18 ms).
NUMBER_STARTS = "".join(sorted({word[0] for word in (*EN_UNITS, *EN_TENS, "a dozen", "half a", *AR_UNITS, *AR_TENS)}))
# (a vague figure is no number stated: "dozens" counts for a toll only)
_ANY_NUMBER = re.compile(rf"(?=[\d{NUMBER_STARTS}])(?:{DIGITS}|(?<!\w)(?:{_EN_COUNT}|zero|{_AR_COUNT})(?!\w))")


def numbers_in(sentence: str) -> list[int | float]:
    """Every number the sentence states, in digits or words, except the days and years of
    its dates and the weekdays that are number words ("يوم الاثنين" is Monday, not two)."""
    return _numbers_of(_DATE.sub(" ", sentence))


def _numbers_of(undated: str) -> list[int | float]:
    values = (parse_number(match[0]) for match in _ANY_NUMBER.finditer(undated))
    return [value for value in values if value is not None]


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:   # "February 30"
        return None
