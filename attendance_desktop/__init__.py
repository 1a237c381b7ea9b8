"""Attendance Desktop: the time clock people trust."""

__version__ = "0.1.0"
