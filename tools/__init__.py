"""Developer tools: scripts run from a checkout, not shipped with HallPlanner."""
