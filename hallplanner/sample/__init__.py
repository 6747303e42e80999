"""Sample data: the Xiamen plan built from text, and synthetic catalogs of any size."""
