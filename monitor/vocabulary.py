"""The codebook's vocabulary: ACLED's event types, the watchlists the coding rules read and
their categories, and the cues of background text. Plain data, imported by ``monitor.config``
(to check a config) and by ``monitor.text`` (to code articles); it imports neither.

    >>> SUB_EVENT_TYPES["Armed clash"]
    'Battles'
    >>> bool(BACKGROUND.search("900 civilians have been killed since the campaign began"))
    True

Background cues are matched against text folded by ``monitor.normalize`` (lower case,
hyphens and apostrophes as spaces, the Arabic article dropped, ة as ه, ى as ي).
"""

from __future__ import annotations

import re
from datetime import date

from monitor.patterns import compile_alternation

# The battles over ground ACLED's coded notes are labelled with ("Government regains territory: …"): a battle's two
# sides, the side that took the ground and the side that lost it (``events``: read as a clash's)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# ACLED's sub-event types of the violence the monitor codes, with their event types.
SUB_EVENT_TYPES = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Attack": "Violence against civilians",
    "Disrupted weapons use": "Strategic developments",
    **dict.fromkeys(TERRITORY, "Battles"),
}
AIR, SHELLING, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
CLASH, ATTACK, DISRUPTED = "Armed clash", "Attack", "Disrupted weapons use"
# The generic senses of event terms (config.yaml's strike watchlist) and what they default to.
GENERIC = {"strike": AIR, "explosion": IED}
GROUND_ATTACK = "ground attack"

# Codebook cues (event_cues' categories) whose wording a list of phrases cannot hold, words
# standing between their parts (folded text): old ordnance ("an old artillery shell", "a
# decades old mortar round": remnant, an IED event) and an exchange of fire between the parties
# ("exchanged artillery and heavy machine gun fire", "تبادلت قوات النظام وقسد القصف": exchange, a clash;
# the weapons named between may take six words), and an interception of only part of a salvo, whose rest
# went on (impact: "الدفاعات الجوية تعترض أحدهما", "air defences shot down one of the two drones": the
# attack is the event).
# The words that name a side's support of the fighting: "backed by", "with the air support of" (what follows: who)
_SUPPORTED = (r"\b(?:(?:supported|backed|aided|assisted|covered|guided) by|with (?:the )?(?:air )?(?:support|backing|cover) (?:of|from))"
              r"|(?:^|\s)و?(?:باسناد|بدعم|بمسانده|بغطاء)(?: جوي)?(?: من)?"
              # … or acting with it: "in conjunction with coalition helicopters", "بالاشتراك مع مروحيات التحالف"
              r"|\b(?:in conjunction|jointly) with|(?:^|\s)و?(?:باشتراك|بتعاون) مع"
              # … or under its cover: "under air cover from Iraqi F-16s", "under the cover of coalition aircraft"
              r"|\bunder (?:the )?(?:air |aerial )?cover (?:of|from)"
              # … or the command that oversaw it: "بإشراف ومتابعة قيادة العمليات المشتركة، نفذت طائرات القوة الجوية",
              # "under the supervision of the Joint Operations Command" (neither the aircraft's nor the target)
              r"|\b(?:under the (?:direct )?supervision of|supervised by|overseen by)"
              r"|(?:^|\s)و?باشراف(?: (?:و?متابعه|و?توجيه))?(?: مباشر)?(?: من)?")
# Aircraft that back a ground force's operation, right before the aircraft term (folded): "the army, backed by army
# aviation and coalition aircraft, launched a clearing operation", "بإسناد من طيران الجيش": the operation is the
# event, the aircraft's no strike of its own (``decision.reported_terms``; a clash it backs stays a clash: WIDE_CUES)
BACKING_AIRCRAFT = compile_alternation(rf"(?:{_SUPPORTED})(?: [\w-]+){{0,4}}? $")
WIDE_CUES = {
    "remnant": compile_alternation(r"\b(?:old|decades old|years old|aged|ageing|aging) (?:\w+ ){0,2}"
                                   r"(?:shells?|ordnance|mortars?|rockets?|projectiles?|bombs?|munitions?|missiles?|grenades?)\b"
                                   # … or its war named as its age: "a mortar shell dating from the war against ISIS", "a
                                   # rocket left from the battles of 2017", "قذيفة تعود إلى فترة الحرب على داعش"
                                   r"|\b(?:shells?|ordnance|mortars?|rounds?|rockets?|projectiles?|bombs?|munitions?|missiles?"
                                   r"|grenades?|mines?) (?:\w+ ){0,2}?(?:dating (?:back )?(?:from|to)|left (?:behind )?from)"
                                   r" (?:the )?(?:war|wars|battles?|fighting|days|era|time|years|\d{4})\b"
                                   r"|(?:^|\s)(?:قذيفه|قذايف|صاروخ|لغم|عبوه)(?: \S+){0,2} (?:تعود|يعود) (?:الي|ل)(?: فتره| ايام)?"
                                   r" (?:حرب|معارك)"),
    # a blast whose cause the note says is unknown is an IED event, whatever a later sentence guesses ("an explosion
    # of unknown origin hit a YBS position …; local sources initially reported a drone strike"; "انفجار مجهول المصدر")
    "unexplained": compile_alternation(r"\b(?:explosions?|blasts?|detonations?|(?:explosive )?devices?) of (?:an? )?"
                                       r"(?:unknown|unidentified|unclear|undetermined) (?:origin|cause|source|nature)\b"
                                       r"|\b(?:unexplained|mysterious) (?:explosions?|blasts?)\b"
                                       r"|(?:^|\s)(?:انفجار|انفجارات|تفجير|عبوه)(?: \S+){0,2} مجهول[هة]? (?:ال)?(?:مصدر|سبب|هويه)"),
    # … and the side attacked fighting back ("responded with mortar fire", "repelled the attack"): the parties fought
    "exchange": compile_alternation(r"\b(?:exchanged|exchanging|exchange of|traded|trading) (?:\w+,? ){0,6}"
                                    r"(?:fire|shelling|bombardment|shells)\b"
                                    r"|\b(?:responded|responding|retaliated|retaliating|returned|returning) (?:with )?(?:\w+ ){0,3}?fire\b"
                                    # (the side attacked firing back, by its fire's name: "answered with retaliatory fire")
                                    r"|\b(?:retaliatory|return|answering) fire\b"
                                    # (or by its own guns' verb: "and the SDF responded by shelling SNA positions")
                                    r"|\b(?:responded|responding|retaliated|retaliating|replied|answered) by (?:shelling|firing|bombarding"
                                    r"|targeting)\b"
                                    r"|(?:^|\s)[وف]?(?:ردت|رد|ردوا|ترد|يرد)(?: \S+){0,3} (?:بنيران|بمثل)(?=\s|$)"
                                    # the side attacked answering with its guns or aircraft at once ("PKK militants attacked a
                                    # base …; Turkish troops responded with artillery and drones"; not a later "retaliated with",
                                    # nor a strike answering another event: "responded with drone strikes to an attack on its troops")
                                    r"|\b(?:responded|responding) with (?:\w+ ){0,3}?(?:artillery|mortars?|shelling|drones|helicopters"
                                    r"|rockets|tank fire)\b(?! (?:\w+ ){0,2}?to\b)"
                                    r"|\b(?:repelled|repelling|repulsed|repulsing|fought off) (?:the|an|their|its) (?:\w+ ){0,2}?"
                                    r"(?:attack|assault|infiltration|advance|incursion)"
                                    # (… or its attackers: "before SDF fighters repelled them", "fought them off")
                                    r"|\b(?:repelled|repelling|repulsed|repulsing) (?:them|the attackers)\b|\bfought (?:them|the attackers) off\b"
                                    r"|(?:^|\s)(?:تبادل|تبادلت|تبادلوا|يتبادل|يتبادلان)(?: \S+){0,6} (?:قصف|قذايف|نيران|اطلاق نار)\b"
                                    # both sides firing their guns ("clashed …, with both sides using artillery and drones")
                                    r"|\b(?:both|the two|each) (?:sides?|parties) (?:using|used|employing|employed|firing|fired)\b"
                                    # … or shelling each other ("the army and the SDF shelled each other's positions across
                                    # the Euphrates", "mutual shelling", "قصف متبادل بين قسد وقوات الحكومة")
                                    r"|\b(?:shelled|shelling|shell|bombarded|bombarding|targeted|targeting|fired at|firing at)"
                                    r" (?:each other|one another)\b|\bmutual (?:shelling|bombardment|fire)\b"
                                    r"|(?:^|\s)(?:قصف|قصفا) متبادل"),
    # aircraft that support the fighting, whatever words name them between ("clashed with IS, backed by Iraqi
    # jets", "supported by the Iraqi air force", "وبإسناد من مروحيات الجيش"): part of the clash
    # (or guns: "supported by artillery shelling"); … or what supports it named first ("with Turkish drones supporting
    # the SNA"), or named by the support they give ("with drone and artillery support"), or strikes "during the
    # fighting" or "in support of" the ground troops
    "conjunction": compile_alternation(rf"(?:{_SUPPORTED})(?: [\w-]+){{0,3}}? (?:jets|warplanes|aircraft|helicopters|gunships|drones"
                                       r"|air force|aviation|air strikes|airstrikes|artillery|shelling|mortar fire"
                                       r"|طيران|طايرات|مروحيات|مسيرات|قوه جويه)(?=\s|\W|$)"
                                       r"|\b(?:jets|warplanes|aircraft|helicopters|drones|artillery) (?:supporting|backing|covering)\b"
                                       # … or doing so in a clause of its own ("Turkish drones supported the SNA", "while
                                       # Turkish drones provided air cover", "army aviation was called in")
                                       r"|\b(?:jets|warplanes|aircraft|helicopters|gunships|drones|aviation|artillery)"
                                       r" (?:supported|backed) (?:the|its|their)\b"
                                       r"|\b(?:jets|warplanes|aircraft|helicopters|gunships|drones|aviation|artillery)"
                                       r" (?:provided|provide|providing|gave) (?:\w+ ){0,2}?(?:cover|support)\b"
                                       r"|\b(?:jets|warplanes|aircraft|helicopters|gunships|drones|aviation|air support)"
                                       r" (?:was|were|had been) (?:called in|summoned)\b"
                                       r"|(?:^|\s)(?:تم )?(?:استدعاء|استدعي|استدعت)(?: \S+)? (?:طيران|طايرات|مروحيات|مسيرات)(?=\s|$)"
                                       # … or taking part in it ("with Turkish drones participating", "attack helicopters
                                       # took part in the fighting", "بمشاركة الطيران المسير")
                                       r"|\b(?:jets|warplanes|aircraft|helicopters|gunships|drones|artillery) (?:also )?(?:participating"
                                       r"|participated|taking part|took part|joined)\b"
                                       r"|(?:^|\s)و?بمشاركه(?: \S+){0,2} (?:طيران|طايرات|مسيرات|مروحيات|مدفعيه)(?=\s|$)"
                                       r"|\bwith (?:[\w-]+ ){0,3}?(?:air|aerial|drone|helicopter|artillery|aviation)"
                                       r" (?:support|cover|backing)\b"
                                       r"|\b(?:during|amid|throughout) (?:the |an? )?(?:fighting|clash|clashes|battle|firefight|gunfight)\b"
                                       # … or a drone among a ground attack's guns ("attacked a checkpoint with machine guns
                                       # and an explosive-laden drone", "with drones and heavy weapons")
                                       r"|\bwith (?:[\w-]+ ){0,2}?(?:machine[ -]?guns?|rifles|small arms|light weapons|medium weapons"
                                       r"|heavy weapons|rpgs?|rocket-propelled grenades|mortars)(?: fire)?,? and (?:an? )?(?:[\w-]+ ){0,2}?drones?\b"
                                       r"|\bwith (?:an? )?(?:[\w-]+ ){0,2}?drones? and (?:[\w-]+ ){0,2}?(?:machine[ -]?guns?|rifles|small arms"
                                       r"|light weapons|medium weapons|heavy weapons|rpgs?)\b"
                                       # (or strikes made for the ground fighting: "drones struck the area in support of
                                       # the ground troops")
                                       r"|\bin support of (?:the |its |their )?(?:[\w-]+ ){0,2}?(?:troops|soldiers|forces"
                                       r"|fighters|units|advance|assault|offensive)\b"),
    # a side of a clash using a drone in it ("clashed with ISIS; the militants used a small drone to drop a grenade on the
    # troops", "قسد استخدمت طائرة مسيرة خلال الاشتباكات"): the clash's weapon, where a clash word names the fighting
    "side's drone": compile_alternation(r"\b(?:used|using|uses|employed|employing|deployed|deploying) (?:an? |their |its |two |several )?"
                                        r"(?:[\w-]+ ){0,2}?(?:drones?|quadcopters?)\b"
                                        r"|(?:^|\s)و?(?:استخدم|استخدمت|استخدموا|مستخدمه|مستخدمين)(?: \S+){0,2}"
                                        r" (?:(?:طايره|طايرات) )?(?:مسيره|مسيرات|درون)(?=\s|$)"),
    # (or intercepted "a second drone", "another": the first went on, "مسيرة ثانية")
    "impact": compile_alternation(r"\b(?:intercepted|intercepting|intercepts|shot down|shooting down|downed) (?:only )?"
                                  r"(?:one of (?:the |them|two)|some of them|part of|(?:a|the) second\b|another\b)"
                                  r"|(?:^|\s)[وف]?(?:اعترض|تعترض|يعترض|اسقط|تسقط|يسقط)\w*(?: \S+){0,2} (?:مسيره|طايره|صاروخ|صاروخا)"
                                  r" (?:ثانيه|ثانيا|ثاني|اخري|اخر|اخرا)(?!\w)"
                                  r"|(?:^|\s)[وف]?(?:اعترض|تعترض|يعترض|اسقط|تسقط|يسقط)\w*(?: \S+){0,2} (?:احدهما|احداهما|احد صاروخين"
                                  r"|احدي طايرتين|احدي مسيرتين|بعضها|جزءا منها)(?=\s|$)"),
}

# A coded note opening with its own sub-event type, where that type is no violent event (ACLED's notes of
# strategic developments and peaceful protests: "Arrests: On 24 January 2025, the CTS, supported by coalition
# aircraft, arrested …"): the note says what the event was, whatever weapons it names.
NO_EVENT_LABEL = re.compile(r"\s*(?:arrests|agreement|non-violent activity|non-violent transfer of territory|looting"
                            r"|property destruction|headquarters or base established|change to group/activity|other"
                            r"|peaceful protest"
                            # (and the types of no strike the coder has no type for, as ACLED spells them: "Looting/property
                            # destruction: … houses damaged by Turkish airstrikes", "Protest with intervention: …")
                            r"|looting/property destruction|protests?|protest with intervention|excessive force against protesters"
                            r"|abduction/forced disappearance|abduction|sexual violence"
                            # (and a riot: "Mob violence: … beat a man accused of guiding a drone strike", "Violent
                            # demonstration: …": the crowd's violence, the strike it names its cause)
                            r"|mob violence|violent demonstration)\s?:\s", re.IGNORECASE)

# A coded note's bracketed tag ("[women targeted: Relatives of targeted groups or persons]", "[size=no report]"): the
# note's metadata, its words no event of the note
NOTE_TAG = re.compile(r"\[\s*(?:women targeted|size)\s*[:=][^\]]*\]", re.IGNORECASE)

# … and a note opening with its own violent sub-event type ("Attack: On 2 May 2025, IS militants shot dead a shepherd
# …", "Government regains territory: …"): the label names the type, it is no event term of the note's sentence (its
# "Attack" is not an attack whose armed target the militants after it would be)
EVENT_LABEL = re.compile(r"\s*(?:attack|armed clash|air/drone strike|shelling/artillery/missile attack|grenade|suicide bomb"
                         r"|remote explosive/landmine/ied|disrupted weapons use|government regains territory"
                         r"|non-state actor overtakes territory)\s?:\s", re.IGNORECASE)

# The watchlists the coding rules read, by name (config.yaml's `watchlists:`).
STRIKE, NOT_STRIKE, CUES = "strike", "not_strike", "event_cues"
ACTORS, SOURCES = "actors", "sources"
# The categories the rules read, per watchlist (config.py rejects any other in these lists).
CATEGORIES = {
    STRIKE: {*SUB_EVENT_TYPES, *GENERIC, GROUND_ATTACK, None},    # None: a strike of unstated kind
    NOT_STRIKE: {"modality", "reaction", "aftermath", "other sense", "no attack", "no blast"},
    CUES: {"impact", "defused", "armed target", "civilian target", "remnant", "exchange", "conjunction"},
}

# Whom an attack hit is the first target named after it; an armed target a former member is none (raw text before
# the target): "gunmen shot dead a former regime soldier", "a retired police officer", an ex-fighter.
FORMER_MEMBER = re.compile(r"\b(?:former|retired|ex)(?:[ -]\w+)?[ -]$", re.IGNORECASE)

# Background: what a sentence says of another frame than this event (a war's or a campaign's
# toll, an earlier incident, a period's total; "nine in total" is this event's); its events, figures and dates are not this
# article's. FRAME cues state a cumulative total: the whole clause they are in is background
# ("… , while 900 civilians have been killed since the campaign began"); the other cues make
# background what follows them ("a strike killed 3; the war since 2011 has killed 500,000").
# A standing claim: "Turkey says its operations target only PKK fighters", "وتقول أنقرة إن عملياتها تستهدف مقاتلي
# الحزب", "دأبت على القول إن عملياتها تستهدف قادة داعش": a policy, no strike of the report (the names in it no side of
# this strike, ANOTHER_TIME; the areas it lists no places struck, _FRAME)
_STANDING_CLAIM = (
    r"\bsays? (?:that )?(?:its|their) (?:\w+ )?(?:operations|strikes|attacks|campaigns?|raids)"
    # ("its operations in northern Iraq target only", "in the mountainous border areas of northern Iraq", "in the Zap,
    # Metina and Avashin regions")
    r"(?: (?:in|inside|across)(?: [\w,]+){1,7}?)? (?:only )?"
    # (the areas its operations cover listed between: "إن عملياتها في مناطق زاب ومتينا وآفاشين تستهدف")
    r"(?:target|aim|are aimed)|(?:^|\s)و?(?:تقول|يقول|قول) (?:\S+ ){1,3}عمليات\w*(?: \S+){0,6} (?:تستهدف|تطال)")
_FRAME = (
    r"\bsince (?:\w+ )?\d{4}|\bsince the (?:start|beginning|outbreak|launch)"      # "since March 2011"
    # "killed 35 in the province since January": a month without its day begins a period
    r"|\bsince (?:early |late |mid )?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?! \d{1,2}\b)"
    r"|\bsince the (?:\w+ )?(?:campaign|offensive|operation|escalation|war|attacks|strikes) (?:began|started|was launched)"
    r"|\bsince (?:it|they) (?:began|started)|\btoll of the (?:\w+ )?(?:campaign|offensive|operation|war)"
    # a perfect toll since an event: "the fighting around the dam has killed more than 300 people since the SDF was driven out"
    r"|\b(?:has|have) (?:\w+ )?(?:killed|left)\b(?: \S+){0,8}? since\b"
    r"|\b(?:campaign|offensive|operation) s (?:\w+ )?toll"
    # "12 were killed so far" is a total, "no casualties so far" this event's
    # a monitor's total "over the same period" as another it cites
    r"|\b(?:over|in|during) the same period\b"
    # "since then", and a part of a year: "carried out 71 strikes in the first half of the year, most of them in …"
    r"|\bsince then\b|\bsince (?:\w+ s |the )?(?:fall|collapse|ouster|overthrow|toppling)\b|\b(?:in|during|over) the (?:first|second|last|past) (?:half|quarter|\w+ months) of (?:the|this|last) year\b"
    # a place struck over and over: "the base has been targeted several times by rockets and drones"
    r"|\b(?:has|have) been (?:\w+ )?(?:targeted|hit|struck|attacked|shelled|bombed)(?: \w+){0,4}? (?:several|many|multiple"
    r"|numerous|a number of|dozens of) times\b"
    r"|\b(?:this (?:year|month)|(?<!casualties )(?<!injuries )(?<!deaths )(?<!victims )so far(?: this)?|to date)\b"
    # the strike counted in a series of the area's: "The attack is the third of its kind in the Derik countryside in less
    # than two weeks", "the second such strike on the area this month", "في ثالث استهداف من نوعه لريف ديرك"
    r"|\b(?:second|third|fourth|fifth|sixth|\w+th) (?:\w+ )?of its kind\b|\b(?:second|third|fourth|fifth|sixth|\w+th) such\b"
    r"|(?:^|\s)(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس)(?:ه)? (?:\S+ )?من نوعه(?:ا)?(?=\s|$)"
    f"|{_STANDING_CLAIM}"
    # (and the earlier battles a place has seen: "نقطة تماس منذ المعارك التي شهدها محيطه … والتي أسفرت عن مقتل مئات",
    # "a flashpoint since the battles of early this year, which killed hundreds")
    r"|منذ (?:عام |بدء |بدايه |مطلع |اندلاع |انطلاق )?(?:\d{4}|حرب|نزاع|صراع|ازمه|عام|شهر|اسابيع|اشهر|شهور|سنوات|حمله|عمليه|تصعيد"
    r"|معارك|اشتباكات|مواجهات)|\bsince the (?:\w+ )?(?:battles|fighting|clashes)\b"
    # (not "حتى الآن": it folds as "حتى أن" (even) does, and the wires' "ولم تتبن أي جهة الهجوم حتى الآن" (no one has
    # claimed it so far) is the strike's own sentence; a toll to date has its "منذ")
    r"|منذ (?:بدء|بدايه|مطلع|انطلاق)"
    r"|حصيله (?:\w+ )?(?:حمله|عمليه)|هذا عام")
# A year, or a month without its day, is another incident's time: "was also hit in 2021, when …",
# "In June, a strike …", "clashes in August 2023 killed 90", "a roadside bomb in Tarmiyah in December
# killed two", "في مثل هذا اليوم من عام 2019" ("in March 5" is a date of this strike). Unlike a
# habit or a reason, it dates its whole clause, the words before it included (``decision.foreground``).
# English months abbreviated with a full stop before their day, as wire and CENTCOM copy writes dates
# ("On Dec. 1, U.S. Central Command forces …", "Sept. 3"): the stop ends no sentence.
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# The Arabic month names, folded: the Egyptian and the Levantine/Iraqi ones, January first.
AR_MONTH_NAMES = ("يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر".split(),
                  ["كانون ثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين اول",
                   "تشرين ثاني", "كانون اول"])
