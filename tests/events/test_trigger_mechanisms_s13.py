"""Session 13's trigger mechanisms, each on its own: the definite forms of listed noun phrases,
the written shadda of form II, noun `needs`, an adjective before a listed phrase's ل, a title
opening a VSO sentence after a bare verb that is also a noun, and the lists that carry them
(their behaviour in sentences: events_trigger_probes_s13.yaml)."""

from types import SimpleNamespace

from khabar.entities.recognise import Word
from khabar.events import code
from khabar.events.code import _definite_variants, _geminated, _n, triggers


def _words(text: str) -> list[Word]:
    out, at = [], 0
    for token in text.split():
        start = text.index(token, at)
        out.append(Word(_n(token), start, start + len(token)))
        at = start + len(token)
    return out


def test_definite_variants_of_an_indefinite_phrase():
    variants = _definite_variants(("مسيرات", "سلميه"))
    assert ("المسيرات", "السلميه") in variants       # the adjective agrees in definiteness
    assert ("مسيرات", "السلميه") not in variants[:2] and ("قوافل", "الاغاثه") in _definite_variants(("قوافل", "اغاثه"))
    assert _definite_variants(("الاحكام", "العرفيه")) == [("الاحكام", "العرفيه"), ("احكام", "العرفيه")]
    assert len(_definite_variants(("حكم", "ب", "السجن"))) == 2   # a preposition inside: no definite form


def test_listed_phrases_are_found_definite_unless_indefinite_only():
    nouns = triggers()["nouns"]
    assert nouns[("المسيرات", "السلميه")]["type"] == "PROTEST"
    assert nouns[("التعزيزات", "العسكريه")]["type"] == "MOBILIZE"
    assert nouns[("فرق", "انقاذ")]["type"] == "AID"
    assert ("فرق", "الانقاذ") not in nouns         # the teams at work, not an act (`indefinite`)


def test_geminated_reads_the_written_shadda_of_form_ii():
    for text, expected in (("وفجّر انتحاري", True), ("فجّر نفسه", True), ("وقّع الوزير", True),
                           ("فجر اليوم", False), ("وقع انفجار", False), ("فجَّر", True)):
        words = _words(text)
        assert _geminated(SimpleNamespace(words=words, text=text), 0) is expected, text


def test_geminate_window_and_noun_needs_load():
    t = triggers()
    assert t["verbs"]["وقع"]["geminate_window"] > t["verbs"]["وقع"]["window"]
    spec = t["nouns"][("احاله",)]
    assert isinstance(spec["needs"], frozenset) and "المحكمه" in spec["needs"]
    assert "من" not in t["senses_off"]["طلب"] and "اسمه" in t["senses_off"]["طلب"]
    assert {"وسام", "شهاده"} <= t["honours"] and "فوريا" in t["phrase_adjectives"]
    assert "قوات" in t["verbs"]["دخل"]["needs"] and "اف" not in t["verbs"]["دخل"]["needs"]
    assert "المؤتمر" in t["verbs"]["استضاف"]["needs"] and "لاجئ" not in t["verbs"]["استضاف"]["needs"]
    assert t["verbs"]["منح"]["retype"][1] == "SUPPORT" and t["verbs"]["اغلق"]["retype"][1] == "PROTEST"
    assert t["light_nouns"]["يورو"]["type"] == "AID" and "ادويه" in t["light"]["وزع"]
    assert "الجثث" not in t["casualties"] and "جريحا" in t["casualties"]


def test_noun_needs_are_checked():
    words = _words("إحالة المتهمين على المحكمة")
    assert code._needs_met(words, 0, triggers()["nouns"][("احاله",)])
    words = _words("إحالة مشروع القانون إلى اللجنة")
    assert not code._needs_met(words, 0, triggers()["nouns"][("احاله",)])


def test_opening_noun_clause():
    words = _words("وطلب رئيس الوزراء الاستقالة يأتي بعد أسبوع")
    words[4].lemma = "أتى"
    assert code._opening_noun_clause(words, 0)
    words = _words("وطلب رئيس المجلس الرئاسي الليبي من النائب")
    assert not code._opening_noun_clause(words, 0)   # the article's ا is no imperfect prefix


def test_retypes_keep_the_first_rule_and_add_the_others():
    t = triggers()
    assert code._retypes(t["verbs"]["استدعي"])[0][1] == "MOBILIZE"
    assert code._retypes(t["verbs"]["استدعي"])[1] == ["questioning", "COERCE", None]
    assert code._retypes(t["verbs"]["قصف"]) == [] and "للتحقيق" in t["questioning"]
    assert "اتفاق" in t["verbs"]["انضم"]["needs"]


def test_fail_pattern_and_entirety():
    assert code._fail_pattern("رحيل", "رحل") and not code._fail_pattern("رحلت", "رحل")
    assert code._verb_lookup("رحيل", "رحل")[0] is None and code._verb_lookup("ورحيل", "ورحيل")[0] is None
    words = _words("لشعوب المنطقة ب أسر ها")
    assert code._entirety(words, 3)
    words = _words("بعد ب أسر هم")
    assert not code._entirety(words, 2)


def test_verb_by_stem_reads_duals_and_object_pronouns():
    assert code._verb_by_stem("دعتا")[1] == "دعا" and code._verb_by_stem("ادانتا")[1] == "ادان"
    assert code._verb_by_stem("حثها")[1] == "حث" and code._verb_by_stem("طالبتهم")[1] == "طالب"
    assert code._verb_by_stem("منها") is None and code._verb_by_stem("كلها") is None
    assert code._verb_by_stem("ضربه") is None     # ه alone is the normalised ة of a noun (ضربة)


def test_a_doubled_verb_with_its_conjunction():
    assert code._verb_lookup("وحث", "وحث")[1] == "حث" and code._verb_lookup("فحض", "فحض")[1] == "حض"
    assert code._verb_lookup("وطن", "وطن")[0] is None


def test_plural_agents_load():
    assert {"شبان", "مستوطنون", "عمال"} <= triggers()["plural_agents"] and "الشبان" not in triggers()["plural_agents"]
