"""Placeholder: the actors extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("actors")
def make_actors_extractor(nlp):
    def extract(doc):
        return None

    return extract
