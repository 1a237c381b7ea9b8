"""`serve --workers N` shares one listening socket with its workers; connections accepted
from it must have Nagle's algorithm off, or every keep-alive response waits ~40 ms for the
client's delayed ACK (seen as 40 ms per request in benchmarks/bench_server.py)."""

from __future__ import annotations

import asyncio
import socket

from attendance_desktop.server.serving import as_tcp


def _nodelay_of_accepted(listener: socket.socket) -> int:
    """TCP_NODELAY of a connection that asyncio (as uvicorn's workers do) accepts."""

    async def run() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def on_connect(_r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
            sock = w.get_extra_info("socket")
            seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            w.close()

        server = await asyncio.start_server(on_connect, sock=listener)
        async with server:
            _r, w = await asyncio.open_connection(*listener.getsockname())
            value = await asyncio.wait_for(seen, 10)
            w.close()
            await w.wait_closed()
        return value

    return asyncio.run(run())


def _listener_like_uvicorn() -> socket.socket:
    sock = socket.socket(family=socket.AF_INET)  # what uvicorn's Config.bind_socket does
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


def test_shared_listener_is_labelled_tcp_so_connections_get_nodelay() -> None:
    listener = as_tcp(_listener_like_uvicorn())
    assert listener.proto == socket.IPPROTO_TCP
    assert _nodelay_of_accepted(listener) != 0


def test_serve_with_workers_uses_the_labelled_listener() -> None:
    from uvicorn.config import Config

    from attendance_desktop.server import serving

    original = Config.bind_socket
    with serving._tcp_labelled_listener():
        sock = Config("x:app", host="127.0.0.1", port=0).bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP
        assert Config.bind_socket is original  # restored afterwards
    finally:
        sock.close()
