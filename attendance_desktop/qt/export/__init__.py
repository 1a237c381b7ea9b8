"""The month as a report: CSV and PDF files, and printing (File → Export month…, the CLI)."""
