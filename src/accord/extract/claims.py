"""Placeholder: the claims extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("claims")
def make_claims_extractor(nlp):
    def extract(doc):
        return None

    return extract
