"""The program's log: the standard `logging` module, one rotating file in the platform's log
folder (see `paths.logs_dir`), for what nobody expected. Times in it follow the program's clock.

`logger()` is what the rest of the program writes to; it (re)attaches the file when the log
folder is another than before (each test has its own), so no start-up step can be forgotten.
"""

from __future__ import annotations

import logging
from pathlib import Path

from werkdrukdesk import APP_NAME, __version__, clock
from werkdrukdesk.paths import logs_dir

LOG_NAME = "werkdrukdesk"
MAX_BYTES = 1_000_000
KEPT_FILES = 3


def log_file() -> Path:
    return logs_dir() / "werkdrukdesk.log"


class _ProgramClock(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.created = clock.now().timestamp()
        return True


def logger() -> logging.Logger:
    # Here, not above: most runs never write to the log, and the handlers' module (with its
    # sockets) costs a start about 10 ms.
    import logging.handlers

    log = logging.getLogger(LOG_NAME)
    path = log_file()
    current = [h for h in log.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    if current and Path(current[0].baseFilename) == path:
        return log
    for handler in current:
        log.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8", delay=True)
    except OSError:
        return log  # no log folder (a full or read-only disk): the program goes on without
    handler.setFormatter(logging.Formatter(
        f"=== %(asctime)s {APP_NAME} {__version__} %(levelname)s\n%(message)s",
        datefmt="%Y-%m-%d %H:%M:%S"))
    handler.addFilter(_ProgramClock())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log
