"""General trigger coverage by PLOVER type: the verbs, verbal nouns and light-verb phrases
news of many outlets uses for each class (agency wires, Gulf, Levant and Maghreb sites, UN
reports), through their lemma, in several inflections and word orders."""

import pytest

import khabar


def events(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], v["status"], [names[a] for a in v["actor"]]) for v in record.events]


def coded(text, kind):
    return [(status, actor) for t, status, actor in events(text) if t == kind]


@pytest.mark.parametrize("text, actor", [
    # a wire's dateline, a light verb with the shipment noun before "مساعدات"
    ("الدوحة - قنا: أرسلت دولة قطر شحنة مساعدات طبية جديدة إلى قطاع غزة.", "Qatar"),
    # a Gulf agency: سيّر قافلة
    ("وسيّر مركز الملك سلمان للإغاثة قافلة تحمل مواد غذائية إلى اليمن.", "King Salman Humanitarian Aid and Relief Centre"),
    # a UN report: letting trucks in, after a number
    ("وأدخلت الأمم المتحدة 120 شاحنة إلى قطاع غزة عبر معبر رفح.", "United Nations"),
    # Petra: handing out parcels
    ("عمان (بترا) - وزعت الهيئة الخيرية الأردنية الهاشمية طرودا غذائية على الأسر في غزة.",
     "Jordan Hashemite Charity Organization"),
    # military supply
    ("وزودت الولايات المتحدة أوكرانيا بمنظومات دفاع جوي.", "United States"),
])
def test_aid(text, actor):
    assert ("asserted", [actor]) in coded(text, "AID")


@pytest.mark.parametrize("text, actor", [
    ("وتباحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الإيراني حسين أمير عبد اللهيان.",
     "Faisal bin Farhan Al Saud"),
    # the lexicon takes تشاور for the imperfect of شاور: the past form is found as it stands
    ("وتشاور الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس بشأن الأزمة.", "Emmanuel Macron"),
])
def test_consult(text, actor):
    assert ("asserted", [actor]) in coded(text, "CONSULT")


def test_consult_needs_its_party_for_ajra():
    # أجرى alone is no meeting: "أجرت الحكومة انتخابات", "أجرى تعديلا"
    assert not coded("وأجرت الحكومة الأردنية تعديلا وزاريا موسعا.", "CONSULT")


@pytest.mark.parametrize("text, actor", [
    ("ونظم الاتحاد العام التونسي للشغل وقفة احتجاجية أمام مقر الحكومة.", "Tunisian General Labour Union"),
    ("ونفذ الاتحاد العام التونسي للشغل إضرابا عاما في القطاع العام.", "Tunisian General Labour Union"),
    ("ونظمت حركة حماس مسيرات حاشدة في غزة.", "Hamas"),
])
def test_protest_staged(text, actor):
    assert ("asserted", [actor]) in coded(text, "PROTEST")


def test_protest_crowd_verbs():
    assert coded("واحتشد أنصار حزب الله في الضاحية الجنوبية.", "PROTEST")


def test_a_drone_is_no_march():
    # مسيرة alone is a drone in war news: only its protest phrases code a protest
    assert not coded("وأسقطت الدفاعات الجوية مسيرة أطلقها حزب الله.", "PROTEST")


def test_cooperate():
    # the light verb's noun begins a listed phrase (مناورات مشتركة): the phrase's type, not the noun's
    assert ("asserted", ["Egypt", "Saudi Arabia"]) in coded("وأجرت مصر والسعودية مناورات مشتركة في البحر الأحمر.", "COOPERATE")
    assert ("asserted", ["Ennahda"]) in coded("وتحالفت حركة النهضة مع حزب قلب تونس في البرلمان.", "COOPERATE")


@pytest.mark.parametrize("text, actor", [
    ("واستنفرت إيران قواتها على الحدود مع أفغانستان.", "Iran"),
    # بتعزيزات: the preposition the segmenter left on the noun comes off
    ("ودفع الجيش التركي بتعزيزات عسكرية إلى ريف إدلب.", "Turkish Armed Forces"),
    # a hedged number of thousands between the light verb and its noun; a form IV imperfect
    ("ويرسل البنتاغون نحو 3 آلاف جندي إلى المنطقة.", "United States Department of Defense"),
])
def test_mobilize(text, actor):
    assert ("asserted", [actor]) in coded(text, "MOBILIZE")


