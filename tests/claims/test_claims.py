"""Claims and their isnad on real sentence shapes."""

import khabar


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
