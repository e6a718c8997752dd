"""The blind gold correction of session 19 (corpus/corrections/plain_calls.py) removes exactly the paraphrased calls
and demands whose clause quotes none of their words, and nothing else."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load, rewritten   # also puts corpus/corrections on sys.path for blind

plain_calls = _load("plain_calls")

TEXT = ("ودعا الرئيس الأطراف إلى ضبط النفس، فيما قال الوزير إن \"الوضع هادئ\". "
        "وطالبت الحركة بـ\"رحيل الحكومة\". "
        "ودعا النائب في تصريح لـ\"الغد\" إلى التحقيق. "
        "وقال المتحدث إن الحوار مستمر، داعياً الجميع إلى الهدوء. "
        "ودعا الرئيس إلى \"حوار وطني شامل\".")
GOLD = """claims:
  - {cue: "ودعا", kind: paraphrase, certainty: asserted, sources: ["الرئيس"], platform: null}
  - {cue: "قال", kind: quote, certainty: asserted, sources: ["الوزير"], platform: null}
  - {cue: "وطالبت", kind: paraphrase, certainty: asserted, sources: ["الحركة"], platform: null}
  - {cue: "ودعا", kind: paraphrase, certainty: asserted, sources: ["النائب"], platform: null}
  - {cue: "وقال", kind: paraphrase, certainty: asserted, sources: ["المتحدث"], platform: null}
  - {cue: "داعياً", kind: paraphrase, certainty: asserted, sources: ["المتحدث"], platform: null}
  - {cue: "ودعا", kind: paraphrase, certainty: asserted, sources: ["الرئيس"], platform: null}
"""


def test_only_calls_whose_clause_quotes_none_of_their_words_are_named():
    raw = yaml.safe_load(GOLD)
    # 0: no quote before the clause ends at "، فيما" (the quote is the minister's); 3: the only quote names the
    # outlet a relay (لـ"الغد"); 5: the tanwin of "داعياً" is read as its bare form.  Kept: a quoted demand (2), the
    # third ودعا read at its own (third) occurrence, whose words are quoted (6), and the verbs of saying (1, 4).
    assert plain_calls.call_indexes(raw, TEXT) == [0, 3, 5]


def test_a_call_told_with_a_quote_after_a_relay_name_is_still_read_at_its_own_clause():
    raw = {"claims": [{"cue": "طالب", "kind": "paraphrase"}]}
    assert plain_calls.call_indexes(raw, "طالب نواب \"التغيير\" الحكومة بإقرار القانون.") == [0]
    assert plain_calls.call_indexes(raw, "طالب نواب الحكومة بـ\"إقرار القانون فورا\".") == []


signed_pacts = _load("signed_pacts")

PACT_TEXT = ("ووقع البلدان مذكرة تفاهم في مجال الطاقة. ووقع الطرفان اتفاق سلام ينهي الحرب. "
             "كما وقع الوزيران اتفاقية للتعاون التجاري ووقف إطلاق النار. ووقع البلدان اتفاقية تعاون أمني.")
PACT_GOLD = """events:
  - {type: AGREE, mode: null, actor: [A], recipient: [], trigger: "ووقع"}
  - {type: AGREE, mode: null, actor: [A], recipient: [], trigger: "ووقع"}
  - {type: AGREE, mode: null, actor: [A], recipient: [], trigger: "وقع"}
  - {type: COOPERATE, mode: null, actor: [A], recipient: [], trigger: "ووقع"}
"""


def test_only_signed_pacts_of_cooperation_with_no_settlement_are_retyped():
    raw = yaml.safe_load(PACT_GOLD)
    # 0: a memorandum of understanding; 1: a peace (a settlement, AGREE); 2: cooperation beside a ceasefire (left as
    # written); 3: already COOPERATE
    assert signed_pacts.pact_indexes(raw, PACT_TEXT) == [0]


def test_retyping_rewrites_the_type_alone(tmp_path):
    after = yaml.safe_load(rewritten(tmp_path, PACT_GOLD, lambda path, raw: signed_pacts._retype(path, raw, [0])))
    assert [e["type"] for e in after["events"]] == ["COOPERATE", "AGREE", "AGREE", "COOPERATE"]
    assert after["events"][0]["trigger"] == "ووقع" and after["events"][0]["actor"] == ["A"]
