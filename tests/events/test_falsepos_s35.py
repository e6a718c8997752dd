"""Round s35 false events, on made-up sentences: an act a photo caption alone tells (component._beyond_captions), and a
verb of discussing (بحث، ناقش) in a sentence that already tells a
call, a meeting or a reception names that meeting's subject, not a second CONSULT (component._discussions_of_meetings);
with the near-miss that must keep its event (discussing told alone is the meeting)."""

import khabar
from khabar.events.code import _n, triggers


def consults(text, published="2024-06-10"):
    record = khabar.read(text, published=published)
    return [(v["mode"], [t["text"] for t in v["triggers"]]) for v in record.events if v["type"] == "CONSULT"]


def test_discussing_in_a_call_is_the_call():
    found = consults("وبحث وزير الخارجية أيمن الصفدي مع نظيره السوري فيصل المقداد، في اتصال هاتفي، "
                     "ضرورة التنسيق لمواجهة عمليات التهريب عبر الحدود.")
    assert len(found) == 1
    assert found[0][0] == "phone" and "بحث" in found[0][1]


def test_discussing_after_the_call_is_the_call():
    found = consults("من جهته، أجرى الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي، اتصالا هاتفيا مع الأمير محمد بن "
                     "سلمان، ولي العهد السعودي، بحثا خلاله تداعيات الهجوم.")
    assert len(found) == 1 and found[0][0] == "phone"


def test_discussing_after_a_reception_is_the_reception():
    found = consults("واستقبل الرئيس عبد الفتاح السيسي، اليوم، الرئيس التنفيذي لشركة إيني كلاوديو ديسكالزي بحضور رئيس "
                     "الوزراء إبراهيم محلب، وبحث معه خطط تطوير الحقل.")
    assert len(found) == 1


def test_discussing_alone_stays_a_meeting():
    found = consults("وبحث الرئيس المصري عبد الفتاح السيسي مع نظيره الروسي فلاديمير بوتين في القاهرة ملفات التعاون.")
    assert len(found) == 1 and "بحث" in found[0][1]


def test_discussion_verbs_are_listed():
    assert {_n("بحث"), _n("ناقش"), _n("تباحث")} <= triggers()["discussion_verbs"]


_CAPTIONED = """عناصر من الجيش اللبناني ينتشرون في شوارع مدينة طرابلس ليل الإثنين

الحكومة اللبنانية تعلن موعد الانتخابات التشريعية المقبلة

10 يونيو 2024

{body}
"""


def test_an_act_told_in_a_caption_alone_is_no_event():
    text = _CAPTIONED.format(body="أعلنت الحكومة اللبنانية، اليوم الاثنين، أن الانتخابات التشريعية ستجرى في الخريف "
                                  "المقبل، وفق بيان رسمي.")
    record = khabar.read(text).to_dict()
    assert record["meta"]["captions"][0]["kind"] == "caption"
    assert "MOBILIZE" not in [v["type"] for v in record["events"]]


def test_a_caption_act_the_body_tells_stays():
    text = _CAPTIONED.format(body="وانتشرت وحدات من الجيش اللبناني في شوارع مدينة طرابلس، اليوم الاثنين، لحفظ الأمن.")
    record = khabar.read(text).to_dict()
    assert "MOBILIZE" in [v["type"] for v in record["events"]]


def types(text, published="2024-06-10"):
    return [v["type"] for v in khabar.read(text, published=published).events]


def test_suspending_an_official_is_no_withdrawal():
    assert "RETREAT" not in types("قرر مجلس الوزراء، في جلسة استثنائية عقدها أمس الأحد، سحب يد وزير الصحة حسن التميمي "
                                  "وإحالته إلى التحقيق.")


def test_lifting_immunity_is_no_withdrawal():
    assert "RETREAT" not in types("وكان المجلس العسكري الحاكم في النيجر قد سحب حصانته الدبلوماسية بعد رفض باريس.")


def test_pulling_back_forces_stays_a_withdrawal():
    assert "RETREAT" in types("وأعلن الجيش الوطني الليبي سحب قواته من محيط العاصمة طرابلس.")


def test_withdrawal_senses_off_are_listed():
    assert {_n("يد"), _n("حصانة"), _n("جثث")} <= triggers()["senses_off"][_n("سحب")]
