"""Round s32/s33 trigger breadth: attributing an act to a party (نسب إلى: ACCUSE), foiling an attempt or
an attack (إحباط، إفشال: REJECT), on made-up sentences, with the near-misses that must stay no event."""

import khabar


def events(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(v["type"], [names[a] for a in v["actor"]]) for v in record.events]


def types(text):
    return [kind for kind, _ in events(text)]


def test_attributing_an_act_to_a_party_is_an_accusation():
    found = events("وكانت الشرطة قد نسبت التفجير إلى جماعة متطرفة تنشط في المنطقة.")
    assert any(kind == "ACCUSE" and actor for kind, actor in found)


def test_a_relative_attribution_is_an_accusation_by_its_subject():
    found = events("وأكدت الوزارة أن الاعتداء نسبته السلطات التركية إلى حزب العمال الكردستاني.")
    assert any(kind == "ACCUSE" and actor for kind, actor in found)


def test_words_attributed_to_a_speaker_are_no_accusation():
    assert "ACCUSE" not in types("ونسبت الصحيفة إلى الوزير قوله إن المحادثات متعثرة.")


def test_a_quote_attributed_with_the_pronoun_split_off_is_no_accusation():
    # the segmenter splits قوله into قول + ه: the stem is listed too
    assert "ACCUSE" not in types("ونسبت وكالة رويترز إليه قوله إن المفاوضات مستمرة.")


def test_foiling_an_attempt_is_a_rejection():
    found = events("وتمكنت قوات الأمن من إحباط محاولة تهريب شحنة أسلحة عبر الحدود الشرقية.")
    assert any(kind == "REJECT" and actor for kind, actor in found)


def test_foiling_an_attack_is_a_rejection():
    assert "REJECT" in types("وأعلن الجيش إفشال هجوم على موقع عسكري شرقي البلاد.")


def test_frustration_is_no_foiling():
    assert "REJECT" not in types("وعبر السكان عن الإحباط من بطء الإصلاحات الاقتصادية.")


def test_two_battalions_sent_are_a_deployment():
    found = events("وقال المتحدث العسكري إن الجيش أرسل كتيبتين إضافيتين إلى المدينة.")
    assert any(kind == "MOBILIZE" and actor for kind, actor in found)


def test_fighters_deploying_are_a_deployment():
    assert "MOBILIZE" in types("وانتشر مقاتلو حركة حماس بأعداد كبيرة في شوارع المدينة.")


def test_guards_reinforced_by_the_verbal_noun_are_a_deployment():
    found = events("وأعلنت وزارة الداخلية تعزيز الحراسة على الحدود الشمالية.")
    assert any(kind == "MOBILIZE" and actor for kind, actor in found)


def test_reinforcing_cooperation_is_no_deployment():
    assert "MOBILIZE" not in types("وبحث الوزيران سبل تعزيز التعاون الأمني بين البلدين.")



def test_dissolving_a_militia_is_a_sanction():
    found = events("وقرر رئيس الوزراء عبد الحميد الدبيبة حل عدد من الأجهزة الأمنية في العاصمة.")
    assert any(kind == "SANCTION" and actor for kind, actor in found)


def test_dissolving_a_parliament_stays_coercion():
    assert "COERCE" in types("وأعلن الرئيس قيس سعيد حل البرلمان بعد أشهر من تجميد أعماله.")


def test_solving_a_crisis_with_militias_is_no_dissolving():
    kinds = types("ويسعى الوسطاء الدوليون إلى حل الأزمة مع الميليشيات المسلحة في الجنوب.")
    assert "SANCTION" not in kinds and "COERCE" not in kinds


def test_first_aid_given_is_aid():
    found = events("وأعلن الصليب الأحمر الإسباني أنه قدم الإسعافات لعشرات المهاجرين على الشاطئ.")
    assert any(kind == "AID" and actor for kind, actor in found)


def test_a_river_bank_retaken_is_a_seizure():
    found = events("وكانت القوات الأوكرانية قد استعادت الضفة الغربية للنهر في نوفمبر الماضي.")
    assert any(kind == "COERCE" and actor for kind, actor in found)
