"""The domain: types, calendar and rules. No Qt, no HTTP, no storage, no wall clock."""
