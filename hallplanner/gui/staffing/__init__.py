"""The staffing view: departments, window groups, staff, and one pool against separate windows."""
