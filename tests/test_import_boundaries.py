"""The layout's promises, checked on the source: stages import only earlier stages, and the
TUI and the CLI's read-only paths never import spaCy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "store"
# The order data flows in; a module may import its own stage and earlier ones only.
# Shared modules (records, errors, sanitize, names) import nothing of ours.
STAGES = ["shared", "read", "nlp", "db", "ingest", "export"]
SHARED = {"records", "errors", "sanitize", "names", "sentences", "interrupts", "__init__"}
# Orchestration is one stage in two rooms: ingest.py, and cluster.py for a run on Dask.
ORCHESTRATION = {"ingest", "cluster"}


def _stage(module: str) -> str:
    """'newsx.store.read.html' -> 'read'; 'newsx.store.records' -> 'shared'."""
    part = module.split(".")[2] if module.count(".") >= 2 else "__init__"
    if part in ORCHESTRATION:
        return "ingest"
    return "shared" if part in SHARED else part


def _module_name(path: Path) -> str:
    rel = path.relative_to(STORE).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(["newsx", "store", *parts])


def _imports(path: Path) -> list[str]:
    """Every newsx.store module `path` imports, relative imports resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("newsx.store"):
                found += [f"{target}.{a.name}" if node.module is None else target for a in node.names]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("newsx.store")]
    return found


def _store_modules() -> list[Path]:
    return sorted(STORE.rglob("*.py"))


@pytest.mark.parametrize("path", _store_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_from_a_later_stage(path):
    here = _stage(_module_name(path))
    if path == STORE / "__init__.py":
        return  # the facade re-exports from every stage
    later = [m for m in _imports(path) if STAGES.index(_stage(m)) > STAGES.index(here)]
    assert not later, f"{path.relative_to(ROOT)} ({here}) imports later stages: {later}"


def test_shared_modules_import_nothing_of_ours():
    for name in SHARED - {"__init__", "interrupts"}:
        assert not _imports(STORE / f"{name}.py"), name


@pytest.mark.parametrize("path", _store_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_nlp_stage_imports_spacy(path):
    tree = ast.parse(path.read_text())
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    if any(n == "spacy" or n.startswith("spacy.") for n in names):
        assert path.is_relative_to(STORE / "nlp"), f"{path.relative_to(ROOT)} imports spaCy outside store/nlp"


def test_nothing_imports_the_checkout_folders_by_their_bare_names():
    """`store` and `tui` are other projects' names: only newsx.store / newsx.tui are ours."""
    for path in [*ROOT.joinpath("tui").rglob("*.py"), *ROOT.joinpath("tests").rglob("*.py"), *_store_modules()]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and not node.level:
                assert (node.module or "").split(".")[0] not in {"store", "tui", "seeds"}, path
            elif isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] not in {"store", "tui", "seeds"} for a in node.names), path


def _modules_after(code: str, package: str = "spacy") -> str:
    check = (
        f"import sys\n{code}\n"
        f"print(sorted(m for m in sys.modules if m == {package!r} or m.startswith({package + '.'!r})))"
    )
    return subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout.strip()


def test_the_tui_never_imports_spacy():
    assert _modules_after("import newsx.tui.app, newsx.tui.cli; from newsx.store.ingest import sample_paths") == "[]"


@pytest.mark.parametrize("package", ["dask", "distributed"])
def test_only_a_run_on_a_cluster_imports_dask(package, tmp_path):
    story = ROOT / "tests" / "articles" / "reuters_boeing_faa.txt"
    argv = ["newsx-tui", "ingest", str(story), "--db", str(tmp_path / "s.db")]
    code = (
        "import newsx.tui.app\nfrom newsx.tui.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code in (0, None), exit.code"
    )
    assert _modules_after(code, package).splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    "command",
    [
        ["entities"], ["quotes"], ["search", "Maliki"], ["export", "--query", "Maliki", "--format", "json"],
        ["datasette-metadata"],
    ],
    ids=lambda c: c[0],
)
def test_read_only_commands_never_import_spacy(command, sample_db_path):
    argv = ["newsx-tui", *command, "--db", str(sample_db_path)]
    code = (
        "from newsx.tui.cli import main\n"
        f"sys.argv = {argv!r}\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert _modules_after(code).splitlines()[-1] == "[]"


def test_every_package_folder_installs():
    """pyproject lists its packages by hand (the folders install under other names); a folder left out
    works in the checkout and is missing from a user's installed wheel."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {"store": "newsx.store", "tui": "newsx.tui", "seeds": "newsx.seeds"}
    found = {
        ".".join([folders[init.relative_to(ROOT).parts[0]], *init.relative_to(ROOT).parts[1:-1]])
        for top in folders for init in (ROOT / top).rglob("__init__.py")
    }
    assert found and found <= set(config["packages"]), found - set(config["packages"])
