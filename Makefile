# dipevents: `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared
EXAMPLES := $(wildcard examples/*.txt)
EXAMPLE_OUT := $(patsubst examples/%.txt,out/%.jsonl,$(EXAMPLES))

.PHONY: install run test test-bench examples examples-refresh eval lint bench clean freeze \
	check-fresh fuzz train kfold import-petrarch import-phoenix report report-screenshot browser

install: $(STAMP)

# Re-runs only when the pins or the package metadata change.
$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "dipevents needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) -V 2>&1)." \
	       "Run: make install PYTHON=python3.11" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

run: install
	@mkdir -p out
	$(BIN)/dipevents extract seeds/ --date 2022-02-10 --output out/seeds.jsonl
	$(BIN)/dipevents extract seeds/ --date 2022-02-10 --format table

test: install
	$(BIN)/python -m pytest -q

# The property-based hostile-input tests with a larger budget (make test runs a small one).
fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_hostile.py

# Pattern rule: one output per example, independent, so `make -j examples` is safe.
examples: $(EXAMPLE_OUT)

# Refresh the committed outputs beside the examples after a change to the extractor.
examples-refresh: examples report
	for f in $(EXAMPLE_OUT); do cp $$f examples/; done
	cp out/report.html examples/report.html

# The HTML report of the seed and the examples (dipevents extract --report), with its events.
report: out/report.html

out/report.html: $(EXAMPLES) $(wildcard seeds/*.txt) $(STAMP) $(SOURCES) $(wildcard dipevents/data/report/*)
	@mkdir -p out
	$(BIN)/dipevents extract seeds/ $(EXAMPLES) --date 2022-02-10 --format jsonl \
	  --output out/report-events.jsonl --report out/report.html

# The README's picture of the report, taken in headless Chromium (make browser).
report-screenshot: report browser
	$(BIN)/python -m dipevents.devtools.browser out/report.html examples/report.png

# Debian's Chromium for the report's browser tests (Playwright drives it; its own browser
# download is not reachable here). Needs root or sudo; does nothing when one is installed.
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

# The outputs depend on the extractor's code and data, so a change to either remakes them.
SOURCES := $(wildcard dipevents/*.py dipevents/*/*.py dipevents/data/*)

out/%.jsonl: examples/%.txt $(STAMP) $(SOURCES)
	@mkdir -p out
	$(BIN)/dipevents extract $< --format jsonl --output $@.tmp && mv $@.tmp $@

# One line of figures per gold set (events: *.gold.jsonl; sentence labels: plv.dev.jsonl),
# with the rules alone, then with the shipped type model (trained on these sets: its figures
# here are training figures; `make kfold` gives held-out ones); fails when an F1 with the
# model falls more than 0.02 below tests/eval_floors.json.
eval: install
	@if [ -d "$(SHARED)/eval" ]; then \
	  echo "-- rules alone (--type-model none)"; \
	  $(BIN)/dipevents eval --brief --type-model none $(SHARED)/eval/*.jsonl && \
	  echo "-- with the type model" && \
	  $(BIN)/dipevents eval --brief --floors tests/eval_floors.json $(SHARED)/eval/*.jsonl; \
	else echo "eval: $(SHARED)/eval not found; skipping the gold sets"; fi

# The shipped event-type model, from the dev sets in $(SHARED)/eval (gold text stays there;
# only the model is committed). Fixed seed: the same data gives the same bytes.
TYPEMODEL := dipevents/data/typemodel
train: install
	$(BIN)/dipevents train $(SHARED)/eval/*.jsonl --output $(TYPEMODEL).tmp
	rm -rf $(TYPEMODEL) && mv $(TYPEMODEL).tmp $(TYPEMODEL)

# Held-out figures for each use of the type model: k-fold over every dev set at once.
kfold: install
	$(BIN)/python -m dipevents.devtools.kfold $(SHARED)/eval/*.jsonl

# Regenerate the pins from a working .venv: no machine paths (the project itself is left out,
# it is installed editable from wherever the clone is), no model (requirements-model.txt).
freeze: install
	{ echo "# Pinned dependencies of dipevents and its dev tools (make install), for Python 3.11+."; \
	  echo "# Regenerate from a working .venv with: make freeze (no machine paths, no model)"; \
	  $(BIN)/pip freeze --exclude-editable --all \
	    | grep -v -i -e '^en[-_]core[-_]web' -e '^dipevents' -e '^pip==' -e ' @ file:' \
	      -e '^-e '; } > requirements.txt.tmp && mv requirements.txt.tmp requirements.txt

# A clone in a fresh directory under another name installs by itself and imports itself.
check-fresh:
	PYTHON=$(PYTHON) bash .ci/fresh-clone

lint: install
	$(BIN)/ruff check dipevents tests

clean:
	rm -rf out .pytest_cache .ruff_cache build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# The imported PETRARCH-2 verb rows: fetch CAMEO.2.0.txt once (openeventdata/petrarch2,
# petrarch2/data/dictionaries/, MIT) and point CAMEO at it. Root classes kept: see README.
CAMEO ?= CAMEO.2.0.txt
PETRARCH_ROOTS := 11
import-petrarch: install
	$(BIN)/python -m dipevents.devtools.import_petrarch $(CAMEO) --roots $(PETRARCH_ROOTS)

# People with dated roles, and state agencies, from Phoenix.Countries.actors.txt; armed groups
# from Phoenix.MilNonState.actors.txt (same source repository, MIT): fetch them once and point
# PHOENIX and MILNONSTATE at them.
PHOENIX ?= Phoenix.Countries.actors.txt
MILNONSTATE ?= Phoenix.MilNonState.actors.txt
import-phoenix: install
	$(BIN)/python -m dipevents.devtools.import_phoenix $(PHOENIX)
	$(BIN)/python -m dipevents.devtools.import_phoenix_bodies $(PHOENIX) $(MILNONSTATE)

bench: install
	$(BIN)/python -m dipevents.devtools.bench

# Slower tests, run by CI too: memory independence of input size, the command as a process
# (worker processes killed, SIGTERM/SIGINT, a closed pipe), a Dask cluster of processes, and
# the report in Chromium (make browser installs it).
test-bench: install
	$(BIN)/python -m pytest -q -o addopts="" tests/bench
