"""Small JSON files written atomically: the TinyDB storage of the working file, report
bodies, archived reviews and index shards (see docs/storage.md).

Every write goes to a temporary file in the same folder, is fsynced and renamed over the
target, and the folder is fsynced: a crash (even ``kill -9``) leaves the old or the new file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage


class CorruptFile(Exception):
    """A file that is not valid JSON (or not the expected shape)."""


def read_json(path: Path | str) -> Any:
    """The parsed file, or None if it does not exist."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise CorruptFile(str(path)) from None
    try:
        return json.loads(text) if text.strip() else None
    except json.JSONDecodeError:
        raise CorruptFile(str(path)) from None


def write_json(path: Path | str, data: Any, *, durable: bool = True) -> None:
    """Replace ``path`` atomically. ``durable=False`` skips fsync (bulk generation only)."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # fails before touching the disk
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".factdesk-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            if durable:
                getattr(os, "fdatasync", os.fsync)(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable and os.name == "posix":
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _signature(path: str) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_ctime_ns, st.st_size)


class AtomicJSONStorage(Storage):
    """TinyDB storage that replaces the file atomically, once per transaction, and keeps the
    parsed file in memory while no other process has replaced it.

    Inside :meth:`transaction` reads and writes go to a buffer loaded once; the outermost
    transaction writes it once, or not at all if it failed (then the in-memory copy, which
    may hold half a change, is dropped). Another process's write is a rename, so the file's
    inode and times change and the next transaction parses it again.
    """

    def __init__(self, path: str) -> None:
        self._path = os.path.abspath(path)
        self._depth = 0
        self._buffer: dict[str, Any] | None = None
        self._dirty = False
        self._cache: tuple[tuple[int, int, int, int], dict[str, Any]] | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth == 0:
            self._buffer = self._read_file()
            self._dirty = False
        self._depth += 1
        committed = False
        try:
            yield
            committed = True
        finally:
            self._depth -= 1
            if self._depth == 0:
                buffer, dirty, self._buffer = self._buffer, self._dirty, None
                if not committed:
                    self._cache = None
                elif dirty and buffer is not None:
                    self._write_file(buffer)

    def read(self) -> dict[str, Any] | None:
        return self._buffer if self._depth else self._read_file()

    def write(self, data: dict[str, Any]) -> None:
        if self._depth:
            self._buffer, self._dirty = data, True
        else:
            self._write_file(data)

    def _read_file(self) -> dict[str, Any] | None:
        signature = _signature(self._path)
        if signature is None:
            return None
        if self._cache is not None and self._cache[0] == signature:
            return self._cache[1]
        data = read_json(self._path)
        if data is not None:
            self._cache = (signature, data)
        return data

    def _write_file(self, data: dict[str, Any]) -> None:
        self._cache = None
        write_json(self._path, data)
        signature = _signature(self._path)
        if signature is not None:
            self._cache = (signature, data)

    def close(self) -> None:
        self._cache = None
