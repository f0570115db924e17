# The README's commands. Every target creates .venv when it is missing and installs the project into it.
VENV    ?= .venv
PY      := $(VENV)/bin/python
BIN     := $(VENV)/bin
# torch is installed first and pinned: on our machines torch==2.13.0 is the CPU wheel on disk, while a plain
# `torch` requirement pulls a multi-GB CUDA build. Elsewhere pass TORCH=torch (or a version) to get your platform's build.
TORCH   ?= torch==2.13.0
STAMP   := $(VENV)/.installed

.PHONY: install browser run test test-slow docs bench lab clean-docs

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip uninstall -q -y codeembed 2>/dev/null || true  # the distribution's name before it became codeembed-kit
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# A real browser for the search page's test: Debian's chromium and chromedriver, installed when missing (as root, with apt).
browser:
	@command -v chromedriver >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; } || \
	  echo "chromium and chromedriver are missing and could not be installed: the search page's browser test will not run"

# The main job: the whole pipeline as far as it exists, on the offline default corpus.
run: install
	$(BIN)/codeembed pipeline

# nbdev-export and nbdev-clean must leave git unchanged; ruff checks the notebooks' lines (<= 120 characters, one statement
# a line) and check-sizes the package's modules, functions and lines; then every notebook's tests run (slow cells skipped),
# and the search tool is installed alone into a fresh virtualenv and used as a person and an agent would.
test: install browser
	@scripts/check-nbdev-sync $(BIN)
	@$(BIN)/ruff check --quiet && echo "ruff: no line over 120 characters, one statement a line"
	@$(PY) scripts/check-sizes.py
	@scripts/test-notebooks $(BIN)
	@scripts/test-light-install $(VENV)

# The slow cells too: the full corpus build and real-data checks (needs `make run` first).
test-slow: install
	@scripts/test-notebooks $(BIN) --flags slow

# A static site under _docs/ rendered from the notebooks with their saved plots (no Quarto needed).
docs: install
	$(PY) scripts/build-docs.py

bench: install
	$(BIN)/codeembed bench

# The notebooks in JupyterLab; the kernel is this environment's Python, so `import codeembed` is the checkout's code.
lab: install
	$(BIN)/jupyter lab nbs
