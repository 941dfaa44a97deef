"""The rules of the systems the owners use (Windows, macOS, Linux), in plain Python: file names,
replacing files, comparing paths, the writer lock, and synced folders. No Qt here."""
