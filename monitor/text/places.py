"""Places: the gazetteer, whether a name looks like a place, and which place is the strike's.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))      # its gazetteer: seeds/places.csv.gz
    >>> doc = Document.of("A drone struck a car in the town of Al-Shuhayl in rural Deir ez-Zor.")
    >>> located = locate_strike(doc, match_watchlists(doc, lexicon), lexicon, strike_sentences=[0])
    >>> located.place.name, located.place.admin1, located.precision
    ('Al-Shuhayl', 'Deir ez-Zor', 1)

The gazetteer file (its columns, Place, read_gazetteer, write_gazetteer) is ``monitor.gazetteer``.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache
from itertools import groupby
from typing import TYPE_CHECKING, NamedTuple

from haversine import haversine
from rapidfuzz import fuzz, process

from monitor.gazetteer import Place, read_gazetteer, write_gazetteer  # noqa: F401  (also this module's API)
from monitor.normalize import PROCLITICS, name_key, normalize, normalize_term
from monitor.patterns import compile_alternation, may_match, screened
from monitor.text.document import Document
from monitor.text.figures import EN_TENS, EN_UNITS
from monitor.text.sentences import line_words, list_item, place_line, tag_line
from monitor.vocabulary import (ACROSS_FROM, BACKGROUND_BEFORE, CONJUNCTION, COUNTRYSIDE_AFTER, COUNTRYSIDE_OF,
                                GOVERNED_FROM, NATIONALITY_ADJECTIVES, NOT_GIVEN_NAMES)

if TYPE_CHECKING:
    from monitor.text.watchlists import Lexicon, Match

# Same-name places closer than this are one place for the purpose of locating a strike.
SAME_PLACE_KM = 25.0
# Of same-name places far apart, the one this close to another place the text names is the one meant (rule "nearby")
NEARBY_KM = 40.0
# … and of several within NEARBY_KM, the one this close to such a place
CLOSE_KM = 10.0
# A place this close to a town is the town's own surroundings (its airport, a quarter), not a finer place of its district
SEAT_SURROUNDINGS_KM = 10.0
# how far from a town "its countryside" reaches ("بريف X": a district's villages lie within ~30 km of its seat)
COUNTRYSIDE_KM = 30.0


# ------------------------------------------------------------------ one name, many spellings
# Articles a transliteration may carry or drop ("Al-Hasakah", "Hasakah", "Deir ez-Zor").
_ARTICLES = frozenset("al el il ad ed ar er as es an en at et az ez ash esh adh ath".split())
_ALBU = re.compile(r"^albu")
_DIGRAPHS = (("kh", "h"), ("gh", "k"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "s"), ("q", "k"), ("g", "k"),
             ("c", "k"), ("x", "h"), ("ph", "f"), ("v", "f"))
# A c before e or i is Kurdish or Turkish spelling, where it is j ("Til Hecer": Tall Hajar, "Cizîr"); no English
# transliteration writes an Arabic letter so (a c before a, o, u is k: OCHA's "Dercar" is Darkar). Every key reads it
# so; a gazetteer name with a Kurdish c before any vowel is also indexed as j (_KURDISH_C, spelling_index).
_KURDISH_FRONT_C = re.compile(r"c(?=[ei])")
_WORD_END_H = re.compile(r"(?<=[aeiouy])h\b")           # -eh, -ah: the ta marbuta written or not
# ... and as -at, -et before the next word of the name (the construct state: "Jadidat Bikara" is "Jadid Bakkara",
# "Khirbat" "Khirba", "Jazirat" "Jazira")
_CONSTRUCT_T = re.compile(r"(?<=[ae])t(?= )")
_LATIN_VOWELS = re.compile(r"\B[aeiouyw]|^[aeiou]|\b[aeiou]")   # y, w: vowels inside a word ("Ayn" = "Ain")
_ARABIC_VOWELS = re.compile(r"(?<=\w)[اوي]")
_ARABIC_WORD_END_H = re.compile(r"(?<=\w)ه\b")        # the ta marbuta of a word joined to the next ("خانة سور")
_ARABIC_EMPHATICS = str.maketrans("صضطظ", "سدتز")     # Kurdish and local spellings write Sad as Sin ("خانصور")
# An ayn or hamza written inside a word ("Da`il", "Qal'at", "Ma’arrat"): a letter dropped, not a word break (folded,
# "da il" would lose "il" as an article: Kafr Da`il keyed as "Kafr Da")
_NAME_MARKS = re.compile(r"(?<=\w)[`'’‘ʿʾʼ´](?=\w)")


def unmarked_names(written) -> set[str]:
    """The folded names of *written* (a place's names as the gazetteer writes them) that write an ayn or hamza inside
    a word, folded without it as reports mostly write them: "Tall al Qa'im" is "Tall al-Qaim", "Bi'r Abu al Hassan"
    "Bir Abu al Hassan" (folded with it, the mark is a space: "qa im"). Names of two words or more, articles aside: a
    single word so written is the first word of longer names too ("Ḩawā’ij" of "Hawaij Thiab", found by spelling).

    >>> sorted(unmarked_names(("Tall al Qa'im", "تل القائم", "Bi’r Qasim", "Hajin", "Mat`ab", "Al Qa'im")))
    ['bir qasim', 'tall al qaim']
    """
    return {folded for name in written if _NAME_MARKS.search(name)
            and len(_without_articles(folded := normalize_term(_NAME_MARKS.sub("", name))).split()) > 1}


# Kurdish and Turkish Latin letters the fold makes plain though they are digraphs of English spellings: ç is ch and ş
# sh ("Çemankê" is Chemankê, Chamanki; the fold's c would be read as Kurdish c, j)
_CEDILLAS = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh"})


def spelling_key(name: str) -> str:
    """A key that the usual transliterations of one name share: articles dropped, Kh/H,
    Q/K/G, Sh/S … merged, vowels (and -eh/-ah) dropped, doubled letters single; Arabic
    without spaces and long vowels.

    >>> spelling_key("Tell Hmis") == spelling_key("Tal Hamis") == spelling_key("Til Hamees")
    True
    >>> spelling_key("Ain Issa") == spelling_key("Ayn Isa"), spelling_key("Al-Hasakeh") == spelling_key("Hasaka")
    (True, True)
    >>> spelling_key("Kafr Da`il") == spelling_key("Kafr Dael"), spelling_key("Qal'at Jaburi") == spelling_key("Qalat Jaburi")
    (True, True)
    >>> spelling_key("Jadid Bakkara") == spelling_key("Jadidat Bikara")
    True
    >>> spelling_key("Til Hecer") == spelling_key("Tall Hajar"), spelling_key("Dercar") == spelling_key("Darkar")
    (True, True)
    >>> spelling_key("Çemankê") == spelling_key("Chamanki"), spelling_key("Şiladizê") == spelling_key("Shiladiza")
    (True, True)
    """
    if _KURMANJI_VOWELS.search(name):   # a name in Kurmanji letters ("Xirbê Mercanê"): its c is j before any vowel
        name = _KURDISH_C.sub("j", name)
    return _folded_spelling_key(normalize_term(_NAME_MARKS.sub("", name).translate(_CEDILLAS)))


# Kurmanji's vowel letters, which no English or French transliteration of the region's names writes: a name with one
# is spelled in Kurmanji, where c is j before any vowel ("Mercanê": Marjanah; OCHA's "Dercar", Darkar, has none)
_KURMANJI_VOWELS = re.compile(r"[êîûÊÎÛ]")


# The Kurdish (Kurmanji) ending -iye, -iyê, -îye of an Arabic -iyah name ("Dawidiye" for Dawudiyah, "Dirbêsiyê" for
# Al-Darbasiyah), and the -iya that drops the ta marbuta's h ("Buwaitiya" for Buwaytiyah), folded: compared by edit
# distance as the -iyah the gazetteer writes
_IYAH_ENDING = re.compile(r"(?<=\w)iy[ae]\b")


def arabic_ending(folded: str) -> str:
    """A folded Latin name with its Kurdish -iye or its bare -iya ending written -iyah, as the Arabic
    transliteration ends.

    >>> arabic_ending("dawidiye"), arabic_ending("xatuniye"), arabic_ending("buwaitiya"), arabic_ending("tal hamis")
    ('dawidiyah', 'xatuniyah', 'buwaitiyah', 'tal hamis')
    """
    return _IYAH_ENDING.sub("iyah", folded)


# The Arabic diphthong ay written "ai" or "ei" before a consonant ("Kubaiba" for Kubaybah, "Suwainikh" for Suwaynikh)
_AI_DIPHTHONG = re.compile(r"(?<=\w)[ae]i(?=[^\Waeiouy])")


def ay_diphthong(folded: str) -> str:
    """A folded Latin name with its "ai"/"ei" diphthong written "ay", as the gazetteer transliterates it.

    >>> ay_diphthong("kubaiba"), ay_diphthong("al buraiqa"), ay_diphthong("sheikh"), ay_diphthong("tal hamis")
    ('kubayba', 'al burayqa', 'shaykh', 'tal hamis')
    """
    return _AI_DIPHTHONG.sub("ay", folded)


def single_letters(folded: str) -> str:
    """A folded name with each doubled letter written once ("Salloula" as the gazetteer's Salulah is spelled).

    >>> single_letters("salloula"), single_letters("tall bakr")
    ('saloula', 'tal bakr')
    """
    return "".join(letter for letter, _ in groupby(folded))


# The first words of village names as transliterations write them, each as one spelling (Tall, Tell, Tal, Til; Ayn,
# Ein; Dayr; Kfar; Bayt; Khirbat, Khirbit)
_HEAD_SPELLINGS = {"tall": "tal", "tel": "tal", "tell": "tal", "til": "tal", "ayn": "ain", "ein": "ain", "dayr": "deir",
                   "kfar": "kafr", "kafar": "kafr", "bayt": "beit", "khirbat": "khirbet", "khirbit": "khirbet"}


def _plain_spelling(bare: str) -> str:
    """A folded name without articles, its first word in one spelling, each doubled letter written once and its
    ta marbuta written or not (-ah, -eh, -a): what tells a name written so apart from a place its spelling key merely
    shares.

    >>> _plain_spelling("tall tawil") == _plain_spelling("tal tawil") == _plain_spelling("tell tawil")
    True
    >>> _plain_spelling("tall tal ah") == _plain_spelling("tal tawil")
    False
    >>> _plain_spelling("hamara") == _plain_spelling("hammarah"), _plain_spelling("hamara") == _plain_spelling("hmaira")
    (True, False)
    """
    head, _, rest = bare.partition(" ")
    return single_letters(_WORD_END_H.sub("", " ".join(filter(None, (_HEAD_SPELLINGS.get(head, head), rest)))))


def _spelling_key_of(name: str, folded: str) -> str:
    """``spelling_key(name)`` of a *name* already folded (*folded*): folded again only when a mark inside the name
    needs dropping first."""
    return spelling_key(name) if _NAME_MARKS.search(name) or name != name.translate(_CEDILLAS) \
        or _KURMANJI_VOWELS.search(name) else \
        _folded_spelling_key(folded)


def _without_articles(folded: str) -> str:
    """A folded name without its articles ("al tabni" -> "tabni")."""
    return " ".join(w for w in folded.split() if w not in _ARTICLES)


def _bare_spelling(name: str) -> str:
    """A name folded without its articles, or folded as it is when it is all articles ("Al-Tabni" -> "tabni")."""
    folded = normalize_term(name)
    return _without_articles(folded) or folded


@lru_cache(maxsize=16384)    # (the names of the candidate places, asked again for each text that names them)
def _folded_spelling_key(folded: str) -> str:
    if _script(folded) == "arabic":
        return _ARABIC_VOWELS.sub("", _ARABIC_WORD_END_H.sub("", folded).translate(_ARABIC_EMPHATICS).replace(" ", ""))
    # (the tribal "Albu" of Anbar's villages, "the house of", is an article and "bu" however it is joined: "Albuhayat",
    # "Al-Buhayat", "Albu Hayyat")
    words = [_ALBU.sub("bu", w) for w in folded.split() if w not in _ARTICLES] or folded.split()
    text = _KURDISH_FRONT_C.sub("j", _CONSTRUCT_T.sub("", _WORD_END_H.sub("", " ".join(words))))
    for written, sound in _DIGRAPHS:
        text = text.replace(written, sound)
    # (a doubled letter is one within a word: "Khirbet Tawil" is no "Kheurbet Aallo", whose t and l double nothing)
    return "".join(letter for letter, _ in groupby(_LATIN_VOWELS.sub("", text))).replace(" ", "")


# Arabic letters as the consonants a Latin transliteration is keyed by (``spelling_key``'s merges: ح/خ/ه "h", ق/ك/غ
# "k", س/ش/ص "s" …); ayn, hamza and alif drop as Latin vowels do, و and ي inside a word too
# (Kurdish letters as Kurdish Latin writes them: پ p, چ ch, گ g, ڤ v, ڕ r, ڵ l; its vowels ە ێ ۆ drop)
_ARABIC_AS_LATIN = str.maketrans({**dict(zip("بتثجحخدذرزسشصضطظغفقكلمنهويیپچگڤڕڵ", "bttjhhddrzsssdtzkfkklmnhwyypskfrl")),
                                  **{letter: None for letter in "اعءئؤىةەێۆ\u200c"}})
_LATIN_INNER_VOWELS = re.compile(r"\B[wy]")


def _named_in(place: Place, script: str) -> bool:
    """Whether the gazetteer has a name of *place* in *script* ("latin" letters, "arabic" script)."""
    return any(_script(normalize_term(v)) == script for v in (place.name, *place.variants))


def latin_key_of_arabic(folded: str) -> str:
    """The Latin spelling key of a folded Arabic name: what a report that writes the name in Latin letters keys to
    (a village the gazetteer has in Arabic script only).

    >>> latin_key_of_arabic(normalize_term("مبروكة")) == spelling_key("Mabrouka") == spelling_key("Mabruka")
    True
    >>> latin_key_of_arabic(normalize_term("تل أبو ياسين")) == spelling_key("Tal Abu Yasin")
    True
    """
    latin = _ARABIC_WORD_END_H.sub("", folded).translate(_ARABIC_AS_LATIN)
    return "".join(letter for letter, _ in groupby(_LATIN_INNER_VOWELS.sub("", latin))).replace(" ", "")


# Latin letters the fold keeps that reports write plain: the Kurdish (Sorani) ł and the Turkish dotless ı
# ("Gełałe" is written Gelale); a name is indexed under both spellings (not folded for every text: "Sołe" is no "sole")
_PLAIN_LETTERS = str.maketrans("łŁı", "lLi")
# Kurdish Latin writes as c the j of English spellings ("Kenco" is Kenjo, "Cirwane" Jirwana; a c before a vowel, not
# the c of "ch", "ck", "tch", "sch", "district"): a name with it is indexed under both spellings
_KURDISH_C = re.compile(r"(?<![stc])[cC](?=[aeiouêîû])")
# Kinds a tolerant lookup may find: a named village, town or sub-district of the area, or its terrain (Kurdish
# spellings of a mountain or valley: "the Xakurke area" is Khakurk, also written Xakurk).
_TOLERANT_KINDS = frozenset({"village", "town", "city", "neighbourhood", "subdistrict", "region", "area"})


def spelling_index(places) -> tuple[dict[str, tuple[Place, ...]], dict[str, tuple[Place, ...]]]:
    """Spelling key -> its places, and folded name -> its places, of *places* (one
    governorate's: what a tolerant lookup there searches).

    >>> from pathlib import Path
    >>> keys, names = spelling_index(p for p in read_gazetteer(Path("seeds/places.csv.gz")) if p.admin1 == "Al-Hasakah")
    >>> sorted({p.name for p in keys[spelling_key("Tell Hmis")]})   # the town and its sub-district
    ['Tal Hmis Subdistrict', 'Tall Hamis']
    """
    keys: dict[str, list[Place]] = {}
    names: dict[str, list[Place]] = {}
    # names shortened by a word the gazetteer writes and reports drop, indexed where no place bears them: the word for
    # "village" or "area" ("Albu Hinna village" is Mintaqat Albu Hinnah) and the article, which the gazetteer may write
    # assimilated ("Al-Shari" is Ash Sha`ri; but "Dashishah" stays Dashishah, not also Ad Dashishah 40 km off)
    shortened: dict[str, list[Place]] = {}
    for place in places:
        if place.kind in _TOLERANT_KINDS:
            # (a name with an ayn or hamza inside a word also without it: "Ḩawā’ij Dhi’āb" is "hawaij dhiab" as
            # reports write it, not "hawa ij dhi ab")
            spellings = set()
            written = (place.name, *place.variants)
            for v in {*written, *(name.translate(_PLAIN_LETTERS) for name in written),
                      *(_KURDISH_C.sub("j", name) for name in written if _KURDISH_C.search(name))}:
                key = _spelling_key_of(v, folded := normalize_term(v))
                spellings.add((folded, key))
                for short in {_without_class_word(folded), _without_articles(folded)} - {folded, ""}:
                    if len(short) >= 5 and place not in shortened.setdefault(short, []):
                        shortened[short].append(place)
                if _NAME_MARKS.search(v):
                    spellings.add((normalize_term(_NAME_MARKS.sub("", v)), key))
                # (a sub-district's short Arabic name without its word "ناحية", by key: "ناحية القرج" is the "ناحية قراج"
                # of a report, whose name alone, "القرج", is too short to index by name; a longer one is found by edit
                # distance, which prefers its village: "قرية دركار" is Darkar Miri, not Dercar Subdistrict)
                if place.kind == "subdistrict" and folded.startswith(_NAHIYA) and len(folded) - len(_NAHIYA) < 5:
                    keys.setdefault(_folded_spelling_key(folded.removeprefix(_NAHIYA)), []).append(place)
            # (a place named in Arabic script only, by its Latin key too: "Mabrouka village" is مبروكة)
            arabic_only = all(_script(folded) == "arabic" for folded, _ in spellings)
            for variant, key in spellings:
                if len(variant) >= 5:
                    names.setdefault(variant, []).append(place)
                    keys.setdefault(key, []).append(place)
                    if arabic_only:
                        keys.setdefault(latin_key_of_arabic(variant), []).append(place)
    # (by name, not by spelling key: a key without the name's first word is too short to tell, "Sarwinah" keyed as
    # "Syrian")
    names.update((short, found) for short, found in shortened.items() if short not in names)
    return {k: tuple(v) for k, v in keys.items()}, {k: tuple(v) for k, v in names.items()}


_NAHIYA = "ناحيه "   # the word "sub-district" opening an Arabic gazetteer name, folded
# The words for "village of" and "area of" that open some gazetteer names (Qaryat Rafi', Mintaqat Albu Hinnah), folded
_CLASS_WORDS = re.compile(r"^(?:qaryat|mintaqat) (?=\w)")


def _without_class_word(folded: str) -> str:
    """A folded gazetteer name without its opening word for "village" or "area".

    >>> _without_class_word("mintaqat albu hinnah"), _without_class_word("qaryat rafi"), _without_class_word("qaryat")
    ('albu hinnah', 'rafi', 'qaryat')
    """
    return _CLASS_WORDS.sub("", folded)


def _area_index(lexicon: Lexicon, admin1: str) -> tuple[dict[str, tuple[Place, ...]], dict[str, tuple[Place, ...]]]:
    """A governorate's spelling index, built on its first lookup and kept in the lexicon (a
    fraction of a second for one governorate; indexing all of them would double start-up)."""
    index = lexicon.spellings.get(admin1)
    if index is None:
        index = lexicon.spellings[admin1] = spelling_index(lexicon.area_places.get(admin1, ()))
    return index


# ------------------------------------------------------------------ does it look like a place?
# The rules a gazetteer match must pass, each measured by bench/ged.py (all on by default):
#   stoplist     a name that is an everyday word or a personal name needs a place word before it;
#                a village named like a place abroad (Rafah, الخليل, Saada) is none
#   min_length   a Who's On First name shorter than this is no place (Latin 4, Arabic 3 letters)
#   capitalised  a name in Latin script is written with a capital ("hit" is no Hit)
#   cue          a village needs a cue before it: "in", "near", "village of", "قرية", "ريف" …
#   labels       an administrative label is its area ("rural Deir ez-Zor", "(Aqra, Ninewa)", a canton: "مقاطعة
#                قامشلو", "Kobanî canton"; _label_area); a governorate's namesake city labelled by its country
#                alone ("in Deir ez-Zor, Syria", "in Raqqa, Syria": CENTCOM's statements) is the governorate
#   tolerant     an unknown name introduced as a place is looked up by spelling (find_tolerantly); one after a
#                bare "in", "near", "قرب" by spelling key alone, in the areas the text names
#   lists        every name of a list after a plural place word has the cue ("the villages of A, B and C")
#   elsewhere    a place named as someone's origin or destination is none ("fled from X", "X-based"; someones_place)
#   outside      when the text names governorates and no candidate of a name lies in one, only a city, a
#                curated place or a town of the country named may stand (never a neighbourhood elsewhere)
#   around       "the X area", "X desert", "X mountains", "X valley" are around X: precision 2
#   clauses      a sentence with strikes of several governorates, a place per clause, is one event
#                per place (events._clauses_apart)
#   every_clause a clause may name several places ("X in the countryside of Y"), and clauses whose places
#                lie more than SAME_PLACE_KM apart are events apart in one governorate too
#   larger       of same-name places the text does not place, the larger (a town, a sub-district's seat)
#                before one in the watched region (_resolve)
#   verbs        a headline's present-tense strike verb is a village's cue ("jets target X", "explosion shakes X")
#   roles        a place named as where someone heads or comes from, a comparison or a unit's name is none
#                ("heading towards X", "descended from X", "another X", "X forces"; someones_place)
#   coordinated  a name joined by "and"/"و" to a name after a cue has that cue ("in Khan Shaykhun and Sinjar")
#   bound        when a text names several governorates, a name's is the one labelling it right after
#                ("Sinjar in the countryside of Idlib and … al-Lataminah" is Sinjar of Idlib)
#   seats        of same-name towns, the seat of a sub-district of that name (or a curated place) first
#   prefix       a name right after the first word of a longer village name is none ("Kafr Dael" is no
#                Daal, "تل X" no X: the gazetteer lacks the whole name), nor that first word alone ("Tall
#                Jumaa" is no At Tall), nor a name that starts a longer one introduced as a place ("Jadid
#                Akidat village" is no Jadid) or ends one ("the outskirts of Sherwan Mazin" is no Mazin), nor a
#                village's name going on with an article ("Safat al-Zir" is no Safat)
#   nested       a district named as an area (its seat's district or countryside) yields to a finer area or
#                place of that district beside it ("ناحية سيدكان بقضاء سوران" is Sidakan; _names_district)
#   coordinated_apart  names joined by "and" after one strike word are strikes apart when they lie far
#                apart ("bombings in Maarrat al-Numan and Salqin": 58 km; events._clauses_apart)
#   background_list  every name of a list after a background cue is background ("after the strikes on Hama,
#                Jarrah and Masyaf, an explosion in al-Qutayfah": al-Qutayfah)
#   countryside_apart  a governorate's countryside joined by "and" to a place of it is the rest of that
#                countryside, a strike apart at precision 3 ("airstrikes on al-Bab and the Aleppo countryside")
#   article      a transliterated article before a name is the name's: the cue goes before it ("shelling on
#                al-Houla", "out of al-Tulaysiyah": Houla, Tulaysiyah)
#   origin       a name after "from" (where someone or something came from) yields to a name of where it
#                happened ("an officer from Latakia … killed in Damascus")
#   nearby       of same-name places far apart that nothing else tells apart, the one within NEARBY_KM of a place
#                another name of the text resolves to ("near Sinuni, north of Sinjar" is Sinuni of Sinjar district)
#   tribes       a village after a tribe's name and "في" is where the tribe lives: a place ("عشيرة الشعيطات
#                في أبو حمام")
#   corrected    a place a correction names as where the strike was not is none ("لم يكن في X … بل في Y",
#                "hit Y, not X"; someones_place)
#   marks        a name of a post's list marked by "+" or "/" ("كاني ماسي + شيلادزي + باتيفا") is a place as if a
#                place word stood before it (not a stoplisted word); each is a strike apart (events._listed), and one
#                the gazetteer spells otherwise is looked up by spelling (listed_spellings)
#   heads        a name heading a post's line before a colon or a bar ("كركي لكي: سيارة مدنية …"), or alone on a
#                list's line ("▪️ جديدة حرب"), has a place word's cue (not a stoplisted word)
#   governorate_list  a list of governorates' namesake cities alone, none said to be a city ("airstrikes on Idlib
#                and Hama", "في دير الزور والرقة"), names the governorates: each at precision 3 (_governorate_lists)
#   hashtags     a village a post hashtags ("#الدردارة") needs no more than a preposition before it, in its
#                hashtag and wherever the post names it ("قصف … في الدردارة"; not a stoplisted word); a town's or a
#                governorate's Latin name of several words is found written as one ("#DeirEzzor"; watchlists.hashtag_names)
#   sites        an Arabic noun of a site or landmark that is also a village name (SITE_NOUNS: "غارة على
#                مضافة", "قرب دوار") is a place only after a settlement word ("قرية", "بلدة")
#   settlement   a settlement word is the cue of the longer name that starts after it, not the start of a shorter
#                name ("قرية قصر الديب" is Qasr ad Dib, no "قرية القصر"; watchlists.cue_words_apart); a counted one
#                opens none ("800 قرية على الشريط الحدودي" names no "قرية علي"), nor is its dual a name ("قصف على قريتين"
#                is two villages, no Al-Qaryatayn: _SETTLEMENT_DUAL)
#   countryside  a town a post hashtags and otherwise names only as the countryside a place of its governorate lies
#                in labels that area ("#ديرك … قرية X بريف ديرك": X, within COUNTRYSIDE_KM)
#   checkpoints  a checkpoint named by its place ("حاجز الهزيمة", "حاجز الكسرة") is at that town or village, as a
#                place word before it would say; an everyday word after it is none ("حاجز طيار", a flying checkpoint)
#   namesakes    a name that only the size of its namesakes resolved, to one far from every other place the text
#                resolves to, is the namesake near them ("مجمع القحطانية جنوب جبل سنجار": the Sinjar village, not the
#                Hasakah town 93 km off; _far_namesake, then rule "nearby")
#   nisba        a name written with its article right after a capitalised word that begins no place name is a
#                person's nisba ("killed Hamza al-Ubaidi" names no Al-Ubaydi; NOT_GIVEN_NAMES)
#   nahiya       a name matched with its sub-district word ("ناحية بارزان", "Nahiyat al Karmah", "Rabia subdistrict":
#                variants of the seat or of the sub-district's row) carries its own cue and labels the sub-district:
#                the seat (or the row) at precision 2, a finer place beside it first (_label_area)
#   bearing      of same-name places around another place of the text (rule "nearby"), the one lying where the text
#                places it from that place ("the Kasnazan area east of Erbil city"; _bearings, lies_towards)
#   spelled      a spelling the gazetteer gives only a namesake far from the text's other places names the place
#                spelled alike near them ("Kaukab village, northeast of Hasakah": Hasakah's Kawkab, not Hama's;
#                _spelled_alike_near, rules "namesakes" and "nearby")
#   capital      a governorate's namesake city named bare as the strike's place, nothing in the text saying a city
#                (the word, "مدينة", a quarter, a street: IN_A_CITY), is the governorate at precision 3: "SOHR: drone
#                kills 3 in Deir Ezzor" means the province (its village not said); the city only with that evidence
#                (not a seat of government, named for it as well: "how Baghdad fights", "Erbil and Baghdad agreed";
#                SEATS_OF_GOVERNMENT; _province_meant)
PLACE_RULES = frozenset({"stoplist", "min_length", "capitalised", "cue", "labels", "tolerant",
                         "lists", "elsewhere", "outside", "around", "clauses", "verbs", "roles",
                         "every_clause", "larger", "sites", "prefix",
                         "seats", "coordinated", "bound", "nested", "beside", "article", "origin", "coordinated_apart",
                         "background_list", "countryside_apart", "nearby", "corrected", "tribes", "heads", "marks",
                         "hashtags", "checkpoints", "settlement", "countryside", "governorate_list", "namesakes",
                         "nisba", "nahiya", "bearing", "spelled", "capital"})
MIN_LENGTH = {"latin": 4, "arabic": 3}

# Everyday words and personal names that are also village names (folded as text is): a place
# word before them ("مدينة", "village of") makes them places. A name that a preposition alone
# makes a place ("في القائم") is in seeds/homographs.csv instead.
STOPLIST = frozenset(normalize(word).text for word in """
    about after again ahmad ahmed alan ali amin amir amer ana anas area army ayn badr bani bayt bazar
    beit bir black bridge camp center centre church city coalition dam daily dar day desert
    east eastern farm field forces front gate good great green hadi hamid hamza hasan hassan hill
    house hussein ibrahim imam iran islam island issa jabal jamal jesus karim khalid khan king
    lake main malik market maryam mount mountain mosque muhammad mohammed nasser new north
    northern nur old omar osman pass peace qasim rashid red river road royal said saint salah
    salim school shahid shaheed sheikh shaykh south southern station street sultan tal tall tel tell tower
    town umar valley village wadi water well west western white yusuf zayd
    ابو ام بني بيت جسر حي دار سوق شارع شيخ مركز مزرعه وادي جبل تل عين بئر نهر قريه مدينه بلده
    خان دير كفر قصر برج حصن قلعه جامع مسجد كنيسه معمل مطار قاعده
    محمد احمد علي حسن حسين عمر خالد ابراهيم يوسف عبد الله سعيد صالح سالم جمال كريم ناصر
    جديد جديده كبير كبيره صغير صغيره شرقي غربي شمالي جنوبي وسطي عالي سلام نور امل
    حمام عمال جيش دوله حرب نصر فتح عرب كرد شهيد شهداء اسلام سلطان ملك امير شمس قمر بحر
    kurdistan syria iraq iran turkey jordan israel lebanon gaza yemen ankara tehran beirut amman
    euphrates tigris khabur jazira jazeera levant arab arabs kurd kurds kurdish
    jihad jihadi sham nusra hamas fatah islamic state free liberation resistance martyr martyrs
    كردستان سوريا عراق ايران تركيا اردن اسرائيل لبنان غزه يمن انقره طهران بيروت فرات دجله خابور جزيره
    كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين عسكري حدود بيان جيش قوات
    عاجل خاص فيديو طيار طياره
    """.split())

# Arabic nouns of what a strike hits and of the landmarks a report places it by, that are also
# Who's On First village names: "غارة على مضافة" (a hideout, Al Mudafah of Tartus), "قرب دوار"
# (a roundabout, Ad Dawar of Basra), "صهريج نفط" (a tanker, As Sihrij), "مركز شرطة" (a police
# station, Al Shurtah of Baghdad), "جبل متين" (a mountain, Al Jabal of Aleppo), "جنوب شرقي" (south-east,
# Ash Sharqi), "في منطقة زراعية" (farmland by its adjective: Al Zira'iyah of Anbar), "قرب دوار البلدية" (the
# municipality's roundabout or building: Baghdad's Baladiyat quarter, WOF البلدية). A preposition or "قرب"/"غارة
# على" is no cue for them: only a settlement word ("قرية المقبرة", "بلدة الجسر") makes one a place (cue level 3).
SITE_NOUNS = frozenset(normalize(word).text for word in """
    معبر دوار جامعه سجن محطه مشروع فندق مقبره مزار ضريح كتيبه لواء مضافه نفق مغاره قناه بحيره جزيره
    تله جسر بنايه عماره برج كمين صهريج مخيم روضه مسجد حسينيه كنيسه مزرعه بستان كرم شركه فجر ظهر
    عشائر شرطه بئر سكه مخرج قلب ضفه نهر ساقيه وادي سهل جبل حصن حمام خان دير عين قصر قلعه كفر
    شرقي غربي شمالي جنوبي صوامع صومعه مطحنه مطاحن
    زراعيه بلديه
    """.split())

# Names of Who's On First villages that are no places in the news: places outside Syria and
# Iraq (Gaza, the West Bank, Lebanon, Yemen, Iran, Turkey, Jordan …: a strike there is not
# one here), countries and continents ("شمال شرق سوريا" is no village Wiriyah) and the nouns
# a strike hits ("غارة على سيارة", a car). Left out of the lexicon.
NOT_PLACES = frozenset(normalize_term(name) for name in """
    syria|iraq|kuwait|asia|europe|africa|سوريا|سوريه|العراق|الكويت|اسيا|اوروبا|افريقيا|
    سياره|عربه|منزل|موقع|مقر|حاجز|نقطه|دوريه|دوره|حدود|طريق|معسكر|مستودع|مستشفي|مدرسه|شاحنه|دراجه|
    gaza|rafah|khan younis|khan yunis|jabalia|jabalya|deir al balah|nuseirat|bureij|maghazi|beit lahia|beit hanoun
    |jenin|tulkarm|nablus|hebron|khalil|ramallah|bethlehem|jericho|qalqilya|tubas|jerusalem|tel aviv|haifa|eilat
    |beirut|dahiyeh|tyre|sur|sidon|saida|nabatieh|nabatiyah|baalbek|hermel|bint jbeil|marjayoun|khiam|tripoli
    |sanaa|hodeidah|saada|sadah|marib|taiz|aden|ibb|dhamar|hajjah|amran|shabwa|mukalla
    |tehran|isfahan|kermanshah|tabriz|ahvaz|shiraz|mashhad|qom|natanz
    |ankara|istanbul|hakkari|sirnak|cizre|diyarbakir|mardin|nusaybin|kilis|gaziantep|sanliurfa|akcakale|ceylanpinar
    |amman|irbid|mafraq|zarqa|aqaba|ruwaished|cairo|sinai|arish|benghazi|khartoum|omdurman|fasher|mogadishu
    |kyiv|kiev|kharkiv|odesa|odessa|kherson|zaporizhzhia|donetsk|luhansk|lviv|dnipro|moscow|belgorod
    |غزه|رفح|خان يونس|جباليا|دير البلح|النصيرات|البريج|المغازي|بيت لاهيا|بيت حانون|جنين|طولكرم|نابلس|الخليل
    |رام الله|بيت لحم|اريحا|قلقيليه|طوباس|القدس|تل ابيب|حيفا|ايلات|بيروت|الضاحيه|صور|صيدا|النبطيه|بعلبك|الهرمل
    |بنت جبيل|مرجعيون|الخيام|طرابلس|صنعاء|الحديده|صعده|مارب|تعز|عدن|اب|ذمار|حجه|عمران|شبوه|المكلا|طهران|اصفهان
    |كرمانشاه|تبريز|الاهواز|شيراز|مشهد|قم|نطنز|انقره|اسطنبول|هكاري|شرناخ|ديار بكر|ماردين|نصيبين|كلس
    |غازي عنتاب|اورفا|عمان|اربد|المفرق|الزرقاء|العقبه|الرويشد|القاهره|سيناء|العريش|بنغازي|الخرطوم|ام درمان|الفاشر
    |مقديشو|كييف|خاركيف|اوديسا|خيرسون|زابوريجيا|دونيتسك|لوهانسك|موسكو""".split("|"))

# Everyday nouns a proclitic and a place's name spell (folded, the whole word): "فرقة الحمزة" is a division, no "ف" +
# Raqqa's "رقة"; "كتيبة", "بحيرة", "وحدة", "كلية", "بيان", "لجنة", "وزارة" likewise (the names that follow a proclitic)
CLITIC_LOOKALIKES = frozenset(normalize_term(word) for word in "فرقة كتيبة بحيرة وحدة كلية بيان لجنة وزارة".split())

# What a name needs before it to count as a place: 0 nothing, 1 a preposition or place word
# ("in", "on", "near", "village of", "في", "قرب"), 2 a place word ("village of", "town of",
# "countryside of", "قرية", "بلدة", "ريف", "مدينة", "ناحية", "غارة على"), 3 a settlement word
# ("village of", "قرية", "بلدة", "مدينة", "ناحية", "قضاء": SITE_NOUNS). A stoplisted name needs
# 2; a curated place (towns too), district or governorate 0; a town 0 in Latin script and 1 in Arabic
# (Arabic names are words more often than not); a village 1 in Latin script and 2 in Arabic.
_PLACE_WORDS = {
    # (a road's two ends: "the road between X and Y", "الطريق الواصل بين X وY": both places, the strike between them)
    "latin": r"village|villages|town|towns|city|hamlet|countryside|outskirts|vicinity|area|district|near|camp"
             r"|(?:road|highway) between"
             r"|mount"   # "Mount Kawkab": the mountain named after its village, as "جبل كوكب" is
             # Kurmanji's village, villages, collective town, area and near, folded ("gundê X", "gundên X û Y",
             # "komelgeha X", "herêma X", "li nêzî X")
             r"|gunde|gunden|komelgeha|herema|devera|deveren|nezi"
             # Arabizi's village, its qaf typed 2 as folded ("2aryet X", "qaryet X")
             r"|qaryet|qaryat|qarye|qarya",
    "arabic": r"قريه|قري|بلده|بلدات|مدينه|ريف|ناحيه|قضاء|منطقه|مخيم|محيط|اطراف|قرب|بلدتي|قريتي|مركز|باديه|صحراء|طريق"
              r"|طريق(?: \S+)? بين"
              r"|جبل|جبال|سفوح|وادي|سهل|تلال|هضبه|جزيره"   # "جبال بادوش", "تلال بادوش": the mountains, hills, valley, plain
              # ("جزيرة البغدادي", "جزيرة حديثة": the desert or river island named after a town)
              # named after a village
              r"|مرتفعات|قمه|قمم"   # "مرتفعات ناوبردان", "قمة X": the heights and peaks of Kurdistan's terrain
              r"|تله"   # "تلة تل X": a hill named after the village on it, as "Tal X hill" is
              r"|جسر"   # "جسر قره قوزاق": a bridge is named after the village at its end
              r"|حقل"   # "حقل خورملة النفطي": an oil or gas field is named after the village it lies at
              r"|قاعده|معبر|منفذ"   # "قاعدة الحبانية", "معبر الصالحية": a base or crossing, after its town or village
              r"|منتجع|مصيف"   # "منتجع برخ", "مصيف برخي": a (summer) resort is named after its village
              r"|مجمع"   # an Iraqi collective town: "مجمع خانسور" (a complex's use after it is no name: "مجمع سكني")
              r"|(?:شرق|غرب|شمال|جنوب)(?:ي|ي?ه)?"
              # Sorani's village, villages, area and near, folded ("گوندی X", "گوندەکانی X", "ناوچەی X", "دەڤەری X",
              # "لە نزیک X")
              r"|كوندي|كوندهكاني|ناوجهي|دهفهري|نزيك"
              # "غارة على X", "قصف مدفعي تركي منذ الفجر على X"
              r"|(?:غاره|غارات|قصف|هجوم|ضربه|ضربات|صاروخ|صواريخ|قذايف|قذيفه)(?: \w+){0,4} علي",
}
# ("opposite X": the river bank or border across from it, a village's cue too: "a boat struck opposite Al-Shuhayl")
_PREPOSITIONS = {"latin": r"in|on|at|of|from|to|into|outside|around|toward|towards|over|opposite"   # "over": "shot down a drone over X"
                          # Arabizi's in, near, entrance, road, outskirts and countryside, its qaf typed 2 as folded
                          # ("darbet drone 3and madkhal jarbus", "2asf 2orb tal 7amis", "fi tal baydar")
                          r"|fi|qurb|qorb|qrb|madkhal|tariq|atraf|rif",
                 "arabic": r"في|الي|نحو|حول|داخل|علي|وسط|بين|من|يم|يمه"}   # يم: "near" in Iraqi and Jazira speech
# A town's landmark in construct before its name places the town as a preposition does ("يم سوق القائم",
# "قرب دوار حديثة", "عند مدخل القائم"; level 1 only: a village still needs a place word; a checkpoint, named after
# villages too, is rule "checkpoints": _CHECKPOINT_BEFORE)
_LANDMARKS_OF = r"سوق|دوار|مدخل|مداخل|مفرق|ساحه|سجن|مستشفي|مطار"
# (a cue may open a list after a colon: "قصف مدفعي تركي على: كاني ماسي + …")
_CUES = {(script, level): re.compile(r"(?:^|\s)%s(?:%s)(?: of)?:? $" % ("[وفبل]{0,2}" if script == "arabic" else "",
    _PLACE_WORDS[script] + ("|" + _PREPOSITIONS[script] if level == 1 else "")
    + ("|" + _LANDMARKS_OF if (script, level) == ("arabic", 1) else "")
    + ("|hit|struck|targeted|targeting|bombed|bombing|shelled|shelling|pounded|raided"   # "drones struck X"
       if (script, level) == ("latin", 1) else "")))
    for script in ("latin", "arabic") for level in (1, 2)}
_SETTLEMENT_WORDS = {"latin": r"villages?|towns?|city|hamlet|gunde|gunden|qaryet|qaryat|qarye|qarya",
                     "arabic": r"قريه|قري|بلده|بلدات|مدينه|ناحيه|قضاء|قريتي|بلدتي|مجمع|كوندي|كوندهكاني"}
_CUES.update({(script, 3): re.compile(r"(?:^|\s)%s(?:%s)(?: of)?:? $" % ("[وفبل]{0,2}" if script == "arabic" else "", words))
              for script, words in _SETTLEMENT_WORDS.items()})
# "in Khan Shaykhun and Sinjar", "على بلدة الشعفة والسوسة": a name joined by "and" to a name after a cue
# has that cue (a conjunct of one to three words, no article or preposition among them; rule "coordinated")
# (Kurmanji's "and", "û" folded "u": "gundên X û Y")
_COORDINATED = {key: re.compile(cue.pattern[:-2] + r" (?:(?!(?:the|an?|of|in|on|at|its|their|his|her|and|or|u)\s)"
                                r"[^\s,،.;:]+ ){1,3}(?:and|or|u|و|وال) $") for key, cue in _CUES.items()}
# "كاني ماسي + شيلادزي + باتيفا", "Mayadin / Boukamal / Ashara": a post's list marks its items with "+" or "/"
# (rule "marks"; folded text after and before a name)
_MARK_BEFORE = re.compile(r"[+/] ?$")
_MARK_AFTER = re.compile(r"^ ?[+/](?!\S)")
# "jets target X", "explosion shakes X": the verbs of headlines, in the present tense (rule "verbs")
_VERB_CUE = re.compile(r"(?:^|\s)(?:hits|strikes|target|targets|bomb|bombs|bombard|bombards|bombarded|shell|shells"
                       r"|pound|pounds|raid|raids|shakes|shook|rocks|rocked|storm|storms|stormed|attack|attacks"
                       r"|attacked|besiege|besieges|besieged"
                       # (the ground a force took: "Syrian army units regained X", "SNA factions captured X", "entered X
                       # after the SDF withdrew": a Battles note's place)
                       r"|captured|recaptured|retook|regained|seized|overran|entered) $")
# A checkpoint named after the town or village it stands at, the indefinite noun in construct: "حاجز الهزيمة",
# "الهجوم على حاجز سنوني" (rule "checkpoints"; "الحاجز العسكري", "حاجز طيار" name none: the article, an everyday word)
# A district labelling the name before it after a comma (as written): "، قضاء Y", "، ناحية Y", ", Y district"
_DISTRICT_LABEL_AFTER = re.compile(r"[^\S\n]*[,،][^\S\n]*(?:(?:قضاء|ناحي[ةه]|منطق[ةه])\s+\S"
                                   r"|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:sub-?)?district\b)")
_CHECKPOINT_BEFORE = re.compile(r"(?:^|\s)[وفبل]{0,2}حاجز $")
# A tribe and where it lives: "وجهاء عشيرة الشعيطات في أبو حمام", "أبناء قبيلة العكيدات بالشحيل" (rule "tribes")
_TRIBE_HOME = re.compile(r"(?:^|\s)[وفبل]?(?:عشيره|عشاير|قبيله|قبايل|فخذ) \S+(?: \S+)? [وف]?(?:في|من) ?[بف]?$")
# A name that opens an idiom is the idiom's word: "hit-and-run" is no Hit, "في إشارة إلى" (in reference to) no
# Al-Ashara (a homograph of seeds/homographs.csv, yet after a preposition)
# A number before an Arabic settlement word counts settlements ("أكثر من 800 قرية", "3 بلدات"; the singular after 11 and up)
_COUNTED_BEFORE = re.compile(r"(?:^|\s)\d+ $")
# The dual of a settlement word is a number ("قصف على قريتين": two villages), never the town the fold makes of it
# (Al-Qaryatayn, "القريتين", whose article the fold drops): the name is written with its article
_SETTLEMENT_DUAL = re.compile(r"(?:قريت|بلدت|مدينت)(?:ين|ان)")
_ARABIC_ARTICLE_OPENS = re.compile(r"[وفبك]?ال|[وف]?لل")


def _two_named_before(folded: str, start: int, dual: str) -> bool:
    """Whether the text before a definite dual ("القريتين", the two villages) named two settlements of its word
    ("قرب قرية X … أطراف قرية Y", "قريتي X وY"): the dual refers back to them, it names no Al-Qaryatayn."""
    stem = dual[:-2]    # "قريت", "بلدت", "مدينت"
    singular = len(re.findall(rf"(?:^|\s)[وفبل]?{stem[:-1]}ه\s", folded[:start]))
    return singular >= 2 or bool(re.search(rf"(?:^|\s)[وفبل]?{stem}ي\s", folded[:start]))
_IDIOM = re.compile(r"hit and run\b|اشاره الي(?=\s|$)")
# "X village", "X district", and the label "(X, <governorate>)" of wire and ACLED-style copy
_CUE_AFTER = re.compile(r"^ (?:villages?|towns?|area|countryside|district|subdistrict|sub district|region"
                        r"|desert|mountains?|valley|plain)\b"   # "the Hatra desert", "Sinjar mountain"
                        r"|^ (?:road|highway)\b"   # "on the Al-Sijri road": the road to a village, named after it
                        r"|^ and (?:\S+ ){1,2}(?:villages|towns)\b"   # "Tall Nasri and Tall Baz villages": both
                        # a landmark named after it: "by the Sharfadin shrine", "the Rabia checkpoint"
                        r"|^ (?:shrine|temple|mausoleum|checkpoint|roundabout|junction|crossroads|intersection|camp|bridge"
                        r"|(?:border )?crossing)\b"   # (not "market": "Asian market")
                        # … or a plant or a field named after the village it lies at: "the Suwaydiyah gas plant", "the
                        # Sarsang oil field"
                        r"|^ (?:oil|gas) (?:field|plant|facility|station|wells?)\b|^ power (?:station|plant)\b"
                        # … or a strike named after the place it hit, as updates name it: "the Al-Bubadran drone strike"
                        r"|^ (?:drone |air |artillery |mortar )?(?:strikes?|airstrikes?|shelling|bombardment)\b"
                        r"|^ ?, [^,()]{3,24}\)|^ ?\([^()]{3,40}\)")   # "X, Ninewa)", ACLED's "X (Sinjar, Ninewa)"
# A posters' lower-case town is still a name before the area it heads: "in Kundek village, derik countryside", "amude
# district" (rule "capitalised": other lower-case words are words)
_LOWER_CASE_AREA = re.compile(r"^ (?:countryside|district|sub-?district)\b")
# A post typed in small letters all through ("unkown drone targetted a motorbike in al ghawari village"): a capital
# begins none of its words (a handle, a hashtag or an acronym aside: "@DeirEzzor24", "#Hasakah", "SDF")
_CAPITALISED_WORD = re.compile(r"(?<![@#\w])[A-Z][a-z]")
_LATIN_WORDS = re.compile(r"[a-z]{3,}(?:\W+[a-z]+){3}")


# The words a post typed in small letters keeps small when its other words get their capitals back (with_capitals):
# those that introduce, place, label and join names, and the articles inside names ("al-bureiqa village near khasham")
_SMALL_WORDS = frozenset("""a an and or of the in at on near outside around by to from with after before
    al el ad ar as az ash ath
    village villages town towns hamlet area region desert valley district subdistrict sub nahiya camp countryside
    outskirts surroundings environs vicinity edge edges mount mountain mountains range heights city neighbourhood
    neighborhood quarter north south east west northern southern eastern western km
    hit hits struck strikes targeted targeting targets shelled shelling shells bombed bombing pounded raided""".split())
_SMALL_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]*")


def with_capitals(text: str) -> str:
    """*text* as written when it has capitals; typed in small letters (``caseless``), with a capital given back to each
    word but the small ones that introduce and join names (_SMALL_WORDS), each part of a hyphened word apart: the
    patterns that find a name introduced as a place read it there (``find_tolerantly``). The same length: offsets
    hold.

    >>> with_capitals("shelling hit tuwayna village in tal tamr countryside; al-bureiqa near khasham")
    'shelling hit Tuwayna village in Tal Tamr countryside; al-Bureiqa near Khasham'
    >>> with_capitals("The drone hit tuwayna village")
    'The drone hit tuwayna village'
    """
    if not caseless(text):
        return text
    return _SMALL_WORD.sub(lambda word: word.group() if word.group() in _SMALL_WORDS
                           else word.group()[0].upper() + word.group()[1:], text)


def caseless(text: str) -> bool:
    """Whether *text* is Latin prose written in small letters only: its capitals tell no name from a word there (rule
    "capitalised" asks no capital of a name).

    >>> caseless("via @DeirEzzor24: regime artillery shelled al-bureiqa village near khasham, SDF says")
    True
    >>> caseless("A drone hit a car near Hajin"), caseless("قصف على قرية #Dêrik")
    (False, False)
    """
    return bool(_LATIN_WORDS.search(text)) and not _CAPITALISED_WORD.search(text)
# Every name of a list after a plural place word has the cue: "the villages of Kani Masi, Bamarni and
# Atush", "قرى كاني ماسي وباميرني وآتوش" (names of up to four words, joined by commas, "and", و)
_LIST_CUE = re.compile(r"(?:^|\s)(?:villages|towns|hamlets|[وفب]?(?:قري|بلدات|قريتي|بلدتي))(?: of)? "
                       r"(?:[^\s,،.;:]+(?: [^\s,،.;:]+){0,3}(?: ?[,،] ?(?:and |or |و ?)?| and | or | و ?)){1,8}$")
# The first word of a longer village name ("Kafr Dael", "Tal Hamis", "عين عيسى", "خربة غزالة"; Iraq's tribal hamlets,
# "Arab Sayyid Marei"): a known name right after it is only the end of a name the gazetteer does not have (rule
# "prefix")
_NAME_PREFIX = re.compile(r"(?:^|[\s-])(?:kafr|kfar|kafar|tal|tall|tel|tell|til|ain|ein|ayn|deir|dayr|beit|bayt"
                          r"|khirbet|khirbat|khirbit|umm|abu|abou|arab|كفر|تل|عين|دير|بيت|خربه|ام|ابو)[\s-]$")
_CUE_WORD = compile_alternation("|".join(_PLACE_WORDS.values()) + "|" + "|".join(_PREPOSITIONS.values()))
# ... and a known name that is only the start of a longer one (rule "prefix"): the first word alone
# before another capitalised word ("Tall Jumaa", "Qasr Jourak": no village "At Tall" of Ninewa, no "Qasr"
# of Erbil), or any name before capitalised words the text introduces with it as a place ("Jadid Akidat
# village": no "Jadid" of Erbil). Latin script, where capitals show where a name goes on.
_FIRST_WORDS = re.compile(r"(?:kafr|kfar|kafar|tal|tall|tel|tell|til|ain|ein|ayn|deir|dayr|beit|bayt|khirbet|khirbat"
                          r"|khirbit|umm|abu|abou|qasr|jisr)")
# ... and in Arabic: a name that is only a head word (after its place word), written without its article and followed
# by a word ("منطقة تل عبطة" is Tall Abtah, a compound; "منطقة التل", "بلدة التل" are At Tall, whose article the fold
# drops); a name that ends in such a word is whole ("قرية كاني دير التابعة لقضاء ميرگەسور" is Kani Dayr); Kurdish
# "كاني" (spring) heads the names of Kurdistan's villages as "عين" does ("قرية كاني بلاف" is no village Kani, Kuwami)
_ARABIC_HEAD_END = re.compile(r"^(?:(?:منطقة|منطقه|قضاء|ناحية|ناحيه|قرية|قريه|بلدة|بلده|مدينة|مدينه) )?[وفبل]?"
                              r"(?:تل|عين|دير|كفر|بيت|خربة|خربه|قصر|جسر|كاني|كانى)$")
_ARABIC_NAME_GOES_ON = re.compile(r"\s+[\u0621-\u064a]")
# A transliterated Arabic article written before a name the gazetteer has without it (rule "article"; not
# "an", "as", "at", "en": English words)
_ARTICLE_BEFORE = re.compile(r"(?<=\s)(?:al|el|ad|ed|ar|er|es|ez|az|ash|esh|adh|ath) $")
# A name written with its article right after a capitalised word that begins no place name is a person's nisba
# ("killed Hamza al-Ubaidi", "commander Abdul Karim al-Rawi": no Al-Ubaydi, no Rawa; rule "nisba"); not after a
# word that begins places ("Wadi al-Tharthar", "Tal al-Abyad", "Deir al-Adas") or a sentence ("In al-Bab")
_NISBA_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:%s)\b)[A-Z][a-z]+ (?:[AaEe]l-)?$" % "|".join(NOT_GIVEN_NAMES))
_ARTICLE_OPENS = re.compile(r"[AaEe]l-")
# An English preposition in small letters spelled as a transliterated article and a space ("at Tall", "as Sukkar")
_PREPOSITION_AS_ARTICLE = re.compile(r"(?:at|as|an) ")
_NAME_GOES_ON = re.compile(r"[ -](?:[Aa][lnrsdtz]-)?[A-Z]")
# A village's name that goes on with an article and a capital is the start of a longer name ("the village of Safat
# al-Zir" is no Safat of Al-Hasakah; the whole is looked up by spelling: find_tolerantly)
_ARTICLE_GOES_ON = re.compile(r" [Aa][lnrsdtz]-[A-Z]")
_INTRODUCED_WITH = re.compile(r"(?:[ -](?:[Aa][lnrsdtz]-)?[A-Z][\w'’`]*){1,2} (?:village|town|hamlet)\b")
# … nor one that ends a longer name introduced as a place ("the outskirts of Sherwan Mazin" is no Mazin; raw text
# before the name; an article is no word of the name: "the village of Al-Quriyah" is Quriyah)
_ENDS_INTRODUCED = re.compile(r"\b(?:villages?|towns?|hamlet|outskirts|surroundings|environs|vicinity|edges?) of\s+"
                              r"(?:(?!(?:[AaEe][lnrsdtz]|Ash|Ath)[ -])[A-Z][\w'’`]*[ -]){1,2}$")


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _script(folded: str) -> str:
    return "arabic" if _ARABIC_LETTER.search(folded) else "latin"


def clitic_word(folded: str) -> bool:
    """Whether a folded Arabic word is a proclitic and a word that introduces places: no name
    (a village "بقرية", Barifa read in "قرية بريف تل تمر", ب + ريف).

    >>> clitic_word("بريف"), clitic_word("وبمنطقه"), clitic_word("بريفا")
    (True, True, False)
    """
    return any(folded[:n] in PROCLITICS and _CUE_WORD.fullmatch(folded[n:]) for n in (1, 2))


def usable_variant(folded: str, place: Place, rules: frozenset[str]) -> bool:
    """Whether a folded variant of *place* goes into the lexicon at all (``min_length``, and
    ``stoplist``: NOT_PLACES and clitic_word)."""
    if place.curated:
        return True
    if "stoplist" in rules and (folded in NOT_PLACES or clitic_word(folded)):
        return False
    return "min_length" not in rules or len(folded.replace(" ", "")) >= MIN_LENGTH[_script(folded)]


def cue_needed(key: str, candidates: tuple[Place, ...], rules: frozenset[str]) -> int:
    """What a folded name needs before it to count as a place (0, 1 or 2; see above)."""
    if "sites" in rules and key in SITE_NOUNS:
        return 3
    if "stoplist" in rules and key in STOPLIST:
        return 2
    if "cue" not in rules or any(p.curated or (p.bare and p.kind != "town") for p in candidates) \
            or VILLAGE_WORD.match(key) or TERRAIN_WORD.match(key) or FARM_WORD.match(key):
        return 0   # a name written with its settlement, terrain or farm word ("بلدة الصور", "وادي المر") carries its cue
    if "nahiya" in rules and _SUBDISTRICT_WORD.search(key):   # … as does one with its sub-district word ("ناحية X")
        return 0
    arabic = _script(key) == "arabic"
    if any(p.kind == "town" for p in candidates):
        return int(arabic)
    return 1 + arabic


def looks_like_place(folded: str, start: int, end: int, original: str, candidates: tuple[Place, ...],
                     rules: frozenset[str], homograph: bool = False, following: str = "", heads: bool = False,
                     tagged: bool = False, preceding: str = "", small_letters: bool = False) -> bool:
    """Whether the folded text's [start, end) (*original* as written, *following* the text as
    written after it) reads as a place name; a *homograph* (a name that is also an everyday word,
    seeds/homographs.csv) needs at least a preposition before it, the proclitic ب too ("بتدمر";
    "تدمر الغارات" is a verb). A name that *heads* its line (``at_line_head``: "كركي لكي: سيارة …") is
    introduced as a place as a place word would (rule "heads"). A village the post hashtags somewhere (*tagged*)
    needs a preposition at most, as a town does (rule "hashtags"). *preceding* is the text as written before it. In a
    text written in *small_letters* (``caseless``) a Latin name needs no capital (rule "capitalised").

    >>> looks_like_place("outskirts of sherwan mazin", 21, 26, "Mazin", (), frozenset({"prefix"}),
    ...                  preceding="the outskirts of Sherwan ")
    False
    """
    key = folded[start:end]
    if _CUE_WORD.fullmatch(key):     # "قرية" (village), "near": words that introduce places are none
        return False
    if _PREPOSITION_AS_WRITTEN.fullmatch(original):
        return False
    if "settlement" in rules and VILLAGE_WORD.match(key) and _COUNTED_BEFORE.search(folded, max(0, start - 12), start):
        return False   # a counted settlement word opens no name ("800 قرية على الشريط": 800 villages on the strip)
    if "settlement" in rules and _SETTLEMENT_DUAL.fullmatch(key) and (
            not _ARABIC_ARTICLE_OPENS.match(original) or _two_named_before(folded, start, key)):
        return False
    if _IDIOM.match(folded, start):
        return False
    if _DESCRIBES_SETTLEMENT.fullmatch(key) and _DESCRIBED_AREA_BEFORE.search(folded, max(0, start - 12), start):
        return False   # "في منطقة جبلية شرق مدينة عقرة" describes an area placed by the town: no village Al Jabaliyah
    if "prefix" in rules and (_NAME_PREFIX.search(folded, max(0, start - 9), start)   # "Kafr Dael" is no Daal
                              or (_FIRST_WORDS.fullmatch(key) and _NAME_GOES_ON.match(following))
                              or (_ARABIC_HEAD_END.search(original) and _ARABIC_NAME_GOES_ON.match(following))
                              or _INTRODUCED_WITH.match(following) or _ENDS_INTRODUCED.search(preceding)
                              or (_ARTICLE_GOES_ON.match(following) and candidates
                                  and all(p.kind == "village" and not p.curated for p in candidates))):
        return False
    script = _script(key)
    if "nisba" in rules and script == "latin" and (preceding.endswith("l-") or _ARTICLE_OPENS.match(original)) \
            and _NISBA_BEFORE.search(preceding):
        return False
    if "capitalised" in rules and script == "latin" and not any(w[:1].isupper() for w in re.split(r"[\s-]", original)) \
            and not _LOWER_CASE_AREA.match(following) and not small_letters:
        return False
    if "capitalised" in rules and _PREPOSITION_AS_ARTICLE.match(original):
        return False    # "a PMF position at Tall al-Qaim": the preposition, not the article of "At Tall"
    level = max(cue_needed(key, candidates, rules), int(homograph))
    if tagged and level == 2 and "hashtags" in rules and key not in STOPLIST:
        level = 1
    if not level or (heads and "heads" in rules and level <= 2 and key not in STOPLIST):
        return True
    if level <= 2 and "checkpoints" in rules and key not in STOPLIST \
            and _CHECKPOINT_BEFORE.search(folded, max(0, start - 8), start):
        return True   # a town's or a village's checkpoint places it as a place word would
    if "marks" in rules and level <= 2 and key not in STOPLIST and (
            _MARK_BEFORE.search(folded, max(0, start - 2), start) or _MARK_AFTER.match(folded[end:end + 3])):
        return True
    if homograph and folded[start - 1:start] == "ب":
        return True
    if level <= 2 and "heads" in rules and key not in STOPLIST and _DISTRICT_LABEL_AFTER.match(following):
        return True   # "بالنده، قضاء ميركسور", "Girik, Zakho district": the district labelling it says it is a place
    hashtag = folded[start - 1:start] == "#"
    if hashtag and level == 1:   # a channel's hashtag is a name ("قرب #حديثة", "#Hajin"), worth a preposition
        return True
    before = folded[max(0, start - 30):start - hashtag]
    before = before if before.endswith(" ") else before + " "
    if "article" in rules and script == "latin":   # "bombing on al-Houla": the article is the name's, the cue before it
        before = _ARTICLE_BEFORE.sub("", before)
    return (bool(_CUES[script, level].search(before)) or (level == 1 and bool(_CUE_AFTER.match(folded[end:end + 28])))
            # (a road's first end, introduced by the road as by "village": "the Simele–Zakho road")
            or (level == 1 and bool(_ROAD_FIRST_AFTER.match(following)))
            or (level <= 2 and "tribes" in rules and bool(_TRIBE_HOME.search(before)))
            or (level == 1 and "verbs" in rules and bool(_VERB_CUE.search(before)))
            or ("lists" in rules and bool(_LIST_CUE.search(folded[max(0, start - 120):start])))
            # (an everyday word needs its own place word: "the countryside of Hama and Shahid in Daraa" is a martyr; so
            # does a homograph: "… جنوب شرق قامشلو وتدمر أجزاء منها" destroys, it names no Palmyra)
            or ("coordinated" in rules and key not in STOPLIST and not homograph and bool(_COORDINATED[script, level].search(
                folded[max(0, start - 90):start].rstrip() + " "))))


# ------------------------------------------------------------------ which place is the strike's
# The Arabic strike verb "to reach" ("قصف مدفعي يطال قرية X", "طالت القذائف بلدة X"): a strike verb as يستهدف is, that
# ends the words before the place it names (NEAR, _ROLE_BEFORE)
REACHES = r"يطال|تطال|طال|طالت"
# "near X", "north of the town of X", "the road leading to X", "the surroundings of X", "the edge of X", "the farmland of X", "the
# frontlines of X", "Mount X", "جبال X" (the
# mountains named after it), "مزارع قرية X" (the village's farms); not "near a roundabout in
# X", "قرب دوار في مدينة X": what lies in X is in it; nor "the countryside of Homs and on X": a preposition between anchors X anew
# ("بريف X", "وقرب X": the Arabic words behind a proclitic too)
NEAR = compile_alternation(r"(?:\b(?:near|outskirts of|outside|north|south|east|west|around|countryside|desert|vicinity of|mount"
                  r"|surroundings of|suburbs of|environs of|edges? of|farmland of|fields of|farms of|orchards of|road (?:leading )?to"
                  # the front line at a town, as "محور X", "جبهة X": "on the frontlines of Ain Issa"
                  r"|front ?lines? of|frontlines? (?:near|around)"
                  # one of the villages in a town's or sub-district's land, unnamed: "in a village of Al-Sour", "one of
                  # the villages of Hajin", "في إحدى قرى بلدة الشحيل" (not "the village of X", the village named X)
                  r"|a (?:small )?village of|one of (?:the|its) villages of"
                  # an unnamed village in an area, "a village in Zakho", "قرية في زاخو": a village of it, not the town
                  r"|a (?:small |border )?village in|(?:^|\s)[وفب]{0,2}قريه (?:حدوديه )?في"
                  # the sky over a place, where a drone was downed: "in the sky of X", "في سماء قرية X", "في أجواء X"
                  r"|sky (?:of|over)|skies (?:of|over)|airspace (?:of|over)"
                  # a river island off a town: "a small island in the Euphrates off X"
                  r"|islands? (?:(?:in|on) the \w+ )?off)"
                  # "across the Euphrates from X", "opposite X", "مقابل X": the area across from X (vocabulary.ACROSS_FROM)
                  rf"|(?:{ACROSS_FROM})"
                  r"|\bnezi"   # Kurmanji's near ("li nêzî gundê X"), folded
                  # Arabizi's near, outskirts, road and surroundings ("2orb X", "3a tariq X", "mo7eet qaryet X")
                  r"|\b(?:qurb|qorb|qrb|atraf|tariq|moheet|mohit|muhit|mheet)\b"
                  r"|(?:^|\s)[وفب]{0,2}(?:نزيك|قرب|قرب من|احدي قري|محيط|اطراف|ضواحي|ريف|باديه|صحراء|جبل|جبال|سفوح|وادي|سهل|تلال|تله|هضبه|جزيره|مرتفعات|قمه|قمم|محور|جبهه|مخيم"
                  # (a road named by the village it leads to is beside it: "على طريق قرية X", "الطريق الواصل إلى قرية X")
                  r"|طريق مودي|(?:ال)?طريق(?: \S+){0,2} قريه"
                  r"|مزارع|حقول|حقل|بساتين|اراضي|سماء|اجواء"
                  r"|شمال|جنوب|شرق"
                  r"|غرب))\w*(?: of)?"
                  # (a strike verb between ends the phrase: "from the southern bank … يستهدف بلدة X" is at X)
                  r"(?:(?: (?!(?:in|inside|within|on|at|في|داخل|وسط|علي|targeted|struck|shelled|hit|pounded"
                  rf"|يستهدف|تستهدف|استهدف|استهدفت|يقصف|تقصف|قصفت|{REACHES})\b)\w+){{0,4}}"
                  # (or a settlement the words describe: "near the Kurdish-held town of X", "near the Turkish-controlled
                  # border town of X")
                  r"| the(?: \w+){1,4} (?:town|city|village|hamlet) of) (?:# )?$")   # "قرب #عامودا": a hashtag too
# "south of X", "جنوبي X": X is the reference point, not where the strike was; so is the town across the border
# ("across the border from Al-Qaim", "opposite Syria's Al-Yarubiyah", "مقابل مدينة القائم")
# (and its settlement word after a few words that qualify it: "west of the north-eastern Syrian town of X")
_DIRECTION = compile_alternation(r"(?:(?:(?:north|south|east|west)(?:ern)? of|(?:شمال|جنوب|شرق|غرب)\w*)(?: \w+)?"
                        r"|\b(?:north|south|east|west)(?:ern)? of the(?: \w+){0,3} (?:town|city|village|hamlet) of"
                        rf"|(?:{ACROSS_FROM})(?: \w+){{0,3}}) $")
# A direction that qualifies a part of the place is at it, no reference point: "المدخل الشرقي لمدينة X" (its
# eastern entrance), "الحي الشمالي لX", "the eastern entrance of X" (the English never matches _DIRECTION)
_PART_DIRECTION = re.compile(r"(?:^|\s)(?:مدخل|مداخل|حي|احياء|اطراف|طرف|جهه|قسم|جانب|بوابه|مخرج) "
                             r"(?:شمال|جنوب|شرق|غرب)\w*(?: \w+)? $")


# A city's neighbourhoods named by their side are inside it, the city itself (ACLED codes a neighbourhood at its
# city, precision 1), unlike "east of the city": "the eastern neighbourhood of Manbij city", "the eastern part of
# Raqqa city", "الحي الشرقي لمدينة منبج", "الأحياء الشرقية لمدينة الرقة" (folded text before the city's name)
_INSIDE_BY_DIRECTION = re.compile(r"\b(?:north|south|east|west)(?:ern)? (?:neighbou?rhoods?|parts?|quarters?|sections?) of"
                                  r"(?: the)?(?: city of)? $"
                                  r"|(?:^|\s)(?:حي|احياء|قسم|اقسام|جزء) (?:شمال|جنوب|شرق|غرب)\w* (?:ل|من )?(?:مدينه )?$")


# A reference point by a direction this close after a name places that name ("the X area east of Y", "X, 10 km north of Y")
_PLACED_WITHIN = 40


# How far before a reference point its direction may begin: "west of the north-eastern Syrian town of X"
_BEARING_WIDTH = 60


def off_by_direction(doc: Document, start: int) -> bool:
    """Whether the folded words before the place at *start* make it a reference point by a direction ("south of X",
    "جنوب غربي X", "west of the north-eastern Syrian town of X": a window as wide as that), not a part of it
    ("المدخل الشرقي لمدينة X")."""
    # (once per document: the steps that locate a strike ask it of the same mention again and again, 9 times in 10)
    return doc.once(_direction_before, doc.before(start, _BEARING_WIDTH))


def _direction_before(before: str) -> bool:
    """Whether the folded words *before* a name end in a direction that makes it a reference point (``off_by_direction``)."""
    return bool(_DIRECTION.search(before)) and not _PART_DIRECTION.search(before)


def _bearing_references(doc: Document, beside: dict[str, list[Match]],
                        resolved: dict[str, tuple[Place | None, int | None]]) -> dict[str, set[str]]:
    """The names of a strike's sentences that are the reference point of the name right before them, "X, <bearing>
    of Y" (``off_by_direction``), each with the names it so places: a village, town or sub-district (not a
    governorate) within NEARBY_KM of it, in a sentence that names Y no sooner otherwise. *beside*: each name's mentions in the
    strike's sentences.

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("The strike hit tankers near the village of Sukkariyah, south-east of Albu Kamal.")
    >>> village = Place("As Sukkariyah", (), 34.47, 40.91, "Syria", "Deir ez-Zor", "village")
    >>> town = Place("Boukamal", (), 34.45, 40.92, "Syria", "Deir ez-Zor", "city")
    >>> beside = {"sukkariyah": [Match("places", "Sukkariyah", "Sukkariyah", 43, 53)],
    ...           "albu kamal": [Match("places", "Albu Kamal", "Albu Kamal", 69, 79)]}
    >>> _bearing_references(doc, beside, {"sukkariyah": (village, 1), "albu kamal": (town, 1)})
    {'albu kamal': {'sukkariyah'}}
    """
    named = sorted((m.end, key) for key, found in beside.items() for m in found)
    references: dict[str, set[str]] = {}
    for key, found in beside.items():
        for m in found:
            # (not a town its sentence names before as struck itself: "a car in the centre of Sinjar, while another
            # drone shelled a house in Karsi, north of Mount Sinjar" tells two places)
            if resolved[key][0] is None or not off_by_direction(doc, m.start) or any(
                    o.start < m.start and doc.sentence_of(o.start) == doc.sentence_of(m.start)
                    and not off_by_direction(doc, o.start) for o in found):
                continue
            # (the name right before the bearing, in its sentence)
            end, other = max(((end, other) for end, other in named if end <= m.start), default=(None, None))
            if other in (None, key) or m.start - end > _BEARING_WIDTH or doc.sentence_of(end - 1) != doc.sentence_of(m.start):
                continue
            place, precision = resolved[other]
            if place is not None and precision is not None and precision < 3 \
                    and haversine(place.point, resolved[key][0].point) <= NEARBY_KM:
                references.setdefault(key, set()).add(other)
    return references


# "the eastern Syrian town of X", "the north-eastern town of X": a direction that describes the settlement, not where
# the strike lies from it (folded text before the name)
_DESCRIBED_BY_DIRECTION = re.compile(r"\bthe (?:(?:north|south) )?(?:north|south|east|west)(?:ern)?(?: \w+){0,2}"
                                     r" (?:town|city|village|hamlet) of $")


def near_before(doc: Document, start: int) -> bool:
    """Whether the words before the name at *start* place the strike around it (``NEAR``: "near X", "the outskirts of
    X", "ريف X"), a direction that only describes the settlement aside (read past: what comes before it counts).

    >>> doc = Document.of("A drone hit a car in the eastern Syrian town of Amuda, then west of the eastern town of Amuda.")
    >>> near_before(doc, 48), near_before(doc, 88)
    (False, True)

    A name's other name in brackets keeps the words before the first ("the desert south of Şedadê (Al-Shaddadi)"):

    >>> doc = Document.of("in the desert south of Şedadê (Al-Shaddadi), and in Amuda (Amude)")
    >>> near_before(doc, 34), near_before(doc, 59)
    (True, False)
    """
    before = _OPEN_BRACKET.sub(" ", doc.before(start))
    described = _DESCRIBED_BY_DIRECTION.search(before)
    if described is None:
        return bool(NEAR.search(before)) or _near_list(doc, start)
    wider = _OPEN_BRACKET.sub(" ", doc.before(start, 40 + len(described.group())))
    return bool(NEAR.search(wider[:len(wider) - len(described.group())]))


# A name of a list and what ends it (folded): "derhol, ", "jorja and ", "tal barqa, and "
_LIST_ITEM_BEFORE = [re.compile(rf"(?:^|\s)[^\s,.;:()]+(?: [^\s,.;:()]+){{{words}}}(,|,? and|,? or) $") for words in range(3)]
_NAME_IN_LIST = re.compile(r"(?:[^\s,.;:()]+ ){0,2}[^\s,.;:()]+(?:,|,? and|,? or) ")


def _near_list(doc: Document, start: int) -> bool:
    """Whether the name at *start* is a later name of a list the words before its first name place around ("near Derhol,
    Jorja and Klachin villages": each of the three, as "near Derhol and Jorja" places both); a list has an "and" or
    "or" ("near Kobani, Aleppo" is a label).

    >>> doc = Document.of("Jets struck near Derhol, Jorja and Klachin villages.")
    >>> _near_list(doc, 25), _near_list(doc, 35)
    (True, True)
    """
    before = doc.before(start, 90)
    after = doc.fold(start, start + 40)
    joined = bool(_NAME_IN_LIST.match(after)) and " and " in after
    for _ in range(4):
        item = next((found for pattern in _LIST_ITEM_BEFORE if (found := pattern.search(before))), None)
        if item is None:
            return False
        joined = joined or item.group(1) != ","
        before = before[:item.start()].rstrip() + " "
        if joined and NEAR.search(before):
            return True
    return False


# The bracket a name's other name opens with, its article aside (folded: "şedadê (al-"): the words before the first
# name are the second's too (NEAR reads the first name as one of the words it allows before a place)
_OPEN_BRACKET = re.compile(r" \((?: ?(?:al|an|ar|as|ad|at|az|el))? $")


# "villages west of X", "قرى غرب X": the area X places by a direction; "shelling on the north of Homs": the part
# of X a round-up's clause names (not "to the north of X", a reference)
_AREA_BY_DIRECTION = re.compile(r"(?:(?:villages|towns|hamlets|areas|قري|بلدات|مناطق) "
                                r"(?:(?:north|south|east|west)(?:ern)? of|(?:شمال|جنوب|شرق|غرب)\w*)"
                                r"|(?<!\bto )\bthe (?:north|south|east|west) of) $")


class Located(NamedTuple):
    """Where a strike was: the place (a village, or its district or governorate when the
    name is ambiguous), its ACLED geo_precision, the evidence for it, and for an area the part
    of it the text names (``said_direction``: "west" of "ريف دير الزور الغربي")."""

    place: Place | None = None
    precision: int | None = None
    evidence: tuple[dict, ...] = ()
    direction: str | None = None
    outskirts: bool = False   # an area named as a village's, town's or city's edge ("the outskirts of X", "أطراف X")
    unit: str | None = None   # "district": the unit a settlement's name labels ("the X district", "قضاء X")


# "the outskirts of X", "the western edge of X", "X's outskirts", "أطراف مدينة X", "الأطراف الغربية لبلدة X", "ضواحي X"
# (folded text before the name, raw text after it): the settlement's edge, not the land around it nor its district
_OUTSKIRTS_BEFORE = re.compile(r"\b(?:outskirts|outskirt|edges?|fringes?|suburbs)(?: of)?(?: the)?"
                               r"(?: (?:town|city|village) of)?(?: the)? $"
                               r"|(?:^|\s)[وفب]{0,2}(?:اطراف|طرف|ضواحي|مشارف)(?: \S+)?(?: (?:ل|من )?(?:مدينه|بلده|قريه))? ?$")
_SETTLEMENTS = frozenset({"village", "town", "city"})
# A crossing, plant, base or island named after the town or village it lies at or by ("معبر الصالحية النهري", "منفذ
# X", "قاعدة الحبانية", "the Al-Shuhail crossing", "the Suwaydiyah gas plant", "the X airfield"): the town's area (2),
# not the town; a border crossing the gazetteer has at that town is the crossing itself (``_crossing_at``)
_FACILITY_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:(معبر|منفذ)|قاعده)(?: \S+)? $")
_FACILITY_AFTER = re.compile(r"\s*(?:((?:border\s+|river\s+|ferry\s+)?crossing)|(?:(?:oil|gas)\s+)?(?:plant|facility)"
                             r"|(?:air\s*)?base|airfield|island)\b", re.IGNORECASE)


def _facility_of(doc: Document, mention: Match) -> str | None:
    """"crossing" when *mention* names a crossing after its town ("معبر X", "منفذ X", "the X crossing"), "facility" when
    it names a plant, base or island so, else None."""
    before = _FACILITY_BEFORE.search(doc.before(mention.start, 20))
    after = _FACILITY_AFTER.match(doc.text, mention.end)
    if before is None and after is None:
        return None
    return "crossing" if (before and before.group(1)) or (after and after.group(1)) else "facility"


def _crossing_at(place: Place, lexicon: Lexicon) -> Place | None:
    """The border crossing of *place*'s governorate within CLOSE_KM of it (the crossing named by its town), else None."""
    return next((p for p in lexicon.area_places.get(place.admin1, ())
                 if p.kind == "border_crossing" and haversine(p.point, place.point) <= CLOSE_KM), None)
_OUTSKIRTS_AFTER = re.compile(r"(?:['’]s)?\s*(?:outskirts|suburbs|edges?)\b", re.IGNORECASE)


# The part of an area a text names (folded text): "eastern Deir ez-Zor", "the western countryside of
# X", "north-east of X", "X's northern countryside"; "غربي X", "الريف الغربي لX", "ريف X الغربي",
# "بادية X الشرقية", "ريف X الشمالي الشرقي"; through the possessive of the country or governorate that holds the
# place: "north of Iraq's Sinjar", "west of Syria's Hasakah"
_COMPASS = r"(?:(north|south)(?: ?(east|west))?|(east|west))(?:ern)?"
_COMPASS_AR = r"(?:(شمال|جنوب)(?:ي|يه)?(?: (شرق|غرب)(?:ي|يه)?)?|(شرق|غرب)(?:ي|يه)?)"
_DIRECTION_BEFORE = re.compile(
    rf"(?:\b{_COMPASS}(?: (?:countryside|part|parts|desert|outskirts|side|suburbs|reaches))?(?: of)?(?: the)?"
    r"(?: (?:countryside|province|governorate|desert) of)?(?: the)?"
    rf"|\b{_COMPASS} of(?: the)? \w+(?: \w+){{0,2}} s"
    rf"|(?:^|\s)[وفب]?(?:(?:ريف|باديه|قسم|جزء|اطراف|ضواحي) )?{_COMPASS_AR}(?: (?:ل|من|لمحافظه|لمدينه|محافظه|مدينه))?) ?$")
# (a direction after a place and before a labelled other place is where the place lies from that one, no part of
# it: "ناحية سنوني شمال قضاء سنجار" is Sinuni, north of Sinjar)
_DIRECTION_AFTER = re.compile(rf"^(?: s {_COMPASS}\b| {_COMPASS_AR}\b(?! (?:قضاء|ناحيه|مدينه|محافظه|بلده|قريه|منطقه)\b))")
_COMPASS_WORDS = {"north": "north", "south": "south", "east": "east", "west": "west",
                  "شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west"}


def said_direction(doc: Document, mentions: list[Match]) -> str | None:
    """The part of an area the text names at *mentions* of it ("north", "west", "north-east"),
    None when it names none or two that differ.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> doc = Document.of("قصف على ريف دير الزور الغربي، وفي بادية دير الزور الشرقية")
    >>> west, east = [m for m in match_watchlists(doc, lexicon) if m.folded == "دير زور"]
    >>> said_direction(doc, [west]), said_direction(doc, [west, east])
    ('west', None)
    """
    found = set()
    for m in mentions:
        before, after = doc.before(m.start), doc.fold(m.end, m.end + 25)
        said = _DIRECTION_BEFORE.search(before) or _DIRECTION_AFTER.match(after)
        if said:
            words = [_COMPASS_WORDS[word] for word in said.groups() if word]
            found.add("-".join(words))
    return found.pop() if len(found) == 1 else None


def locate_strike(doc: Document, matches: list[Match], lexicon: Lexicon, strike_sentences: list[int],
                  hidden: frozenset[Match] = frozenset()) -> Located:
    """The strike's place among the gazetteer matches of *doc*, the strike's in its *strike_sentences*.

    The place beside a strike term, not a mere reference point ("south of X") or a place
    named as background ("after an attack on X"), precise over province, most mentioned,
    first mentioned. Of several places with that name, the one in a district or governorate
    the text names, else in the watched region, else the most salient; when that still
    leaves far-apart places, their common district or governorate (a coarse place beats a
    wrong one). "near X", "10 km east of X", "ريف X": precision 2. The *hidden* mentions (another
    strike's places) are no candidates, yet still name the text's districts and governorates
    ("the mayor of Sinjar district" … "a second drone targeted the village of Khana Sor").
    """
    text, in_sentence = doc.text, doc.sentence_of
    strike = set(strike_sentences)
    mentions: dict[str, list[Match]] = {}
    for match in matches:
        if match.watchlist in lexicon.place_watchlists and match.folded in lexicon.places and match not in hidden:
            mentions.setdefault(match.folded, []).append(match)
    context = {m.folded for m in hidden if m.watchlist in lexicon.place_watchlists and m.folded in lexicon.places}
    # "displaced from X", "fled to X", "X-based", "residents of X": a place named as someone's
    # origin or destination is not where anything struck (several mentions: the others stand)
    if "elsewhere" in lexicon.place_rules:
        theirs = [m for found in mentions.values() for m in found if doc.once_with(someones_place, m, lexicon.place_rules)]
        # (and the reference point that only places such a place: "مصدر محلي في قضاء جومان شمال شرقي أربيل", the
        # source's seat and where that seat lies)
        kept = {key: kept for key, found in mentions.items()
                if (kept := [m for m in found if m not in theirs and not _places_theirs(doc, m, theirs)])}
        mentions = kept
    # a city's quarter named before its city ("في حي الصالحية بمدينة الحسكة"): the city, as ACLED codes a
    # neighbourhood, never a village spelled like the quarter (As Salihiyah, 20 km off)
    quarters = {m for found in mentions.values() for m in found if _quarter_of_named_city(doc, m, mentions)}
    if quarters:
        mentions = {key: kept for key, found in mentions.items() if (kept := [m for m in found if m not in quarters])}
    if not mentions:
        return Located()
    # a town heading another line of a post ("- ديرك: مسيرة تقصف … رميلان") labels that line only: it names no
    # district for this strike's names ("- سري كانيه: قصف … على قرى تل تمر" is no village Tal Tamr of Derik)
    heads = {key for key in {*mentions, *context} if all(
        line_head(text, m) and in_sentence(m.start) not in strike
        for m in matches if m.folded == key and m.watchlist in lexicon.place_watchlists)}
    context -= heads
    named = _named_areas({key: lexicon.places[key] for key in {*mentions, *context} - heads})
    # "قرية الصالحية بريف دير الزور": Qaryat al-Salihiyah is a whole name of Iraq too; where no governorate the
    # text names holds it and one holds the bare name, "قرية" is the name's cue, not part of it
    for key in [key for key in mentions if VILLAGE_WORD.match(key)]:
        bare = VILLAGE_WORD.sub("", key)
        if bare in lexicon.places and village_word_is_cue(lexicon, key, bare, {*mentions, *context} - heads - {key}):
            mentions.setdefault(bare, []).extend(mentions.pop(key))
            named = _named_areas({key: lexicon.places[key] for key in {*mentions, *context} - heads})
    areas = NamedAreas(named)
    resolved = {key: _resolved(doc, key, lexicon, areas) for key in mentions}
    resolved.update({key: (sub, 2) for key, (place, _) in resolved.items() if any(
        _SUBDISTRICT_BEFORE.search(doc.before(m.start, 12)) for m in mentions[key])
        and (sub := namesake_subdistrict(place, lexicon))})
    # another strike's governorate helps choose among same-name places, never rules a name out: "barrel bombs on
    # Daraa city and bombing on al-Houla" (Houla of Homs, its own clause's strike)
    if context:
        own = NamedAreas(_named_areas({key: lexicon.places[key] for key in mentions}))
        resolved.update({key: _resolved(doc, key, lexicon, own)
                         for key, (place, _) in resolved.items() if place is None})
    # … so does a governorate the strike's sentences do not name ("بغداد وأنقرة.." over talks, the strike in the fifth
    # paragraph): a village the strike's own sentences introduce ("قرب قرية X", "near the village of X") that no
    # governorate of theirs rules out stays a place
    unresolved = [key for key, (place, _) in resolved.items() if place is None and any(
        in_sentence(m.start) in strike and (_INTRODUCED_BEFORE.search(doc.before(m.start))
                                            or _ARABIC_VILLAGE_BEFORE.search(doc.before(m.start))) for m in mentions[key])]
    if unresolved:
        striking = NamedAreas(_named_areas({key: lexicon.places[key] for key in mentions
                                            if any(in_sentence(m.start) in strike for m in mentions[key])}))
        resolved.update({key: _resolved(doc, key, lexicon, striking) for key in unresolved})
    # "close to the ancient ruins of Dura Europos in eastern Syria": a village of the other country is a namesake
    resolved.update({key: (None, None) for key, (place, _) in resolved.items() if _abroad(doc, key, place, named)})
    # "ناحية سنوني غرب سنجار": of same-name villages far apart (one in Erbil, one in Ninewa, or two of one
    # governorate, left at it: "Mashuq village in Serêkaniyê countryside"), the one in the district of a place its
    # sentence names (rule "beside")
    if "beside" in lexicon.place_rules:
        for key in [key for key, (place, precision) in resolved.items() if place is None or (
                precision == 3 and place.kind == "governorate" and all(p.kind in _SETTLEMENTS for p in lexicon.places[key]))]:
            sentences = {in_sentence(m.start) for m in mentions[key]}
            districts = {(place.admin1, place.admin2) for other, (place, _) in resolved.items()
                         if other != key and place is not None and place.admin2
                         and sentences & {in_sentence(m.start) for m in mentions[other]}}
            fits = [place for place in lexicon.places[key] if (place.admin1, place.admin2) in districts]
            if len(fits) == 1:
                resolved[key] = (fits[0], fits[0].precision)
    # "Sinjar in the countryside of Idlib and … al-Lataminah": of the governorates a round-up names, the
    # one labelling a name right after it is that name's (rule "bound")
    # A village or town so labelled that the gazetteer has only outside the governorates the text names ("Al
    # Qahtaniya village, Raqqa governorate": the Hasakah town) is unknown there: the label's governorate
    # stands, no wrong village ("X and Y in the countryside of Idlib and Aleppo" may be Y of Aleppo)
    unknown_there: set[str] = set()   # names so labelled that no place of theirs lies there: no guess by "nearby"
    if "bound" in lexicon.place_rules and named["admin1"]:
        for key, (governorate, region) in _bound_governorates(doc, mentions, resolved).items():
            # named by other names, and the label itself (a "Hama" that is also a village of Kirkuk names no
            # governorate alone, yet labels Morek as Hama's); a region's label only its own governorate
            others = {governorate} if region else \
                {area for area, keys in named["admin1"].items() if keys - {key}} | {governorate}
            # (a curated place, a city or a region stands however labelled, in the label's country: "بلدة جديد
            # بكارة بريف دير الزور" names no Gara, Duhok's mountain, read as ب + كارة)
            countries = {name_key(place.country) for place, _ in resolved.values()
                         if place is not None and name_key(place.admin1) == governorate}
            if not any(governorates_of(p, named["admin2"].keys() - named["admin1"].keys()) & others or (((p.curated and not region) or p.kind not in _TOLERANT_KINDS)
                                                          and name_key(p.country) in countries)
                       for p in lexicon.places[key]):
                resolved[key] = (None, None)
                unknown_there.add(key)
            elif len(named["admin1"]) > 1:
                resolved[key] = _resolved(doc, key, lexicon, areas, governorate)
    # "the Rawanduz district of Erbil", "(Aqra, Ninewa)", "rural Deir ez-Zor": names that only
    # label an area stand for that area, and yield to any finer place named beside them
    labels = {key: area for key in mentions if "labels" in lexicon.place_rules and resolved[key][0] is not None
              and (area := doc.once_with(_label_area, tuple(mentions[key]), resolved[key][0], lexicon))}
    if "governorate_list" in lexicon.place_rules:
        labels.update(_governorate_lists(doc, matches, mentions, resolved, lexicon))
    resolved.update(labels)
    # "in Sheikhan district (Ninewa)": a name said to be a district that no district's row spells so (Sheikhan is a
    # village of two other districts: their common governorate) is the district of the text's governorates spelled
    # alike, at its seat (2)
    if "labels" in lexicon.place_rules:
        admin1s = {place.admin1 for place, _ in resolved.values() if place is not None}
        for key in [key for key, (place, _) in resolved.items() if place is not None and place.kind != "district"
                    and lexicon.seats.get((place.admin1, place.admin2)) != place
                    and any(_DISTRICT_WORD_AFTER.match(text[m.end:m.end + 12]) for m in mentions[key])]:
            if district := _district_spelled_alike(key, admin1s, lexicon):
                labels[key] = resolved[key] = _area(district, lexicon)
    # "Hasan Sham (Al-Hamdaniya, Ninewa)", "Sheikhan village (Choman district, Erbil)", "X in the Y district": a name
    # its district labels right after it is a place of that district (rule "bound"), never a namesake elsewhere: the
    # one there, else the one spelled alike there (``_tolerant_place``), else none (the district stands)
    if "bound" in lexicon.place_rules:
        labelling = {key for key in mentions if key in labels or _DISTRICT_WORDS.search(key)}
        # (each with whether it is said as a countryside: "قرية X بريف ناحية Y")
        districts = [(m.start, (resolved[label][0], bool(COUNTRYSIDE_OF.search(doc.before(m.start))
                                                         or _SUBDISTRICT_WORD.search(label))))
                     for label in labelling if resolved[label][1] == 2 for m in mentions[label]]
        for key, ((area, rural), name) in _bound_labels(doc, {key: mentions[key] for key in mentions
                                                              if key not in labelling}, districts, run_on=True).items():
            # a longer name than the one matched ("Hasan Sham": no Hasan), else the name's places there, else the one
            # spelled alike there
            # (not the word village the name is cued by: "قرية تل الهوى، قضاء تلعفر" is Tall al Hawa there)
            longer = _spelled_in(name, area, lexicon) if VILLAGE_WORD.sub("", normalize_term(name)) != key else None
            there = [longer] if longer else [p for p in lexicon.places[key] if (p.admin1, p.admin2) == (
                area.admin1, area.admin2)] or [p for p in [_spelled_in(name, area, lexicon)] if p is not None]
            # (a town and its sub-district's row are one place across a district line the gazetteer draws otherwise:
            # "Bashiqa (Mosul district)" is the town; a curated place, a base or a terrain, is no namesake: "قاعدة
            # عين الأسد الجوية في ناحية البغدادي"; a village of a town's countryside is one within COUNTRYSIDE_KM of it,
            # whichever district the gazetteer files it in: "قرية الدردارة بريف ناحية تل تمر", Ras al-Ayn's in Who's On First;
            # a sub-district's village is one of its seat's countryside: "قرية X التابعة لناحية تل تمر", X filed under
            # Ras al-Ayn 17 km from the town, the gazetteer's line between sub-districts a guess)
            place = resolved[key][0]
            # (but a village or town of the name there is the one labelled, not a namesake of the next district:
            # "قرية دربندوك التابعة لناحية خليفان" is Soran's Derbendok, not Shaqlawa's Darbandawk 10 km off)
            settled = place not in there and any(p.kind in _SETTLEMENTS for p in there)
            if not longer and place is not None and (
                    place.curated and place.kind not in ("governorate", "district")
                    or any(haversine(place.point, p.point) <= SAME_PLACE_KM for p in there) and not settled
                    or (rural and not settled and place.admin1 == area.admin1
                        and haversine(place.point, area.point) <= COUNTRYSIDE_KM)):
                continue
            there = min(there, key=lambda p: p.precision) if there else None
            resolved[key] = (there, there.precision) if there else (None, None)
            unknown_there.add(key)
    if "bearing" in lexicon.place_rules:
        resolved.update(_in_said_part(doc, mentions, resolved, lexicon, labels))
    if "nearby" in lexicon.place_rules:
        # (another strike's town places a village as well as this strike's: "قرى ريف عين عيسى" … "قرية مشيرفة")
        anchors = [*resolved.values(), *(_resolved(doc, key, lexicon, areas) for key in context)]
        # the names unresolved, or resolved to the area their far-apart namesakes share (not a label's area)
        # (not the seat a sub-district's spelling was resolved to, a precise place: _seat_spelled_alike)
        open_keys = {key for key in mentions if key not in labels and resolved[key][0] not in lexicon.places[key]
                     and resolved[key][1] != 1}
        if "namesakes" in lexicon.place_rules:
            open_keys |= {key for key in mentions if key not in labels
                          and _far_namesake(key, resolved, anchors, named, lexicon)}
        open_keys |= {key for key in mentions if key not in labels
                      and _far_from_its_bearing(doc, mentions, key, resolved, lexicon)}
        resolved.update((key, found) for key, found
                        in _nearby(doc, mentions, open_keys, anchors, lexicon, resolved, named).items()
                        if key not in unknown_there)
        resolved.update((key, _area(place, lexicon)) for key in mentions if key not in labels
                        and (place := _in_its_countryside(doc, mentions, key, resolved, lexicon)))
        # (a settlement abroad that the text places by a town of ours is none: the strike stays by the town)
        for key in [key for key in mentions if key not in labels and _placed_abroad(doc, mentions, key, resolved)]:
            resolved[key] = (None, None)
    # (a district named as one labels too: "near Sheladize, in the Amadiya district")
    tolerant = _tolerantly_found(doc, strike, mentions, resolved, lexicon,
                               frozenset(labels) | {key for key in mentions if _DISTRICT_WORDS.search(key)}) \
        if "tolerant" in lexicon.place_rules else []
    # (not another strike's name: "Til Nasrî and Til Baz villages", each a strike of its own)
    tolerant = [(match, place) for match, place in tolerant
                if not any(other.start < match.end and match.start < other.end for other in hidden)]
    for match, place in tolerant:
        mentions[match.folded] = [match]
        # (labelled as found: "the Al-Rummaneh sub-district of Anbar" is Ar Rummanah's sub-district, no village)
        area = "labels" in lexicon.place_rules and doc.once_with(_label_area, (match,), place, lexicon)
        if area:
            labels[match.folded] = area
        resolved[match.folded] = area or (place, place.precision)

    # (the tests below are pure functions of a name once its places are resolved: each computed once per name)
    @doc.memoized
    def beside(key):
        return [m for m in mentions[key] if in_sentence(m.start) in strike]

    # "Deir ez-Zor: a drone struck a car in Dhiban", "ريف دير الزور | قصف على الباغوز": the
    # governorate's namesake city labels the area when a finer place of that governorate
    # is named beside the strike; the strike is at the finer place (ACLED's most specific).
    # (a road's end is no finer place: "the Raqqa-Tabqa road" keeps Raqqa the strike's)
    finer_admin1s = {name_key(resolved[key][0].admin1) for key in mentions
                     if resolved[key][0] is not None and resolved[key][1] < 3 and not is_namesake(resolved[key][0])
                     and any(not (first_end(doc, m) or second_end(doc, m)) for m in beside(key))}

    # (a namesake named as a road's end and again as the label, "on the Deir ez-Zor-Albukamal road near Al-Ashara
    # (Al-Mayadin, Deir-ez-Zor)", labels: the road is a reference point, the finer place the strike's; so is a road
    # to "Raqqa city": "near Maadan in rural Raqqa … the road between Maadan and Raqqa city" says no strike there)
    @doc.memoized
    def labels_area(key):
        place = resolved[key][0]
        ends = [first_end(doc, m) for m in mentions[key]]
        return ((is_namesake(place) and name_key(place.admin1) in finer_admin1s and not all(ends)
                 or seat_labels(key) and not any(ends))
                and not any(says_city(doc, m) for m in mentions[key] if not (first_end(doc, m) or second_end(doc, m))))

    # "سري كانيه: قصف مدفعي … على قرى تل تمر", "#البوكمال | سيارة تنفجر … على طريق #الباغوز", "#كوباني" over
    # "مسيرة تقصف منزلاً في قرية زور مغار": a post's line head (or place line) files the line under an area (where
    # the channel's news is from, where the shelling came from); a place of that governorate the line itself names
    # is the strike's (not one a road leads "to")
    # (not a line of a place and its district alone, "Girê Reş – Derik": its head is the place, the district its label)
    def head(m):
        return (line_head(text, m) and district_line(text, m.start) is None) or place_line(text, m.start)

    @doc.memoized
    def heads_line(key):   # (its other mentions only a reference point: "#كوباني" … "غربي كوباني")
        found = [m for m in beside(key) if not _DIRECTION.search(doc.before(m.start))]
        return bool(found) and all(head(m) for m in found) and any(
            other != key and resolved[other][0] is not None and resolved[other][0].admin1 == resolved[key][0].admin1
            and any(in_sentence(o.start) == in_sentence(m.start) and not head(o)
                    and not TOWARDS.search(doc.before(o.start)) for o in beside(other) for m in found)
            for other in mentions)

    # "… bombed the outskirts of Sidakan subdistrict, no casualties so far #KRG #Soran": the tags that close a post
    # file it under an area, as a line head does; a place of that governorate the post's words name beside the strike
    # is the strike's
    @doc.memoized
    def tags_post(key):
        found = beside(key)
        return bool(found) and all(closing_hashtag(text, m.start) for m in found) and any(
            other != key and resolved[other][0] is not None and resolved[other][0].admin1 == resolved[key][0].admin1
            and any(not closing_hashtag(text, o.start) for o in beside(other)) for other in mentions)

    # "Turkish shelling kills farmer in Zakho" over "… on the outskirts of Batifa in Zakho district": a district's
    # seat named only in sentences apart from a finer place of its district (or as its reference point), in one
    # strike's sentences, labels the district; the strike is at the finer place (not at a landmark of the town itself: "the road to the Qamishli
    # airport", SEAT_SURROUNDINGS_KM off, is the town's)
    # "an officer from Latakia … killed in Damascus", "shells fired from X hit Y": where someone or something
    # came from yields to where it happened (rule "origin")
    @doc.memoized
    def origin(key):
        village = resolved[key][0] is not None and resolved[key][0].kind == "village"
        return "origin" in lexicon.place_rules and all(
            _FROM.search(before := doc.before(m.start)) and not (village and _ROAD_TO.search(before)) for m in mentions[key])

    @doc.memoized
    def seat_labels(key):
        place = resolved[key][0]
        # (a mention as the reference point of a finer place's sentence, "Tal Hamis, 35 km south-east of Qamishli",
        # names the seat apart from it too)
        sentences = {in_sentence(m.start) for m in mentions[key] if not off_by_direction(doc, m.start)}
        # (and the seat among the tags closing a post beside its village's tag, whichever comes first: "#Derik #Qaysariyah")
        tags = all(closing_hashtag(text, m.start) for m in mentions[key])
        return lexicon.seats.get((place.admin1, place.admin2)) == place and any(
            (finer := resolved[other][0]) is not None and finer != place and resolved[other][1] < 3 and beside(other)
            and not origin(other)   # (a road's end or where fire came from is no finer strike place)
            and (finer.admin1, finer.admin2) == (place.admin1, place.admin2)
            and (haversine(finer.point, place.point) > SEAT_SURROUNDINGS_KM or finer.kind == "village")
            and (not sentences & {in_sentence(m.start) for m in mentions[other]}
                 or tags and any(closing_hashtag(text, o.start) for o in mentions[other])) for other in mentions)

    # "#ديرك … قرية قصر الديب بريف ديرك الشمالي", "#عامودا … قرية ديكية بريف عامودا": a town a post hashtags (or
    # heads a line with) and otherwise names only as the countryside a place of its governorate lies in labels that
    # area; the strike is at the place (rule "countryside")
    @doc.memoized
    def countryside_of(key):
        place, found = resolved[key][0], beside(key)
        # (the tags closing a post stand apart from its sentences: "… derik countryside, 2 killed. #Derik #Rojava")
        # (a head naming the town's area is both: "ريف تل أبيض الغربي ⬅️ … بقرية X", "Tal Tamr front 🔴 … X village")
        tagged = [m for m in mentions[key] if head(m) or post_hashtag(text, m.start) or area_head(text, m)]
        if "countryside" not in lexicon.place_rules or not tagged:
            return False
        rural = [m for m in found if COUNTRYSIDE_OF.search(doc.before(m.start)) or COUNTRYSIDE_AFTER.match(text, m.end)
                 or area_head(text, m)]
        if not rural or not all(m in rural or m in tagged for m in found):
            return False
        # (a village of the town's own district is in its countryside however far: Kundak, 30.3 km from Derik)
        finer = {in_sentence(o.start) for other in mentions if other != key and resolved[other][0] is not None
                 and resolved[other][1] == 1 and resolved[other][0].admin1 == place.admin1
                 and (haversine(resolved[other][0].point, place.point) <= COUNTRYSIDE_KM
                      or resolved[other][0].admin2 == place.admin2) for o in beside(other)}
        # (every "ريف X" of the strike's sentences beside such a place: a headline's "قصف على ريف X" alone stays X's)
        return all(in_sentence(m.start) in finer for m in rural)

    # "ناحية سيدكان بقضاء سوران", "منطقة الباغوز في ريف البوكمال": a district named as an area (its seat's
    # district or countryside) holds the finer area of that district named in the same sentence, which is
    # the strike's (rule "nested"; a finer place at precision 1 wins as it is, unless named only as the point the
    # strike is placed from: "north of Al-Haqlaniyah, Haditha district" is around that village, not the district)
    def holds(key, other):
        outer, inner = resolved[key][0], resolved[other][0]
        return (other != key and inner is not None and inner != outer and (resolved[other][1] == 2 or all(
                    off_by_direction(doc, m.start) for m in beside(other)))
                and (inner.admin1, inner.admin2) == (outer.admin1, outer.admin2) and beside(other)
                and {in_sentence(m.start) for m in mentions[key]} & {in_sentence(m.start) for m in mentions[other]})

    nested = {key for key in mentions if "nested" in lexicon.place_rules
              and _names_district(doc, key, mentions[key], resolved[key], lexicon)
              and any(holds(key, other) for other in mentions)}

    # "a drone struck a car in the Bradost area near Biraka", "في منطقة متينا قرب قرية X": a terrain region the strike was
    # in labels the village of its district named right after it as near it, the finer place and the strike's (not the
    # region struck, "jets struck the Asos mountains near Mawat", nor one of two struck, "جبل كارة ومحيط ناحية باميرني")
    # (so does a town named as the land around it, "in the Hatra desert near Al-Amiyan", "في بادية الحضر قرب قرية
    # العميان": its desert or area, the village near which the strike was its place)
    def land_of(key, o):
        return resolved[key][0].kind == "region" or resolved[key][0].kind in _SETTLEMENTS and bool(
            _AREA_AFTER.match(text, o.end) or _LAND_OF_BEFORE.search(doc.before(o.start)))

    terrain = {key for key in mentions if resolved[key][0] is not None and any(
        other != key and (inner := resolved[other][0]) is not None and inner.kind == "village"
        and inner != resolved[key][0] and (inner.admin1, inner.admin2) == (resolved[key][0].admin1, resolved[key][0].admin2)
        and any(land_of(key, o) and _IN_TERRAIN_BEFORE.search(doc.before(o.start))
                and _TERRAIN_NEAR_BETWEEN.match(doc.fold(o.end, m.start)) for o in beside(key) for m in beside(other))
        for other in mentions)}

    # "after the strikes on Hama, Jarrah and Masyaf, …": the names of a background list are background, every one
    background = {m.start for found in mentions.values() for m in found if BACKGROUND_BEFORE.search(doc.before(m.start, 60))}
    if "background_list" in lexicon.place_rules:
        for run in _lists(text, sorted((m for found in mentions.values() for m in found), key=lambda m: m.start)):
            cued = [n for n, m in enumerate(run) if m.start in background]
            background |= {m.start for m in run[cued[0]:]} if cued else set()

    # "… on the road between Sinjar and Sinuni. [coded to Sinuni]": the coder's tag names the event's place
    @doc.memoized
    def coded_to(key):
        return any(_CODED_TO.search(doc.before(m.start)) for m in mentions[key])

    def labelled_village(m):
        # (the word may be the name's own: "قرية السادة" matched whole, its mentions the bare name's, as above)
        worded = _ARABIC_VILLAGE_BEFORE.search(doc.before(m.start)) or VILLAGE_WORD.match(m.folded)
        return any(m.end < o.start <= m.end + 45 and (
            worded and _LABELLED_BY_TOWN_BETWEEN.match(doc.fold(m.end, o.start))
            or _VILLAGE_LABELLED_BETWEEN.match(doc.fold(m.end, o.start))) for found in mentions.values() for o in found) or (
            worded and bool(_BY_THE_TOWN_AFTER.match(doc.fold(m.end, m.end + 40))))

    # (a mention that only places the name right before it, "the Abu Rasin area east of Ras al-Ayn city", "X, 10 km
    # north of Y", counts for nothing in rank's tie-break; "a village south of Idlib" places no name: Idlib's area)
    name_ends = [o.end for found in mentions.values() for o in found]

    def placed(found):
        return sum(not (off_by_direction(doc, m.start) and any(m.start - _PLACED_WITHIN < end < m.start for end in name_ends))
                   for m in found)

    # "near the village of Sukkariyah, south-east of Albu Kamal", "في ناحية وانة شمالي الموصل": a place a strike
    # sentence places by its bearing from a town is the strike's, the town only its reference point, however often
    # the headline or the background name the town ("Who is bombing the fuel smugglers of Albu Kamal?"); a
    # sub-district so placed does not yield to it as a label yields to a finer place (key -> the names it places)
    references = _bearing_references(doc, {key: beside(key) for key in mentions}, resolved)

    passed = {key for key in mentions if resolved[key][0] is not None and resolved[key][0].kind in _SETTLEMENTS and any(
        not (first_end(doc, m) or second_end(doc, m)) and near_before(doc, m.start)
        and (_INTRODUCED_BEFORE.search(doc.before(m.start)) or _ARABIC_VILLAGE_BEFORE.search(doc.before(m.start)))
        for m in beside(key))}

    # "Helicopters hit snipers in east Mosul … in the Faisaliya neighbourhood of eastern Mosul": a city whose quarter
    # the gazetteer knows and the strike's sentences name beside it yields to that quarter, however often the headline
    # repeats the city (ACLED's most specific place)
    def quarter_named(key):
        city = resolved[key][0]
        return city.kind in _SETTLEMENTS and any(
            other != key and (quarter := resolved[other][0]) is not None and quarter.kind == "neighbourhood"
            and resolved[other][1] == 1 and quarter.admin1 == city.admin1 and beside(other)
            and haversine(quarter.point, city.point) <= SEAT_SURROUNDINGS_KM for other in mentions)

    def rank(key):
        place, precision = resolved[key]
        found = mentions[key]
        # (a road's ends are no strike place beside a village it passes near (*passed*): "على الطريق الواصل بين مدينتي
        # قامشلو وعامودا، قرب قرية X" is X's; the first end is the stretch's otherwise)
        located = [m for m in beside(key) if not off_by_direction(doc, m.start) and not (first_end(doc, m) and passed - {key})
                   and not second_end(doc, m) and m.start not in background]
        # a label yields to a place as fine (or a finer label) of its own governorate, never to a coarser
        # one ("منطقة عكاشات غربي الأنبار" is the Akashat area, not Anbar); beside a place of another
        # governorate (a round-up of two areas) it is a place like the others, coarse but not wrong
        # (a line head is a label too: "Zakho: artillery shelled the villages of Batifa sub-district")
        # (a district's label not to a mere reference point outside it: "ناحية زمار شمال غربي الموصل" is Zummar's, Mosul
        # only says where it lies; "west of Akashat (Rutba district)" is Akashat's)
        # (named in the strike's sentences, nor to a place they do not name: "ناحية بامرني التابعة لقضاء العمادية" is
        # Bamarni's, not the governorate's, though the article's background names the city of Duhok)
        label = labels_area(key) or key in nested or key in terrain or heads_line(key) or countryside_of(key) \
            or tags_post(key) or (key in labels and any(
            resolved[other][0] is not None and resolved[other][0].admin1 == place.admin1
            and (beside(other) or not beside(key))
            and other not in nested and not labels_area(other) and not heads_line(other) and not tags_post(other)
            and key not in references.get(other, ())
            and not (precision < 3 and resolved[other][0].admin2 != place.admin2
                     and all(off_by_direction(doc, m.start) for m in mentions[other]))
            and (resolved[other][1] < precision or (other not in labels and resolved[other][1] == precision))
            for other in resolved if other != key))
        coarse_ok = key in labels and not label
        # "the village of X, 4 km east of Y", "near the village of X in the Y sub-district": the place the strike
        # sentence introduces as a village or town is the strike's, the town beside it its reference or label
        # (not a district so introduced: "Kani Sark, a village of Amadiya district" says whose village it is)
        # (and "X village" of a post headed or tagged by its town: "Tirbespî 🔴 … a farmhouse in Qubeyq village")
        introduced = not _DISTRICT_WORDS.search(key) and any(
            _INTRODUCED_BEFORE.search(doc.before(m.start)) or labelled_village(m) or _VILLAGE_AFTER.match(text, m.end)
            for m in located)
        # (a mention as another place's reference point counts for nothing: "Abu Rasin area east of Ras al-Ayn city,
        # and … wounded in Ras al-Ayn city" is Abu Rasin's, Ras al-Ayn named once beside the strike as Abu Rasin is)
        return (coded_to(key), bool(beside(key)), not label, not origin(key), key not in references,
                precision < 3 or coarse_ok, bool(located),
                introduced, -precision if label else 0, not quarter_named(key),
                precision == place.precision, len(located), placed(beside(key)), placed(found), -found[0].start)

    keys = [key for key in mentions if resolved[key][0] is not None]
    if not keys:
        return Located()
    key = max(keys, key=rank)
    place, precision = resolved[key]
    # "#البصيرة | … في محيط البصيرة", "Deir ez-Zor: … in the eastern Deir ez-Zor countryside": a line's head files the
    # line under its place; the line's own "the surroundings of X", "the outskirts of X" or "X countryside" says where
    # the strike was ("Raqqa: a drone struck a silo on the eastern outskirts of Raqqa city")
    found = beside(key) or mentions[key]
    match = next((m for m in found[1:] if head(found[0]) and (
        _SURROUNDINGS_BEFORE.search(doc.before(m.start)) or _OUTSKIRTS_BEFORE.search(doc.before(m.start))
        or COUNTRYSIDE_OF.search(doc.before(m.start))
        or COUNTRYSIDE_AFTER.match(text, m.end))), found[0])
    if precision == 1 and key not in labels and (
            (near_before(doc, match.start) and not _INSIDE_BY_DIRECTION.search(doc.before(match.start)))
            or _AROUND_AFTER.match(text, match.end)
            or first_end(doc, match) or second_end(doc, match) or (TERRAIN_WORD.match(key) and place.kind == "village")
            or ("around" in lexicon.place_rules and _AREA_AFTER.match(text, match.end))
            or (place.kind in _SETTLEMENTS and _facility_of(doc, match))):
        precision = 2   # "near X", "the outskirts of X", "ريف X": around the place, not in it
    # "معبر تل كوجر", "the Husaybah crossing": a border crossing named by its town is the gazetteer's crossing there
    if precision == 2 and place.kind in _SETTLEMENTS and _facility_of(doc, match) == "crossing" and (
            crossing := _crossing_at(place, lexicon)):
        place, precision = crossing, 1
    # (the name alone of its governorate: beside another place of it, "in Aleppo and more losses in al-Atarib", the
    # text tells the city from that place)
    if precision == 1 and key not in labels and "capital" in lexicon.place_rules and _province_meant(doc, key, place, lexicon) \
            and not any(other != key and p.admin1 == place.admin1 and p.kind != "governorate" for other in {*mentions, *context}
                        for p in ([resolved[other][0]] if other in resolved else lexicon.places[other]) if p is not None):
        place, precision = lexicon.areas[place.admin1, ""], 3
    start, end = doc.spans[in_sentence(match.start)] if doc.spans else (0, len(text))
    return Located(place, precision, ({"kind": "place", "figure": place.name, "sentence": text[start:end]},),
                   said_direction(doc, beside(key) or mentions[key]) if precision > 1 else None,
                   precision == 2 and key not in labels and place.kind in _SETTLEMENTS and bool(
                       _OUTSKIRTS_BEFORE.search(doc.before(match.start)) or _OUTSKIRTS_AFTER.match(text, match.end)),
                   named_unit(doc, key, found) if precision == 2 and place.kind in _SETTLEMENTS else None)


# The word of the unit a settlement's name labels, after it or before it (folded): "the Abu Kamal district", "Rabia
# subdistrict", "قضاء سنجار", "ناحية ربيعة" (not a countryside, a canton or an administration: land of no one unit)
_UNIT_WORD_AFTER = re.compile(r"['’‘`]?\s*(?:(sub-?\s?district|nahiyah?)|(district))\b", re.IGNORECASE)
_UNIT_WORD_BEFORE = re.compile(r"(?:^|\s)(?:ل?(?:(ناحيه)|(قضاء))|(منطقه))\s$")


def named_unit(doc: Document, key: str, mentions: list[Match]) -> str | None:
    """"district" when the name *key* (folded) of a settlement's area says a district, or a mention of it is labelled
    by the word ("in the Abu Kamal district", "قضاء سنجار", "منطقة البوكمال"): the area coded at the seat is the
    district's, which holds its towns (``monitor.incidents``), not the land around the settlement; else None. A
    sub-district ("near Rabia subdistrict", "ناحية ربيعة") stays its seat's land: the fusion reads a seat's kind
    there (the town a sub-district holds no other town beyond its outskirts: Sinjar and "قرب ناحية سنوني").

    >>> from monitor.text.watchlists import Match
    >>> doc = Document.of("drones hit the Abu Kamal district and near Rabia subdistrict")
    >>> named_unit(doc, "abu kamal", [Match("places", "Abu Kamal", "Abu Kamal", 15, 24)])
    'district'
    >>> named_unit(doc, "rabia", [Match("places", "Rabia", "Rabia", 43, 48)]), named_unit(doc, "ناحيه ربيعه", [])
    (None, None)
    """
    if _SUBDISTRICT_WORD.search(key):
        return None
    if _DISTRICT_WORDS.search(key):
        return "district"
    for m in mentions:
        if (found := _UNIT_WORD_AFTER.match(doc.text, m.end) or _UNIT_WORD_BEFORE.search(doc.before(m.start))) \
                and not found.group(1):
            return "district"
    return None


# What says a text is about a city (folded): the word, a capital, a quarter, a street, a square, its centre ("SOHR: drone kills 3
# in Deir Ezzor" says none of it: the province; "in Deir Ezzor city", "al-Joura neighbourhood", "حي الجورة" say it)
IN_A_CITY = re.compile(r"\b(?:city|cities|capital|neighbou?rhoods?|quarters?|downtown|streets?|roundabouts?|squares?"
                       r"|cent(?:re|er) of)\b|(?:^|\s)[وفبل]?(?:ال)?(?:مدينه|مدينتي|عاصمه|حي|احياء|شارع|دوار|ساحه|وسط)(?=\s|$)")


# The cities that seat a government (Syria's, Iraq's, the Kurdistan Region's): their name alone is the city or the
# government it stands for, never the province ("Damascus blamed Israel", "a researcher in Baghdad")
SEATS_OF_GOVERNMENT = frozenset({"Damascus", "Baghdad", "Erbil"})


_GOVERNORATE_WORD = re.compile(r"\s*\b(?:province|governorate)\b\s*|(?:^|\s)محافظ[ةه]\s", re.IGNORECASE)


def _province_meant(doc: Document, key: str, place: Place, lexicon: Lexicon) -> bool:
    """Whether *place*, the strike's place at precision 1 named by the folded *key*, is a governorate's namesake city
    that the text names bare (rule "capital"): *key* spelled as the governorate is (not a landmark standing for the
    city: "جسر السياسية"), nothing in the text says a city (IN_A_CITY), and it seats no government (SEATS_OF_GOVERNMENT).

    >>> from monitor.config import load_config
    >>> from monitor.text import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> raqqa = next(place for place in lexicon.places["raqqa"] if place.kind == "city")
    >>> [_province_meant(Document.of(text), "raqqa", raqqa, lexicon)
    ...  for text in ("drone kills 2 in Raqqa", "drone kills 2 in Raqqa city", "drone kills 2 in a Raqqa neighbourhood")]
    [True, False, False]
    """
    governorate = lexicon.areas.get((place.admin1, ""))
    return is_namesake(place) and place.name not in SEATS_OF_GOVERNMENT and governorate is not None \
        and _folded_spelling_key(key) in {spelling_key(_GOVERNORATE_WORD.sub(" ", name).strip())
                                          for name in (place.admin1, *governorate.variants)} \
        and not IN_A_CITY.search(doc.folded.text)


# "محيط X", "قرب بلدة X", "near X", "the surroundings of X": the land around a settlement (folded, before its name; its
# edge, "the outskirts of X", is an outskirts event's: Located.outskirts)
_SURROUNDINGS_BEFORE = re.compile(r"(?:^|\s)[وفب]{0,2}(?:محيط|قرب|قرب من)(?: (?:ل|من )?(?:مدينه|بلده|قريه))? $"
                                  r"|\b(?:near|around|surroundings of|vicinity of)(?: the)?(?: (?:town|city|village) of)? $")
# (not after ", near": "Abu Hammam, near the town of Hajin" introduces Hajin as the reference of the place before
# it; "a strike near the village of Qaletan" names the strike's own place; the name's article before it, which the
# gazetteer's name leaves out: "near the village of Al-Jishiyah" is Jishiyah's)
# A terrain region the strike was in (folded text before it) and the village near it right after (folded text between):
# "in the Bradost area near X", "في منطقة متينا قرب قرية X" (``locate_strike``'s terrain labels)
_IN_TERRAIN_BEFORE = re.compile(r"\b(?:in|within) (?:the )?$|(?:^|\s)في (?:منطقه |جبال |جبل |وادي |باديه |صحراء? )?$")
_TERRAIN_NEAR_BETWEEN = re.compile(r"^(?: (?:area|region|mountains?|valley|range|desert))?,? (?:near|close to|قرب|بقرب من)"
                                   r"(?: (?:the )?(?:village|town) of| قريه)?(?: the)? ?$")
# "في بادية الحضر", "صحراء القائم", "منطقة X" (folded): a town named as the land around it
_LAND_OF_BEFORE = re.compile(r"(?:^|\s)(?:باديه|صحراء?|منطقه) $")
_INTRODUCED_BEFORE = re.compile(r"(?<!, near )(?<!, near the )\b(?:village|town|hamlet) of (?:the )?(?:a[lnrsdtz] )?$")
# The Arabic introduces the village by its word and labels it by the town whose countryside it lies in, or by the
# town and its direction (folded: "في قرية الدردارة بريف رأس العين", "قرية حطولو جنوب غربي مدينة عامودا"): the
# village is the strike's place, the town its label (not "بين مدينة عامودا وقرية تل حبش", a road's end, nor "قرية
# قريبة من المدينة")
# (or two villages by the dual, "قريتي شركراك وتل دبان الواقعتين شرقي بلدة عين عيسى", each labelled by the town)
# (or by the desert around the town, as by its countryside: "قرب قرية السمة في صحراء القائم")
# … as the English does with the word after the name ("in Mulayhan village in the countryside of Ain Issa", "Tal Jamil
# village, west of Tal Tamr", "Hetirshe village near Amedi", "Kezerceb village affiliated to Derik"; folded text between
# the two names)
_VILLAGE_LABELLED_BETWEEN = re.compile(r"^ (?:village|hamlet),? (?:in the (?:(?:north|south|east|west)\w* )?countryside of"
                                       r"|(?:(?:north|south|east|west)\w*(?:[ -](?:north|south|east|west)\w*)? of)|near"
                                       r"|(?:(?:affiliated|belonging) to|part of)(?: the)?"
                                       r"(?: (?:district|subdistrict) of)?)"
                                       r"(?: the)?(?: (?:town|city) of)? $")
# "Qubeyq village", "Til Elo hamlet": the word after a name that introduces it as a village
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.IGNORECASE)
# (not a town whose countryside the text names: "قريتي X وY بريف بلدة تل تمر شمال غربي الحسكة" introduces the villages,
# the town only labels them)
# (or its hill, named after the village on it: "تلة تل X قرب بلدة Y")
_ARABIC_VILLAGE_BEFORE = compile_alternation(r"(?:^|(?<!ريف)\s)[فب]?(?:(?:قريه|بلده|تله) |(?:قريتي|بلدتي) (?:\S+ (?:\S+ )?و ?)?)$")
# … or by its bearing from the town the text just named, by the town's word alone (folded, after the village: "قرية
# المدور شرقي الناحية", "قرية X غربي المدينة"): the town is the reference, the village the strike's
_BY_THE_TOWN_AFTER = re.compile(r"^\s*[،,]?\s*(?:شمال|جنوب|شرق|غرب)ي?(?: (?:شرق|غرب)ي?)? "
                                r"(?:ال)?(?:مدينه|بلده|ناحيه|قضاء|منطقه)(?=\s|[.,،؛]|$)")
_LABELLED_BY_TOWN_BETWEEN = re.compile(r"^\s*[،,]?\s*(?:(?:ب|في |ضمن )?(?:ريف|صحراء|باديه)|(?:شمال|جنوب|شرق|غرب)ي?(?: (?:شرق|غرب)ي?)?"
                                       # "قرية X قرب بلدة Y", as the English "X village near Y" (_VILLAGE_LABELLED_BETWEEN)
                                       r"|ب?(?:ال)?قرب(?: من)?)"
                                       r"(?: (?:مدينه|بلده|ناحيه|قضاء))? ?$"
                                       # "قرية X التابعة لمنطقة ديرك": the area it belongs to (BELONGS_TO)
                                       r"|^\s*[،,]?\s*(?:ال)?تابع(?:ه|ين|تين)? (?:ل|الي )(?:ال)?"
                                       r"(?:ناحيه|قضاء|اداره|مقاطعه|منطقه|مدينه|بلده)? ?$")


# The country a text says its news is in, folded: "in eastern Syria", "northern Iraq", "Syria's Deir ez-Zor", "شمال
# شرقي سوريا", "في العراق" (not an adjective: "the Syrian Observatory", "Iraqi forces")
_SAID_COUNTRY = re.compile(r"\b(?:in|of|inside) (?:(?:north|south|east|west)\w*(?:[ -](?:north|south|east|west)\w*)? )?"
                           r"(syria|iraq)\b(?! (?:and|or) )|\b(syria|iraq) s\b"
                           r"|(?:^|\s)(?:في|ب|[وفب]?(?:شمال|جنوب|شرق|غرب)\w*(?: (?:شرق|غرب)\w*)?) ?(سوريا|سوريه|عراق)\b")
_COUNTRY_NAMES = {"syria": "syria", "iraq": "iraq", "سوريا": "syria", "سوريه": "syria", "عراق": "iraq"}


def said_countries(folded: str) -> frozenset[str]:
    """The countries (name_key) a folded text says its news is in.

    >>> sorted(said_countries("a drone struck a truck near the ruins of dura europos in eastern syria"))
    ['syria']
    >>> sorted(said_countries("قصف تركي على قرية في شمال عراق")), sorted(said_countries("the syrian observatory said"))
    (['iraq'], [])
    """
    if "syria" not in folded and "iraq" not in folded and "سوري" not in folded and "عراق" not in folded:
        return frozenset()
    return frozenset(_COUNTRY_NAMES[next(name for name in hit.groups() if name)] for hit in _SAID_COUNTRY.finditer(folded))


def _abroad(doc: Document, key: str, place: Place | None, named: dict[str, dict[str, set[str]]]) -> bool:
    """Whether *key* resolved to a village (*place*) of a country the text does not say its news is in while it says
    the other, and no other name of the text lies in ("close to the ancient ruins of Dura Europos in eastern Syria":
    Dura is a variant of Dawray, a village of Erbil, 400 km off): a namesake, no strike place."""
    if place is None or place.kind != "village" or place.curated:
        return False
    said = doc.once(said_countries, doc.folded.text)
    country = name_key(place.country)
    return bool(said) and country not in said and not (named["country"].get(country, set()) - {key})


def _nearby(doc: Document, mentions: dict[str, list[Match]], open_keys: set[str],
            anchors: list[tuple[Place | None, int | None]], lexicon: Lexicon,
            resolved: dict[str, tuple[Place | None, int | None]] | None = None,
            named: dict[str, dict[str, set[str]]] | None = None) -> dict[str, tuple[Place, int]]:
    """Names left unresolved (*open_keys*: none, or the area they share) among same-name places far apart
    ("near Sinuni, north of Sinjar": a Sinuni of Ninewa and one of Erbil) that have one place within NEARBY_KM of a town or area the text's other names
    resolve to (*anchors*), or, of several there, the one within COUNTRYSIDE_KM ("قرية مليحان بريف عين عيسى": a
    Mulayhan 11 km off, another 36 km), or within CLOSE_KM (three villages called Mushayrifah
    around Ain Issa, one at its gates): that place (rule "nearby"). Only a whole name: not the start of a
    longer one the gazetteer lacks ("Maara al-Nu'man" is no village Maara near Aleppo). Of several there, the
    one lying where the text places it from another of its names (rule "bearing": "the Kasnazan area east of
    Erbil city" is the Kasnazan 11 km east of Erbil, not the one 30 km south-west; *resolved*: that name's place).
    Never one of another governorate than those the text's other names name (*named*, ``_named_areas``), as
    ``_resolve`` does: Rudaw's "near the Werte subdistrict in Erbil province's Rawanduz district" is no Werte of
    Pshdar, 31 km from the Wartah of Erbil the same name is spelled like."""
    anchors = [place for place, precision in anchors if place is not None and precision in (1, 2)]
    found = {}
    for key in mentions:
        # (another name's places: not the one this name itself resolved to, rule "namesakes")
        others = [a for a in anchors if a not in lexicon.places[key]]
        if key in open_keys and others and any(
                not _NAME_GOES_ON.match(doc.text, m.end) for m in mentions[key]):
            bearings = _bearings(doc, mentions, key, resolved) if "bearing" in lexicon.place_rules and resolved else []
            admin1s = {area for area, keys in (named or {}).get("admin1", {}).items() if keys - {key}}
            namesakes = dict.fromkeys((*_namesakes(key, others, lexicon), *_spelled_alike_near(key, bearings, lexicon)))
            candidates = [p for p in namesakes if not admin1s or p.bare or name_key(p.admin1) in admin1s]
            written = {m.matched_text for m in mentions[key]}
            # (never of another country than the one that owns the name: "Iraq's Sinjar" is no village of Hasakah)
            if country := _possessing_country(doc, key):
                candidates = [p for p in candidates if name_key(p.country) == country]
            # (where no reach tells them apart, of those, one the text writes letter for letter: "قرية سيباية شمال
            # سنجار" is Sibayah, not the two villages 30 km north of Sinjar too whose Kurdish name "سيبايە" folds alike)
            for as_written in (False, True):
                for reach in (NEARBY_KM, COUNTRYSIDE_KM, CLOSE_KM):
                    near = [p for p in candidates if any(haversine(p.point, a.point) <= reach for a in others)]
                    near = [p for p in near if any(lies_towards(p.point, a.point, way) for a, way in bearings)] or near
                    if as_written:
                        near = [p for p in near if written & {p.name, *p.variants}] or near
                    if near and all(haversine(near[0].point, p.point) <= SAME_PLACE_KM for p in near[1:]):
                        found[key] = _area(min(near, key=lambda p: p.precision), lexicon)
                        break
                if key in found:
                    break
    return found


# "X, east of Y", "the X area 10 km north-east of Y", "X شرق Y": where a name lies from the name right after it (folded
# text between the two; "of the city of Y", "مدينة Y" too)
_BEARING_BETWEEN = re.compile(rf"(?: (?:area|village|town|region))?,? (?:(?:about|some|around) )?"
                              rf"(?:\d+ ?(?:km|kilomet\w+) )?(?:to the )?{_COMPASS} of (?:the )?(?:city of |town of )?"
                              rf"| {_COMPASS_AR}(?: (?:مدينه|بلده))? ")


# A bearing anywhere in a text (folded): only then are its names' bearings looked for (rule "spelled")
_COMPASS_NEAR = re.compile(rf"\b{_COMPASS} of | {_COMPASS_AR} ")


def _bearings(doc: Document, mentions: dict[str, list[Match]], key: str,
              resolved: dict[str, tuple[Place | None, int | None]]) -> list[tuple[Place, str]]:
    """(place, direction) of the names the mentions of *key* are placed by: "Kasnazan east of Erbil" -> (Erbil,
    "east"); "north-east" for two words."""
    found = []
    for m in mentions[key]:
        for other, others in mentions.items():
            place = resolved.get(other, (None, None))[0]
            for o in others if other != key and place is not None else ():
                said = m.end < o.start <= m.end + 50 and _BEARING_BETWEEN.fullmatch(doc.fold(m.end, o.start))
                if said:
                    found.append((place, "-".join(_COMPASS_WORDS[w] for w in said.groups() if w)))
    return found


def _in_said_part(doc: Document, mentions: dict[str, list[Match]], resolved: dict[str, tuple[Place | None, int | None]],
                  lexicon: Lexicon, labels) -> dict[str, tuple[Place, int]]:
    """Name key -> the one of its same-name settlements of a governorate, far apart, that lies in the part of that
    governorate the text names, seen from its city ("قرية الخريطة بريف دير الزور الشرقي": Al Khuraytah of Abu Kamal, not
    Khurayta 112 km west; rule "bearing"), where *resolved* chose another."""
    parts = {}
    for key, (place, _) in resolved.items():
        if place is not None and (place.kind == "governorate" or is_namesake(place)) and (
                way := said_direction(doc, mentions[key])):
            city = next((p for p in lexicon.places[key] if is_namesake(p) and p.admin1 == place.admin1), place)
            parts[place.admin1] = (city.point, way)
    chosen = {}
    for key, (place, precision) in resolved.items():
        if place is None or place.admin1 not in parts or key in labels:
            continue
        namesakes = [p for p in lexicon.places[key] if p.admin1 == place.admin1 and p.kind in _SETTLEMENTS]
        origin, way = parts[place.admin1]
        fits = [p for p in namesakes if lies_towards(p.point, origin, way)]
        if fits and place not in fits and len(fits) < len(namesakes) and all(
                haversine(fits[0].point, p.point) <= SAME_PLACE_KM for p in fits[1:]):
            chosen[key] = (fits[0], precision if place in namesakes else fits[0].precision)
    return chosen


def lies_towards(point: tuple[float, float], origin: tuple[float, float], way: str) -> bool:
    """Whether *point* lies in the compass direction *way* ("east", "north-west") from *origin*, within 67.5°.

    >>> erbil = (36.19, 44.01)
    >>> lies_towards((36.20, 44.13), erbil, "east"), lies_towards((35.94, 43.87), erbil, "east")
    (True, False)
    """
    north = point[0] - origin[0]
    east = (point[1] - origin[1]) * math.cos(math.radians(origin[0]))
    units = {"north": (0, 1), "south": (0, -1), "east": (1, 0), "west": (-1, 0)}
    dx, dy = (sum(units[w][i] for w in way.split("-")) for i in (0, 1))
    length = math.hypot(east, north) * math.hypot(dx, dy)
    return bool(length) and (east * dx + north * dy) / length >= math.cos(math.radians(67.5))


def _far_namesake(key: str, resolved: dict[str, tuple[Place | None, int | None]],
                  anchors: list[tuple[Place | None, int | None]], named: dict[str, dict[str, set[str]]],
                  lexicon: Lexicon) -> bool:
    """Whether *key* was resolved to one of its far-apart namesakes by their size alone (no governorate or district
    the text names holds it) though it lies beyond NEARBY_KM of every place the text's other names resolve to
    (*anchors*) and a namesake of another governorate lies near one: rule "namesakes" then lets rule "nearby"
    choose the namesake near those places."""
    place, precision = resolved[key]
    if place not in lexicon.places[key] or precision not in (1, 2):
        return False
    if any(keys - {key} for area, keys in named["admin1"].items() if area == name_key(place.admin1)) \
            or any(keys - {key} for area, keys in named["admin2"].items() if area == name_key(place.admin2)):
        return False
    others = [a for a, p in anchors if a is not None and p in (1, 2) and a not in lexicon.places[key]]
    if not others or any(haversine(place.point, a.point) <= NEARBY_KM for a in others):
        return False
    namesakes = _namesakes(key, others, lexicon)
    # (a namesake of another governorate: a village and its own sub-district's row are one place)
    return not all(haversine(place.point, p.point) <= SAME_PLACE_KM for p in namesakes) and any(
        p.admin1 != place.admin1 and haversine(p.point, a.point) <= NEARBY_KM for p in namesakes for a in others)


def _namesakes(key: str, anchors: list[Place], lexicon: Lexicon) -> list[Place]:
    """The places named *key*, then those of the governorates of *anchors* named so with the article written
    otherwise or not at all ("Al-Ramadi villages near Albu Kamal": Ar Ramadi of Deir ez-Zor beside Ramadi of Anbar).

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> [(p.name, p.admin1) for p in _namesakes("al ramadi", lexicon.places["boukamal"], lexicon)]
    [('Ramadi', 'Anbar'), ('Ar Ramadi', 'Deir ez-Zor')]
    """
    named = list(lexicon.places[key])
    bare = _without_articles(key)
    for admin1 in dict.fromkeys(anchor.admin1 for anchor in anchors):
        named += [p for p in _area_index(lexicon, admin1)[1].get(bare, ()) if p not in named]
    return named


def _spelled_alike_near(key: str, bearings: list[tuple[Place, str]], lexicon: Lexicon) -> list[Place]:
    """The places spelled like *key* (``spelling_key``), not its own, lying where the text places it from another of
    its places (*bearings*: ``_bearings``), within NEARBY_KM of that place (rule "spelled"): a spelling the gazetteer
    gives only a far namesake ("Kaukab", Hama's, 250 km off) names the place spelled otherwise that the text places
    ("Kaukab village, northeast of Hasakah": Hasakah's Kawkab).

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> [hasakah] = [p for p in lexicon.places[normalize_term("Hasakah")] if p.kind == "city"]
    >>> [(p.name, p.admin1) for p in _spelled_alike_near(normalize_term("Kaukab"), [(hasakah, "north-east")], lexicon)]
    [('Kawkab', 'Al-Hasakah')]
    >>> _spelled_alike_near(normalize_term("Kaukab"), [(hasakah, "south")], lexicon)
    []
    """
    if "spelled" not in lexicon.place_rules or not bearings:
        return []
    spelled = _folded_spelling_key(key)
    return [p for admin1 in dict.fromkeys(a.admin1 for a, _ in bearings)
            for p in _area_index(lexicon, admin1)[0].get(spelled, ())
            if p not in lexicon.places[key] and any(haversine(p.point, a.point) <= NEARBY_KM
                                                    and lies_towards(p.point, a.point, way) for a, way in bearings)]


def _far_from_its_bearing(doc: Document, mentions: dict[str, list[Match]], key: str,
                          resolved: dict[str, tuple[Place | None, int | None]], lexicon: Lexicon) -> bool:
    """Whether *key* resolved to a place of another governorate than the place the text places it from, beyond
    NEARBY_KM of it ("Kaukab village, northeast of Hasakah": Hama's Kawkab, the one place so spelled, 250 km off),
    while a place spelled alike lies there (``_spelled_alike_near``): rule "nearby" then chooses that one (rule
    "spelled"). One of that governorate stays ("Kalta village north of Raqqa city": Kaltah, 50 km north)."""
    place = resolved[key][0]
    if place is None or "spelled" not in lexicon.place_rules or not doc.once(_COMPASS_NEAR.search, doc.folded.text):
        return False
    bearings = _bearings(doc, mentions, key, resolved)
    return bool(bearings) and all(haversine(place.point, a.point) > NEARBY_KM and a.admin1 != place.admin1
                                  for a, _ in bearings) \
        and bool(_spelled_alike_near(key, bearings, lexicon))


# A village labelled by the town whose countryside holds it (folded text between the two names): "Mulayhan village in
# the countryside of Ain Issa", "قرية مليحان بريف عين عيسى"
_COUNTRYSIDE_BETWEEN = re.compile(r"^ (?:village|hamlet),? in the (?:(?:north|south|east|west)\w* )?countryside of(?: the)?"
                                  r"(?: (?:town|city) of)? $|^ ?[،,]? ?(?:ب|في )?ريف(?: (?:مدينه|بلده|ناحيه))? ?$")


def _in_its_countryside(doc: Document, mentions: dict[str, list[Match]], key: str,
                        resolved: dict[str, tuple[Place | None, int | None]], lexicon: Lexicon) -> Place | None:
    """The namesake of *key* within COUNTRYSIDE_KM of the town the text labels it by as its countryside, when *key*
    resolved to one beyond it ("Mulayhan village in the countryside of Ain Issa in northern Raqqa": not Raqqa's
    Mulayhan 40 km off but the one 11 km off; rule "nearby"), else None."""
    place = resolved[key][0]
    if place is None:
        return None
    # (a town's, not a governorate's: "بريف دير الزور الشرقي", "بريف حلب" name the governorate's countryside)
    towns = [resolved[other][0] for other, found in mentions.items() if other != key and resolved[other][0] is not None
             and resolved[other][0].kind in ("city", "town") and not is_namesake(resolved[other][0])
             and any(m.end < o.start <= m.end + 45 and _COUNTRYSIDE_BETWEEN.match(doc.fold(m.end, o.start))
                     for m in mentions[key] for o in found)]
    for town in towns:
        near = [p for p in lexicon.places[key] if haversine(p.point, town.point) <= COUNTRYSIDE_KM]
        if haversine(place.point, town.point) > COUNTRYSIDE_KM and len(near) == 1:
            return near[0]
    return None


def _placed_abroad(doc: Document, mentions: dict[str, list[Match]], key: str,
                   resolved: dict[str, tuple[Place | None, int | None]]) -> bool:
    """Whether *key* resolved to a village or town of another country than every place the text places it by (a
    bearing or "near", ``_PLACED_BETWEEN``), beyond NEARBY_KM of them: "قرية الدحلة قرب بلدة البصيرة" is no Qaryat
    Dahlah of Ninewa, the one place so spelled, 300 km off (rule "nearby"; none found, the strike is by the town)."""
    place = resolved[key][0]
    if place is None or place.curated or place.kind not in ("village", "town"):
        return False
    by = [other for m in mentions[key] for name, found in mentions.items() if name != key
          and (other := resolved[name][0]) is not None for o in found
          if m.end < o.start <= m.end + 50 and _PLACED_BETWEEN.fullmatch(doc.fold(m.end, o.start))]
    return bool(by) and all(other.country != place.country and haversine(place.point, other.point) > NEARBY_KM
                            for other in by)


# What places a name by another right after it (folded): a bearing, or "near" ("X village near the town of Y", "قرية X
# قرب بلدة Y")
_PLACED_BETWEEN = re.compile(rf"{_BEARING_BETWEEN.pattern}|(?: (?:village|town))?,? near (?:the )?(?:city of |town of )?"
                             rf"| [وب]?(?:قرب|قرب من)(?: (?:مدينه|بلده))? ")


def _names_district(doc: Document, key: str, found: list[Match], resolved: tuple[Place | None, int | None],
                    lexicon: Lexicon) -> bool:
    """Whether the mentions *found* of *key* name a whole district: its seat town (as *resolved*) named
    as a district ("قضاء سوران", "إدارة سوران", "the Amadiya district") or as the land around it ("ريف البوكمال",
    "the countryside of Mayadin")."""
    place, precision = resolved
    if place is None or precision == 3 or lexicon.seats.get((place.admin1, place.admin2)) != place:
        return False
    return bool(_DISTRICT_WORDS.search(key)) or all(
        _DISTRICT_AFTER.match(doc.text[m.end:m.end + 20]) or _DISTRICT_BEFORE.search(doc.before(m.start))
        or NEAR.search(doc.before(m.start))
        or _AROUND_AFTER.match(doc.text, m.end) or _AREA_AFTER.match(doc.text, m.end) for m in found)


# What joins the next name of a list to the one before: other names between, then "and"/"or"/"و" ("Hama,
# Jarrah, and Masyaf"; not "after the strike on Hama, Masyaf was shelled": a comma alone ends the clause)
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:[Aa][lnrsdtz]-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*\s*,?\s+(?:and|or)\s+(?:the\s+)?"
                        r"(?:(?:north|south|east|west)\w*\s+)?"
                        r"|\s*[،,]?\s*و\s*")
