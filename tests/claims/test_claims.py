"""Claims and their isnad on real sentence shapes."""

import khabar
from tests.claims.reading import chains


def claims(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    return [(c["kind"], c["certainty"], [s["text"] for s in c["sources"]], c["platform"]) for c in record.claims]


def test_canonical_chains(canonical_record):
    chains = [[s["text"] for s in c["sources"]] for c in canonical_record.claims]
    assert ["مسؤولون أمريكيون حاليون وسابقون", "شبكة أخبار NBC"] in chains
    assert ["مسؤولون إسرائيليون", "موقع الحرة"] in chains
    assert ["إدارة بايدن", "الشبكة الأمريكية"] in chains
    assert ["مسؤول كبير في إدارة بايدن", "شبكة أخبار NBC"] in chains
    adraee = [c for c in canonical_record.claims if c["sources"][0]["text"] == "أفيخاي أدرعي"][0]
    assert adraee["platform"] == "X" and adraee["kind"] == "quote"
    believed = [c for c in canonical_record.claims if c["sources"][0]["text"] == "مسؤولون إسرائيليون"][0]
    assert believed["certainty"] == "believed"
    text = canonical_record.text
    for claim in canonical_record.claims:
        assert text[claim["cue"]["start"]:claim["cue"]["end"]] == claim["cue"]["text"]
        for source in claim["sources"]:
            assert text[source["start"]:source["end"]] == source["text"]


def test_vso_svo_and_relay():
    assert claims("وقال مسؤولون أمريكيون لوكالة رويترز إن المحادثات ستستأنف.") == [
        ("paraphrase", "asserted", ["مسؤولون أمريكيون", "وكالة رويترز"], None)]
    assert claims("إسرائيل قالت إن العملية انتهت.")[0][2] == ["إسرائيل"]


def test_relay_before_originator_with_naql_an():
    result = claims("ونقلت صحيفة هآرتس عن مصدر أمني إسرائيلي أن الجيش يستعد لعملية برية.")
    assert result[0][2] == ["مصدر أمني إسرائيلي", "هآرتس"] or result[0][2][0] == "مصدر أمني إسرائيلي"


def test_denial_and_pronoun_subject():
    result = claims("ونفت حماس صحة التقارير. وأضافت في بيان أن الوفد لم يغادر الدوحة.")
    assert result[0][1] == "denied" and result[0][2] == ["حماس"]
    assert result[1][2] == ["حماس"]


def test_paragraph_opening_according_to_governs_the_paragraph():
    text = ("عنوان\n\nوبحسب صحيفة نيويورك تايمز، قال مسؤولون إسرائيليون إن الهجوم وشيك. "
            "وأضاف المسؤولون أن القرار لم يتخذ بعد.")
    chains = [c[2] for c in claims(text)]
    assert chains[0][-1] in ("نيويورك تايمز", "صحيفة نيويورك تايمز")
    assert chains[0][0] == "مسؤولون إسرائيليون"


def test_the_articles_own_agency_is_not_a_relay():
    text = ("عنوان الخبر\n\nمنشور 3 يوليو 2023\n\nجنين (أ ف ب) - قال مسؤول أمني إسرائيلي لوكالة فرانس برس "
            "إن العملية قد تستمر أياما، فيما قال مسؤول فلسطيني لرويترز إن الوضع خطير.")
    chains = [[s["text"] for s in c["sources"]] for c in khabar.read(text).claims]
    assert ["مسؤول أمني إسرائيلي"] in chains


def test_a_feminine_verb_does_not_point_back_to_a_man():
    text = "وقال الوزير أحمد الصالح إن المحادثات مستمرة. وأعلنت في وقت لاحق تأجيل الجولة."
    chains = [[s["text"] for s in c["sources"]] for c in khabar.read(text, published="2024-06-10").claims]
    assert len(chains) == 1


def test_cue_lexicon_loads_with_its_schema():
    from khabar.claims.attribute import _cues

    cues = _cues()
    for key in ("verbs", "verb_forms", "participles"):
        assert cues[key] and all(v in ("asserted", "believed", "hedged", "denied") for v in cues[key].values())
    for key in ("needs_clause", "needs_quote", "complementizers", "negators", "report_nouns", "object_pronouns",
                "speaker_heads", "anonymous_heads", "occasion_nouns", "phrase_stops", "svo_openers",
                "form_iv_ambiguous", "as_said", "relay_according", "outlet_heads", "quantifiers",
                "relative_pronouns", "adverbial_prepositions", "auxiliaries", "preverbal_particles",
                "additive_openers", "object_prepositions", "pronoun_prepositions", "copulas", "participle_prepositions", "record_nouns",
                "rank_qualifiers", "interview_openers", "interview_outlet_prepositions", "qualifier_prepositions",
                "issue_verbs", "subject_pronouns"):
        assert cues[key], key
    assert "علي" in cues["adverbial_prepositions"]   # loaded normalised (على → علي), as words are matched
    assert cues["anonymous_heads"] <= cues["speaker_heads"]
    assert cues["needs_clause"] <= set(cues["verbs"]) | set(cues["verb_forms"])
    assert {"مشيرا", "مشيره", "مشيرين", "مشيرات", "نافيا"} <= set(cues["participles"])   # stems × endings
    assert {"مصدران", "مسؤولين", "هيئات", "هيئتين"} <= cues["speaker_heads"]
    assert {"العميد", "اللواء"} <= cues["honorifics"] and {"مراه", "محققون", "شاب"} <= cues["speaker_heads"]
    assert {"ل", "مع", "علي", "عبر", "الي"} == cues["interview_outlet_prepositions"]   # (على، إلى normalised)
    assert {"اصدر", "اعد"} <= cues["issue_verbs"]
    # session 12: the lists the second probe battery added
    assert cues["needs_bi"] == {"وصف"} and cues["needs_bi"] <= set(cues["verbs"])
    assert {"يده", "بيده", "براسه"} <= cues["gestures"]   # ب split off or left on
    assert cues["saying_after_bi"] == {"القول"}
    assert cues["platform_posts"] == {"تغريده", "تغريدات"}
    assert {"جريده", "يوميه", "فضائيه", "بوابه"} <= cues["outlet_heads"]
    assert {"انذاك", "كذلك"} <= cues["subject_adverbs"]
    assert cues["relay_from"]["نسب"] == "الي" and "نسب" in cues["needs_clause"]


def test_a_speaker_phrase_no_entity_names_is_the_source():
    assert chains("وقالت هيئة الدفاع في بيان إن المحكمة لم تستمع إلى أي متهم.") == [["هيئة الدفاع"]]
    assert chains("ويرى محللون أن الاتفاق قد يصمد.") == [["محللون"]]
    assert chains("وقال رئيس المجلس القروي في دوما إن المستوطنين وصلوا فجرا.")[0][0].startswith("رئيس المجلس القروي")


def test_a_name_after_a_title_or_in_apposition_is_the_speaker():
    assert chains("وقال وزير الاقتصاد راؤول نعمة إن الصوامع دمرت.") == [["راؤول نعمة"]]
    assert chains("أعلن رئيس السلطة الوطنية المستقلة للانتخابات، محمد شرفي، أن النتائج مؤقتة.") == [["محمد شرفي"]]


def test_svo_subject_after_a_clause_opener():
    assert chains("غير أن ناشطين فلسطينيين شككوا في أن التحقيق جدي.") == [["ناشطين فلسطينيين"]]


def test_a_pronoun_cue_points_back_to_its_clause_subject():
    text = "وقال الوزير أحمد الصالح إن المحادثات مستمرة. وباركت حركة حماس العملية، وقالت إن منفذها من عناصرها."
    assert chains(text)[-1] == ["حركة حماس"]
    text = "وقال الوزير أحمد الصالح إن المحادثات مستمرة. ودان الرئيس محمود عباس الهجوم، مؤكدا أن المنفذين سيلاحقون."
    assert chains(text)[-1] == ["محمود عباس"]


def test_inflections_the_lemma_table_misses():
    assert chains("وهو ما نفته روسيا.") == [["روسيا"]]
    assert chains("ودعت منظمة العفو الدولية إلى \"الإفراج الفوري\" عن الموقوفين.") == [["منظمة العفو الدولية"]]
    assert khabar.read("واعتبرتها المعارضة \"مهزلة\".", published="2024-06-10").claims[0]["sources"][0]["text"] == "المعارضة"


def test_negated_passive_and_clauseless_cues_are_no_claims():
    assert chains("ولم تعلن موسكو أي أرقام رسمية.") == []
    assert chains("وقال مسؤول، طلب عدم ذكر اسمه، إن الوفد غادر.") == [["مسؤول"]]
    assert chains("وقال الوزير أحمد الصالح إن الجرحى نُقلوا إلى المستشفى.") == [["أحمد الصالح"]]
    assert chains("قد يضيف القرار بعض الضغط على الأسعار.") == []
    assert chains("وقال الوزير أحمد الصالح إن المحادثات مستمرة. وأعلن الحداد لمدة ثلاثة أيام.") == [["أحمد الصالح"]]


def test_a_word_in_ta_marbuta_is_not_a_verb():
    assert chains("وقال الجيش إن المنشأة التابعة للحركة دمرت، في إشارة إلى مخزن الأسلحة.") == [["الجيش"]]


def test_according_to_a_report_or_a_verb_with_its_subject():
    assert chains("وقتل 300 شخص، وفق تقديرات الأمم المتحدة.") == [["الأمم المتحدة"]]
    assert chains("وسجلت إصابات جديدة، وفق ما أعلنته وزارة الصحة.") == [["وزارة الصحة"]]
    assert chains("وفر الآلاف، بحسب شهود.") == [["شهود"]]


def test_a_trailing_naql_relays_the_claim_before_it():
    text = "وقال محمد عبد السلام إن الجماعة ستتعامل بإيجابية، بحسب ما نقلت قناة المسيرة."
    assert chains(text) == [["محمد عبد السلام", "قناة المسيرة"]]


def test_an_opening_according_to_without_a_verb_is_its_own_claim_and_relays_no_one():
    text = "عنوان\n\nوبحسب وزارة الصحة، قتل 20 شخصا، في حين تقول السلطات الإسرائيلية إن القتلى مسلحون."
    assert chains(text) == [["وزارة الصحة"], ["السلطات الإسرائيلية"]]


def test_a_relay_in_the_articles_byline_is_the_outlet_itself():
    text = ("عنوان الخبر\n\nسكاي نيوز عربية - أبوظبي\nآخر تحديث: 9 ديسمبر 2024 - 15:30\n\n"
            "وقال مصدر حكومي لسكاي نيوز عربية إن الحكومة ستجتمع.")
    assert chains(text, published=None) == [["مصدر حكومي"]]
    assert chains(text.replace("سكاي نيوز عربية - أبوظبي", "قسم الأخبار"), published=None) == \
        [["مصدر حكومي", "سكاي نيوز عربية"]]


def test_a_quoted_name_after_the_verb_is_its_subject():
    assert chains("وقالت «حماس»، في بيان، إن الاتفاق ينص على إدخال المساعدات.") == [["حماس"]]


def test_the_subject_of_a_relative_clause_is_its_antecedent():
    text = "ورفضت الحكومة التعديلات، وهو ما رفضه مؤيدو التعديلات الذين رأوا فيها ضمانة «للتنمية»."
    assert ["مؤيدو التعديلات"] in chains(text)


def test_a_passive_belief_names_no_source():
    record = khabar.read("ويُعتقد أن نحو 240 شخصا اقتيدوا رهائن.", published="2024-06-10")
    assert [(c["certainty"], c["sources"]) for c in record.claims] == [("believed", [])]


def test_an_outlet_that_carried_the_statement_relays_it():
    text = "ورحب التحالف بقيادة السعودية بالإعلان، وقال في بيان بثته قناة المسيرة إنه يدعم الحل."
    assert chains(text)[-1] == ["التحالف بقيادة السعودية", "قناة المسيرة"]
    text = "وقال شمخاني، بحسب ما نقلت عنه قناة المسيرة، إن المحادثات كانت صريحة."
    assert chains(text) == [["شمخاني", "قناة المسيرة"]]


def test_a_title_with_lam_goes_on_to_the_name():
    text = "وقال مفوض البرلمان الأوكراني لحقوق الإنسان دميترو لوبينيتس إن موسكو عرقلت التبادل."
    assert chains(text) == [["دميترو لوبينيتس"]]


def test_after_wafq_ma_and_a_verb_any_noun_phrase_is_the_source():
    assert chains("وقتل عشرة أشخاص، وفق ما أعلنت خدمة الإسعاف.") == [["خدمة الإسعاف"]]
    assert chains("ويضم الطاقم 25 بحارا، وفق ما أعلنته حكومات هذه الدول.")[0][0].startswith("حكومات")


def test_cues_that_describe_an_occasion_or_an_expectation_report_nothing():
    assert chains("ومن المقرر أن تعلن الهيئة النتائج النهائية بعد الطعون.") == []
    text = "ورحب التحالف بالإعلان، وقال في بيان نقلته قناة المسيرة إنه يدعم الحل."
    assert len(chains(text)) == 1
    assert chains("وقالت الحملة إنها \"لا تعترف بنتائج\" الانتخابات.") == [["الحملة"]]


def test_a_verb_after_a_noun_has_that_noun_for_subject_not_the_last_speaker():
    text = "وقال مصدر أمني لبناني إن التحقيقات الأولية تشير إلى \"إهمال\" وراء الكارثة."
    assert chains(text) == [["مصدر أمني لبناني"]]
    text = "ويقدر عدد اللاجئين بنحو ثلاثة ملايين، وتقول أنقرة إنها ستسهل عودتهم."
    assert chains(text) == [["أنقرة"]]


def test_every_person_number_and_tense_of_a_reporting_verb():
    from khabar.claims.attribute import _stem_lemma

    for form in ("قالا", "قلن", "قلنا", "نقول", "اقول", "يقلن", "يؤكدون", "نؤكد", "اكدن", "يضيفون", "تعرب"):
        assert _stem_lemma(form), form
    for form in ("يقال", "قيل", "تشرين", "تبلغ"):   # passive, a month, "amounts to"
        assert _stem_lemma(form) is None, form
    assert chains("والأطباء يؤكدون أن الوقود نفد.") == [["الأطباء"]]
    assert chains("والمسعفون يقولون إن الطريق مقطوع.") == [["المسعفون"]]


def test_more_verbs_of_saying_need_their_clause():
    assert chains("وأردف المتحدث باسم البلدية أن المياه عادت إلى الأحياء.") == [["المتحدث باسم البلدية"]] or \
        chains("وأردف المتحدث باسم البلدية أن المياه عادت إلى الأحياء.")[0][0].startswith("المتحدث")
    assert chains("ولفت الناطق باسم الدفاع المدني إلى أن فرق الإنقاذ ما زالت تعمل.")
    assert chains("وأقر البرلمان القانون بأغلبية كبيرة.") == []   # "passed", no clause


def test_participles_in_every_gender_and_number():
    assert chains("ورفضت النقابات الخطة، موضحات أن الأجور متدنية.") == [["النقابات الخطة"]] or \
        chains("ورفضت النقابات الخطة، موضحات أن الأجور متدنية.")[0][0].startswith("النقابات")
    text = "وقال الوزير سليم الحداد إن المعبر مغلق. وتحدث الوزير سليم الحداد للصحفيين، مبينا أن الوقود نفد."
    assert chains(text)[-1] == ["سليم الحداد"]


def test_an_absolute_object_is_no_new_verb():
    assert len(chains("ونفت الشركة \"نفيا قاطعا\" أي تسريب للبيانات.")) == 1


def test_speaker_heads_in_the_dual_and_sound_plurals():
    assert chains("وقال مسؤولان عراقيان لوكالة رويترز إن المعبر أغلق.")[0][0] == "مسؤولان عراقيان"
    assert chains("وأكدت هيئات إغاثية أن المساعدات لم تصل.")[0][0].startswith("هيئات")


def test_according_to_in_all_its_forms():
    assert chains("وأصيب سبعة مدنيين، وفقا لوزارة الصحة.") == [["وزارة الصحة"]]   # ل left on its noun
    assert chains("وأصيب سبعة مدنيين، على حد قول مسؤول محلي.") == [["مسؤول محلي"]]
    text = "عنوان\n\nووفقا لصحيفة لوموند، قال مسؤولون فرنسيون إن القمة تأجلت. وأضاف المسؤولون أن الموعد لم يحدد."
    assert [c[-1] for c in chains(text)] == ["صحيفة لوموند", "صحيفة لوموند"]   # the opened chain governs


def test_chains_of_relays():
    assert chains("وأفادت وكالة الأنباء الرسمية، نقلا عن مصدر عسكري، بأن الدفاعات تصدت للمسيرات.") == \
        [["مصدر عسكري", "وكالة الأنباء الرسمية"]]
    assert chains("وأغلقت الحدود، كما نقلت وكالة رويترز عن مصدر أمني.") == [["مصدر أمني", "وكالة رويترز"]]
    assert chains("ونقلت وكالة رويترز عن صحيفة هآرتس عن مسؤولين إسرائيليين أن الصفقة قريبة.") == \
        [["مسؤولين إسرائيليين", "صحيفة هآرتس", "وكالة رويترز"]]


def test_quotes_and_western_punctuation():
    assert claims("وقال الوزير سليم الحداد: “المعبر سيفتح غدا”.")[0][0] == "quote"
    assert chains("وقالت الناطقة باسم المفوضية, شابيا مانتو, إن اللاجئين عادوا.") == [["شابيا مانتو"]]


def test_a_fronted_quote_is_reported_by_the_verb_after_it():
    result = claims("«الحدود ستبقى مغلقة»، قال المتحدث باسم الجيش.")
    assert [(r[0], r[2]) for r in result] == [("quote", ["المتحدث باسم الجيش"])]


def test_a_relay_with_lam_on_its_noun_or_set_off_by_commas():
    assert chains("وقال مصدر أمني لموقع الحرة إن الحدود ستبقى مغلقة.") == [["مصدر أمني", "موقع الحرة"]]
    assert chains("وقال الوزير سليم الحداد، لصحيفة الشرق، إن المعبر سيفتح.") == [["سليم الحداد", "صحيفة الشرق"]]


def test_a_counted_speaker_phrase():
    assert chains("ونقلت وكالة رويترز عن ثلاثة مصادر مطلعة أن الشحنة وصلت.") == [["ثلاثة مصادر مطلعة", "وكالة رويترز"]]
    assert chains("وقال عدد من الشهود إن الدبابات تقدمت.") == [["عدد من الشهود"]]


def test_a_relay_opening_a_paragraph_governs_it_until_another_source_takes_over():
    text = ("عنوان\n\nونقلت وكالة رويترز عن ثلاثة مصادر مطلعة أن الشحنة وصلت. وقالت المصادر إن السفينة رست ليلا.\n\n"
            "وقال مسؤولون في الميناء إن التفريغ بدأ.")
    assert chains(text) == [["ثلاثة مصادر مطلعة", "وكالة رويترز"], ["المصادر", "وكالة رويترز"], ["مسؤولون في الميناء"]]
    text = ("عنوان\n\nوبحسب صحيفة لوموند، قال مسؤولون فرنسيون إن القمة تأجلت. وقالت وزارة الخارجية الإيطالية "
            "في بيان إن روما لم تبلغ بذلك. وأضاف المسؤولون أن الموعد لم يحدد.")
    result = chains(text)
    assert result[0][-1] == "صحيفة لوموند" and result[1] == ["وزارة الخارجية الإيطالية"]


def test_a_verb_of_saying_in_a_clause_on_an_object_owns_the_clause_past_its_subject():
    # the أن after "أكدت دمشق حينها" is Damascus's, not the suspending body's
    text = 'علقت الجامعة عضوية البلد عام 2011، في قرار أكدت دمشق حينها أنه "غير قانوني".'
    assert chains(text) == [["دمشق"]]
    text = "علقت الحكومة العمل بالدستور في قرار أكدت المعارضة يومها أنه غير قانوني."
    assert chains(text) == [["المعارضة"]]
    # a verb that relays the statement named before owns no clause of its own
    text = "ورحب التحالف بالإعلان، وقال في بيان نقلته وكالة الأنباء السعودية إنه يدعم الحل."
    assert chains(text) == [["التحالف", "وكالة الأنباء السعودية"]]
