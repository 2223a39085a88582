#!/usr/bin/python3
"""Writes the loader's seeds for the findings of issue 12 into fuzz/corpus/loader/: copies of
the sample conference with one hostile change each (values at the integer limits, an id of
2^63-1, WAL mode with a foreign table, SQLite's statistics tables). Run from the repository
with the sample written first:  build/weitblick --write-sample fuzz/corpus/loader/sample-v3.weitblick
"""
import os
import shutil
import sqlite3

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "loader")
SAMPLE = os.path.join(HERE, "sample-v3.weitblick")

CASES = {
    "id-2e63-1": ["INSERT INTO hall_table(id, number, name) VALUES (9223372036854775807, 99, '')"],
    "card-year-1e12": ["UPDATE card SET year = 1000000000000 WHERE id = (SELECT min(id) FROM card WHERE year IS NOT NULL)"],
    "card-year-min-int": ["UPDATE card SET year = -2147483648 WHERE id = (SELECT min(id) FROM card WHERE year IS NOT NULL)"],
    "dots-max-int": ["UPDATE dot SET count = 2147483647"],
    "dot-2e32+1": ["UPDATE dot SET count = 4294967297 WHERE id = (SELECT min(id) FROM dot)"],
    "progress-2e32+1": ["PRAGMA ignore_check_constraints = ON",
                        "UPDATE measure SET progress = 4294967297 WHERE id = (SELECT min(id) FROM measure)"],
    "timer-limits": ["UPDATE phase SET time_box_minutes = 2147483647, timer_extra_minutes = 2147483647, "
                     "timer_elapsed_ms = 4611686018427387904, timer_started_at_ms = -9223372036854775808"],
    "wal-foreign-table": ["PRAGMA journal_mode = WAL", "CREATE TABLE foreign_table(x)"],
    "analyze": ["ANALYZE"],
}

for name, statements in CASES.items():
    path = os.path.join(HERE, name + ".weitblick")
    shutil.copyfile(SAMPLE, path)
    db = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        db.execute(statement)
    db.close()
    for suffix in ("-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    print("wrote", path)
