"""accord: structured, source-attributed data from news about conflict and diplomacy."""

from accord.model import Report

__version__ = "0.1.0"


def analyze(text: str, outlet: str | None = None, published=None, **options) -> Report:
    """Analyse one article: ``accord.analyze(text, outlet=..., published=...) -> Report``."""
    from accord.report import analyze as analyze_article

    return analyze_article(text, outlet=outlet, published=published, **options)


def __getattr__(name: str):
    """``accord.Corpus`` without importing SQLAlchemy for every ``import accord``."""
    if name == "Corpus":
        from accord.store.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'accord' has no attribute {name!r}")


__all__ = ["Corpus", "Report", "analyze", "__version__"]
