"""Who a cue with a pronoun subject points back to, and speakers the tokenizer leaves in
the construct dual or a coordination, in the styles of agency wires, broadcasters and Gulf
and Maghrebi sites."""

import khabar


def read(text, published="2024-06-10"):
    return khabar.read(text, published=published).claims


def chains(text):
    return [[s["text"] for s in c["sources"]] for c in read(text)]


def test_a_feminine_pronoun_goes_back_to_the_last_woman_who_spoke():
    text = ("برلين (د ب أ) - قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن الوضع خطير. "
            "وأضاف المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن الغارات مستمرة. "
            "وتابعت أن برلين تدعو إلى ضبط النفس.")
    assert chains(text) == [["أنالينا بيربوك"], ["أفيخاي أدرعي"], ["أنالينا بيربوك"]]


def test_a_masculine_pronoun_passes_over_a_ministry_to_the_man_before_it():
    text = ("الرباط - وقال رئيس الحكومة عزيز أخنوش إن الإصلاح ماض. "
            "وأكدت وزارة الداخلية أن الانتخابات ستجرى في موعدها. "
            "وأضاف أن الحكومة ستدعم الأسر الفقيرة.")
    assert chains(text)[-1] == ["عزيز أخنوش"]


def test_a_pronoun_of_the_same_gender_as_the_last_speaker_stays_with_them():
    text = ("لندن - وقالت المتحدثة باسم الحكومة البريطانية إن لندن قلقة. "
            "وأضافت أن السفير سيستدعى.")
    assert chains(text) == [["المتحدثة باسم الحكومة البريطانية"]] * 2
    text = ("الجزائر - وأكد الرئيس عبد المجيد تبون أن الجزائر لن تتراجع. "
            "وتابع أن الحوار مستمر.")
    assert chains(text) == [["عبد المجيد تبون"]] * 2


def test_a_feminine_pronoun_with_no_woman_before_it_makes_no_claim():
    text = ("دمشق - وقال المتحدث باسم الجيش أحمد حسن إن الهجوم صد. "
            "وتابعت أن القوات تتقدم.")
    assert chains(text) == [["أحمد حسن"]]
