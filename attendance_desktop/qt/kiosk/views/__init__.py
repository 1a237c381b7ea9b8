"""Kiosk views: layout only. They receive plain strings and emit signals."""
