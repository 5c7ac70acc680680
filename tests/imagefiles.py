"""Image files made in the tests with Pillow: real JPEGs with or without an EXIF capture date,
and a PNG header that is a decompression bomb."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image


def jpeg(taken: str | None = None, size: tuple[int, int] = (320, 200), tag: int = 0x9003) -> bytes:
    """A real JPEG, with an EXIF capture date when ``taken`` is given (``YYYY:MM:DD hh:mm:ss``)."""
    image = Image.new("RGB", size, (180, 90, 40))
    out = io.BytesIO()
    if taken:
        exif = Image.Exif()
        exif.get_ifd(0x8769)[tag] = taken
        image.save(out, "JPEG", exif=exif)
    else:
        image.save(out, "JPEG")
    return out.getvalue()


def png_bomb(side: int = 50_000) -> bytes:
    """A PNG header claiming ``side``² pixels: Pillow's decompression-bomb limit must refuse it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