def test_reject():
    assert ("asserted", ["Russian Federation"]) in coded("واعترضت روسيا على مشروع القرار في مجلس الأمن.", "REJECT")
    assert ("asserted", ["Russian Federation"]) in coded("واستخدمت روسيا حق النقض ضد مشروع القرار.", "REJECT")
    assert ("future", ["Ennahda"]) in coded("وقالت حركة النهضة إنها ستطعن في النتائج أمام المحكمة الإدارية.", "REJECT")


def test_reject_senses_off():
    # intercepting a rocket is no objection, stabbing no appeal
    assert not coded("وقال الجيش الإسرائيلي إن منظومة القبة الحديدية اعترضت الصواريخ.", "REJECT")
    assert not coded("وطعن شاب فلسطيني جنديا إسرائيليا في القدس.", "REJECT")


def test_agree():
    assert ("asserted", ["Parliament of Jordan"]) in coded("وصادق البرلمان الأردني على الاتفاقية.", "AGREE")
    assert ("asserted", ["Hamas"]) in coded("وقبلت حماس المقترح المصري لوقف إطلاق النار.", "AGREE")
    # accepting candidates or before (قبل) is no agreement
    assert not coded("وقبلت هيئة الانتخابات ثلاثة مترشحين فقط.", "AGREE")


def test_counted_subject_of_killing_is_its_victims():
    # "4385 Palestinians [were] killed": no act of the ministry's nor of the Palestinians
    coded_ = events("وأعلنت وزارة الصحة أن 4385 فلسطينيا قتلوا في القصف الإسرائيلي على القطاع.")
    assert [e for e in coded_ if e[0] == "ASSAULT"] == [("ASSAULT", "asserted", ["Israel"])]
    assert ("asserted", ["Israel Defense Forces"]) in coded("وقتل الجيش الإسرائيلي ثلاثة فلسطينيين في جنين.", "ASSAULT")


def test_the_verb_of_an_event_noun_is_the_same_act():
    # "غارات … استهدفت": the raids' own verb, whose subject is no name before it
    assert coded("وشنت إسرائيل غارات على غزة استهدفت منازل.", "ASSAULT") == [("asserted", ["Israel"])]
    text = "وأكد حزب الله اغتيال قائده في الغارة الإسرائيلية التي استهدفت مبنى في الضاحية الجنوبية."
    assert not [actor for _, actor in coded(text, "ASSAULT") if "Hezbollah" in actor]


def test_announcing_a_death_is_no_killing():
    assert not coded("التلفزيون الرسمي الإيراني يعلن مقتل 17 شخصا.", "ASSAULT")


def test_control_as_a_state_is_no_act():
    # session 17: taking control is COERCE seize (docs/gold-format.md, session 13), being under it no act
    assert not coded("وتتركز الإصابات في محافظات صنعاء والحديدة وهي مناطق خاضعة لسيطرة الحوثيين.", "COERCE")
    assert coded("وسيطر الحوثيون على مدينة الحزم.", "COERCE")
    assert not coded("وسيطر الحوثيون على مدينة الحزم.", "ASSAULT")


def test_storming_in_protest_is_a_protest():
    text = "وقطعت الرياض علاقاتها مع طهران بعد أن اقتحم محتجون السفارة السعودية في طهران احتجاجا على إعدام نمر النمر."
    assert [e for e in events(text) if e[0] == "PROTEST"] and not [e for e in events(text) if e[0] == "ASSAULT"]
    assert coded("واقتحمت القوات الإسرائيلية مخيم جنين.", "ASSAULT")


def test_dawn_is_no_bombing():
    # فجرا: "at dawn", not the dual of فجّر
    assert not coded("وقالت الوزارة إن قوة من الجيش اعتقلت الوزير فجرا.", "ASSAULT")


def test_envoys_rounds_and_mediation():
    assert ("asserted", ["Emmanuel Macron"]) in coded("وأوفد الرئيس الفرنسي إيمانويل ماكرون مبعوثه إلى بيروت.", "CONSULT")
    assert ("asserted", ["Michel Aoun"]) in coded("وعقد الرئيس اللبناني ميشال عون جولة مشاورات مع الكتل النيابية.", "CONSULT")
    # ب left on the noun by the segmenter: "بوساطة إماراتية"
    assert ("asserted", ["United Arab Emirates"]) in coded("وأكبر عملية تبادل أسرى بين روسيا وأوكرانيا بوساطة إماراتية.", "CONSULT")


