"""Excel exchange in the GUI: the catalog import wizard and the export dialog."""
