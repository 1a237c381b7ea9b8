"""Storage on SQLAlchemy 2 Core: any SQLAlchemy URL (SQLite locally, PostgreSQL on servers)."""
