"""The khabar pipeline: a blank Arabic spaCy Language with khabar's tokenizer and its
components registered in the order the data flows.

    tokenizer (text layer: tokens, clitics, norms, lemmas)
    → khabar_structure (credits, captions, headline, byline, date line, body)
    → khabar_sentences (sentence boundaries within each part)
    → later stages (entities, times, figures, events, claims) add themselves to STAGES

Each stage lives in its own subpackage and registers one component; `build()` adds every
registered stage whose module is present, in flow order.
"""

from __future__ import annotations

import gc

from functools import lru_cache
from importlib import import_module

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from khabar.text.tokenizer import KhabarTokenizer

__all__ = ["STAGES", "build", "default_pipeline", "run"]

# (component name, module that registers it), in the order the data flows.
STAGES: list[tuple[str, str]] = [
    ("khabar_structure", "khabar.reading.component"),
    ("khabar_sentences", "khabar.text.component"),
    ("khabar_entities", "khabar.entities.component"),
    ("khabar_times", "khabar.times.component"),
    ("khabar_figures", "khabar.figures.component"),
    ("khabar_claims", "khabar.claims.component"),
    ("khabar_events", "khabar.events.component"),
    ("khabar_entity_surfaces", "khabar.entities.component"),   # after the events: capitals' surfaces
]

for _name, _default in (("published_given", None), ("source", None), ("structure", None),
                        ("sentences", None), ("normalised", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _available_stages() -> list[str]:
    names = []
    for name, module in STAGES:
        try:
            import_module(module)
        except ModuleNotFoundError as error:
            if error.name and module.startswith(error.name):
                continue  # the stage is not built yet: absent, not a stub
            raise
        names.append(name)
    return names


def build() -> Language:
    """A fresh pipeline with every available khabar stage."""
    nlp = spacy.blank("ar")
    nlp.tokenizer = KhabarTokenizer(nlp.vocab)
    stages = _available_stages()
    if "khabar_entities" in stages:
        _protect_names(nlp.tokenizer)
    for name in stages:
        nlp.add_pipe(name)
    return nlp


def _protect_names(tokenizer: KhabarTokenizer) -> None:
    """Names the knowledge base knows (بايدن، بلينكن) never lose a letter to clitic
    splitting: the lexicon of Arabic words does not list them, the knowledge base does; nor
    do the one-word names of places and outlets that the lexicon lists (فيينا، واس).  A word
    that joins a long name with a proclitic (لحقوق، للأمم) is left to split like any other:
    the knowledge base holds that name's split form as well.  Given names the lexicon does
    not list (بابكر، لخضر) are protected as well: read as ب + ابكر or ل + خضر, no rule sees
    the name."""
    from khabar.entities.recognise import protected_given_names
    from khabar.knowledge import knowledge_base

    lexicon = tokenizer.segmenter._lexicon
    kb = knowledge_base()
    joining = kb.joining_words()   # لحقوق، للأمم: a name matches on their split form
    tokenizer.segmenter.protect({w for w in kb.name_words() if w not in lexicon and len(w) > 2 and w not in joining}
                                | kb.whole_names() | protected_given_names(lexicon))


# A short article in the usual shape (date line, dateline, a reporting verb, a quote, an
# event, a place, a time, a figure): reading it once makes every stage load its lexicons.
_WARM_UP = ("منشور الاثنين 10 يونيو 2024\n\n"
            "غزة - (رويترز) - قال مسؤولون أمريكيون أمس إن الجيش الإسرائيلي قصف مخيم النصيرات، "
            "ما أدى إلى مقتل 274 فلسطينيًا. وأضاف المتحدث: «لن نتفاوض».\n")


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The process-wide pipeline, with every stage's data loaded: the stages load their
    lexicons on first use, so one warm-up read here lets worker processes forked later
    inherit them instead of each loading them again (and a first article not pay for it)."""
    nlp = build()
    from khabar.assemble import to_record

    to_record(run(_WARM_UP, nlp=nlp))
    _keep_loaded_data_out_of_collections()
    return nlp


def _keep_loaded_data_out_of_collections() -> None:
    """Move what is loaded now (knowledge base, lexicons, the pipeline: about 250,000
    objects that live as long as the process) out of the cyclic garbage collector's reach.
    Otherwise each full collection walks all of them again: measured, that was 0.4–0.5 ms
    of collection per article read, and 0.1 ms with them frozen.  Worker processes forked
    later inherit them frozen."""
    gc.collect()
    gc.freeze()


def run(text: str, *, published: str | None = None, source: dict | None = None,
        nlp: Language | None = None) -> Doc:
    """Run the pipeline over `text`; `published` overrides the date read from the text."""
    nlp = nlp or default_pipeline()
    doc = nlp.make_doc(text)
    doc.user_data["khabar_text"] = text
    doc._.published_given = published
    doc._.source = source
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
