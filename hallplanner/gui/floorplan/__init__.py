"""The 平面布局 page: a venue floor drawn to scale, its zones and windows, edited in place."""
