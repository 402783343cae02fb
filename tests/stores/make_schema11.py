"""Writes schema11.db.gz's store with the code of schema 11, as a reader's store of that version was written.

Run from a checkout of the last commit of schema 11 (bee61bb), its `newsx` on the path:
    python tests/stores/make_schema11.py STORE.db && gzip -9 STORE.db
The sample article through ingest (spaCy), articles resolved against it as ingest resolves (people known by a
surname alone, one of them later by a full name; people sharing a surname), and a rename correction.
"""

import sys
from pathlib import Path

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.ingest import ingest
from tests.test_write_at_scale import person, write

assert SCHEMA_VERSION == 11
path = Path(sys.argv[1])
db = open_db(path)
assert [r.status for r in ingest(db, ["seeds/000_c64e2e31bf1a696b.txt"])] == ["ingested"]
write(db, "alone", "Bolani met Zebari.", person("Bolani"), person("Zebari"))
write(db, "shared", "Hassan Ali met Hussein Ali and Ali.", person("Hassan Ali", "Ali"), person("Hussein Ali"))
write(db, "named later", "Khalid Obeidi spoke.", person("Obeidi"))
obeidi = db.execute("SELECT id FROM entities WHERE name = 'Obeidi'").fetchone()[0]
corrections.rename(db, obeidi, "Khalid al-Obeidi")
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("VACUUM")
db.close()
