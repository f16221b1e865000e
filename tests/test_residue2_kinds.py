"""Kinds of wording of the residue of tests/fixtures/matching/articles_heldout_posts15.yaml and
articles_heldout_news16.yaml (issue 16): each rule on sentences of its own, not the fixtures', through ``analyse`` as the
daemon codes them."""

from __future__ import annotations

from functools import partial

import conftest


PUBLISHED = "2026-07-05T10:00:00Z"
facts = partial(conftest.facts, published=PUBLISHED)
coded = partial(conftest.coded, published=PUBLISHED)


def test_a_verbless_post_of_a_drone_on_what_it_hit_is_a_drone_strike(shipped):
    """"مسيرة تركية عالسيارة قرب …": a local post tells the strike with no verb, the drone, "على" (or the dialects'
    "ع"/"عال") and what it hit (vocabulary.VERBLESS_DRONE_STRIKE, watchlists.verbless_drone_strikes). A march, the
    other sense of "مسيرة", goes on foot, never onto a car."""
    assert coded("#عامودا 🚨 مسيرة تركية عالسيارة قرب عامودا .. ٣ جرحى",
                 shipped, "sub_event_type", "injured") == (True, [("Air/drone strike", 3)])
    assert coded("مسيرة على دراجة نارية قرب عامودا، قتيلان", shipped, "location", "fatalities") == (True, [("Amuda", 2)])
    assert coded("مسيرة تركية ع سيارة بريف عامودا .. قتيلان", shipped, "actor1") == (True, [("Turkish Armed Forces",)])
    assert coded("مسيرة على الأقدام في عامودا تضامناً مع المعتقلين", shipped)[0] is False


def test_a_hill_name_spelled_otherwise_is_the_regions_place_so_named(shipped):
    """"Tal Nasri", "Tel Baz", "Til Nasri": the hill (تل) that begins so many villages' names is written Tal, Tall, Tel,
    Tell or Til; a post naming no other place of the region finds the region's one place the gazetteer names with
    another of them (Tall Nasri, Tall Baz; places.hill_spellings)."""
    assert coded("Shelling on Tal Nasri, Assyrian village on the Khabur, by Turkish-backed factions. No casualties.",
                 shipped, "location", "admin1") == (True, [("Tall Nasri", "Al-Hasakah")])
    assert coded("Turkish drone hit a motorcycle near Tel Baz, one wounded", shipped, "location") == (True, [("Tall Baz",)])
    assert coded("Turkish shelling on Til Nasri this morning, two civilians wounded", shipped,
                 "location", "injured") == (True, [("Tall Nasri", 2)])


def test_each_line_of_a_numbered_list_is_a_strike_of_its_own(shipped):
    """"1. Hittin, a car hit, 2 killed" / "2. near Yunusiyah, no casualties" under "… in Derik countryside": a list's
    number opening its line ends no sentence (sentences._SENTENCE_END) and is no word before the line's head
    (places.at_line_head: "Hittin," heads it), and a line with a strike word of its own does not end the list
    (decision.listed_strikes: the next line, with no strike word, is a strike of the head's too)."""
    text = ("Two Turkish drone strikes in Derik countryside today:\n1. Hittin, a car hit, 2 killed\n"
            "2. near Yunusiyah, no casualties")
    assert facts(text, shipped, "location", "fatalities") == [("Hittin", 2), ("Yunusiyah", 0)]
    text = ("Two Turkish drone strikes in Qamishlo countryside today:\n1. Kurd Ahwal village – a car hit, 2 SDF fighters "
            "killed\n2. near Mahriqan – no casualties")
    assert facts(text, shipped, "location", "geo_precision") == [("Kurd Ahwal", 1), ("Mahriqan", 2)]
    text = "قصف تركي على ريف ديرك اليوم:\n١. قرية حطين، استهداف سيارة ومقتل شابين\n٢. قرب قرية يونسية، دون إصابات"
    assert facts(text, shipped, "location", "fatalities") == [("Hittin", 2), ("Yunusiyah", 0)]


