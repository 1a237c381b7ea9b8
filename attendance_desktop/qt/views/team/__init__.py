"""The team console's views: who's in now, the team's month, a person's month."""
