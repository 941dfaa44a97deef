"""The whole PSA policy beside werkdruk: which strands a file covers (`scope`), the
arrangements an inspector asks to see (`policy`), and the incident register (`incidents`)."""
