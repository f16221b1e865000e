"""Sentences of a text and the windows in which matches count as co-occurring.

    >>> sentence_spans("One. Two in the U.S. now.\\nThree")
    [(0, 4), (5, 25), (26, 31)]
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Container

from monitor.vocabulary import MONTH_ABBREVIATIONS

if TYPE_CHECKING:   # the document is built from this module's sentences
    from monitor.text.document import Document
    from monitor.text.watchlists import Match


# A newline ends a sentence too; the spaces before it are trimmed off the sentence. The
# ending character first, as a class: the engine skips to those characters instead of trying every
# one (42 -> 19 us a body); the capital before a full stop ("U.S.") is looked behind from after it.
# A month's abbreviation before its day ("On Dec. 1, U.S. Central Command forces …", "Sept. 2") ends nothing (the day
# looked for first: most stops have none after them, and the months' look-behinds are not tried there). The
# platform X is a word, no initial: "the ministry said on X. The other two …" ends there. A clock time's "a.m."/"p.m."
# before a bracket or a small letter ends nothing ("On Sept. 7, at approximately 10 p.m. (Syria time), U.S. forces …").
# A label opening the headline ("تحديث.. ارتفاع ضحايا …", "عاجل.. مسيرة …") is the headline's, no sentence of its own.
_SENTENCE_END = re.compile(r"[.!?؟\n](?<!^تحديث\.)(?<!^تحديث\.\.)(?<!^عاجل\.)(?<!^عاجل\.\.)(?!(?=\s+\d)(?:%s))" % "|".join(rf"(?<=\b{month}\.)" for month in MONTH_ABBREVIATIONS)
                           + r"(?!(?<=\b[ap]\.m\.)\s+[(a-z])"
                           # (nor does a numbered list's number opening its line: "1. Kurd Ahwal village – a car hit")
                           + r"(?!(?<=^\d\.)|(?<=\n\d\.)|(?<=^\d\d\.)|(?<=\n\d\d\.))"
                           + r"(?:(?<=\n)\s*|(?:(?<!\b[A-Z][.!?؟])|(?<=\bon X\.)|(?<=platform X\.))[.!?؟]*[\"'”’»)]*\s+)")
# A local post's place line ("📍Ain Issa", "#دير_الزور", "عين عيسى 📍", "⭕️ القامشلي") heads the line under it,
# as "Ain Issa: …" does on one line: a line of at most five words with a 📍 marker or a hashtag, or of at most
# three words after a leading emoji (no preposition among them: "🔴 غارة على X" is a strike line of its own),
# and no sentence punctuation, does not end at its newline.
_EMOJI = "[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001F000-\U0001FAFF]\ufe0f?"
_PLACE_LINE = re.compile(r"(?=[^\n]*(?:📍|#\w))[^\S\n]*(?:[^\s.!?؟,،;]+[^\S\n]*){1,5}"
                         rf"|[^\S\n]*(?:{_EMOJI}[^\S\n]*)+(?:(?!(?:على|في|قرب|on|in|at|near)\s)[^\s.!?؟,،;:]+[^\S\n]*){{1,3}}")
# A reply under a quoted post ("> انفجار يهز الميادين" / "Reply: it was a drone strike") tells what the
# quoted post reports: the quote's last line does not end at its newline.
_REPLY = re.compile(r"(?:reply|الرد|رد)\s*:", re.IGNORECASE)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: ends at . ! ? ؟ before a space (not in "U.S."), and at newlines
    (not after a post's place line, nor before a reply to the line).

    >>> sentence_spans("One. Two in the U.S. now.\\nThree")
    [(0, 4), (5, 25), (26, 31)]
    >>> sentence_spans("📍Ain Issa\\nShelling on the town")
    [(0, 30)]
    >>> sentence_spans("⭕️ القامشلي\\nمسيرة تستهدف سيارة"), sentence_spans("🔴 غارة على هجين\\n🔴 غارة على الشعفة")
    ([(0, 30)], [(0, 15), (16, 33)])
    >>> sentence_spans("> Blast in Hajin\\nReply: a drone strike")
    [(0, 38)]
    >>> sentence_spans("The first strike, on Aug. 31, killed one. The second, on Sept. 2, killed two.")
    [(0, 41), (42, 77)]
    >>> sentence_spans("On Dec. 1, forces struck near Markadah. None was hurt.")
    [(0, 39), (40, 54)]
    >>> sentence_spans("It said on X. Two more were killed.")
    [(0, 13), (14, 35)]
    >>> sentence_spans("On Sept. 7, at 10 p.m. (Syria time), forces struck. It was at 9 p.m. The end.")
    [(0, 51), (52, 68), (69, 77)]
    >>> sentence_spans("Two strikes:\\n1. Tal Baz, 2 killed\\n2. Tal Nasri")
    [(0, 12), (13, 33), (34, 46)]
    """
    spans, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        stop = end.start() + len(end.group().rstrip())
        stop = start + len(text[start:stop].rstrip())
        line = text.rfind("\n", start, stop) + 1   # the sentence's last line (place lines may stack)
        if end.group()[0] == "\n" and (_PLACE_LINE.fullmatch(text, max(start, line), stop) and not _listed_name(
                text, max(start, line), stop, end.end()) or _REPLY.match(text, end.end())) \
                and end.end() < len(text):   # a line follows it (the newline's match took the blanks)
            continue
        if stop > start:
            spans.append((start, stop))
        start = end.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def place_line(text: str, offset: int) -> bool:
    """Whether the line holding the text's *offset* is a post's place line over another line (``_PLACE_LINE``).

    >>> place_line("#كوباني\\nمسيرة تقصف قرية زور مغار", 2), place_line("#كوباني\\nمسيرة تقصف قرية زور مغار", 12)
    (True, False)
    """
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return end >= 0 and bool(text[end + 1:].strip()) and bool(_PLACE_LINE.fullmatch(text, start, end)) \
        and not _listed_name(text, start, end, end + 1)


