"""Session 21's trigger pass, each mechanism on its own: أسر before the dead, the victims or the held is "families"
(senses_off, window 1), no capture; أخلى with the wounded, people counted singly or a place emptied is an
evacuation (AID), its retype read only over its object (`retype_reach`); a crowd counted gathering before a
building is a protest (تجمع's `crowd_site`), a queue or a celebration none; bringing the trapped out (إخراج،
أخرج) is a rescue; money in other currencies or grants counted after تخصيص is aid; a form IV verb's singular
imperfect the lemmatiser reads as form V ("تفرج") is the form IV verb where its own preposition follows; stopping
or freezing coordination, contacts or relations with a party is a sanction; a count spelt out (ثلاثة عناصر) ends
the reach of a verb's other sense as a count in figures does.  Their
behaviour in composed sentences: data/trigger_probes_s21.yaml."""

from test_events_trigger_probes import coded_triggers  # noqa: F401  (the fixture that spies on code_sentence)
from test_trigger_mechanisms_s18 import _coded, _words   # the s18 helpers: a sentence's coded events, plain words
from khabar.events.code import _crowd_at_site, _form_iv_imperfect, _form_iv_lemma, _list_union, _n, triggers


def _types(text: str, found) -> list[str]:
    return [t for t, _, _ in _coded(text, found)]


def test_the_new_lists_load_normalised():
    t = triggers()
    assert {_n("المبنى"), _n("منطقة")} <= t["evacuated_places"] and _n("أمام") in t["gathering_sites"]
    assert _n("عائلة") in t["evacuees"] and _n("المصابين") in t["verbs"][_n("أخلى")]["needs"]
    assert t["verbs"][_n("أخلى")]["retype_reach"] == 5 and t["verbs"][_n("تجمع")]["crowd_site"] == 10
    assert _n("المحاصرين") in t["nouns"][(_n("إخراج"),)]["needs"] and _n("عالقين") in t["verbs"][_n("أخرج")]["needs"]
    assert {_n("روبية"), _n("إعانة")} <= t["light"][_n("تخصيص")] and t["light_nouns"][_n("روبية")]["type"] == "AID"
    assert _n("الضحايا") in t["senses_off"][_n("أسر")] and t["sense_windows"][_n("أسر")] == 1
    assert _n("ثلاثة") in t["object_counts"] and _n("ثلاثة") not in t["sense_stops"]   # after a verb with an object only
    assert _n("راكب") in t["nouns"][(_n("إخراج"),)]["needs"]   # trapped: a needs list only, read at load


def test_a_union_of_lists():
    both = _list_union("evacuees+evacuated_places")
    assert _n("عائلة") in both and _n("المبنى") in both and _list_union("evacuees") == frozenset(triggers()["evacuees"])


def test_a_form_iv_imperfect_by_its_preposition():
    assert _form_iv_lemma(_n("تفرج")) == _n("أفرج") and _form_iv_lemma(_n("يفرج")) == _n("أفرج")
    assert _form_iv_lemma(_n("تقدم")) is None                     # أقدم takes no preposition listed: no reading
    assert _form_iv_lemma(_n("أفرج")) is None and _form_iv_lemma(_n("تفرجوا")) is None
    assert _form_iv_lemma(_n("يتصل")) is None and _form_iv_lemma(_n("تشاد")) is None   # form VIII; hollow
    words = _words("قبل أن تفرج عنهم صباح الأحد")
    assert _form_iv_imperfect(words, 2) == (triggers()["verbs"][_n("أفرج")], _n("أفرج"))
    assert _form_iv_imperfect(_words("تفرج السلطات المصرية عن المحبوسين"), 0) is not None
    assert _form_iv_imperfect(_words("تفرج الزوار على العروض عن قرب"), 0) is None   # form V's على first
    assert _form_iv_imperfect(_words("تفرج الزوار"), 0) is None


def test_a_crowd_at_a_site():
    spec = triggers()["verbs"][_n("تجمع")]
    assert _crowd_at_site(_words("تجمع العشرات من ذوي الضحايا أمام بوابة المستشفى"), 0, spec)
    assert _crowd_at_site(_words("تجمع نحو 200 شخص قبالة السفارة"), 0, spec)
    assert not _crowd_at_site(_words("تجمع الناس أمام المسجد"), 0, spec)          # no crowd counted
    assert not _crowd_at_site(_words("تجمع آلاف المواطنين في الساحات"), 0, spec)   # no building faced
    assert not _crowd_at_site(_words("تجمع آلاف ، ثم ساروا أمام المبنى"), 0, spec)  # not past its clause
    assert not _crowd_at_site(_words("تجمع العشرات أمام المبنى"), 0, {})           # only a verb marked so