_AR_MONTH = "|".join(name for names in AR_MONTH_NAMES for name in names)
# A day of the month by its ordinal, folded ("في الثاني والعشرين من الشهر الجاري", "في التاسع من تشرين
# الأول"): the first nine, the tenth, the teens ("الرابع عشر") and the twenties and thirties ("الحادي والثلاثين").
_AR_ORDINAL_UNITS = ("اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
AR_ORDINAL_DAYS = {**{word: day for day, word in enumerate(_AR_ORDINAL_UNITS, 1)}, "عاشر": 10, "عشرين": 20, "ثلاثين": 30,
                   **{f"{word} عشر": 10 + day for day, word in enumerate(("حادي", *_AR_ORDINAL_UNITS[1:]), 1)},
                   **{f"{word} وعشرين": 20 + day for day, word in enumerate(("حادي", *_AR_ORDINAL_UNITS[1:]), 1)},
                   "حادي وثلاثين": 31}
# The head words of Arabic place names a weekday can end, folded ("تل جمعة", Tall Jum'ah by Tal Tamr; "سوق
# الجمعة"): a bare weekday right after one is the name's, no day (``figures.days_named``).
AR_WEEKDAY_NAME_HEADS = ("تل", "عين", "دير", "كفر", "بيت", "خربه", "قصر", "جسر", "سوق", "جامع", "ام", "ابو")
# The month of such a day named by its place before publication, folded: "من الشهر الجاري" (0), "الماضي" (1).
AR_MONTHS_AGO = {"جاري": 0, "حالي": 0, "ماضي": 1, "منصرم": 1, "فايت": 1, "سابق": 1}
_ANOTHER_MOMENT = (
    r"\b(?:in|during) (?:early |late |mid )?(?:\d{4}|(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?! \d{1,2}\b))\b|(?:^|\s)(?:في |من )?عام \d{4}|مثل هذا يوم"
    # a span of years: "150 strikes between 2018 and 2024", "بين عامي 2018 و2024"
    r"|\bbetween (?:\w+ )?\d{4} and (?:\w+ )?\d{4}\b|(?:^|\s)بين (?:عامي|عام|سنتي|سنه) \d{4}"
    # a strike named by its year: "residents recall the 2020 drone strike", "a January 2024 drone attack on a base"
    r"|\b(?:the|a|an|that) (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
    r"(?:19|20)\d\d (?:\w+ ){0,2}?(?:strikes?|airstrikes?|attacks?|bombings?|shelling|raids?)\b"
    # … or by its day: "The US strikes of February 2 killed 23 militiamen" (this strike is told by its weekday)
    r"|\bthe (?:\w+ ){0,2}?(?:strikes|airstrikes|attacks|bombings|raids) of (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december) \d{1,2}\b"   # (months too: "between
    # October 2023 and February 2024")
    # a bare year in Arabic ("وقتل ثلاثة بغارة على القرية في 2019"; a day before it is a date: "في 2 نيسان 2025"), and
    # months or years ago ("قبل عامين", "two years ago"): past the lookback, the whole clause is another incident's
    r"|(?:^|\s)(?:في|خلال) \d{4}(?=\s|$|[،,.])|\b(?:months|years|a month|a year) ago\b"
    # the recalled strikes named again, or their moment: "Those strikes killed at least 16 people, according to
    # officials at the time", "وردت واشنطن حينها بغارات", "أسفرت تلك الغارات عن مقتل 20" (distal: the news is "this";
    # not the strike's own moment: "no casualties because the building was empty at the time")
    r"|\bthose (?:\w+ ){0,2}?(?:strikes|airstrikes|attacks|raids|bombings)\b"
    r"|^at the time\b|\b(?:said|reported|according to(?: \w+){1,3}) at the time\b"
    r"|(?:^|\s)(?:حينها|حينذاك|انذاك|وقتها)(?=\s|$|[،,.])|(?:^|\s)تلك (?:ضربات|غارات|هجمات)(?=\s|$)"
    r"|(?:^|\s)قبل (?:\S+ )?(?:شهر|شهرين|اشهر|شهور|عام|عامين|سنه|سنتين|سنوات|اعوام)(?=\s|$|[،,.])"
    # a season past: "when a drone hit a silo near Qamishli last autumn", "في الخريف الماضي"
    r"|\b(?:last|this past) (?:spring|summer|autumn|fall|winter)\b|(?:ربيع|صيف|خريف|شتاء) (?:ال)?ماضي"
    # a week, month or year past: "wounded in a drone strike on Amuda last week", "قصف على الميادين الأسبوع
    # الفائت" (not "since last week": a period up to this strike)
    r"|(?<!since )\b(?:last|earlier this) (?:week|month|year)\b|(?<!منذ )(?:^|(?<=\s))(?:اسبوع|شهر|عام) (?:ماضي|فايت)\b"
    # … or earlier this month, as Arabic says it: "وأعلنت سنتكوم مطلع الشهر الحالي مقتل …", "في وقت سابق من الشهر
    # الجاري" (not "منذ مطلع العام": a period up to this strike)
    r"|(?<!منذ )(?:^|(?<=\s))(?:مطلع|اوايل|بدايه) (?:شهر|عام) (?:حالي|جاري)\b|(?:^|\s)في وقت سابق من (?:هذا )?(?:شهر|عام)\b"
    # the past years: "الضربات التي استهدفت القضاء خلال السنوات الماضية" (folded, the article dropped)
    r"|(?:^|\s)خلال (?:\S+ )?(?:سنوات|اعوام|سنين) (?:ماضيه|اخيره)\b"
    # … in the dual: "تعرضت قرى في ريف الرقة خلال العامين الماضيين لهجمات" (the last two years, months, weeks)
    r"|(?:^|\s)خلال (?:عامين|سنتين|شهرين|اسبوعين) (?:ماضيين|اخيرين)\b"
    # … or months: "حيث دارت معارك بين X وY خلال الأشهر الأولى من العام" (the year's first months)
    r"|(?:^|\s)خلال (?:اشهر|شهور) (?:اولي|ماضيه|اخيره|سابقه)\b"
    # "وفي آب 2021 قتل ثمانية", "في شهر تموز الماضي": an Arabic month with its year, or last month's name; not
    # one after its day, a full date ("في 2 نيسان 2025، قصفت …" dates this strike, as "On 2 April 2025" does)
    rf"|(?<!\d)(?:^|\s)(?:في |من |خلال )?(?:شهر )?(?:{_AR_MONTH}) (?:من )?(?:عام |سنه )?(?:\d{{4}}|ماضي)\b")
_EARLIER = (
    r"\b(?:(?:last|earlier this) (?:week|month|year|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|(?:hours|days) (?:ago|since)|(?:weeks|months|years) (?:ago|after|before|since)"
    # (where old ordnance came from is no earlier event: "a shell left from previous battles exploded", "an unexploded
    # rocket from a previous strike went off")
    r"|(?<!from )(?<!of )(?:the|its|syria s|iraq s) (?:civil )?(?:war|conflict)(?! monitor)|followed"
    r"|(?<!from )(?<!of )(?<!from a )(?<!from the )(?<!of a )(?<!of the )previous(?:ly)?"
    r"|in the past|had (?!been )(?:\w+ )?(?:hit|struck|killed|targeted|attacked|bombed|shelled)"
    # a campaign before the news: "PKK fighters withdrew from X after weeks of Turkish airstrikes"
    # (not a lull: "After weeks of relative calm, Turkish drones struck X" is news)
    r"|\b(?:after|following) (?:several |many )?(?:days|weeks|months|years) of (?:\w+ ){0,2}?(?:air ?strikes|strikes"
    r"|shelling|bombardment|bombing|raids|attacks|fighting|clashes)\b"
    r"|(?:have|has) (?:\w+ )?(?:exchanged|been (?:exchanging|clashing|fighting))|for (?:weeks|months|years)"
    # a campaign that goes on: "Iraq's armed forces have been conducting regular air strikes … in Anbar, Salahuddin,
    # Kirkuk and Diyala"
    r"|(?:have|has) been (?:conducting|carrying out|launching|waging|stepping up)\b"
    # … or that has grown: "U.N. monitors say the group has stepped up attacks on SDF positions in Deir al-Zor",
    # "صعّد التنظيم هجماته" is told as news of its own, so the English perfect only
    r"|(?:have|has) (?:\w+ )?(?:stepped up|intensified|escalated|increased) (?:its |their )?(?:\w+ )?"
    r"(?:attacks|strikes|airstrikes|raids|operations|shelling|bombardment)\b"
    r"|\bregular (?:\w+ )?(?:strikes|airstrikes|raids|attacks|operations|bombardment|shelling)\b"
    # habits, not this strike: "the area was frequently targeted", "has repeatedly struck"
    r"|repeatedly|frequently|routinely|regularly|often|occasionally|periodically|sporadic|from time to time"
    # what a monitor does as a rule: "Community Peacemaker Teams, which documents cross-border attacks, has recorded …"
    r"|which (?:documents|records|tracks|monitors|counts)"
    # what a cell did before, its record told in a relative clause: "the hideout had been used by a cell that planted
    # roadside bombs along the highway between Baghdad and the border", "خلية كانت تزرع العبوات الناسفة على طريق"
    # (its bombs only: "a cell that had carried out attacks on checkpoints" says whose members the dead were)
    r"|\b(?:cells?|group|network|militants|gang) (?:that|which|who) (?:had )?(?:planted|laid|placed)(?: \w+)?"
    r" (?:roadside |improvised |explosive )?(?:bombs|ieds|explosives|mines)\b"
    r"|(?:^|\s)(?:خليه|مفرزه|شبكه|عصابه) (?:كانت )?(?:تزرع|زرعت) (?:\S+ )?(?:عبوات|غام|الغام)(?=\s|$)"
    r"|(?:the|a|near|almost) daily (?:exchanges?|clashes|shelling|attacks|strikes|bombardment|raids)"
    r"|(?:almost|nearly) (?:daily|weekly)|(?:(?:almost|nearly) )?every (?:day|week|night)\b|in recent (?:weeks|months|years)"
    # the strike counted among days of them: "The strike came on the third consecutive day of Turkish attacks on the
    # X area", "It was the second consecutive day of air strikes on the valley" (the days before are other strikes)
    r"|(?:came|comes|come)(?: \w+){0,2} on (?:the )?(?:\w+ )?(?:consecutive|straight) (?:day|night|week)"
    r"|(?:was|is|marks|marked) the (?:\w+ )?(?:consecutive|straight) (?:day|night|week)s? of"
    # a campaign's tally and where most of it fell: "launched dozens of drone and rocket attacks on bases …, including
    # the base at Erbil's airport", "… 200 attacks since then, most of them on the Ain al-Asad base"
    r"|(?:launched|carried out|conducted|claimed|staged) (?:more than |over |at least )?(?:dozens|scores|hundreds|\d{2,})"
    r" (?:of )?(?:\w+ ){0,3}?attacks|most of them (?:in|on|at|near))\b"
    # a monitor's earlier report by its date: "SOHR documented on November 30 that …", "ونشر المرصد السوري، في 28
    # تشرين الثاني، أن …" (what it published then is that day's news, recalled)
    r"|\b(?:documented|published|reported) on (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?: \d{1,2})?,? that\b"
    r"|(?:^|\s)و?(?:نشر|وثق|ذكر)(?: \S+){1,3}?[،,]? في \d{1,2} (?:\S+ ){1,2}?[،,]? ?(?:ان|بان)(?=\s|$)"
    r"|بين حين واخر|بشكل متكرر|(?:بشكل )?شبه يومي|لا تزال|ما زالت|لا زالت|ما تزال"
    # … said of the strikes by their adjective: "وتتعرض لقصف تركي وإيراني متكرر", "هجمات متكررة", joined to the words
    # before: "وسط عمليات اغتيال وهجمات متكررة على حواجز قسد"
    r"|(?:^|\s)[وب]?ل?(?:قصف|ضربات|غارات|هجمات|اعتداءات)(?: [^\s،,.]+){0,3}? (?:متكرر|متكرره)(?=[\s،,.]|$)"
    # … and in the accusative, the strikes the object of the verb: "وتشهد المناطق الحدودية قصفاً تركياً متكرراً"
    r"|(?:^|\s)(?:قصفا|ضربات|غارات|هجمات|اعتداءات)(?: [^\s،,.]+){0,3}? متكررا?(?=[\s،,.]|$)"
    # the strike before this one, by its place in the series: "The last deadly strike near Hasakah, in May, killed
    # two" ("the latest strike" is this one), "كانت آخر ضربة تركية في القضاء"
    r"|\bthe last (?:\w+ ){0,2}?(?:strike|airstrike|attack|raid|shelling|bombardment)\b"
    r"|(?:^|\s)اخر (?:ضربه|غاره|هجوم|قصف|استهداف)(?=\s|$)"
    # what the strike answers, after its own clause: "… struck X in response to an attack that wounded Y"
    r"|(?<=\S )(?:in (?:response|retaliation|revenge) (?:to|for)|retaliating for|ردا علي|انتقاما ل)"
    # "…, days after two soldiers were killed" (a headline that opens "24 hours after X… Y" is Y's news)
    r"|(?<=, )(?:\w+ ){0,2}(?:hours|days) after\b"
    # what the news came after, a day before, inside its sentence: "arrested two men in Zakho a day after a drone strike
    # killed two near Batifa", "اعتقال شخصين في زاخو بعد يوم من غارة تركية" (not "hours after": the same day's
    # strikes of one report)
    # a body set up after a strike: "a parliamentary committee, formed after the Zakho attack, …"
    r"|\b(?:formed|set up|established|created) (?:\w+ ){0,2}?after\b"
    # (a week or a month after too: "وتأتي العملية بعد أسبوع من هجوم تبناه التنظيم على حاجز في بلدة X", "a week after")
    # (an "about" before it too: "ويأتي هذا القصف بعد نحو أسبوعين من ضربة مماثلة")
    # (and "only" after the span: "التي تأتي بعد يومين فقط من إعلان أنقرة عن عمليات في مناطق X وY")
    r"|(?<=\S )(?:a|one) (?:day|week|month) after\b|(?<=\S )بعد (?:(?:نحو|قرابه|حوالي) )?(?:يوم|يومين|اسبوع|اسبوعين|شهر|شهرين)(?: فقط)? من"
    r"|(?<=\S )غداه"
    # … or weeks on, an inquiry's or a visit's news: "لجنة تحقيق تزور زاخو بعد أسبوعين على القصف التركي" (not "بعد
    # أيام من هجوم", which news2, news3 and news9ar read as the strike's own sentence)
    r"|(?:^|\s)بعد (?:\S+ )?(?:ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر) علي(?=\s)"
    # "The strike came three days after a drone attack on Ain al-Asad": what it followed
    r"|\b(?:came|comes|come)(?: \w+){0,3} (?:hours|days|weeks|a day|a week) after\b"
    # … in Arabic the report's formula: "ويأتي ذلك بعد أيام من هجوم شنته خلية للتنظيم على حاجز", the strike itself
    # its subject too ("ويأتي هذا القصف بعد نحو أسبوعين من ضربة مماثلة", "وتأتي الضربتان بعد أيام من تصعيد"; not
    # "القصف جاء بعد اشتباكات", the strike's own cause)
    r"|(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت) (?:(?:ذلك|هذا|هذه) |(?:هذا |هذه )?(?:قصف|ضربه|ضربتان|ضربات|غاره|غارتان|غارات"
    r"|هجوم|استهداف) )(?:بعد|عقب|اثر)(?=\s|$)"
    # … or the strike said not to be the first: "وليست هذه المرة الأولى التي تستهدف فيها مسيرات قسد … إذ قُتل عنصران
    # بهجوم مماثل على قرية X في آذار الماضي", "It is not the first time drones have struck …" (what follows is older)
    r"|(?:^|\s)و?(?:ليست|ليس) (?:هذه|هذا) (?:مره|هجوم|ضربه|قصف) (?:اولي|اول)(?=\s|$)"
    r"|\b(?:is|was) not the first (?:time|strike|attack)\b"
    # … or what it came amid: "The strikes come amid heavy fighting between X and Y around the dam" (a state of things)
    r"|\b(?:came|comes|come) amid\b"
    # … or "as" a state of things, and "في ظل" in Arabic: "The attack comes as tensions rise in the region after
    # Israeli strikes on southern Lebanon killed 12", "ويأتي الهجوم في ظل توتر إقليمي، بعد غارات إسرائيلية على بيروت"
    r"|\b(?:came|comes|come) as\b|(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت) (?:\S+ )?(?:في ظل|وسط|في وقت)(?=\s)"
    # (not a day of it: "في الثامن عشر من الشهر الجاري" is a date, ``figures.dates_in``)
    r"|(?<!من )(?:شهر|عام|اسبوع) (?:ماضي|جاري)|(?:سنوات|اعوام|عامين|سنتين) علي"
    # a year on: "بعد مرور عام على سلسلة الضربات", "a year after the strikes", "one year on from the strikes"
    r"|مرور (?:\S+ )?(?:عام|سنه|اشهر|شهور|شهر|اسابيع) علي|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months) (?:after|on from)\b"
    # … and a headline's "Three years on, families mark …"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months) on(?=,)"
    # "قبل أسبوعين" (two weeks ago); the pluperfect "وكانت ضربة مماثلة قد أسفرت" (had), as "had killed"
    r"|(?:^|\s)قبل (?:\S+ )?(?:يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|سنه|سنوات)\b"
    # earlier strikes so called: "وتسببت ضربات تركية سابقة على القضاء بمقتل عشرات", "غارة سابقة" (previous)
    r"|(?:^|\s)(?:ضربات|غارات|هجمات|ضربه|غاره|هجوم|قصف|استهدافات)(?: \S+)? سابق(?:ه)?(?=\s|$)"
    r"|(?:^|\s)و?كان(?:ت|وا)? (?:\S+ ){0,5}?قد\b"
    f"|{_ANOTHER_MOMENT}")
# What an impact word says fell where it hit nothing (folded text after the word): "the downed drone fell in a field",
# "crashed in an open area", "سقطت في ارض زراعيه", "في منطقه خاليه".
FELL_HARMLESSLY = re.compile(r"\s(?:\w+ ){0,2}?(?:in|on|into) (?:an? |the )?(?:(?:open|empty|uninhabited|deserted|barren"
                             r"|agricultural) (?:field|area|land|ground)s?|fields?|farmland|desert)\b"
                             r"|\s(?:في|ب)(?:ارض|منطقه|اراضي) (?:\S+ )?(?:زراعيه|خاليه|فارغه|مفتوحه|غير ماهوله)(?=\s|$)")
# What fell was the wreckage of a downed weapon, not a hit (folded text around the impact word): "an area of farmland
# where debris fell", "the wreckage of the drone landed near the road" (before the word), "سقط حطام الطائرة في حقل",
# "سقطت شظايا الصاروخ" (the Arabic verb first: after it).
WRECKAGE = compile_alternation(r"\b(?:debris|wreckage|remains|fragments|shrapnel)(?: of (?:the |a )?(?:\w+ ){0,2}?(?:drone|aircraft"
                      r"|missile|rocket|projectile))? $"
                      r"|^ (?:\S+ )?(?:حطام|شظايا|بقايا|اجزاء)(?=\s|$)"
                      # (the wreckage its subject before the verb: "وحطامها سقط في أرض زراعية", "حطام الطائرة سقط")
                      r"|(?:^|\s)[وف]?(?:حطام|شظايا|بقايا)(?:ها|ه)?(?: \S+)? $")
# A sentence that turns to other news (folded): "Elsewhere in the region, an Israeli strike …"; with no place of
# ours it tells a strike outside the region (decision.py, rule 1).
ELSEWHERE = compile_alternation(r"(?:elsewhere|in other news|(?:و?في مكان اخر))\b")
# (compiled as alternations: searched in every sentence the analysis reads, BACKGROUND above all)
FRAME = compile_alternation(_FRAME)
ANOTHER_MOMENT = compile_alternation(_ANOTHER_MOMENT)
BACKGROUND = compile_alternation(f"{_FRAME}|{_EARLIER}")
# The news that "came … after" a strike (folded, at BACKGROUND's cue) is background only when it is itself a strike: "The
# strike came three days after a drone attack on X" (what it followed is older); "The dispute came two days after Iraqi
# F-16 jets struck a hideout" tells that strike as the article's news (STRIKE_SUBJECT: a strike named before the cue).
CAME_AFTER = re.compile(r"(?:came|comes|come)(?: \w+){0,3} (?:hours|days|weeks|a day|a week) after\b")
STRIKE_SUBJECT = re.compile(r"\b(?:(?:air)?strikes?|attacks?|raids?|shelling|bombardment|bombing|assault|operation"
                            r"|it|this)\b")
# … but what it came HOURS after is the same day's strike (or the night before's), news of its own whatever came after
# it (a protest, an attack, another strike): "The protest came hours after a drone strike on a car near X killed two",
# "U.S. jets struck a depot …, hours after a drone hit the Conoco base", "وجاء الهجوم بعد ساعات من غارة على منزل في X"
# (folded): every strike of a report is an event (issue 16)
HOURS_AFTER = re.compile(r"(?:(?:came|comes|come)(?: \w+){0,3} |(?<=, )(?:\w+ ){0,2})hours after\b"
                         r"|(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت) (?:\S+ ){0,3}?بعد (?:(?:نحو|قرابه|حوالي) )?ساعات من(?=\s)")
# … and in Arabic, the news that "comes" (يأتي) before BACKGROUND's "بعد يومين من": "ويأتي اللقاء بعد يومين من مقتل شخص
# بقصف مسيرة تركية", "وتأتي الجولة الجديدة بعد يوم من مقتل عنصر …" tell that strike as the news (the meeting's subject,
# folded text before the cue); "ويأتي ذلك بعد أيام من هجوم", "وتأتي العملية بعد أسبوع من هجوم" do not (STRIKE_SUBJECT_AR)
CAME_AFTER_AR = re.compile(r"(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت) (?P<subject>(?:\S+ ){1,3})$")
ARABIC_DAYS_AFTER = re.compile(r"بعد (?:(?:نحو|قرابه|حوالي) )?(?:ساعات|يوم|يومين|ايام) من(?=\s)")
STRIKE_SUBJECT_AR = re.compile(r"(?:^|\s)(?:قصف|ضربه|ضربتان|ضربات|غاره|غارتان|غارات|هجوم|هجمات|استهداف|عمليه|عمليات"
                               r"|حادث|حادثه|تفجير|انفجار|اعتداء|تصعيد|ذلك|هذا|هذه)(?=\s)")
# A monitor's tally in the perfect ("the Observatory has documented the deaths of 31 civilians, including 8 women, in
# drone strikes since the start of 2025", "the group has recorded 64 strikes this year"):
# with a frame cue anywhere after it, the whole tally is background, its figure before the cue's clause included; in the
# simple past too ("SOHR documented the death of 11 ISIS members in security operations by the SDF and the coalition
# since early 2025").
TALLY = re.compile(r"\b(?:(?:has|have) (?:\w+ )?)?(?:documented|recorded|counted|registered|tallied)\b")
# A figure said for no place ("its forces had neutralised nine terrorists …, without naming the places", "without
# giving the locations", "did not say where", "دون تحديد أماكن"): no strike's toll, nor its side struck.
PLACELESS = compile_alternation(r"\bwithout (?:naming|giving|specifying|saying|identifying|disclosing|details of) (?:the |their |any |details of (?:the |their )?)?"
                                r"(?:places?|locations?|sites?|areas?|where)\b|\bdid not (?:say|specify) where\b"
                                r"|(?:دون|بدون|من دون) (?:تحديد|ذكر) (?:اماكن|مواقع|مكان|موقع)")
# Where a clause ends: a comma, "while", "but", a dash …; not "and", which joins the names of one
# clause (NAME_CLAUSE_END).
_CLAUSE_BREAK = r"[,;:]\s|\s(?:while|whereas|but)\s|\s[-–—]\s|[،؛]\s?|\s(?:فيما|بينما|في حين)\s"
# Where a clause begins: a frame cue's clause is background from there (", and" or " and " too).
CLAUSE_START = re.compile(rf"{_CLAUSE_BREAK}|\sand\s")
# A place's background told in a relative clause the sentence's news goes on after (folded text): "an IED exploded on
# the road near X where a drone strike hit a car last week, wounding two civilians", "انفجرت عبوة على طريق حيث استهدفت
# مسيرة سيارة الأسبوع الماضي، ما أدى إلى إصابة مدنيين": the clause opens at "where"/"حيث" and closes where the news's
# participle (or its "ما أدى") goes on; only that clause is background (``decision.foreground``).
WHERE_CLAUSE = re.compile(r"\bwhere\b|(?:^|\s)حيث\s")
NEWS_RESUMES = re.compile(r", (?=(?:killing|wounding|injuring|leaving)\b)|، ?(?=(?:ما|مما) (?:ادي|اسفر)\b)")
# A toll over a period ("in the past 24 hours", "during the last five days", "خلال الأيام
# الماضية") adds up several events: it is none of them, so the event's toll stays unknown.
PERIOD_TOTAL = compile_alternation(
    r"\b(?:in|during|over|within) (?:the )?(?:past|last|first) (?:\d+ |\w+ )?(?:hours|days|weeks|week|months?|years?)\b"
    r"|\b(?:in|within|during) (?:\d+|twenty four|forty eight|seventy two) hours\b"
    r"|\b(?:during|over|in|after) (?:\d+|two|three|four|five|six|seven|ten|several) (?:days|weeks|months) of\b"
    # "14 civilians within 40 days", "more than 60 in 5 months", "the toll to 60 in about 40 days"
    r"|\b(?:in|within|over|during) (?:about |around |nearly |more than |less than |the )?(?:\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|few) (?:hours|days|weeks|months|years)\b(?! (?:ago|before|after|later|earlier)\b)"
    r"|^(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months) of\b"
    r"|خلال (?:\d+ |\w+ )?(?:ساعات|ساعه|ايام|اسبوع|اسابيع)(?: \w+)? (?:ماضيه|ماضي|اخيره|اخير)"
    r"|خلال (?:24|48|72) ساعه|في غضون (?:\d+ )?(?:ساعه|ساعات|ايام|يوم)"
    r"|خلال (?:\d+|\w+) (?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\b"
    # a striker's weekly or monthly statement: "أعلنت في بيانها الأسبوعي تحييد 14 إرهابياً", "its weekly briefing"
    r"|\b(?:weekly|monthly) (?:\w+ )?(?:briefing|statement|press conference|update|report)\b"
    r"|(?:^|\s)[وب]?(?:بيان|موتمر|ايجاز|تقرير)\S* (?:صحفي )?(?:اسبوعي|شهري)(?=\s|$)"
    # … or a total over several strikes, each told with its own toll: "killed seven militants in two strikes",
    # "مقتل ستة إرهابيين بضربتين جويتين", "بثلاث غارات"
    # (counted: "بعدة غارات", "several raids" on one place are one strike's)
    r"|\bin (?:two|three|four|five|\d+) (?:separate )?(?:air ?strikes|strikes|raids)\b"
    r"|(?:^|\s)(?:ب|في )(?:ضربتين|غارتين|(?:ثلاث|اربع|خمس|\d+) (?:ضربات|غارات))(?=\s|$)"
    # … or over two countries, where no one strike falls: a ministry's campaign total ("its jets had neutralised 32
    # terrorists … in northern Syria and Iraq", "تحييد 32 إرهابياً في شمالي سوريا والعراق")
    r"|\bin (?:northern |north |the north of )?(?:syria and (?:northern )?iraq|iraq and (?:northern )?syria)\b"
    r"|(?:^|\s)في (?:(?:شمال|شمالي) )?(?:سوريا و(?:شمال |شمالي )?عراق|عراق و(?:شمال |شمالي )?سوريا)\b")
# A toll revised: the verbs it rises by, English and Arabic (folded), and the Arabic nouns of the dead and of the
# wounded it counts ("the death toll rose to five", "ارتفع عدد القتلى الى خمسه"): figures reads the new figure,
# events.REVISED tells that it revises the one before
TOLL_ROSE = "rose|risen|rises|climbed|increased"
TOLL_ROSE_AR = "ارتفعت|ارتفع|ترتفع|يرتفع"
DEAD_AR = "قتلي|ضحايا|شهداء"
WOUNDED_AR = "مصابين|جرحي|اصابات"
# A first count the sentence goes on to correct (folded text before the figure): "Initial reports spoke of one dead, but
# the toll rose to two", "وأسفرت عن مقتل أربعة، بعد أن كانت الحصيلة الأولية تشير إلى مقتل اثنين": the superseded figure
# is none of the strike's toll beside the corrected one (``events``: only when the sentence gives another).
INITIAL_TOLL = re.compile(r"\b(?:initial|preliminary|first|early|earlier) (?:reports?|tolls?|death tolls?|figures?|counts?)"
                          r"(?: \S+){0,6}? $|\binitially(?: \S+){0,4}? $"
                          r"|(?:^|\s)(?:حصيله|ارقام|معلومات|انباء|تقارير) (?:اوليه|اولي|سابقه)(?: \S+){0,4}? $")
# A toll that continuing violence raises is a campaign's running total, none of this event's:
# "renewed airstrikes … raise the death toll to 380", "the escalation of shelling … raises the death toll
# to more than 540", "وبذلك يرتفع عدد القتلى … إلى 34" (figures after it; "one of the wounded died,
# bringing the toll to four" is this event's).
RUNNING_TOTAL = compile_alternation(r"\b(?:renewed|continued|continuing|ongoing|escalat\w*|new massacres)\b(?: \S+){0,14}? "
                                    r"(?:raise|raises|raised|raising|rise|rises|rising|increase|increases|increasing)\b"
                                    # the SOHR's formula for what this event adds to its tally: "وبذلك يرتفع عدد
                                    # القتلى جراء الاستهدافات التركية إلى 34" ("thereby the number rises to")
                                    r"|(?:^|\s)و?بذلك،? (?:\S+ )?(?:[يت]رتفع|ارتفع|ارتفعت|[يت]صل|وصل|وصلت|[يت]كون)\b")
# A toll raised for a day, a governorate or a campaign ("raises the death toll of today to 19", "the death toll
# to 235 in the province", "to more than 540 in the truce areas", "to more than 650 since the attack") is a
# monitor's running total: none of this event's (the event's own figure comes before it: "killed two and raise
# the death toll to 380 in the province").
RAISED_TOTAL = compile_alternation(r"\b(?:death )?toll of (?:today|yesterday|the day)\b|\b(?:death )?toll (?:\S+ ){0,3}?to (?:\S+ ){1,4}?"
                                   r"(?:since|in the (?:province|governorate|truce areas?|de-escalation (?:areas?|zones?)))\b")
# A headline that opens by recapping earlier killing (folded; group 1 the recap): "After yesterday's massacres, the
# warplanes kill …", "72 hours after massacres … west of Aleppo, the regime forces shell …", "After the death … of
# about 35 citizens yesterday...the regime forces start their shelling": the days and places of the recap are the
# earlier news's (places.recap_end); the strike is the one the headline goes on to tell.
RECAP_OPENING = re.compile(r"^(?:\S+ hours )?(?:after|following) ([^,;:]{1,160}?)(?:,|\.\.\.)")
RECAP_KILLING = re.compile(r"\b(?:massacres?|deaths?|death toll|killing|killed|casualties|attacks?|strikes|raids"
                           r"|shelling|bombardment|bombing|targeting|escalation)\b")
# Words before a name (a place, an actor) that make it background, not this strike's ("after an
# attack on X", "in retaliation for strikes on X", "بعد هجوم على X").
BACKGROUND_BEFORE = compile_alternation(r"(?:\bafter|following|retaliation for|response to|revenge for|since|recalled|anniversary"
                                        r"|بعد|عقب|اثر|ردا علي|انتقاما ل|ذكري)(?: \w+){0,4} $")

# A day named right after a verb of saying (folded text before the day) is the day a source spoke, not
# the strike's, when the sentence names another: "CENTCOM said on Friday that a strike on Thursday
# killed three", "أعلنت القيادة المركزية يوم الجمعة أن غارة يوم الخميس …" (``figures.days_named``).
# The Arabic wire formula sets the day between commas after the speaker, however long its name: "أفاد مصدر أمني في قضاء
# سنجار غربي محافظة نينوى، اليوم الثلاثاء، بمقتل …", "أعلنت مديرية أسايش محافظة دهوك، اليوم الثلاثاء، مقتل …".
# (and a condemnation's, after the speaker and where he spoke: "دان المحافظ، خلال مؤتمر صحفي في الموصل، اليوم الخميس، قصفاً
# … مساء أمس الأربعاء")
# (and in what it said it: "said in a statement on Monday that a Turkish drone targeted …")
SAID_ON_DAY = re.compile(r"(?:\b(?:said|says|announced|reported|stated|added|confirmed|told(?: \w+){1,2})"
                         r"(?: in an? (?:statement|briefing|post|video|interview|press conference|news conference))?"
                         r"|(?:^|\s)(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|دان|دانت|ادان|ادانت|ندد|نددت)(?: (?!ان\b)\S+){0,3}"
                         r"|(?:^|\s)(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|دان|دانت|ادان|ادانت|ندد|نددت)"
                         r"(?:(?: (?!ان\b)[^\s،,.]+){1,8}،){1,2})"
                         r"(?: (?:late|early|on))* $")
# … or between the speaker and the verb (folded text after the day): "UNAMI on Sunday condemned a drone strike that …",
# "the ministry on Friday said its jets had struck …"
SAID_AFTER_DAY = re.compile(r",? (?:said|says|announced|reported|stated|confirmed|condemned|condemns|denounced)\b")
# … or a dateline's, the day the report was filed (folded text before the day, from the sentence's start): "BAGHDAD,
# Dec 6 — UNAMI condemned …", "ISTANBUL/ERBIL, Dec 6 (Reuters) - …" (not a preposition's day: "on tuesday, dec 3, …")
FILED_ON_DAY = re.compile(r"(?!(?:on|in|at|by|from|since|until|late|early|after|before) )[a-z][a-z'./-]*(?: [a-z'./-]+){0,2}"
                          r"(?:, [a-z][a-z ]{1,25}){0,2}, ")

# A habit, no one strike: "Turkish drones have since struck SDF-held areas frequently", "وتستهدف المسيرات التركية
# القرى بشكل متكرر" (folded; "repeatedly" may be one day's). A strike term in its clause reports no event (decision).
# ("again and again", "time and again", "مرارا وتكرارا", "مرة تلو الأخرى": strikes told as a series; and a series over
# recent weeks, its one strike recalled after a comma: "Turkey has carried out drone strikes on SDF fighters in recent
# weeks, including one that killed two near Tal Tamr", "نفذت المسيرات التركية في الأسابيع الأخيرة ضربات على …")
_HABIT = (r"\b(?:frequently|routinely|regularly|often|from time to time|again and again|time and again|over and over)\b"
          # (and what is always there, part of the days: "the drone is always there", "drone strikes have become a
          # fixture of life", "المسيّرة دائماً فوقنا", "باتت الضربات جزءاً من حياة السكان"; not "constantly", which
          # may be one night's shelling)
          r"|\b(?:always|a (?:fixture|feature) of (?:daily )?life|part of (?:daily|everyday) life)\b"
          r"|(?:^|\s)(?:دايما|جزءا من (?:\S+ )?حياه)(?=\s|$)"
          r"|\b(?:in|over|during|throughout) (?:the )?recent (?:weeks|months)\b"
          r"|بين حين واخر|بين فتره واخري|بين وقت واخر|بشكل متكرر|(?:بشكل )?شبه يومي|مرارا|مره تلو اخري"
          r"|(?:^|\s)في (?:اسابيع|اشهر|شهور) اخيره(?=\s|$)"
          # (the strikes' repetition residents complain of: "ويشكو سكان القرى الحدودية في X وY من تكرار القصف التركي")
          r"|(?:^|\s)تكرار(?=\s|$)")
HABIT = compile_alternation(_HABIT)
# A habit adverb after a present perfect: the verb's clause a habit from its start, "Derik … has been hit repeatedly by
# drone strikes" (folded; "was shelled repeatedly on Sunday night" may be one night's)
PERFECT_HABIT = re.compile(r"\b(?:has|have) (?:been )?\w+ (?:repeatedly|frequently|routinely|regularly|often)\b")
# Another time in a name's own clause makes the name background: "the town saw fighting between
# X and Y in 2017", "شهدت العام الماضي اشتباكات بين X وY", and a habit: "Turkish drones frequently
# target the region", "وتستهدف المسيرات التركية بشكل متكرر" (a clause ends at a comma, "while",
# "but", a dash; not at "and", which joins the names of one clause; "repeatedly" may be one day's).
ANOTHER_TIME = compile_alternation(r"\b(?:in|during) (?:early |late |mid )?\d{4}\b|\b(?:last|earlier this|earlier in the) (?:week|month|year)\b"
                          r"|\b(?:a|two|three|four|several|a few) days (?:earlier|before)\b|\bthe (?:previous|preceding) (?:day|night|week)\b"
                          r"|\b(?:weeks|months|years) ago\b|(?:^|\s)(?:في |من )?عام \d{4}|(?:شهر|عام|اسبوع) ماضي"
                          rf"|{_HABIT}|\b(?:previously|in the past)\b"
                          # ("IS militants have killed dozens of truffle hunters in the desert in recent seasons")
                          r"|\b(?:in|over|during) (?:recent|past|previous) (?:\w+ )?(?:years|seasons|months|weeks)\b"
                          # strikes whose striker was learned later lie before the news: "Several of those attacks were
                          # later attributed to Israel by American officials"
                          r"|\b(?:was|were|had been) later (?:attributed|blamed|linked)\b"
                          r"|(?:^|\s)و?(?:سبق (?:ان|ل)|سابقا)(?=\s|$)"
                          # a group's habit in the present, its attacks in the plural: "IS militants remain active in
                          # the desert, where they carry out attacks on the SDF" (not this strike's side struck)
                          r"|\b(?:carry|carries) out (?:\w+ )?(?:attacks|strikes|raids|ambushes)\b"
                          f"|{_STANDING_CLAIM}"
                          # … or says it strikes only them ("وتقول أنقرة إنها تستهدف مواقع حزب العمال فقط", "Turkey says it
                          # targets only PKK positions"): a policy, no side of this strike
                          r"|(?:^|\s)و?(?:تقول|يقول|توكد|يوكد) (?:\S+ ){1,3}?(?:انها|انه|ان قواتها|ان طايراتها)"
                          r" (?:لا )?(?:تستهدف|تقصف|تضرب)|\bsays? (?:that )?(?:it|they) (?:only )?(?:targets?|strikes?|hits?)\b"
                          # a perfect that runs since another time: "fighting has flared since Turkey's 2019
                          # offensive", "has claimed 165 attacks since mid-October" (not "the deadliest since 2019")
                          r"|\b(?:has|have|had)\b(?: \S+){0,14}? since (?:\S+ ){0,2}?(?:\d{4}|early|late|mid|january|february"
                          r"|march|april|may|june|july|august|september|october|november|december)\b")
NAME_CLAUSE_END = re.compile(_CLAUSE_BREAK)
# The words that join a clause of its own to the one before ("shelling hit X, and a drone struck Y", "… while …",
# "فيما", "بينما"): a place past one is no label nor reference point of the place before it
CONJUNCTION = re.compile(r"\s(?:and|while|whereas|فيما|بينما)\s", re.IGNORECASE)

# Footage said to be old (folded text): a video of a strike reposted tells no strike of today ("the clip going
# round is from 2022", "this footage … is old", "الفيديو المتداول عن قصف … قديم", "صور … تعود لعام 2019"); not
# footage of an old place ("a video shows a strike on the old market", "صور الدمار في الأحياء القديمة").
_FOOTAGE_EN = r"(?:videos?|clips?|footage|photos?|pictures?|images?)"
_FOOTAGE_AR = r"[وب]?(?:فيديو\w*|مقطعا?|مقاطع|صور|صوره)"
OLD_FOOTAGE = compile_alternation(
    rf"\bold {_FOOTAGE_EN}\b"
    rf"|\b{_FOOTAGE_EN}\b.*?(?:\b(?:is|are|was|were) (?:\w+ )?old\b|\bfrom (?:19|20)\d\d\b|\bdates? back\b|\barchived?\b"
    rf"|\byears ago\b)"
    rf"|(?:^|\s){_FOOTAGE_AR} (?:قديم|قديمه|قديما)(?=\s|$)"
    rf"|(?:^|\s){_FOOTAGE_AR} (?:\S+ )?(?:متداول\w*|منتشر\w*)(?=\s).*?\s(?:قديم|قديمه)(?=\s|$|[،,.])"
    rf"|(?:^|\s){_FOOTAGE_AR}(?=\s).*?\s(?:[يت]عود\w* (?:ل|الي )?(?:عام|سنه)|ارشيف\w*|منذ سنوات)(?=\s|$)")

# A reaction named as the time of what follows ("During the funeral, Turkish artillery shelled …", "وخلال مراسم
# التشييع، قصفت المدفعية …"): it dates the strike, it does not govern it (raw text before the cue).
DURING_BEFORE = re.compile(r"\b(?:[Dd]uring|[Aa]mid|[Aa]s) (?:the |a )?$|(?:^|\s)و?(?:خلال|أثناء|اثناء|وسط)(?: \S+)? $")

# A denial (a modality cue, as matched in the text) and the reports (or the clause) it denies, as
# written: what they tell is denied, however long the denier's name ("X denied reports that …",
# "نفت قيادة العمليات المشتركة … الأنباء التي تحدثت عن قصف").
DENIAL = re.compile(r"deni|deny|نفى|نفت|ينفي|تنفي|نفي")
DENIED_REPORTS = re.compile(r"\b(?:reports?|claims?|allegations?|rumou?rs|that)\b|(?:ال)?(?:أنباء|انباء|تقارير|ادعاءات|مزاعم|أخبار|اخبار)"
                            r"|ما (?:تداولته|تناقلته|أشيع|اشيع)|(?:^|\s)(?:أن|ان|قيام)(?=\s)")
# A bomb the side struck was planting (folded sentence before the bomb's word): what its men were doing when the
# aircraft hit them, not the weapon ("استهدفت مروحية عناصر من داعش أثناء زرعهم لغماً", "كانت تزرع عبوة ناسفة", "قيامهم
# بزرع لغم أرضي", "struck militants while they were planting an IED", "as they tried to plant a roadside bomb").
PLANTING_BEFORE = re.compile(r"(?:^|\s)(?:[لب]?زرع\S*|تزرع|يزرع\S*|زرعوا) (?:\S+ )?$"
                             r"|\b(?:planting|to plant|laying|to lay|emplacing|to emplace) (?:\w+ ){0,2}$")

# An aircraft named with where it flies, right after it (folded): "Drones over Tal Afar alarm residents", "flies drones
# over towns", "كل طائرة فوق رؤوسهم", "مسيرة في سماء المدينة": an aircraft seen, no strike (``decision.reported_terms``).
OVERHEAD = re.compile(r"^ (?:over|above|overhead)\b|^ (?:فوق|في سماء|في اجواء)(?=\s|$)")
# Aircraft sent for once the event was over, right after the aircraft term (folded): "aircraft were then called in",
# "army aviation was later sent to search the area", "helicopters were dispatched": they came, and struck nothing;
# so did aircraft that covered a ground operation ("helicopters and drones covered the raid", "drones provided air
# cover") (``decision.reported_terms``; a strike word of their own still tells one: "… called in and struck the cell").
AIRCRAFT_SENT = compile_alternation(r"^ (?:[\w-]+ ){0,2}?(?:covered|backed|supported|secured) (?:the|its|their)\b"
                                    r"|^ (?:[\w-]+ ){0,2}?(?:provided|gave) (?:\w+ ){0,2}?(?:cover|support)\b"
                                    r"|^ (?:[\w-]+ ){0,2}?(?:was|were|had been|has been|have been) (?:\w+ )?"
                                    r"(?:called in|summoned|sent|dispatched|deployed|scrambled|brought in)\b"
                                    # (or that came once it was over: "fled before army aviation arrived")
                                    r"|^ (?:[\w-]+ ){0,2}?(?:arrived|arrive|arriving|reached)\b")
# A munition an aircraft drops, the verb between the two or right before the aircraft (text as written; folding reads
# "ألقت" as an article): "used a drone to drop a grenade", "a grenade dropped by a drone", "بقنبلة يدوية ألقتها طائرة
# مسيرة", "إلقاء طائرة مسيرة قنبلة يدوية" (``decision.dropped_from_aircraft``)
DROPPED = re.compile(r"\b(?:drop|drops|dropped|dropping)\b|(?<!\w)[وب]?(?:[أإا]لق(?:ت|ى|وا|اء|تها|اها|توا)|[يت]لقي|رمت|ترمي|رمي)(?!\w)",
                     re.IGNORECASE)
# A raid whose sentence tells an arrest is a ground raid (ACLED's Arrests), no air raid: "US forces conducted a joint raid
# in Rawa, arresting 3 ISIS suspects; helicopters covered the raid" (the sentence folded; ``decision.reported_terms``)
RAID_ARREST = compile_alternation(r"\b(?:arrest|arrests|arrested|arresting|detain|detained|detaining|apprehended)\b")
# … and in Arabic, the summons or the arrival before the aircraft (folded): "وتم استدعاء طيران الجيش", "استقدام مروحيات
# إلى المنطقة", "قبل وصول طيران الجيش", "وانسحبوا بعد وصول المروحيات"
AIRCRAFT_SUMMONED = compile_alternation(r"(?:^|\s)[وف]?(?:تم |بعد |قبل |حتي |لحين |عند )?(?:استدعاء|استقدام|وصول)(?: \S+)? $")
# A noun with its article, as written (Arabic: "الفصائل", "للتنظيم", "وبالميليشيات", "الهجوم"), or after "the" (English,
# folded text before it): a name of something told before (events: the group again; decision: the attack again)
DEFINITE = re.compile(r"[وف]?(?:[بلك]?ال|لل)")
THE_BEFORE = re.compile(r"\b(?:the|this|that) $")
# What a strike hit, by the word a report names it with (folded), and the event's ``targets`` value it gives
# (events.TARGET_PATTERN)
TARGETS = {
    "vehicle": "vehicle", "car": "vehicle", "truck": "vehicle", "trucks": "convoy", "convoy": "convoy",
    "motorcycle": "motorcycle", "base": "military base", "outpost": "military base", "garrison": "military base",
    "positions": "military positions", "posts": "military positions", "position": "military positions",
    "headquarters": "headquarters", "warehouse": "weapons depot", "depot": "weapons depot",
    "weapons depots": "weapons depot", "checkpoint": "checkpoint", "patrol": "patrol", "house": "residential",
    "residential area": "residential", "villages": "villages", "hideout": "hideout", "hideouts": "hideout",
    "سياره": "vehicle", "عجله": "vehicle", "شاحنات": "convoy", "قافله": "convoy", "دراجه ناريه": "motorcycle",
    "قاعده": "military base", "مقر": "headquarters", "مقرا": "headquarters", "موقع": "military positions",
    "مواقع": "military positions", "مستودع": "weapons depot", "مستودعا": "weapons depot", "حاجز": "checkpoint",
    "دوريه": "patrol", "منزل": "residential", "منازل": "residential", "قري": "villages", "اوكار": "hideout",
    "وكر": "hideout", "وكرا": "hideout", "رتل": "convoy",
}
# A local post's strike told with no verb: the drone (its state's adjective, or another word, after it), "على" or
# the dialects' "ع"/"عال" and what it hit (folded: "مسيرة تركية عالسيارة قرب قرية تل أصفر .. ٣ جرحى", "مسيرة على
# دراجة نارية بريف عامودا", "درون ع موقع للحشد"): an air/drone strike (``watchlists.verbless_drone_strikes``). A march,
# the other sense of "مسيرة", goes on foot or along a road, never onto one of TARGETS.
VERBLESS_DRONE_STRIKE = compile_alternation(r"(?:^|(?<=\s))(?:(?:طايره|طياره) )?(?:مسيره|مسيرات|مسيرتين|درون)(?: \S+)? (?:علي |ع ?)(?:ال)?"
                                   r"(?:%s)(?=\s|$)" % "|".join(sorted((re.escape(word) for word in TARGETS if not word.isascii()), key=len,
                                                                 reverse=True)))
# … or a strike word, its object and the drone by "بـ" as its instrument (folded: "استهداف سيارة بمسيرة على طريق
# الحزام", "قصفت منزلاً بمسيرة"): an air/drone strike; a march is joined or walked ("شارك بمسيرة"), never a strike
# word's instrument
DRONE_AS_INSTRUMENT = re.compile(r"(?:^|(?<=\s))[وف]?(?:استهداف|قصف|استهدفت|استهدف|تستهدف|يستهدف|قصفت|تقصف|يقصف|ضرب|ضربت)"
                                 r"(?: \S+){1,3}? (?P<drone>ب(?:ال)?(?:مسيره|مسيرات|مسيرتين))(?=\s|$)")
# Between an Arabic strike word and an aircraft after it, the aircraft its instrument or agent (folded): the strike's
# object and "بـ", or "من" ("استهداف سيارة بطائرة مسيرة", "قصف من المروحيات"): that aircraft struck, whatever flew beside
# it ("… وسط تحليق مكثف لطيران التحالف": ``decision.reported_terms``' idle aircraft)
STRUCK_WITH_AIRCRAFT = re.compile(r"^ (?:[ء-ي]+ (?:من |ب)?|من |ب)$")
# A strike term whose target, right after it, is a country or city abroad (folded text after the term): "after Israeli
# strikes on Iran last night", "US strikes in Yemen", "بعد الغارات الإسرائيلية على الضاحية الجنوبية لبيروت", "غارات على
# اليمن": a strike there, told as background, is none here, whatever place of ours the sentence names (not a side named
# after a state: "strikes on Iran-backed militias", "Iran's proxies", "على مواقع إيرانية").
_ABROAD_EN = (r"iran|yemen|lebanon|beirut|israel|gaza|tehran|sanaa|hodeidah|turkey|jordan|the west bank"
              r"|(?:the )?(?:(?:south|north|east|west)(?:ern)? )?(?:lebanon|iran|yemen|gaza|israel)")
# (a country's side is the country: "on south Lebanon", "على جنوب لبنان", "على شمال اليمن")
_ABROAD_AR = (r"(?:(?:جنوب|شمال|شرق|غرب)ي? )?(?:ايران|يمن|لبنان|غزه|اسراييل)"
              r"|بيروت|طهران|صنعاء|حديده|تركيا|اردن|(?:ال)?ضاحيه (?:ال)?جنوبيه")
STRIKE_ABROAD = compile_alternation(rf"^ (?:\w+ ){{0,3}}?(?:on|against|in|inside|targeting|across) (?:{_ABROAD_EN})\b(?! s\b| ?-?(?:backed|linked"
                           rf"|aligned|allied|affiliated|supported|proxies|based))"
                           rf"|^ (?:\S+ ){{0,3}}?(?:علي|في|ضد|داخل) (?:{_ABROAD_AR})(?=\s|$)")
# Today named right after an event term (raw text): "العدوان الذي استهدف فجر اليوم", "struck this morning" (a strike of
# today that a statement condemns is news, not a reaction to a strike of days before: ``decision.reaction_lead``).
STRUCK_TODAY = re.compile(r"\s+(?:\S+\s+){0,2}?(?:اليوم|الليلة|today|tonight|this morning)\b", re.IGNORECASE)
# … or of yesterday, later in the term's clause (raw text after the term, no comma between): "the funeral of two young
# men killed by a drone strike on the edge of Kobani the previous evening", "تشييع الشابين اللذين استشهدا بقصف مسيرة
# تركية مساء أمس": the next day's funeral or protest leads, the strike is still the news.
STRUCK_YESTERDAY = re.compile(r"\s+(?:[^\s.,!?،]+\s+){0,8}?(?:أمس|امس|البارحة|الليلة الماضية|yesterday|last night"
                              r"|the previous (?:day|evening|night)|the night before)\b", re.IGNORECASE)
# A reaction cue that condemns (its matched text): a condemnation that tells the strike's toll is a report of it ("UNAMI
# condemned a drone strike that killed two civilians near X", "أدانت الوزارة القصف … الذي أسفر عن مقتل ثلاثة مدنيين"), as
# ACLED codes a strike from any report that places it and counts its dead; not a protest "تنديدا" at strikes, nor a
# funeral or an inquiry: ``decision.reported_terms``, ``decision.reaction_lead``.
CONDEMNING = re.compile(r"condemn(?:s|ed|ing|ation)?|denounc(?:e|es|ed|ing)|critici[sz](?:es|ed|ing)"
                        r"|[وف]?(?:[أا]?دان(?:ت)?|تدين|يدين|نددت?|استنكرت?|شجبت?|انتقدت?)", re.IGNORECASE)
# A strike said not to have been made (folded text before the event term): "circled for hours without carrying out
# any strike", "حلقتا لساعات من دون أن تنفذا أي استهداف"; or said not recorded: "تحوم فوق المخيم دون تسجيل أي قصف", "لم
# يسجل أي قصف"; or, in the dialects, said not there: "لهلأ ما في ضربات", "ماكو قصف", "ما صار استهداف"; or downed before
# it struck: "shot down before it could hit its target".
UNDONE = compile_alternation(r"\bwithout (?:\w+ing )?(?:any )?$|\bbefore (?:it|they) (?:could )?$"
                             r"|(?:^|\s)(?:دون|بدون) (?:ان \S+ |(?:تسجيل|وقوع|حدوث) )?(?:اي )?$"
                             r"|(?:^|\s)[وف]?لم (?:يسجل|تسجل|يقع|يحدث) (?:اي )?$"
                             # … with the place between, and the acts counted: "ولم تسجل في المنطقة أي عمليات إطلاق صواريخ"
                             r"|(?:^|\s)[وف]?لم (?:يسجل|تسجل|يقع|يحدث)(?: \S+){1,3}? اي(?: (?:عمليه|عمليات|حالات|حاله))?(?: اطلاق)? $"
                             r"|(?:^|\s)[وف]?(?:ما ?في|ماكو|ما صار(?: في)?) (?:اي |ولا )?$")
# Rockets made ready, found or taken away before launch, no launch told (folded sentence): "ضبط منصة صواريخ معدة
# للإطلاق", "تم تفكيكها قبل إطلاقها", "نقل الصواريخ إلى مكان آمن لإتلافها", "rockets primed for launch were
# dismantled before they could be fired": nothing was fired, no shelling (a sentence that tells something hit is one)
UNFIRED = compile_alternation(r"(?:^|\s)(?:معده|معدتين|جاهزه|مجهزه|مهياه) (?:لل|ل)?(?:اطلاق|انطلاق|استخدام)"
                              r"|(?:^|\s)قبل (?:اطلاقها|اطلاقه|اطلاقهما|انطلاقها|استخدامها)(?=\s|[.,،؛]|$)"
                              r"|(?:^|\s)(?:ل|بهدف |من اجل )?(?:اتلافها|اتلافه|تفجيرها تفجيرا مسيطرا)(?=\s|[.,،؛]|$)"
                              r"|\b(?:ready|primed|prepared|set up|rigged|poised) (?:to be |for )?(?:launch|launched|fired|firing|use)\b"
                              r"|\bbefore (?:they|it) (?:could be|were|was|had been) (?:launched|fired|used)\b"
                              r"|\bbefore (?:being )?(?:launched|fired|launch)\b"
                              r"|\b(?:to be (?:safely )?(?:destroyed|detonated|disposed of)|for (?:safe )?(?:disposal|destruction))\b"
                              # … or a shell found lying and made safe: "عثرت قوات البيشمركة على قذيفة هاون وقامت
                              # بتفكيكها", "تم العثور على صاروخ وإبطال مفعوله"
                              r"|(?:^|\s)(?:عثرت|عثر|عثروا|تم عثور)(?: \S+){0,4}? علي (?:\S+ )?(?:قذيفه|قذيفتين|قذايف|صاروخ|صواريخ)"
                              r"(?=\s|[.,،؛]|$)")
# Nor is a weapon only heard (folded text before its term): "the sound of Turkish artillery was heard over the village",
# "سمعت أصوات قصف مدفعي" (not the blasts heard beside a strike told: "helicopters fired on a house, and explosions
# were heard", whose generic "explosions" the decision reads as the strike's)
HEARD = compile_alternation(r"\bsounds? of (?:\w+ ){0,2}?$|(?:^|\s)(?:صوت|اصوات) (?:\S+ )?$")
# … nor one said not to have happened (folded text before its term): "No fighting was reported in the area", "no
# further shelling" (the sentence's aircraft stay theirs: "no clashes followed, though drones struck X")
NONE_OF = compile_alternation(r"\bno (?:further |more |new |other )?$")
# … nor an aircraft named as the wreckage of one (folded text before its term): "a video of the wreckage of a grey
# aircraft on a slope", "صور حطام الطائرة المسيرة": a downed or crashed aircraft, which struck nothing
WRECKED = compile_alternation(r"\b(?:debris|wreckage|remains|fragments|parts) of (?:the |a |an )?(?:\w+ ){0,2}?$"
                              r"|(?:^|\s)[وبل]?(?:حطام|بقايا|اجزاء) $")
# Ordnance named as a hazard, no blast (folded text before the ordnance term or remnant cue): "the risk of unexploded
# shells", "warned residents of remnants", "areas contaminated with mines", "clearing the fields of landmines",
# "خطر مخلفات الحرب", "حذر من الألغام": nothing went off, no event; nor ordnance found or seized, in a search after a
# strike as in a raid: "troops found rifles, an explosive belt and food supplies", "وعثرت على أحزمة ناسفة وعبوات".
HAZARD = compile_alternation(r"\b(?:risks?|dangers?|threats?|hazards?|fears?) (?:posed )?(?:of|from|by) (?:\w+ ){0,3}?$"
                             r"|\b(?:found|seized|recovered|discovered|confiscated|cache of|caches of)(?: \S+){0,6}? $"
                             r"|(?:^|\s)[وف]?(?:عثر\w*|عثور|ضبط\w*|مصادره)(?: علي)?(?: \S+){0,5} $"
                             r"|\bwarn(?:s|ed|ing)? (?:\w+ ){0,3}?(?:of|about|against) (?:\w+ ){0,3}?$"
                             r"|\b(?:contaminated|littered|infested|strewn|seeded|sown) (?:with|by) (?:\w+ ){0,3}?$"
                             r"|\bclear(?:s|ed|ing)? (?:\w+ ){0,5}?of (?:\w+ ){0,2}?$|\b(?:clearance|removal) of (?:\w+ ){0,2}?$"
                             r"|(?:^|\s)(?:خطر|خطوره|مخاطر|تحذير|[وف]?حذر\w* من|تلوث\w*|ملوث\w*|تطهير|ازاله)(?: \S+){0,2} $")

# Before an impact cue (event_cues), a negation says nothing hit: "no damage", "دون أضرار",
# "لم تسفر الحادثة عن أي أضرار".
NEGATED = compile_alternation(r"(?:\bno|\bnot|\bwithout|(?:^|\s)[وف]?(?:دون|بدون|لم|لا|عدم))(?: \w+){0,4} $"
                              # (what a downed drone would have done: "shot down … before it hit its target")
                              r"|\bbefore (?:it|they) (?:could )?$")
# An exchange of fire the strike came after or before (folded text before the exchange's wording, with a space): an
# episode of its own, not a strike inside the fighting ("a drone struck a post shortly after an exchange of mortar
# fire", "قصفت مسيرة موقعا بعد ساعات من تبادل القصف"): the strike keeps its type.
APART_FROM_EXCHANGE = compile_alternation(r"\b(?:after|following|before|ahead of)(?: an?| the| hours of| days of)? $"
                                          r"|(?:^|\s)(?:بعد|عقب|قبل)(?: \S+){0,2}? $")

# Arabizi's Turkish, as local posts type it ("2asf madfa3i torki", "6ayyara msayyara torkiyye", "tayyarat torkiyya")
ARABIZI_ADJECTIVES = ("torki", "torkiyye", "torkiye", "torkiya", "torkiyya", "turki", "turkiyye", "turkiye", "turkiya",
                      "turkiyya")

# Who struck whom (folded text). A state named by its adjective beside a strike word is the
# side that struck: "قصف مدفعي تركي", "غارة أمريكية", "طيران روسي", "US airstrikes", "regime shelling" (values:
# terms of the `actors` watchlist).
ACTOR_ADJECTIVES = {
    # (the Arabic adjective's dual after two aircraft: "طائرتان حربيتان تركيتان", "بطائرتين مسيرتين أمريكيتين")
    **dict.fromkeys(["turkish", "تركي", "تركيه", "تركيتان", "تركيتين", *ARABIZI_ADJECTIVES], "Turkish Armed Forces"),
    **dict.fromkeys(["us", "u s", "american", "امريكي", "امريكيه", "اميركي", "اميركيه", "امريكيتان", "امريكيتين",
                     "اميركيتان", "اميركيتين"], "US forces"),
    **dict.fromkeys(["russian", "روسي", "روسيه"], "Russian forces"),
    # ("قصفت المدفعية الإيرانية سفوح الجبال", "Iranian drones struck a camp": Iran's forces across the border are its Guards)
    **dict.fromkeys(["iranian", "ايراني", "ايرانيه"], "IRGC"),
    **dict.fromkeys(["israeli", "اسراييلي", "اسراييليه"], "IDF"),     # folded: "إسرائيلية" -> "اسراييليه"
    **dict.fromkeys(["iraqi", "عراقي", "عراقيه"], "Iraqi security forces"),
    **dict.fromkeys(["jordanian", "اردني", "اردنيه"], "Jordanian Armed Forces"),
    **dict.fromkeys(["british", "بريطاني", "بريطانيه"], "Royal Air Force"),
    **dict.fromkeys(["coalition", "تحالف"], "US-led coalition"),
    "regime": "Syrian army",    # "Regime shelling on X", "regime airstrikes" (the army of the Assad government)
    # "قصف مدفعي حكومي": the forces of the government of the country struck (GOVERNMENT_FORCES)
    **dict.fromkeys(["government", "حكومي", "حكوميه"], "government forces"),
}
GOVERNMENT_FORCES = {"Syria": "Syrian army", "Iraq": "Iraqi security forces"}
# The army's own aircraft named without its state ("Army aviation helicopters pounded …", "طيران الجيش يدك …") are the
# army of the country struck: the region's armies name their helicopter arm so (folded text, where "طيران الجيش" reads
# "طيران جيش": folding drops the article; a quote may open it, 'وأضاف البيان أن "طيران الجيش نفذ ضربة ثانية"').
ARMY_AVIATION = compile_alternation(r"\barmy aviation\b|(?<!\w)[وب]?طيران جيش(?!\w)")
ARMIES = {"Syria": "Syrian army", "Iraq": "Iraqi army"}
# The army named without its state (config.yaml's actor "the army": "Army artillery shelled …", "قوات الجيش قصفت"): the
# army of a state the report names in full, else of the country struck. Not a named army (raw text after the name): one
# a name or an adjective follows ("the army of X", "الجيش الحر"), nor an Arabic "جيش" without its article ("جيش العشائر").
BARE_ARMY = "the army"
# "The regime" named alone ("قصف النظام بالمدفعية مواقع لقسد", config.yaml's actor "the bare regime"): the Assad government's
# army in Syria until the government fell (ACLED's "Military Forces of Syria (2000-2024)"), no side after it, when the word
# is the fallen regime; not a regime named or qualified after it ("النظام السابق", "النظام الإيراني": NAMED_ARMY_AFTER).
BARE_REGIME = "the bare regime"
REGIME_FORCES = {"Syria": "Syrian army"}
REGIME_FELL = date(2024, 12, 8)
NAMED_ARMY_AFTER = re.compile(r"^\s*(?:of\b|ال)")
ARMY_WORD = re.compile(r"\barmy\b|جيش", re.IGNORECASE)
# … and the air force named so, its state's adjective not after it ("طائرات F-16 التابعة للقوة الجوية", "the air force's
# F-16s"): the country's air force where the actors list one. Each with the forces it names, per country.
AIR_FORCE_UNNAMED = compile_alternation(r"\bthe air force\b|(?<!\w)[وبل]?قوه جويه(?! \S+يه(?:\s|$))(?!\w)")
# F-16s named without their state over Iraq ("F-16 fighter jets bombed the hills around Sarsink", "طائرات F-16 نفذت ضربة
# في صحراء البعاج"): Turkey's over the Kurdistan Region's border mountains, where its jets strike the PKK and Iraq's do
# not fly (Duhok; Erbil's Soran, Mergasur and Choman districts: the country and the governorate or district struck),
# else the Iraqi Air Force's.
UNNAMED_F16 = compile_alternation(r"(?<!\w)(?:f|اف) ?16(?:s)?(?!\w)")
OWN_AVIATION = ((ARMY_AVIATION, ARMIES), (AIR_FORCE_UNNAMED, {"Iraq": "Iraqi Air Force"}),
                (UNNAMED_F16, {**dict.fromkeys([("Iraq", "Duhok"), ("Iraq", "Soran"), ("Iraq", "Mergasur"),
                                                ("Iraq", "Choman")], "Turkish Armed Forces"), "Iraq": "Iraqi Air Force"}))
# A state's adjective on an aircraft names its air force where the actors list one ("Iraqi
# fighter jets", "الطيران العراقي"), else its forces.
AIR_FORCES = {"Iraqi security forces": "Iraqi Air Force"}
# A state's military media report its own forces' operations: a strike their statement tells without naming who struck
# ("Iraqi Security Media Cell: F-16s destroyed an ISIS tunnel") was carried out by those forces (from the air: AIR_FORCES).
OWN_FORCES_MEDIA = {"Security Media Cell": "Iraqi security forces"}
# A state that struck is coded as its armed forces (ACLED's "Military Forces of X"): "Israel
# struck", "Israeli strikes hit" -> IDF; as a speaker or a target it stays the state.
# The side that stopped a weapon, named after the interception word (folded, before the name): "It was intercepted
# and shot down by the air defences of the international coalition", "أسقطتها الدفاعات الجوية للتحالف" (right after the
# word: not "intercepted a drone launched by X", the weapon's side).
STOPPED_BY_BEFORE = re.compile(r"\b(?:intercepted|shot down|downed|destroyed)(?: (?:and|or) (?:\w+ )?(?:down|intercepted))?"
                               r" by (?:the )?(?:(?:\w+ )?(?:air defen[cs]es|anti-aircraft (?:fire|guns|systems)"
                               r"|defen[cs]e systems)(?: (?:of|at|belonging to) (?:the |an? )?(?:\w+ )?)?)?$"
                               r"|(?:^|\s)(?:ال)?(?:دفاعات|مضادات) (?:ال)?(?:جويه|ارضيه)(?: (?:تابعه )?ل)? ?$"
                               # (the Arabic verb before its subject: "أسقطت قسد طائرة مسيرة تركية")
                               r"|(?:^|\s)[وف]?(?:اسقطت|اسقط|تسقط|يسقط|اعترضت|اعترض|تعترض|يعترض) $")
STATE_FORCES = {"Israel": "IDF", "Turkey": "Turkish Armed Forces", "United States": "US forces",
                "Russia": "Russian forces", "Jordan": "Jordanian Armed Forces", "Iran": "IRGC"}
# The sides that strike from the air or from afar: as the subject of a generic strike verb they
# make it a strike ("US forces struck three facilities", "Turkey bombed", "قصف الجيش التركي").
STRIKING_SIDES = {*STATE_FORCES, *STATE_FORCES.values(), "US-led coalition", "Royal Air Force", "Iraqi Air Force"}
# The sides that fight on the ground and have no aircraft of their own in this region: when one
# bombards (Arabic "قصف", the SOHR's "قوات النظام قصفت بلدة ذيبان"), it shells, and the verb
# alone makes it a strike of that kind (a weapon the sentence names still decides: "بالمسيرات").
GROUND_SIDES = {"Syrian army", "National Defence Forces", "Syrian National Army", "Syrian Free Army",
                "Syrian Democratic Forces", "Deir ez-Zor Military Council", "YPG", "Islamic State",
                "Hayat Tahrir al-Sham", "Iran-backed militias", "Hezbollah", "PKK"}
# One that denies striking: "U.S. forces had not conducted any strikes", "American forces were not responsible",
# "القوات الأميركية لم تنفذ أي ضربات" (a denial, neither side)
_DENIES_STRIKING = (r"(?:did|does|has|have|had) not (?:carry out|carried out|conduct|conducted|launch|launched"
                    r"|strike|struck|take part|taken part|fire|fired)"
                    # ("the coalition had conducted no strikes in Iraq that day")
                    r"|(?:conducted|carried out|launched) no (?:\w+ )?(?:strikes?|attacks?|raids?|operations?)\b"
                    r"|(?:was|were|is|are) not (?:responsible|involved|behind)"
                    r"|(?:لم|لا) (?:تنفذ|ينفذ|تشن|يشن|تستهدف|يستهدف|تقصف|يقصف|تشارك|يشارك)")
# ... said of its aircraft or of a strike word with its adjective: "Iraqi aircraft did not carry out any operation"
STRIKE_DENIED_AFTER = re.compile(r"^(?:\w+ ){0,2}?(?:%s)" % _DENIES_STRIKING)
# ... anywhere in a side's words ("told Enab Baladi that its units had not fired"), or a denial's word, whole (not the
# "نفي" inside "تنفيذ"): a side's denial of the strike it is accused of (events._denied)
STRIKING_DENIED = compile_alternation(r"%s|\bden(?:ied|ies|y|ying)\b|(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي)(?!\S)" % _DENIES_STRIKING)
# Around an actor's name: it reports or comments ("X said", "according to X", "X denied"),
# it struck ("strikes by X", "X carried out", "X claimed responsibility", "نفذتها X"), or it
# was struck ("on X positions", "killing three members of X", "targeting X", "مواقع X").
# "X claimed the attack", "X claimed it (in a statement)", "X claimed to have shot down a drone": a claim of its own
# act, not a statement about it ("X claimed it was not involved" is one)
_CLAIMED = r"(?:(?:the|an?|its|this|that) (?:\w+ )?(?:attacks?|strikes?|bombings?|shelling|raids?|assault)|it(?! (?:was|is|had|has|did|would|were)\b))\b"
# (its acronym in brackets before "said": "the Syrian Democratic Forces (SDF) said a drone targeted one of its posts"; not
# an official's word, "an official of the Sinjar Resistance Units (YBS) told Reuters")
ACTOR_SPEAKS_AFTER = compile_alternation(r"^(?:s )?(?:\([^()]{1,15}\) (?=said |says ))?(?:\w+ ){0,2}?(?:said|says|reported|reports|announced|denied|denies|condemned"
                                # one that does not comment: "Turkey's defence ministry did not comment", "Israel does not usually comment"
                                r"|(?:did|does|has|have|had) not (?:immediately |yet |usually |typically |normally |publicly )?(?:comment|commented|respond|responded)"
                                r"|declined to comment"
                                r"|" + _DENIES_STRIKING +
                                r"|condemns|told|stated|accused|accuses|blamed|blames|warned|vowed|insisted|confirmed|claimed(?! responsibility| the lives| to have)(?! %s)"
                                # who calls on, urges or demands only comments: "the KRG urged both sides"
                                r"|urged|urges|called (?:on|for)|calls (?:on|for)|demanded|demands|appealed|appeals"
                                # who names the strike as something only comments: "the Iraqi government's spokesman called
                                # the strikes a violation of Iraqi sovereignty", "denounced the attack"
                                r"|called (?:the|this|that|it|them|these|those)|calls (?:the|this|that|it|them)"
                                r"|described|describes|denounced|denounces|slammed|critici[sz]ed"
                                r"|قال|قالت|اعلن|اعلنت|ذكر|ذكرت|نفي|نفت|افاد|افادت|اكد|اكدت|ادان|ادانت|اتهم|اتهمت|تتهم|يتهم)\b" % _CLAIMED)
# A side's statement heading its sentence (folded text after the name): "PMF statement: a drone attack targeted one of
# our headquarters", "قسد: استشهاد اثنين من مقاتلينا …"
STATEMENT_HEAD = re.compile(r"^(?:statement|في بيان)? ?:(?!\S)")
ACTOR_SPEAKS_BEFORE = compile_alternation(r"(?:according to|said|says|told|statement (?:by|from)|spokesm[ae]n (?:for|of)|quoted"
                                 # a source inside a party tells the news: "a source in the SDF", "مصدر في قسد"
                                 r"|\bsources? (?:in|within|from|close to)(?: the)?|(?:^|\s)[وف]?(?:مصدر|مصادر) (?:في|من|مقرب\S* من)"
                                 r"|(?:متحدث|ناطق) باسم"
                                 # one that has not commented: "no comment from the coalition", "أي تعليق من التحالف"
                                 r"|\bcomment from(?: the)?|(?:^|\s)تعليق\S* (?:من|عن)"
                                 # (whole words: "مستودعاً للميليشيات" is a depot of the militias, no "دعا" of theirs)
                                 r"|(?<!\S)[وف]?(?:بحسب|حسب|وفقا ل|وفق|قال|قالت|نقلا عن|اعلنت|اعلن|افاد|افادت|ذكرت|ذكر"
                                 # the verb before its subject: "فيما تطالب حكومة الإقليم", "وأدانت الإدارة الذاتية"
                                 r"|تطالب|يطالب|طالبت|طالب|دعت|دعا|تدعو|يدعو|ناشدت|ناشد|ادانت|ادان|دانت|دان|استنكرت|استنكر|نفت|نفي"
                                 # the accuser after its verb: "اتهمت قسد الجيش التركي بقصف …"
                                 r"|اتهمت|اتهم|تتهم|يتهم"
                                 # ... and its participle closing a statement: "مطالبة التحالف الدولي وروسيا بتحمل
                                 # مسؤولياتهما", "داعياً الحكومة العراقية إلى …" (whom the speaker calls on)
                                 r"|مطالبه|مطالبا|داعيه|داعيا|مناشده|مناشدا"
                                 # one that has not commented: "ولم تعلق وزارة الدفاع التركية على الضربة"
                                 r"|لم تعلق|لم يعلق))(?: \w+){0,2}"
                                 # (the speaker's office of the name: "وقال المركز الإعلامي لقسد في بيان"; its statement:
                                 # "وفق بيان لجهاز مكافحة الإرهاب")
                                 r"(?: ل)?"
                                 # (the second of two sources: "according to local sources and the SDF")
                                 r"(?: and(?: \w+){0,2})?"
                                 # (the party's own name in brackets after its office's: "مصدر في مديرية الأمن (الأسايش)",
                                 # "a source in the security directorate (Asayish)")
                                 r"(?: \()? $")
# Whose the dead were, in a sentence of its own (the side struck named later): a side that says they were its own
# ("the HPG said the three men killed were its fighters", "the SDF said the two were members of its military
# councils": after the speaker), the report's "the men killed were members of X" (before the side) and the mourning
# notice, "نعت قوى الأمن الداخلي عنصرين من منتسبيها" (before the side).
# The day of the strike told before (folded text): "وبعد ظهر اليوم نفسه، استهدفت مسيّرة …", "في اليوم ذاته", "later
# that day", "on the same day".
SAME_DAY = compile_alternation(r"(?:^|\s)(?:[وفب]|في )?يوم (?:نفسه|ذاته)\b|\b(?:the same day|later that day|that same day)\b")
# The day after the strike told before (folded text, the article dropped): "وفي صباح اليوم التالي، استهدفت مسيّرة …",
# "the next morning, a drone struck …", "on the following day".
NEXT_DAY = compile_alternation(r"(?:^|\s)(?:[وفب]|و?في )?(?:(?:صباح|مساء|فجر|ظهر|عصر|ليله) )?يوم (?:تالي|تلاه|ذي تلاه)\b"
                               r"|\bthe (?:next|following) (?:day|morning|afternoon|evening|night)\b")
# (Arabic: "أعلنت قوات الدفاع الشعبي أن القتلى الثلاثة هم من مقاتليها", the speaker's verb before it; "قالت منظومة
# المجتمع الكردستاني إن القتلى هم من مقاتلي حزب العمال")
_ARE_OF = r"(?:^|\s)(?:هم|هما|هو|كانوا|كانا|كان)(?: جميعا)? (?:من )?(?:مقاتلي|عناصر|اعضاء|افراد|منتسبي)"
DEAD_ARE_ITS_AFTER = re.compile(r"\b(?:were|was) (?:all )?(?:(?:members|fighters|part) of )?(?:its|their) "
                                r"|(?:قتل|ضحاي|قتيل)\S*(?: \S+){0,6}?%s(?:ها|ه|نا)(?:\s|$)" % _ARE_OF +
                                # (the dead by who they were, of its forces, with no pronoun between: "وأن الشابين من
                                # مقاتلي قواته", "أن القتيلين من عناصر قواتها")
                                r"|(?:^|\s)[وف]?ان (?:قتيل|شاب|رجل|ضحي)\S*(?: \S+)? من (?:مقاتلي|عناصر|منتسبي|افراد) (?:قوات|صفوف)(?:ها|ه|نا)(?=\s|[.,،؛]|$)")
DEAD_OF_BEFORE = re.compile(r"\b(?:killed|dead|men|victims|two|three|four|five|both) (?:\w+ ){0,2}?(?:were|was) (?:all )?"
                            r"(?:members|fighters|militants|commanders) of(?: the)? $"
                            r"|(?:قتل|ضحاي|قتيل)\S*(?: \S+){0,6}?%s $" % _ARE_OF +
                            r"|(?:^|\s)[وف]?(?:نعت|نعي|تنعي|ينعي|نعوا)(?: \S+){0,2}? $")
# The striker's claim of whom it struck, in a sentence of its own (folded text before the side): "the ministry
# said it had neutralised two PKK terrorists", "قالت إنها حيّدت إرهابيين اثنين في المنطقة، في إشارة إلى مقاتلي
# حزب العمال", "أعلنت تحييد ثلاثة من عناصر PKK".
NEUTRALISED_BEFORE = re.compile(r"\bneutrali[sz](?:ed|ing) (?:\w+ ){0,3}?(?:(?:members|fighters|militants|terrorists) of(?: the)? )?$"
                                r"|(?:^|[\s«\"“])[وف]?(?:حيدت|حيد|تحييد)(?: \S+){0,8}? (?:من|الي)(?: عناصر| مقاتلي)? $")
# The report's own attribution in a later sentence, "Two security officials attributed both strikes to Turkish
# drones" (folded text before the side that struck): the striker of strikes whose own sentences name none
# (plural: every such strike of the report; else the one whose place the sentence names, or the last before it).
ATTRIBUTED_BEFORE = re.compile(r"\battribut(?:ed|es|ing) (?:(?:the|both|all|these|those|this|that|two|three|its|their) )*"
                               r"(?:\w+ )?((?:strike|attack|raid|bombardment|shelling|blast|explosion)s?) to (?:an? |the )?$")
# A party that condemns, denies or appeals reacts to the strike, whatever it names after ("ودان مجلس دير الزور
# العسكري القصف": the shelling is what it condemned, not what it did).
_MOURNS = "نعت|نعي|تنعي|ينعي"
ACTOR_REACTS_BEFORE = compile_alternation(r"(?:^|\s)[وف]?(?:ادانت|ادان|دانت|دان|استنكرت|استنكر|نفت|نفي|نددت|ندد|شجبت|شجب"
                                 # who sealed the site off after the strike responded to it: "وفرضت قسد طوقاً أمنياً"
                                 r"|فرضت|فرض|طوقت|طوق"
                                 # … or deployed around it: "فيما انتشر عناصر من قسد في محيط البلدة"
                                 r"|انتشر|انتشرت|ينتشر|تنتشر"
                                 # who mourns the dead tells its loss, it struck nothing: "ونعت أسايش في بيان عنصريها"
                                 r"|" + _MOURNS + ")"
                                 r"(?: \w+){0,2} $|\b(?:condemned|denounced|denied|mourned)(?: the)? $")
# … and mourning its own dead it is the side struck (folded text after the name, the verb before or after it): "ونعت
# قسد في بيان اثنين من مقاتليها", "الحشد الشعبي ينعى ثلاثة من منتسبيه"
MOURNS_AFTER = re.compile(r"^(?:%s) " % _MOURNS)
MOURNED_OWN_AFTER = re.compile(r"^(?:\S+ ){0,4}?من (?:مقاتلي|عناصر|منتسبي|اعضاء|افراد|كوادر)\S*")
# … and telling in its own statement, in the first person, that the strike hit its forces (folded text of the strike's
# sentence): "استهدفت طائرة مسيرة … نقطة لقواتنا", "استشهاد اثنين من مقاتلينا", "a drone struck a post of our forces",
# "two of our fighters were martyred" (not "no casualties among civilians or our forces": no target named)
OUR_FORCES_STRUCK = re.compile(r"(?:^|\s)(?:ل|من )(?:قواتنا|مقاتلينا|عناصرنا|منتسبينا)(?:\s|$)"
                               r"|\b(?:posts?|positions?|points?|checkpoints?|vehicles?|bases?) of our (?:forces|fighters|units)\b"
                               r"|\bour (?:positions?|posts?|checkpoints?|bases?|vehicles?)\b|\bof our fighters\b")
# A side a victim is named by kin of is no side of the strike: "a relative of a senior PKK commander", "the father of a
# commander of the SDF", "والد قيادي في قسد", "شقيق آمر فوج في اللواء 45 بالحشد الشعبي" (folded text before the name;
# a victim said to be a member is named so: "a PKK commander and his brother"; "والدة" folds to "وده").
KIN_OF_BEFORE = re.compile(r"\b(?:relatives?|father|mother|brother|sister|sons?|daughters?|wife|husband|widow|cousin|nephew"
                           r"|niece|uncle) of (?:an? |the |one )?(?:\w+ )?(?:(?:commander|leader|official|member|fighter|emir"
                           r"|figure|chief)s? (?:of|in|with) (?:the )?)?$"
                           r"|(?:^|\s)[وبل]?(?:والد|وده|شقيق|شقيقه|نجل|نجله|ابن|ابنه|بنت|زوجه|زوج|اخو|اخت|اقارب)(?: \S+){0,2}? "
                           r"(?:قيادي|قايد|امر|مسوول|عنصر|مقاتل|عضو|امير)"
                           r"(?: (?:في|من|ب|ل|لدي|سابق|بارز|كبير|فوج|لواء|كتيبه|قطاع|\d+)){0,5} $")
# … and with the verb after it: "the SDF cordoned off the area", "security forces sealed off the site", "قسد فرضت طوقاً"
# (two sides joined may share the verb: "قطعات من جهاز مكافحة الإرهاب وقيادة عمليات الأنبار شرعت بتفتيش مواقع الضربات")
ACTOR_RESPONDS_AFTER = re.compile(r"^(?:\S+ ){0,4}?(?:(?:cordoned|sealed|closed) off|imposed an? (?:\w+ )?(?:cordon|curfew)"
                                  r"|(?:فرضت|فرض|تفرض|يفرض) (?:طوقا|حظر)|(?:طوقت|طوق) (?:مكان|منطقه|موقع)"
                                  # … or searched the site after it: "قوة من الجيش العراقي شرعت بتفتيش الموقعين", "دخلت
                                  # الموقع لاحقاً", "troops later searched the site"
                                  r"|(?:شرعت|شرع|بدات|باشرت|باشر) ب?(?:تفتيش|تمشيط)|(?:فتشت|فتش|دخلت|دخل) (?:موقع|مكان)"
                                  r"|(?:later )?(?:searched|combed|entered|inspected) the (?:\w+ )?(?:sites?|scene|location))\b")
# A name its accuser blames is neither side: "accused Ankara of the attack", "اتهمت الإدارة الذاتية تركيا"
# (an attribution, "blamed on X", is the striker: ACTOR_STRUCK_BEFORE; a side a source suspects struck:
# SUSPECTED_AIRCRAFT_BEFORE).
ACTOR_ACCUSED_BEFORE = compile_alternation(r"(?:\baccus(?:ed|es|ing)|\bblam(?:ed|es|ing))(?: the)? $"   # (a headline's "Erbil blames X")
                                  # (the accuser may come between: "اتهمت قوات سوريا الديمقراطية (قسد)، اليوم الاثنين، الجيش التركي")
                                  r"|(?:^|\s)[وف]?(?:اتهمت|اتهم|تتهم|يتهم|متهمه|متهما|حملت|حمل|تحمل|يحمل)(?: \S+){0,6} $"
                                  # one whom the dead only might have belonged to: "لم يستبعد أن يكونوا من عناصر حزب العمال"
                                  r"|(?:^|\s)[وف]?(?:لم|لا) [يت]ستبعد(?: \S+){0,3}? ان [يت]كون(?:وا|ا)? من(?: \S+)? $"
                                  # the addressee of an appeal ("called on the United Nations and the U.S.-led
                                  # coalition to take a clear position"): no side either
                                  r"|\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)? to)\b(?: \w+){0,6} $")
# ... unless what it is accused of is the strike itself, by its weapon: "accused Turkey on Tuesday of carrying out a drone
# strike on a car", "accused the army of shelling X", "اتهمت قسد الجيش التركي بقصف محطة كهرباء" (folded text after the
# name), or of the attack itself ("accused Ankara of the attack"): the side the report's only word on the strike names
# struck unless the report has it deny (events._denied); "of trying to destabilise the region", "بمحاولة ضرب الاستقرار"
# still name no striker.
ACCUSED_OF_STRIKING_AFTER = re.compile(r"^(?:\w+ ){0,5}?of (?:(?:carrying out|conducting|launching) (?:an? |the )?(?:\w+ )?"
                                       r"(?:air ?strikes?|drone strikes?|strikes?|raids?|bombardment|shelling)"
                                       r"|(?:shelling|bombing|bombarding|striking|firing|launching)\b"
                                       # (the lead's convention: "accused the Turkish occupation state of the attack" names
                                       # the striker unless the report has it deny)
                                       r"|(?:the |this |that )?(?:\w+ )?(?:attacks?|strikes?|raids?|bombing|bombardment|shelling)\b)"
                                       # (or blamed for it: "The official blamed Iran-backed militias for the attack", "حمّلت
                                       # الأسايش الجيش التركي مسؤولية القصف")
                                       r"|^for (?:the |this |that |both |these |those )?(?:\w+ )?(?:attacks?|strikes?|raids?|bombardment|shelling)\b"
                                       r"|^(?:ال)?مسووليه (?:ال)?(?:هجوم|قصف|استهداف|ضربه|غاره|اعتداء)(?![^\s،,.])"
                                       r"|^ب(?:قصف|استهداف|شن (?:غاره|غارات|ضربه|ضربات|هجوم)|تنفيذ (?:غاره|غارات|ضربه|ضربات|هجوم|قصف|استهداف)"
                                       # ("متهمة الولايات المتحدة بالوقوف وراء القصف")
                                       r"|وقوف (?:وراء|خلف))(?![^\s،,.])")
# The verb that accuses, right before the name (folded text): a side it accuses with no more words, its clause ending
# after it ("The SDF blamed Turkey; Ankara did not comment", "…, which blamed Turkey."), is accused of the report's strike
# (events._actor_role: actor1 unless denied); a place so accused names its rulers, no place struck (a capital:
# "الإدارة الذاتية تتهم دمشق", "Erbil blames Baghdad"; events.build_events).
ACCUSED_ALONE_AFTER = re.compile(r"^\s*(?:[.;,:]|$)"
                                 # (or where the accused hide or are based: "The officials blamed Islamic State militants
                                 # hiding in the desert across the border")
                                 r"|^\s(?:hiding|holed up|based|operating|active|stationed|positioned|deployed) (?:in|on|at|near|along|across)\b")
ACCUSED_ALONE_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)) $")   # (English: the Arabic verb's next name is the accuser)
ACCUSING_VERB_BEFORE = re.compile(ACCUSED_ALONE_BEFORE.pattern + r"|(?:^|\s)[وف]?(?:اتهمت|اتهم|تتهم|يتهم|متهمه|متهما) $")
# ... nor is the place of an accuser the accusing verb opens with ("وحمّلت الإدارة الذاتية في سنجار تركيا مسؤولية
# الهجوم", "the Autonomous Administration in Sinjar blamed Turkey"): the accuser's seat, not the strike's place
ACCUSER_PLACE = re.compile(r"(?:^|\s)[وف]?(?:اتهمت|اتهم|تتهم|يتهم|حملت|حمل|تحمل|يحمل)(?: \S+){1,4} (?:في|ب) $"
                           r"|\b(?:administration|council|authorities|mayor|governor|mayoralty) (?:in|of) $")