_LIST_COMMA = re.compile(r"\s*[,،]\s*")


def _lists(text: str, mentions: list[Match]) -> list[list[Match]]:
    """The runs of *mentions* that make a list: joined by commas and, before the last, "and"/"or"/"و"
    (``_LIST_JOIN``): "Hama, Morek and Masyaf"."""
    runs, run = [], mentions[:1]
    for before, m in zip(mentions, mentions[1:]):
        if _LIST_COMMA.fullmatch(text, before.end, m.start) or _LIST_JOIN.fullmatch(text, before.end, m.start):
            run.append(m)
            continue
        runs.append(run)
        run = [m]
    runs.append(run)
    return [run for run in runs if len(run) > 1 and _LIST_JOIN.fullmatch(text, run[-2].end, run[-1].start)]


# (and where a road leads: "on the road to Amuda", "على الطريق المؤدي إلى منفذ القائم" is a road elsewhere; a village's
# road is its own, beside it: "the drone strike on the road to Tal Khaled village", origin())
_ROAD_TO = re.compile(r"\b(?:road|highway) (?:leading |that leads |heading )?to(?: the)?(?: city of| town of| village of)? $"
                      r"|(?:^|\s)[وب]?طريق (?:مودي|ذاهب|متجه) (?:الي|نحو) $")
