"""One registry of errors in the core: every error the app can raise has its stable code
there, so the GUI, both APIs and the kiosk decide on codes, never on the words."""

from __future__ import annotations

import importlib
import pkgutil

import attendance_desktop
from attendance_desktop.core import errors


def _all_subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    for sub in cls.__subclasses__():
        found |= {sub} | _all_subclasses(sub)
    return found


def test_every_error_class_in_the_package_is_in_the_cores_registry() -> None:
    for module in pkgutil.walk_packages(attendance_desktop.__path__, "attendance_desktop."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    defined = _all_subclasses(errors.AttendanceError)
    assert {c for c in defined if c.__module__ != errors.__name__} == set()
    assert defined <= set(errors.ALL_ERRORS)


def test_every_code_names_one_error() -> None:
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes))
    for cls in errors.ALL_ERRORS:
        assert errors.error_from_code(cls.code).__class__ is cls
