"""Looking back: check-ins and the work over time (issue 15)."""
