"""Persistence: the SQLAlchemy schema, opening and upgrading databases, the audit trail."""