_FROM = re.compile(r"\bfrom(?: the)?(?: city of| town of| village of)? $|" + _ROAD_TO.pattern)
_CODED_TO = re.compile(r"\bcoded to(?: the)? $")
# The land a village farms, around it: "the Saqlawiyah orchards", "Hawija farms"
_FARMLAND = r"orchards|farms|farmlands?|groves|fields"
# The name's other name in brackets, or the bracket it closes, before the word after it: "the Zawîte (Zawita) area",
# "the Kani Rash (كاني رش) area", "Kobani (Ayn al-Arab) countryside"
_OTHER_NAME = r"(?:\s*\([^()\n]{1,40}\))?\)?"
# "X countryside", "Choman's outskirts"
_AROUND_AFTER = re.compile(rf"{_OTHER_NAME}(?:['’]s)?\s*(?:countryside|outskirts|surroundings|environs)\b", re.IGNORECASE)
# "the Manbij area", "the Derke village area", "Iraq's Sinjar region", "Palmyra desert", "Latakia mountains", "Girê
# Biyê hill", "Barada valley", "the Tal Tamr front": the land around the place
# (and "the Makhmour camp": a camp the gazetteer has no row of lies by the town it is named after; "the Khurmala oil
# field": an oil or gas field, by the village it is named after, as "حقل خورملة النفطي")
_AREA_AFTER = re.compile(rf"{_OTHER_NAME}\s*(?:(?:village|town)\s+area|countrysides|area|region|desert|mountains?|hills?|valley|river|plain|axis|front|frontline|{_FARMLAND}"
                         r"|(?:refugees?\s+|displacement\s+|IDP\s+)?camp|(?:oil|gas)\s*fields?)\b",
                         re.IGNORECASE)
