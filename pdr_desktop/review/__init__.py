"""The year's workflow: roles, review rounds, completeness, sign-off, what changed, carry forward."""
