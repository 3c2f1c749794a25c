"""The one exception the bundle readers raise for input they refuse.

Raised deep inside the readers (zip, bag, JSON, XML, records, annotations), which do not
know the bundle's name; :mod:`catalog.exchange.verify` turns it into
:class:`catalog.errors.InvalidBundle`, which names the bundle for the user.
"""

from __future__ import annotations


class Refused(Exception):
    """Input refused; ``str()`` is one clear line saying why (and where, when known)."""
