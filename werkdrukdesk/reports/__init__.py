"""The printed documents: ReportLab PDFs built from core objects only.

`registry.builder(kind)` gives the build function of a report; every one has the shape
`build(org, cycle, *, printed_on, **options) -> bytes`, in the current language;
`registry.build(kind, org, cycle, language="en")` builds one in a chosen language. Shared
pieces: `page` (A4, running head and foot, "pagina X van Y"), `styles`, `fonts` (DejaVu Sans
only), `text` (escaping user text), `tables` (tables that split inside rows), `blocks`,
`figures` (numbers per language) and `words` (the reports' words: written in Dutch, marked for
pyside6-lupdate and printed in the report's language through `core.i18n`).
"""
