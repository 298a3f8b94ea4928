"""The spaCy pipeline: a pretrained English model plus accord's registered extractors."""

from accord.nlp.pipeline import load_pipeline, make_doc

__all__ = ["load_pipeline", "make_doc"]
