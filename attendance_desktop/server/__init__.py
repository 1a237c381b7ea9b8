"""The attendance server: the same AttendanceService behind the two seed APIs."""
