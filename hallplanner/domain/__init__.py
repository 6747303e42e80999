"""The plan's vocabulary in plain Python: no Qt, no database, no file formats."""