def test_a_host_holds_the_meetings_it_hosts_unless_they_name_their_parties():
    assert ("future", ["Egypt"]) in coded("ومن المنتظر أن تستضيف القاهرة لقاءات مع الفصائل الفلسطينية.", "CONSULT")
    assert coded("واستضافت سلطنة عمان لقاءات بين السعودية وإيران.", "CONSULT") == [("asserted", ["Saudi Arabia", "Iran"])]
    assert not coded("واستضافت قطر كأس العالم لكرة القدم.", "CONSULT")


def test_dismissal_and_suspension():
    assert ("asserted", ["Kais Saied"]) in coded("وأعفى الرئيس التونسي قيس سعيد وزير الداخلية من مهامه.", "COERCE")
    assert ("asserted", ["Kais Saied"]) in coded("وأعلن الرئيس التونسي قيس سعيد إعفاء رئيس الحكومة هشام المشيشي.", "COERCE")
    assert ("asserted", ["United States federal government"]) in coded(
        "وقررت الحكومة الأمريكية تعليق المساعدات للسودان.", "SANCTION")
    # تعليق alone is as often a comment
    assert not coded("ورفضت الحكومة الأمريكية التعليق على التقرير.", "SANCTION")


def test_verbal_nouns_joined_by_wa_are_one_verbs_several_acts():
    text = "أعلن الرئيس التونسي قيس سعيد رفع الحصانة عن كل أعضاء البرلمان، وإعفاء رئيس الحكومة هشام المشيشي."
    assert coded(text, "COERCE") == [("asserted", ["Kais Saied"]), ("asserted", ["Kais Saied"])]
    # another type after و is another verb's object: "فضلا عن إعلان … استقالتهما، والدعوات"
    text = "وأعلن وزير الدفاع الإسرائيلي يوآف غالانت استقالته من الحكومة، والدعوات لإجراء انتخابات مبكرة."
    assert not coded(text, "REQUEST")


def test_negated_agreement_is_a_refusal():
    text = "وقال الهلال الأحمر المصري إن القافلة لا تحمل وقودا، إذ لم توافق إسرائيل على إدخاله."
    assert coded(text, "REJECT") == [("asserted", ["Israel"])] and not coded(text, "AGREE")
    # a refusal a named person vows for his own state is his (session 18b, arguments.yaml spoken_for_types;
    # the dev gold of this sentence, afp-2023-10-21, names el-Sisi)
    assert coded('وقال السيسي إن مصر "لن تسمح" بتهجير الفلسطينيين إلى سيناء.', "REJECT") == \
        [("asserted", ["Abdel Fattah el-Sisi"])]
    # allowing codes nothing; agreeing stays an agreement
    assert not events("وسمحت إسرائيل بدخول 20 شاحنة.")
    assert coded("ووافقت حماس على المقترح.", "AGREE") == [("asserted", ["Hamas"])]


def test_what_is_threatened_asked_or_refused_is_no_act():
    text = "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى إدخال المساعدات."
    assert not coded(text, "AID")
    # the subject after a title of a body (للأمم المتحدة), the request itself coded
    assert coded(text, "REQUEST") == [("asserted", ["António Guterres"])]
    assert not coded("وطالب الوفد الروسي بانسحاب القوات الأوكرانية من أربع مناطق.", "RETREAT")
    assert not coded('وقال السيسي إن مصر "لن تسمح" بتهجير الفلسطينيين إلى سيناء.', "COERCE")
    assert not coded("ورفضت حماس الانسحاب من المدينة.", "RETREAT")
    # a request to a named party is that party's act to come
    # (ودعا: the conjunction the segmenter left on the verb)
    assert coded("ودعا رئيس الحكومة عادل عبد المهدي البرلمان العراقي إلى عقد جلسة استثنائية.", "CONSULT") == \
        [("asserted", ["Council of Representatives of Iraq"])]


def test_more_classes_by_lemma():
    assert ("asserted", ["Hezbollah"]) in coded("وأطلق حزب الله قذائف على مواقع إسرائيلية.", "ASSAULT")
    assert ("asserted", ["Israel"]) in coded("وفرضت إسرائيل حصارا على قطاع غزة.", "COERCE")
    assert ("asserted", ["Walid Jumblatt"]) in coded("وأثنى الزعيم الدرزي وليد جنبلاط على موقف الحكومة.", "SUPPORT")
    assert ("asserted", ["Iran"]) in coded("ولوحت إيران بإغلاق مضيق هرمز.", "THREATEN")
    assert ("asserted", ["Ministry of Foreign Affairs (Egypt)"]) in coded(
        "وأعربت وزارة الخارجية المصرية عن تنديدها بالهجوم.", "ACCUSE")