# Words around a name that make it somebody's origin or destination, not a struck place (folded text)
_ELSEWHERE_BEFORE = compile_alternation(
    r"(?:\b(?:displaced|fled|fleeing|flee|escape|escaping|escaped|evacuated|evacuees|refugees|returnees|return|returned"
    r"|returning|arriving|arrived|native|natives|originally|hailing|coming|came"
    r"|deported|moved|transferred|head|heading|headed)(?: \w+){0,3} (?:from|to|towards?|into)"
    r"|\b(?:residents|natives|people|displaced) of(?: the)?"
    # a seat of government named for its government: "the Kurdistan Region's authorities in Erbil did not confirm"
    r"|\b(?:authorities|government|ministry|officials) in"
    r"|(?:^|\s)[وف]?(?:حكومه|سلطات|وزاره|مسوولون|مسوولين)(?: \S+)? (?:في|ب)"
    # … or where a statement was made: "told a press conference in Baghdad", "said in Baghdad", "in a statement issued in
    # Erbil", "خلال مؤتمر صحفي عقده في مدينة الموصل", "في بيان قرئ أمام وسائل الإعلام في مدينة قامشلو" (not the strike's)
    r"|\b(?:(?:press|news) conference|briefing|statement(?: (?:issued|released|read out))?|said|told reporters)"
    r"(?: on \w+)? (?:in|from)(?: the)?(?: (?:city|town) of)?"
    r"|(?:^|\s)(?:موتمر|بيان|تصريح)(?: (?!قصف|استهداف|ضرب)\S+){0,4} (?:(?:في|من)(?: مدينه)?|ب)"
    # … a party to an agreement or talks, an envoy's post: "under an agreement with Baghdad", "استدعت السفير الإيراني
    # في بغداد"
    r"|\b(?:agreement|deal|talks|negotiations|relations|ties) with"
    # (or either of two parties: "amid talks between Damascus and the SDF", "negotiations between the SDF and Damascus")
    r"|\b(?:agreement|deal|talks|negotiations|relations|ties)(?: \w+)? between(?: the)?(?: \S+(?: \S+)? and(?: the)?)?"
    r"|\b(?:ambassador|embassy|envoy|charge d affaires)(?: \S+){0,2} (?:in|to)"
    # … or the governments one appeals to by their capitals: "called on Baghdad and Erbil to stop the bombardment",
    # "طالبوا بغداد وأربيل بوقف القصف" (the parties asked, not a place struck)
    r"|\b(?:called on|calls on|calling on|call on|urged|urging|urges|urge|appealed to|appeals to|appealing to)(?: \S+ and)?"
    # (its subject between: "وطالب الأهالي بغداد وأربيل")
    r"|(?:^|\s)[وف]?(?:طالب|طالبوا|طالبت|يطالب|يطالبون|تطالب|دعا|دعوا|دعت|يدعو|يدعون|ناشد|ناشدوا|ناشدت|يناشدون)(?: \S+)?(?: \S+ و)?"
    r"|(?:^|\s)[وب]?(?:اتفاق|اتفاقيه|مفاوضات|محادثات|علاقات) مع"
    # (or the second of two parties: "المفاوضات بين «قسد» ودمشق"; or the signatory: "بعد توقيع بغداد وطهران اتفاقاً")
    r"|(?:^|\s)[وب]?توقيع(?: \S+ و)?"
    r"|(?:^|\s)[وب]?(?:اتفاق|اتفاقيه|مفاوضات|محادثات|تفاهمات) بين(?: \S+(?: \S+)? و)?|(?:^|\s)(?:سفير|سفاره|قايم باعمال)(?: \S+){0,2} (?:في|لدي)"
    # a witness's or a victim's home, told of the person in apposition ("said Saman Mustafa, a shopkeeper from X", "the
    # victim's uncle, who lives in X", "المواطن خلف حسين، من أهالي قرية X"، "وهو من سكان X"): where they live, not
    # where anything struck (a bare "a man from X was killed" is no such rule: he is as often killed in X)
    r"|, (?:an?|the) (?:[\w-]+ ){1,2}from(?: the)?(?: (?:nearby|neighbouring|neighboring|next|adjacent))?"
    r"(?: (?:village|town|hamlet) of)?"
    r"|\bwho (?:lives|lived|live|is|was|are|were|comes) (?:in|from)(?: the)?(?: (?:village|town|city) of)?"
    r"|(?:[،,] ?|(?:^|\s)[وف]?(?:هو|هي|هما|هم) )(?:من|احد|احدي) (?:اهالي|سكان|ابناء)(?: (?:قريه|بلده|مدينه|ناحيه))?"
    r"|(?:^|\s)(?:مقيم|يقيم|تقيم|يسكن|تسكن|يقيمون|يسكنون)(?: \S+)? (?:في|ب)(?: (?:قريه|بلده|مدينه))?"
    # where families leave for ("دفع العائلات إلى مغادرة منازلها باتجاه مدينة الرقة", "غادروا القرية نحو X")
    r"|(?:^|\s)(?:مغادره|غادر\S*|يغادر\S*|نزح\S*|ينزح\S*|هرب\S*|فرار|توجه\S*)(?: \S+){0,3} (?:باتجاه|نحو|صوب)"
    r"(?: (?:مدينه|بلده|قريه))?"
    r"|(?:^|\s)(?:نازح|نازحين|نازحون|نازحه|مهجر|مهجرين|مهجري|فارين|فروا|هربوا|هاربين|قادمين|قادم|عايدين|عادوا|عوده"
    r"|نزوح|تهجير|ترحيل)(?: \w+){0,2} (?:من|الي)|(?:^|\s)(?:نازحي|مهجري|ابناء) )\s?$")
