"""The kiosk's logic without Qt: identifying people, the toggle, badges, backends."""