def test_weapons_stand_for_their_owner_as_subject():
    assert coded("وأغارت طائرات حربية إسرائيلية على مواقع في جنوب لبنان.", "ASSAULT") == [("asserted", ["Israel"])]
    assert coded("وأغارت طائرات سلاح الجو الإسرائيلي على مواقع في جنوب لبنان.", "ASSAULT") == \
        [("asserted", ["Israeli Air Force"])]
    assert coded("وقصفت مدفعية الجيش الإسرائيلي بلدات في جنوب لبنان.", "ASSAULT") == [("asserted", ["Israel Defense Forces"])]


def test_a_conviction_is_no_condemnation():
    text = ("أصدرت محكمة الدار البيضاء بالجزائر العاصمة، اليوم الخميس، حكما بالسجن خمس سنوات في حق الكاتب "
            "بوعلام صنصال بعد إدانته بتهمة المساس بالوحدة الوطنية.")
    assert not coded(text, "ACCUSE") and coded(text, "COERCE")
    assert coded("وأدانت وزارة الخارجية المصرية الهجوم.", "ACCUSE") == [("asserted", ["Ministry of Foreign Affairs (Egypt)"])]


def test_dropped_subject_agrees_with_its_verb():
    # توعد (masculine) goes back to the army, not to حركة حماس (feminine) named after it
    text = "وقال الجيش الإسرائيلي إن حركة حماس أطلقت صواريخ على عسقلان، وتوعد بالرد."
    assert coded(text, "THREATEN") == [("asserted", ["Israel Defense Forces"])]
    text = "وقالت وزارة الخارجية القطرية إن الجيش الإسرائيلي اقتحم مستشفى الشفاء، ودعت إلى تحقيق دولي."
    assert coded(text, "REQUEST") == [("asserted", ["Ministry of Foreign Affairs (Qatar)"])]


def test_a_name_that_disagrees_with_the_verb_is_its_object():
    text = "وقالت وزارة الخارجية القطرية إن القصف جريمة، وطالبت الجيش الإسرائيلي بالانسحاب من المستشفى."
    assert coded(text, "REQUEST") == [("asserted", ["Ministry of Foreign Affairs (Qatar)"])]
    assert coded("وأدانت وزارة الخارجية المصرية الجيش الإسرائيلي.", "ACCUSE") == \
        [("asserted", ["Ministry of Foreign Affairs (Egypt)"])]


def test_a_plan_is_no_act():
    assert not coded("ورفضت مصر والأردن خطة التهجير.", "COERCE")
    assert not coded("وأعلنت إسرائيل خطة لتهجير سكان غزة.", "COERCE")
    assert coded("وأعلنت إسرائيل تهجير سكان غزة.", "COERCE")


def test_taking_part_in_or_chairing_a_meeting_holds_it():
    assert coded("وشاركت روسيا في المفاوضات التي جرت في إسطنبول.", "CONSULT") == [("asserted", ["Russian Federation"])]
    assert coded("وترأس الرئيس المصري عبد الفتاح السيسي اجتماعا لمجلس الأمن القومي.", "CONSULT") == \
        [("asserted", ["Abdel Fattah el-Sisi"])]


def test_coverage_lists_load_normalised():
    from khabar.events.code import triggers

    t = triggers()
    assert "احتجاجا" in t["protesting"] and "طائرات" in t["instruments"] and "خاضعه" in t["states"]
    assert "المحكمه" in t["courts"] and "تهمه" in t["charges"] and "خطه" in t["plans"]
    assert t["verbs"]["قبل"]["needs"] >= {"مقترح", "مبادره"} and "الحكم" in t["verbs"]["طعن"]["needs"]
    assert t["verbs"]["وافق"]["negated"] == "REJECT" and t["verbs"]["سمح"]["negated_only"]
    assert "حق" not in t["relative_nouns"] and "صواريخ" in t["relative_nouns"]
    assert t["noun_length"]["وقفه"] == 2 and "شارك" in t["control"] and "ل" in t["title_prepositions"]


# session 9: trigger classes and trigger-matching mechanisms, in the styles of several outlets

