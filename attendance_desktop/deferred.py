"""Modules a library imports but the local store never uses, imported when first used.

SQLAlchemy's `util.compat` imports `asyncio` (for its asyncio extension) and
`importlib.metadata` (for plugins named by entry points) as it loads. The local store
uses neither: no asyncio engine, no plugin. Imported anyway, the two (with the `email`
package under `importlib.metadata`) were 8 MiB of a start's peak memory and about 50 ms of
the worker's CPU while the home page paints. So, while the store's libraries are
imported, each of them stands in `sys.modules` as a placeholder module: a real module
object with the real one's spec, whose first look at anything else imports the real
module (PEP 562's module `__getattr__`) and hands that on. Code that really uses asyncio
later gets all of it, just later; a submodule import (`import asyncio.events`) asks the
placeholder for `__path__` and so imports the package first, as usual.

SQLAlchemy keeps `asyncio.iscoroutine` as it loads; the placeholder gives it a function
that imports asyncio on its first call. Any other name it might read on load in a later
version simply imports the real module then: only the memory is spent, nothing breaks.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

#: The placeholders, with the functions each hands out before its module is imported.
STAND_INS: Mapping[str, tuple[str, ...]] = {
    "asyncio": ("iscoroutine",),
    "importlib.metadata": (),
}

_swap = threading.RLock()  # one thread swaps a placeholder for its module


def stand_ins(names: Mapping[str, tuple[str, ...]] = STAND_INS) -> None:
    """From now on, importing one of `names` (not imported yet) gives its placeholder,
    until something looks into it."""
    for name, functions in names.items():
        if name not in sys.modules:
            _place(name, functions)


def is_placeholder(module: object) -> bool:
    """True while `module` is a placeholder whose real module was not imported yet."""
    return isinstance(module, ModuleType) and bool(getattr(module, "_deferred_waiting", False))


def _place(name: str, functions: tuple[str, ...]) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None:
        return  # not installed: its importer gets the usual ImportError
    placeholder = ModuleType(name)
    placeholder.__spec__ = spec
    placeholder.__loader__ = spec.loader
    placeholder.__file__ = spec.origin
    placeholder.__package__ = spec.parent
    placeholder._deferred_waiting = True  # type: ignore[attr-defined]

    def real() -> ModuleType:
        with _swap:
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
                try:
                    module = importlib.import_module(name)
                except BaseException:
                    sys.modules[name] = placeholder
                    raise
                placeholder._deferred_waiting = False  # type: ignore[attr-defined]
                return module
        return importlib.import_module(name)

    def look_up(attr: str) -> Any:  # anything not given here, `__path__` and `__all__` too
        return getattr(real(), attr)

    placeholder.__getattr__ = look_up  # type: ignore[method-assign]
    for function in functions:
        setattr(placeholder, function, _on_first_call(real, function))
    sys.modules[name] = placeholder
    parent, _, child = name.rpartition(".")
    if parent and parent in sys.modules:
        setattr(sys.modules[parent], child, placeholder)


def _on_first_call(real: Callable[[], ModuleType], function: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(real(), function)(*args, **kwargs)

    call.__name__ = call.__qualname__ = function
    return call
