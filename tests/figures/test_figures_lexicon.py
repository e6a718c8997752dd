"""The figures stage's data files: each loads, follows its schema, and turns into the
lookup tables the stage uses."""

from importlib import resources

import pytest

from khabar.figures.lexicon import CAPTIVE, CATEGORIES, IF_CAPTIVE, Lexicon, load
from khabar.text.normalise import normalise_word

LEX = Lexicon()

FILES = {
    "numbers": {"units", "teen_first", "teen_second", "tens", "hundreds", "hundred_word", "scales",
                "fractions", "plural_fractions", "vague", "not_numbers", "not_number_clitics", "one_of", "one_of_pronouns", "one_more", "compound_ordinals", "digits", "bounds", "subject_bounds",
                "ranges", "percent",
                "currencies", "currency_signs", "ordinal_article"},
    "units": {"counted", "person_units", "event_genitive", "not_counts", "terms", "nisba", "sound_plural", "tamyiz",
              "partitive", "duals", "named_references", "once_idioms"},
    "categories": {"categories", "homographs", "provided", "not_events", "postponements", "rulings", "demands", "decisive", "context", "links"},
    "context": {"years", "times_of_day", "ages", "ids", "models", "scores", "phones", "clause_breaks", "clause_openers",
                "list_commas", "name_openers", "locatives", "sides", "breakdown_openers", "qualifier_prepositions", "qualifier_adjectives",
                "place_types", "rankings", "complements", "complement_links", "title_chains", "group_names", "name_numbers", "name_heads",
                "set_names", "quoted_names", "recipient_prepositions", "service_genitives", "among_one", "among_copulas", "headline_tolls",
                "resumptives", "singular_others", "elatives", "distributives"},
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_file_loads_with_its_schema(name):
    raw = resources.files("khabar.figures").joinpath(f"data/{name}.yaml").read_text("utf-8")
    assert "# schema" in raw
    assert set(load(name)) == FILES[name]


def _strings(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif isinstance(node, str):
        yield node


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_form_normalises_to_nothing(name):
    for form in _strings(load(name)):
        assert normalise_word(form).strip(), form


def test_categories_are_the_ontology_s():
    spec = load("categories")["categories"]
    assert set(spec) == set(CATEGORIES) - {"other"}
    for cues in spec.values():
        assert set(cues) <= {"nouns", "past", "present", "phrases", "counted", "post", "weak", "adjacent", "where",
                              "left_homes"}


def test_counted_nouns_and_non_counts_do_not_collide():
    units = load("units")
    counted = {normalise_word(f) for nouns in units["counted"].values() for forms in nouns for f in forms}
    never = {normalise_word(f) for nouns in units["not_counts"].values() for forms in nouns for f in forms}
    assert not counted & never
    assert set(units["person_units"]) <= set(units["counted"])


def test_counted_nouns_that_carry_a_category_are_counted_nouns():
    for category, cues in load("categories")["categories"].items():
        for noun in cues.get("counted") or []:
            assert normalise_word(noun) in LEX.nouns, (category, noun)


def test_number_words():
    assert LEX.numbers["ثلاثه"].unit == 3 and LEX.numbers["ثلاث"].unit == 3
    assert LEX.numbers["عشر"].unit == 10 and LEX.numbers["عشر"].teen_second
    assert LEX.numbers["سبعين"].ten == 70
    assert LEX.numbers["مئتين"].hundred == 200 and LEX.numbers["مائه"].hundred == 100
    assert LEX.numbers["الاف"].scale == 1000 and LEX.numbers["الاف"].scale_kind == "plural"
    assert LEX.numbers["الاف"].vague == (1000, None)
    assert LEX.numbers["بضعه"].vague == (3, 9)
    assert LEX.numbers["نصف"].fraction == 0.5
    assert LEX.number("الاثنين") is None  # Monday


def test_noun_forms_are_expanded():
    assert LEX.nouns["شخصا"].number == "singular"        # accusative
    assert LEX.nouns["شخصين"].number == "dual"            # broken plural: …ين is a dual
    assert LEX.nouns["مواطنين"].number == "plural"        # sound plural: …ين is the plural
    assert LEX.nouns["مواطنون"].number == "plural"        # the other case
    assert LEX.nouns["شرطيان"].number == "dual"           # …ان is always a dual
    assert LEX.nouns["امراتان"].number == "dual"          # ة → ت before the dual ending
    assert LEX.nouns["مبنيين"].unit == "building"
    assert "اصابها" not in LEX.nouns                      # no accusative alef on ة
    assert not LEX.nouns["عاما"].counts and not LEX.nouns["اشهر"].counts
    assert "كما" not in LEX.nouns                         # كم (km) + ا would be the word كما


def test_analyses_strip_clitics_and_article():
    readings = {(a.prefix, a.definite, a.base) for a in LEX.analyses("للمحتجزين")}
    assert ("ل", True, "محتجزين") in readings
    readings = {(a.prefix, a.definite, a.base) for a in LEX.analyses("وبالاربعه")}
    assert ("وب", True, "اربعه") in readings
    assert LEX.analyses("الاربعه")[0].definite


def test_cue_tables():
    assert LEX.governing.match(LEX, ["مقتل"], 0)[1] == "killed"
    assert LEX.governing.match(LEX, ["تحتجز"], 0)[1] == "held"           # generated present form
    assert LEX.governing.match(LEX, ["احتجزت"], 0)[1] == "abducted"      # generated past form
    assert LEX.post.match(LEX, ["قتلوا"], 0)[1] == "killed"
    assert LEX.governing.match(LEX, ["لاطلاق", "سراح"], 0)[:2] == (2, "released")
    assert LEX.post.match(LEX, normalise_word("على قيد الحياة").split(), 0)[1] == "alive"
    assert LEX.inherent["قتلي"] == "killed" and LEX.inherent["اصابه"] == "wounded"
    assert LEX.inherent["جرحي"] == "wounded" and LEX.inherent["محتجزين"] == "held"


def test_currencies():
    assert LEX.currencies["دولار"].unit == "USD"
    assert LEX.currencies["دينار"].qualified[normalise_word("أردني")] == "JOD"
    assert LEX.currency_signs["$"] == "USD"


def test_phrase_match_ending():
    forms = normalise_word("يعتقد أن أقل من").split()
    size, kind, _ = LEX.bounds_before.match_ending(LEX, forms, len(forms) - 1)
    assert (size, kind) == (2, "max")
    forms = normalise_word("ما لا يقل عن").split()
    assert LEX.bounds_before.match_ending(LEX, forms, 3)[:2] == (4, "min")


def test_a_verb_cue_never_takes_the_article():
    # لجأن (they fled, a displaced verb) normalises like لجان (committees): the committees win,
    # with or without the article (categories.yaml homographs: "قالت لجان المقاومة إن …")
    assert LEX.post.match(LEX, [normalise_word("لجأن")], 0) is None
    assert LEX.post.match(LEX, [normalise_word("اللجان")], 0) is None
    assert LEX.post.match(LEX, [normalise_word("لجأوا")], 0)[1] == "displaced"
    assert LEX.governing.match(LEX, [normalise_word("والمقتل")], 0)[1] == "killed"  # a noun may


def test_links_of_exchanges_violent_deaths_and_non_events_load():
    assert LEX.exchanged == "released" and normalise_word("صفقة") in LEX.exchange_words
    assert LEX.violent_of == {"dead"} and LEX.violent_to == "killed"
    assert normalise_word("حادث") in LEX.violent_words
    forms = normalise_word("أحكاما بالإعدام").split()
    assert LEX.governing.match_ending(LEX, forms, 1)[:2] == (2, "other")
    forms = normalise_word("محاولة اغتيال").split()
    assert LEX.governing.match_ending(LEX, forms, 1)[:2] == (2, "other")


def test_cues_of_taking_back_captives_load_as_captives_freed_by_force():
    # links.captives.recovered: every form of استعاد، يستعيد and استعادة, its own payload
    assert LEX.recovered_to == "rescued" and LEX.recovered_cue == "rescued" + IF_CAPTIVE
    for word in ("استعادت", "استعادوا", "تستعيد", "لاستعادة"):
        assert LEX.governing.match_ending(LEX, [normalise_word(word)], 0)[1] == LEX.recovered_cue
    # … and no more a cue of giving back (a release)
    assert LEX.governing.match_ending(LEX, [normalise_word("أعادت")], 0)[1] == CAPTIVE


def test_captive_deaths_load_their_causes_of_nature_and_killing_words():
    assert LEX.natural_of == {"killed"} and LEX.natural_to == "dead"
    assert normalise_word("شمس") in LEX.natural_words
    # the killing verbs are expanded like any past verb cue
    assert {normalise_word("قتلوا"), normalise_word("مقتل")} <= LEX.killing_words
    # a pardon's adjective is no nisba, in either case
    assert {normalise_word("رئاسي"), normalise_word("رئاسيًا")} <= LEX.not_nisba


def test_subject_bounds_and_named_groups_load_into_tables():
    # numbers.yaml subject_bounds: verbs of exceeding before a total ("تجاوز عدد القتلى 500")
    assert LEX.subject_bound_reach >= 2
    assert LEX.subject_bounds.match(LEX, ["تجاوز"], 0)[1] == "min"
    assert LEX.subject_bounds.match(LEX, ["لم", "يتجاوز"], 0)[1] == "max"
    assert LEX.subject_bounds.match(LEX, ["يناهز"], 0)[1] == "approx"
    # units.yaml partitive.among_named, with its clitics ("ومن بين"، "وبين")
    assert {"بين", "وبين"} <= LEX.among_named


def test_a_number_word_takes_no_clitic_of_the_list():
    assert LEX.not_number_clitics == ("ك",)
    n = normalise_word
    assert LEX.number(n("كمية")) is None and LEX.number(n("وكمية")) is None   # a quantity
    assert LEX.number(n("ومية")) is not None and LEX.number(n("بخمسة")) is not None


def test_rulings_load_into_tables():
    n = normalise_word
    assert n("قضت") in LEX.ruling_verbs and n("وحكمت") in LEX.ruling_verbs
    assert n("إعدام") in LEX.penalties and LEX.ruling_reach >= 5


def test_left_homes_make_every_leaving_phrase():
    homes = load("categories")["categories"]["displaced"]["left_homes"]
    assert {"leave", "verbs", "homes", "pronouns"} == set(homes)
    # … and every past form of its finite verbs of leaving (round s25b): غادرت، غادروا، تركت
    for phrase in ("مغادرة منازلهم", "ترك قراها", "مغادرة ديارهم", "غادرت منازلها", "غادروا قراهم",
                   "تركت مساكنها"):  # قرى → قراها
        words = normalise_word(phrase.split()[0]), normalise_word(phrase.split()[1])
        assert LEX.post.match(LEX, list(words), 0, article=False) is not None, phrase


def test_a_listed_feminine_singular_has_its_dual():
    assert LEX.nouns[normalise_word("ممرضتين")].number == "dual"
    assert LEX.nouns[normalise_word("طالبتان")].number == "dual"
    assert normalise_word("طلبتين") not in LEX.nouns  # طلبة is a broken plural, no feminine singular


def test_lost_objects_read_every_possessed_form():
    lost = load("categories")["links"]["lost_objects"]
    assert {"verbs", "objects", "pronouns"} == set(lost) and set(lost["objects"]) <= set(CATEGORIES)
    assert LEX.lost_objects[normalise_word("منازلهم")] == "displaced"
    assert LEX.lost_objects[normalise_word("حياتهم")] == "killed"  # ة → ت before the pronoun
    assert LEX.lost_objects[normalise_word("مأواها")] == "displaced"  # ى → ا before the pronoun


def test_verbs_of_continuing_load_with_their_categories():
    assert {"arrested", "abducted"} <= LEX.continuing_of and LEX.continuing_to == "held"
    assert {"يزال", "ولا", "ما"} & LEX.continuing_words == {"يزال"}
    assert "زالت" in LEX.continuing_negated and "ما" in LEX.continuing_negations
    assert "بعد" in LEX.continuing_stops and LEX.continuing_reach >= 3


def test_event_nouns_with_a_group_pronoun_load_from_the_categories():
    assert LEX.pronoun_events["مقتلهم"] == "killed" and LEX.pronoun_events["اصابتهم"] == "wounded"
    assert LEX.pronoun_events["واعتقالهم"] == "arrested" and "سراحهم" not in LEX.pronoun_events
    assert LEX.pronoun_event_reach >= 8


def test_words_known_only_as_a_cause_are_nouns_a_number_counts():
    assert "حادث" in LEX.naming_only
    assert "جوعا" not in LEX.naming_only  # how one died, an adverb
    assert not LEX.naming_only & set(LEX.numbers)


def test_additions_load_their_nouns_and_phrases():
    assert {"اخرين", "اخرون"} <= LEX.other_nouns and "اشخاص" not in LEX.other_nouns
    words = normalise_word("إلى").split() + ["جانب"]
    assert LEX.additions.match_ending(LEX, words, 1) is not None
    assert LEX.additions.match_ending(LEX, ["وقف", "جانب"], 1) is None


def test_term_words_load_with_their_clitics():
    forms = {normalise_word(w) for w in ("وأمهلت", "الحداد", "هدنة", "الهدنة", "الطوارئ")}
    assert forms <= LEX.terms_far | LEX.terms_adjacent
    assert LEX.terms_far_reach >= LEX.terms_reach
    assert "ل" in LEX.term_dual_prefixes


def test_deadline_words_load():
    assert {normalise_word(w) for w in ("خلال", "غضون", "وخلال")} <= LEX.terms_within
    assert normalise_word("الماضية") in LEX.terms_past and LEX.terms_within_reach > 0
    assert normalise_word("الأمر") not in LEX.terms_within_future  # the verb أمر only, not the noun
