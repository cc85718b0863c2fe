"""A real server for the tests: the app under waitress on a free port of 127.0.0.1.

A plain module rather than conftest.py, so fixtures in any directory can share it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask


@contextmanager
def waitress_in_thread(app: Flask, *, threads: int = 2) -> Iterator[str]:
    """Serve ``app`` as ``checker serve`` does, in a thread; yields the base URL."""
    from waitress.server import create_server
    from waitress.wasyncore import close_all

    server = create_server(app, host="127.0.0.1", port=0, threads=threads)
    thread = threading.Thread(target=server.run, name=f"live-server-{threads}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # Close every socket from inside the server's own loop (closing them from this
        # thread races with its select()); with nothing left to watch, run() returns.
        server.trigger.pull_trigger(lambda: close_all(server._map))
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()
        assert not thread.is_alive(), "the live server did not stop"
