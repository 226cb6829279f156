"""Writing files: only when asked (--fix, init), always atomically."""

from __future__ import annotations

import codecs
import os
import tempfile


def write_atomic(path: str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and an atomic rename.

    A UTF-8 byte-order mark the file had is kept, and so are its permissions."""
    bom = b""
    mode = None
    try:
        with open(path, "rb") as fh:
            if fh.read(3) == codecs.BOM_UTF8 and encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
                bom = codecs.BOM_UTF8
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        pass
    enc = "utf-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig") else encoding
    data = bom + text.encode(enc)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newslint-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