def test_an_ordinal_before_the_first_figure_tells_which_strike_the_sentence_is(shipped):
    """"استهدفت مسيّرة ثانية منزلاً …، ما أدى إلى مقتل رجل …، فيما قال ناشطون إن الضربة أودت بحياة شخصين": "a second
    drone", "the second drone strike" before the sentence's first figure says which strike the sentence tells; its
    figures are two sources' for that strike (the lowest), not two strikes' to add up (events.sentence_toll). A second
    strike named after the first's figure still adds its own."""
    text = ("استهدفت مسيّرة ثانية منزلاً في قرية ونسة بريف دير الزور، ما أدى إلى مقتل رجل وإصابة زوجته وطفله، بحسب "
            "مصادر محلية، فيما قال ناشطون إن الضربة أودت بحياة شخصين.")
    assert facts(text, shipped, "fatalities", "injured") == [(1, 2)]
    text = ("The second drone strike hit a house in the village of Winsah in Deir ez-Zor countryside, killing a man, "
            "while activists said two people were killed.")
    assert facts(text, shipped, "fatalities") == [(1,)]
    text = "غارة أولى على قرية ونسة بريف دير الزور قتلت ثلاثة أشخاص، وغارة ثانية قتلت أربعة آخرين."
    assert facts(text, shipped, "fatalities") == [(7,)]


def test_the_attack_named_again_is_the_strike_before_it(shipped):
    """"… while activists said the attack killed two", "وأسفر الهجوم عن مقتل رجل": "the attack" with its article after
    another event word of the sentence tells that event again, no ground attack of its own to make a strike an Armed
    clash (decision.reported_terms, _named_again). Gunmen's attack named again stays their clash."""
    text = ("A strike hit a house in the village of Winsah in Deir ez-Zor countryside, killing a man, while activists "
            "said the attack killed two people.")
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])
    text = "استهدفت مسيّرة منزلاً في قرية ونسة بريف دير الزور، ما أدى إلى مقتل رجل، فيما قال ناشطون إن الهجوم أودى بحياة شخصين."
    assert coded(text, shipped, "sub_event_type") == (True, [("Air/drone strike",)])
    assert facts("قصف مجهول استهدف منزلاً في قرية ونسة بريف دير الزور، وأسفر الهجوم عن مقتل رجل.",
                 shipped, "sub_event_type") == [("Air/drone strike",)]
    assert facts("هاجم مسلحون حاجزاً لقسد في قرية ونسة بريف دير الزور، وأسفر الهجوم عن مقتل عنصرين.",
                 shipped, "sub_event_type") == [("Armed clash",)]


def test_a_bearing_and_a_governorates_city_after_a_comma_label_the_governorate(shipped):
    """"near Al-Mansoura, west Raqqa", "near Al-Hawaij, east Deir ez-Zor": a bearing and the city that names its
    governorate, labelling a place after its comma, is the governorate's part (as "rural west Raqqa" is:
    places.GOVERNORATE_BEFORE), no reference point of the city's district: the place before it is looked up in the
    whole governorate (Al Mansurah of Ath-Thawrah, Al Hawayij)."""
    assert facts("A Turkish drone struck a car near Al-Mansoura, west Raqqa. Two killed.", shipped,
                 "location", "admin1") == [("Al Mansurah", "Raqqa")]
    assert facts("SDF and Syrian army units exchanged heavy machine-gun fire near Al-Mansoura, west Raqqa, for an hour.",
                 shipped, "location", "sub_event_type") == [("Al Mansurah", "Armed clash")]
    assert facts("Artillery shelled farmland near Al-Hawaij, east Deir ez-Zor, wounding a shepherd.", shipped,
                 "location") == [("Al Hawayij",)]


def test_a_short_name_is_the_one_place_written_so_after_its_article(shipped):
    """"the village of Sawa" in Deir ez-Zor: a name of four letters, too short to look up by its consonants, is the one
    place of the governorates named that the gazetteer writes with the article before it (As Sawa;
    places._tolerant_place), not Erbil's Sawa, nor the governorate."""
    text = "A drone struck a car in Sawa village, Deir ez-Zor countryside, killing two."
    assert facts(text, shipped, "location", "admin1") == [("As Sawa", "Deir ez-Zor")]
    text = ("The clashes erupted near the village of Sawa on the eastern bank of the Euphrates in Deir ez-Zor, held by the "
            "SDF. Two fighters were killed.")
    assert facts(text, shipped, "location", "sub_event_type") == [("As Sawa", "Armed clash")]
