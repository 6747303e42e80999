"""The Qt layer: presents and edits; all work goes through the services."""
