"""The adviser's portfolio: every organisation file in some folders, read without touching them.

`listing` reads one row per file (never the writer lock, never a migration, never a write);
`calendar` gathers the open measures' terms of all of them into one iCalendar file.
"""

from werkdrukdesk.storage.portfolio.listing import FileState, PortfolioRow, list_folders, read_row

__all__ = ["FileState", "PortfolioRow", "list_folders", "read_row"]
