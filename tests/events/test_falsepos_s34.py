"""Round s34 false events, on made-up sentences: a word of another sense read as an act (مدينة the city as
أدان's participle, حرر of a report), rejecting violence at large (a
condemnation's stance, no demand refused), leading away the arrested (the arrest's sequel), and freeing a town
(a seizure, not a rescue), and the areas a party holds ("مناطق سيطرتها": a state, no seizure); each with the
near-miss that must keep its event."""

import khabar


def events(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    return [(v["type"], v["mode"], v["trigger"]["text"]) for v in record.events]


def types(text):
    return [kind for kind, _, _ in events(text)]


def test_a_city_is_no_condemnation():
    found = types("انسحبت قوات الأمن، فجر اليوم، من بلدة الحمراء ومدينة السلام، فيما دخلت قوات الجيش هذه المناطق.")
    assert "ACCUSE" not in found
    assert "RETREAT" in found


def test_a_city_after_a_time_aside_is_no_condemnation():
    assert "ACCUSE" not in types("وكانت القوات الحكومية قد دخلت، أمس الاثنين، مدينة الحمراء دون مواجهات.")


def test_rejecting_violence_at_large_is_no_rejection():
    assert "REJECT" not in types("وأكدت وزارة الخارجية في بيان رفضها الدائم لجميع أشكال العنف والإرهاب.")


def test_rejecting_violence_quoted_is_no_rejection():
    assert "REJECT" not in types('وقالت الحكومة في بيان إنها تؤكد رفضها "العنف واستهداف المدنيين من أي جهة كانت".')


def test_rejecting_a_proposal_stays_a_rejection():
    assert "REJECT" in types("ورفضت الحكومة مقترح النقابة بتمديد الإضراب.")


def test_leading_away_the_arrested_is_the_arrest_only():
    found = events("وقالت الحركة إن قوة من الشرطة اعتقلت الناشط علي حسن فجرا واقتادته إلى مكان مجهول.")
    assert [(kind, mode) for kind, mode, _ in found] == [("COERCE", "arrest")]


def test_leading_away_alone_stays_an_abduction():
    assert ("ASSAULT", "abduct") in [(k, m) for k, m, _ in
                                     events("واقتاد مسلحون مجهولون ثلاثة مزارعين إلى جهة مجهولة.")]


def test_freeing_a_town_is_a_seizure():
    assert ("COERCE", "seize") in [(k, m) for k, m, _ in
                                   events("وقال مسؤول عسكري إن قوات الجيش حررت مدينة الرمادي بالكامل.")]


def test_freeing_hostages_stays_a_rescue():
    assert "AID" in types("وأعلنت الشرطة أنها حررت 12 رهينة كانوا محتجزين في المبنى.")


def test_writing_up_reports_is_no_rescue():
    assert "AID" not in types("وحررت الشرطة محاضر لأصحاب المحال المخالفة.")


def test_the_areas_a_party_holds_are_no_seizure():
    assert "COERCE" not in types("وأطلق الحوثيون صاروخين من مناطق سيطرتهم في اليمن باتجاه سفينة شحن.")


def test_shelling_the_areas_of_a_party_is_no_seizure():
    found = types("وواصلت المدفعية التركية قصف مناطق سيطرة «قوات سوريا الديمقراطية» في ريف حلب.")
    assert "COERCE" not in found
    assert "ASSAULT" in found


def test_groups_outside_state_control_are_no_seizure():
    assert "COERCE" not in types("ودعا الوزير إلى محاسبة الجماعات المسلحة الخارجة عن سيطرة الدولة.")


def test_a_party_announcing_its_control_stays_a_seizure():
    assert ("COERCE", "seize") in [(k, m) for k, m, _ in events("وأعلنت قوات الدعم السريع سيطرتها على مدينة سنجة.")]
