"""A branch server that can be switched off in a test: a TCP relay on a port of its own
in front of the test PostgreSQL server. ``stop()`` closes the port and cuts every open
connection, as a server PC switched off does, and ``restore()`` opens it again; the real
server (shared by other tests) is never touched."""

from __future__ import annotations

import contextlib
import socket
import threading


class Relay:
    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def restore(self) -> None:
        """The server PC is switched on again: the same port answers once more."""
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self._running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        listener = self.listener
        while self._running:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            if not self._running:  # came in as the server went away: not let through
                client.close()
                return
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                self._open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        """The server goes away: nothing answers on the port any more."""
        self._running = False
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread waiting in accept
        with contextlib.suppress(OSError):
            self.listener.close()
        with self._lock:
            for s in self._open:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    s.close()
            self._open.clear()
