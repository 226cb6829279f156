"""A minimal client of LanguageTool's HTTP API (``POST /v2/check``), standard library only.

No LanguageTool wrapper is imported: ``language_tool_python`` downloads a 200 MB LanguageTool zip
when it finds no server, and newslint never downloads anything.  Requests go only to the URL the
user configured (or to the local server newslint started from ``languagetool.directory``).
"""

from __future__ import annotations

import urllib.parse
from typing import Any

# urllib.request, json and ipaddress are imported when LanguageTool is used: every newslint run
# imports this module, and most never talk to LanguageTool.


class Unavailable(Exception):
    """LanguageTool cannot be used; the message says why, in one line for the user."""


def check_url(server: str) -> str:
    """The ``/v2/check`` URL of a server given as ``http://host:8081``, ``.../v2`` or ``.../v2/check``."""
    url = server.strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Unavailable(f"languagetool server {server!r} is not an http(s) URL (like http://localhost:8081)")
    if url.endswith("/v2/check"):
        return url
    if url.endswith("/v2"):
        return url + "/check"
    return url + "/v2/check"


def is_loopback(url: str) -> bool:
    import ipaddress

    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _opener(url: str):
    import urllib.request

    # A server on this machine is reached directly, never through an HTTP(S)_PROXY of the environment.
    if is_loopback(url):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def post_check(url: str, text: str, language: str, timeout: float, disabled_rules: tuple[str, ...] = ()) -> dict[str, Any]:
    """Send ``text`` to ``url`` (a ``/v2/check`` URL) and return the decoded JSON answer."""
    import json
    import socket
    import urllib.error
    import urllib.request

    params = {"text": text, "language": language}
    if disabled_rules:
        params["disabledRules"] = ",".join(disabled_rules)
    data = urllib.parse.urlencode(params).encode("utf-8")
    request = urllib.request.Request(
        url, data=data, method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": "application/json"},
    )
    where = url[: -len("/v2/check")] if url.endswith("/v2/check") else url
    try:
        with _opener(url).open(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as err:
        detail = ""
        try:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()[0][:160]
        except (OSError, IndexError):
            pass
        raise Unavailable(f"LanguageTool server at {where} answered HTTP {err.code}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise Unavailable(f"LanguageTool server at {where} is not reachable ({reason})") from None
    try:
        answer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Unavailable(f"LanguageTool server at {where} sent an answer that is not JSON") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        raise Unavailable(f"LanguageTool server at {where} sent JSON without a 'matches' list")
    return answer
