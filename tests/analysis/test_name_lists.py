"""The shipped name lists: well formed, sourced, and not shadowing each other."""

from importlib import resources

import pytest

from checker.analysis.people import family_names_first, first_names


def _lines(filename: str) -> tuple[list[str], list[str]]:
    text = resources.files("checker.data").joinpath(filename).read_text("utf-8")
    lines = text.splitlines()
    return [x for x in lines if x.startswith("#")], [x for x in lines if x and x[0] != "#"]


@pytest.mark.parametrize(
    "filename", ["first_names.tsv", "given_names_world.tsv", "family_names_first.tsv"]
)
def test_each_list_names_its_source_and_has_no_duplicates(filename: str) -> None:
    header, rows = _lines(filename)
    assert any("Source" in line or "source" in line for line in header)
    names = [row.partition("\t")[0] for row in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("filename", ["first_names.tsv", "given_names_world.tsv"])
def test_given_names_have_a_gender(filename: str) -> None:
    _, rows = _lines(filename)
    assert {row.partition("\t")[2] for row in rows} <= {"m", "f", "u"}


def test_the_world_list_adds_names_and_overrides_none_of_the_census_list() -> None:
    _, census = _lines("first_names.tsv")
    _, world = _lines("given_names_world.tsv")
    census_names = {row.partition("\t")[0] for row in census}
    assert not census_names & {row.partition("\t")[0] for row in world}
    names = first_names()
    assert names["Tomasz"] == "m" and names["Agnieszka"] == "f"
    assert len(names) == len(census) + len(world)


def test_family_names_written_first() -> None:
    assert {"Xi", "Moon", "Nguyen"} <= family_names_first()
    assert not {"He", "Do", "Long"} & family_names_first()  # English words stay out