# ... nor the capital an appeal is addressed to, its government ("called on Baghdad to act", "مطالبة بغداد بموقف واضح",
# "وناشدت أربيل"): no place struck
APPEAL_ADDRESSEE_BEFORE = re.compile(r"\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)? to)(?: both)? $"
                                     r"|(?:^|\s)[وف]?(?:مطالبه|مطالبا|مطالبين|داعيه|داعيا|دعت|دعا|تدعو|يدعو|طالبت|طالب|تطالب"
                                     r"|يطالب|ناشدت|ناشد|تناشد|يناشد) $")
# ... nor the target a weapon stopped before it hit was aimed at, where the note places the weapon at another place: "a
# rocket launch pad aimed at Ain al-Asad base near X", "a drone approaching Erbil airport over X", "two drones launched
# towards Al-Hol camp", "منصة صواريخ معدة لاستهداف قاعدة عين الأسد قرب X" (the place the words name before the target)
AIMED_AT_BEFORE = re.compile(r"\b(?:(?:aimed|directed|pointed|headed|heading|launched|fired) (?:at|towards?|for)|approaching|towards?)"
                             r"(?: the)?(?: \w+){0,2}? $"
                             r"|(?:^|\s)(?:معده|موجهه) (?:لاستهداف|نحو|الي|باتجاه)(?: \S+){0,2}? $")
