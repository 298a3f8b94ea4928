"""Placeholder: the framing extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("framing")
def make_framing_extractor(nlp):
    def extract(doc):
        return None

    return extract
