"""Benchmarks: industry, competitor and own-best figures the owner types in."""

from __future__ import annotations

from dataclasses import replace

from kpidesk.domain.entities import Benchmark
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError
from kpidesk.store.models import BenchmarkRow
from kpidesk.store.records import benchmark_from_row


def add_benchmark(store: Store, benchmark: Benchmark) -> Benchmark:
    """Store a benchmark (its `id` is ignored)."""
    with store.write():
        row = BenchmarkRow.create(
            kpi=benchmark.kpi_id,
            kind=benchmark.kind.value,
            label=benchmark.label,
            value=benchmark.value,
            as_of=benchmark.as_of,
            source=benchmark.source,
            is_example=benchmark.is_example,
        )
        log_change(
            store,
            "benchmark",
            row.id,
            "created",
            "",
            f"{benchmark.label}: {benchmark.value}",
            kpi_id=benchmark.kpi_id,
        )
    return replace(benchmark, id=row.id)


def list_benchmarks(store: Store, kpi_id: int | None = None) -> list[Benchmark]:
    """Benchmarks, oldest first."""
    query = BenchmarkRow.select().order_by(BenchmarkRow.as_of, BenchmarkRow.id)
    if kpi_id is not None:
        query = query.where(BenchmarkRow.kpi == kpi_id)
    return [benchmark_from_row(r) for r in query]


def delete_benchmark(store: Store, benchmark_id: int) -> None:
    """Remove one benchmark: only to take back adding it (undo)."""
    with store.write():
        row = BenchmarkRow.get_or_none(BenchmarkRow.id == benchmark_id)
        if row is None:
            raise StoreError(f"There is no benchmark number {benchmark_id}.")
        old = f"{row.label}: {row.value}"
        log_change(store, "benchmark", row.id, "deleted", old, "", kpi_id=row.kpi_id)
        row.delete_instance()
