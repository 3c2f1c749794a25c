"""The one exception the bundle readers raise for input they refuse.

Raised deep inside the readers (zip, bag, JSON, XML, records, annotations), which do not
know the bundle's name; :mod:`catalog.exchange.verify` turns it into
:class:`catalog.errors.InvalidBundle`, which names the bundle for the user.
"""

from __future__ import annotations

from catalog.messages import Message


class Refused(Exception):
    """Input refused; ``str()`` is one clear line saying why (and where, when known).

    Raised with a :class:`~catalog.messages.Message` (``Refused(Message("zip_unreadable",
    ...))``), so that :attr:`reason`, which :class:`~catalog.errors.InvalidBundle` and
    :class:`~catalog.errors.ImportFailed` carry on, can be said in the window's language.
    """

    @property
    def reason(self) -> str:
        """Why, as raised: a Message, or the plain line."""
        said = self.args[0] if len(self.args) == 1 else None
        return said if isinstance(said, Message) else str(self)


def refused(key: str, /, **fields: object) -> Refused:
    """``Refused(Message(key, **fields))``: ``raise refused("zip_unreadable", detail=...)``."""
    return Refused(Message(key, **fields))