# … the place it was stopped at, named after the target with its preposition (text as written: "near X", "over X",
# "in an orchard near X", "قرب X"; not a bracket's governorate label)
STOPPED_AT_AFTER = re.compile(r"\s(?:near|over|outside|around)\s+(?:the\s+)?[A-Z]|\s(?:in|at)\s+(?:an?\s+)?(?:\w+\s+)?near\s+[A-Z]"
                              r"|\s(?:قرب|فوق|في سماء)\s")
ACCUSER_PLACE_AFTER = re.compile(r"^\W*(?:\S+ ){0,2}?(?:accus(?:ed|es)|blam(?:ed|es)(?! on\b)|held) ")
# A side a slashed pair names as another (the key as the value): Anadolu's "PKK/YPG" (Arabic "ي ب ك/بي كا كا") in Syria
# is the YPG, as ACLED and the outlets that do not use Ankara's wording code it
SLASHED_AS = {"PKK": "YPG"}
# Sides one denial speaks for, each with the forces it is read as: the coalition's for the US forces that lead it
# ("accused the United States … the coalition denied carrying out any strike"), a defence ministry's (its army's) for its
# government ("اتهمت الإدارة الذاتية الحكومة السورية … فيما نفت وزارة الدفاع السورية")
DENIES_FOR = {"US-led coalition": "US forces", "Syrian government": "Syrian army", "Iraqi government": "Iraqi army"}
# The side a denial says had nothing to do with the strike (folded text before the name): "نفى مسؤول أمريكي أي علاقة
# للقوات الأمريكية بالهجوم", "denied any involvement by U.S. forces": neither side of it.
DENIED_PART_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:نفي|نفت|ينفي|تنفي)(?: \S+){0,4} (?:اي )?(?:علاقه|صله|دور|مسووليه|تورط)(?: ل)? ?$"
                                r"|\bden(?:ied|ies|ying) (?:any )?(?:involvement|role|responsibility|part) (?:by|of|for) (?:the )?$")
