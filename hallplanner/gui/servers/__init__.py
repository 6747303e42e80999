"""File menu: a copy of the plan onto a team server, and a plan opened from one."""
