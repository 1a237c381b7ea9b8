"""The team console's controllers: each talks to an `AdminService` through the TaskRunner."""
