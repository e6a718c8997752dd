"""Session 19b's trigger-breadth pass, each mechanism on its own: a final hamza on its seat before an attached
pronoun (لقائه، لقاؤه → لقاء); the imperfect's plural and dual (ينسحبوا، يطالبون، تتحاوران); the new families
(بايع، مبايعة، تحاور، لوّح ب and التلويح، نزع السلاح، برقية تهنئة/تعزية and بعث برقية) and their near-misses (a
hand or a flag waved, فرّق بين, an act one is suspected of being involved in).  Their behaviour in composed
sentences: events_trigger_probes_s19b.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import _charged, _construct, _verb_by_stem, _n, triggers


def test_the_new_families_load_normalised():
    t = triggers()
    assert t["verbs"][_n("بايع")]["type"] == "SUPPORT" and t["verbs"][_n("تحاور")]["type"] == "CONSULT"
    assert t["nouns"][(_n("مبايعة"),)]["genitive"] == "patient"
    assert t["nouns"][(_n("التلويح"),)]["type"] == "THREATEN"                  # the article's form too
    assert t["nouns"][(_n("نزع"), _n("السلاح"))]["mode"] == "disarm"            # the definite genitive too
    assert t["nouns"][(_n("برقيات"), _n("التعزية"))]["type"] == "SUPPORT"
    assert _n("برقية") in t["light"][_n("بعث")] and t["light_nouns"][_n("برقية")]["type"] == "SUPPORT"
    assert {_n("بيده"), _n("بالأعلام")} <= t["senses_off"][_n("لوح")]
    assert t["senses_off"][_n("فرق")] == {"بين"} and t["sense_windows"][_n("فرق")] == 2
    assert _n("المتورطين") in t["suspected"]


def test_a_final_hamza_on_its_seat_is_the_listed_noun():
    assert _construct("لقائ") == "لقاء" and _construct("استدعائ") == "استدعاء"   # the pronoun split off
    assert _construct("لقاؤه") == "لقاء" and _construct("اعتداؤهم") == "اعتداء"  # a pronoun left on ؤ
    assert _construct("زيارت") == "زياره"                                         # the feminine ت as before
    assert _construct("قائ") == "قائ" and _construct("لقاء") == "لقاء"             # too short; no seat


def test_the_imperfect_plural_and_dual_find_their_verb():
    verbs = triggers()["verbs"]
    assert _verb_by_stem("ينسحبوا")[1] == "انسحب"           # subjunctive plural, form VII
    assert _verb_by_stem("يطالبون")[1] == "طالب"            # indicative plural, form III
    assert _verb_by_stem("تتحاوران")[1] == "تحاور"          # dual, form VI
    assert _verb_by_stem("يهاجموا")[1] == "هاجم"
    assert _verb_by_stem("تلفزيون") is None and _verb_by_stem("نيسان") is None   # nouns stay nouns
    assert "انسحب" in verbs


def test_a_cable_of_condolence_is_support(coded_triggers):
    coded = _coded("وبعث أمير الكويت برقية تعزية إلى الرئيس الإيراني.", coded_triggers)
    assert any(kind == "SUPPORT" for kind, _, _ in coded)
    assert not any(kind == "SUPPORT" for kind, _, _ in _coded("وكشفت برقية دبلوماسية مسربة أن السفارة حذرت.", coded_triggers))


def test_waving_a_hand_or_a_flag_is_no_threat(coded_triggers):
    assert any(kind == "THREATEN" for kind, _, _ in _coded("ولوحت أنقرة بعملية عسكرية جديدة.", coded_triggers))
    assert not any(kind == "THREATEN" for kind, _, _ in _coded("ولوح الرئيس بيده للحشود.", coded_triggers))
    assert not any(kind == "THREATEN" for kind, _, _ in _coded("ولوح المشجعون بالأعلام.", coded_triggers))


def test_telling_apart_is_no_dispersal(coded_triggers):
    assert not any(kind == "COERCE" for kind, _, _ in _coded("وقال الناجي إن المهاجمين لم يفرقوا بين رجل وامرأة.", coded_triggers))
    assert any(kind == "COERCE" for kind, _, _ in _coded("وفرقت الشرطة المحتجين بالغاز المسيل للدموع.", coded_triggers))


def test_an_act_one_is_involved_in_is_alleged():
    assert _charged(_words("القت القوه القبض علي المتورطين ب ايوائ ه"), 6)
    assert not _charged(_words("وفرت الجمعيه ب ايواء الاسر"), 3)


def test_issued_by_is_no_confiscation(coded_triggers):
    t = triggers()
    assert "عن" in t["senses_off"][_n("صادر")] and t["sense_windows"][_n("صادر")] == 1
    assert not any(kind == "COERCE" for kind, _, _ in _coded("وقتل جنديان، وفق بيان صادر عن الرئاسة.", coded_triggers))
    assert any(kind == "COERCE" for kind, _, _ in _coded("وصادرت الشرطة أسلحة من المنزل.", coded_triggers))


def test_a_quoted_agency_name_is_no_clause_break_for_the_other_sense(coded_triggers):
    coded = _coded('ونقلت وكالة "رويترز" عن شهود عيان قولهم إن المصابين عانوا من الاختناق.', coded_triggers)
    assert not any(kind == "AID" for kind, _, _ in coded)                   # reported, not carried
    coded = _coded('ونقلت فرق الإسعاف المصابين إلى مستشفى "الشفاء".', coded_triggers)
    assert any(kind == "AID" for kind, _, _ in coded)


def test_a_visit_to_a_site_is_an_inspection():
    from khabar.events.code import _noun_sense_off
    assert _noun_sense_off(_words("خلال زيارت ه ل موقع الهجوم"), 1)           # past the pronoun and ل
    assert _noun_sense_off(_words("اجري زياره ميدانيه ل مستشفي"), 1)
    assert not _noun_sense_off(_words("خلال زيارت ه الي القاهره"), 1)         # a state visit stays one
