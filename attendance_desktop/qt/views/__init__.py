"""Widgets that only lay out plain domain data and emit signals; no service, no storage."""
