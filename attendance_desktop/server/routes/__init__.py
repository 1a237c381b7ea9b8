"""Thin routes: check who may act, call the service, shape the answer."""
