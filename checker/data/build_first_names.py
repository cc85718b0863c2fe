"""Build ``first_names.tsv`` (given name, usual gender) from the US Census 1990 name lists.

Source: US Census Bureau, "Frequently Occurring Names" from the 1990 census (public domain),
as shipped in the PyPI package ``names`` (files dist.male.first and dist.female.first).
Run with ``python -m checker.data.build_first_names`` after ``pip install names``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

OUT = Path(__file__).with_name("first_names.tsv")
# A name counts as one gender's when that gender's frequency is this many times the other's.
DOMINANCE = 4.0


def _frequencies(filename: str) -> dict[str, float]:
    text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def build() -> int:
    """Write the table and return the number of names in it."""
    male, female = _frequencies("dist.male.first"), _frequencies("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= DOMINANCE * f:
            gender = "m"
        elif f >= DOMINANCE * m:
            gender = "f"
        else:
            gender = "u"
        rows.append(f"{name}\t{gender}")
    header = (
        "# Given names and their usual gender (m, f, u = either).\n"
        "# Source: US Census Bureau, 1990 census 'Frequently Occurring Names' (public domain),\n"
        "# via the PyPI package 'names' 0.3.0; built by checker/data/build_first_names.py.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build(), "names written to", OUT)
