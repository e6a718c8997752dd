from khabar.pipeline import STAGES, build, run


def test_components_in_flow_order():
    nlp = build()
    names = nlp.pipe_names
    order = [name for name, _ in STAGES]
    assert names[:2] == ["khabar_structure", "khabar_sentences"]
    assert [order.index(n) for n in names] == sorted(order.index(n) for n in names)


def test_doc_sentences_agree_with_record(canonical_text, canonical_record):
    doc = run(canonical_text)
    doc_starts = [s.start_char for s in doc.sents]
    for sentence in canonical_record.sentences:
        assert sentence["start"] in doc_starts


def test_the_default_pipeline_has_loaded_every_stage_s_data():
    """Worker processes forked after default_pipeline() inherit the lexicons instead of
    each loading them on its first article."""
    from khabar.events.code import triggers
    from khabar.figures.lexicon import lexicon
    from khabar.pipeline import default_pipeline

    default_pipeline()
    assert lexicon.cache_info().currsize == 1 and triggers.cache_info().currsize == 1


def test_loaded_data_is_kept_out_of_garbage_collections():
    # the knowledge base and lexicons live as long as the process: frozen, full
    # collections do not walk them again for every article (and forked workers share them)
    import gc

    from khabar.pipeline import default_pipeline

    default_pipeline()
    assert gc.get_freeze_count() > 100_000
