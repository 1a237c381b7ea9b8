"""The console's lists of things to act on (requests, employees, kiosks): a read-only table
whose rows are chosen one at a time, without row numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def row_table(accessible_name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    return table
