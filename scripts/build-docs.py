"""Render the notebooks, with their saved outputs and plots, into a static site under _docs/ (mkdocs-material +
mkdocs-jupyter, no Quarto), and write README.md from nbs/index.ipynb, its headline table taken from a recorded run's
report (`<!-- headline: path/report.md -->`). `--readme-only` writes just the README."""

import json, os, re, shutil, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs, stage = root / "nbs", root / ".mkdocs"
DIRECTIVE = re.compile(r"^\s*#\|\s*(.*)$")
HEADLINE = re.compile(
    r"^<!-- headline: (\S+)(?: (.+?))? -->$", re.M
)  # a section of a recorded run's report (default: mrr@10) in the README


def directives(cell):
    "The nbdev directives (`#| hide`, `#| export`, ...) at the top of a cell."
    return [m[1].strip() for l in cell["source"].splitlines() if (m := DIRECTIVE.match(l))]


def for_readers(nb):
    "The notebook as a reader should see it: hidden cells, `default_exp` cells and directive lines removed."
    cells = []
    for c in nb["cells"]:
        c = dict(c, source="".join(c["source"]) if isinstance(c["source"], list) else c["source"])
        d = directives(c)
        if c["cell_type"] == "code" and (
            any(x.startswith(("hide", "default_exp")) for x in d) or not c["source"].strip()
        ):
            continue
        c["source"] = "\n".join(l for l in c["source"].splitlines() if not DIRECTIVE.match(l))
        cells.append(c)
    return dict(nb, cells=cells)


def headline(match):
    "A section of a recorded run's report (up to the next heading), its plot paths made relative to the repository."
    report, title = root / match[1], match[2] or "mrr@10"
    text = report.read_text()
    start = re.search(rf"^#+ {re.escape(title)}.*\n", text, re.M).end()  # the heading at any level, then its text
    section = text[start:].split("\n#", 1)[0].strip()
    folder = report.parent.relative_to(root).as_posix()
    return re.sub(r"\]\((plots/[^)]+)\)", lambda m: f"]({folder}/{m[1]})", section)


def readme(nb):
    "README.md text from the index notebook: Markdown cells as they are, code cells fenced, text outputs below them."
    parts = ["<!-- generated from nbs/index.ipynb by `make docs`: edit the notebook, not this file -->"]
    for c in for_readers(nb)["cells"]:
        if c["cell_type"] == "markdown":
            parts.append(HEADLINE.sub(headline, c["source"]))
        elif c["cell_type"] == "code":
            parts.append(f"```python\n{c['source']}\n```")
            out = "".join("".join(o.get("text", "")) for o in c.get("outputs", []) if o.get("output_type") == "stream")
            if out.strip():
                parts.append(f"```\n{out.rstrip()}\n```")
    return "\n\n".join(parts) + "\n"


def main():
    index = json.loads((nbs / "index.ipynb").read_text())
    (root / "README.md").write_text(readme(index))
    if "--readme-only" in sys.argv:
        return
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "docs").mkdir(parents=True)
    pages = sorted(p for p in nbs.glob("*.ipynb"))
    for p in pages:  # the README's links to nbs/images/ point to the site's images/
        (stage / "docs" / p.name).write_text(
            json.dumps(for_readers(json.loads(p.read_text()))).replace("](nbs/images/", "](images/")
        )
    if (nbs / "images").exists():
        shutil.copytree(nbs / "images", stage / "docs" / "images")  # pictures the notebooks link to
    (stage / "docs" / "extra.css").write_text(".md-grid { max-width: 1600px; }\n")  # notebook code is wide
    title = lambda p: next(
        (
            l.lstrip("# ").strip()
            for c in json.loads(p.read_text())["cells"]
            if c["cell_type"] == "markdown"
            for l in "".join(c["source"]).splitlines()
            if l.startswith("# ")
        ),
        p.stem,
    )
    nav = [{"Home": "index.ipynb"}] + [{title(p): p.name} for p in pages if p.name != "index.ipynb"]
    config = {
        "site_name": "codeembed",
        "docs_dir": "docs",
        "site_dir": str(root / "_docs"),
        "nav": nav,
        "theme": {"name": "material", "features": ["content.code.copy", "navigation.sections"]},
        "extra_css": ["extra.css"],
        "plugins": ["search", {"mkdocs-jupyter": {"execute": False, "include_source": True}}],
    }
    (stage / "mkdocs.yml").write_text(json.dumps(config))  # JSON is valid YAML
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(stage / "mkdocs.yml")], check=True, env=env
    )
    print(f"docs: {len(pages)} pages in {root / '_docs'}; open _docs/index.html")


if __name__ == "__main__":
    main()
