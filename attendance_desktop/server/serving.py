"""Serving an ASGI app with uvicorn, with Nagle's algorithm off on every connection.

With `--workers N > 1`, uvicorn binds the socket it shares with its workers as
`socket.socket(AF_INET)`, whose protocol number is 0. Accepted connections inherit that 0,
and asyncio only turns on TCP_NODELAY for sockets that say IPPROTO_TCP, so each response
written in two parts (headers, then body) waited for the client's delayed ACK: about 40 ms
per keep-alive request on Linux. (With one worker asyncio binds the socket itself, right.)
We give the shared socket its true protocol number before uvicorn hands it to the workers.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def serve(app: str, *, host: str, port: int, workers: int, factory: bool = False) -> None:
    """`uvicorn.run` for an import string, as `uvicorn --workers N` would, but TCP_NODELAY."""
    import uvicorn

    with _tcp_labelled_listener():
        uvicorn.run(
            app,
            factory=factory,
            host=host,
            port=port,
            workers=max(1, workers),
            log_level="warning",
        )


def as_tcp(sock: socket.socket) -> socket.socket:
    """The same listening socket, labelled IPPROTO_TCP so that accepted connections are too."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
        return sock
    inheritable = sock.get_inheritable()
    fixed = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    fixed.set_inheritable(inheritable)
    return fixed


@contextmanager
def _tcp_labelled_listener() -> Iterator[None]:
    from uvicorn.config import Config

    original = Config.bind_socket

    def bind_socket(self: Any) -> socket.socket:
        return as_tcp(original(self))

    Config.bind_socket = bind_socket  # type: ignore[method-assign]
    try:
        yield
    finally:
        Config.bind_socket = original  # type: ignore[method-assign]
