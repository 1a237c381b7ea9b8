"""The baseline for server throughput: a bare FastAPI app, served like the server.

It answers the very requests the clock-in/clock-out benchmark sends (same paths, methods,
headers and bodies) with a small JSON and no work, so the load generator does the same job
for both and the ratio measures what the attendance server adds.

    python benchmarks/bare_endpoint.py --port 8001 --workers 4

It is served by the same function as `attendance-server serve` (uvicorn, N workers).
"""

from __future__ import annotations

import argparse

from fastapi import FastAPI

from attendance_desktop.server.serving import serve

app = FastAPI()


@app.api_route("/employee/{employee_id}/attendance/{action}", methods=["POST", "PUT"])
async def punch(employee_id: int, action: str) -> dict[str, object]:
    return {"employee_id": employee_id, "action": action, "ok": True}


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    serve("bare_endpoint:app", host=args.host, port=args.port, workers=args.workers)