_ELSEWHERE_AFTER = re.compile(r"^(?:-based\b|\s+(?:people|natives|residents|displaced)\b"
                              # (and as the subject of its reaction: "Baghdad has not commented on the strike")
                              r"|\s+(?:has|have|had|did)\s+(?:not\s+|yet\s+to\s+)?(?:commented|comment|condemned|protested"
                              r"|denied|deny|responded|respond|confirmed|confirm)\b|\s+(?:condemned|protested|denied|blamed|blames|accused|accuses)\b)",
                              re.IGNORECASE)


# An Iraqi operations sector (folded), the land an operations command holds, labels the area it is named after as
# "محافظة" does: "ضمن قاطع عمليات الأنبار", "في قاطع مسؤولية قيادة عمليات نينوى" are the governorate,
# "ضمن قاطع عمليات سامراء" Samarra's district (GOVERNORATE_BEFORE, _DISTRICT_BEFORE)
_SECTOR = r"[وفب]?قاطع(?: مسووليه)?(?: قياده)? عمليات"


# Words that make a name where someone heads or comes from, not where the event was (rule
# "roles"; folded text): "sent from X to Y", "factions descended from X", "the displacement
# of X", "another X" (a comparison), "متجهين الي X", "المنحدرين من ريف X", "stationed in X" (where the
# side that fires stands, "المتمركزة في X"), "the correspondent in X" (where the report was written), "taken to
# a hospital in X" (where the wounded were treated). (A person "from X" is no such rule: in GED's
# headlines the man from X is as often killed in X as elsewhere.)
_ROLE_BEFORE = compile_alternation(
    r"(?:\b(?:heading|headed|descended|descending|coming|sent|deployed|moving)(?: \S+){0,3} (?:from|to|towards|into)(?: the)?"
    r"|\b(?:displacement|evacuation|deportation) of|\b(?:another|similar to)"
    # where the side that fires stands: "regime forces stationed in Mayadin shelled X", "المتمركزة في سري كانيه",
    # where fire came from: "fired from their positions in X at Y", "قصف مصدره مواقع قوات النظام في X يستهدف Y" (the
    # strike's verb ends it: "قصف مصدره مواقع الميليشيات يطال بلدة Y" is Y's)
    # (and the area around it: "stationed on the outskirts of X", "المتمركزة في ريف جرابلس", "المتمركزين في محيط مدينة
    # سري كانيه": the village they shelled is another place, however near)
    r"|\b(?:stationed|positioned|entrenched|based) (?:in|at|on|around)(?: the)?"
    r"(?: (?:outskirts|countryside|vicinity|area|surroundings|edges?|hills) (?:of|around)(?: the)?)?(?: (?:town|city) of)?"
    r"|(?:^|\s)(?:ال)?(?:متمركز|متواجد|منتشر)(?:ه|ين|ون)? (?:في|ب)(?: ?(?:ريف|محيط|اطراف|منطقه|مناطق|تخوم))?"
    r"(?: (?:مدينه|بلده|قريه|ناحيه))?"
    # (or an area so described, and its other name after it: "fired from government positions in X", "from the
    # Turkish-controlled area of Serêkaniyê (Ras al-Ain)")
    # (and a base on a mountain: "fired mortar shells from a base on Gare mountain at X village", "من قاعدتها في جبل كاره")
    # (or its bearing: "from their positions west of the Euphrates", "من مواقعها غرب الفرات")
    r"|\bfrom (?:(?:its|their|the|his|an?) )?(?:\w+ ){0,2}?(?:positions?|posts?|bases?|areas?|territory|zones?)"
    r" (?:in|at|near|of|on|(?:north|south|east|west)\w* of)(?: the)?"
    r"(?:(?: [^\W\d_]+){1,3} \()?"
    r"|(?:^|[\s«\"“])(?:مصدره|مصدرها|من مواقعها|من مواقعه|من مواقعهم|من قاعدتها|من قاعدته|من قواعدها|انطلاقا من|انطلق\S* من)(?: (?![يت]?(?:ستهدف|قصف)|استهدف|قصفت|(?:"
    rf"{REACHES})\b|علي\b|نحو\b)\S+){{0,4}}? (?:في|قرب|[فب]?(?=مدينه|بلده|قريه)|ب|(?:شمال|جنوب|شرق|غرب)ي?)"
    r"(?: ?(?:مدينه|بلده|قريه|ناحيه|مدينتي|بلدتي|قريتي))?"
    # (or the area fire was launched from, named by its kind: "الصاروخان أُطلقا من منطقة زراعية تقع شرقي القاعدة")
    r"|(?:^|\s)(?:اطلق|انطلق)\S* من (?:منطقه|مناطق|اراضي|ارض|بساتين|مزارع)"
    # where the blasts were heard, not where they hit: "explosions were heard in Al-Bukamal and Al-Qaim", "سمعت أصوات
    # الانفجارات في مدينة البوكمال وبلدة القائم العراقية" (and the second town after "and")
    r"|\b(?:heard|felt)(?: \w+){0,3}? (?:in|across|throughout)(?: the)?"
    r"(?:(?: (?:town|city) of)?(?: \w+){1,2} and(?: the)?)?"
    r"|(?:^|\s)[وف]?(?:سمع|سمعت|يسمع|تسمع)(?: \S+){0,3}? (?:في|ب)(?: ?(?:مدينه|بلده|قريه))?"
    r"(?:(?: \S+){1,2} و ?(?:مدينه|بلده|قريه)?)?"
    # a fighter's code name in quotes: "identified by the code name "Agit Shengal"", "codenamed "Shengal"", "واسمه الحركي
    # "آكيت شنكال"" (a name that holds a place is no place of the strike)
    r"|\b(?:code ?names?|codenamed|nom de guerre)(?: \w+)? [\"“«']\s?(?:\w+ ){0,2}"
    r"|(?:^|\s)و?(?:اسمه|اسمها|لقبه)? ?حركي [\"“«']\s?(?:\S+ ){0,2}"
    # where the reporter is: "our correspondent in Deir ez-Zor said", "وقال مراسل عنب بلدي في دير الزور"
    r"|\b(?:correspondent|reporter)s?(?: \S+){0,3} (?:in|based in)(?: the)?"
    r"|(?:^|\s)[وف]?(?:ال)?مراسل\S*(?: \S+){0,3} (?:في|ب)"
    # … and where the outlet is that carried a statement: "published by local media in Sinjar", "نشرته وسائل إعلام
    # محلية في سنجار"
    r"|\bmedia(?: (?:outlets?|channels?|sites?))?(?: (?:based|published))? in(?: the)?"
    r"|(?:^|\s)[وف]?(?:وسايل|منصات|مواقع) (?:ال)?اعلام\S*(?: (?:ال)?محلي\S*)? (?:في|ب)"
    # where the wounded were taken: "taken to a hospital in Raqqa", "نقلوا إلى مشفى مدينة الرقة"
    r"|\b(?:taken|rushed|transferred|transported|evacuated)(?: \S+){0,2} to(?: (?:a|the))?(?: \w+)? hospitals?(?: in)?"
    r"|(?:^|\s)[وف]?(?:نقل|اسعف)\S*(?: \S+){0,2} (?:الي|نحو) (?:مشفي|مستشفي)(?: مدينه)?"
    # … and the hospital's own name before its town, or none: "نقلوا إلى مستشفى الطوارئ في أربيل", "إلى مشفى الشهيد
    # خبات في مدينة الحسكة", "جرى نقلهما إلى مشفى في مدينة الحسكة", "نقلا إلى مشفى في بلدة تل تمر"
    r"|(?:^|\s)[وف]?(?:نقل|اسعف)\S*(?: \S+){0,2} (?:الي|نحو) (?:مشفي|مستشفي)(?: [^\s،,.]+){0,3}? (?:في|ب)(?: (?:مدينه|بلده))?"
    # … and where they are treated: "is in hospital in Al-Kasrah", "يعالج في مشفى الكسرة" (a strike on a hospital
    # names it as struck: "a drone hit a hospital in Sinuni")
    r"|\b(?:in|at)(?: an?| the)?(?: \w+)? (?:hospital|clinic)s? (?:in|of)(?: the)?"
    # (the city after a proclitic: "في مستشفى الطوارئ بأربيل")
    r"|(?:^|\s)(?:في|داخل)(?: \w+)? (?:مشفي|مستشفي|مشافي|مستشفيات)(?: \w+)?(?: ب)?"
    r"|(?:^|\s)(?:يتحدر|ينحدر|منحدر|منحدرين|منحدرون|متجه|متجهه|متجهين|متجهون) (?:من|الي|نحو)(?: ريف)?"
    # an official named after his seat tells the news: "أعلن قائممقام سوران", "the mayor of Sinjar said" (not a sub-district
    # director: "قال مدير ناحية كاني ماسي" speaks of the struck place itself)
    r"|(?:^|\s)[وفل]?(?:قايممقام|محافظ|رييس بلديه)(?: (?:قضاء|ناحيه|محافظه|مدينه|بلده))?"
    r"|\b(?:mayor|governor|district commissioner)(?: of)?(?: the)?"
    # a command named after the area it holds: "قيادة عمليات الأنبار" (the Anbar Operations Command) said … (its
    # sector is a place, _SECTOR: the Security Media Cell's "في منطقة المحلبية ضمن قاطع عمليات الأنبار" is in Anbar)
    r"|(?<!قاطع)(?<!مسووليه)(?<!قياده)(?:^|\s)[وفل]?(?:قياده )?عمليات"
    # … and a council: "مجلس الرقة العسكري" (the Raqqa Military Council), "مصدر في مجلس بلدة الدرباسية" (the town's
    # council tells the news)
    r"|(?:^|\s)[وفل]?مجلس(?: (?:بلده|مدينه|ناحيه|قضاء|محافظه))?"
    # a source placed where it is: "وأفاد مصدر أمني في القائم", "قال مصدر أمني في قضاء حديثة" (an official source tells the news)
    r"|(?:^|\s)[وف]?(?:مصدر|مصادر) (?:امني|امنيه|عسكري|عسكريه|طبي|طبيه|حكومي|حكوميه|رسمي|رسميه"
    r")(?: \S+)? (?:في|ب)(?: (?:قضاء|ناحيه|مدينه|محافظه|بلده))?"
    # (in English too: "A security official in Duhok, speaking on condition of anonymity, said the drone had come from
    # the south")
    r"|\b(?:security|military|medical|government|police|health) (?:sources?|officials?) (?:in|at)(?: the)?"
    # … and an official who speaks from his seat: "وقال مسؤول محلي في زاخو إن … استهدفتهم طائرة تركية", "بحسب
    # مسؤول كردي في العمادية" (the speech verb first: "مقتل مسؤول محلي في سنجار" is a strike there; "مسؤول محلي في ناحية X" speaks of his
    # area, which may be the strike's, as its director does)
    r"|(?:^|\s)[وف]?(?:قال|افاد|اكد|اوضح|ذكر|صرح|اعلن|بحسب|حسب)[ته]?(?: ل\S+)? (?:ال)?مسوول(?:ين|ون|و)?"
    r"(?: (?:ال)?(?:محلي|امني|كردي|حكومي|عسكري|رسمي|بارز|كبير)\S*){0,2} (?:في|ب)(?: (?:مدينه|بلده))?"
    # where a quoted observer works: "said Ahmed al-Sharifi, a security analyst in Baghdad", "a Western diplomat in
    # Damascus", "الخبير الأمني في بغداد" (his desk, not the strike's place)
    r"|\b(?:analyst|researcher|expert|professor|diplomat|commentator|academic|scholar)s?(?: (?:based|who lives))? (?:in|at)(?: the)?"
    r"|(?:^|\s)[وف]?(?:ال)?(?:محلل|باحث|خبير|اكاديمي)(?: (?:ال)?(?:سياسي|امني|عسكري|استراتيجي))? (?:في|ب)(?: مدينه)?"
    # a capital as the government one talks with: "إفشال مسار الحوار مع دمشق", "talks with Damascus", "its dispute
    # with Baghdad" (the party, not a place struck)
    r"|\b(?:talks|negotiations|dialogue|agreement|deal|dispute|row|rapprochement) (?:\w+ )?with"
    r"|(?:^|\s)[وب]?(?:ال)?(?:حوار|مفاوضات|مباحثات|تفاوض|اتفاق|تفاهم|تقارب)(?: (?:ال)?(?:سياسي|مباشر|جاري))? مع"
    # a street named after a city: "شارع بغداد في مدينة دير الزور" is in Deir ez-Zor
    r"|(?:^|\s)[وفب]?(?:ال)?شارع"
    # a party named with a word that is also a place ("مقر لحزب الحرية الكردستاني", Baghdad's Hurriyah), and a
    # government's forces by its capital ("مواقع فصائل دمشق", "فصائل حكومة دمشق")
    r"|(?:^|\s)[وفل]{0,2}(?:حزب|حركه|تيار|ايتلاف)|(?:^|\s)[وفل]?(?:فصايل|ميليشيات|مليشيات|حكومه|سلطات))\s?$")


# A unit named after a place is no place: "al-Namer forces", "Hamza brigade", "the Raqqa Military Council"
# (rule "roles"); nor is a street ("Homs Street in Mayadin") or an administration ("the Soran administration")
_UNIT_AFTER = re.compile(r"^\s+(?:forces|brigades?|battalions?|division|regiment|corps|operations command"
                         r"|military council|street|avenue|offshoot|branch|wing"
                         # an administration named after its seat: "officials in the Soran administration said"
                         r"|administration|authorities"
                         # an outlet named after its city, in its dateline or quoted: "بغداد اليوم - دهوك", "لـ"بغداد اليوم""
                         r"|اليوم(?=\s*[\"”»]|\s+[-–—]\s))\b"
                         # an official named by the unit he heads, its possessive: "Dinarta's director confirmed the
                         # strike" (as "the director of the Dinarta sub-district", _ROLES_AROUND)
                         r"|^['’]s (?:director|mayor|governor|administrator|qaimaqam|district commissioner)\b", re.IGNORECASE)


# A name that the words on both of its sides make someone's place, not the strike's (rule "roles"; folded before,
# the text after): a hospital named after its town, where the wounded were taken or treated ("taken to Zakho
# Emergency Hospital", "treated at Sinuni General Hospital"; the Arabic names it after the word: "نقلوا إلى مستشفى
# زاخو", _ROLE_BEFORE; a strike on the hospital names it as struck: "a drone hit Sinuni Hospital"); an official
# named by the unit he heads ("the director of the Sindi sub-district told Rudaw", "the head of the Rabia
# municipality"): the unit is his seat, as a mayor's town is (_ROLE_BEFORE)
_ROLES_AROUND = (
    # (and where one of them died: "a third member died in Sinune hospital"; or where a source works: "a doctor at
    # Sinjar general hospital told us", "an official at Qamishli National Hospital said")
    (re.compile(r"\b(?:taken|rushed|transferred|transported|evacuated|admitted|brought|treated|hospitali[sz]ed"
                r"|died|succumbed|passed away)(?: \S+){0,6}? (?:to|at|in|into)(?: the| an?)? $"
                r"|\b(?:doctor|medic|nurse|physician|surgeon|official|source|staff|spokes(?:man|woman|person)|director)s?"
                r" (?:at|in|from)(?: the)? $"),
     re.compile(r"(?:[\s-]+[\w'’]+){0,2}\s+(?:hospital|clinic|medical (?:center|centre))\b", re.IGNORECASE)),
    (re.compile(r"\b(?:director|head|chief|administrator|manager)s? of(?: the)? $"),
     re.compile(r"[\s-]+(?:sub-?\s?district|district|municipality|nahiya|qadha|province|governorate)\b", re.IGNORECASE)),
    # where the side that fires holds, named between the side and its fire: "SNA mercenaries in occupied Serêkaniyê
    # fired mortars at X", "Turkish-backed factions in Ras al-Ain shelled X", "مرتزقة الاحتلال التركي في سري كانيه
    # المحتلة يقصفون قرية X" (as "stationed in X", _ROLE_BEFORE; a side struck there is no fire of its: "SDF
    # fighters in Hajin were killed")
    # (the side, "in", the town and its fire with nothing between: "fighting between army units and militias erupted
    # in X, and mortars were fired" is X's)
    (re.compile(r"(?:\b(?:forces|troops|army|soldiers|factions|mercenaries|militias|militiamen|units|militants)"
                r" in(?: the)?(?: (?:turkish )?occupied)?"
                r"|(?:^|\s)[وف]?(?:مرتزقه|فصايل|قوات|جيش|ميليشيات|مليشيات)(?: \S+){0,3}? في) $"),
     re.compile(r"(?:\s*\([^)]*\))?(?:\s+(?:ال)?محتل[ةه])?[\s,]+(?:shell(?:ed|s)?|fired|bombard(?:ed|s)?|target(?:ed|s)?"
                r"|launched|(?:[وف]?(?:[يت]?قصف(?:ت|وا|ون)?|[يت]?ستهدف(?:ون)?|استهدف(?:ت|وا)?)))\b", re.IGNORECASE)),
    # a valley the text places beside a village, named after a namesake of its own: "في وادي الجرن ووادي السويدية
    # المحاذيين لقرية X": the village is where it struck, not the valley's namesake
    (re.compile(r"(?:^|\s)[وفب]{0,2}وادي $"), re.compile(r"(?:\s+و\s?وادي\s+\S+)?\s+(?:ال)?(?:محاذي|مجاور)")),
)


def role_around(doc: Document, start: int, end: int) -> bool:
    """Whether the name at [start, end) is someone's place by the words around it (_ROLES_AROUND).

    >>> role_around(Document.of("The wounded were taken to Zakho Emergency Hospital."), 26, 31)
    True
    >>> role_around(Document.of("A drone hit Zakho Hospital."), 12, 17)
    False
    >>> role_around(Document.of("the director of the Sindi sub-district said"), 20, 25)
    True
    >>> text = "SNA mercenaries in occupied Serêkaniyê fired mortars at Tal Hafian"
    >>> role_around(Document.of(text), 28, 38), role_around(Document.of("SDF fighters in Hajin were killed"), 16, 21)
    (True, False)
    """
    before = doc.before(start, 60)
    return any(after.match(doc.text, end, end + 40) and prefix.search(before) for prefix, after in _ROLES_AROUND)


# A local or field source in the district he speaks for (folded, before the district, whose word may open its name):
# "أفاد مصدر محلي في قضاء جومان", "مصادر ميدانية في ناحية هجين": the district's villages are struck ("مصدر محلي في
# العمادية" may speak of his own town struck)
_LOCAL_SOURCE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:مصدر|مصادر) (?:محلي|محليه|ميداني|ميدانيه|مطلع|مطلعه)(?: \S+)? (?:في|ب)"
                                  r"(?P<unit> (?:قضاء|ناحيه|محافظه))? ?$")
_UNIT_WORD = re.compile(r"(?:قضاء|ناحيه|محافظه) ")


def _local_sources_district(doc: Document, mention: Match) -> bool:
    """Whether *mention* is the district a local source speaks from (``_LOCAL_SOURCE_BEFORE``)."""
    found = _LOCAL_SOURCE_BEFORE.search(doc.before(mention.start, 60))
    return bool(found) and bool(found["unit"] or _UNIT_WORD.match(mention.folded))


_QUARTER_WORD = re.compile(r"(?:^|\s)[وفب]?(?:حي|احياء) $")     # folded: "في حي X", "بحي X"
_OF_CITY_AR = re.compile(r"\s*[،,]?\s*(?:ب|في\s+|من\s+)(?:وسط\s+)?مدين[ةه]\s+")   # "… بمدينة Y", "في مدينة Y"


def _quarter_of_named_city(doc: Document, mention: Match, mentions: dict[str, list[Match]]) -> bool:
    """Whether *mention* names a quarter ("حي X") of the city named right after it ("بمدينة Y", one of
    *mentions*): the quarter is inside the city."""
    if not _QUARTER_WORD.search(doc.before(mention.start, 12)):
        return False
    after = _OF_CITY_AR.match(doc.text, mention.end)
    return bool(after) and any(other.start == after.end() for found in mentions.values() for other in found)


def _places_theirs(doc: Document, mention: Match, theirs: list[Match]) -> bool:
    """Whether *mention* is only the reference point ("X, north-east of Y") of a name right before it that is
    someone's place (*theirs*: ``someones_place``)."""
    return off_by_direction(doc, mention.start) and any(
        mention.start - _BEARING_WIDTH < m.end <= mention.start and doc.sentence_of(m.start) == doc.sentence_of(mention.start)
        for m in theirs)


# A speaker's tag before a quote or a headline's news, the place they speak from: "محافظ نينوى من الموصل: قصف تركي
# قرب مخمور", "Nineveh governor from Mosul: …" (before the place, folded; after it, the text)
# (not a distance: "near Zakho:", "بالقرب من زاخو:", "10 km from Mosul:")
_SPEAKS_FROM_BEFORE = re.compile(r"\b(?!(?:away|far|miles?|km|kilomet\w+|met(?:er|re)s|\d+)\b)\w+ from(?: the)?(?: city of)? $"
                                 r"|(?:^|\s)(?!(?:[بل]?قرب|قريب\S*|مقربه|بعيد\S*|كم|كيلومتر\S*|متر\S*|\d+)\s)\S+ من(?: مدينه)? $")
_TAG_AFTER = re.compile(r"^\s*:")


def someones_place(doc: Document, mention: Match, rules: frozenset[str] = frozenset()) -> bool:
    """Whether *mention* is someone's place, not a strike's: an origin or destination ("fled from X", "X-based";
    with the rule "roles" also "heading towards X", "descended from X", "taken to Zakho Emergency Hospital",
    "مستشفى القائم العام"). Asked of a mention by several steps: ``doc.once_with(someones_place, mention, rules)``."""
    before, after = doc.before(mention.start, 60), doc.text[mention.end:mention.end + 20]
    return bool(_ELSEWHERE_BEFORE.search(before) or _ELSEWHERE_AFTER.match(after)
                or (_TAG_AFTER.match(after) and _SPEAKS_FROM_BEFORE.search(before))
                or ("roles" in rules and (_ROLE_BEFORE.search(before) or _UNIT_AFTER.match(after)
                                          or _local_sources_district(doc, mention)
                                          or role_around(doc, mention.start, mention.end) or _surname(doc, mention)
                                          or _NOM_DE_GUERRE.search(doc.text, max(0, mention.start - 40), mention.start)
                                          or _NOM_DE_GUERRE_AR.search(before)))
                or ("corrected" in rules and _CORRECTED_BEFORE.search(before)))


def _surname(doc: Document, mention: Match) -> bool:
    """Whether *mention* is a person who speaks, named by first name and surname ("… director Ahmed Salih told
    Kurdistan24") or by the surname alone once the text so named them ("but Salih said the second man escaped"): no
    village Salah; or the first name of a full name the text gives a speaker's post or verb ("spoke to Karwan Ahmed,
    director of the sub-district", then "Karwan Ahmed: …" answering in a Q&A): no village Karwan."""
    name = mention.matched_text
    if not name[:1].isupper():
        return False
    surname = _SURNAME_AFTER.match(doc.text, mention.end)
    return bool(_SPEAKS_AFTER.match(doc.text, mention.end)) and bool(
        _FIRST_NAME_BEFORE.search(doc.text, 0, mention.start)
        or re.search(rf"\b[A-Z][a-z]+ {re.escape(name)}\b", doc.text[:mention.start])) or bool(
        surname and re.search(rf"\b{re.escape(name + surname.group())}(?:{_SPEAKS_AFTER.pattern}|{_POST_AFTER})", doc.text))


# A fighter's nom de guerre, a first name and a city ("SDF commander Rezan Qamishlo", "القيادي في قسد ريزان قامشلو",
# "يدعى هفال كوباني"): the city after the first name is the man's, not where anything struck (folded before it in
# Arabic; a first name is no preposition nor place word)
_NOM_DE_GUERRE = re.compile(r"\b(?:commander|leader|fighter|member|official|comrade|martyr)\s+[A-Z][a-z]+ $")
_NOM_DE_GUERRE_AR = re.compile(r"(?:^|\s)(?:ال)?(?:قيادي|قياديه|قياديا|مقاتل|مقاتله|مقاتلا|شهيد|شهيده|يدعي"
                               r"|مدعو|مدعوه|رفيق|رفيقه)(?: في \S+)? (?!(?:في|من|قرب|علي|الي|عند|بلده|قريه|مدينه|ريف"
                               r"|ناحيه|منطقه|قضاء|محافظه|حي|مخيم|جبل|طريق|اطراف|محيط|وسط|داخل|(?:شمال|جنوب|شرق|غرب)\S*)\s)"
                               r"[^\sب]\S* $")
# A verb of speech right after a name (its speaker): "Salih said", "Hassan told AFP"
_SPEAKS_AFTER = re.compile(r" (?:said|says|told|added|noted|explained|stressed)\b")
# A surname right after a first name, and a speaker's post after the full name: "Karwan Ahmed, director of …"
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+\b(?![ -][A-Z])")
_POST_AFTER = (r",? (?:the |a )?(?:director|head|mayor|governor|spokes(?:man|woman|person)|official|commander|chief"
               r"|deputy|adviser|advisor|member)\b")
# A first name right before a surname ("Mount Gara", "Tal Tamr" are never followed by a verb of speech)
_FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


# A place a correction says the strike was not at (rule "corrected"): "لم يكن في تل براك كما ذكرنا، بل في تل
# حميس", "وليس X", "hit Al-Karamah, not Mansoura", "in X, not in Y", "rather than Y"
_CORRECTED_BEFORE = re.compile(r"(?:\b(?:not|rather than|instead of)(?: in| at| on| near)?"
                               r"|(?:^|\s)[و]?(?:ليس|ليست|لم يكن|لم تكن|لا)(?: [فبو]?(?:في|علي|قرب))?) [بف]?$")


# Where someone or something heads (folded, before the place): "fled to the town of X", "الطريق نحو X"
TOWARDS = re.compile(r"(?:\b(?:to|towards?|into)|(?:^|\s)(?:نحو|باتجاه|الي|صوب))"
                     r"(?: (?:the )?(?:city|town|village|camp|مدينه|بلده|قريه|مخيم)(?: of)?)? $")
# A post's line head: the name opens its line (after bullets, emojis, "#") and a colon or a bar follows it.
# (a colon, a bar, or a dash between spaces: "• Topzawa – farmland on fire", "Bozan village – …"; or an emoji
# between spaces, a channel's separator: "تربسبيه 🔻 قصف …")
_HEAD_AFTER = re.compile(r"(?:[^\S\n]+(?:village|town|hamlet))?[^\S\n]*(?:📍[^\S\n]*)?(?:[:|｜]|(?<=\s)[-–—](?=\s)"
                         r"|(?<=\s)[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]+\ufe0f?(?=[^\S\n]))")

# A post's line that names a place and its district alone, after a comma or a spaced dash: up to three words, then one
# or two, none a digit nor an article word ("دوكر، تربه سبيه", "Girê Reş – Derik"; not "Jiliya, 2 wounded", "Hajin,
# the town")
_PLACE_DISTRICT_LINE = re.compile(r"[^\w\n]*(?P<place>[^\W\d]+(?:[^\S\n]+[^\W\d]+){0,2})[^\S\n]*"
                                  r"(?:[,،]|[^\S\n][-–—][^\S\n])[^\S\n]*"
                                  r"(?!(?:the|a|an)\b)(?P<district>[^\W\d]+(?:[^\S\n]+[^\W\d]+)?)[^\w\n]*")
# … or that heads its line so, before a colon, a bar or a spaced dash ("📍Memolan, Mergasur – artillery fire …")
# (not after a slash: "كاني ماسي / شيلادزي" lists two villages, rule "marks")
_PLACE_DISTRICT_HEAD = re.compile(_PLACE_DISTRICT_LINE.pattern.removesuffix(r"[^\w\n]*") + f"(?={_HEAD_AFTER.pattern})")


# The tags that close a post: a run of hashtags after its last words, to the end ("… no casualties #Derik #Rojava")
_CLOSING_TAGS = re.compile(r"(?:\s*#\S+)+\s*$")


# A post's line head that names a town's area, not the town: "ريف تل أبيض الغربي ⬅️", "Tal Tamr front 🔴", "Derik
# countryside:" (the countryside word before, or a bearing or "countryside"/"front" after, then _HEAD_AFTER)
_AREA_HEAD_BEFORE = re.compile(r"[^\w\n]*(?:ريف|[Rr]ural)[^\S\n]+")
_AREA_HEAD_AFTER = re.compile(r"[^\S\n]+(?:countryside|front(?:line)?|(?:ال)?(?:شمال|جنوب|شرق|غرب)ي[ةه]?)"
                              + _HEAD_AFTER.pattern)


def area_head(text: str, mention: Match) -> bool:
    """Whether *mention* heads its line as the name of its town's area ("ريف تل أبيض الغربي ⬅️ …", "Tal Tamr front 🔴
    …"): the line files its news under that area, as a hashtag of the town does (rule "countryside").

    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end")
    >>> text = "ريف تل أبيض الغربي ⬅️ قصف على قرية"
    >>> area_head(text, M(4, 11)), area_head("Tal Tamr front 🔴 mortars hit a village", M(0, 8))
    (True, True)
    >>> area_head("Tal Tamr 🔴 mortars hit a village", M(0, 8)), area_head("قصف على ريف تل أبيض الغربي", M(12, 19))
    (False, False)
    """
    before = text[line_words(text, mention.start):mention.start]
    return bool((_AREA_HEAD_BEFORE.fullmatch(before) and (_HEAD_AFTER.match(text, mention.end)
                                                           or _AREA_HEAD_AFTER.match(text, mention.end)))
                or (not any(char.isalnum() for char in before) and _AREA_HEAD_AFTER.match(text, mention.end)))


def post_hashtag(text: str, start: int) -> bool:
    """Whether the name at *start* is one of the post's own hashtags: one that opens its line, the post's place
    before its words ("#Derik turkish drone hit a car in X village"), or one of the tags that close the post apart from
    its words, after a stop or a line break or with another tag ("… in derik countryside, no casualties #Derik
    #Rojava").

    >>> post_hashtag("#Derik drone hit X", 1), post_hashtag("drone hit X #Derik #Rojava", 13)
    (True, True)
    >>> post_hashtag("drone hit X.\\n#Derik", 14), post_hashtag("drone hit #Derik", 11)
    (True, False)
    """
    if text[start - 1:start] != "#":
        return False
    line = text.rfind("\n", 0, start) + 1
    return not any(char.isalnum() for char in text[line:start]) or closing_hashtag(text, start)


def closing_hashtag(text: str, start: int) -> bool:
    """Whether the name at *start* is one of the tags that close a post apart from its words (``post_hashtag``): after
    a stop or a line break, or with another tag ("… no casualties so far #KRG #Soran"), not a hashtag of its words
    ("… hit a car on the road to #Baghuz").

    >>> closing_hashtag("drone hit X #Derik #Rojava", 13), closing_hashtag("drone hit #Derik", 11)
    (True, False)
    >>> closing_hashtag("#Derik drone hit X", 1)
    False
    """
    closing = _CLOSING_TAGS.search(text)
    return text[start - 1:start] == "#" and bool(closing) and closing.start() < start and (
        closing.group().count("#") > 1 or not text[:closing.start()].rstrip()[-1:].isalnum())


def line_head(text: str, mention: Match) -> bool:
    """Whether *mention* heads its line ("- سري كانيه: قصف …", "#البوكمال | …", "Tal Tamr: …")."""
    return at_line_head(text, mention.start, mention.end)


def at_line_head(text: str, start: int, end: int) -> bool:
    """Whether the text's [start, end) heads its line (``line_head``).

    >>> at_line_head("حصيلة اليوم\\n- كركي لكي: سيارة", 14, 22), at_line_head("قصف على كركي لكي: سيارة", 8, 16)
    (True, False)

    On a list's line a comma ends the head too ("- Jiliya, 2 wounded"), not on a line of prose:

    >>> at_line_head("Drone strikes:\\n- Jiliya, 2 wounded", 17, 23), at_line_head("Jiliya, 2 wounded", 0, 6)
    (True, False)

    A numbered list's number is no word before it:

    >>> at_line_head("Drone strikes:\\n2. Jiliya, 2 wounded", 18, 24)
    True

    Nor on a post's line of a place and its district alone (``on_district_line``: "دوكر، تربه سبيه" under "قصف مسيرة
    تركية الآن"):

    >>> at_line_head("قصف مسيرة الآن\\nدوكر، تربه سبيه\\nجريح", 15, 19), at_line_head("Hajin, the town", 0, 5)
    (True, False)
    """
    return not any(char.isalnum() for char in text[min(line_words(text, start), start):start]) and bool(
        _HEAD_AFTER.match(text, end) or (text[end:end + 1] in (",", "،") and (
            list_item(text, start) or on_district_line(text, start))))


def on_district_line(text: str, start: int) -> bool:
    """Whether a name starting at the text's *start* is one of the two of a post's line that names a place and its
    district alone (``_PLACE_DISTRICT_LINE``): each is introduced there as a place word would.

    >>> text = "قصف مسيرة الآن\\nدوكر، تربه سبيه\\nجريح"
    >>> on_district_line(text, 15), on_district_line(text, 21), on_district_line("Hajin, the town", 0)
    (True, True, False)
    """
    line = district_line(text, start)
    return line is not None and start in (line.start("place"), line.start("district"))


def alone_on_list_line(text: str, start: int, end: int) -> bool:
    """Whether the text's [start, end) is all that a list's line holds after its bullet or number, emojis and marks
    aside ("▪️ جديدة حرب", "1- كانيكا", "- Gêrê"): a post lists the places of its strike line so, each introduced
    there as a place word would (rule "heads").

    >>> text = "قصف على قرى:\\n▪️ تل بص\\n- Gêrê 🔥"
    >>> start = text.index("تل بص"); alone_on_list_line(text, start, start + 5)
    True
    >>> start = text.index("Gêrê"); alone_on_list_line(text, start, start + 4)
    True
    >>> alone_on_list_line("Strikes:\\n- Jiliya, 2 wounded", 11, 17), alone_on_list_line("Drone strike\\nتل بص", 13, 18)
    (False, False)
    """
    stop = text.find("\n", end)
    return list_item(text, start) and not any(
        char.isalnum() for char in text[line_words(text, start):start] + text[end:len(text) if stop < 0 else stop])


