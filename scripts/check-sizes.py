"""The size limits of the codeembed package: no module over 600 lines, no function over 60, no line over 120 characters
(one concern per module, one screen per function, lines a reader can take in). Prints each breach and exits 1 when there
are any: `python scripts/check-sizes.py`. `make test` runs it, after ruff has checked the notebooks they come from."""

import ast, sys
from pathlib import Path

MAX_MODULE, MAX_FUNCTION, MAX_LINE = 600, 60, 120
root = Path(__file__).resolve().parent.parent / "codeembed"


def breaches(path: Path) -> list[str]:
    "What in one module is over a limit."
    text, name, found = path.read_text(), path.relative_to(root.parent).as_posix(), []
    lines = text.splitlines()
    if len(lines) > MAX_MODULE:
        found.append(f"{name}: {len(lines)} lines (module limit {MAX_MODULE})")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            n = node.end_lineno - node.lineno + 1
            if n > MAX_FUNCTION:
                found.append(f"{name}:{node.lineno}: {node.name} is {n} lines (function limit {MAX_FUNCTION})")
    for i, line in enumerate(lines, 1):
        if len(line) > MAX_LINE and not line.startswith("__all__ = "):  # nbdev wraps `__all__` not counting its name
            found.append(f"{name}:{i}: a line of {len(line)} characters (line limit {MAX_LINE})")
    return found


found = [b for p in sorted(root.rglob("*.py")) if p.name != "_modidx.py" for b in breaches(p)]  # _modidx: nbdev's index
print(
    "\n".join(found) or f"no module over {MAX_MODULE} lines, no function over {MAX_FUNCTION}, no line over {MAX_LINE}"
)
sys.exit(1 if found else 0)
