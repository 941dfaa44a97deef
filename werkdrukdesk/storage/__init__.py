"""The .werkdruk file: one SQLite database per organisation. Imports core only."""

from werkdrukdesk.storage.file import WerkdrukFile, create_file, open_file

__all__ = ["WerkdrukFile", "create_file", "open_file"]
