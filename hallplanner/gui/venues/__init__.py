"""Venues and their windows: the tree items are dropped on."""
