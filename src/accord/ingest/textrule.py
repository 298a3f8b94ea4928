"""The one rule every article text must pass, wherever it comes in.

Paste and upload in the web form, ``POST /api/analyse``, ``accord analyze`` and
``accord ingest`` all call :func:`check_text`, so an article accepted by one entry
point is accepted by all of them and refused, with the same one-line reason, by all.

The size cap is in characters, because that is what the pipeline's cost follows:
spaCy's parse and accord's extractors grow with the text (and spaCy refuses texts over
its own ``max_length``, 1,000,000, outright). 100,000 characters is about 16,000 words,
several times the longest news feature. Measured with ``bench/upload_rss.py`` on a busy
two-core machine, an upload that size was analysed and shown in 22 s with the server's
peak memory at 0.8 GB, inside the 60 s request deadline; 200,000 characters already ran
past the deadline there, and 500,000 did too, with a 1.9 GB peak.
"""

from __future__ import annotations

from accord.ingest.records import InputError

#: The longest article text accepted anywhere, in characters.
MAX_TEXT_CHARS = 100_000


class TextTooLong(InputError):
    """The text is over :data:`MAX_TEXT_CHARS` (the web form answers it with 413)."""


def check_text(text: str) -> str:
    """``text`` itself if it is non-blank, free of NUL characters and not too long;
    :class:`InputError` with a one-line reason otherwise."""
    if not text.strip():
        raise InputError("empty text")
    if "\x00" in text:
        raise InputError(f"text contains a NUL character at {text.index(chr(0)):,} (binary data?)")
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(
            f"text of {len(text):,} characters is over the {MAX_TEXT_CHARS:,} character limit"
        )
    return text
