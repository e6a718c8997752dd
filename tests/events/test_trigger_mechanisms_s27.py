"""Round s27's trigger mechanisms (gold events with no trigger coded, kinds that recur across outlets in dev), each
on sentences composed for the test, none copied from the corpus."""

import khabar
from khabar.events.code import triggers


def _events(text: str) -> list[tuple[str, list[str]]]:
    record = khabar.read(text)
    names = {e["id"]: e["name"] for e in record.entities}
    return [(e["type"], [names.get(a, a) for a in e.get("actor") or []]) for e in record.events]


def _requests(text: str) -> list[list[str]]:
    return [actor for kind, actor in _events(text) if kind == "REQUEST"]


# a request that grounds an act names who asked: بطلب من X، استجابة لطلب X، بناء على طلب من X
def test_a_request_that_grounds_an_act_is_the_asker_s_request():
    assert ["Algeria"] in _requests("وعقد مجلس الأمن الدولي مساء الأحد جلسة مغلقة بطلب من الجزائر.")
    assert any(_requests("وأرسلت اليابان فرق إغاثة إلى تركيا استجابة لطلب أنقرة."))
    assert ["Government of Egypt"] in _requests("وأجلت المحكمة الجلسة إلى الشهر المقبل بناءً على طلب من الحكومة المصرية.")


def test_a_request_whose_asker_is_only_a_pronoun_is_none():
    assert not _requests("وجاءت الزيارة بناء على طلب منه لبحث ملف العمالة.")
    assert not _requests("وقالت الهيئة إن الجلسة تأجلت بطلب منها.")


def test_the_noun_after_a_verb_s_own_preposition_is_no_request():
    assert not _requests("ووافقت الهيئة على طلب الشركة إدراج أسهمها في البورصة.")
    assert "بناء" in triggers()["request_grounds"]


def test_the_bare_noun_elsewhere_is_no_request():
    assert not _requests("وتراجع الطلب العالمي على الذهب خلال الربع الأول.")
    assert not _requests("وقالت الشركة إن الطلب على السيارات الكهربائية ارتفع في مصر.")


# the bare طلب before من and a noun, its subject the pronoun of أنّ/إنّ or a definite noun after them, is the verb
def test_the_bare_verb_before_min_and_a_noun_is_a_request():
    assert ["Mahmoud Tawfik"] in _requests(
        "وقال وزير الداخلية المصري محمود توفيق إنه طلب من قادة الشرطة تعزيز الدوريات في المدينة.")


def test_the_noun_before_min_after_a_preposition_or_a_compound_is_no_verb():
    assert not _requests("وقدمت الشركة طلبا من أجل الحصول على ترخيص.")
    assert not _requests("وقالت وزارة الداخلية المصرية إنها تلقت الشكوى بعد طلب من جانب المحامين.")