def district_line(text: str, offset: int) -> re.Match | None:
    """The post's line of a place and its district alone (``_PLACE_DISTRICT_LINE``) that holds the text's *offset*,
    or the head of its line so (``_PLACE_DISTRICT_HEAD``).

    >>> district_line("📍Memolan, Mergasur – artillery fire set fields ablaze", 3).group("place", "district")
    ('Memolan', 'Mergasur')
    >>> district_line("Tirbeka, Derik: a drone struck a tractor", 0).group("district")
    'Derik'
    >>> district_line("Sinjar | a drone", 0) is None
    True
    """
    stop, start = text.find("\n", offset), text.rfind("\n", 0, offset) + 1
    stop = len(text) if stop < 0 else stop
    return _PLACE_DISTRICT_LINE.fullmatch(text, start, stop) or _PLACE_DISTRICT_HEAD.match(text, start, stop)


_CITY_BEFORE = re.compile(r"(?:city of|مدينه) $")
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_CITY_WORD = re.compile(r"\bcity\b|مدينه")     # a variant that says it: "مدينة دير الزور"
# "the road between Raqqa and Ain Issa", "بين بلدتي ذيبان والحوايج": two ends of a stretch, neither a label; the
# strike is somewhere between them: the first end at precision 2, the second only its other end (no place, no
# event of its own, as a reference point "south of X" is none)
_BETWEEN = re.compile(r"(?:\bbetween|(?:^|\s)بين)(?: the)?(?: (?:towns?|villages?|cities|بلدتي|قريتي|مدينتي|قري|بلدات))?"
                      r"(?: of)? $")
_BETWEEN_SECOND = re.compile(_BETWEEN.pattern[:-2] + r"(?: [^\s.;:]+){1,5} (?:and|و)(?: the)?"   # "… and the village of B"
                             r"(?: (?:village|town|city)(?: of)?| ?مدينه| (?:قريه|بلده))? $")
# ("بين معدان ومدينة الرقة": the city word joined to its "و"; a joined "وبلدة X" is left the strike's own town: "بين
# القامشلي وبلدة تل حميس، قرب مدخل البلدة")


# "the Amedi-Sarsing road", "طريق رواندوز - سيدكان": a road named by its two ends is a stretch between them
# (the original text: folding drops the dash)
_ROAD_WORD_AFTER = re.compile(r"\s+(?:road|highway|motorway)\b", re.IGNORECASE)
_ROAD_FIRST_AFTER = re.compile(r"\s?[-–—]\s?(?:[Aa][lnrsdtz]-)?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?" + _ROAD_WORD_AFTER.pattern,
                               re.IGNORECASE)
_ROAD_WORD_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:ال)?طريق(?: (?:ال)?(?:دولي|سريع|عام|رئيسي))?\s+$")
_ROAD_SECOND_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:ال)?طريق(?: \S+){1,3}\s*[-–—]\s*$")


def _road_end(doc: Document, mention: Match) -> int:
    """1 when *mention* is the first end of a road named by its ends ("the Rutba-Trebil highway", "طريق ديريك -
    عين ديوار"), 2 when it is the second, else 0."""
    before, after = doc.text[max(0, mention.start - 40):mention.start], doc.text[mention.end:mention.end + 40]
    if _ROAD_FIRST_AFTER.match(after) or (_ROAD_WORD_BEFORE.search(before) and re.match(r"\s*[-–—]\s*\S", after)):
        return 1
    if re.search(r"\S\s?[-–—]\s?$", before) and (_ROAD_WORD_AFTER.match(after) or _ROAD_SECOND_BEFORE.search(before)):
        return 2
    return 0


def first_end(doc: Document, mention: Match) -> bool:
    """Whether *mention* is the first end of "between A and B" ("the road between Raqqa and Ain Issa") or of
    "the A-B road"."""
    return doc.once_with(_stretch_ends, mention)[0]


def second_end(doc: Document, mention: Match) -> bool:
    """Whether *mention* is the second end of "between A and B" ("بين عنه وراوة") or of "the A-B road"."""
    return doc.once_with(_stretch_ends, mention)[1]


def _stretch_ends(doc: Document, mention: Match) -> tuple[bool, bool]:
    """Whether *mention* is the first end of a stretch named by its ends, and whether the second (``first_end``,
    ``second_end``: asked of each mention for every strike of the article, so once per document)."""
    road = _road_end(doc, mention)
    return (bool(_BETWEEN.search(doc.before(mention.start))) or road == 1,
            bool(_BETWEEN_SECOND.search(doc.before(mention.start, 70))) or road == 2)


_QUARTER_OF_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|quarters?) of\s+(?:the\s+)?$", re.IGNORECASE)


def city_by_use(doc: Document, mention: Match) -> bool:
    """Whether *mention* names a city by the use the text makes of it, not its governorate of the same name: a wire
    dateline in capitals opening a line names the city the report was filed from ("HASAKAH, Syria (North Press) –"), a
    neighbourhood is of a city ("the Mashlab neighbourhood of Raqqa, Syria").

    >>> from monitor.text.watchlists import Match
    >>> def use(text):
    ...     start = text.casefold().index("hasakah")
    ...     return city_by_use(Document.of(text), Match("places", "Hasakah", "Hasakah", start, start + 7))
    >>> [use(text) for text in ("HASAKAH, Syria (North Press) – A drone struck", "Hasakah, Syria: a drone struck",
    ...                         "a drone struck the Nashwa neighbourhood of Hasakah, Syria")]
    [True, False, True]
    """
    text = doc.text
    return ((mention.start == 0 or text[mention.start - 1] == "\n") and text[mention.start:mention.end].isupper()) \
        or bool(_QUARTER_OF_BEFORE.search(doc.before(mention.start)))


def says_city(doc: Document, mention: Match) -> bool:
    """Whether *mention* says it is the city ("Aleppo city", "the city of Aleppo", "مدينة حلب")."""
    return bool(_CITY_BEFORE.search(doc.before(mention.start)) or _CITY_AFTER.match(doc.text[mention.end:mention.end + 8])
                or _CITY_WORD.search(mention.folded))


# A name of one to three capitalised words, the words after the first with their article ("Al-Jurdi al-Sharqi")
# (Kurdish Latin capitals too: "the Şerkrak silos", "Çilê village")
_NAME = r"(?:[A-ZÇŞÊÎÛ][\w'’]*[\s-](?:a[lnrsdtz]-)?){0,2}[A-ZÇŞÊÎÛ][\w'’]*"
# The place a coded note's tag names ("[coded to Kenjo]", "(coded to X)"), after the note's last sentence
_CODED_TAG = re.compile(rf"\bcoded to (?:the )?({_NAME})")
# An item of an Arabic list and what joins the next to it ("و", "،")
_ITEM, _AND = r"[^\s،,.+/|]+", r"(?:\s+و\s?|\s*[،,]\s*)"
# Two introductions that hold a name only inside an area the text names (_held_by_area): "on the Al-Sijri road", "the
# Hatimiya road south of Sinjar", a road named after the village it leads to; "the villages of Erbûş and Kefrê", "the
# villages of X, Y and Z", the last of a list a plural place word opens
_ROAD_NAMED = re.compile(rf"\b({_NAME}){_OTHER_NAME}\s+(?:road|highway)\b")
_LAST_LISTED = re.compile(rf"\b(?:villages|towns) of\s+(?:[Aa][lnrsdtz]-)?{_NAME}(?:,\s+(?:[Aa][lnrsdtz]-)?{_NAME})*,?\s+and\s+"
                          rf"((?:[Aa][lnrsdtz]-)?{_NAME})")
# An unknown name the text introduces as a place: "Hamrat town", "the Kubaysa desert", "the village of Tal Hmis",
# "the Kanî Blav (Kani Balav) area" (either name before the place word),
# "the outskirts of X", "the surroundings of X", "Bersive camp" (a camp for the displaced or a collective town),
# "X, a village near Y", "[coded to X]",
# "قرية تل حميس" (one to three words; Arabic: the one or two words after the place word).
_INTRODUCED = (re.compile(rf"\b({_NAME}){_OTHER_NAME}\s+(?:towns?|villages?|hamlet|area|region|desert|valley"
                          rf"|sub-?district|nahiya|camp|silos|mills?|{_FARMLAND})\b"),
               # "Til Nasrî and Til Baz villages", "Tal Asnan, Tal Barqa and Jawzat villages": the names before the last
               # of a list a plural place word follows
               re.compile(r"\b((?:[A-Z][\w'’]*[\s-]){0,2}[A-Z][\w'’]*)(?=(?:,\s+(?:[A-Z][\w'’]*[\s-]){0,2}[A-Z][\w'’]*)*"
                          r",?\s+(?:and|or)\s+(?:[A-Z][\w'’]*[\s-]){0,2}[A-Z][\w'’]*\s+(?:towns|villages)\b)"),
               # "Khanasor, a town north of Mount Sinjar", "Tabiyeh, a village near the Conoco field" (and the people's
               # words before: "Karamlesh, a Syriac Christian town", "X, a predominantly Yazidi village"; "Jazirat
               # al-Khalidiya, an island in the Euphrates")
               re.compile(rf"\b((?:[A-Z][\w'’]*[\s-]){{0,2}}[A-Z][\w'’]*|{_NAME}),\s+an?\s+"
                          r"(?:(?:small|nearby|border|remote|frontline|predominantly|mostly|mainly|largely)\s+)?"
                          r"(?:[A-Z][\w-]*\s+){0,2}(?:town|village|hamlet|sub-?district|island)\b"),
               # "in Tel Qasab, south of Mount Sinjar": a name placed by its direction from another
               # (an article inside the name in lower case: "near Tell al-Samin, north-east of Hasakah")
               re.compile(rf"\b(?:in|at|near)\s+({_NAME}),\s+(?:\d+\s*km\s+)?"
                          r"(?:north|south|east|west)\w*(?:-\w+)?\s+of\b"),
               _CODED_TAG,
               re.compile(r"\b(?:villages?|towns?|hamlet|outskirts|surroundings|environs|vicinity|edges?|silos|mills?) of\s+"
                          r"((?:[Aa][lnrsdtz]-)?[A-Z][\w'’]*(?:[\s-](?:a[lnrsdtz]-)?[A-Z][\w'’]*){0,2})"),
               _ROAD_NAMED, _LAST_LISTED,
               # Kurmanji's village and area before the name, the name in its oblique case ("gundê Xirbê Mercanê",
               # "herêma Xakurkê": the spelling key drops the ending's vowel as it drops every vowel)
               re.compile(r"\b(?:gund[êe]n?|komelgeha|her[êe]ma|dever[êe]n?|devera)\s+([A-ZÇŞÊÎÛ][\w'’]*(?:\s[A-ZÇŞÊÎÛ][\w'’]*){0,2})"),
               # Arabizi's village before the name, its first word and the one after a head word ("2aryet tal na3ur",
               # "qaryet el ma7moudiyeh", "2aryet khirbet el samra"; Arabizi is typed in small letters, hashtags aside)
               re.compile(r"\b(?:[2q]ary[ae]t?|[2q]aryit)\s+((?:(?:el|al)[\s-])?(?:(?:tal|tall|tel|tell|til|ain|ayn|3ain"
                          r"|khirbet|khirbit|deir|dayr|kafr|umm|om|abu|bir|jisr|ras)\s+(?:(?:el|al)[\s-])?)?[a-z0-9][\w'’]*)",
                          re.IGNORECASE),
               # (مجمع: a collective town of Iraq, "مجمع خانصور"; not a complex of some use, "مجمع سكني"; no list's mark)
               # (بادية X, صحراء X: the desert of a village, "بادية الشميطية")
               # (Sorani's village: "گوندی X")
               re.compile(r"(?:^|\s)[وفب]?(?:قري[ةه]|بلد[ةه]|ناحي[ةه]|بادي[ةه]|صحراء|گوندی|مجمع(?!\s+(?:سكني|تجاري|حكومي|صناعي|طبي|تربوي|ديني)))"
                          r"\s+([^\s+/|]+(?:\s[^\s+/|]+)?)"),
               # a facility named after its village: "صوامع شركراك" (the silos of Sharakrak), "مطحنة X", "محطة مياه X"
               # (a station by its kind first: "محطة نفط قرب رميلان" names no village نفط)
               re.compile(r"(?:^|\s)[وفب]?(?:صوامع|صومع[ةه]|مطحن[ةه]|مطاحن"
                          r"|محط[ةه]\s(?:ال)?(?:مياه|كهرباء|ضخ|وقود|نفط|محروقات))"
                          r"\s+(?!(?:قرب|في|على|من|بين|شرق|غرب|شمال|جنوب)\S*(?:\s|$))([^\s+/|،,.]+)"),
               # "قريتي دركار عجم وهيتيان": the first and the second of the two places a dual introduces
               re.compile(r"(?:^|\s)[وفب]?(?:قريتي|بلدتي)\s+([^\s،,.+/|]+(?:\s(?!و)[^\s،,.+/|]+)?)\s+و"),
               re.compile(r"(?:^|\s)[وفب]?(?:قريتي|بلدتي)\s+[^\s،,.]+(?:\s[^\s،,.]+)?\s+و\s?([^\s،,.+/|]+(?:\s[^\s،,.+/|]+)?)"),
               # "قرى هيسي ومزيركا وهمزيكي": the second and the last item of a plural's list (one word each)
               *(re.compile(rf"(?:^|\s)[وفب]?(?:قرى|بلدات)\s+{_ITEM}(?:{_AND}{_ITEM}){repeat}{_AND}({_ITEM})")
                 for repeat in ("*?", "*")))
# A name after a bare preposition of place ("near Dohola", "outside Amuda", "قرب دهولة"): looked up by spelling key
# alone, never by edit distance (a preposition introduces any word); not after "in" or "of", which introduce a city's
# quarters as often as a village ("in Al-Midan neighborhood" of Aleppo is no Madayin Kabirah 41 km off); nor is the
# first end of a stretch ("on the road between Hawi Artaja and Al-Qaim")
# The Latin words of a village's part after its name: upper, lower, big, small, east, west ("Umm Hijara al-Ulya")
_PART_WORD = r"(?:[UuOo]l[iy]a|[Ss]u?fla|[Ss]ifla|[Kk][ae]?bir[ae]?|[Ss]aghir[ae]?|[Ss]ghir[ae]?|[Ss]harqi(?:ya|yah)?|[Gg]harbi(?:ya|yah)?)\b"
_PLACED = re.compile(r"\b(?:near|outside|around|(?:road|highway) between)\s+(?!(?:January|February|March|April|May|June|July|August|September"
                     r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                     r"((?:[Aa][lnrsdtz]-)?[A-Z][\w'’]*(?:[\s-](?:a[lnrsdtz]-)?[A-Z][\w'’]*)?"
                     # (and the part of the village it names after: "near Umm Hijara al-Ulya" is the upper village, not
                     # the pair's midpoint "Umm Hijarah")
                     rf"(?:[\s-]a[lnrsdtz]-{_PART_WORD})?)"
                     # (not "في": "في شمال العراق" would be a village spelled like شمال)
                     r"|(?:^|\s)(?:قرب|بالقرب من)\s+([^\s+/|،,.]+)")
# The area a name after a bare preposition lies in, told right after it: "near Jalwa in the countryside of Derik",
# "near X in the Amedi district", "قرب X بريف Y"
_AREA_LABEL_FOLLOWS = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:countryside|outskirts|district|sub-?district)"
                                 r"\s+of\b|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:sub-?district|district|countryside)\b"
                                 r"|\s+(?:في\s+)?[بف]?(?:ريف|قضاء|ناحي[ةه])\s")
# "Sheladize, Duhok", "Batifa, Duhok province", "Sheladize, in the Amadiya district": a name labelled by the
# governorate or district after its comma (rule "labels"; only when a label of the text starts right there)
# (ACLED's "Khanasor (Sinjar, Ninewa)": the parenthesis after the name labels it as the comma does)
# (and the bearing of the part it names, after the bracket or the comma: "Tabariya (eastern Deir ez-Zor countryside)",
# "in Ruwaished, northern Deir ez-Zor countryside": the label opens after it)
_LABEL_BEARING = r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+)?"
_LABELLED = re.compile(rf"\b({_NAME})(?:,\s+(?:in\s+(?:the\s+)?)?{_LABEL_BEARING}|\s+\({_LABEL_BEARING})")
# "in Jazrat al-Buhmeid in the western Deir ez-Zor countryside", "a strike on Abu Hamam in Deir ez-Zor": a name after a
# preposition of place or a strike verb that a label of the text places in its area (only when a label starts right
# there; a governorate's namesake city is one there, _NAME_IN_BEFORE): looked up by spelling key alone, as after a bare
# preposition (not a day, a month, an acronym or a side: "on Monday in Raqqa", "on ISIS in Raqqa", "on Islamic State")
_IN_NAME = (r"\b(?:in|at|on|near|outside|around|hit|hits|struck|strikes|targeted|targeting|targets|shelled|shelling"
            r"|bombed|bombing|pounded|raided)\s+(?!(?:January|February|March|April|May|June|July|August|September"
            r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Islamic|State|Kurdish"
            r"|Turkish|Syrian|Iraqi|Russian|Iranian|American|Coalition|Daesh|Hezbollah|Hashd|Peshmerga|Asayish|Army)\b)"
            r"(?:the\s+)?(?:(?:village|town|hamlet)\s+of\s+)?"
            rf"(?=(?:[Aa][lnrsdtz]-)?[A-Z][a-z])((?:[Aa][lnrsdtz]-)?{_NAME})(?<!Street)(?<!Road)(?<!Square)"
            r"(?:\s+(?:village|town))?\s+in\s+(?:the\s+)?")
_IN_LABELLED = re.compile(_IN_NAME + r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+)?")
# (the same name right before a governorate's namesake city: "on Abu Hamam in Deir ez-Zor" is in the governorate)
_NAME_IN_BEFORE = re.compile(_IN_NAME + r"(?:(?:north|south|east|west)\w*(?:-\w+)?\s+)?$")
_POSSESSED = re.compile(r"['’]s\s+((?:[Aa][lnrsdtz]-)?[A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*){0,2})")   # "Sinjar's Khanasor"
# "Mount Matin", "the Matin mountains", "the Qandil range": a name a mountain noun introduces is terrain, looked up
# among the terrain of the area alone (kind "region": Metina, not a village spelled alike)
_MOUNTAIN_NAMED = (re.compile(rf"\b(?:Mount|Mt\.?|[Mm]ountains? of(?: the)?)\s+({_NAME})"),
                   re.compile(rf"\b({_NAME})\s+(?:mountains?|range|heights)\b"))
# A city's quarter ("Al-Midan neighborhood", "the Mashhad quarter", "the neighbourhoods of X"): coded at its city, as
# the ACLED codebook codes a neighbourhood, never looked up by spelling as a village of the area
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?)\b", re.IGNORECASE)
_QUARTER_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|quarters?|district) of\s+(?:the\s+)?$", re.IGNORECASE)
def introduced_names(doc: Document, index: int) -> list[tuple[int, int]]:
    """The spans of the names sentence *index* introduces as places ("the village of Tal Jumaa", "Shheil town",
    "قرية X"), known to the gazetteer or not.

    >>> introduced_names(Document.of("A drone struck a truck near the village of Tal Jumaa."), 0)
    [(43, 52)]
    """
    start, end = doc.spans[index]
    sentence = doc.text[start:end]   # (the patterns whose words it lacks are not tried: patterns.may_match)
    return [hit.span(1) for pattern in _INTRODUCED if may_match(pattern, sentence)
            for hit in pattern.finditer(doc.text, start, end)]


SPELLING_MARGIN = 5   # rapidfuzz ratio points by which one of several places spelled alike is spelled closer
# "X, 4 km east of Y", "X, north of Y", "X village west of Y", "X near Y": a name placed by its direction from a place
# the text names, or by the place it lies near (Y right after)
_PLACED_BY = re.compile(r"(?:\s+(?:village|town|hamlet))?,?\s+(?:(?:about|some|around|nearly)\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?)\s+)?"
                        r"(?:to the\s+)?(?:(?:north|south|east|west)\w*(?:-\w+)?\s+of|(?P<near>near))\s+(?:the\s+)?")
FUZZY_CUTOFF = 85   # rapidfuzz ratio (0-100) of folded names: one or two letters off in a village name
# ... and inside the district the text names, a few dozen villages: one vowel off in six letters ("Sararo": Sararu)
DISTRICT_FUZZY_CUTOFF = 80


def _tolerantly_found(doc: Document, strike: set[int], mentions: dict[str, list[Match]],
                      resolved: dict[str, tuple[Place | None, int | None]], lexicon: Lexicon,
                      labels: frozenset[str] = frozenset()) -> list[tuple[Match, Place]]:
    """``find_tolerantly`` once per document for equal arguments (kept in its memo: ``_find_among``): the names of the
    strike sentences that ``tolerant_matches`` looks up are looked up again by each strike's ``locate_strike``, most
    among the same names and places (a third of its calls over cases.yaml)."""
    return doc.once_with(_find_among, frozenset(strike), tuple((key, tuple(found)) for key, found in mentions.items()),
                         tuple(resolved.items()), lexicon, labels)


def _find_among(doc: Document, strike: frozenset[int], mentions: tuple[tuple[str, tuple[Match, ...]], ...],
                resolved: tuple[tuple[str, tuple[Place | None, int | None]], ...], lexicon: Lexicon,
                labels: frozenset[str]) -> list[tuple[Match, Place]]:
    """``find_tolerantly`` of the hashable pieces ``_tolerantly_found`` keys the document's memo by."""
    return find_tolerantly(doc, set(strike), {key: list(found) for key, found in mentions}, dict(resolved), lexicon, labels)


# A village named in a town, the town's district then holding it (folded; Arabizi's "in" typed "b", "bi" or "fi")
_VILLAGE_IN_BEFORE = re.compile(r"(?:\b(?:qary[ae]t?|qaryit)(?: \S+){1,3}|\bvillages?) (?:b|bi|fi|in) $")


def find_tolerantly(doc: Document, strike: set[int], mentions: dict[str, list[Match]],
                    resolved: dict[str, tuple[Place | None, int | None]], lexicon: Lexicon,
                    labels: frozenset[str] = frozenset()) -> list[tuple[Match, Place]]:
    """Places of the strike sentences that the gazetteer has under another spelling ("Tell
    Hmis" for Tall Hamis): a name introduced as a place ("X town", "village of X", "قرية X",
    "ناحية X", "X, <a label of the text>" such as "Sheladize, Duhok", "<label>'s X": *labels*, the names standing
    for an area)
    and matched by no variant is looked up by spelling key, then by edit distance, among the
    places of the governorates (and districts) the text names; accepted when exactly one
    place fits. A name after a bare preposition ("near Dohola", "قرب X") by spelling key alone; a city's quarter
    ("Al-Midan neighborhood") not at all."""
    from monitor.text.watchlists import Match

    admin1s = {place.admin1 for place, _ in resolved.values() if place is not None}
    # (the districts the text names as areas: "X district", and the countryside of a town, "X village in Serêkaniyê
    # countryside", "قرية X بريف ديرك"; not a governorate's, "the eastern countryside of Deir ez-Zor")
    # (and the town a village is in: "2aryet sararo b 3amadiya", "qaryet X fi amedi", "X village in Amadiya")
    admin2s = {place.admin2 for key, (place, precision) in resolved.items() if place is not None and (precision == 2 or (
        not is_namesake(place) and any(COUNTRYSIDE_OF.search(doc.before(m.start)) or COUNTRYSIDE_AFTER.match(doc.text, m.end)
                                       or _VILLAGE_IN_BEFORE.search(doc.before(m.start, 60)) for m in mentions[key])))}
    # the districts of the text's named places (not of its labels, "(Deir ez-Zor)"): a name spelled only like a place
    # of another district is none of them ("the Al-Hamdan area near Boukamal" is no Al Hamd of Deir ez-Zor district)
    anchored = frozenset(place.admin2 for key, (place, _) in resolved.items()
                         if place is not None and place.admin2 and key not in labels)
    if not admin1s:
        return []
    # (where each place the text names starts: what a namesake placed by it is looked up by, "X, 4 km east of Y")
    points = {m.start: place.point for key, found_key in mentions.items()
              if (place := resolved[key][0]) is not None and resolved[key][1] is not None and resolved[key][1] < 3
              for m in found_key}
    # (a name no place of the text's areas answers to hides no spelling: "قرية الصالحية" is no Qaryat as
    # Salihiyah of Kirkuk "بريف دير الزور")
    taken = [(m.start, m.end) for key, found in mentions.items() if resolved[key][0] is not None for m in found]
    label_starts = {label_start(doc.text, m.start) for key, found in mentions.items() if key in labels for m in found}
    # (the governorates of the labels, where each opens: "X village (Deir-ez-Zor countryside)")
    label_admin1s = {label_start(doc.text, m.start): resolved[key][0].admin1 for key, found in mentions.items()
                     if key in labels and resolved[key][0] is not None for m in found}
    label_ends = {m.end for key, found in mentions.items() if key in labels for m in found}
    # (the districts and towns the text's labels name, finer than a governorate: not a governorate's namesake city)
    areas = [place for key, (place, precision) in resolved.items() if key in labels and place is not None
             and precision is not None and precision < 3 and not is_namesake(place)]
    found = []
    # (and the sentence of a coded note's tag, which names the strike's place after the note's last sentence)
    tagged = {doc.sentence_of(hit.start()) for hit in _CODED_TAG.finditer(doc.text)} if "coded to" in doc.text else set()
    beyond = set()   # (names found beyond the countryside a sentence places them in)
    for index in sorted({*strike, *tagged}):
        countryside = _countryside_towns(doc, index, mentions, resolved)
        for pattern, hits in doc.once_with(_introductions, index):
            for hit in hits:
                group = 2 if pattern is _PLACED and hit.group(1) is None else 1
                span = _before_known(doc.text, hit.span(group), taken)
                if any(a < span[1] and span[0] < b and not in_name(doc.text, span, (a, b))
                       for a, b in taken) or (
                        pattern in (_LABELLED, _IN_LABELLED) and hit.end() not in label_starts) or (
                        pattern is _POSSESSED and hit.start() not in label_ends) or (
                        _QUARTER_AFTER.match(doc.text, hit.end(group))
                        or _QUARTER_BEFORE.search(doc.text, max(0, hit.start(group) - 30), hit.start(group))):
                    continue
                name, folded = doc.text[span[0]:span[1]], doc.fold(*span).strip()
                # a known name (one a list's other strike hides), unless it names places of other governorates only:
                # "Rummanah village north of Ain Issa (Tell Abiad, Raqqa)" is Raqqa's Ar Rummanah, Anbar's spelled so is
                # none of the text's; then only a place near one the text names finer than its governorate ("… the Aleppo
                # countryside and a blast hit Al-Lataminah town" is Hama's, no Aleppo village spelled alike)
                elsewhere = folded in lexicon.places
                if elsewhere and any(known.admin1 in admin1s for known in lexicon.places[folded]):
                    continue
                town = bool(_TOWN_WORD.search(hit.group(0)))
                # (a known name ending this one anchors no district: the longer name is looked up in its stead)
                tails = {key for key, found_key in mentions.items()
                         if any(in_name(doc.text, span, (m.start, m.end)) for m in found_key)}
                anchored_here = frozenset(place.admin2 for key, (place, _) in resolved.items() if place is not None
                                          and place.admin2 and key not in labels and key not in tails) \
                    if tails else anchored
                # (after the name, or after the kind word that follows it: "Qaracogh mountain near Makhmour")
                placed_by = _PLACED_BY.match(doc.text, hit.end(group)) or _PLACED_BY.match(doc.text, hit.end())
                placed_at = points.get(placed_by.end()) if placed_by else None
                # (else the towns and districts its labels name: "قرية هيرينه التابعة لناحية سيدكان" is Harinah by
                # Sidakan, not Harunah 36 km off, both of Soran district)
                near = [placed_at] if placed_at else [area.point for area in areas]
                # (after a bare preposition, in the districts the text names when it names one)
                terrain = pattern in _MOUNTAIN_NAMED
                # (a name after a bare preposition that a label of the text places right after it, "near Jalwa in the
                # countryside of Derik", "قرب X بريف Y", is introduced as a place: by edit distance too)
                labelled = pattern is _PLACED and bool(_AREA_LABEL_FOLLOWS.match(doc.text, hit.end()))
                place = _tolerant_place(name, folded, admin1s, admin2s, lexicon, town,
                                        distance=pattern not in (_PLACED, _IN_LABELLED) or labelled,
                                        anchored=anchored_here,
                                        only=anchored_here if pattern is _PLACED else frozenset(),
                                        points=near, terrain=terrain,
                                        beside=frozenset(known.admin1 for key, (known, _) in resolved.items()
                                                         if known is not None and any(
                                                             doc.sentence_of(m.start) == index for m in mentions[key])))
                # a name the text places near another place ("Qaracogh mountain near Makhmour") is none spelled alike far
                # from it (Mount Korek, 90 km off); a bearing may reach farther ("Al-Hawaij town, south-east of Deir
                # ez-Zor city", 45 km)
                if place is not None and placed_at and placed_by.group("near") and \
                        haversine(place.point, placed_at) > NEARBY_KM:
                    continue
                # a road's village and a list's last village only inside an area the text names ("the Castello road, at
                # the outskirts of Aleppo" is no Al Qastal 46 km off; "the villages of Azizia and Jamiliyyeh" no village
                # of another governorate)
                if place is not None and pattern in (_ROAD_NAMED, _LAST_LISTED) and not _held_by_area(place, resolved):
                    continue
                # (a mountain of the governorate named is that governorate's terrain, near a town it names or not; so is a
                # name its own label places in that governorate: "Muwailih village (Deir-ez-Zor countryside)" is
                # Muwaylih there, not Diyala's Muwaylih, also written Muwailih)
                # ("on Abu Hamam in Deir ez-Zor": its label opens after "in", where the pattern ends)
                label = _LABEL_OPENS.match(doc.text, hit.end(group))
                opens = hit.end() if pattern is _IN_LABELLED else label.end() if label else None
                if place is not None and elsewhere and not terrain and not (
                        opens is not None and label_admin1s.get(opens) == place.admin1) and not any(
                        haversine(place.point, named.point) <= NEARBY_KM for named, precision in resolved.values()
                        if named is not None and precision is not None and precision < 3):
                    continue
                # "Serêkaniyê countryside: … Mabrouka village": a name spelled like a place outside the district or
                # countryside the text labels in that governorate (Al Mubarakah, 120 km off) is none of it
                # a place with no Latin name, found by the Latin key of its letters, only in a district its sentence
                # names ("Mousbir village in the Amedi district"; "a Yazidi town" of Sinjar is no ئازادی of Choman)
                if place is not None and _script(folded) == "latin" and not _named_in(place, "latin") and not any(
                        resolved[key][0] is not None and resolved[key][0].admin2 == place.admin2
                        and any(doc.sentence_of(m.start) == index for m in found_key)
                        for key, found_key in mentions.items()):
                    continue
                # (a district label, or its seat's name, "(Rutba, Al-Anbar)", holds its district's places; another
                # town's countryside or sub-district only those near it: "قرية أم الكيف بريف ناحية تل تمر" is no Umm
                # Kahaf of Al-Hasakah district, 79 km south)
                # (not a known name ending this one, which is part of it: "Bir al-Helou subdistrict" is not Hulw's)
                labelled = [area for area in areas if place is not None and area.admin1 == place.admin1
                            and all(area != resolved[key][0] for key in tails)]
                if labelled and not any((place.admin2 == area.admin2 and (
                        area.kind == "district" or lexicon.seats.get((area.admin1, area.admin2)) == area))
                        or haversine(place.point, area.point) <= NEARBY_KM for area in labelled):
                    continue
                # (the countryside its own sentence names, "قريتي X وY في ريف تل تمر", "ريف الناحية" after "بلدة تل تمر",
                # "X village in Tal Tamr countryside", holds only the places within its reach: "أم الكيف" is no Umm Kahaf
                # 79 km south; the town stands instead, and the name is none of the text's places when it comes again)
                if place is not None and (folded in beyond or any(not in_countryside(place, town, lexicon)
                                                                  for town in countryside)):
                    beyond.add(folded)
                    continue
                if place is None and pattern is not _PLACED and _script(name) == "arabic" and " " in name:
                    name, folded = name.split()[0], folded.split()[0]
                    # (its first word a known name of the text's governorates too: "ناحية سيدكان التابعة" that a clause
                    # apart hides; not one of another governorate only, "ناحية قراج" of Makhmur is no Al Qaraj of Aleppo)
                    here = any(known.admin1 in admin1s for known in lexicon.places.get(folded, ()))
                    place = None if here else _tolerant_place(name, folded, admin1s, admin2s, lexicon, town,
                                                              anchored=anchored, points=near)
                # (a place with no Arabic name, found by the Latin key of the Arabic letters, weak evidence, only within
                # SAME_PLACE_KM of the town whose countryside the text places it in, when it names one (a town, not a
                # district's seat or the governorate's city, whose countryside is their area): "قرية جرنك بريف مدينة
                # عامودا" is no Jirnak by Qamishli, 28 km east of Amuda)
                if place is not None and _script(folded) == "arabic" and not _named_in(place, "arabic") and (rural := [
                        town for key, found_key in mentions.items() if (town := resolved[key][0]) is not None
                        and town.admin1 == place.admin1 and not is_namesake(town)
                        and lexicon.seats.get((town.admin1, town.admin2)) != town and any(
                            COUNTRYSIDE_OF.search(doc.before(m.start)) or COUNTRYSIDE_AFTER.match(doc.text, m.end)
                            for m in found_key)]) and not any(
                        haversine(place.point, town.point) <= SAME_PLACE_KM for town in rural):
                    place = None
                if place is not None:
                    # (a tag's name is also the note's own mention of it: "on the road between Kenjo and Y …
                    # [coded to Kenjo]" strikes the road's end)
                    starts = [span[0]] + ([m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text)
                                           if m.start() < span[0]] if pattern is _CODED_TAG else [])
                    for first in starts:
                        span = (first, first + len(name))
                        if any(a < span[1] and first < b and not in_name(doc.text, span, (a, b)) for a, b in taken):
                            continue
                        match = Match(next(iter(lexicon.place_watchlists)), place.name, name, first, first + len(name),
                                      place.kind, 1.0, f"~{folded}")
                        taken.append((match.start, match.end))
                        found.append((match, place))
    return found


def _held_by_area(place: Place, resolved: dict[str, tuple[Place | None, int | None]]) -> bool:
    """Whether *place* lies inside an area the text names (*resolved*: its places and their precisions): the governorate
    it names as an area (precision 3), a district or sub-district it names, or within NEARBY_KM of a finer place."""
    return any(named is not None and precision is not None and (
        (precision == 3 and named.admin1 == place.admin1)
        or (named.kind in ("district", "subdistrict") and (named.admin1, named.admin2) == (place.admin1, place.admin2))
        or (precision < 3 and haversine(named.point, place.point) <= NEARBY_KM))
        for named, precision in resolved.values())


def _before_known(text: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int]:
    """An Arabic name's *span* up to the word a known name of the text opens inside it ("قرية دارشكي بقضاء زاخو": the
    pattern's two words hold "بقضاء", whose "قضاء زاخو" is known; the name is "دارشكي"), else *span*.

    >>> text = "قصف على قرية دارشكي بقضاء زاخو"
    >>> start = text.index("دارشكي")
    >>> text[slice(*_before_known(text, (start, start + 12), [(text.index("قضاء"), len(text))]))]
    'دارشكي'
    """
    inside = [a for a, _ in taken if span[0] < a < span[1]]
    if not inside or _script(text[span[0]:span[1]]) != "arabic":
        return span
    cut = text.rfind(" ", span[0], min(inside))
    return (span[0], cut) if cut > span[0] else span


# "Tal Nasri", "Tel Asfar", "Til Hemis": a name whose first word is a hill (تل), always a place's name, in one of the
# ways Latin writes that word (the gazetteer may write it otherwise: "Tall Nasri", "Tell Nasri")
_HILL_NAMED = re.compile(r"\b(?:Tal|Tall|Tel|Tell|Til)[\s-]((?:a[lnrsdtz]-)?[A-ZÇŞÊÎÛ][\w'’]*)")
_HILL_WORDS = ("tal", "tall", "tel", "tell", "til")
# A strike verb right before a name ("shelled Tell Demshij", "shelling on Tel Jumaa")
_STRUCK_BEFORE = re.compile(r"\b(?:hit|hits|struck|strikes|targeted|targeting|targets|shelled|shelling|shells|bombed"
                            r"|bombing|bombs|pounded|raided)(?: on)? $")
