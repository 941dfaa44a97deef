"""The inspection dossier with its proof: the dossier as the registry builds it, followed by an
appendix with its own contents, then each PDF attachment and each image, each announced by a
title page (what it proves, the file, its checksum) — `dossier.dossier_with_attachments`.

ReportLab writes the appendix's own pages (`pages.py`); pypdf reads the attached PDFs and puts
the pages together (`merge.py`). Office files cannot be printed: the contents list them as kept
in the file. `describe.py` names what an attachment proves, for the window as well; it imports
neither ReportLab nor pypdf, so the window can use it without loading them.
"""
