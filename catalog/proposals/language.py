"""Which language a text is written in: an ISO 639-1 code, from the text or its declared tag.

:func:`detect_language` is called by the import pipeline (any thread or worker process; no
I/O after the model is loaded) for a document whose source does not say its language, and
:func:`primary_language` reduces a declared tag ("en-US", "AR_sa") to the same kind of code.
Both return "" when they cannot tell. The detector is py3langid's naive Bayes model, loaded
once per process on first use (about 0.7 s) and read from the package, never fetched. A
build without it (a frozen bundle that left numpy or the model file out) detects nothing and
says so once in the log; imports go on, with no language recorded.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from itertools import islice

log = logging.getLogger(__name__)

# Detection reads no more than this much of a text: enough for any language the model
# knows, and a constant cost however long the text is.
SAMPLE_CHARS = 10_000
MIN_LETTERS = 20  # fewer letters than this say too little to name a language
MIN_CONFIDENCE = 0.5  # the best language's share of the model's probability

# The model's labels that have no ISO 639-1 code of their own but belong to a language
# that has one (Arabic dialects, Chinese varieties); its other such labels name nothing
# a document's language field can hold, and are left out.
_MACROLANGUAGE = {"ary": "ar", "arz": "ar", "uzs": "uz", "wuu": "zh", "yue": "zh", "sdh": "ku", "gug": "gn"}
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]|$)")
_LETTER = re.compile(r"[^\W\d_]")  # letters (and a few number signs such as ½, which isalpha() refuses)
# ISO 639-2 codes sometimes written where the 639-1 code is meant
_THREE_LETTER = {
    "ara": "ar", "eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es",
    "por": "pt", "ita": "it", "rus": "ru", "zho": "zh", "chi": "zh", "fas": "fa", "per": "fa",
    "tur": "tr", "nld": "nl", "dut": "nl", "urd": "ur", "heb": "he",
}


@cache
def _identifier():
    """py3langid's identifier, or None (logged once) when this build cannot load it."""
    try:
        # imported here: numpy and the model load only when a text needs detecting
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except (ImportError, OSError) as exc:
        log.warning("language detection is unavailable in this build: %s", exc)
        return None


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or "" when unsure.

    Reads the first ``SAMPLE_CHARS`` characters; a text with fewer than ``MIN_LETTERS``
    letters, or whose most likely language (its dialects counted together) has less than
    ``MIN_CONFIDENCE`` of the probability, gives "". Raises nothing on any ``str``.
    """
    sample = text[:SAMPLE_CHARS]
    identifier = _identifier()
    # counting stops at MIN_LETTERS: a Python loop over every character cost as much as the
    # detection itself on a news story
    if identifier is None or sum(1 for _ in islice(_LETTER.finditer(sample), MIN_LETTERS)) < MIN_LETTERS:
        return ""
    shares: dict[str, float] = {}
    for label, probability in identifier.rank(sample):
        code = _MACROLANGUAGE.get(label, label)
        if len(code) == 2:
            shares[code] = shares.get(code, 0.0) + probability
    if not shares:
        return ""
    code, share = max(shares.items(), key=lambda item: item[1])
    return code if share >= MIN_CONFIDENCE else ""


def primary_language(tag: str) -> str:
    """The ISO 639-1 code a declared language tag starts with ("pt-BR" -> "pt"), or ""."""
    match = _TAG.match(tag.strip())
    if not match:
        return ""
    code = match.group(1).lower()
    return code if len(code) == 2 else _THREE_LETTER.get(code, "")
