"""Proposals the user confirms later: quotations with speakers, and actor mentions.

Pure functions over a body in stored form (:func:`catalog.text.normalise`); nothing here
touches the database. :func:`propose_quotes` finds quotations and who said them;
:func:`propose_actors` finds people, organisations, places and events and their mentions.
"""

from catalog.proposals.actors import ActorProposal, KnownNames, propose_actors
from catalog.proposals.quotes import QuoteProposal, propose_quotes

__all__ = ["ActorProposal", "KnownNames", "QuoteProposal", "propose_actors", "propose_quotes"]
