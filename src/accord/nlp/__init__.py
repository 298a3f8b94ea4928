"""The spaCy pipeline (:mod:`accord.nlp.pipeline`: a pretrained English model plus accord's
registered extractors) and the document views and readings its extractors share.

Nothing is imported here, so a low-level module can use a document view
(:mod:`accord.nlp.docviews`) without loading the pipeline and every extractor with it."""
