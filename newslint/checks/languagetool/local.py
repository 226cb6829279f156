"""Start LanguageTool's own HTTP server from a local LanguageTool directory (``languagetool.directory``).

newslint runs ``java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N``: the
server binds to localhost only (LanguageTool needs ``--public`` to do otherwise).  Nothing is
downloaded: when the directory, the jar or Java is missing, the user gets one line saying so.

One server serves the whole run: worker processes of a parallel run find the port that the first
of them wrote to a small file in the temporary directory (guarded by a file lock).  The server is
started under a watchdog process that stops it as soon as the process that started it exits, by
whatever means (a forked worker does not run ``atexit`` handlers).
"""

from __future__ import annotations

import atexit
import glob
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from .client import Unavailable

JAR_NAMES = ("languagetool-server.jar", "languagetool-standalone*.jar", "LanguageTool.jar")
MAIN_CLASS = "org.languagetool.server.HTTPServer"
STARTUP_SECONDS = 90.0

# Runs java as a child and stops it when our end of its stdin closes (we exited) or java exits.
_WATCHDOG = r"""
import subprocess, sys, threading, os
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL)
def wait_child():
    child.wait()
    os._exit(child.returncode or 0)
threading.Thread(target=wait_child, daemon=True).start()
try:
    sys.stdin.buffer.read()
finally:
    child.terminate()
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
"""

_STARTED: dict[str, tuple[subprocess.Popen, str]] = {}  # directory -> (watchdog, base URL), this process


def find_jar(directory: str) -> str:
    if not os.path.isdir(directory):
        raise Unavailable(f"languagetool.directory {directory!r} is not a directory")
    candidates = [directory] + sorted(glob.glob(os.path.join(directory, "LanguageTool*")), reverse=True)
    for folder in candidates:
        for name in JAR_NAMES:
            for path in sorted(glob.glob(os.path.join(folder, name))):
                if os.path.isfile(path):
                    return path
    raise Unavailable(f"no languagetool-server.jar in languagetool.directory {directory!r}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(base: str, timeout: float = 2.0) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(base + "/v2/languages", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _run_id() -> int:
    """The main process of this run: workers of a parallel run share its server."""
    import multiprocessing

    parent = multiprocessing.parent_process()
    return parent.pid if parent is not None and parent.pid else os.getpid()


def _rendezvous(directory: str) -> str:
    key = hashlib.sha1(os.path.abspath(directory).encode("utf-8")).hexdigest()[:12]
    return os.path.join(tempfile.gettempdir(), f"newslint-languagetool-{_run_id()}-{key}")


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise Unavailable("LanguageTool needs Java, and 'java' is not on PATH")
    return java


def _start(directory: str) -> tuple[subprocess.Popen, str]:
    jar = find_jar(directory)
    java = _java()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-c", _WATCHDOG, java, "-cp", jar, MAIN_CLASS, "--port", str(port)]
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            cwd=os.path.dirname(jar),
        )
    except OSError as err:
        raise Unavailable(f"could not start LanguageTool from {directory!r}: {err}") from None
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Unavailable(f"LanguageTool in {directory!r} stopped while starting (exit code {proc.returncode})")
        if _alive(base, timeout=1.0):
            return proc, base
        time.sleep(0.25)
    stop(proc)
    raise Unavailable(f"LanguageTool in {directory!r} did not answer within {STARTUP_SECONDS:.0f} s")


def stop(proc: subprocess.Popen) -> None:
    try:
        if proc.stdin is not None:
            proc.stdin.close()  # the watchdog stops java
        proc.wait(15)
    except (OSError, subprocess.TimeoutExpired):
        proc.kill()


def server_for(directory: str) -> str:
    """The base URL of a LanguageTool server running from ``directory``, started if need be."""
    if directory in _STARTED:
        proc, base = _STARTED[directory]
        if proc.poll() is None:
            return base
        del _STARTED[directory]
    find_jar(directory)  # fail early, before any file is written
    _java()
    path = _rendezvous(directory)
    try:
        import fcntl
    except ImportError:  # Windows: one server per process
        fcntl = None
    with open(path + ".lock", "a+") as lock:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            try:
                with open(path + ".json", encoding="utf-8") as fh:
                    base = json.load(fh)["url"]
                if _alive(base):
                    return base
            except (OSError, ValueError, KeyError, TypeError):
                pass
            try:
                proc, base = _start(directory)
            except Unavailable:
                _forget(path)
                raise
            _STARTED[directory] = (proc, base)
            with open(path + ".json", "w", encoding="utf-8") as fh:
                json.dump({"url": base, "pid": os.getpid()}, fh)
            atexit.register(_forget, path)
            return base
        finally:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_UN)


def _forget(path: str) -> None:
    for suffix in (".json", ".lock"):
        try:
            os.remove(path + suffix)
        except OSError:
            pass


def stop_all() -> None:
    """Stop the servers this process started (tests; a normal run relies on the watchdog)."""
    for directory, (proc, _) in list(_STARTED.items()):
        stop(proc)
        del _STARTED[directory]
        _forget(_rendezvous(directory))
