"""accord: structured, source-attributed data from news about conflict and diplomacy."""

from accord.model import Report

__version__ = "0.1.0"


def analyze(text: str, outlet: str | None = None, published=None, **options) -> Report:
    """Analyse one article: ``accord.analyze(text, outlet=..., published=...) -> Report``."""
    from accord.report import analyze as analyze_article

    return analyze_article(text, outlet=outlet, published=published, **options)


__all__ = ["Report", "analyze", "__version__"]
