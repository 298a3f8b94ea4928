"""Placeholder: the stances extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("stances")
def make_stances_extractor(nlp):
    def extract(doc):
        return None

    return extract
