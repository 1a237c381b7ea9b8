"""The PySide6 desktop GUI: views lay out and emit signals, controllers decide."""
