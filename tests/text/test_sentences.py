import pytest

from khabar.text.sentences import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ('قال "الوضع صعب". وأضاف أنه سيغادر.', ['قال "الوضع صعب".', "وأضاف أنه سيغادر."]),
    ('قال "الوضع صعب." وأضاف أنه سيغادر.', ['قال "الوضع صعب."', "وأضاف أنه سيغادر."]),
    ("قال «الوضع صعب.» ثم غادر؟ نعم", ["قال «الوضع صعب.»", "ثم غادر؟", "نعم"]),
    ("قال “انتهى الأمر”. ومضى.", ["قال “انتهى الأمر”.", "ومضى."]),
    ("وصل الوفد، وبدأت المحادثات؛ ثم انتهت.", ["وصل الوفد، وبدأت المحادثات؛ ثم انتهت."]),
    ("التقى د. محمد بالوفد. وصل 3.5 مليون دولار.", ["التقى د. محمد بالوفد.", "وصل 3.5 مليون دولار."]),
    ("هل انتهت الحرب؟! لا أحد يعلم!", ["هل انتهت الحرب؟!", "لا أحد يعلم!"]),
    ("بلا علامة في النهاية", ["بلا علامة في النهاية"]),
])
def test_split(text, expected):
    assert sentences(text) == expected


def test_offsets_within_a_range():
    text = "عنوان\n\nجملة أولى. جملة ثانية."
    start = text.index("جملة")
    assert [text[a:b] for a, b in split_sentences(text, start)] == ["جملة أولى.", "جملة ثانية."]


def test_canonical_article_one_sentence_per_sentence(canonical_record, canonical_text):
    body = canonical_record.meta["body"]
    body_sentences = [s for s in canonical_record.sentences if s["start"] >= body["start"]]
    assert len(body_sentences) == 10  # each of the ten paragraphs is one sentence
    ends = [canonical_text[s["end"] - 2:s["end"]] for s in body_sentences]
    assert ends.count('".') == 5  # five paragraphs end with a closing quote then a full stop


@pytest.mark.parametrize("text, count", [
    ("أعلنت شركة Apple Inc. عن منتج جديد. وارتفع سهمها.", 2),              # a Latin abbreviation
    ("وقال مسؤول في الـ U.S. Army إن الجنود بخير. ولم يصب أحد.", 2),        # initials one after another
    ("وقال أ. د. سامي يوسف إن الاتفاق هش. ولم يوضح السبب.", 2),
    ("وقال إنه زار مقر شركة Apple. وارتفع سهمها.", 2),                      # a Latin name is no abbreviation
    ("وقال المتحدث Dr. John إن اللقاح آمن. وأضاف أنه فعال.", 2),
    ("وصل الوفد يوم 5 مايو 2019 م. ثم التقى الرئيس.", 2),                  # the era mark after a year
    ("وانتهى الاجتماع الساعة 10 ص. ثم غادر الوفد.", 2),                    # the clock mark after an hour
    ("وعاد في 1445 هـ. ثم سافر إلى المدينة.", 2),
    ("وقال د. 5 أشخاص إنهم بخير. ولم يصب أحد.", 2),                         # an initial before a number stays one
])
def test_abbreviations_and_initials(text, count):
    assert len(split_sentences(text)) == count


def test_abbreviation_list_is_lower_case_words():
    from khabar.text.sentences import _abbreviations

    words = _abbreviations()
    assert "inc" in words and "no" in words      # "no" must stay a word, not YAML's false
    assert all(word.isalpha() and word == word.lower() for word in words)
