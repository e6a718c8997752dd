"""The blind gold correction of session 19 (corpus/corrections/plain_calls.py) removes exactly the paraphrased calls
and demands whose clause quotes none of their words, and nothing else."""
from __future__ import annotations

import yaml

from tests.evaluate.test_corrections import _load   # also puts corpus/corrections on sys.path for blind

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
