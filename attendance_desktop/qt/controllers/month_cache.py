"""Months already fetched, so paging back and forth through the calendar shows a month at
once instead of waiting for the service.

What may be shown from here is kept honest three ways:
- the key holds the day the month was worked out on, so a new day never reuses "today";
- the controller clears the cache on every punch and reload, and a fetch that was already
  running when it did (an older generation) is not stored;
- an entry goes stale after `max_age_s`: another device (a kiosk, an admin on the server)
  may have changed the month meanwhile, so it is fetched again.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

MonthKey = tuple[int, int, date]  # year, month, and the day it was worked out on
T = TypeVar("T")


class MonthCache(Generic[T]):
    def __init__(
        self,
        *,
        max_age_s: float = 60.0,
        size: int = 12,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max_age_s, self._size, self._clock = max_age_s, size, clock
        self._entries: OrderedDict[MonthKey, tuple[float, T]] = OrderedDict()
        self.generation = 0

    def get(self, key: MonthKey) -> T | None:
        found = self._entries.get(key)
        if found is None:
            return None
        stored_at, data = found
        if self._clock() - stored_at > self._max_age_s:
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return data

    def put(self, key: MonthKey, data: T, generation: int) -> None:
        """Keep `data`, fetched when the cache was at `generation` (dropped if cleared since)."""
        if generation != self.generation:
            return
        self._entries[key] = (self._clock(), data)
        self._entries.move_to_end(key)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
        self.generation += 1
