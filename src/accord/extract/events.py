"""Placeholder: the events extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("events")
def make_events_extractor(nlp):
    def extract(doc):
        return None

    return extract
