"""Modules over 600 lines and functions over 60 lines in the codeembed package (one concern per module, one screen per
function). Prints each one and exits 1 when there are any: `python scripts/check-sizes.py`."""
import ast, sys
from pathlib import Path

MAX_MODULE, MAX_FUNCTION = 600, 60
root = Path(__file__).resolve().parent.parent/"codeembed"
found = []
for path in sorted(root.glob("*.py")):
    if path.name == "_modidx.py": continue  # nbdev's generated index
    text = path.read_text()
    if (n := len(text.splitlines())) > MAX_MODULE: found.append(f"{path.name}: {n} lines (module limit {MAX_MODULE})")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (n := node.end_lineno - node.lineno + 1) > MAX_FUNCTION:
            found.append(f"{path.name}:{node.lineno}: {node.name} is {n} lines (function limit {MAX_FUNCTION})")
print("\n".join(found) or f"no module over {MAX_MODULE} lines, no function over {MAX_FUNCTION}")
sys.exit(1 if found else 0)
