"""Writes schema12.db.gz's store with the code of schema 12, as a reader's store of that version was written.

Run from a checkout of the last commit of schema 12 (6896fb8e), its `newsx` on the path:
    python tests/stores/make_schema12.py STORE.db && gzip -9 STORE.db
Three made-up articles naming Trump (two as Donald Trump, one, a website's title, as Donald Trump Wins, which schema 12
named him by), one of them quoting him, and a person the reader renamed.
"""

import sys
from pathlib import Path

from newsx.store import open_db
from newsx.store.db import corrections
from newsx.store.db.schema import SCHEMA_VERSION
from tests.test_names_by_votes import ARTICLES, WINS, person, write

assert SCHEMA_VERSION == 12
path = Path(sys.argv[1])
db = open_db(path)
write(db, "rally", *ARTICLES["rally"])
write(db, "blog", *ARTICLES["blog"], said_by=WINS.key)
write(db, "debate", *ARTICLES["debate"])
write(db, "named later", "Obeidi spoke. Zebari listened.", person("Obeidi"), person("Zebari"))
obeidi = db.execute("SELECT id FROM entities WHERE name = 'Obeidi'").fetchone()[0]
corrections.rename(db, obeidi, "Khalid al-Obeidi")
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("VACUUM")
db.close()
