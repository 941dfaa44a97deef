"""Documents kept inside the .werkdruk file as proof of a record: what may be attached and its
checksum (`media.py`), storing and reading them (`store.py`), and the archive that carries them
with the JSON export (`archive.py`)."""

from werkdrukdesk.storage.attachments.media import MAX_BYTES, checksum
from werkdrukdesk.storage.attachments.store import (
    ChecksumError,
    add,
    add_file,
    listed,
    read,
    remove,
)

__all__ = ["MAX_BYTES", "ChecksumError", "add", "add_file", "checksum", "listed", "read", "remove"]