# ... the whole name: its hill word introduces it as a place as "village" would, with no place word around it ("shelling
# on Tell Demshij", a list line "- Tell Jedaya, a house hit"; find_tolerantly)
_HILL_NAME = re.compile(rf"({_HILL_NAMED.pattern})(?![\w'’]|[\s-](?:[Aa][lnrsdtz]-)?[A-Z])")   # (not "Tal Shams" of "Tal Shams Kabir")


def hill_spellings(doc: Document, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The "Tal X" names (``_HILL_NAMED``) of a text whose *matches* name no place of the watched region (config
    matching.region), each a place match of the region's place the gazetteer names so with another spelling of the
    hill word, under that name: "Shelling on Tal Nasri, Assyrian village on the Khabur" is Al-Hasakah's Tall Nasri
    (a text naming a place of the region looks its other names up there, ``find_tolerantly``). A name of places of
    the region far apart, or of none, stays unknown.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> [(m.matched_text, m.term, m.folded) for m in hill_spellings(Document.of("Shelling on Tal Nasri, a church hit."), [], lexicon)]
    [('Tal Nasri', 'Tall Nasri', 'tall nasri')]
    """
    from monitor.text.watchlists import Match

    region = set(lexicon.matching.region)
    places_named = [m for m in matches if m.watchlist in lexicon.place_watchlists]
    # (the districts of the region the text names places of)
    districts = {(place.admin1, place.admin2) for m in places_named for place in lexicon.places.get(m.folded, ())
                 if place.admin1 in region}
    found = []
    for hit in _HILL_NAMED.finditer(doc.text):
        rest, written = doc.fold(*hit.span(1)).strip(), doc.fold(*hit.span()).strip()
        # (a name the gazetteer knows as written is that place, or none where the rules of a place rejected it: "Tal
        # Rifaat" is Aleppo's, whatever the region spells so)
        if written in lexicon.places:
            continue
        if districts:
            # a text naming places of the region: a name heading a list's line or struck, the one place of their
            # districts whose spelling key it has ("shelling Til Temir countryside: - Tell Demshij, 2 wounded" is Tal
            # Tamr's Tall Damshij; the spelling index holds one village once per name)
            if any(m.start < hit.end() and hit.start() < m.end for m in places_named) or not (
                    at_line_head(doc.text, *hit.span()) or _STRUCK_BEFORE.search(doc.text, max(0, hit.start() - 20),
                                                                                  hit.start())):
                continue
            fits = {place for admin1 in {admin1 for admin1, _ in districts}
                    for place in _area_index(lexicon, admin1)[0].get(spelling_key(hit.group(0)), ())
                    if (place.admin1, place.admin2) in districts}
            if len(fits) == 1 and (key := _lexicon_key(place := fits.pop(), lexicon)):
                found.append(Match(next(iter(lexicon.place_watchlists)), place.name, hit.group(0), *hit.span(),
                                   place.kind, 1.0, key))
            continue
        keys = [key for key in (f"{word} {rest}" for word in _HILL_WORDS)
                if any(place.admin1 in region for place in lexicon.places.get(key, ()))]
        places = [place for key in keys for place in lexicon.places[key] if place.admin1 in region]
        if keys and all(haversine(places[0].point, place.point) <= SAME_PLACE_KM for place in places[1:]):
            found.append(Match(next(iter(lexicon.place_watchlists)), places[0].name, hit.group(0), *hit.span(),
                               places[0].kind, 1.0, keys[0]))
    return found


_ARTICLE_ONLY = re.compile(r"(?:[AaEe][lnrsdtz]|Ash|Ath)[\s-]")
# Where the label right after a name opens, past its place word: "X village (Deir-ez-Zor countryside)", "X, Duhok"
_LABEL_OPENS = re.compile(r"(?:\s+(?:village|town|hamlet))?(?:,\s+(?:in\s+(?:the\s+)?)?|\s+\()")


# "ريف الناحية", "ريف المدينة", "ريف البلدة", "ريفها", "the town's countryside", "its countryside", "the countryside of the
# sub-district": the countryside of the town the text named last before it
_COUNTRYSIDE_ANAPHOR = re.compile(r"(?:^|\s)[وفب]{0,2}(?:ريف\s+ال(?:ناحي|مدين|بلد)[ةه]|ريفها)(?!\w)"
                                  r"|\b(?:its|the (?:town|city|sub-?district|nahiya)['’]s)(?: \w+ern)? countryside\b"
                                  r"|\bcountryside of the (?:town|city|sub-?district|nahiya)\b", re.IGNORECASE)


def _countryside_towns(doc: Document, index: int, mentions: dict[str, list[Match]],
                       resolved: dict[str, tuple[Place | None, int | None]]) -> list[Place]:
    """The towns whose countryside sentence *index* names: by name ("ريف تل تمر", "بريف بلدة تل تمر", "Tal Tamr
    countryside", "the countryside of Tal Tamr") or by a word that stands for the town named last before it ("ريف
    الناحية", "the town's countryside"); a place, not a governorate ("ريف دير الزور") nor a line's dateline.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import Match, lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> place = next(p for p in lexicon.places["تل تمر"] if p.kind == "town")
    >>> doc = Document.of("استهدفت مسيرة بلدة تل تمر، وقصف مدفعي طال قرية في ريف الناحية.")
    >>> m = doc.text.index("تل تمر")
    >>> mention = Match("places", place.name, "تل تمر", m, m + 6, place.kind, 1.0, "تل تمر")
    >>> [p.name for p in _countryside_towns(doc, 0, {"تل تمر": [mention]}, {"تل تمر": (place, 1)})]
    ['Tal Tamr']
    """
    start, end = doc.spans[index]
    named = sorted((m.start, m.end, place) for key, found in mentions.items()
                   if (place := resolved[key][0]) is not None and resolved[key][1] is not None and resolved[key][1] < 3
                   and not is_namesake(place) for m in found if not at_line_head(doc.text, m.start, m.end))
    towns = [place for first, last, place in named if start <= first < end and (
        COUNTRYSIDE_OF.search(doc.before(first)) or COUNTRYSIDE_AFTER.match(doc.text, last))]
    for hit in _COUNTRYSIDE_ANAPHOR.finditer(doc.text, start, end):
        towns += [place for first, _, place in named if first < hit.start()][-1:]
    return towns


def in_countryside(place: Place, town: Place, lexicon: Lexicon) -> bool:
    """Whether *place* may lie in the countryside of *town*: within COUNTRYSIDE_KM of it, whichever district the
    gazetteer files it in (as rule "bound" reads "قرية X بريف ناحية Y"), or anywhere in its district when the town is
    the district's seat, whose countryside is the district.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> town = Place("Tal Tamr", (), 36.649, 40.371, "Syria", "Al-Hasakah", "town", "Al-Hasakah")
    >>> far = Place("Umm Kahaf", (), 35.944, 40.472, "Syria", "Al-Hasakah", "village", "Al-Hasakah")
    >>> near = Place("Dardarah", (), 36.834, 40.170, "Syria", "Al-Hasakah", "village", "Ras Al Ain")
    >>> in_countryside(far, town, lexicon), in_countryside(near, town, lexicon)
    (False, True)
    """
    return haversine(place.point, town.point) <= COUNTRYSIDE_KM or (
        place.admin2 == town.admin2 and lexicon.seats.get((town.admin1, town.admin2)) == town)


def ends_name(text: str, name: tuple[int, int], known: tuple[int, int]) -> bool:
    """Whether the *known* name's span is the last word(s) of a longer *name* (spans of *text*), more than an
    article before it: "near Hawijat Sulaymaniya (Haditha district)" names a village spelled Hawijah Sulaymaniyah,
    looked up whole, not the city its last word names ("Al-Karma" is Karma).

    >>> text = "near Hawijat Sulaymaniya and Al-Karma"
    >>> ends_name(text, (5, 24), (13, 24)), ends_name(text, (13, 24), (13, 24)), ends_name(text, (29, 37), (32, 37))
    (True, False, False)
    """
    return name[0] < known[0] and known[1] == name[1] and not _ARTICLE_ONLY.fullmatch(text, name[0], known[0])


def in_name(text: str, name: tuple[int, int], known: tuple[int, int]) -> bool:
    """Whether the *known* name's span is part of a longer *name*: its last word(s) (``ends_name``) or, in Latin
    script, its first word(s) ("near Maadan Atiq" names the village Ma`din `Atiq, looked up whole, not Khan Maddan,
    which "Maadan" alone names).

    >>> in_name("near Maadan Atiq", (5, 16), (5, 11)), in_name("near Maadan", (5, 11), (5, 11))
    (True, False)
    """
    return ends_name(text, name, known) or (name[0] == known[0] and known[1] < name[1]
                                            and _script(text[name[0]:name[1]]) == "latin")


def _introductions(doc: Document, index: int) -> list[tuple[re.Pattern, list[re.Match]]]:
    """Each pattern that introduces a name as a place with its hits in sentence *index* (``find_tolerantly``: asked
    for each strike of the article, so once per document); in a post typed in small letters, over its words with
    their capitals given back (``with_capitals``)."""
    start, end = doc.spans[index]
    text = doc.once(with_capitals, doc.text)
    # (a pattern whose words the sentence lacks finds nothing in it: patterns.screened)
    return [(pattern, list(pattern.finditer(text, start, end))) for pattern in screened(_INTRODUCING, text[start:end])]


# A village after a bare "in" or "at" with the town it is near right after it ("a motorcycle in Naqqara near Qamishli",
# "at Tuwaimiyah near Busayra"): the town places it, so the name is a place as "X village near Y" is (looked up among
# the places near that town alone: _PLACED_BY's "near", NEARBY_KM)
_IN_NEAR = re.compile(rf"\b(?:in|at)\s+(?=(?:[Aa][lnrsdtz]-)?[A-Z][a-z])((?:[Aa][lnrsdtz]-)?{_NAME})(?=,?\s+near\s+[A-Z])")
_INTRODUCING = [*_INTRODUCED, _HILL_NAME, *_MOUNTAIN_NAMED, _LABELLED, _IN_LABELLED, _POSSESSED, _PLACED, _IN_NEAR]   # (_introductions')


# A line of a post's list marked by "+" or "/" (rule "marks"), and its items' names: the last words before the
# first mark, the first words after the last one, a whole item between (up to three words; Latin names capitalised)
_LINE = re.compile(r"[^\n]+")
_ITEM_NAME = {"first": re.compile(r"(\S+(?: \S+)?)\s*$"), "last": re.compile(r"\s*(\S+(?: \S+)?)"),
              "middle": re.compile(r"\s*(\S+(?: \S+){0,2})\s*$")}


def listed_spellings(doc: Document, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Items of a post's list marked by "+" or "/" that no variant names, next to a known item, found by
    spelling key (``_tolerant_place``) among the places of the governorates the list's known items lie in (rules
    "marks", "tolerant"): each a place match under a name of the place found.

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for, match_watchlists
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> doc = Document.of("Turkish shelling on Kani Masi / Sheladze")
    >>> [(m.term, m.matched_text) for m in match_watchlists(doc, lexicon) if m.watchlist == "places"]
    [('Kani Masi', 'Kani Masi'), ('Shiladiza', 'Sheladze')]
    """
    from monitor.text.watchlists import Match

    known = [m for m in matches if m.watchlist in lexicon.place_watchlists and m.folded in lexicon.places]
    found = []
    for run in _LINE.finditer(doc.text):
        if "+" not in run.group() and "/" not in run.group():
            continue
        inside = [m for m in known if run.start() <= m.start < run.end()]
        areas = [{p.admin1 for p in lexicon.places[m.folded]} for m in inside]
        admin1s = set.intersection(*areas) or set.union(*areas) if areas else set()
        if not admin1s:
            continue
        cuts = [run.start() - 1, *(i for i in range(run.start(), run.end()) if doc.text[i] in "+/"), run.end()]
        items = list(zip(cuts, cuts[1:]))
        known_items = {n for n, (lo, hi) in enumerate(items) if any(lo < m.start < hi for m in inside)}
        for n, (lo, hi) in enumerate(items):
            if n in known_items or not known_items & {n - 1, n + 1}:
                continue
            shape = "first" if n == 0 else "last" if hi == run.end() else "middle"
            name = (_ITEM_NAME[shape].search if shape == "first" else _ITEM_NAME[shape].match)(doc.text, lo + 1, hi)
            if name is None or any(m.start < name.end(1) and name.start(1) < m.end for m in inside):
                continue
            start, end = name.span(1)
            spans = [(start, end)]
            if " " in name.group(1):   # (else its word next to the mark: "Sheladze 🔥", "قرية X")
                spans.append((start, doc.text.index(" ", start)) if shape == "last" else
                             (doc.text.rindex(" ", start, end) + 1, end))
            for first, last in spans:
                if (place := _listed_place(doc.text[first:last], doc.fold(first, last).strip(), admin1s, lexicon)):
                    found.append(Match(next(iter(lexicon.place_watchlists)), place[0].name, doc.text[first:last],
                                       first, last, place[0].kind, 1.0, place[1]))
                    break
    # a numbered list's lines ("1- كانيكا", "2. Vasirke – one farmer injured"), one of them a known place: each other
    # line's name (its first words before a dash or comma), looked up as a marked item is
    numbered = [(doc.text.count("\n", 0, hit.start()), hit) for hit in _NUMBERED_ITEM.finditer(doc.text)]
    runs = [[hit for _, hit in run] for run in _consecutive(numbered)]
    for run in runs:
        ends = [line_end if (line_end := doc.text.find("\n", hit.start())) >= 0 else len(doc.text) for hit in run]
        lines = [(hit, [m for m in known if hit.start() <= m.start < end]) for hit, end in zip(run, ends)]
        areas = [{p.admin1 for p in lexicon.places[m.folded]} for _, inside in lines for m in inside]
        admin1s = set.intersection(*areas) or set.union(*areas) if areas else set()
        # (of places spelled alike, one of the districts of its known items: "Zakho villages: 1. Batifa 2. Darishke")
        admin2s = {p.admin2 for _, inside in lines for m in inside for p in lexicon.places[m.folded]}
        for hit, inside in lines if admin1s else ():
            start, end = hit.span(1)
            for first, last in [(start, end)] + ([(start, doc.text.index(" ", start))] if " " in hit.group(1) else []):
                if not inside and (place := _listed_place(doc.text[first:last], doc.fold(first, last).strip(), admin1s,
                                                          lexicon, admin2s)):
                    found.append(Match(next(iter(lexicon.place_watchlists)), place[0].name, doc.text[first:last],
                                       first, last, place[0].kind, 1.0, place[1]))
                    break
    return found


# A numbered list's line and its name: the words after its number, alone or before a dash, colon or comma (not a
# line of prose: "١- طيران مسير يقصف مقرا")
_NUMBERED_ITEM = re.compile(r"^[ \t]*\d{1,2}\s?[-.)]\s*([^\s–—:,،()|-]+(?: [^\s–—:,،()|-]+)?)[ \t]*(?:$|[–—:,،(-])",
                            re.MULTILINE)


def _consecutive(numbered: list[tuple[int, re.Match]]) -> list[list[tuple[int, re.Match]]]:
    """The (line number, item) pairs of *numbered* grouped into runs of consecutive lines.

    >>> [[line for line, _ in run] for run in _consecutive([(1, None), (2, None), (5, None)])]
    [[1, 2], [5]]
    """
    runs: list[list[tuple[int, re.Match]]] = []
    for line, hit in numbered:
        if runs and runs[-1][-1][0] == line - 1:
            runs[-1].append((line, hit))
        else:
            runs.append([(line, hit)])
    return runs


def _listed_place(text: str, folded: str, admin1s: set[str], lexicon: Lexicon,
                  admin2s: set[str] = frozenset()) -> tuple[Place, str] | None:
    """The place of *admin1s* (those of *admin2s* first) spelled like an unknown list item (*text*, *folded*) and the
    lexicon key it is matched under (a name of that place), else None."""
    if not folded or folded in lexicon.places or (_script(folded) == "latin" and not text[:1].isupper()):
        return None
    place = _tolerant_place(text, folded, admin1s, admin2s, lexicon, distance=False)
    key = _lexicon_key(place, lexicon) if place else None
    return (place, key) if key else None


def _lexicon_key(place: Place, lexicon: Lexicon) -> str | None:
    """The folded name of *place* the lexicon matches it under (a place match's key) with the fewest namesakes (every
    later step's lookup finds the place again: "Tal Azir" is Ninewa's Al-Qahtaniya under its own name, not under the
    name it shares with Al-Hasakah's Al Qahtaniyah), else None."""
    keys = [key for key in map(normalize_term, (place.name, *place.variants)) if place in lexicon.places.get(key, ())]
    return min(keys, key=lambda key: len(lexicon.places[key]), default=None)


def tolerant_matches(doc: Document, matches: list[Match], lexicon: Lexicon, sentences: list[int]) -> list[Match]:
    """The names of *sentences* that the gazetteer has only under another spelling (``find_tolerantly``, among
    the places of the areas the text names), as place matches keyed by a gazetteer name of their place: so that
    the step that splits a report into its strikes sees them as it sees exact names ("Rockets fell near the
    Haditha Dam, and a third hit a farm in Haqlaniya town": two strikes)."""
    if "tolerant" not in lexicon.place_rules:
        return []
    mentions: dict[str, list[Match]] = {}
    for match in matches:
        if match.watchlist in lexicon.place_watchlists and match.folded in lexicon.places:
            mentions.setdefault(match.folded, []).append(match)
    areas = NamedAreas(_named_areas({key: lexicon.places[key] for key in mentions}))
    resolved = {key: _resolved(doc, key, lexicon, areas) for key in mentions}
    resolved.update({key: (sub, 2) for key, (place, _) in resolved.items() if any(
        _SUBDISTRICT_BEFORE.search(doc.before(m.start, 12)) for m in mentions[key])
        and (sub := namesake_subdistrict(place, lexicon))})
    labels = frozenset(key for key in mentions if _DISTRICT_WORDS.search(key) or (
        "labels" in lexicon.place_rules and resolved[key][0] is not None
        and doc.once_with(_label_area, tuple(mentions[key]), resolved[key][0], lexicon)))
    found = []
    for match, place in _tolerantly_found(doc, set(sentences), mentions, resolved, lexicon, labels):
        if key := _lexicon_key(place, lexicon):
            found.append(replace(match, folded=key))
    return found + camel_hashtags(doc, [*matches, *found], lexicon)


# "#DeirMari", "#TelTamir": a post's hashtag of a name of several words, written as one with a capital for each
_CAMEL_HASHTAG = re.compile(r"#((?:[A-Z][a-z]+){2,4})\b")


def camel_hashtags(doc: Document, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The post's hashtags that write a gazetteer name of several words as one ("#DeirMari": Deir Mari; rule
    "hashtags"), split at their capitals before the lookup, as place matches; but where *matches* match already."""
    from monitor.text.watchlists import Match   # (watchlists imports this module)

    if "hashtags" not in lexicon.place_rules:
        return []
    found = []
    for tag in _CAMEL_HASHTAG.finditer(doc.text):
        key = normalize_term(" ".join(re.findall(r"[A-Z][a-z]+", tag.group(1))))
        entries = lexicon.automaton.get(key, (0, ()))[1] if key in lexicon.places else ()
        if any(m.start < tag.end() and tag.start(1) < m.end for m in matches):
            continue
        found += [Match(e.watchlist, e.term, tag.group(1), tag.start(1), tag.end(1), e.category, e.weight, key)
                  for e in entries[:1] if e.watchlist in lexicon.place_watchlists]
    return found


# English numbers, the first word of a count written with capitals ("Two PKK/YBŞ terrorists"), no place's name
_COUNT_WORDS = frozenset((*EN_UNITS[1:], *EN_TENS))


# What the word after "قرية"/"بلدة" says of the settlement, no name of it: an adjective ("قرية حدودية", a border village;
# "بلدة نائية"; folded) …
_DESCRIBES_SETTLEMENT = re.compile(r"(?:(?:قريه|بلده) )?[وب]?(?:حدودي|نايي|مجاور|محاذي|زراعي|مهجور|امامي|جبلي|صحراوي|سكني|وعر)ه")
# … and the area word it describes so, written before it ("في منطقة جبلية شمال غرب عقرة": a mountainous area)
_DESCRIBED_AREA_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:منطقه|مناطق|قريه|قري|بلده|ارض|اراضي) $")
# … or a preposition as written ("يطال قرية على ضفة الفرات", a village on the bank; "علي" is a name, "على" never)
_PREPOSITION_AS_WRITTEN = re.compile(r"(?:(?:قري|بلد)[ةه] )?(?:على|إلى|لدى|حتى)")

# The text calls the unknown name a town ("Shheil town", "بلدة X"): of the places spelled alike, a town
# (Al-Shuhayl, not the village Shahil 57 km north)
_TOWN_WORD = re.compile(r"\btowns?\b|(?:^|\s)[وفب]?(?:بلد[ةه]|مدين[ةه])\s")


def _tolerant_place(name: str, folded: str, admin1s: set[str], admin2s: set[str], lexicon: Lexicon,
                    town: bool = False, distance: bool = True, anchored: frozenset[str] = frozenset(),
                    only: frozenset[str] = frozenset(), points: list[tuple[float, float]] = (),
                    terrain: bool = False, beside: frozenset[str] = frozenset()) -> Place | None:
    """The one place of *admin1s* (those of *admin2s* first; a town or city first when the text
    says *town*; the one spelled closest; of namesakes far apart, the one in the governorates *beside* it, of the
    places its sentence names, and the one beside the *points* of the places the
    text places it by; never an adjective of a people: "the Syrian town of X") spelled like the *name* (*folded*: as the text folds it), else None. A key of fewer than
    three consonants is too short to look up ("Al-Arisha": rs); such a name of five letters or more (article
    dropped) is compared by edit distance only. Without *distance*, by spelling key alone (no edit distance: a
    list's items); with districts *only*, of those districts alone; with *terrain*, a mountain or region alone."""
    key = _spelling_key_of(name, folded)
    bare = _without_articles(folded) or folded
    if folded in STOPLIST or folded in SITE_NOUNS or folded in lexicon.homographs or _DESCRIBES_SETTLEMENT.fullmatch(folded) \
            or folded in NATIONALITY_ADJECTIVES or clitic_word(folded) or folded.split(" ", 1)[0] in _COUNT_WORDS:
        return None     # (a count is no name: "Two PKK/YBŞ terrorists were neutralised")
    if len(key) < 3 and len(bare) < 5:
        # a short Latin name only as the one place written so after its article, assimilated or not ("the village of
        # Sawa": As Sawa); no key or edit distance tells so few letters apart
        # (its final -a or -ah as the other writes it: "Al-Tima" is At Timah)
        forms = {bare, bare + "h" if bare.endswith("a") else bare.removesuffix("h") if bare.endswith("ah") else bare}
        fits = {p for area in admin1s for form in forms for query in {f"al {form}", f"a{form[:1]} {form}", f"a{form[:2]} {form}"}
                for p in _area_index(lexicon, area)[1].get(query, ()) if not only or p.admin2 in only} \
            if _script(folded) == "latin" else set()
        return next(iter(fits)) if len(fits) == 1 else None
    fits = [p for area in admin1s for p in _area_index(lexicon, area)[0].get(key, ())
            if not only or p.admin2 in only] if len(key) >= 3 else []
    # an Arabic name of a place the gazetteer writes in Latin letters only ("بلدة الحجنة": Hajnah, also Hijni), by the
    # Latin key of its letters, as a Latin name finds a place written in Arabic only (a word of four letters or more:
    # "في قرية قرب مدينة عامودا" names no village "قرب")
    if not fits and _script(folded) == "arabic" and len(bare) >= 4 and len(latin := latin_key_of_arabic(bare)) >= 3:
        fits = [p for area in admin1s for p in _area_index(lexicon, area)[0].get(latin, ())
                if not _named_in(p, "arabic") and (not only or p.admin2 in only)]
    # a name spelled as one place's variant is, an ayn or hamza dropped ("Al-Hawaij": Ḩawā’ij), anywhere in the
    # governorate: before any edit distance within the district of a mere reference point ("east of Deir ez-Zor":
    # Al Hawi); of namesakes far apart, none so
    exact = [p for area in admin1s for query in {folded, bare} for p in _area_index(lexicon, area)[1].get(query, ())
             if not only or p.admin2 in only]
    exact = exact if all(haversine(exact[0].point, p.point) <= SAME_PLACE_KM for p in exact[1:]) else []
    # (… unless the district the text labels it with holds none of them: "Al-Buwair village (Al-Ba'aj district)" is
    # Al Buwayr of Ba'aj, its vowels written otherwise, not Buwayr of Tal Afar, whose variant is Buwair; found within
    # that district by edit distance among the names of its spelling key, its consonants, else the variant's place; a
    # Latin transliteration's vowels, not Arabic script, whose key is looser)
    elsewhere = bool(exact) and bool(admin2s) and _script(folded) == "latin" \
        and not any(p.admin2 in admin2s for p in exact)
    if not fits and exact and not elsewhere:
        fits = exact
    for cutoff, districts in ((FUZZY_CUTOFF, anchored or None), (DISTRICT_FUZZY_CUTOFF, admin2s)):
        if fits or districts == set() or not distance:
            break
        if elsewhere and districts is not admin2s:
            continue
        for area in admin1s:
            names = _area_index(lexicon, area)[1]
            # (with and without its article, as the gazetteer may write it; a Kurdish -iye or a bare -iya as -iyah;
            # its doubled letters single, as the gazetteer may write them: "Salloula" is Salulah)
            written = {folded, arabic_ending(folded)}
            best = [(hit, query in written)
                    for query in {*written, bare, arabic_ending(bare), single_letters(bare), ay_diphthong(bare)}
                    for hit in process.extract(query, names.keys(), scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
                    if (districts is None or any(p.admin2 in districts for p in names[hit[0]]))
                    and (not elsewhere or _folded_spelling_key(hit[0]) == key)]
            if best:
                top = [(hit, as_written) for hit, as_written in best if hit[1] == max(h[1] for h, _ in best)]
                # (of names as close, those with the article the text writes: "Al-Hilaliya" is Al Hilaliyah, not
                # Hilaliyah 27 km off)
                top = [hit for hit, as_written in top if as_written] or [hit for hit, _ in top]
                fits += [p for variant, _, _ in top for p in names[variant]
                         if districts is None or p.admin2 in districts]
    fits = fits or exact
    # of places spelled alike, one the name itself is a name of ("Al-Tabni": the Tabni sub-district,
    # not Dhiban, whose variant Thiban is spelled alike), articles aside
    fits = [p for p in fits if any(_bare_spelling(v) == bare for v in (p.name, *p.variants))] or fits
    # a sub-district and its seat spelled alike are one place, the seat ("Al-Arisha": `Arishah and Areesheh Subdistrict)
    fits = [p for p in fits if p.kind != "subdistrict"] or fits
    if terrain:
        fits = [p for p in fits if p.kind == "region"]
    in_district = [p for p in fits if p.admin2 in admin2s]
    fits = in_district or fits
    # (… and of those, one written so but for its first word's spelling and its doubled letters: "Tal Tawil" is Tall
    # Tawil, not Tall Tal`ah, keyed alike once the w drops as a vowel)
    fits = [p for p in fits if any(_plain_spelling(_bare_spelling(v)) == _plain_spelling(bare)
                                   for v in (p.name, *p.variants))] or fits
    # (of namesakes far apart, the one in the governorate of a place its own sentence names: "near the village of
    # Daikani, in the desert west of the refinery town of Baiji" is Ad Daykani of Salah al-Din, not Qaryat ad Dikani of
    # Anbar, whose al-Qaim another sentence names)
    if fits and not all(haversine(fits[0].point, p.point) <= SAME_PLACE_KM for p in fits[1:]):
        fits = [p for p in fits if p.admin1 in beside] or fits
    if town:
        fits = [p for p in fits if p.kind in ("town", "city")] or fits
    if points and not all(haversine(fits[0].point, p.point) <= SAME_PLACE_KM for p in fits[1:]):
        # "the village of X, 4 km east of Y": of namesakes far apart, the one beside the place named
        # (within NEARBY_KM of one, else of those the one within CLOSE_KM, as rule "nearby" places same-name places)
        for km in (NEARBY_KM, CLOSE_KM):
            fits = [p for p in fits if any(haversine(p.point, point) <= km for point in points)] or fits
        # (none within CLOSE_KM: the nearest, by CLOSE_KM over the others, "Umm al-Khair village west of Tal Tamr", 10 km,
        # not a Turbah also keyed "mhr" 37 km off)
        nearest = min(min(haversine(p.point, point) for point in points) for p in fits)
        fits = [p for p in fits if any(haversine(p.point, point) <= nearest + CLOSE_KM for point in points)]
    def one_place(fits):
        return all(haversine(fits[0].point, p.point) <= SAME_PLACE_KM for p in fits[1:])

    if distance and _script(folded) == "latin" and fits and not one_place(fits):
        # of places far apart keyed alike, the one spelled closest ("Theban": Dhiban, also written Thiban, not Tibni;
        # a Latin transliteration, not after a bare preposition, which introduces any word)
        fits = _closest_spelled(folded, fits)
    if fits and one_place(fits):
        # (a village's parts and their common name's row, spelled alike: the whole, "Çemankê" is Chamanki, not its
        # upper part Chamanki al 'Ulya, whose Kurdish name the gazetteer gives)
        fits = [p for p in fits if p.source.startswith("parts:")] or fits
        finest = min(p.precision for p in fits)
        # (a sub-district's spelling is its seat's, as a variant's is: "Khafsa water station" is the town Al Khafsah,
        # not the sub-district's point 72 km south)
        return _seat_spelled_alike(_closest_spelled(folded, [p for p in fits if p.precision == finest])[0], folded,
                                   lexicon)
    return None


def _spelled_in(name: str, area: Place, lexicon: Lexicon) -> Place | None:
    """The one place of the district of *area* spelled like *name* ("Sheikhan" of Choman: Shaykhan), else None."""
    return _tolerant_place(name, normalize_term(name), {area.admin1}, {area.admin2}, lexicon,
                           anchored=frozenset({area.admin2}), only=frozenset({area.admin2}))


def _closest_spelled(folded: str, fits: list[Place]) -> list[Place]:
    """Of the places spelled alike (*fits*), those with a name spelled closest to *folded* ("Qalaytan": Qilaytan,
    also written Qletan, not Kolit nearby, also written Kolaitan).

    >>> fits = [Place("Kolit", ("Kolaitan",), 36.9, 44.7, "Iraq", "Erbil", "village", "Soran"),
    ...         Place("Qilaytan", ("Qletan",), 36.8, 44.6, "Iraq", "Erbil", "village", "Soran")]
    >>> [p.name for p in _closest_spelled("qalaytan", fits)]
    ['Qilaytan']
    >>> fits = [Place("Az Zahra'", (), 36.4, 37.0, "Syria", "Aleppo", "village", "A'zaz"),
    ...         Place("Jurti Millanah", ("Zahira",), 36.7, 38.3, "Syria", "Aleppo", "village", "Kobani")]
    >>> [p.name for p in _closest_spelled("zahraa", fits)]
    ["Az Zahra'"]
    """
    if len({p.name for p in fits}) < 2:
        return fits
    # articles aside on both sides ("al-Zahraa'" is Az Zahra' as much as a variant Zahira without one)
    bare = _without_articles(folded) or folded
    scores = [max(fuzz.ratio(bare, _bare_spelling(v)) for v in (p.name, *p.variants)) for p in fits]
    # (a few points apart is no difference: "Deraluk" is Dereluk as much as Dera Louk, one place twice)
    return [p for p, score in zip(fits, scores) if score >= max(scores) - SPELLING_MARGIN]


# Words that make a name an administrative label (folded text): of a governorate ("rural X", "rural eastern X",
# "X countryside", "X province", "the X front" (the province's battle front), "the Y district of X", "Amadiya district, X", "ريف X",
# "محافظة X", "the countryside of Y and X") and of a district or sub-district ("X district", "قضاء X", "ناحية X").
GOVERNORATE_BEFORE = re.compile(r"(?:\brural(?: (?:north|south|east|west)\w*(?: (?:east|west)\w*)?)?|countryside of|province of|governorate of|district of|region of"
                                 r"|(?:district|subdistrict|region|countryside|province|area) ?,"
                                 # "X village in G", "a village in G": the governorate a village lies in
                                 r"|\b(?:villages?|towns|hamlets?|an? town) in(?: the)?"
                                 # "near Al-Mansoura, west Raqqa": a bearing labelling a place after its comma, the
                                 # governorate's part (as "rural west Raqqa")
                                 r"|[,،] (?:north|south|east|west)\w*(?: (?:north|south|east|west)\w*)?"
                                 # (and a town's or sub-district's: "قرية الحانو في ريف ناحية زركان")
                                 rf"|ريف(?: ناحيه| مدينه| بلده)?|ريفي|محافظه|محافظتي|ارياف|{_SECTOR})\s$"
                                 # coordinated: "the countryside of Idlib and Hama", "ريفي إدلب وحماة"
                                 r"|(?:\brural|(?:countryside|province|governorate)s? of) \S+(?: \S+)? (?:and|or) $"
                                 r"|(?:ريف|ريفي|ارياف|محافظتي) \S+(?: \S+)? ?و ?$")
GOVERNORATE_AFTER = re.compile(r"^(?:['’]s)?\s*(?:and \S+ (?=countrysides|provinces))?"   # "Hama and Homs countrysides"
                                r"(?:(?:north|south|east|west|middle|central)\w*(?:[ -](?:and )?(?:north|south|east|west)\w*)? )?"
                                # "the Deir ez-Zor desert": the governorate's desert (the Badia), not the city's
                                r"(?:countrysides?|provinces?|governorate|rural|region|fronts?|deserts?|badia"
                                # "in Deir Ezzor east of the Euphrates": a bank of the river across the governorate
                                r"|(?:east|west|north|south)\w* of (?:the )?euphrates"
                                # "Duhok's mountains", "Hasakah's villages": the governorate's land
                                r"|['’]s (?:mountains|villages|hills|border (?:areas|villages|region))"
                                r"|and its (?:countryside|surroundings|outskirts|suburbs)|وريفها|و ريفها)\b",
                                re.IGNORECASE)
# (a name's final ayn or hamza may stand before the word, "the Mare' sub-district"; a canton of the north-east Syrian
# administration, "#مقاطعة_قامشلو", "التابعة لمقاطعة قامشلو", "Kobanî canton",
# labels the land around its town as a district does; "X countryside:" heading a post's line is the countryside
# of X; "التابعة لناحية X", "قرى تابعة لقضاء X": of the sub-district, of the district)
# (an independent administration of the Kurdistan Region, "إدارة سوران المستقلة", "the Soran Independent
# Administration", Soran, Raparin, Garmiyan: a district of districts, as a canton is; its word may open a bracket: "قرية
# X (منطقة Y)")
_DISTRICT_BEFORE = re.compile(rf"(?:^|\s|\()(?:ل?(?:قضاء|ناحيه)|[لب]?اداره|منطقه|#?[وفبل]?مقاطعه|{_SECTOR})\s$")
_DISTRICT_AFTER = re.compile(r"^['’‘`]?\s*(?:sub-?\s?district|district|nahiya|nahiyah|canton|(?:independent\s+)?administration"
                             r"|countryside(?=\s*[:|]))\b",
                             re.IGNORECASE)
_LABEL_PAREN = re.compile(r"^\s*,\s*[^,()]{3,24}\)")    # "(Aqra, Ninewa)": X labels its district
# "Qijla (Qamishli countryside, Al-Hasakah)", "(Tal Abyad countryside)": a town's countryside opening the bracket after a
# name labels that name's area, as its district would
_COUNTRYSIDE_PAREN = re.compile(r"^\s*countryside\s*[,)]", re.IGNORECASE)
# "Sheladize, Duhok" (not a list: "Zakho, Duhok and Amadiya"), "ناحية شيلادزي في دهوك": a place named before
# the governorate's namesake city, which labels it
_NAMED_BEFORE = re.compile(r"(?:\w[\w'’]*(?<!day), |(?:^|\s)[وفب]?(?:قريه|بلده|ناحيه|قري|بلدات) \S+(?: \S+)? (?:في|ب) ?)$")
# "Sinjar's Khanasor", "Hasakah's Tal Tamr": the possessor labels the place it owns (a landmark of a city is
# in the city: "Raqqa's al-Naim roundabout")
_POSSESSOR = re.compile(r"^['’]s\s+(?:[Aa][lnrsdtz]-)?[A-Z](?![^.,;]{0,30}\b(?:roundabout|square|street|road|bridge"
                        r"|hospital|market|mosque|school|university|stadium|prison|neighbou?rhood)s?\b)")
# "in Deir ez-Zor, Syria": a name labelled by its country alone is the first-level unit the country holds (the way
# "Texas, USA" is), not the city named like it, which a writer calls the city (not "Syria's": "Raqqa, Syria's …")
_COUNTRY_AFTER = re.compile(r"^,\s*(?:Syria|Iraq)\b(?!['’]s)")
# "near Kishkawa village, " before a town: the town labels the village's area
_VILLAGE_COMMA_BEFORE = re.compile(r"\b(?:village|hamlet),\s*$")
# "near Sinune subdistrict in Shingal", "قرب ناحية سنوني في شنكال": a town after a sub-district placed in it is the
# sub-district's district, named by its seat (folded text before the town)
_SUBDISTRICT_IN_BEFORE = re.compile(r"\b(?:sub-?\s?district|nahiyah?) in (?:the )?$|(?:^|\s)[وفب]?ناحيه \S+(?: \S+)? في $")
_TOWNS = ("town", "city")
_LIST_GOES_ON = re.compile(r"^\s*,?\s*(?:and|or)\b|^\s*,\s*\w+\s*,", re.IGNORECASE)


# The article a governorate's label may carry that its gazetteer spelling leaves out: "(Al-Hasakeh)" matches "Hasakeh"
_LABEL_ARTICLE = re.compile(r"\b[Aa][lnrsdtz]-$")


def label_start(text: str, start: int) -> int:
    """Where the name at *start* begins, with an article the match left out ("(Al-Hasakeh)": the label opens at "Al-").

    >>> text = "in Al-Dashisha (Al-Hasakeh)"
    >>> label_start(text, text.index("Hasakeh")), label_start(text, text.index("Dashisha"))
    (16, 3)
    """
    article = _LABEL_ARTICLE.search(text, max(0, start - 3), start)
    return article.start() if article else start


# "قرية X التابعة لناحية Y", "X village, part of the Y sub-district": Y is the area a finer place belongs to (folded)
BELONGS_TO = re.compile(r"(?:^|\s)(?:ال)?(?:تابعه|تابع|تابعتين|تابعين) (?:ل|الي )(?:ال)?"
                        r"(?:ناحيه|قضاء|اداره|مقاطعه|منطقه|محافظه|مدينه|بلده|ريف)? ?$|\bpart of(?: the)? $"
                        # (its district in brackets after the village, the Arabic way: "قرية الهيشة (منطقة عين عيسى)")
                        r"|\((?:ل?(?:قضاء|ناحيه)|منطقه) $")


def _label_area(doc: Document, mentions: tuple[Match, ...], place: Place, lexicon: Lexicon) -> tuple[Place, int] | None:
    """The area a name stands for when every mention of it is an administrative label, with
    that area's precision: a governorate's namesake city as the governorate (3); a town as
    its district when it is the district's seat, else as itself (2). None when some mention
    names the place itself. Asked of the same mentions by several steps: ``doc.once_with(_label_area, mentions, …)``."""
    namesake = is_namesake(place) or place.kind == "governorate"
    district_seat = lexicon.seats.get((place.admin1, place.admin2))
    belongs = any(BELONGS_TO.search(doc.before(m.start)) for m in mentions)
    areas = set()
    for m in mentions:
        before, after = doc.before(m.start), doc.text[m.end:m.end + 45]
        # "near Kishkawa village, Akre", "Girê Reş – Derik", "دوكر، تربه سبيه": a town after a village labels its area
        # (whatever bearing the village has)
        if place.kind in _TOWNS and (_VILLAGE_COMMA_BEFORE.search(before) or (
                # (not "in Soran district": a district named as one, rule "nested")
                not namesake and _SUBDISTRICT_IN_BEFORE.search(before)
                and not (_DISTRICT_AFTER.match(after) or _DISTRICT_WORDS.search(m.folded))) or (
                (line := district_line(doc.text, m.start)) is not None and line.start("district") == m.start)):
            areas.add((district_seat if district_seat == place else place, 2))
            continue
        if _DIRECTION.search(before):   # a reference point ("south of Mount Sinjar (Sinjar, Ninewa)") names no place
            continue
        if "nahiya" in lexicon.place_rules and _SUBDISTRICT_WORD.search(m.folded):
            # a name matched with its sub-district word ("ناحية بارزان", Who's On First's "Nahiyat al Karmah", "Rabia
            # subdistrict": a seat's variant) names the sub-district: the area at its seat's point, no precise place
            areas.add((place, 2))
            continue
        if namesake and (says_governorate(doc, m) or (_COUNTRY_AFTER.match(after) and not says_city(doc, m)
                                                      and not city_by_use(doc, m))
                         or ((_NAMED_BEFORE.search(before) or (_NAME_IN_BEFORE.search(
                                 doc.text, max(0, m.start - 80), label_start(doc.text, m.start)) and not says_city(doc, m)))
                             and not _LIST_GOES_ON.match(after)) or _POSSESSOR.match(after)
                         or (doc.text[:label_start(doc.text, m.start)].rstrip().endswith((",", "("))
                             and after.lstrip().startswith(")"))):
            areas.add((lexicon.areas.get((place.admin1, "")) or place, 3))
        elif _DISTRICT_AFTER.match(after) or _DISTRICT_BEFORE.search(before) or _POSSESSOR.match(after) or (
                district_seat == place and (_LABEL_PAREN.match(after) or "district of" in before
                                            # (or what a finer place belongs to, its unit word left out: "ناحية
                                            # باتيفا التابعة لزاخو" is of Zakho district, not in Zakho city; not "the
                                            # eastern part of Raqqa city", in the city)
                                            or (_script(m.folded) == "arabic" and not _DISTRICT_WORDS.search(m.folded)
                                                and (owner := BELONGS_TO.search(before))
                                                and owner.group().rstrip().endswith(("ل", "الي"))))) or (
                doc.text[:label_start(doc.text, m.start)].rstrip().endswith("(") and _COUNTRYSIDE_PAREN.match(after)) or (
                # "(Amuda, Al-Hasakah)" after a place: the sub-district that town is the seat of
                doc.text[:m.start].rstrip().endswith("(") and _LABEL_PAREN.match(after) and any(
                    p.kind == "subdistrict" and p.admin1 == place.admin1 and haversine(p.point, place.point) <= SAME_PLACE_KM
                    for p in lexicon.places.get(m.folded, ()))):
            areas.add((district_seat if district_seat == place else place, 2))
        elif not ((belongs and line_head(doc.text, m)) or tag_line(doc.text, m.start) or (
                post_hashtag(doc.text, m.start) and any(
                    char.isalnum() for char in doc.text[doc.text.rfind("\n", 0, m.start) + 1:m.start]))):
            return None
        # (a post's head, "#عين_عيسى | … قرية X التابعة لناحية عين عيسى", files the post under the area a finer
        # place of the text belongs to: it names no place of its own; nor does its tag line, "… #زركان", nor the tags
        # closing its last line, "… Driver injured. #Akre")
    return min(areas, key=lambda area: area[1]) if areas else None


def says_governorate(doc: Document, mention: Match) -> bool:
    """Whether the words around *mention* label it a governorate ("the province of Kirkuk", "Kirkuk province",
    "rural Raqqa", "ريف الرقة"; GOVERNORATE_BEFORE, GOVERNORATE_AFTER)."""
    return bool(GOVERNORATE_BEFORE.search(doc.before(mention.start))
                or GOVERNORATE_AFTER.match(doc.text[mention.end:mention.end + 45]))


_DISTRICT_WORD_AFTER = re.compile(r"\s+district\b", re.IGNORECASE)


def _district_spelled_alike(key: str, admin1s: set[str], lexicon: Lexicon) -> Place | None:
    """The one district of the governorates *admin1s* whose name without its word "district" has the spelling key of
    the folded name *key*, else None ("sheikhan": Shikhan District, Ninewa; its villages called Sheikhan are none).

    >>> from monitor.config import load_config
    >>> from monitor.text import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> _district_spelled_alike("sheikhan", {"Ninewa"}, lexicon).name, _district_spelled_alike("sheikhan", {"Anbar"}, lexicon)
    ('Shikhan District', None)
    """
    wanted = _folded_spelling_key(key)
    fits = {p for admin1 in admin1s for p in lexicon.area_places.get(admin1, ()) if p.kind == "district"
            and any(_folded_spelling_key(name) == wanted for name in seat_names(p))}
    return fits.pop() if len(fits) == 1 else None


# "the cities of Raqqa and Idlib", "Raqqa and Deir ez-Zor cities", "مدينتي الرقة والطبقة": the list says its names are cities
_CITIES_BEFORE = re.compile(r"(?:\bcities(?: of)?(?: the)?|(?:^|\s)[وفب]?مدينتي) $")
_CITIES_AFTER = re.compile(r"\s+cities\b", re.IGNORECASE)


def _governorate_lists(doc: Document, matches: list[Match], mentions: dict[str, list[Match]],
                       resolved: dict[str, tuple[Place | None, int | None]], lexicon: Lexicon) -> dict[str, tuple[Place, int]]:
    """Name key -> its governorate at precision 3, for the names of *mentions* that are only ever named in a list
    whose every name is a governorate or its namesake city, none said to be a city and none a road's end
    ("Aerial bombardment targets Idlib and Hama", "attacks within Homs and Deir Ezzor", "Turkish drones struck
    Duhok and Erbil", "قصف على دير الزور والرقة"): a report naming provinces alone names no town in them (ACLED codes a
    named province at precision 3). The list's other names may be another strike's (*matches*, all the text's)."""
    def governorate_like(key: str) -> bool:   # (another strike's name, unresolved here: one of its places)
        found = [resolved[key][0]] if key in resolved else lexicon.places[key]
        return any(p is not None and (p.kind == "governorate" or is_namesake(p)) for p in found)

    places = sorted((m for m in matches if m.watchlist in lexicon.place_watchlists and m.folded in lexicon.places),
                    key=lambda m: m.start)
    listed: set[int] = set()
    for run in _lists(doc.text, places) if len(places) > 1 else ():
        if all(governorate_like(m.folded) and not says_city(doc, m) and not first_end(doc, m) and not second_end(doc, m)
               for m in run) and not _CITIES_BEFORE.search(doc.before(run[0].start)) \
                and not _CITIES_AFTER.match(doc.text, run[-1].end):
            listed |= {m.start for m in run}
    # (a mention the text labels a governorate names it too: "in Anbar and Kirkuk raids … the province of Kirkuk")
    return {key: (lexicon.areas[place.admin1, ""], 3) for key, found in mentions.items()
            if (place := resolved[key][0]) is not None and any(m.start in listed for m in found)
            and all(m.start in listed or (is_namesake(place) and says_governorate(doc, m)) for m in found)
            and (place.admin1, "") in lexicon.areas}


def is_namesake(place: Place) -> bool:
    """Whether *place* is the city its governorate is named after (Deir ez-Zor, Raqqa, Hasakah)."""
    city, governorate = name_key(place.name), name_key(place.admin1)
    return place.kind == "city" and governorate in (city, "al" + city)


def village_word_is_cue(lexicon: Lexicon, whole: str, bare: str, others: set[str]) -> bool:
    """Whether "قرية X" (folded *whole*, a gazetteer name with the word village in it) is the word and the place
    *bare*: in the governorate, else the district, that a place of the text's *others* may be, a place *bare* and
    no place *whole* ("قرية الحمام غربي الرقة" is no Qaryat al Hamam of Al-Qadisiyah, "قرية جدالة جنوب جبل شنگال" no
    Qaryat Jaddalah of Mosul district but Jaddalah of Sinjar).

    >>> from monitor.config import load_config
    >>> from monitor.text.watchlists import lexicon_for
    >>> lexicon = lexicon_for(load_config("config.yaml"))
    >>> village_word_is_cue(lexicon, "قريه جداله", "جداله", {"سنجار"}), village_word_is_cue(lexicon, "قريه جداله", "جداله", set())
    (True, False)
    """
    for level in ("admin1", "admin2"):
        around = {getattr(p, level) for key in others for p in lexicon.places[key]} - {""}
        if not any(getattr(p, level) in around for p in lexicon.places[bare]):
            return False
        if not any(getattr(p, level) in around for p in lexicon.places[whole]):
            return True
    return False


def _named_areas(mentioned: dict[str, tuple[Place, ...]]) -> dict[str, dict[str, set[str]]]:
    """Countries, governorates and districts the text names unambiguously (name key -> the
    folded names naming it): a country or governorate by any place name whose places all
    lie in it, a district by its own name or its seat's."""
    named: dict[str, dict[str, set[str]]] = {"country": {}, "admin1": {}, "admin2": {}}
    for key, candidates in mentioned.items():
        # a governorate's name names the governorate, not a village named after it elsewhere ("الأنبار" is also a
        # village of Afrin: "الكرمة في الأنبار" is Anbar's Karmah, not Hama's Muhradah, which WOF also calls الكرمة)
        candidates = [p for p in candidates if p.kind == "governorate"] or candidates
        for level in named:
            areas = {getattr(p, level) for p in candidates}
            if len(areas) == 1 and (area := areas.pop()) and (level != "admin2" or any(
                    p.kind == "district" or name_key(p.name) == name_key(area) for p in candidates)):
                named[level].setdefault(name_key(area), set()).add(key)
    return named


# What may stand between a name and the governorate or district that labels it: "X in the countryside of G", "X, G",
# "X village, G", "X in northern G", "X (D, G)", "X بريف G", "X في محافظة G" (folded)
_BINDING = re.compile(r"(?:\s+(?:village|town|area)s?)?"   # "X village, G governorate"
                      # (or what it belongs to: "قرية X التابعة لناحية Y")
                      r"\s*(?:[,،(]|\bin|\bof|[وفب]?في|[بف]|(?:ال)?(?:تابعه|تابع|تابعتين|تابعين)\s+(?:ل|الي\s))?"
                      r"\s*(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?"
                      r"(?:(?:countryside|province|governorate|outskirts|suburbs)\s+of\s+"
                      r"|[بف]?(?:ريف|محافظه)\s*)?")


def region_labels(doc: Document, name: Match, region: Match) -> bool:
    """Whether the terrain *region* labels the *name* right before it: "the Al-Marj area in the Eastern Ghouta"."""
    return region.category == "region" and name.end <= region.start and bool(
        _BINDING.fullmatch(doc.fold(name.end, region.start)))


def _bound_governorates(doc: Document, mentions: dict[str, list[Match]],
                        resolved: dict[str, tuple[Place | None, int | None]]) -> dict[str, tuple[str, bool]]:
    """Name key -> the governorate (name_key) whose label follows one of its mentions right after
    ("X in the countryside of Idlib"), and whether that label is a terrain region, which holds only its own
    governorate's places ("the Al-Marj area in the Eastern Ghouta": no Al-Marj of Aleppo)."""
    labels = [(m.start, (name_key(place.admin1), place.kind == "region")) for key, (place, _) in resolved.items()
              if place is not None and (place.kind in ("governorate", "region") or is_namesake(place))
              for m in mentions[key]]
    return {key: label for key, (label, _) in _bound_labels(doc, mentions, labels).items()}


# The words of a longer name whose first word alone is a gazetteer name: "Hasan Sham (Al-Hamdaniya)" is no "Hasan"
_NAME_RUNS_ON = re.compile(r"(?:[ -](?:a[lnrsdtz]-)?[A-Z][\w'’`]*){1,2}")


def _bound_labels(doc: Document, mentions: dict[str, list[Match]], labels: list[tuple[int, object]],
                  run_on: bool = False) -> dict[str, tuple[object, str]]:
    """Name key -> what the label (its start, what it names) right after one of its mentions names ("X in the
    countryside of G", "X, G", "X (D, G)"), and the name as written; *labels* of the text, each where it starts.
    With *run_on*, a name may run on over capitalised words before its label ("Hasan Sham (Al-Hamdaniya)")."""
    labels = sorted(labels, key=lambda label: label[0])
    bound = {}
    for key, found in mentions.items():
        for m in found:
            end = (run_on and (more := _NAME_RUNS_ON.match(doc.text, m.end)) and more.end()) or m.end
            following = next((label for label in labels if label[0] >= end), None)
            if following and _BINDING.fullmatch(doc.fold(end, following[0])):
                bound[key] = (following[1], doc.text[m.start:end])
    return bound


class NamedAreas:
    """The areas a text names (``_named_areas``) and, frozen once, the key they are told apart by: a name is
    resolved among the same areas once per document (``_resolved``).

    >>> NamedAreas({"admin1": {"raqqa": {"tabqa"}}}) == NamedAreas({"admin1": {"raqqa": {"tabqa"}}})
    True
    """

    __slots__ = ("named", "key")

    def __init__(self, named: dict[str, dict[str, set[str]]]):
        self.named = named
        self.key = frozenset((level, area, frozenset(keys)) for level, found in named.items() for area, keys in found.items())

    def __eq__(self, other) -> bool:
        return isinstance(other, NamedAreas) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


def _resolved(doc: Document, key: str, lexicon: Lexicon, areas: NamedAreas,
              bound: str | None = None) -> tuple[Place | None, int | None]:
    """``_resolve`` once per document for equal arguments: the steps that split a report into its strikes and
    locate each one resolve the same names among the same named areas again (a fifth of a strike report's
    analysis)."""
    return doc.once_with(_resolve_among, key, lexicon, areas, bound)


def _resolve_among(doc: Document, key: str, lexicon: Lexicon, areas: NamedAreas,
                   bound: str | None) -> tuple[Place | None, int | None]:
    """``_resolve`` among *areas* (the document aside: ``_resolved`` keeps its answers in its memo), in the letters the
    document writes (Kurdish-script or not), in the country the text makes the name's own (``_possessing_country``)."""
    return _resolve(key, lexicon, areas.named, bound, kurdish=bool(doc.once(_KURDISH_ONLY.search, doc.text)),
                    country=_possessing_country(doc, key))


# A country's possessive before a name (folded): "Iraq's Sinjar", "Syria's Qamishli"
_COUNTRY_OWNS = re.compile(r"\b(syria|iraq) s $")


def _possessing_country(doc: Document, key: str) -> str | None:
    """The country (name_key) whose possessive stands before a mention of *key* ("near Iraq's Sinjar"): its place is
    that country's, whatever a namesake of the other country the text's other names favour (Hasakah's village Sinjar
    beside "Syria's Qamishli")."""
    text = doc.folded.text
    if "syria s " not in text and "iraq s " not in text:   # (no possessive of either: most texts)
        return None
    for hit in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text):
        if owner := _COUNTRY_OWNS.search(text, max(0, hit.start() - 8), hit.start()):
            return owner.group(1)
    return None


# Letters only Kurdish script writes (Arabic spellings of a Kurdish name use ل ر ي و, or nothing for ە)
_KURDISH_ONLY = re.compile("[ڵڕێۆە]")


def spelled_only_in_kurdish(place: Place, key: str) -> bool:
    """Whether every name of *place* that folds to *key* is written with letters only Kurdish script has: in a text
    that writes none, a name spelled exactly as written beats it ("سميلان" is Similan, whose Arabic it is, not
    Shilan, whose Kurdish "سميڵان" merely folds to it).

    >>> shilan = Place("Shilan", ("شالان", "سميڵان"), 36.7, 44.8, "Iraq", "Erbil", "village", "Choman")
    >>> spelled_only_in_kurdish(shilan, "سميلان"), spelled_only_in_kurdish(shilan, "شالان")
    (True, False)
    """
    names = [v for v, folded in folded_names(place) if folded == key]
    return bool(names) and all(_KURDISH_ONLY.search(v) for v in names)


@lru_cache(maxsize=8192)
def folded_names(place: Place) -> tuple[tuple[str, str], ...]:
    """Each name of *place* (its name, then its variants) with its fold (``normalize_term``), folded once per place:
    resolving a name scores each of its candidates by their names, for every strike of every article.

    >>> folded_names(Place("Al-Bukamal", ("البوكمال",), 34.5, 40.9, "Syria", "Deir ez-Zor", "city"))
    (('Al-Bukamal', 'al bukamal'), ('البوكمال', 'بوكمال'))
    """
    return tuple((name, normalize_term(name)) for name in (place.name, *place.variants))


def _resolve(key: str, lexicon: Lexicon, named: dict[str, dict[str, set[str]]],
             bound: str | None = None, kurdish: bool = False, country: str | None = None) -> tuple[Place | None, int | None]:
    """The place a folded name stands for here, with its precision; the common district or
    governorate when it stays ambiguous; (None, None) when even that is unknown. *bound*: the
    governorate (name_key) that labels this name; its places first. Not *kurdish* (the text writes no letter only
    Kurdish script has), a place named so as written before one whose name only folds to it. *country* (name_key):
    the country that owns the name ("Iraq's Sinjar"); its places first."""
    admin1s = {area for area, keys in named["admin1"].items() if keys - {key}}   # named by another name
    admin2s = {area for area, keys in named["admin2"].items() if keys - {key}}
    own_districts = admin2s - named["admin1"].keys()   # (not a governorate's namesake district: "Duhok")
    candidates = lexicon.places[key]
    # a governorate's name is the governorate (or its namesake city), not a village named after it in another
    # ("Anbar" of Afrin: "in Karmah in Anbar" is no Aleppo village; also _named_areas)
    if any(p.kind == "governorate" for p in candidates):
        candidates = [p for p in candidates if any(p.admin1 == q.admin1 for q in candidates if q.kind == "governorate")]
    if bound and any(bound in governorates_of(p, own_districts) for p in candidates):
        candidates = [p for p in candidates if bound in governorates_of(p, own_districts)]
    if country and any(name_key(p.country) == country for p in candidates):
        candidates = [p for p in candidates if name_key(p.country) == country]
    districts = [p for p in candidates if p.kind == "district"]
    # (but "منطقة X" is also "the X area": a curated region of that very name is the area meant, "منطقة الثرثار" the
    # lake's, not the district Who's On First names so)
    if districts and _DISTRICT_WORDS.search(key) and not any(p.kind == "region" and p.curated for p in candidates):
        candidates = districts
    countries = {area for area, keys in named["country"].items() if keys - {key}}
    if admin1s:   # "X in the countryside of Aleppo": not a village X of another governorate
        candidates = [p for p in candidates if p.bare or governorates_of(p, own_districts) & admin1s]
        if "outside" in lexicon.place_rules and not any(governorates_of(p, own_districts) & admin1s for p in candidates):
            # none inside: a neighbourhood or a town of another country named like a place here
            # ("al-Mashhad neighborhood ... Aleppo" is no Mashhad of Anbar) is no guess to make
            candidates = [p for p in candidates if p.curated or p.kind in ("city", "district", "governorate", "region")
                          or (p.kind == "town" and (not countries or name_key(p.country) in countries))]
        if not candidates:
            return None, None
    region = {name_key(name) for name in lexicon.matching.region}

    # the seats of a sub-district or district of this name ("Maskanah" of Maskanah Subdistrict), or spelled alike in the
    # one governorate of the candidates ("Khalifan": OCHA's "Khailfan Subdistrict" by the village Khalifan of Soran, not
    # the one 39 km off; a name of several governorates, "Barzan", stays theirs to tell apart)
    governorates = {p.admin1 for p in candidates}
    seats = [p for p in candidates if p.kind in ("subdistrict", "district")] or [
        p for area in governorates if len(governorates) == 1
        for p in _area_index(lexicon, area)[0].get(_subdistrict_spelling(key), ()) if p.kind == "subdistrict"]

    def larger(p: Place) -> int:
        """Rule "larger": a town over a village, a sub-district's seat over a village named alike;
        rule "seats": a town that is its sub-district's seat over a town named alike (Salamiyah of
        Hama, not the village of Latakia Who's On First calls a town), a curated place as a seat."""
        if "larger" not in lexicon.place_rules:
            return 0
        # (and the village a district is named after, its seat: "Dukan, Sulaymaniyah province" is Dokan district's
        # Dukan, not the Dukan of Sulaymaniya district 90 km off)
        seat = p not in seats and any(q.admin1 == p.admin1 and haversine(q.point, p.point) <= SAME_PLACE_KM
                                      for q in seats) or lexicon.seats.get((p.admin1, p.admin2)) is p
        if p.curated or p.kind in ("city", "town"):
            return 2 + ("seats" in lexicon.place_rules and (p.curated or seat))
        return int(seat)

    def score(p: Place):
        # (a place of a district governed from a named governorate only after one filed in it: Khanke of Sumel, Duhok, not
        # Khanke of Shikhan)
        context = 2 if name_key(p.admin2) in admin2s else int(name_key(p.admin1) in admin1s)
        # a governorate's capital (Quneitra) over a same-name village of the watched region
        return (context, kurdish or not spelled_only_in_kurdish(p, key), name_key(p.country) in countries,
                is_namesake(p), larger(p), name_key(p.admin1) in region, p.salience)

    scores = [(score(p), p) for p in candidates]
    best = max(scored for scored, _ in scores)
    # of one place's rows (a village and the sub-district named after it), the finest
    # (and of two rows of one village, the one also named in the other script as the text spells it: "Araden" is
    # Eredin Nesara, whose Arabic is أرادن, not Aradinah Islam 1 km off)
    top = [p for scored, p in scores if scored == best]
    if len(top) > 1:   # (one place, most names: no names of it to compare)
        top.sort(key=lambda p: (p.precision, normalize_term(p.name) != key, -transliterated(p, key)))
    if all(haversine(top[0].point, p.point) <= SAME_PLACE_KM for p in top[1:]):
        return _area(_seat_spelled_alike(top[0], key, lexicon), lexicon)
    for level in ("admin2", "admin1"):
        areas = {(p.admin1, p.admin2 if level == "admin2" else "") for p in top}
        if len(areas) == 1 and areas <= lexicon.areas.keys():
            return _area(lexicon.areas[areas.pop()], lexicon)
    return None, None


def governorates_of(place: Place, districts: set[str]) -> set[str]:
    """The governorates (name keys) a text that names the *districts* (name keys) may place *place* in: its own, and,
    unless the text names other districts only, the one its district is governed from (GOVERNED_FROM: "Etrush
    (Shekhan, Duhok)" is Ninewa's Atrush; "نيروة وريكان في قضاء العمادية، دهوك" no Nayrwah of Akre).

    >>> atrush = Place("Atrush", (), 36.8, 43.3, "Iraq", "Ninewa", "village", "Shikhan")
    >>> sorted(governorates_of(atrush, set())), sorted(governorates_of(atrush, {"amadiya"}))
    (['duhok', 'ninewa'], ['ninewa'])
    """
    other = GOVERNED_FROM.get((place.admin1, place.admin2))
    if other and (not districts or name_key(place.admin2) in districts):
        return {name_key(place.admin1), name_key(other)}
    return {name_key(place.admin1)}


# A name that labels itself a sub-district ("Tal Hmis sub-district", "ناحية تل حميس"), folded
_SUBDISTRICT_WORD = re.compile(r"\b(?:sub ?district|nahiy\w*)\b|ناحيه")


# The sub-district word right before a name, folded ("صحراء ناحية الوليد", "the Walid nahiya" is after it)
_SUBDISTRICT_BEFORE = re.compile(r"(?:^|\s)ل?ناحيه\s$")


def transliterated(place: Place, key: str) -> int:
    """How *place* has a name in the other script than the folded *key* that transliterates it (its Latin spelling key
    is the Latin key of the Arabic letters): 2 in Arabic letters, 1 only in Kurdish script (whose letters an Arabic
    spelling of the name would not write: "Smilan" is Similan, سميلان, before Shilan, سميڵان), 0 not at all.

    >>> place = Place("Eredin Nesara", ("أرادن", "Araden"), 37.1, 43.3, "Iraq", "Duhok", "village", "Amadiya")
    >>> transliterated(place, "araden"), transliterated(place, "ارادن"), transliterated(place, "aradin islam")
    (2, 2, 0)
    >>> transliterated(Place("Shilan", ("سميڵان",), 36.7, 44.8, "Iraq", "Erbil", "village", "Choman"), "smilan")
    1
    """
    latin = _script(key) == "latin"
    wanted = spelling_key(key) if latin else latin_key_of_arabic(key)
    return max((1 if _KURDISH_ONLY.search(name) else 2 for name, folded in folded_names(place)
                if _script(folded) == ("arabic" if latin else "latin")
                and (latin_key_of_arabic(folded) if latin else _folded_spelling_key(folded)) == wanted), default=0)


def namesake_subdistrict(place: Place | None, lexicon: Lexicon) -> Place | None:
    """The sub-district of *place*'s district named as it is, when *place* is a mere village beyond SAME_PLACE_KM of
    that sub-district's point, so no seat of it: "ناحية الوليد" is Al-Walid Subdistrict, not the border village Al
    Walid 55 km west of it (a village or town by the sub-district's point is its seat: ``_seat_spelled_alike``)."""
    if place is None or place.kind != "village":
        return None
    subs = [sub for sub in lexicon.places.get(normalize_term(f"{place.name} Subdistrict"), ())
            if sub.kind == "subdistrict" and (sub.admin1, sub.admin2) == (place.admin1, place.admin2)
            and haversine(sub.point, place.point) > SAME_PLACE_KM]
    return subs[0] if len(subs) == 1 else None


def _subdistrict_spelling(key: str) -> str:
    """The spelling key of the sub-district named *key* (folded), as the gazetteer names one ("X Subdistrict",
    "ناحية X").

    >>> _subdistrict_spelling("khalifan") == _folded_spelling_key("khailfan subdistrict")
    True
    """
    return _folded_spelling_key(f"ناحيه {key}" if _script(key) == "arabic" else f"{key} subdistrict")


def _seat_spelled_alike(place: Place, key: str, lexicon: Lexicon) -> Place:
    """A sub-district named by a spelling only its own row holds ("Tal Hmis", "Al-Hasakeh", "Al-Karama"), without a
    sub-district word, is its seat: the one town of its district spelled alike ("Tall Hamis", "Hasakah"), or the one
    village where Who's On First calls the seat a village ("Al Karamah" of Karama Subdistrict, Raqqa);
    any other place is itself. With its word ("ناحية زمار", "the Bateel sub-district"; rule "nahiya"), its seat so
    spelled within SAME_PLACE_KM of its point, one place with it (the label rule codes it at precision 2)."""
    labelled = bool(_SUBDISTRICT_WORD.search(key))
    if place.kind != "subdistrict" or (labelled and "nahiya" not in lexicon.place_rules):
        return place
    bare = " ".join(_SUBDISTRICT_WORD.sub(" ", key).split())
    # (labelled: its seat's own name too, however short: "زمار" is no spelling key the index holds; and the seat named
    # as any name of the sub-district's row: "ناحية الهول" is Al-Hawl, the town its row also calls "Al-Hawl")
    names = [bare, *(" ".join(_SUBDISTRICT_WORD.sub(" ", folded).split()) for _, folded in folded_names(place))]
    named = [p for name in dict.fromkeys(names) for p in lexicon.places.get(name, ())] if labelled else []

    def towns(found) -> set[Place]:
        """The towns, else the villages, of *found* in the sub-district's district (labelled: by its point; a town within
        a countryside's reach, as a wide sub-district's point may lie far from its seat: Markada Subdistrict's, 27 km)."""
        alike = [p for p in found if p.admin1 == place.admin1 and p.admin2 == place.admin2 and not (labelled and (
            haversine(p.point, place.point) > (COUNTRYSIDE_KM if p.kind in ("town", "city") else SAME_PLACE_KM)))]
        return {p for p in alike if p.kind in ("town", "city")} or {p for p in alike if p.kind == "village"}

    # (the one named as the seat is, before those merely spelled alike: "ناحية السبخة" is As Sabkhah, not Sabkhawi; of
    # several, the one whose own name the row spells: "Zawita subdistrict" is Zawitah, not its upper part Zawita al
    # 'Ulya, also written "Zāwita")
    seats = towns(named)
    if len(seats) > 1:
        keys = {spelling_key(name) for name in names if _script(name) == "latin"}
        seats = {p for p in seats if spelling_key(p.name) in keys} or seats
    if len(seats) != 1:
        seats = towns((*named, *_area_index(lexicon, place.admin1)[0].get(_folded_spelling_key(bare), ())))
    return seats.pop() if len(seats) == 1 else place


def _area(place: Place, lexicon: Lexicon) -> tuple[Place, int]:
    """A place with its precision; a district as its main town, precision 2 (as ACLED codes it)."""
    seat = lexicon.seats.get((place.admin1, place.admin2)) if place.kind == "district" else None
    return (seat, 2) if seat else (place, place.precision)


# Where one clause of a sentence ends and the next begins: "Airstrikes target X, and shelling targets Y" (of those,
# CONJUNCTION's words join a clause of its own: a comma may set off a reference, "Hajin, east of Deir ez-Zor")
_CLAUSE_JOIN = re.compile(rf"[,;]|{CONJUNCTION.pattern}|\s(?:as|with)\s|\s[-–—]\s|[،؛]|\sو", re.IGNORECASE)


def clause_groups(doc: Document, mentions: list[Match]) -> list[list[Match]]:
    """The place names of one sentence (first mention of each) grouped by clause, in text order:
    a name joined to the one before by a comma, "and", "while", "و" … opens a clause, unless it
    is only a reference point ("…, east of Deir ez-Zor") or an origin or destination.

    "Clashes in the Eastern Ghouta and shelling on Kafr Nabl in the countryside of Idlib" ->
    [[Eastern Ghouta], [Kafr Nabl, Idlib]]
    """
    names = sorted({m.folded: m for m in reversed(mentions)}.values(), key=lambda m: m.start)
    groups: list[list[Match]] = []
    for before, name in zip([None, *names], names):
        # ("… and on villages west of X": X places the villages, an area of its own, no reference point; nor is it
        # one past a conjunction after the name before: "… the outskirts of Jisr al-Shughur and casualties in the
        # fall of shells west of Aleppo city")
        reference = (off_by_direction(doc, name.start) and not _AREA_BY_DIRECTION.search(doc.before(name.start))
                     and not (before is not None and CONJUNCTION.search(doc.text, before.end, name.start))) \
            or second_end(doc, name) or doc.once_with(someones_place, name, PLACE_RULES) or (
            # "X village, Raqqa governorate": a governorate labelling the name before it
            before is not None and name.category == "governorate" and _BINDING.fullmatch(doc.fold(before.end, name.start))
        ) or doc.text.rfind("(", 0, name.start) > doc.text.rfind(")", 0, name.start)   # a label "(Qamishli, Al-Hasakah)"
        # (a line head's own mark opens no clause: "Shingal - a drone hit … near Sibaye village" as "Shingal | …")
        joined = before is not None and _CLAUSE_JOIN.search(
            doc.text, head.end() if line_head(doc.text, before) and (head := _HEAD_AFTER.match(doc.text, before.end))
            else before.end, name.start)
        if groups and (reference or not joined):
            groups[-1].append(name)
        else:
            groups.append([name])
    return groups


VILLAGE_WORD = re.compile(r"^(?:قريه|بلده) ")
# A village named after the valley or mountain it lies in ("وادي المر": Qaryat Wadi al Murr): the name, so written,
# names the valley or mountain, the land around the village
TERRAIN_WORD = re.compile(r"^(?:وادي|جبل) ")
# A hamlet the gazetteer names with its word "farm" ("مزرعة الشاطئ", Mazra`at ash Shati'): the name, so written in a
# report ("مسيرة تستهدف مزرعة الشاطي"), says a place as "قرية" before it would
FARM_WORD = re.compile(r"^مزرعه ")
_DISTRICT_WORDS = re.compile(r"\b(?:district|subdistrict)\b|(?:^|\s)(?:قضاء|منطقه|ناحيه)(?=\s)")


def names_an_area_around(doc: Document, mention: Match) -> bool:
    """Whether *mention* names a district ("قضاء سوران", "the Zakho district") or a reference point ("شمالي
    أربيل", "south of Mosul"): after another place of its clause, a label of that place."""
    return bool(_DISTRICT_WORDS.search(mention.folded) or off_by_direction(doc, mention.start))


def seat_names(district: Place) -> set[str]:
    """The folded names of a district without the word "district" ("Hawija district",
    "قضاء الحويجة" -> "hawija", "حويجه"): the names its seat town goes by."""
    return {bare for v in (district.name, *district.variants)
            if (bare := " ".join(_DISTRICT_WORDS.sub(" ", normalize_term(v)).split()))}


def in_region(event: dict, region: list[str]) -> bool:
    """Whether an event's place is in the watched *region*: a governorate of it, or a place
    it names itself (a border garrison such as Al-Tanf in a governorate not watched).
    Names compare by name_key.

    >>> in_region({"location": "Hasakah", "admin1": "Al-Hasakah"}, ["Deir ez-Zor", "al hasakah"])
    True
    >>> in_region({"location": "Al-Tanf", "admin1": "Homs"}, ["Anbar", "Al-Tanf"])
    True
    """
    watched = {name_key(name) for name in region}
    return any(event.get(column) and name_key(event[column]) in watched for column in ("admin1", "location"))


def locate(text: str, lexicon: Lexicon) -> Located:
    """The strike's place of any *text*, strike report or not (bench/ged.py scores headlines)."""
    from monitor.text.watchlists import match_watchlists

    doc = Document.of(text)
    matches = match_watchlists(doc, lexicon)
    strike = sorted({doc.sentence_of(m.start) for m in matches if m.watchlist == "strike"})
    return locate_strike(doc, matches, lexicon, strike)
