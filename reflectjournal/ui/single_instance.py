"""One app per user: a second start hands its prompt packs to the first.

Double-clicking a ``.rjpack`` while reflectjournal is running starts a second
process, which could not open the journal (it is locked by the first).
Instead the second process connects to the running app over a local socket,
passes the pack paths (only those: nothing of the journal travels), and
exits 0; the running app raises its window and shows the import preview,
straight away or after unlock.

The server's name is per user and per data folder: the user id and a hash
of the default data folder. On Unix the socket lives in ``$XDG_RUNTIME_DIR``
(0700, the user's own) or else in a 0700 folder of ours under the temp
folder, and Qt restricts it to the user as well.

A message on the socket is untrusted: at most ``MAX_MESSAGE`` bytes, one
JSON object ``{"paths": [...]}`` ending in a newline; only absolute paths
of existing regular files named ``*.rjpack`` are taken, at most
``MAX_PATHS`` of them. Anything else is dropped without a word.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from .. import APP_NAME
from ..core.digest import sha256

MAX_MESSAGE = 64 * 1024
MAX_PATHS = 16
MAX_PATH_LENGTH = 4096
CLIENT_TIMEOUT_MS = 3000  # a peer that says nothing for this long is dropped
REPLY_OK = b"ok\n"


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    return sha256(getpass.getuser().encode()).hexdigest()[:12]


# A Unix socket's path must fit in sockaddr_un.sun_path (108 bytes on Linux).
MAX_SOCKET_PATH = 100


def _private_dir(file_name: str = "") -> Path | None:
    """Where the socket may live: $XDG_RUNTIME_DIR, or a 0700 folder of ours
    in the temp folder. None if neither is private to this user (or the
    socket's path would be too long there)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [Path(runtime)] if runtime else []
    candidates.append(Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_id()}")
    for folder in candidates:
        if len(os.fsencode(folder / file_name)) > MAX_SOCKET_PATH:
            continue
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        # (No getuid, as on Windows: there a named pipe is used, never this folder.)
        ours = info.st_uid == os.getuid() if hasattr(os, "getuid") else True
        if stat.S_ISDIR(info.st_mode) and ours and not info.st_mode & 0o077:
            return folder
    return None


def server_name(data_dir: Path | None = None) -> str | None:
    """The local server's name (a socket path on Unix); None when there is
    no private place for it, in which case every start is independent."""
    if data_dir is None:
        from ..core.paths import data_dir as default_data_dir

        data_dir = default_data_dir()
    digest = sha256(str(Path(data_dir).absolute()).encode()).hexdigest()[:16]
    name = f"{APP_NAME}-{_user_id()}-{digest}"
    if sys.platform == "win32":
        return name  # a named pipe; Qt's UserAccessOption keeps it to this user
    folder = _private_dir(f"{name}.sock")
    return str(folder / f"{name}.sock") if folder is not None else None


def pack_paths(argv: Iterable[str]) -> list[str]:
    """The prompt packs named on the command line, as absolute paths."""
    return [str(Path(arg).expanduser().absolute()) for arg in argv if arg.lower().endswith(".rjpack")][:MAX_PATHS]


def encode_message(paths: Sequence[str]) -> bytes:
    return json.dumps({"paths": list(paths)}, ensure_ascii=True).encode("ascii") + b"\n"


def decode_message(data: bytes) -> list[Path] | None:
    """The accepted pack paths of one message, or None if it is malformed."""
    if len(data) > MAX_MESSAGE or not data.endswith(b"\n"):
        return None
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict) or not isinstance(message.get("paths"), list):
        return None
    accepted: list[Path] = []
    for item in message["paths"][:MAX_PATHS]:
        if not isinstance(item, str) or not item or len(item) > MAX_PATH_LENGTH or "\x00" in item:
            continue
        path = Path(item)
        if not path.is_absolute() or path.suffix.lower() != ".rjpack":
            continue
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                continue
        except OSError:
            continue
        accepted.append(path)
    return accepted


def hand_off(name: str, paths: Sequence[str], timeout_ms: int = 2000) -> bool:
    """Give ``paths`` to the app already running under ``name``. True when it
    took them (this process can exit), False when no app answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    try:
        socket.write(QByteArray(encode_message(paths)))
        if not socket.waitForBytesWritten(timeout_ms):
            return False
        reply = b""
        while len(reply) < len(REPLY_OK) and socket.waitForReadyRead(timeout_ms):
            reply += bytes(socket.readAll().data())
        return reply.startswith(REPLY_OK)
    finally:
        socket.abort()


class InstanceServer(QObject):
    """Listens for later starts; ``activated`` carries the packs they passed
    (possibly none: a plain second start only raises the window)."""

    activated = Signal(list)  # list[Path]

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(8)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by an app that died is replaced."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError or Path(self.name).exists():
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            alive = probe.waitForConnected(500)
            probe.abort()
            if alive:
                return False  # another app is listening: it keeps the name
            QLocalServer.removeServer(self.name)
            return self._server.listen(self.name)
        return False

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(CLIENT_TIMEOUT_MS, socket, lambda s=socket: self._drop(s))

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.read(MAX_MESSAGE + 1 - len(buffer)).data())
        if len(buffer) > MAX_MESSAGE:
            self._drop(socket)
            return
        if not buffer.endswith(b"\n"):
            if b"\n" in buffer:  # anything after the one message: not ours
                self._drop(socket)
            return
        paths = decode_message(bytes(buffer))
        if paths is None:
            self._drop(socket)
            return
        socket.write(QByteArray(REPLY_OK))
        socket.flush()
        socket.disconnectFromServer()
        self._buffers.pop(socket, None)
        self.activated.emit(paths)

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.abort()
        socket.deleteLater()


def raise_window(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