def test_families_are_not_captured(coded_triggers):
    for text in ("وصرفت الوزارة تعويضات لأسر الضحايا.", "وطالبت أسر المختطفين بالكشف عن مصيرهم.",
                 "وقدمت الجمعية مساعدات لأسر الشهداء والجرحى."):
        assert "ASSAULT" not in _types(text, coded_triggers), text
    assert "ASSAULT" in _types("وأسر المقاتلون جنديين قرب الحدود.", coded_triggers)


def test_an_evacuation_and_a_withdrawal(coded_triggers):
    for text in ("وأخلت فرق الدفاع المدني المصابين إلى المستشفى.", "وأخلت الشرطة المبنى بعد بلاغ.",
                 "وأخلت قوات الأمن نحو 50 عائلة من المنطقة."):
        assert "AID" in _types(text, coded_triggers), text
    assert _types("وأخلت القوات مواقعها العسكرية في محيط المخيم.", coded_triggers) == ["RETREAT"]
    assert not _types("وأخلى المدرب مسؤوليته عن الخسارة.", coded_triggers)


def test_a_crowd_gathering_before_a_building(coded_triggers):
    assert "PROTEST" in _types("وتجمع مئات المعلمين أمام مبنى النقابة.", coded_triggers)
    for text in ("وتجمع مئات المواطنين أمام المخابز للحصول على الخبز.", "وتجمع آلاف المشجعين في الساحات احتفالا بالفوز.",
                 "وتجمع عشرات الحجاج أمام مقر البعثة لتسلم تأشيراتهم."):
        assert "PROTEST" not in _types(text, coded_triggers), text


def test_the_trapped_brought_out(coded_triggers):
    assert "AID" in _types("وتمكنت فرق الإنقاذ من إخراج المحاصرين من المبنى.", coded_triggers)
    assert "AID" in _types("وأخرجت الفرق 7 عمال أحياء من تحت الأنقاض.", coded_triggers)
    assert "AID" not in _types("وطالب البرلمان بإخراج القوات الأجنبية من البلاد.", coded_triggers)
    assert "AID" not in _types("وأخرج المخرج فيلما وثائقيا عن الحرب.", coded_triggers)


def test_money_set_aside(coded_triggers):
    assert "AID" in _types("وقررت الحكومة تخصيص 200 ألف روبية لأسرة كل ضحية.", coded_triggers)
    assert "AID" in _types("وقرر الوزير تخصيص 600 إعانة للمتضررين.", coded_triggers)
    assert "AID" not in _types("وتم تخصيص قاعة كبرى لاستقبال الصحفيين.", coded_triggers)


def test_a_release_in_the_imperfect(coded_triggers):
    assert "RETREAT" in _types("واحتجزت الشرطة 12 متظاهرا قبل أن تفرج عن سبعة منهم.", coded_triggers)
    assert "RETREAT" not in _types("وتفرج آلاف الزوار على العروض الجوية.", coded_triggers)
    assert not _types("وتشاد بحاجة إلى دعم دولي عاجل.", coded_triggers)


def test_a_withdrawal_named_first_stays_one(coded_triggers):
    assert _types("وأخلت الكتيبة ثكناتها في منطقة الهضبة.", coded_triggers) == ["RETREAT"]   # retype_stops
    assert "AID" in _types("وأخلت الشرطة المنطقة المحيطة بالثكنة.", coded_triggers)


def test_stopping_coordination_is_a_sanction(coded_triggers):
    assert ("SANCTION", "وقف التنسيق") in [e[:2] for e in _coded("وأعلنت القيادة وقف التنسيق الأمني مع إسرائيل.",
                                                                   coded_triggers)]
    assert "SANCTION" in _types("وقررت الحكومة تجميد العلاقات مع برلين.", coded_triggers)
    assert "SANCTION" not in _types("وبحث الجانبان تعزيز التنسيق الأمني بين البلدين.", coded_triggers)


def test_a_spelt_count_ends_the_other_sense(coded_triggers):
    assert "COERCE" in _types("وأوقفت مصالح الدرك ثلاثة عناصر من شبكة دعم وإسناد.", coded_triggers)
    assert "COERCE" not in _types("وأوقفت الشركة الدعم المقدم للمزارعين.", coded_triggers)   # no count: support stopped