# A sentence naming the strike itself, the singular with its article (raw text): "said the raid had been carried out
# by Israeli warplanes", "اتهم مصدر … الطيران الإسرائيلي بتنفيذ الضربة"; or the aircraft with a predicate adjective, no
# article on it (raw text of an actor's name): "أن تكون الطائرات إسرائيلية". The side such a sentence says struck
# struck this strike, not strikes by habit ("Israel has carried out strikes in the area", events._strike_actors).
THE_STRIKE_NAMED = re.compile(r"\bthe (?:air ?|drone )?(?:strike|raid|attack|bombing|bombardment)\b(?!s)"
                              r"|(?:^|\s)[وفب]?(?:ال|لل)(?:ضرب[ةه]|غار[ةه]|هجوم|قصف|استهداف)(?![^\s،,.])")
AIRCRAFT_PREDICATE = re.compile(r"^ال(?:طائر|طاير|مسي|مقاتل)\S* (?!ال)\S")
# … or the side a source suspects struck, itself or its aircraft (folded text before the name; not one of two after it,
# "تابعة للتحالف الدولي أو لإسرائيل", ALTERNATIVE_AFTER): "يُرجّح ناشطون أن التحالف يقف وراءها", "رجّحت مصادر أن تكون
# الطائرة تابعة للتحالف", "ورجّحت مصادر أن تكون الطائرات أمريكية", "believed the jets were". ACLED codes the suspected
# actor the report names, even of a strike it calls unidentified or unclaimed.
# (a source's suspicion, folded, up to the "that" before what it suspects: "يُرجّح ناشطون أن", "رجّحت مصادر محلية أن")
_SUSPECTS_THAT = r"(?:^|\s)[وف]?(?:يرجح|ترجح|رجح|رجحت|يعتقد|تعتقد|يشتبه|يتوقع)(?: \S+){0,3}? (?:ان|بان)"
SUSPECTED_AIRCRAFT_BEFORE = re.compile(_SUSPECTS_THAT + r"(?: [يت]كون(?: (?:طايرات|طايره|مسيره|مسيرات|طيران|مقاتلات))?"
                                       r"(?: تابعه(?: ل)?)?)? $"
                                       r"|\b(?:believed|suspected|thought)(?: that)? the (?:aircraft|drones?|jets?|warplanes?"
                                       r"|planes?) (?:was|were)(?: (?:likely|probably))? $")
