"""One writer per file: a second process is told who holds it and gets read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from kpidesk.store.connection import open_database
from kpidesk.store.lock import lock_path

HOLDER = textwrap.dedent(
    """
    import sys, time
    from kpidesk.store.connection import open_database
    store = open_database(sys.argv[1])
    assert not store.read_only, store.read_only_reason
    print("holding", flush=True)
    time.sleep(60)
    """
)


def _start_holder(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_second_process_gets_read_only_with_holder(file_store, tmp_path: Path) -> None:
    path = tmp_path / "test.kpidesk"
    file_store.close()
    holder = _start_holder(path)
    try:
        with open_database(path) as second:
            assert second.read_only
            assert second.lock_holder is not None
            assert second.lock_holder.pid == holder.pid
            assert f"process {holder.pid}" in second.read_only_reason
            # Reading still works while the other process holds the file.
            assert second.db.execute_sql("SELECT name FROM business").fetchone()[0]
    finally:
        holder.kill()
        holder.wait()


def test_stale_lock_of_killed_process_is_taken_over(file_store, tmp_path: Path) -> None:
    path = tmp_path / "test.kpidesk"
    file_store.close()
    holder = _start_holder(path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert lock_path(path).exists()  # the killed process could not clean up
    with open_database(path) as reopened:
        assert not reopened.read_only
        assert str(os.getpid()) in lock_path(path).read_text()


def test_lock_released_on_close(file_store, tmp_path: Path) -> None:
    path = tmp_path / "test.kpidesk"
    file_store.close()
    assert not lock_path(path).exists()
    with open_database(path) as again:
        assert not again.read_only