# A post's tag line: its last line, of hashtags only ("#سري_كانيه #زركان", "#Rojava #NES")
_TAG_LINE = re.compile(rf"[^\S\n]*(?:(?:#\w+|{_EMOJI})[^\S\n]*)+")


def tag_line(text: str, offset: int) -> bool:
    """Whether the line holding the text's *offset* is a post's tag line under the text (``_TAG_LINE``), as a place
    line heads it.

    >>> tag_line("مسيرة تقصف قرية زور مغار\\n#كوباني #زور_مغار", 30), tag_line("#كوباني\\nمسيرة تقصف قرية زور مغار", 2)
    (True, False)
    """
    start = text.rfind("\n", 0, offset) + 1
    return bool(text[:start].strip()) and not text[offset:].strip().count("\n") and bool(
        _TAG_LINE.fullmatch(text.rstrip(), start))


def closing_tags(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at *span* is the tags that close a post, after its last stop or on a line of their own
    (``_TAG_LINE``): the place of the post's strike when no sentence of it names one ("Drone strike on a car, 2
    killed. #Derik", "… near Khanasor rises to 3. #Shengal").

    >>> text = "Drone strike on a car, 2 killed. #Derik #Rojava"
    >>> [closing_tags(text, span) for span in sentence_spans(text)]
    [False, True]
    >>> closing_tags("Drone hit #Derik", (0, 16)), closing_tags("#Derik. Drone hit a car", (0, 6))
    (False, False)
    """
    return span[1] == len(text.rstrip()) and text[:span[0]].strip() != "" and bool(_TAG_LINE.fullmatch(text, *span))


# A round-up's list item: a line that opens with a bullet or a number ("- قصفاً مدفعياً …", "2) A drone …",
# a thread's "2/" or "2/5", "٢- …", "▪️ …").
_BULLET = re.compile(r"[ \t]*(?:[-–—•*▪▫●◾◽■◆►🔸🔹🔺🔴🔻✅]\ufe0f?|\d{1,2}(?:[.)-]|/(?:\d{1,2})?)"
                     # (a statement's items counted in words: "First: a cave complex near X", "ثانياً: وكر قرب قرية Y")
                     r"|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[اأ]ولاً?|ثانياً?|ثالثاً?|رابعاً?"
                     r"|خامساً?|سادساً?)\s?[:–-])\s")
# (the coloured markers that also open a post's lead line: an item only where another line opens with one too)
_LEAD_MARKER = re.compile(r"[🔸🔹🔺🔴🔻✅]\ufe0f?")


def _listed_name(text: str, start: int, stop: int, following: int) -> bool:
    """Whether the place line at [start, stop) is an item of a list of names: the line at *following* opens with the
    same bullet and is a place line too ("▪️ جديدة حرب" over "▪️ تل بص"), each a place of the strike line over the
    list, not the heading of the next.

    >>> text = "▪️ جديدة حرب\\n▪️ تل بص\\nدون إصابات"
    >>> _listed_name(text, 0, 12, 13), _listed_name("⭕️ القامشلي\\nمسيرة تستهدف سيارة", 0, 11, 12)
    (True, False)
    >>> _listed_name("▪️ ٢ شهداء\\n▪️ ٤ جرحى", 0, 10, 11)
    False
    """
    bullet, after = _BULLET.match(text, start), _BULLET.match(text, following)
    stop_after = text.find("\n", following)
    stop_after = len(text) if stop_after < 0 else stop_after
    # (no figure on either line: "▪️ ٢ شهداء" over "▪️ ٤ جرحى" is the toll of the line over them)
    return bool(bullet and after and bullet.group().strip() == after.group().strip()
                and _PLACE_LINE.fullmatch(text, following, stop_after)
                and not any(char.isdigit() for char in text[bullet.end():stop] + text[after.end():stop_after]))


# A post's bare list: two or more lines of a name alone (one to three words, no bullet, figure, stop, preposition, tag
# or "none": "دون إصابات" under it is the list's toll) right under a line announcing villages that ends in a colon or a
# pointing hand ("قصف مدفعي على قرى ريف عين عيسى 👇" over "بوغاز" and "عريزة"): each line an item of the list as a
# bulleted line is
_BARE_ITEM = re.compile(r"(?![^\S\n]*(?:[-–—•*▪▫●◾◽■◆►]|(?:دون|بدون|لا|ولا|ماكو|no|without)[^\S\n]))"
                        r"[^\S\n]*(?:(?!(?:على|علي|في|قرب|on|in|at|near)[^\S\n]|[^\S\n]*$)[^\s\d.!?؟,،;:#|]+[^\S\n]*){1,3}")
_BARE_LIST_HEAD = re.compile(r"(?:^|\s)(?:villages|towns|hamlets|[وب]?(?:ال)?(?:قرى|قري|بلدات))\b[^\n]*(?::|👇|⬇️?)[^\S\n]*$")
# … or a toll set out place by place without bullets, under a line that announces it ("The toll by village:", "جاءت
# حصيلة القصف كالتالي:"): each line a place of one to three words, a colon or a dash, and that place's toll ("Tal
# Nasri - a woman killed", "قرية الدردارة: استشهاد مواطن", "Barchigha: material damage only")
_TOLL_ITEM = re.compile(r"[^\S\n]*(?:[^\s\d.!?؟,،;:#|-]+[^\S\n]+){0,3}?[^\s\d.!?؟,،;:#|-]+[^\S\n]*(?::|[^\S\n][-–—])[^\S\n]+"
                        r"[^\n]*(?:kill|dead|died|wound|injur|hurt|casualt|damage|قتل|مقتل|استشهاد|استشهد|اصاب|إصاب|أصيب|اصيب"
                        r"|جرح|جريح|قتيل|شهيد|شهداء|أضرار|اضرار|خسائر)[^\n]*")
_TOLL_LIST_HEAD = re.compile(r"(?:\btoll|\bcasualt(?:y|ies)|حصيلة|الحصيلة)[^\n]*:[^\S\n]*$", re.IGNORECASE)


def bare_list_item(text: str, line: int) -> bool:
    """Whether the line starting at *line* is an item of a post's bare list (``_BARE_ITEM`` under ``_BARE_LIST_HEAD``), or
    of a toll listed place by place (``_TOLL_ITEM`` under ``_TOLL_LIST_HEAD``).

    >>> text = "قصف على قرى ريف عين عيسى 👇\\nبوغاز\\nعريزة\\n#عين_عيسى"
    >>> bare_list_item(text, text.index("بوغاز")), bare_list_item(text, text.index("#"))
    (True, False)
    >>> bare_list_item("عاجل:\\nقصف تركي\\nعلى قرية بوغاز", 6), bare_list_item("Villages hit:\\nBughaz", 14)
    (False, False)
    >>> text = "قصف على قرى ريف القامشلي:\\n- خربة خالد\\n- قوتكي\\nدون إصابات"
    >>> bare_list_item(text, text.index("دون")), bare_list_item("قصف على قرى:\\nبوغاز\\nعريزة\\nدون إصابات", 25)
    (False, False)
    >>> text = "جاءت حصيلة القصف كالتالي:\\nقرية بوغاز: إصابة طفل\\nقرية عريزة: أضرار مادية فقط"
    >>> bare_list_item(text, text.index("قرية بوغاز")), bare_list_item(text, 0)
    (True, False)
    """
    # (the line alone first: most lines of an article are no item, and the text is split only for those that may be)
    end = text.find("\n", line)
    own = text[line:] if end < 0 else text[line:end]
    for item, head in ((_BARE_ITEM, _BARE_LIST_HEAD), (_TOLL_ITEM, _TOLL_LIST_HEAD)):
        if not item.fullmatch(own):
            continue
        lines = text.split("\n")
        index = text.count("\n", 0, line)
        top = index
        while top > 0 and item.fullmatch(lines[top - 1]):
            top -= 1
        below = index
        while below + 1 < len(lines) and item.fullmatch(lines[below + 1]):
            below += 1
        if top > 0 and below > top and head.search(lines[top - 1]):
            return True
    return False


def toll_list_head(text: str, start: int) -> bool:
    """Whether the sentence starting at *start* stands on a line that announces a toll listed place by place, a
    heading that tells no strike itself ("Casualties by location:", "الحصيلة حسب المناطق:").

    >>> toll_list_head("Turkish shelling hit three villages.\\nCasualties by location:\\nX – 2 killed", 37)
    True
    >>> toll_list_head("Turkish shelling hit three villages.\\nCasualties by location:\\nX – 2 killed", 0)
    False
    """
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return bool(_TOLL_LIST_HEAD.search(text[line:] if end < 0 else text[line:end]))


def toll_item(text: str, start: int) -> bool:
    """Whether the sentence starting at *start* stands on a line of a toll listed place by place, past its bullet: a
    place, a colon or a dash, and that place's toll (``_TOLL_ITEM``: "• Bseiss – 2 injured", "قرية بورك: شهيد").

    >>> toll_item("• Bseiss – 2 injured", 0), toll_item("▪️ ٢ شهداء", 0)
    (True, False)
    """
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    bullet = _BULLET.match(text, line)
    return bool(_TOLL_ITEM.fullmatch(text, bullet.end() if bullet else line, len(text) if end < 0 else end))


def list_start(text: str, spans: list[tuple[int, int]], index: int, strikes: Container[int]) -> int:
    """Where the list sentence *index* heads would start: the sentence after it, or the one after that when a heading of
    a toll that tells no strike stands between (``toll_list_head``; *strikes* the sentences that tell a strike)."""
    after = index + 1
    return after + 1 if after < len(spans) and after not in strikes and toll_list_head(text, spans[after][0]) else after


def list_before(text: str, spans: list[tuple[int, int]], index: int, strikes: Container[int]) -> range:
    """The items of a toll listed place by place right before sentence *index*, under a heading that tells no strike
    ("Casualties by location:" over "Dargal – 2 killed" over the sentence that tells the strike); *strikes* the
    sentences that tell a strike.

    >>> text = "Casualties by location:\\n- Dargal – 2 killed\\n- Gulka – 1 wounded\\nTurkish jets hit the villages."
    >>> spans = [(0, 23), (24, 43), (44, 62), (63, 93)]
    >>> list(list_before(text, spans, 3, {3})), list(list_before(text, spans, 3, {0, 3}))
    ([1, 2], [])
    """
    top = index - 1
    while top >= 0 and list_item(text, spans[top][0]):
        top -= 1
    if 0 <= top < index - 1 and top not in strikes and toll_list_head(text, spans[top][0]):
        return range(top + 1, index)
    return range(0)


def list_item(text: str, start: int) -> bool:
    """Whether the sentence starting at *start* stands on a line of a list: the line opens with a bullet, or it is an
    item of a post's bare list (``bare_list_item``).

    >>> list_item("Updates\\n2) A drone hit a car", 8), list_item("Updates\\n2) A drone hit a car", 0)
    (True, False)

    A post's first line opening with a marker no other line opens with is its lead, not an item ("🔴 قصف على قرى:"
    over "▪️ X" and "▪️ Y"):

    >>> list_item("🔴 قصف على قرى:\\n▪️ تل بص", 0), list_item("🔴 قصف على تل بص\\n🔴 قصف على جديدة حرب", 0)
    (False, True)
    """
    line = text.rfind("\n", 0, start) + 1
    bullet = _BULLET.match(text, line)
    if bullet is None:
        return line > 0 and bare_list_item(text, line)
    return not (line == 0 and _LEAD_MARKER.fullmatch(bullet.group().strip()) and not re.search(
        r"\n[ \t]*" + re.escape(bullet.group().strip()), text))


def line_words(text: str, offset: int) -> int:
    """Where the words of the line holding *offset* start: after its bullet or number, if a list's.

    >>> line_words("Strikes:\\n2. Jiliya, 2 wounded", 14), line_words("Strikes:\\nJiliya", 14)
    (12, 9)
    """
    line = text.rfind("\n", 0, offset) + 1
    bullet = _BULLET.match(text, line)
    return bullet.end() if bullet else line


def windows(doc: Document, matches: list, window: str | int) -> list[list]:
    """Groups of matches that count as co-occurring: per sentence of *doc*, or within N words of a match."""
    if window == "sentence":
        groups: dict[int, list[Match]] = {}
        for match in matches:
            groups.setdefault(doc.sentence_of(match.start), []).append(match)
        return list(groups.values())
    word_starts = [m.start() for m in re.finditer(r"\S+", doc.text)]
    position = [bisect.bisect_right(word_starts, m.start) for m in matches]
    return [[m for m, p in zip(matches, position) if abs(p - centre) <= window] for centre in position]
