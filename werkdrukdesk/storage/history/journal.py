"""What every write on one connection changed, row by row, so that it can be reverted.

Temporary triggers (they live in the connection's own temp schema, never in the file) log
each insert, update and delete on every table of the file, with the whole old row where there
is one, in the same transaction as the write itself. A rolled-back write therefore leaves no
trace, and writes that SQLite makes on its own (a cascade of `ON DELETE`, a `SET NULL`) are
logged like the rest. Reverting a range of the log replays the inverses newest first; the
triggers log that too, which is exactly what it takes to revert the revert (redo). The idea is
the one SQLite's own documentation describes for undo and redo.

Closing the connection drops all of it: the history of a file ends when it is closed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

INSERTED, UPDATED, DELETED = "I", "U", "D"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]

    @property
    def shadow(self) -> str:
        """The temp table that keeps this table's old rows, one per log entry."""
        return _quoted("undo_rows_" + self.name)

    @property
    def column_list(self) -> str:
        return ", ".join(_quoted(c) for c in self.columns)

    def old_values(self) -> str:
        return ", ".join("old." + _quoted(c) for c in self.columns)


class Journal:
    """The log of one connection; `install` once, before the first write to be logged (the
    history does so at the first edit)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.tables: dict[str, _Table] = {}

    @property
    def installed(self) -> bool:
        return bool(self.tables)

    def install(self) -> None:
        """The log and its triggers; outside any transaction (SQLite wants the temp store
        chosen before one starts)."""
        if self.conn.in_transaction:  # inside the caller's: it commits or rolls back
            self._install()
            return
        self.conn.execute("PRAGMA temp_store = MEMORY")
        # One transaction for the hundred-odd statements: each alone would be one of its own.
        self.conn.execute("BEGIN")
        try:
            self._install()
        except BaseException:
            self.conn.execute("ROLLBACK")
            self.tables.clear()
            raise
        self.conn.execute("COMMIT")

    def _install(self) -> None:
        self.conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS undo_log "
            "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, rid INTEGER NOT NULL)"
        )
        names = [row[0] for row in self.conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            columns = tuple(row[1] for row in self.conn.execute(
                f"PRAGMA main.table_info({_quoted(name)})"))
            table = _Table(name, columns)
            self.tables[name] = table
            self._watch(table)

    def _watch(self, table: _Table) -> None:
        # Columns without a declared type keep every value exactly as it was stored.
        self.conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {table.shadow} "
            f"(seq INTEGER PRIMARY KEY, {table.column_list})"
        )
        target = "main." + _quoted(table.name)
        literal = "'" + table.name.replace("'", "''") + "'"
        # Inside a trigger names are not qualified; a temp trigger finds temp tables first.
        keep_old = (f"INSERT INTO {table.shadow} (seq, {table.column_list}) "
                    f"VALUES (last_insert_rowid(), {table.old_values()});")
        for event, op, rowid, also in (("INSERT", INSERTED, "new.rowid", ""),
                                       ("UPDATE", UPDATED, "new.rowid", keep_old),
                                       ("DELETE", DELETED, "old.rowid", keep_old)):
            trigger = _quoted(f"undo_{table.name}_{op}")
            self.conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON {target} BEGIN "
                f"INSERT INTO undo_log (tbl, op, rid) VALUES ({literal}, '{op}', {rowid});"
                f"{also} END"
            )

    def last(self) -> int:
        """The number of the newest entry (0 for none); entries after it belong to what
        comes next."""
        return self.conn.execute("SELECT coalesce(max(seq), 0) FROM temp.undo_log").fetchone()[0]

    def kept_bytes(self) -> int:
        """How much the log holds now: the pages of the temporary store in use."""
        def pragma(name: str) -> int:
            return int(self.conn.execute(f"PRAGMA temp.{name}").fetchone()[0])

        return pragma("page_size") * (pragma("page_count") - pragma("freelist_count"))

    def tables_in(self, first: int, last: int) -> frozenset[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT tbl FROM temp.undo_log WHERE seq BETWEEN ? AND ?", [first, last])
        return frozenset(row[0] for row in rows)

    def revert(self, first: int, last: int) -> None:
        """Undo entries `first`–`last`, newest first, inside the caller's transaction; their
        own entries leave the log (the triggers log the reverting writes anew)."""
        # Rows come back in the order that makes sense for them; the keys are checked once,
        # at the commit, when all of them are back.
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        entries = self.conn.execute(
            "SELECT seq, tbl, op, rid FROM temp.undo_log WHERE seq BETWEEN ? AND ? "
            "ORDER BY seq DESC", [first, last]).fetchall()
        for seq, name, op, rowid in entries:
            self._invert(self.tables[name], seq, op, rowid)
        self.drop(first, last)

    def _invert(self, table: _Table, seq: int, op: str, rowid: int) -> None:
        target = "main." + _quoted(table.name)
        if op == INSERTED:
            self.conn.execute(f"DELETE FROM {target} WHERE rowid = ?", [rowid])
        elif op == UPDATED:
            self.conn.execute(
                f"UPDATE {target} SET ({table.column_list}) = "
                f"(SELECT {table.column_list} FROM temp.{table.shadow} WHERE seq = ?) "
                "WHERE rowid = ?", [seq, rowid])
        else:
            self.conn.execute(
                f"INSERT INTO {target} (rowid, {table.column_list}) "
                f"SELECT ?, {table.column_list} FROM temp.{table.shadow} WHERE seq = ?",
                [rowid, seq])

    def drop(self, first: int, last: int) -> None:
        """Forget entries `first`–`last` (and the old rows they kept); inside the caller's
        transaction, like every write here."""
        for table in self.tables.values():
            self.conn.execute(
                f"DELETE FROM temp.{table.shadow} WHERE seq BETWEEN ? AND ?", [first, last])
        self.conn.execute("DELETE FROM temp.undo_log WHERE seq BETWEEN ? AND ?", [first, last])
