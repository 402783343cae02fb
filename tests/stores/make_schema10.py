"""Writes schema10.db.gz's store with the code of schema 10, as a reader's store of that version was written.

Run from a checkout of the last commit of schema 10 (d88c9af), its `newsx` on the path:
    python tests/stores/make_schema10.py STORE.db && gzip -9 STORE.db
The sample article through ingest (spaCy), two articles resolved against it as ingest resolves (a romanisation
of a stored name, two names of one skeleton), and a rename correction.
"""

import sys
from pathlib import Path

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.store.db.schema import SCHEMA_VERSION
from newsx.store.ingest import ingest
from tests.test_write_at_scale import person, write

assert SCHEMA_VERSION == 10
path = Path(sys.argv[1])
db = open_db(path)
assert [r.status for r in ingest(db, ["seeds/000_c64e2e31bf1a696b.txt"])] == ["ingested"]
write(db, "romanised", "Moqtada al-Sadr met Hassan Ali and Jawad Bolani.", person("Moqtada al-Sadr"),
      person("Hassan Ali", "Ali"), person("Jawad Bolani", "Bolani"))
write(db, "apart", "Hussein Ali spoke.", person("Hussein Ali"))
bolani = db.execute("SELECT id FROM entities WHERE name = 'Jawad Bolani'").fetchone()[0]
corrections.rename(db, bolani, "Jawad al-Bulani")
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("VACUUM")
db.close()