# (nor one suspected of only some of the strikes told: "ضربات متفرقة بمسيرات مجهولة، يرجح ناشطون أن التحالف يقف وراء
# بعضها", "believed to be behind some of them")
ALTERNATIVE_AFTER = re.compile(r"^(?:\S+ ){0,3}?(?:او|or)(?=\s)|^(?:\S+ ){0,3}?(?:بعضها|بعضهم|معظمها|اغلبها)(?=[\s،,.]|$)"
                               r"|^(?:\S+ ){0,4}?(?:some|most|many) of (?:them|these|those|the)\b")
# (… nor the second of the two: "أن تكون الطائرة تابعة لإسرائيل أو للولايات المتحدة")
SUSPECTED_ALTERNATIVE_BEFORE = re.compile(_SUSPECTS_THAT + r"(?: \S+){1,6}? (?:او|or) (?:ل |لل |ب )?$")
# A side a report says (or suspects) stood behind the strike (folded text after the side): "يرجح أن الميليشيات
# الإيرانية تقف وراءه", "Iran-aligned militias are believed to be behind the attack", "residents believe Turkey was
# behind it", "Turkey was suspected" (of a strike it calls unidentified too: events._actor_role)
BEHIND_STRIKE_AFTER = re.compile(r"^(?:(?:is|are|was|were|had been|has been|have been) (?:(?:widely |strongly )?(?:believed"
                                 r"|thought|suspected|likely|probably|said|reported)(?: to (?:be|have been))? )?behind (?:(?:the|this"
                                 r"|that|these|those)(?: \w+)? (?:attacks?|strikes?|raids?|bombings?|shelling)|it)\b"
                                 # (suspected or blamed, the strike unsaid: "an unidentified drone struck …; Turkey was suspected")
                                 r"|(?:is|are|was|were) (?:widely |strongly )?(?:suspected|blamed)(?= ?(?:[.,;]|$| of (?:the|this|carrying"
                                 r"|launching|conducting)\b))"
                                 r"|(?:[يت]قف|وقفت?|[يت]قفان|يقفون)(?: \S+)? (?:وراء|خلف)(?:ه|ها|هما|(?: ال| )?(?:هجوم|ضربه|ضربات"
                                 r"|قصف|استهداف|غاره|غارات|عمليه))(?![^\s،,.]))")
# A state a group is loyal to describes the group ("militias loyal to Iran", "the pro-Iran group",
# "الفصائل الموالية لتركيا", "المدعومة من إيران"); a state named as a border is geography ("close to the
# borders with Iran and Turkey", "الحدود مع إيران", "the Iranian border"): neither is a side.
ACTOR_DESCRIBES_BEFORE = compile_alternation(r"(?:\bpro|\bloyal to|\ballied (?:to|with)|\baligned with|\bfunded by"
                                    # a victim's alleged links: "a man accused of working with the SDF", "بتهمة
                                    # التعاون مع قسد"; the recipient of a convoy's load: "trucks carrying supplies for US forces"
                                    r"|\b(?:accused|suspected|charged|convicted) (?:of|with) (?:working|collaborating|cooperating"
                                    r"|dealing|spying|links?) (?:with|for|to)(?: the)?"
                                    r"|(?:^|\s)ب?تهمه (?:تعاون|عمل|تعامل|تخابر|انتماء) (?:مع|ل)"
                                    r"|\b(?:supplies|equipment|goods|fuel|cargo|provisions) (?:for|to|destined for)(?: the)?"
                                    # who holds the place struck: "بلدة ذيبان الخاضعة لسيطرة قسد", "under the control of"
                                    r"|(?:^|\s)(?:خاضعه|تخضع) ل ?(?:سيطره)?|(?:^|\s)تحت سيطره|\bunder (?:the )?control of"
                                    # … and the areas it holds the place struck is in: "منزلاً في بلدة أبو حمام، ضمن مناطق
                                    # سيطرة قسد" (not those fire came from: "قصف من مناطق سيطرة قوات النظام" is theirs)
                                    r"|(?:^|\s)(?:ضمن|في|داخل) (?:مناطق|منطقه) (?:سيطره|نفوذ)"
                                    r"|(?:^|\s)(?:مواليه|موالي|موالين|مواليين)(?: ل)?|(?:^|\s)(?:مدعومه|مدعوم|مدعومين|مقربه|مقرب|مقربين) من"
                                    # Kurmanji's "affiliated to" after its ezafe, folded: "Çeteyên SMO yên girêdayî dewleta Tirk"
                                    r"|\bgiredayi"
                                    r"|\b(?:borders?|frontier) (?:with|of)(?: the)?(?: \w+ and)?"
                                    # a party to an agreement or talks: "the agreement signed with the government",
                                    # "الاتفاق الموقع مع الحكومة السورية", "المفاوضات بين دمشق و"
                                    r"|\b(?:agreement|deal|talks|negotiations)(?: \w+)? (?:with|between)(?: the)?"
                                    r"|(?:^|\s)(?:اتفاق|اتفاقيه|مفاوضات|محادثات)(?: \S+)? (?:مع|بين)"
                                    # (and the second state of a border named by both adjectives: "على الحدود العراقية الإيرانية")
                                    r"|(?:^|\s)(?:حدود|حدوديه)(?: مع)?(?: \S+(?: و)?)?"
                                    # what the striker says its target was: "a residence which it claimed was an Israeli
                                    # Mossad headquarters", "a house allegedly used by"
                                    r"|\b(?:claimed|claims|said|alleged|described) (?:was|were|to be|is|as)(?: an?| the)?"
                                    r"|\ballegedly (?:used by|belonging to|housing)(?: an?| the)?"
                                    # the target of an attack the struck were only preparing: "neutralised … while
                                    # preparing an attack on a Turkish base" (that base was not hit)
                                    r"|\b(?:preparing|planning|plotting|trying|attempting|about) (?:to (?:carry out|launch|stage) )?"
                                    r"(?:an? |new |further )?(?:\w+ )?attacks? (?:on|against)(?: an?| the)?"
                                    # who left the old ordnance that went off: "قذيفة من مخلفات داعش" (not "بقايا
                                    # داعش", its fighters)
                                    r"|(?:^|\s)(?:من )?مخلفات (?:تنظيم )?"
                                    # what a group is said to be an offshoot of: "امتداد لحزب العمال", "an extension of the PKK"
                                    r"|(?:^|\s)امتدادا? ل?|\b(?:extension|offshoot|branch)e?s? of(?: the)?"
                                    # a side's post the strike is placed by, a landmark: "على بعد مئات الأمتار من نقطة
                                    # لقوات الحكومة", "a few hundred metres from an SDF checkpoint"
                                    r"|(?:^|\s)علي بعد(?: \S+){1,3} من(?: \S+){0,2}?(?: ل)?"
                                    r"|\b(?:metres|meters|kilometres|kilometers|km|miles|yards) (?:away )?from(?: an?| the)?"
                                    r"(?: \w+){0,2}?(?: of(?: the)?)?) ?$")
ACTOR_DESCRIBES_AFTER = re.compile(r"^(?:s )?(?:\w+ )?(?:border|frontier)s?\b|^(?:s )?(?:\w+ )?(?:crossing|crossings)\b"
                                # a truce its states brokered names no side of the strike: "the Russian – Turkish truce
                                # areas", "the first 24 hours of the Russian truce", "the Russian-American-Jordanian truce"
                                r"|^(?:\w+ ){0,2}?(?:truce|ceasefire|cease fire|de escalation agreement)\b"
                                # the patron after: "IRGC-backed militias", "Turkish-backed factions"
                                # (not a member's: "a PKK-affiliated cadre" was one of the PKK's)
                                r"|^(?:backed|sponsored|funded|aligned|allied|affiliated(?! (?:cadres?|members?|fighters?"
                                r"|commanders?|militants?|officials?|leaders?|operatives?)\b))\b"
                                # a civil body it runs: "the SDF-run Deir ez-Zor Civil Council said", "SDF-run media"
                                # (its men and posts are its own: "an SDF-run checkpoint" stays the SDF's)
                                r"|^(?:run|administered|operated) (?:\w+ ){0,4}?(?:councils?|administrations?|authorit(?:y|ies)"
                                r"|media|outlets?|agenc(?:y|ies)|hospitals?|schools?|courts?|bod(?:y|ies)|offices?|committees?)\b"
                                # a people or an opposition of that state: "an Iranian Kurdish opposition party"
                                r"|^(?:kurdish|kurds?|opposition|dissidents?|exiles?)\b"
                                # … and the group said to be one: "تعد وحدات مقاومة سنجار امتداداً لحزب العمال", "the YPG is
                                # the Syrian offshoot of the PKK", "قسد ووحدات حماية الشعب امتداد لحزب العمال"
                                r"|^(?:\S+ ){0,4}?امتدادا? ل|^(?:\w+ ){0,4}?(?:is|are) (?:an? |the )?(?:\w+ )?(?:extension|offshoot|branch)e?s? of\b")
# Abbreviations that are actors only in capitals (the text as written, not folded): "IS" is the
# Islamic State, "is" the verb (values: terms of the `actors` watchlist).
CAPITALISED_TERMS = {"IS": "Islamic State"}
CAPITALISED_ACTORS = re.compile(r"(?<![\w'’-])(?:%s)(?![\w'’-])" % "|".join(CAPITALISED_TERMS))
# An armed group named again by its kind (folded text; group 1 the words): "the group", "the
# militants", "the factions", "militia positions", "التنظيم", "الفصائل", "الميليشيات" (with its article,
# which folding drops: ``events._named_again`` reads it in the text).
# A statement's "terrorists", with or without the article ("وكراً للإرهابيين", "مقتل أربعة إرهابيين", "إرهابيان
# اثنان"; folded): the group it named so before (GROUP_AGAIN), and the side struck whatever the verb (not the adjective
# of a name, "منظمة بي كي كي الإرهابية", nor the singular "الإرهابي")
_TERRORISTS = r"[وف]?(?:[بل]|لل)?(?:ال)?ارهابي(?:ين|ون|ان|ا)"
TERRORISTS = re.compile(_TERRORISTS + "$")
# The enemy a state's forces strike when its statements name it only as "terrorists", "militants" or their "hideouts"
# ("استهدفت وكراً للإرهابيين", "أسفرت عن مقتل ثلاثة إرهابيين", "عناصر إرهابية", "five militants had been killed"): in
# Iraq's official wording (Security Media Cell, Joint Operations Command, Counter-Terrorism Service) the Islamic
# State; the forces (``actors`` terms) whose statements these are; the words (folded), TERRORISTS' and the bare English
# nouns ("a hideout", "وكر": the target "hideout", ``events.TARGETS``).
STATE_ENEMY = {"Iraq": "Islamic State"}
# … and a foreign state's forces by the country they strike in: Ankara's "terrorists" in Iraq are the PKK (its MoD's
# "neutralised four terrorists in the Metina region"; in Syria they may be the SDF, the YPG or the PKK: none)
FOREIGN_ENEMY = {("Turkish Armed Forces", "Iraq"): "PKK"}
TERRORISTS_SAID = compile_alternation(rf"\bterrorists?\b|(?:^|\s){_TERRORISTS}(?!\w)")
STATE_OWN_FORCES = {"Iraq": frozenset({"Iraqi security forces", "Iraqi army", "Iraqi Air Force", "Iraqi Counter-Terrorism Service"})}
STATE_ENEMY_WORDS = compile_alternation(rf"\b(?:militants?|terrorists?|insurgents?|jihadists?)\b|(?:^|\s){_TERRORISTS}(?!\w)"
                                        r"|(?:^|\s)(?:عناصر|خلايا|خليه|مجاميع) ارهابيه(?!\w)")
# (the kinds, English and Arabic; "الوحدات": the units named before, "وحدات حماية الشعب", "وحدات مقاومة سنجار")
_GROUP_KINDS_EN = ("groups?", "militias?", "factions", "militants", "jihadists")   # ("a house used by the groups")
_GROUP_KINDS_AR = ("تنظيم", "فصايل", "ميليشيات", "مليشيات", "ميليشيا", "جماعه", "وحدات", "كتايب")
GROUP_AGAIN = re.compile(r"\b(the (?:(?:militant|jihadist|extremist|armed|terrorist|insurgent) )?(?:%s))\b"
                         r"|\b(militias?)(?= (?:positions?|fighters?|members?|targets?|sites?|commanders?"
                         r"|headquarters|bases?|vehicles?|convoys?|depots?|trucks?)\b)"
                         r"|(?:^|\s)((?:[وف]?[بل]?)(?:%s))(?=\s|[.!؟]?$)"
                         r"|(?:^|[\s«\"“])(?P<terrorists>%s)(?!\w)"
                         % ("|".join(_GROUP_KINDS_EN), "|".join(_GROUP_KINDS_AR), _TERRORISTS))
# A word every match of GROUP_AGAIN holds (its kinds, and _TERRORISTS's stem): a sentence without one is not searched
# (4,296 sentences of the 91 pages of bench/match.py: 48 hold one)
GROUP_AGAIN_WORDS = tuple(kind.removesuffix("s?") for kind in _GROUP_KINDS_EN + _GROUP_KINDS_AR) + ("ارهابي",)
# A speaker that claims the strike struck: "X said it had targeted", "أعلنت X استهداف قاعدة".
# ("N of its members killed" counts its dead: a partitive, no claim of its men's act)
ACTOR_CLAIMS_AFTER = re.compile(r"^(?:\S+ ){0,6}?(?:(?:that )?(?:it|they|(?<!of )(?:its|our) \w+) (?:had |have |has )?(?:targeted|struck"
                                r"|attacked|hit|launched|fired|bombed|shelled|carried out|conducted|destroyed|neutrali[sz]ed"
                                r"|killed|raided|pounded"
                                # (a weapon it says it stopped: "PKK fighters said they shot down a Turkish drone", "said
                                # it had intercepted two drones": who stopped it, a Disrupted weapons use's actor1)
                                r"|shot down|downed|intercepted)"
                                # "قالت X إن قواتها نفذت", "أعلنت X أن طائراتها دمرت", "أعلن X في بيان نقلته وكالة تسنيم أن
                                # قواته البرية استهدفت" (its own forces, by their adjective)
                                r"|ب?ان (?:قوات|طايرات|مسيرات|مقاتلات|طيران)(?:\w*|(?:ه|ها|هم|نا) \S+يه) (?:نفذت|استهدفت|قصفت|دمرت|شنت|قتلت|ضربت)"
                                # ("أعلنت X أنها استهدفت منشآت", "قال X إنه قصف"): itself the subject of what it says
                                r"|ب?ان(?:ها|ه|هم) (?:قد )?(?:نفذت|استهدفت|قصفت|دمرت|شنت|قتلت|نفذ|استهدف|قصف|دمر|شن|قتل))\b(?! (?:no|any)\b)"
                                # (nor an operation on the ground: "the SDF … said it had carried out a ground operation in
                                # the area after the strikes", once "its other name (SDF), what it is," no longer hides it)
                                r"(?! (?:an? )?(?:ground|security|arrest|search|sweep|combing|clearing|mopping)\b)"
                                # its own act in the perfect, the claim a report carries in a sentence of its own: "Turkish
                                # forces have neutralized two PKK terrorists", "CENTCOM had conducted a strike" (not "it
                                # had conducted no strikes in Iraq that day": a denial; nor a habit, "Israeli jets have
                                # carried out hundreds of strikes", "X and Y have both carried out strikes in the area")
                                r"|^(?:had|have|has) (?!(?:both|also|repeatedly|often|long|frequently)\b)(?:\w+ )?(?:targeted"
                                r"|struck|attacked|bombed|shelled|carried out|conducted|destroyed|neutrali[sz]ed|killed|raided"
                                r"|pounded)\b(?! (?:no|any|hundreds|dozens|scores|many|several|numerous|multiple|repeated)\b"
                                r"| (?:\w+ )?(?:strikes|attacks|raids|operations)\b)"
                                # its act named as what it announced ("أعلنت X استهداف"), not as the subject of what it
                                # says ("وقالت الأسايش إن القصف انطلق من مواقع فصائل دمشق": the shelling reported)
                                r"|^(?:(?!ب?ان )\S+ ){0,4}?(?:مسووليه\w* عن )?(?:استهداف|قصف|تنفيذ|تحييد)\b")
# (not a verb it negates: "القوات الأميركية لم تنفذ أي ضربات", "U.S. forces did not carry out any strike" deny it)
# (not a passive: "a Peshmerga vehicle was hit near Sidakan by a drone" names the side struck; nor past the strike that
# killed the side's men: "قتل عنصران من X بقصف استهدف سيارتهما", "جراء قصف استهدف")
ACTOR_STRUCK_AFTER = re.compile(r"^(?:(?!(?:لم|لا|لن|not|never|was|were|is|are|been|being|جراء|اثر|بسبب|نتيجه"
                                r"|ب(?:قصف|غاره|غارات|ضربه|ضربات|استهداف|هجوم)) )\w+ ){0,2}?(?:claimed responsibility|claimed "
                                + _CLAIMED + r"|carried out|launched|conducted|struck|hit"
                                r"|targeted|bombed|shelled|pounded|fired|attacked|استهدفت|استهدف|قصفت|قصف|شنت|شن|نفذت|نفذ"
                                r"|اطلقت|اطلق|اطلقوا"
                                r"|تبنت|تبني|هاجمت|هاجم"
                                # the plural after "عناصر من X", "مسلحون من X": "استهدفوا", "قصفوا"
                                r"|استهدفوا|قصفوا|شنوا|نفذوا|هاجموا"
                                # the present of headlines: "قوات النظام تقصف", "طيران النظام يشن", in the plural
                                # of a side named by its men ("مرتزقة الاحتلال التركي يقصفون قرية X")
                                r"|تستهدف|يستهدف|تقصف|يقصف|تشن|يشن|تنفذ|ينفذ|تهاجم|يهاجم|يقصفون|يستهدفون|يشنون|يهاجمون"
                                # who defuses or intercepts is the side that acts ("قوات البيشمركة تفكك عبوة");
                                # who kills, a headline's active present ("حرس الحدود الإيراني يقتل عتالا")
                                r"|تفكك|يفكك|فككت|تحبط|يحبط|احبطت|تعترض|يعترض|اعترضت|تسقط|اسقطت"
                                r"|تقتل|يقتل|يقتلون|تعدم|يعدم|يعدمون)\b"
                                # the side's men as the subject of a verb of fighting or shooting: "Asayish members
                                # shot dead a man", "Deir ez-Zor Military Council fighters clashed with smugglers" (not
                                # a passive: "an SDF member shot by gunmen")
                                # the side placed where it is stationed, its strike verb after the place: "Turkish forces
                                # stationed near Ras al-Ain shelled", "جيش الاحتلال التركي المتمركز في محيط مدينة كري سبي قصف"
                                r"|^(?:\S+ ){0,3}?(?:stationed|deployed|based|positioned|entrenched) (?:in|at|on|near|around|along)"
                                r"(?: \S+){1,6}? (?:shelled|targeted|struck|bombed|pounded|fired|attacked)\b"
                                r"|^(?:\S+ ){0,3}?(?:ال)?(?:متمركز|متواجد|منتشر|مرابط)\S* (?:في|ب|علي|قرب|داخل)(?: \S+){1,6}? "
                                r"(?:قصفت|قصفوا|قصف|استهدفت|استهدفوا|استهدف|يقصفون|تقصف|يقصف)(?![^\s،,.])"
                                r"|^(?:\w+ ){0,2}?(?:clashed|fought|battled|opened fire|ambushed|stormed|executed"
                                r"|shot(?: dead| and (?:killed|wounded|injured))?)\b(?! by\b| down\b)"
                                # … or of killing, its object after it, a count or a determiner ("ISIS members killed 2
                                # shepherds", "killed a shepherd"; not a headline's passive, "2 SDF members killed in a
                                # drone strike", "2 PKK fighters killed according to local sources",
                                # "one ISIS emir killed per local sources")
                                r"|^(?:\w+ )?(?:killed|murdered) (?:\d+|an?|the|his|her|their|its|one|two|three|four|five"
                                r"|six|seven|eight|nine|ten|several|dozens)\b"
                                # the side that answered an attack by a strike of its own: "SNA factions responded by
                                # shelling SDF positions in X", "ردت الفصائل على الهجوم باستهداف مواقع قسد في قرية X" (not
                                # "returned fire", the side attacked: ACTOR_FIRED_BACK_AFTER)
                                r"|^(?:\w+ ){0,2}?(?:responded|retaliated|hit back)(?: to (?:the|this|that) \w+)? by "
                                r"(?:shelling|targeting|striking|bombing|attacking|pounding|firing)\b"
                                r"|^(?:\S+ ){0,2}?(?:ردت|رد|ردوا) علي (?:\S+ ){1,2}?[بو]?(?:استهداف|قصف)(?=\s|$)"
                                # and in English, where the word may be a noun ("SDF targets were hit",
                                # "ISIS attack on"), a verb has its object next: "Regime forces target Daraa"
                                r"|^(?:\w+ly )?(?:strikes?|targets?|bombs?|shells?|pounds?|hits|kills?|raids?|attacks?|fires"
                                r"|launch(?:es)?|executes?|drops?) (?!(?:were|was|are|is|have|has|had|in|on|of|near|at|and"
                                r"|or|for|from|to|which|that|who)\b)\w")
