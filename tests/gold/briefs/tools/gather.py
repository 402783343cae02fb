"""gather.py ROUND BASECOMMIT DST [CONSIST_SECTION.md]: copy a round's four halves' gold from /work/wt-g{ROUND}{a..d}
into DST's tests/gold/reserved/, and append to DST's tests/gold/reserved/README.md what each half's worktree appended
to that README (writer's section, then second reading), then the consistency pass's section (a file) if given."""
import shutil
import subprocess
import sys
from pathlib import Path

rnd, base, dst = sys.argv[1], sys.argv[2], Path(sys.argv[3])
consist = Path(sys.argv[4]) if len(sys.argv) > 4 else None
orig = subprocess.run(["git", "-C", "/work/main", "show", f"{base}:tests/gold/reserved/README.md"], capture_output=True, text=True, check=True).stdout
readme = dst / "tests/gold/reserved/README.md"
text = readme.read_text(encoding="utf-8")
n = 0
for half in "abcd":
    wt = Path(f"/work/wt-g{rnd}{half}")
    for f in sorted((wt / "tests/gold/reserved").glob(f"allsides{rnd}_*.json")):
        shutil.copyfile(f, dst / "tests/gold/reserved" / f.name)
        n += 1
    wtext = (wt / "tests/gold/reserved/README.md").read_text(encoding="utf-8")
    assert wtext.startswith(orig), f"{wt}: README does not start with {base}'s"
    added = wtext[len(orig):].strip("\n")
    if consist:  # the pass appends its section to worktree a's README too: it goes last, once
        section = consist.read_text(encoding="utf-8").strip("\n")
        added = added.replace(section, "").strip("\n")
    text = text.rstrip("\n") + "\n\n" + added + "\n"
if consist:
    text = text.rstrip("\n") + "\n\n" + consist.read_text(encoding="utf-8").strip("\n") + "\n"
readme.write_text(text, encoding="utf-8")
print(f"{n} files copied; README now {len(text.splitlines())} lines")
