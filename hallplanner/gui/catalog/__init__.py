"""The item catalog: table model and filter bar."""
