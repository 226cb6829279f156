"""Writing files: only when asked (--fix, init), always atomically."""

from __future__ import annotations

import codecs
import os


# byte-order marks and the codecs of the text after them; UTF-32 LE's starts with UTF-16 LE's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def unicode_family(encoding: str) -> str | None:
    """"utf-8", "utf-16" or "utf-32" for a name of one of those encodings (any byte order, any
    spelling: UTF_16LE, utf16, utf-8-sig), else None."""
    name = encoding.lower().replace("_", "-")
    for family in ("utf-8", "utf-16", "utf-32"):
        if name == family or name == family.replace("-", "") or (name.startswith(family) and name[len(family):] in ("le", "be", "-le", "-be", "-sig")):
            return family
    return None


def byte_order_mark(data: bytes) -> tuple[bytes, str] | None:
    """The byte-order mark ``data`` starts with, and the codec of the text after it."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return None


def write_atomic(path: str, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and an atomic rename.

    The file keeps its permissions, and the byte-order mark it had, with the encoding the mark
    names (UTF-8, UTF-16 or UTF-32, either byte order: as ``api.decode`` read it), unless
    ``encoding`` names another encoding."""
    family = unicode_family(encoding)
    bom = b""
    enc = "utf-8" if family == "utf-8" else encoding
    mode = None
    try:
        with open(path, "rb") as fh:
            found = byte_order_mark(fh.read(4))
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        found = None
    if found is not None and family in ("utf-8", unicode_family(found[1])):
        bom, enc = found
    data = bom + text.encode(enc)
    import tempfile  # (only a fix writes: a lint run does not pay for the import)

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
