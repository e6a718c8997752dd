import spacy
from hypothesis import given, settings, strategies as st

from khabar.text.tokenizer import KhabarTokenizer


def tokenizer():
    nlp = spacy.blank("ar")
    return KhabarTokenizer(nlp.vocab)


TOKENIZER = tokenizer()


def test_doc_text_is_the_input_and_tokens_split_clitics():
    text = "وأعلنت إسرائيل لإطلاق  محتجزيها\u00a0في غزة، وقالت: «نعم». NBC U.S. 3,5 ١٠٠"
    doc = TOKENIZER(text)
    assert doc.text == text
    words = [t.text for t in doc if not t.is_space]
    assert words[:4] == ["و", "أعلنت", "إسرائيل", "ل"]
    assert "محتجزي" in words and "ها" in words
    assert "U.S." in words and "NBC" in words and "3,5" in words and "١٠٠" in words
    assert "،" in words and "«" in words and "»" in words


def test_norms_and_lemmas():
    doc = TOKENIZER("وأعلنتْ الإدارةُ")
    host = doc[1]
    assert host.norm_ == "اعلنت"
    assert host.lemma_ == "اعلن"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_round_trips(text):
    doc = TOKENIZER(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


def test_team_lemmas_for_weak_verbs_reach_the_tokens():
    from importlib import resources

    import yaml

    from khabar.text.normalise import normalise_word

    curated = yaml.safe_load(resources.files("khabar.text").joinpath("data/lemmas.yaml").read_text("utf-8"))
    assert curated and all(isinstance(k, str) and isinstance(v, str) for k, v in curated.items())
    doc = TOKENIZER("ونفت الحكومة ذلك بينما يزور الوفد المدينة")
    lemmas = {t.text: t.lemma_ for t in doc if not t.is_space}
    assert lemmas["نفت"] == normalise_word("نفى")
    assert lemmas["يزور"] == normalise_word("زار")


def test_each_proclitic_of_a_sequence_is_its_own_token():
    """و + س, و + ل, ف + ب: a conjunction and the particle after it are two tokens, so every
    stage sees the particle itself (a future س, a preposition ل) whatever opens the word."""
    cases = {
        "وسيلتقي": (["و", "س", "يلتقي"], "يلتقي"),
        "وبإصابة": (["و", "ب", "إصابة"], "اصابه"),
        "فبالتالي": (["ف", "ب", "التالي"], "التالي"),
        "وللمرة": (["و", "ل", "لمرة"], "المره"),   # the article's alef, lost after لل, is back in the norm
        "وكأن": (["و", "كأن"], "كان"),
    }
    for word, (pieces, host_norm) in cases.items():
        doc = TOKENIZER(word)
        assert [t.text for t in doc] == pieces, word
        assert doc[-1].norm_ == host_norm, word


def test_a_latin_name_keeps_its_digits():
    """"Le360", "H5N1", "F16": a Latin word that goes on with digits is one name; a
    number written after an Arabic word ("عربي21") or a hyphen ("COVID-19") stays apart."""
    words = [t.text for t in TOKENIZER("موقع Le360 وطائرات F16 وفيروس H5N1 وCOVID-19 وعربي21") if not t.is_space]
    assert {"Le360", "F16", "H5N1"} <= set(words)
    assert words[-2:] == ["عربي", "21"] and "19" in words


def test_a_known_word_never_reads_as_a_conjunction_and_a_preposition_with_me():
    """ولي العهد is the crown prince: لي 'for me' is as rare in news prose as ي 'my'.  Other
    pronouns still split (وله → و + له), as does a word the lexicon does not know."""
    assert [t.text for t in TOKENIZER("ولي العهد")] == ["ولي", "العهد"]
    assert [t.text for t in TOKENIZER("لولي العهد")] == ["ل", "ولي", "العهد"]
    assert [t.text for t in TOKENIZER("وله الحق")] == ["و", "له", "الحق"]
