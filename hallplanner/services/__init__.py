"""Services: one short session per user operation; plain objects out."""