# (a side that backs the strike struck too: "backed by the coalition", "بإسناد من التحالف")
# ("sites used by X": X holds what was hit)
_HOLDS = "used operated run held controlled owned manned occupied frequented guarded inhabited".split()
ACTOR_STRUCK_BEFORE = compile_alternation(r"(?:\b%sby|carried out by|launched by|claimed by|attributed to|blamed on"
                                 # the verb with its object pronoun, its subject after: "قصف شنه عناصر من داعش"
                                 r"|(?:نفذه|نفذته|نفذها|نفذتها|شنه|شنته|شنها|شنتها|تبناه|تبنته|تبناها|تبنتها"
                                 # … and the weapon's launcher: "مسيّرة انتحارية أطلقتها ميليشيا قسد"
                                 r"|اطلقه|اطلقته|اطلقها|اطلقتها|اطلقوها"
                                 # … and the bomb's planter: "عبوة ناسفة زرعتها خلية تابعة لتنظيم داعش"
                                 r"|زرعه|زرعته|زرعها|زرعتها|زرعوها|فجره|فجرته|فجرها|فجرتها)"
                                 r"(?: (?:عناصر|مقاتلو|مسلحو) من| (?:خليه|خلايا)(?: تابعه)? ل)?"
                                 r"|with (?:the )?(?:air )?support (?:of|from)|in coordination with|باسناد من|بدعم من"
                                 # a partner in the act: "in conjunction with coalition helicopters", "بالاشتراك مع مروحيات
                                 # التحالف" (the partner's aircraft one word between; of a clash, only its support)
                                 r"|in conjunction with|jointly with|باشتراك مع|بتعاون مع"
                                 # whose bullets killed: "قتل شاب برصاص حرس الحدود التركي"
                                 r"|(?<!\S)برصاص"
                                 # where the fire came from: "قصف مصدره مواقع X", "انطلق القصف من مواقع X"
                                 r"|(?:مصدره|مصدرها|انطلق \S+ من|انطلقت \S+ من|انطلق من|انطلقت من) (?:مواقع|مناطق|نقاط)"
                                 # … said with no verb as in English: "فات صاروخ على بيت … من مواقع مرتزقة تركيا"
                                 r"|(?<!\S)و?من (?:مواقع|نقاط)"
                                 # (or with no verb: "shells hit X, east of the town, from positions of the Turkish
                                 # army"; "fired from areas under the control of Syrian government forces")
                                 r"|\bfrom (?:the |their |its )?(?:positions|posts|bases|areas|territory)"
                                 r" (?:of|held by|controlled by|under (?:the )?control of)"
                                 r"|بمسانده من|بتنسيق مع|منسوبه ل|نسبت (?:الي|ل)|تنسب (?:الي|ل)|يرجح انها ل|يعتقد انها ل"
                                 # (the aircraft's, not a target's: "بطائرة مسيرة، يرجح أنها تابعة للقوات الأمريكية", not
                                 # "مواقع يعتقد أنها تابعة لحزب العمال")
                                 # ("بطائرة مسيرة، على الأرجح تابعة للتحالف")
                                 r"|(?:طاير\S*|مسير\S*|طيران|مقاتلات|مروحي\S*)(?: \S+)? ?[،,]? (?:(?:يرجح|يعتقد) انها|علي ارجح) تابعه ل"
                                 # the aircraft's owner, hedged or not: "a drone, most likely belonging to the coalition,
                                 # targeted", "aircraft believed to belong to the US-led coalition"
                                 r"|(?:drones?|aircraft|warplanes?|jets?|helicopters?|planes?),? (?:(?:most |very )?(?:likely"
                                 r"|probably|possibly|reportedly|apparently|allegedly) )?(?:belonging|belonged|belongs) to"
                                 r"|(?:believed|thought|suspected|said|reported) to (?:belong|have belonged) to"
                                 # the subject after a verb of carrying out: "نفذت طائرات القوة الجوية", "شن الطيران الروسي"
                                 # and a claim's: "وتبنت «المقاومة الإسلامية في العراق» الهجوم"
                                 r"|(?:^|\s)و?(?:نفذت|نفذ|شنت|شن|اطلقت|اطلق|تبنت|تبني)(?: (?:طايرات|طايره|طيران|مقاتلات|مسيرات|مسيره|قوات))?"
                                 r"|(?<!\S)(?:غاره|غارات|ضربه|ضربات|قصف|طيران|طايرات|مسيره|مسيرات)(?: \w+(?:ي|يه)| تابعه)? ل)(?: the| an?)?"
                                 # (not a verb's -ing: "responded by shelling SDF positions" names the side struck)
                                 r"(?: (?!\w+ing )\w+)? ?$"
                                 % "".join(f"(?<!{word} )" for word in _HOLDS))
# A strike's verbal noun with the side named right after it and the target after the side: the side is the noun's
# subject, the side that struck ("باستهداف قسد نقطة للجيش", "جراء قصف قوات النظام منازل في البلدة"); without a target
# after it the side is the noun's object, the side struck ("باستهداف قسد"). Folded text before the name, after it.
MASDAR_BEFORE = re.compile(r"(?:^|\s)[بو]?(?:استهداف|قصف) $")
MASDAR_OBJECT_AFTER = re.compile(r"^(?:نقطه|نقاط|موقعا?|مواقع|حاجزا?|حواجز|سياره|عجله|منزلا?|منازل|مقرا?|مقرات|رتلا?"
                                 r"|دوريه|قاعده|تجمعا?|مستودعا?)(?=\s|$)")
# An Arabic sentence that opens with its strike verb names the side that struck right after it (the
# subject of verb-first Arabic: "استهدفت الفصائل الموالية لإيران قاعدة خراب الجير", "قصفت فجر اليوم القوات
# التركية قرى …"); after a subject the same verb's object is the side struck ("مسيرة تركية استهدفت قسد").
# Matched against the folded words from the sentence's start to the name. (A connective or source may stand before the
# verb, up to its comma: "وفي سياق متصل، قصفت القوات التركية بالمدفعية قرى …", "وبحسب المرصد، استهدفت مسيرة …".)
ACTOR_AFTER_OPENING_VERB = re.compile(r"^(?:[وف]?(?:في|من|الي|بعد|عقب|خلال|علي|وسط|بحسب|حسب|وفقا|بتزامن|كذلك)"
                                      r"(?: \S+){0,4}? ?[،,] ?)?"
                                      r"[وف]?(?:استهدفت|استهدف|قصفت|قصف|هاجمت|هاجم|ضربت|ضرب)"
                                      r"(?: (?:فجر|صباح|مساء|ظهر|ظهيره|ليل|ليله|عصر|يوم|امس|اثنين|ثلاثاء|اربعاء"
                                      r"|خميس|جمعه|سبت|احد))* ?$")
# What joins two sides that struck together (folded text between the names): "Turkish forces and allied SNA
# factions shelled …", "the army and the allied tribal fighters", "Turkish forces and the factions of the SNA they
# back", "قوات النظام والميليشيات الموالية لها"
# (quotes are no words: 'القوات التركية وفصائل "الجيش الوطني"', and the Arabic names the group after "و": "وفصائل X",
# "ومرتزقة ما يسمى X")
# (past the first side's short name in brackets and its men: "Syrian National Army (SNA) factions and the Turkish army")
JOINED_STRIKER = re.compile(r"^(?:\([^()]{1,30}\) |\) )?(?:(?:factions|fighters|forces|troops|militias|militiamen|units|groups"
                            # (an adjective of the first name between: "قوات التحالف الدولي وقوات سوريا الديمقراطية")
                            r"|mercenaries) )?(?:[\u0621-\u064a]+(?:ي|يه) )?(?:and|و)(?: (?:the|its|their|allied|affiliated|loyal|proxy|[a-z]+ backed"
                            r"|(?:factions|fighters) of))* ?$"
                            r"|^و(?:فصايل|ميليشيات|مليشيات|مرتزقه|قوات|عناصر)(?: ما (?:يسمي|تسمي))? ?$")
ACTOR_HIT_BEFORE = compile_alternation(r"(?:\bon|against|targeting|targeted|at|hit|struck|killing|killed|wounding|injuring|neutrali[sz](?:ed|ing)"
                              # a headline's present tense: "Coalition jets pound X", "مسيرة تركية تستهدف X" (not
                              # "target": "operations that Ankara says target the PKK" states a policy, not a strike)
                              r"|\b(?:strike|strikes|bombs?|shells?|pounds?|hits|raids?|kills?)"
                              # … and the post's past tense: "helicopters pounded ISIS remnants", "shelled SDF positions"
                              r"|\b(?:pounded|shelled|bombed|bombarded|raided)"
                              r"|تستهدف|يستهدف|تقصف|يقصف"
                              r"|members? of|fighters? of|positions? of|commanders? of|affiliated with|belonging to|linked to"
                              # the dead counted "of" their sides, each side joined by "and" ("kill more than 340 of
                              # the regime and the Islamic State", "مقتل 30 من قوات النظام وتنظيم الدولة"): the sides
                              # struck, neither struck anyone
                              r"|\b(?:kill|wound|injur)\w* (?:(?:more than|at least|about|around|nearly|over|up to) )?"
                              r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|tens|dozens|scores|hundreds|many|some"
                              r"|several|most|all) of(?:(?: the)?(?: [\w-]+){1,3} and)?"
                              # (the count's words only: "مقتل مدنيين بقصف من قوات النظام" names the striker)
                              r"|(?:مقتل|مصرع|اصابه|جرح)(?: (?!ب|جراء|اثر|نتيجه)\S+){0,3} من(?:(?: \S+){1,3} و)?"
                              # the cells of a group: "مقتل عنصرين من خلايا تنظيم الدولة"
                              r"|من (?:خلايا|خليه)"
                              # whose the target was: "the depot belonged to Kataib Hezbollah"
                              r"|belong(?:ed|s) to"
                              # the unit struck is part of it: "the Raqqa Military Council, part of the SDF"
                              r"|part of"
                              # the striker's claim names them: "حيدت إرهابيين اثنين من حزب العمال"
                              r"|(?:ارهابي|ارهابيا|ارهابيين|ارهابيون|مسلحين|مسلحا)(?: \S+)? من"
                              r"|ضد|علي|استهدف|استهدفت|استهداف|مواقع|موقع(?! (?:مع|بين))|عناصر|عنصر|عنصرا|عنصران|عنصرين|مقاتلي|مقاتلين|مقاتلان|قيادي|قياديا|مقر|مقرات"
                              # (a post of theirs among the targets: "a weapons depot and a command post of the militias")
                              # (… or what its men drive: "a pickup of the Sinjar Resistance Units", "دراجة لقسد")
                              r"|(?:depots?|warehouses?|convoys?|headquarters|weapons|posts?|outposts?|bases?|checkpoints?|vehicles?"
                              # (… or where its members live or work: "a camp of the KDPI in Degala", "an office of PAK")
                              r"|cars?|pickups?|trucks?|motorcycles?|camps?|offices?) of|دراجه"
                              # (… in Kurmanji, the thing the side owns before its ezafe: "wesayîteke leşkerî ya QSD",
                              # "xaleke Asayîşê", "navenda YPG": the vehicle, checkpoint, centre of it; folded)
                              r"|\b(?:wesayit|erebe|xal|navend|mewzi|bingeh|baregeh)\w*(?: leskeri)?(?: y?(?:a|e|en))?"
                              r"|رتل|رتلا|ارتال"
                              # a target belonging to it: "دمرت 11 هدفاً لمنظمة بي كي كي", "targets of the PKK"
                              r"|هدف|هدفا|اهداف|targets? of"
                              # the base struck "that houses" them: "قاعدة حرير التي تضم قوات أمريكية", "a base hosting"
                              r"|تضم|يضم|تستضيف|يستضيف|housing|hosting|houses|hosts"
                              # … or named by their adjective: "قاعدة زليكان التركية", "قاعدة عين الأسد الأمريكية"
                              r"|(?:ال)?قاعده(?: \S+){0,2}"
                              # … or where they are stationed: "في محيط حقل العمر، حيث تتمركز قوات التحالف"
                              r"|(?:تتمركز|يتمركز|تتواجد|يتواجد|تنتشر|ينتشر)(?: (?:فيه|فيها|بها|به))?"
                              r"|(?:%s) by" % "|".join(_HOLDS) +
                              r"|hideouts? of|اوكار|اوكارا|وكر|وكرا|مخابي|مخبا|مضافه|مضافات|انفاق"   # (the accusative: "وكراً لداعش")
                              # the toll's noun before the group it names: "مقتل ٣ دواعش", "مصرع عنصرين"
                              r"|مقتل|مصرع"
                              # Iraqi "vehicle": "ضربت عجلة لليبشة"
                              r"|عجله|عجلات"
                              r"|نقطه|نقاط|تابع|تابعه|تابعين|سياره|اليات|يات|مستودع|مستودعات|مخزن|مخازن|اسلحه|ذخاير"
                              # a checkpoint of X ("عند حاجز لقسد", Iraqi "عالسيطرة مال الحشد"): X was hit
                              r"|حاجز|حاجزا|حواجز|(?<!مناطق )(?<!منطقه )(?<!تحت )(?:عال|ال)?سيطره"   # (not "مناطق سيطرة X": X holds them)
                              # a named checkpoint of X: "حاجز الجرنية لقوات سوريا الديمقراطية", "حاجز عسكري لقوات النظام"
                              r"|حاجز \S+(?: \S+)? ل"
                              r"|شحنه|شحنات|تجمع|تجمعات|مقرا|موقعا|مستودعا|مخزنا|تجمعا)(?: the| an?| an? \w+)?"
                              # (the side described by who leads or backs it: "members of the Kurdish-led internal
                              # security forces", "positions of the Iran-backed Kataib Hezbollah")
                              # (the patron's initials too: "a checkpoint of the U.S.-backed SDF")
                              r"(?: (?:u\.s\.|\w+) (?:led|backed|aligned|allied))?(?: \w+)?"
                              # the group's own noun before its name: "قُتل عنصران من تنظيم «الدولة الإسلامية»"; the
                              # Iraqi statements' "gangs": "وكراً لبقايا عصابات داعش الإرهابية"
                              r"(?: (?:تنظيم|جماعه|حركه|عصابات|عصابه))? ?$")
# A post's passive headline: the side's target, then the bare participle ending the clause ("SDF checkpoint hit, 1
# killed", "PMF truck targeted near Al-Qaim", 'YBŞ "targets" hit in Sinjar'): that side was struck ("SDF fighters hit a
# car" struck it)
ACTOR_TARGET_HIT_AFTER = re.compile(r"^(?:\w+ )?(?:positions?|checkpoints?|outposts?|vehicles?|cars?|trucks?|convoys?|patrols?"
                                    r"|bases?|posts?|headquarters|hqs?|depots?|warehouses?|sites?|gatherings?|pickups?|targets?)"
                                    r" (?:hit|struck|targeted|shelled|bombed)(?= *(?:[,.;:!–-]|$|near\b|in\b|at\b|on\b|by\b))")
# The side whose dead a passive toll names, whoever tells it ("the Turkish MoD said that 3 PKK militants were
# neutralised"): the side struck
ACTOR_LOST_AFTER = re.compile(r"^(?:\w+ )?(?:were|was|had been|have been|has been) (?:all )?"
                              r"(?:killed|neutrali[sz]ed|wounded|injured|eliminated)\b")
# A side that returned the fire was the side attacked, not the attacker ("gunmen attacked a Peshmerga checkpoint …;
# the Peshmerga returned fire", "the SDF fired back"): the side struck (folded text after the name)
ACTOR_FIRED_BACK_AFTER = re.compile(r"^(?:\w+ )?(?:returned (?:the )?fire|fired back|responded with fire)\b")
# The sides of a clash one of which "came under" the other's fire: the first attacked, the second the attacker ("a
# Turkish convoy came under PKK fire …; the soldiers returned fire"; folded text between the names, and after the second)
CAME_UNDER_BETWEEN = re.compile(r"^(?:\w+ ){0,2}?(?:came|comes|come|coming) under(?: the)?$")
UNDER_FIRE_AFTER = re.compile(r"^(?:\w+ )?(?:fire|gunfire|attacks?|shelling|bombardment)\b")
# What a sentence says of every strike the article reports, whichever it is told beside (folded): "no indication that
# any civilians were injured in either strike", "in both raids", "في أي من الضربتين", "في كلتا الغارتين"
EVERY_STRIKE = compile_alternation(r"\b(?:in|from|during|by) (?:either|both|any|all|each) (?:of (?:the )?)?(?:two )?"
                                   r"(?:strikes?|raids?|attacks?|airstrikes?)\b"
                                   r"|(?:في|خلال|جراء) (?:اي من|كلتا|كلا) (?:ضربتين|غارتين|هجومين|قصفين)")
# A strike's own clause that names its victims as civilians, naming no side ("a second strike wounded a civilian
# near Ratla", "ما أسفر عن إصابة مدني يعمل في الزراعة", "killing two children", "the dead were villagers"): it struck no armed side, whatever
# the article's other sentences say of another strike, a mourning statement or a campaign (folded text). (A shepherd
# or a farmer is not said to be no fighter: the striker's claim of whom it "neutralised" may still name his side.)
CIVILIAN_VICTIMS = compile_alternation(
    r"\b(?:kill\w*|wound\w*|injur\w*|hurt\w*) (?:\w+ ){0,2}?(?:civilians?|children|child|boys?|girls?|wom[ae]n"
    r"|shepherds?|farmers?|villagers?)\b"
    r"|\bcivilians? (?:\w+ ){0,2}?(?:was|were) (?:killed|wounded|injured|hurt)\b"
    # … or by a civilian trade ("Three truffle hunters were killed", "struck two vehicles carrying smugglers", "عجلة تقل
    # مهربين"): shepherds, truffle hunters and smugglers are no armed side to the codebook (an Arabic "راعٍ" not yet:
    # test_actorsar_kinds has the striker's later claim name his side)
    r"|\b(?:truffle (?:hunters?|gatherers?|pickers?|collectors?)|shepherds?|smugglers?) (?:\w+ ){0,2}?(?:was |were )?"
    r"(?:killed|wounded|injured|hurt|hit|struck|targeted)\b"
    r"|\b(?:kill\w*|wound\w*|injur\w*|hit|hitting|struck|striking|targeted|targeting) (?:\w+ ){0,4}?"
    r"(?:truffle (?:hunters?|gatherers?|pickers?|collectors?)|smugglers?)\b"
    r"|(?:^|\s)(?:اصابه|مقتل|اصيب|قتل|استشهاد|استشهد|مصرع|استهدفت|استهداف|تقل|يقل|تنقل|ينقل)(?: \S+){0,2} (?:مهرب|مهربين"
    r"|مهربان|مهربا|جامعي كماه|جامعي فطر|باحثين عن كماه)(?=\s|[.,،؛]|$)"
    # what the dead were, said after the strike: "all of the dead were civilians", "these were ordinary villagers",
    # "مشيراً إلى أن الاثنين من أهالي القرية", "القتلى هم من المدنيين" (the dead's side in DEAD_OF_BEFORE's words)
    r"|\b(?:dead|killed|victims|men|both|they|these|those|two|three|four|five) (?:\w+ ){0,2}?(?:were|was|are) (?:all )?"
    r"(?:(?!not\b)\w+ )?(?:civilians?|villagers?|shepherds?|farmers?|beekeepers?|residents)\b"
    r"|(?:^|\s)(?:هم|هما|كانوا|كانا|اثنين|ثلاثه|جميعهم|كلاهما)(?: جميعا)? (?:من )?(?:مدنيين|مدنيون|مدنيان|اهالي|سكان|رعاه)(?=\s|[.,،؛]|$)"
    # … the victims or the dead named so: "أكدت قسد أن الضحايا مدنيون", "أن القتيلين لاجئان مدنيان"
    r"|(?:^|\s)(?:ضحايا|ضحيتين|ضحيتان|قتلي|قتيلين|قتيلان)(?: \S+)? (?:مدنيين|مدنيون|مدنيان)(?=\s|[.,،؛]|$)"
    r"|(?:^|\s)(?:اصابه|مقتل|اصيب|اصيبت|قتل|قتلت|استشهاد|استشهد|جرح|مصرع)(?: \S+)? (?:مدني|مدنيين|مدنيان|مدنيا|مدنيه"
    r"|طفل|اطفال|طفلين|طفلان|امراه)(?=\s|[.,،؛]|$)"
    # … or a civilian facility it hit: "another strike hit a power station near Qamishli", "استهدفت محطة كهرباء"
    r"|\b(?:hit|hitting|struck|striking|targeted|targeting|destroyed|damaged) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:(?:power|electricity"
    r"|water|pumping|gas|grain) (?:station|plant|facility)|bakery|hospital|school|mill|silos?)\b"
    r"|(?:^|\s)[وف]?(?:استهدفت|استهدف|استهداف|طالت|طال|قصفت|قصف|ضربت|اصابت) (?:\S+ ){0,2}?(?:محطه (?:كهرباء|مياه|تحويل|ضخ|غاز)"
    r"|فرن|فرنا|مشفي|مستشفي|مدرسه|مطحنه|صوامع)(?=\s|[.,،؛]|$)")
# A name for many groups (``actors`` terms) and the groups it covers: a strike's sentences that name one of them
# struck ("killing two members of Kataib Hezbollah", "Kataib Hezbollah said two of its members were among those
# killed") say which of them was the side struck (ACLED codes the group named).
UMBRELLA_GROUPS = {"Iran-backed militias": frozenset({
    "Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada", "Asaib Ahl al-Haq", "Badr Organization",
    "Saraya Awliya al-Dam", "Fatemiyoun", "Zainabiyoun", "Hezbollah"})}
# ... but whom the striker or its media say a man killed was one of is the side struck (ACLED codes the side the report
# names; a building "claimed was a Mossad headquarters" is only what the striker says it hit): "killing a man Turkish
# media described as a PKK member", "two men the army said were IS militants"
# The side that left or laid old ordnance that went off, named before it ("a landmine left behind by ISIS", "لغم أرضي من
# مخلفات تنظيم داعش", "عبوة زرعها عناصر داعش"): the IED's actor1, though nobody struck now (folded, before the name).
LAID_BY_BEFORE = compile_alternation(r"\b(?:left(?: behind)?|planted|laid) by (?:the )?$"
                                     r"|(?:^|\s)(?:من )?(?:مخلفات|بقايا|زرعها|زرعه|زرعتها|زرعته|خلفها|خلفه|تركها|تركه)"
                                     r"(?: (?:عناصر|مسلحو|مسلحي|خلايا))? $")
