"""Placeholder: the quotes extractor is being written (registered so the pipeline runs)."""

from accord.registry import extractors


@extractors.register("quotes")
def make_quotes_extractor(nlp):
    def extract(doc):
        return None

    return extract
