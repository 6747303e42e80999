"""Plan files: new, open, recent, save a copy."""
