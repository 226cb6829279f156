"""Shared fixtures.  Tests that read ../shared skip with a clear reason when it is absent (a
user's fresh clone has no ../shared)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
def _find_shared() -> Path:
    """NEWSLINT_SHARED, else a `shared` folder beside the checkout (or beside its parent, for git
    worktrees kept one level down)."""
    if os.environ.get("NEWSLINT_SHARED"):
        return Path(os.environ["NEWSLINT_SHARED"])
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared"
    return REPO.parent / "shared"


SHARED = _find_shared()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"labelled sets not available: {data} does not exist (set NEWSLINT_SHARED to use them)")
    return data


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
