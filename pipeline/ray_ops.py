"""Group-by and join on Ray Data for vectorised steps: whole key groups, numpy inside.

`grouped` hash-partitions rows by an integer key and calls a function once per partition
with all of its rows, so the function works on whole columns (a sort per partition) instead
of once per key; `join` attaches a right side with a unique key through the same group-by.
Both use Ray Data's task-based sort shuffle: its hash shuffle starts aggregator actors that,
on a small cluster, hold the CPUs the next operator's tasks wait for. Ray is imported lazily.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

PART = "__part"
KEY, SIDE = "__key", "__side"
SORT_SHUFFLE = "sort_shuffle_pull_based"
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def mix(values: np.ndarray) -> np.ndarray:
    """A well-mixed uint64 of integer keys, so consecutive rows spread over partitions."""
    mixed = values.astype(np.uint64) * _GOLDEN
    return mixed ^ (mixed >> np.uint64(29))


def _tag(batch: pa.Table, column: str, partitions: int) -> pa.Table:
    keys = batch[column].to_numpy()
    part = (mix(keys) % np.uint64(partitions)).astype(np.int64)
    return batch.append_column(PART, pa.array(part))


def grouped(ds: Any, column: str, fn: Any, partitions: int, **kwargs: Any) -> Any:
    """`fn(table, **kwargs)` once per hash partition of `column`: each key's rows together."""
    tagged = ds.map_batches(
        _tag, batch_format="pyarrow", fn_kwargs={"column": column, "partitions": partitions}
    )
    # A dataset plans with the context copied when its lineage began, not the current one:
    # set the strategy there (task-based: no aggregator actors, ~10 s each, to start)
    tagged.context.shuffle_strategy = SORT_SHUFFLE
    return tagged.groupby(PART, num_partitions=partitions).map_groups(
        lambda t: fn(t.drop_columns([PART]), **kwargs), batch_format="pyarrow"
    )


def join(left: Any, right: Any, how: str, partitions: int, on: str, right_on: str) -> Any:
    """`left` with the columns of `right`'s row whose `right_on` equals `on` (`right_on` is
    unique in `right`): an inner or left-outer join, as one sort-shuffle group-by."""
    left, right = left.materialize(), right.materialize()
    lefts, rights = left.schema().base_schema, right.schema().base_schema
    fields = [*lefts, *(f for f in rights if f.name != right_on)]
    union = pa.schema([*fields, (KEY, lefts.field(on).type), (SIDE, pa.int8())])
    padded = arrow_map(left, _pad, schema=union, key=on, side=0).union(
        arrow_map(right, _pad, schema=union, key=right_on, side=1)
    )
    return grouped(padded, KEY, _lookup, partitions, left=lefts.names, how=how).materialize()


def _pad(table: pa.Table, schema: pa.Schema, key: str, side: int) -> pa.Table:
    columns = [
        table[f.name] if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    columns[-2] = table[key]
    columns[-1] = pa.array(np.full(table.num_rows, side, dtype=np.int8))
    return pa.Table.from_arrays(columns, schema=schema)


def _lookup(table: pa.Table, left: list[str], how: str) -> pa.Table:
    is_left = pc.equal(table[SIDE], 0)
    lefts, rights = table.filter(is_left), table.filter(pc.invert(is_left))
    rights = rights.sort_by(KEY)
    keys, wanted = rights[KEY].to_numpy(), lefts[KEY].to_numpy()
    at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
    found = keys[at] == wanted if len(keys) else np.zeros(len(wanted), dtype=bool)
    if how == "inner":
        lefts, at, found = lefts.filter(pa.array(found)), at[found], found[found]
    take = pa.array(at, mask=~found, type=pa.int64())
    extra = [c for c in table.column_names if c not in left and c not in (KEY, SIDE)]
    picked = rights.select(extra).take(take)
    return pa.Table.from_arrays(
        [*lefts.select(left).columns, *picked.columns], names=[*left, *extra]
    )


def arrow_map(ds: Any, fn: Any, **kwargs: Any) -> Any:
    return ds.map_batches(fn, batch_format="pyarrow", fn_kwargs=kwargs)
