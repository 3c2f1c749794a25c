"""Exchange bundles: one zip a researcher mails to a colleague.

A bundle is a BagIt 1.0 bag (:mod:`.bag`) whose payload holds the same records in several
standard forms, so the colleague can read it in a browser (:mod:`.reader_html`), open it in a
reference manager (:mod:`.csl`, :mod:`.dublin_core`, :mod:`.tabular` for CSV and RIS), in an
annotation or qualitative-analysis tool (:mod:`.annotations` W3C Web Annotations,
:mod:`.qdpx` REFI-QDA, :mod:`.eac` EAC-CPF actors, :mod:`.skos` tags), or import it into
Pressmark (:mod:`.records` plus the annotations and texts; :mod:`.verify`, :mod:`.merge`).

:mod:`.export` writes a bundle from :mod:`.snapshot`; :mod:`.verify` opens one with the
defences of :mod:`.safe_zip` and :mod:`.safe_parse`. The catalogue's entry points are in
:class:`catalog.services.exchange.ExchangeService` (``catalog.exchange``). Nothing here imports Qt.
"""