# The base an aircraft took off from, its holder named by the base ("warplanes that took off from the Hmeimim air base",
# "مسيرة انطلقت من قاعدة إنجرليك") or after it ("launched from Ain al-Asad air base, which hosts U.S. forces", "where
# coalition troops are stationed", "انطلقت من قاعدة عين الأسد التي تتمركز فيها قوات التحالف"): that side struck, and the
# base is no place of the strike (folded, before the name; a launch site of rockets alike: "rockets launched from X").
LAUNCHED_FROM_BEFORE = compile_alternation(
    r"\b(?:took off|taking off|launched|flown|flew) from (?:the |an? )?"
    r"(?:[^,.;]{1,50}?,? (?:which|that) (?:hosts?|houses?) (?:the )?|[^,.;]{1,50}?,? where (?:the )?)?$"
    r"|(?:^|\s)(?:انطلقت|انطلق|انطلقتا|اقلعت|اقلع|اقلعتا|منطلقه|تنطلق|ينطلق) من (?:قاعده |مطار )?"
    r"(?:[^،.]{1,50}? (?:تي|ذي|حيث) (?:تتمركز|يتمركز|تنتشر|ينتشر|توجد|يوجد|تستضيف|يستضيف|تضم|يضم)(?: فيها| فيه| بها| به)? )?$")
# … and the troops a base hosts, when no aircraft took off from it (LAUNCHED_FROM_BEFORE first): "a drone struck near Harir
# air base, which hosts US and coalition troops", "قاعدة عين الأسد التي تتمركز فيها قوات التحالف": the side struck there.
HOSTED_BEFORE = compile_alternation(r"\b(?:which|that) (?:hosts?|houses?) (?:the )?(?:\w+ (?:and|or) )?$"
                                    r"|(?:^|\s)(?:تي|ذي|حيث) (?:تتمركز|يتمركز|تنتشر|ينتشر|توجد|يوجد|تستضيف|يستضيف|تضم|يضم)"
                                    r"(?: فيها| فيه| بها| به)? $")
DESCRIBED_AS_BEFORE = re.compile(r"\b(?:claimed|claims|said|alleged|described) (?:was|were|to be|is|as)(?: an?| the)? $"
                                 # (Arabic: the member's word before the name, "وُصف بأنه عضو في حزب العمال", "يوصف بأنه قيادي
                                 # في", "وصفته مصادر بأنه عنصر في", "قيل إنه مقاتل في صفوف")
                                 r"|(?:^|\s)(?:وصف|وصفت|يوصف|وصفته|وصفتهم|وصفوه|وصفهم|قيل|يقال)(?: \S+){0,2}? (?:بانه|بانها|بانهم|انه|انها|انهم)"
                                 r" (?:احد |من )?(?:عضو|عضوا|اعضاء|عنصر|عنصرا|عناصر|مقاتل|مقاتلا|مقاتلي|قيادي|قياديا|قياديين)"
                                 r"(?: (?:في|ب)(?: صفوف)?)? ?$")
PERSON_OF_AFTER = re.compile(r"^(?:\w+ )?(?:members?|fighters?|militants?|commanders?|cadres?|operatives?|leaders?"
                             r"|officials?|emirs?|terrorists?|militiam[ae]n|elements?)\b")
ACTOR_HIT_AFTER = re.compile(r"^(?:\w+ ){0,1}?(?:positions?|fighters?|members?|militants?|vehicles?|commanders?|targets?"
                             r"|sites?|headquarters|bases?|hideouts?|cells?|convoys?|operatives?|leaders?|officials?|emirs?|amirs?"
                             r"|checkpoints?|outposts?|depots?|troops|soldiers|patrol|hqs?|militiam[ae]n|warehouses?"
                             r"|weapons|gatherings?|farms?|workshops?|trucks?|cars?|shelters?|caves?|tunnels?|camps?"
                             # (a post's "3 ISIS suspects killed": members the striker suspects, as "suspected ISIS members")
                             r"|suspects?)\b"
                             # "US forces are stationed at the base": the base's garrison was struck
                             r"|^(?:are|is|were|was) (?:stationed|based|deployed) (?:at|in) (?:the|this|that) "
                             r"(?:base|camp|airport|airbase|facility)\b"
                             # … or stationed where the strike just landed: "near X base where coalition forces are
                             # stationed." (their station named by nothing after it: "US forces are stationed in Syria" is not)
                             r"|^(?:forces |troops )?(?:are|is|were|was) (?:stationed|based|deployed)(?: there)?(?=\s*(?:[.,;،]|$))")
# A side whose members, however far the verb, "were neutralised" or killed is the side struck, not the striker
# ("Five PKK terrorists detected in the Hakurk region of northern Iraq were neutralised", Turkey's defence ministry's
# wording; "ISIS members hiding in the caves were killed"): its members' noun right after its name, no verb between
# (folded text after the name, to the sentence's end)
ACTOR_NEUTRALISED_AFTER = re.compile(r"^(?:\w+ )?(?:terrorists?|members?|militants?|fighters?|elements?|operatives?|insurgents?)"
                                     r"(?: (?!(?:and|or|who|which|that|killed|struck|attacked|hit|targeted)\b)\S+){0,10}? "
                                     r"(?:were|was|have been|has been|had been) (?:\w+ )?(?:neutrali[sz]ed|killed|eliminated)\b")

# The two sides of a clash (folded text): "X clashed with Y", "اشتبكت قوات X مع Y" (X the side
# that clashed, Y the other), "Y were killed in clashes with X", "مقتل عناصر من Y خلال اشتباكات مع
# قطعات X" (X the side that struck, Y the side that lost), "clashes with its fighters" (the
# speaker's own side); an aircraft "in conjunction with" the clash supported it, no side.
CLASH_WITH_BEFORE = re.compile(r"(?:\bclash\w*|\bfighting|\bfought|\bbattles?|\bbattled|اشتباك\w*|اشتبك\w*|معارك|مواجهات)"
                               r" (?:with|مع)(?: (?!the\b)\S+){0,2}(?: the)? $"
                               r"|(?:^|\s)و?(?:اشتبكت|اشتبك)(?: \S+){1,4} مع(?: \S+){0,2} $")   # the verb before its subject
CLASH_WITH_OWN = re.compile(r"\b(?:clash\w*|fighting|fought|battles?) with (?:its|their|our) "
                            r"|(?:اشتباك\w*|اشتبك\w*|معارك|مواجهات) مع (?:مقاتلي|عناصر|قوات|وحدات)(?:ها|ه|هم|نا)\b")
CLASH_LATER = re.compile(r"^(?:\S+ ){0,8}?\S{0,2}(?:clash|fighting|fought|battle|اشتباك|اشتبك|معارك|مواجهات)")
# (past the support named between it and its verb: "SDF fighters backed by coalition helicopters clashed with")
CLASH_SUBJECT_AFTER = re.compile(r"^(?:(?!were |was |had been |killed )\S+ ){0,4}?"
                                 rf"(?:(?:{_SUPPORTED}) (?:\S+ ){{1,4}}?)?(?:clashed|fought|battled|engaged"
                                 r"|اشتبكت|اشتبكوا|اشتبك|خاضت|خاضوا)\b"   # "X said its troops clashed with"
                                 r"|^(?:clashes|battles|fights) (?:with|against)\b")   # a headline's present: "IS clashes with"
# A side that supports a clash is none of its sides: "Iraqi army forces, supported by the Iraqi air force, clashed
# with IS", "القوات الأمنية وبإسناد من القوة الجوية تشتبك مع داعش"
# (its one aircraft too: "PMF fighters, supported by an Iraqi army drone, clashed")
CLASH_SUPPORT_BEFORE = compile_alternation(rf"(?:{_SUPPORTED})(?: the| an?)? ?$")
# … or its aircraft between: "supported by helicopters of the coalition", "بالاشتراك مع مروحيات التحالف" (of a clash, the
# support; of a strike, the aircraft that struck)
CLASH_SUPPORT_AIRCRAFT_BEFORE = re.compile(rf"(?:{_SUPPORTED})(?: the)? (?:helicopters|jets|warplanes|aircraft|drones|air ?strikes|مروحيات"
                                           r"|طيران|طايرات|مسيرات)(?: of(?: the)?)? ?$")
# (and set off by commas between a side and its clash verb, which it does not part)
CLASH_SUPPORT_APART = re.compile(rf",? (?:{_SUPPORTED}) [^,]{{1,60}},")
# … or named with what it does for one side: "with Turkish drones supporting the SNA", "with Turkish drones striking
# SDF positions during the fighting" (what follows the name)
CLASH_SUPPORTS_AFTER = re.compile(r"^(?:\S+ )?(?:supporting|backing|covering|in support of)\b"
                                  # (an aircraft's cover: "under Turkish drone cover")
                                  r"|^cover\b"
                                  r"|^(?:\S+ ){0,6}?(?:during|amid|throughout) the (?:fighting|clashes|battle)\b")
# "X and Y clashed": the two sides, each the other's (not "X and Y clashed with Z": one side)
# (the weapons they fought with are no third side: "SNA factions and the SDF clashed with heavy weapons")
_WITH_NO_WEAPONS = r"(?! with\b(?! (?:[\w-]+ ){0,2}?(?:weapons|arms|guns|machine-?guns|rifles|mortars|artillery|rockets|grenades|rpgs)\b))"
CLASH_PAIR_AFTER = re.compile(rf"^(?:\S+ ){{0,2}}?(?:clashed|fought|battled|exchanged|traded)\b{_WITH_NO_WEAPONS}"
                              r"|^(?:\S+ ){0,2}?(?:shelled|bombarded|targeted) (?:each other|one another)\b")
# "Asayish and unidentified gunmen exchanged fire": a side named first, its enemy unnamed (no actor: null), fought
# (a side's men named after it: "Iraqi army soldiers and YBS fighters exchanged fire")
_SIDE_MEN = "factions|forces|fighters|militants|members|troops|units|militiamen|soldiers"
CLASH_UNNAMED_AFTER = re.compile(rf"^(?:(?:{_SIDE_MEN}) )?and (?:\S+ ){{1,3}}?"
                                 rf"(?:clashed|fought|battled|exchanged|traded)\b{_WITH_NO_WEAPONS}")
# A side that clashed with itself (folded text after its name): "tribal fighters clashed with each other", "اشتبك
# مسلحون من العشائر فيما بينهم": both sides of the clash are that side
CLASH_EACH_OTHER_AFTER = re.compile(r"^(?:\S+ ){0,3}?(?:clashed|fought|battled|exchanged fire|traded fire)"
                                    r" (?:with )?(?:each other|one another|among themselves)\b"
                                    r"|^(?:\S+ ){0,3}?(?:فيما|في ما) (?:بينهم|بينها|بينهما)(?=\s|$)")
CLASH_PAIR_JOINED = re.compile(rf"^(?:(?:{_SIDE_MEN}) )?and(?: the)?$"
                               # (Arabic: "قسد ومسلحون", "قسد وخلية لداعش", "الأسايش وعناصر من حزب العمال")
                               r"|^و(?:(?:خليه|خلايا|عناصر|مسلحين|مسلحون|مقاتلين|مقاتلو|فصايل)(?: من| ل| تابعه ل)?)?$")
# "clashes between X and Y", "اشتباكات بين X وY": X the first side, Y the second
# (the weapons they were fought with may come between: "clashes with RPGs and mortar rounds broke out between X and Y")
CLASH_BETWEEN_BEFORE = re.compile(r"(?:\bclash\w*|\bfighting|\bbattles?|اشتباك\w*|معارك|مواجهات)"
                                  r"(?:(?: (?!between\b)[\w-]+){0,6}? (?:broke out|erupted|raged|took place|flared))? (?:between|بين)(?: the)? $")
# (the verb of an exchange of fire too: "تبادلت قوات الأسايش ومسلحون مجهولون إطلاق النار")
# The side that lost the ground a Battles note says was taken (``TERRITORY``): named after "from" or "held by"
# ("recaptured X from the SDF", "hills held by ISIS", "من قبضة داعش") or said to have withdrawn ("entered X after SDF fighters withdrew")
TERRITORY_LOST_BEFORE = re.compile(r"\b(?:from|(?:held|controlled) by) (?:the )?$|(?:^|\s)من (?:قبضه|سيطره|ايدي|يد) $")
TERRITORY_LOST_AFTER = re.compile(r"^(?:\S+ ){0,2}?(?:withdrew|had withdrawn|pulled out|retreated|انسحب\w*)\b")
CLASH_SUBJECT_BEFORE = re.compile(r"(?:^|\s)و?(?:اشتبكت|اشتبك|خاضت|خاض|تبادلت|تبادل)(?: \S+)? $")

# A sentence that opens with what observers or analysts think (folded) is commentary: the sides it names ("hostility
# against the SDF") are neither who struck nor who was struck ("ويرى مراقبون أن تكرار الضربات …", "Analysts say the strikes …").
ANALYSTS_VIEW = re.compile(r"^(?:و|ف)?(?:يري|تري|يعتبر|يعتقد|يقول) (?:\S+ )?(?:مراقبون|مراقبين|محللون|محللين|خبراء|متابعون|متابعين)\b"
                           r"|^(?:some |many )?(?:analysts|observers|experts) (?:\w+ )?(?:say|believe|argue|think|see|warn)\b",
                           re.IGNORECASE)
# A side that claims the strike, named after its sentence's striker is said to be unknown: "the
# IDF claimed responsibility", "تبنت X الهجوم" (a side that only "has carried out strikes in the
# area" is a habit, no claim).
STRIKE_CLAIMED_AFTER = re.compile(r"^(?:\S+ ){0,2}?(?:claimed|claims|admitted|تبنت|تبني|اعلنت مسووليتها)\b")

# Strike constructions (folded text): the wording that makes a generic strike word ("قصف",
# "struck", 0.5) or a bare aircraft ("drones", "الطيران") a strike by itself, as local posts
# write one with no toll. A state's adjective governs a strike noun ("قصف تركي على محيط
# بلدة", "Turkish strikes on"); an aircraft (a match of the strike or actors watchlist that
# names one) is the subject of a strike verb, verb first or after it ("قصفت مسيرة تركية",
# "مسيرة تركية تستهدف", "الطيران العراقي دمر", "Iraqi F-16s destroyed"); a strike noun is an
# aircraft's, possessive لـ ("بقصف لمسيرة تركية").
_STATE_ARABIC = "|".join(sorted((word for word in ACTOR_ADJECTIVES if not word.isascii()), key=len, reverse=True))
_STATE_LATIN = "|".join(sorted((word for word in ACTOR_ADJECTIVES if word.isascii()), key=len, reverse=True))
# (Arabizi's adjective after its noun too: "qasf torki"; an English adjective after a verb is its object's, "hit Turkish posts")
STATE_AFTER_STRIKE = re.compile(rf"^ (?:{_STATE_ARABIC}|{'|'.join(ARABIZI_ADJECTIVES)})\b")   # "قصف تركي", "qasf torki"
STATE_BEFORE_STRIKE = re.compile(rf"\b(?:{_STATE_LATIN}) $")           # "Turkish strikes"
# in English only as a noun, what follows says so ("US strikes on", not "US strikes deal")
STRIKE_NOUN_AFTER = re.compile(r"^ (?:on|against|in|near|at|across|targeting|that|which|hit|killed|wounded|struck)\b")
# between an Arabic strike word and the aircraft after it: nothing, or the possessive لـ
# ("قصفت مسيرة", "قصف لمسيرة"; after an English verb the aircraft is what was hit)
AIRCRAFT_AFTER_GAP = re.compile(r"^ ?[لب]?$")
# between the aircraft and its strike verb: at most two words of its own, not a passive's
# auxiliary ("drones were hit"), nor the cover it gave another's raid ("helicopters covered the raid")
AIRCRAFT_BEFORE_GAP = re.compile(r"^ ?(?:(?!was |were |been |is |are |being |covered |backed |supported |secured )\S+ ){0,2}$")
# between a side and the Arabic strike noun after it: the preposition "ب" alone makes the side the one hit ("مقتل عنصرين من
# العمال الكردستاني بقصف عجلة": killed by the bombardment), unless a verb of doing before the side makes it the agent
# (``DOING_BEFORE``: "قامت قوات النظام بقصف البلدة", "استهدفت قوات النظام بقصف أطراف البلدة"), or one accusing it
# ("قسد تتهم تركيا بقصف مدرسة")
BY_STRIKE_GAP = re.compile(r"^ ?ب$")
DOING_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:قام|قامت|قاموا|يقوم|تقوم|يقومون|استهدف|استهدفت|يستهدف|تستهدف"
                          r"|اتهم|اتهمت|يتهم|تتهم)\s*$")
# the Arabic strike verb of a bombardment (folded, "قصفت", "يقصف", a side named by its men "يقصفون"): a ground side
# doing it shells (GROUND_SIDES)
BOMBARD = re.compile(r"^[وف]?[يت]?قصف(?:ت|وا|ون)?$")
# A state's ground arm as the agent of a bombardment (folded text around a generic strike term): its army, troops or bases
# shell ("قصفت القواعد العسكرية التركية أطراف القرى", "بقصف لجيش الاحتلال التركي", "the Turkish army bombarded the village",
# "bases in the area bombarded"): the codebook's Shelling/artillery/missile attack, unless an aircraft is named.
GROUND_ARM_AFTER = re.compile(r"^ (?:(?:ل|من )?(?:جيش|قواعد|قاعده|ربايا|جنود|مدفعيه)|(?:by|from) (?:the )?(?:\w+ )?(?:army|troops"
                              r"|soldiers|(?:military )?bases|outposts|artillery))\b")
GROUND_ARM_BEFORE = re.compile(r"(?:^|\s)(?:جيش|قواعد|قاعده|ربايا|جنود|army|troops|soldiers|bases|outposts)(?: \S+){0,4} $")
# … but the arm's aircraft are no ground arm: "Army helicopters bombard X", "army aviation bombarded", "طيران الجيش قصف"
ARM_AIRCRAFT = re.compile(r"\b(?:aviation|helicopters?|gunships?|jets?|warplanes?|aircraft|planes?|drones?)\b"
                          r"|(?:^|\s)[وبل]?(?:ال)?(?:طيران|طايره?|طايرات|مروحي\S*|مسير\S*)(?=\s|$)")
# what an aircraft subject did beside the generic strike verbs: destroyed something (a headline's
# present: "Iraqi F-16s destroy ISIS hideout")
AIRCRAFT_DESTROYED = re.compile(r"^(?: \S+){0,2}? (?:destroyed|destroys|destroy|destroying|دمر|دمرت|يدمر|تدمر)\b")
# an aircraft as the agent of a passive effect: a strike told by what it did ("a car blown up by a
# drone", "vehicle burnt out by an unknown drone"; folded text before the aircraft term)
AIRCRAFT_AGENT = re.compile(r"\b(?:hit|struck|targeted|bombed|blown up|blown apart|burnt out|burned out|burnt|burned"
                            r"|destroyed|set ablaze|set on fire|torched|wrecked) (?:\S+ )?by (?:an? |the )?(?:\S+ )?$")
# Capitalised words that begin a place name, a sentence or a clause, not a person's given name: before a name with
# its article they leave it a place ("Wadi al-Tharthar", "Tal al-Abyad", "In al-Bab"; places.looks_like_place, rule
# "nisba": "Hamza al-Ubaidi" is a person)
NOT_GIVEN_NAMES = (
    # the first words of place names
    "Kafr", "Kfar", "Tal", "Tall", "Tel", "Tell", "Til", "Ain", "Ein", "Ayn", "Deir", "Dayr", "Beit", "Bayt", "Khirbet",
    "Khirbat", "Umm", "Qasr", "Jisr", "Wadi", "Jabal", "Jebel", "Mount", "Ras", "Bab", "Hay", "Hai", "Souq", "Suq", "Bir",
    "Sheikh", "Shaykh", "Mazraat", "Qaryat", "Madinat", "Nahr", "Jazirat", "Sabkhat", "Qalat", "Ard", "Sahl", "Camp",
    "Lake", "Jurf", "Tuwaynah",
    # words that open a sentence or a clause, and directions
    "The", "A", "An", "In", "On", "At", "Of", "Near", "From", "And", "Or", "But", "By", "To", "For", "With", "After",
    "Before", "Since", "While", "When", "Then", "Both", "Also", "Outside", "Inside", "Around", "Across", "Along",
    "Eastern", "Western", "Northern", "Southern", "Central", "Upper", "Lower", "Old", "New", "Greater", "Rural",
)
# Adjectives of a people, a country or a faith (folded), which a report writes capitalised before a settlement word:
# "the eastern Syrian town of Gharanij", "the Kurdish village of X", "a Yazidi town": no unknown name of a place to
# look up by its spelling (places.find_tolerantly; "Syrian" is spelled as the village Sayranah)
NATIONALITY_ADJECTIVES = frozenset("""
    syrian iraqi turkish kurdish arab arabic assyrian yazidi ezidi christian armenian turkmen sunni shia shiite
    druze bedouin iranian american russian israeli jordanian lebanese
    """.split())
# A place named as the far side of a river or a border from where something happened ("a village across the
# Euphrates from the town of al-Mayadin", "opposite Al-Qaim", "مقابل مدينة القائم", "الضفة المقابلة لمدينة
# الميادين"): the area across from it, a reference point as "near X" is (places.NEAR: precision 2), never the place
# itself. Folded text before the name, the words after the cue in the patterns that use it.
# ("across" left out: the words of "the Euphrates from the town of" fill the window a name is looked back from; a
# headline's "across river from X" drops the article)
ACROSS_FROM = (r"\b(?:the|across) (?:border|river|euphrates|tigris|khabur|zab|lake|water) from|\bopposite"
               r"|(?:^|\s)[وفب]?(?:مقابل|قباله)\w*")

# A countryside, the rural area of a town or a governorate (folded): named anywhere in a sentence (COUNTRYSIDE: the
# countryside struck beside a finer strike is one more strike, "Jets bombed al-Bab and the Aleppo countryside", not a
# label); and a town named as the countryside a finer place lies in, the words before its name ("بريف ديرك
# الشمالي", "rural Hajin", its kind named or not: "بريف مدينة عامودا", "the countryside of the town of X") and after it
# ("in the Amuda countryside"): a reference, as a direction is, when its
# district's finer place is named beside it
COUNTRYSIDE = re.compile(r"countryside|\brural\b|ريف")
COUNTRYSIDE_OF = compile_alternation(r"(?:^|\s)[وفب]{0,2}ريف (?:مدينه |بلده |ناحيه )?$"
                            r"|\b(?:countryside of|rural)(?: the)?(?: town of| city of)? $")
COUNTRYSIDE_AFTER = re.compile(r"(?:['’]s)?\s+countryside\b", re.IGNORECASE)

# Districts governed from another governorate than the one the gazetteers (and ACLED) file them in: the Kurdistan
# Region governs Ninewa's Shikhan and Akre districts from Duhok, and Kurdish media write "(Shekhan, Duhok)", "Akre,
# Duhok"; Erbil's Makhmur is Ninewa's to Baghdad ("Makhmour, Nineveh"). (governorate, district) -> the other governorate
GOVERNED_FROM = {("Ninewa", "Shikhan"): "Duhok", ("Ninewa", "Akre"): "Duhok", ("Erbil", "Makhmur"): "Ninewa"}
