"""The plan checks: findings, the checklist of the rules and the progress, refreshed as the plan changes."""
