"""The CLI's bundle cache: the same bundle as building it from the data, renewed by any data edit, never
holding invalid data, and never required (an unwritable place only costs speed)."""

from __future__ import annotations

import pytest

from cove_site.bundle import load_bundle
from cove_site.data.bundle_cache import bundle_key, cache_dir, cached_bundle
from cove_site.data.errors import DataError
from cove_site.model import DataError as ModelDataError


def test_cached_bundle_is_the_built_bundle_and_is_read_back(data_copy):
    first = cached_bundle(data_copy)
    assert first == load_bundle(data_copy)
    entries = list(cache_dir(data_copy).glob("bundle-*.json"))
    assert len(entries) == 1 and entries[0].name.startswith(f"bundle-{bundle_key(data_copy)[:32]}")
    assert cached_bundle(data_copy) == first


def test_a_data_edit_makes_a_new_bundle(data_copy):
    before = cached_bundle(data_copy)["years"]["2022"]["min_countries"]
    call = data_copy / "calls" / "2022.yaml"
    text = call.read_text(encoding="utf-8")
    old = f"value: {before}"
    assert old in text[text.index("min_countries"):]
    at = text.index("min_countries")
    call.write_text(text[:at] + text[at:].replace(old, f"value: {before + 1}", 1), encoding="utf-8")
    assert cached_bundle(data_copy)["years"]["2022"]["min_countries"] == before + 1


def test_invalid_data_is_reported_every_time_and_never_cached(data_copy):
    (data_copy / "calls" / "2022.yaml").write_text("partnership: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError) as raised:
            cached_bundle(data_copy)
        assert raised.value.problems
    assert not list(cache_dir(data_copy).glob("bundle-*.json"))
    assert DataError is ModelDataError


def test_an_unwritable_cache_place_only_costs_speed(data_copy):
    cache_dir(data_copy).parent.write_text("a file where the cache folder would go", encoding="utf-8")
    assert cached_bundle(data_copy) == load_bundle(data_copy)