@pytest.mark.parametrize("text, kind, actor", [
    # a Maghreb site: a crowd going out into the streets (خرج with its streets)
    ("وخرجت جماعة الإخوان المسلمين إلى الشوارع في القاهرة.", "PROTEST", "Muslim Brotherhood"),
    # a Gulf agency: money set aside, the number in figures with its scale word
    ("وأعلنت الإمارات تخصيص 200 مليون دولار لإعادة إعمار اليمن.", "AID", "United Arab Emirates"),
    # KUNA: a grant written with a decimal point
    ("وقدمت الكويت 1.5 مليار دولار للعراق.", "AID", "Kuwait"),
    # an Algerian daily: a complaint lodged with the Security Council
    ("وتقدمت الحكومة الجزائرية بشكوى إلى مجلس الأمن الدولي ضد المغرب.", "ACCUSE", "Government of Algeria"),
    # a Yemeni agency: an ultimatum
    ("وأنذرت الحكومة اليمنية جماعة الحوثي بعواقب وخيمة.", "THREATEN", "Government of Yemen"),
    # a Palestinian wire: blowing up houses
    ("ونسف الجيش الإسرائيلي منازل في بلدة بيت حانون.", "ASSAULT", "Israel Defense Forces"),
    # a Levant site: tariffs imposed
    ("وفرضت الولايات المتحدة رسوما جمركية على الصين.", "SANCTION", "United States"),
    # a Gulf site: meetings held (عقد with a plural)
    ("وعقدت قطر اجتماعات مع وفد حركة طالبان في الدوحة.", "CONSULT", "Qatar"),
    # an agency wire: a cooperation agreement signed is cooperation, not a bare agreement
    ("ووقعت مصر والأردن اتفاقية تعاون في مجال الطاقة.", "COOPERATE", "Egypt"),
    # a Gulf paper: the signatory, then the co-signatory, then the quoted title of what was signed
    ("ووقّع وزير الخارجية المصري سامح شكري مع أيمن الصفدي «مذكرة تفاهم» في القاهرة.", "COOPERATE",
     "Sameh Shoukry"),
])
def test_session9_classes(text, kind, actor):
    assert any(actor in a for _, a in coded(text, kind)), events(text)


def test_the_street_verb_needs_its_streets():
    # خرج alone is leaving a meeting, not a march
    assert not coded("وخرج وزير الخارجية الفرنسي من الاجتماع دون تصريح.", "PROTEST")


def test_appeal_needs_a_ruling():
    assert coded("واستأنفت حركة النهضة الحكم الصادر بحق قادتها.", "REJECT")
    # استأنف with talks resumes them: no rejection
    assert not coded("واستأنفت الحكومة السودانية المفاوضات مع الحركات المسلحة.", "REJECT")


def test_participle_with_the_noun_it_needs():
    # the ḥāl "محمّلا … المسؤولية" accuses; "محمّلة نفسها مهمة" does not
    from khabar.events.code import _match_trigger

    class Args:
        def at(self, j):
            return None
    from khabar.entities.recognise import Word
    from khabar.text.normalise import normalise_word as n

    def words(text):
        out, pos = [], 0
        for w in text.split():
            out.append(Word(n(w), pos, pos + len(w)))
            pos += len(w) + 1
        return out
    accusing = words("، محملا الحكومة كامل المسؤولية")
    match = _match_trigger(accusing, 1, Args())
    assert match and match[0]["type"] == "ACCUSE" and match[2] == "participle"
    assert _match_trigger(words("، محملة نفسها مهمة متابعته"), 1, Args()) is None


def test_imperfect_plural_dual_and_hollow_stems():
    from khabar.events.code import _verb_by_stem
    assert _verb_by_stem("يتظاهرون")[1] == "تظاهر"       # the plural ending off whole
    assert _verb_by_stem("توقعان") is None or _verb_by_stem("توقعان")[1] != "وقعا"
    assert _verb_by_stem("يزور")[1] == "زار"             # a hollow form I
    assert _verb_by_stem("يستقيل")[1] == "استقال"        # a hollow form X
    assert _verb_by_stem("تقول") is None                 # not أقال: form IV is not guessed
    assert _verb_by_stem("تغير") is None                 # not أغار


def test_light_verb_number_with_decimals():
    from khabar.events.code import _number
    assert _number("66.7") and _number("٥٠٠") and _number("1,5") and not _number("مليون")


