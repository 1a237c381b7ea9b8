"""The full-screen kiosk: a shared time clock at an entrance."""
