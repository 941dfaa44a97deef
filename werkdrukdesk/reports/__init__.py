"""The printed documents: ReportLab PDFs built from core objects only.

`registry.builder(kind)` gives the build function of a report; every one has the shape
`build(org, cycle, *, printed_on=None, **options) -> bytes`. Shared pieces: `page` (A4, running
head and foot, "pagina X van Y"), `styles`, `fonts` (DejaVu Sans only), `text` (escaping user
text), `tables` (tables that split inside rows), `blocks` and `words` (the Dutch texts).
"""
