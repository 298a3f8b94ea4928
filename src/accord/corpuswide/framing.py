"""Per-outlet framing profiles: which loaded labels an outlet uses, for whom, how often.

Only markers in the outlet's own voice count (``voice == "outlet"``): wording inside
someone's quotation marks belongs to the speaker. Markers are grouped by their lexicon
entry (surface forms such as "Kyiv regime" / "Kiev regime" count as one term), and
each profile also sums the markers by the side whose vocabulary they are
(``aligned_with``) and by the actor they name, so that two outlets' profiles can be
compared at a glance. accord reports the wording; it does not judge it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from accord.lexicons.framing import entry_for_term
from accord.model import FramingMarker, ReportDocument

MAX_EXAMPLES = 3


@dataclass
class TermUse:
    term: str
    kind: str
    refers_to: str | None
    neutral: str | None
    aligned_with: str | None
    count: int = 0
    forms: Counter[str] = field(default_factory=Counter)
    examples: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "term": self.term,
            "kind": self.kind,
            "refers_to": self.refers_to,
            "neutral": self.neutral,
            "aligned_with": self.aligned_with,
            "count": self.count,
            "forms": dict(self.forms.most_common()),
            "examples": self.examples,
        }


@dataclass
class Profile:
    outlet: str
    documents: int = 0
    markers: int = 0
    quoted_markers: int = 0  # in someone else's quotation marks: not counted above
    by_kind: Counter[str] = field(default_factory=Counter)
    by_side: Counter[str] = field(default_factory=Counter)
    by_referent: Counter[str] = field(default_factory=Counter)
    terms: dict[tuple, TermUse] = field(default_factory=dict)

    @property
    def per_document(self) -> float:
        return self.markers / self.documents if self.documents else 0.0

    def as_dict(self) -> dict:
        return {
            "outlet": self.outlet,
            "documents": self.documents,
            "markers": self.markers,
            "markers_per_document": round(self.per_document, 2),
            "quoted_markers_not_counted": self.quoted_markers,
            "by_kind": dict(self.by_kind.most_common()),
            "by_side": dict(self.by_side.most_common()),
            "by_referent": dict(self.by_referent.most_common()),
            "terms": [
                use.as_dict()
                for use in sorted(self.terms.values(), key=lambda u: (-u.count, u.term))
            ],
        }


def _canonical(marker: FramingMarker) -> str:
    if marker.kind == "scare_quotes":
        return marker.term
    entry = entry_for_term(marker.term)
    return entry.term if entry else marker.term.lower()


def build_profiles(
    items: Iterable, by: str = "outlet", documents: Iterable[ReportDocument] | None = None
) -> list[Profile]:
    """Profiles from framing items (``Corpus.items("framing")`` or (document, marker)
    pairs); ``by`` is ``outlet`` or ``document``. ``documents`` (every stored document)
    lets an outlet with no markers show up with zero."""
    profiles: dict[str, Profile] = {}
    seen_docs: dict[str, set[str]] = defaultdict(set)
    for document in documents or []:
        key = _group_key(document, None, by)
        profiles.setdefault(key, Profile(key))
        seen_docs[key].add(document.id)
    for item in items:
        document, marker = (item.document, item.record) if hasattr(item, "record") else item
        key = _group_key(document, marker, by)
        profile = profiles.setdefault(key, Profile(key))
        seen_docs[key].add(document.id)
        if marker.voice != "outlet":
            profile.quoted_markers += 1
            continue
        profile.markers += 1
        profile.by_kind[marker.kind] += 1
        if marker.aligned_with:
            profile.by_side[marker.aligned_with] += 1
        if marker.refers_to:
            profile.by_referent[marker.refers_to] += 1
        term = _canonical(marker)
        use_key = (term, marker.kind, marker.refers_to)
        use = profile.terms.get(use_key)
        if use is None:
            use = profile.terms[use_key] = TermUse(
                term, marker.kind, marker.refers_to, marker.neutral, marker.aligned_with
            )
        use.count += 1
        use.forms[marker.term] += 1
        if len(use.examples) < MAX_EXAMPLES and marker.evidence:
            evidence = marker.evidence[0]
            use.examples.append(
                {
                    "doc_id": document.id,
                    "title": document.title,
                    "sentence": evidence.sentence,
                    "text": evidence.text,
                    "start": evidence.start,
                }
            )
    for key, profile in profiles.items():
        profile.documents = len(seen_docs[key])
    return sorted(profiles.values(), key=lambda p: (-p.markers, p.outlet))


def _group_key(document: ReportDocument, marker: FramingMarker | None, by: str) -> str:
    if by == "document":
        return document.external_id or document.title or document.id
    return (marker.outlet if marker and marker.outlet else None) or document.outlet or "unknown"


def profile_rows(profiles: list[Profile]) -> list[dict]:
    """One flat row per (outlet, term) for CSV."""
    rows = []
    for profile in profiles:
        for use in sorted(profile.terms.values(), key=lambda u: (-u.count, u.term)):
            rows.append(
                {
                    "outlet": profile.outlet,
                    "documents": profile.documents,
                    "term": use.term,
                    "kind": use.kind,
                    "refers_to": use.refers_to or "",
                    "aligned_with": use.aligned_with or "",
                    "neutral": use.neutral or "",
                    "count": use.count,
                    "forms": "; ".join(use.forms),
                    "example": use.examples[0]["text"] if use.examples else "",
                }
            )
    return rows
