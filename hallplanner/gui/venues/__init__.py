"""Venues, their windows and the departments: the tree items are dropped on, and their actions."""
