"""Someone else saved the same record: both versions side by side."""
