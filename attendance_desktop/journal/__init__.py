"""The offline-first punch journal: every remote punch is written here durably, then sent."""
