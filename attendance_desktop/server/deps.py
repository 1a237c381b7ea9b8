"""Who may call a route, said in its signature: one dependency per kind of caller.

A route names the caller it serves, and FastAPI checks it before the route runs:

- `Anyone`: any signed-in caller (the route decides, e.g. by the record it reads);
- `PersonCaller`: an employee or an admin, signed in with a password (never a kiosk);
- `AdminCaller`: an admin;
- `DeviceId`: a registered kiosk device (its id);
- `OwnEmployee`: the `{employee_id}` in the path, when the caller is that employee or an
  admin;
- `PunchingEmployee`: the same, or a kiosk grant for that employee (punches and status).

Routes that name the employee in their body (seed 004's `user_id`) take `Anyone` and call
`auth.require_employee` with the id they read. A refusal is decided before the employee is
looked up, so it says nothing about whether that employee exists.

The checks are `async def` on purpose: they are a few comparisons, and FastAPI runs a
plain `def` dependency on a worker thread (two thread hops per request).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path

from .auth import Principal, require_admin, require_device, require_employee, require_person
from .context import get_principal
from .parsing import MAX_ID, PlainInt

Anyone = Annotated[Principal, Depends(get_principal)]
EmployeeIdPath = Annotated[PlainInt, Path(ge=1, le=MAX_ID)]


async def _person(who: Anyone) -> Principal:
    require_person(who)
    return who


async def _admin(who: Anyone) -> Principal:
    require_admin(who)
    return who


async def _device(who: Anyone) -> int:
    return require_device(who)


async def _own_employee(employee_id: EmployeeIdPath, who: Anyone) -> int:
    require_employee(who, employee_id)
    return employee_id


async def _punching_employee(employee_id: EmployeeIdPath, who: Anyone) -> int:
    require_employee(who, employee_id, kiosk=True)
    return employee_id


PersonCaller = Annotated[Principal, Depends(_person)]
AdminCaller = Annotated[Principal, Depends(_admin)]
DeviceId = Annotated[int, Depends(_device)]
OwnEmployee = Annotated[int, Depends(_own_employee)]
PunchingEmployee = Annotated[int, Depends(_punching_employee)]
