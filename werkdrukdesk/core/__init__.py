"""The werkdruk domain in plain Python: no Qt, no SQL, no ReportLab."""