@pytest.mark.parametrize("text, kind", [
    # a wire's anonymous source asks not to be named: no demand
    ("وقال مسؤول عراقي لوكالة الأنباء، طالبا عدم الكشف عن هويته، إن الوفد غادر بغداد.", "REQUEST"),
    ("وقال دبلوماسي غربي، طالباً عدم ذكر اسمه، إن المحادثات متعثرة.", "REQUEST"),
    # searching for, not discussing
    ("وتبحث فرق الدفاع المدني السوري عن ناجين تحت الأنقاض.", "CONSULT"),
    # interviews conducted with someone are no talks
    ("وأجرت اللجنة الدولية للصليب الأحمر مقابلات مع المحتجزين قبل الإفراج عنهم.", "CONSULT"),
    # aiming to finish, not targeting
    ("وقالت هيئة قناة السويس إنها تستهدف الانتهاء من عبور السفن خلال أيام.", "ASSAULT"),
    # a certificate granted, not aid
    ("ومنحت منظمة الصحة العالمية المغرب شهادة الخلو من الملاريا.", "AID"),
    # addressing differences, not treating the wounded
    ("ودعت الجامعة العربية الأطراف إلى الحوار، ومعالجة خلافاتها بالطرق السلمية.", "AID"),
    # a court's sessions are hearings
    ("وعقدت المحكمة الجنائية الدولية جلسة للنظر في القضية.", "CONSULT"),
])
def test_other_senses_code_nothing(text, kind):
    assert not coded(text, kind), events(text)


def test_the_aid_and_talks_senses_still_code():
    assert coded("وعالجت فرق الهلال الأحمر الفلسطيني عشرات الجرحى في مخيم جنين.", "AID")
    assert coded("وعقد مجلس الوزراء اللبناني جلسة طارئة برئاسة نجيب ميقاتي.", "CONSULT")


@pytest.mark.parametrize("text, kind, actor", [
    # an SPA-style relief report: a date with its Levantine month in brackets before the money
    ("وكان مركز الملك سلمان للإغاثة والأعمال الإنسانية قد قدم في مارس (آذار) الماضي 40 مليون دولار لليمن.",
     "AID", "King Salman Humanitarian Aid and Relief Centre"),
    # a Sudanese site: the month and year between the light verb and its noun
    ("وكانت قوات الدعم السريع قد شنت في يونيو 2024 هجوما على مدينة سنار.", "ASSAULT", "Rapid Support Forces"),
])
def test_light_verb_across_a_time(text, kind, actor):
    assert any(actor in a for _, a in coded(text, kind)), events(text)


def test_time_skip_lexicon_has_the_month_names():
    from khabar.events.code import triggers
    skip = triggers()["time_skip"]
    assert {"يونيو", "حزيران", "جوان", "الماضي"} <= skip


@pytest.mark.parametrize("text, kind", [
    # تسلّم: taking office or receiving, not handing over (سلّم)
    ("ويأتي القرار قبل أسابيع من تسلم الرئيس المنتخب جو بايدن مهامه في البيت الأبيض.", "RETREAT"),
    ("وقال المتحدث إن الوسطاء القطريين تسلموا قائمة بأسماء المحتجزين.", "RETREAT"),
    # فرض as a verb without what is imposed: hardships imposed by the weather
    ("وواجهت فرق الدفاع المدني الأردني صعوبات فرضتها الأمطار الغزيرة.", "SANCTION"),
    # a visit to a site is no consultation with a party
    ("وزار رئيس الأركان الإسرائيلي هرتسي هاليفي موقع الهجوم ليل السبت.", "CONSULT"),
])
def test_receiving_imposing_and_visiting_senses(text, kind):
    assert not coded(text, kind), events(text)


def test_handing_over_imposing_and_visiting_still_code():
    assert coded("وسلمت حركة حماس الرهائن إلى اللجنة الدولية للصليب الأحمر.", "RETREAT")
    assert coded("وفرضت عليه الولايات المتحدة عقوبات جديدة.", "SANCTION") or \
        coded("وفرضت الولايات المتحدة على إيران عقوبات جديدة.", "SANCTION")
    assert coded("وزار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة يوم الاثنين.", "CONSULT")


def test_exchanges_of_fire_and_of_prisoners():
    # an Azerbaijani-front wire: two parties exchanging shelling is an assault by both
    text = "وتبادلت أذربيجان وأرمينيا القصف على طول خط التماس في إقليم ناغورني قره باغ."
    assert ("asserted", ["Azerbaijan", "Armenia"]) in coded(text, "ASSAULT")
    assert not coded(text, "REQUEST")                    # خط التماس: the masdar, not the verb التمس
    # a Sudanese site: the verbal noun of an exchange of fire between two parties
    assert coded("وأفادت مصادر محلية بوقوع تبادل إطلاق النار بين الجيش السوداني وقوات الدعم السريع في أم درمان.",
                 "ASSAULT")
    # a prisoner exchange stays a release
    text = "وأنجزت الأمم المتحدة عملية تبادل الأسرى بين الحكومة اليمنية والحوثيين."
    assert coded(text, "RETREAT") and not coded(text, "ASSAULT")


def test_holding_captives_in_the_present_is_a_state():
    # a UN report: the group still holds them (no new act); the past form seizes
    assert not [e for e in events("وقال مكتب الأمم المتحدة إن جماعة الحوثي تحتجز 25 موظفا أمميا في صنعاء.")
                if e[0] in ("COERCE", "ASSAULT")]
    assert [e for e in events("واحتجزت جماعة الحوثي 11 موظفا أمميا في صنعاء يوم الخميس.")
            if e[0] in ("COERCE", "ASSAULT")]


# session 10: precision classes, in the styles of several outlets (sentences composed for the tests)

@pytest.mark.parametrize("text", [
    # a wire: a crossing after على, in a relative clause
    "وكان مسلحو حركة الشباب قد هاجموا المطعم الواقع على تقاطع شارع مكة في مقديشو.",
    # a Levant site: a crossing after عند
    "وقالت الشرطة العراقية إن العبوة انفجرت عند تقاطع طرق في حي الكرادة.",
])
def test_an_imperfect_looking_word_after_a_preposition_is_a_verbal_noun(text):
    assert not coded(text, "PROTEST")


def test_the_imperfect_without_a_preposition_is_still_the_verb():
    assert coded("وتقاطع حركة النهضة الانتخابات البلدية المقبلة.", "PROTEST")


@pytest.mark.parametrize("text", [
    "وقال وزير الاتصالات اللبناني جوني القرم إن الشبكة عادت إلى العمل.",
    # the second portfolio of one ministry, joined by و
    "وأكدت وزارة الخارجية والتعاون الدولي الإماراتية دعم جهود السلام.",
    # a company named by its trade
    "وقالت شركة الاتصالات اليمنية إن الشبكة تعطلت في صنعاء.",
])
def test_an_event_noun_naming_an_office_is_no_event(text):
    assert not [e for e in events(text) if e[0] in ("CONSULT", "COOPERATE")]


def test_an_act_after_the_officials_title_is_still_coded():
    assert coded("وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا مع نظيره المصري سامح شكري.",
                 "CONSULT") == [("asserted", ["Ayman Safadi"])]


@pytest.mark.parametrize("text, actor", [
    # VSO with a counted object
    ("ونقل الهلال الأحمر الفلسطيني عشرات الجرحى إلى مستشفيات رام الله.", "Palestine Red Crescent Society"),
    # the verbal noun after أعلن
    ("وأعلنت وزارة الصحة نقل الجرحى إلى مستشفيات قريبة.", "وزارة الصحة"),
])
def test_carrying_the_wounded_is_aid(text, actor):
    assert coded(text, "AID") == [("asserted", [actor])]


@pytest.mark.parametrize("text", [
    "ونقلت وكالة الأنباء السعودية عن مصدر طبي أن الجرحى في حالة مستقرة.",
    "ونقلت قناة الجزيرة صور الجرحى في المستشفى.",
])
def test_reporting_or_broadcasting_the_wounded_is_no_aid(text):
    assert not coded(text, "AID")


@pytest.mark.parametrize("text, actor", [
    ("وتعهدت اليابان بمبلغ 300 مليون دولار لإعادة إعمار غزة.", "Japan"),
    ("وتعهد الاتحاد الأوروبي بتقديم 50 مليون يورو لليمن.", "European Union"),
])
def test_a_pledge_of_money_is_aid_not_a_concession(text, actor):
    assert coded(text, "AID") == [("future", [actor])] and not coded(text, "CONCEDE")


def test_a_pledge_to_withdraw_stays_a_concession():
    assert coded("وتعهدت إسرائيل بالانسحاب من جنوب لبنان.", "CONCEDE")


@pytest.mark.parametrize("text, actor", [
    # an Egyptian daily: قضت, the three-letter defective past, with ب + the penalty
    ("وقضت محكمة الجنايات في القاهرة بسجن الناشط علاء عبد الفتاح خمس سنوات.", "محكمة الجنايات"),
    # a Maghreb site: حكمت with the penalty after ب
    ("وحكمت محكمة الاستئناف في الرباط بالسجن عشرين عاما على ناصر الزفزافي.", "محكمة الاستئناف"),
])
def test_a_court_decreeing_a_sentence_is_coercion(text, actor):
    assert coded(text, "COERCE") == [("asserted", [actor])]


@pytest.mark.parametrize("text", [
    "وقضى الناشط علاء عبد الفتاح عشرين عاما في السجن.",     # spent years in prison
    "وحكم الرئيس حافظ الأسد على المعارضين بالسجن.",          # no court
    "وحكم الرئيس حافظ الأسد سوريا ثلاثين عاما.",             # ruled a country
])
def test_a_sentence_decreed_by_no_court_is_no_event(text):
    assert not coded(text, "COERCE")


@pytest.mark.parametrize("text, kind, actor", [
    # a demand, then a call joined by و
    ("وطالب الاتحاد الأفريقي بوقف القتال، ودعا الأطراف إلى الحوار.", "REQUEST", "African Union"),
])
def test_a_second_verb_joined_in_its_sentence_is_a_second_act(text, kind, actor):
    assert coded(text, kind) == [("asserted", [actor])] * 2


def test_a_circumstantial_participle_of_the_same_type_goes_on_with_the_act():
    # round s22: the dev gold lists "ودان … محملاً …" as one ACCUSE in 11 of 14 such sentences
    assert coded("وأدانت وزارة الخارجية الأردنية الهجوم، محمّلة إسرائيل المسؤولية الكاملة عن التصعيد.",
                 "ACCUSE") == [("asserted", ["Ministry of Foreign Affairs and Expatriates (Jordan)"])]


def test_a_characterization_after_a_condemnation_is_the_same_act():
    assert coded("ودان الرئيس اللبناني ميشال عون الهجوم، ووصفه بأنه عمل إرهابي.", "ACCUSE") == \
        [("asserted", ["Michel Aoun"])]


@pytest.mark.parametrize("text", [
    "لكن حركة الشباب ما زالت تسيطر على مناطق ريفية واسعة في وسط الصومال.",   # controls: a state
    "وتحتل إسرائيل هضبة الجولان السورية منذ عام 1967.",                          # occupies: a state
])
def test_the_present_of_a_verb_of_holding_ground_is_a_state(text):
    assert not [e for e in events(text) if e[0] in ("ASSAULT", "COERCE")]


def test_the_past_of_a_verb_of_holding_ground_is_the_act():
    assert coded("وسيطرت قوات الدعم السريع على مدينة ود مدني أمس.", "COERCE") == \
        [("asserted", ["Rapid Support Forces"])]


def test_a_pledged_sum_is_aid_still_to_come():
    assert coded("وتعهدت اليابان بمبلغ 300 مليون دولار لإعادة إعمار غزة.", "AID") == [("future", ["Japan"])]


@pytest.mark.parametrize("text", [
    "وقالت حركة حماس إن الاتفاق ينص على إدخال مئات الشاحنات من المساعدات إلى قطاع غزة.",
    "وقال الهلال الأحمر المصري إن الاتفاق نص على إدخال المساعدات إلى القطاع.",
])
def test_what_an_agreement_stipulates_is_future(text):
    assert [e[1] for e in events(text) if e[0] == "AID"] == ["future"]


def test_a_delivery_announced_as_done_stays_asserted():
    assert [e[1] for e in events("وأعلنت حركة حماس إدخال مئات الشاحنات من المساعدات إلى قطاع غزة.")
            if e[0] == "AID"] == ["asserted"]


def test_the_participle_of_a_verb_is_no_verb():
    # م + the verb's stem: "a welcomed step", an adjective
    assert not coded("ووصفت وزارة الخارجية القطرية الاتفاق بأنه خطوة مرحب بها.", "SUPPORT")


def test_the_article_is_no_imperfect_prefix():
    """ال opens a definite noun (المجلس), not a first-person imperfect: such a noun is no
    finite verb for the rules that look for one (a verb after a title, a state verb)."""
    from khabar.entities.recognise import Word
    from khabar.events.code import _imperfect
    assert not _imperfect(Word("المجلس", 0, 6, lemma="مجلس"))
    assert not _imperfect(Word("الحكومه", 0, 7, lemma="حكومه"))
    assert _imperfect(Word("تعقد", 0, 4, lemma="عقد"))
