# make report: create .venv if needed, run every notebook on the seed article, write HTML.
# make test:   create .venv if needed, run pytest on tests/ and nbval (strict) on notebooks/.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
ARTICLE ?= seeds/kazakhstan-csto-2022-01.txt
OUT    ?= reports

.PHONY: report test lab notebooks lint evaluate benchmark clean env


env: $(STAMP)

# The editable install: setuptools warns at every editable install of a project whose folders
# are mapped (data/ -> analysis.data) that folders named like the package may shadow it; nothing
# to act on here, so that one warning (by its first words) is filtered. Other warnings still show.
QUIET_EDITABLE := PYTHONWARNINGS="ignore:Editable installation"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed: make PYTHON=python3.11 ...")'
	@echo "==> creating $(VENV) and installing the pinned packages (first run only, a few minutes)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(QUIET_EDITABLE) $(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)
	@echo "==> $(VENV) ready"

report: $(STAMP)
	@echo "==> report on $(ARTICLE) into $(OUT)/"
	$(BIN)/python -m analysis report --article $(ARTICLE) --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg tests notebooks

notebooks: $(STAMP)
	$(BIN)/python -m analysis notebooks

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

evaluate: $(STAMP)
	$(BIN)/python -m analysis evaluate segments
	$(BIN)/python -m analysis evaluate quotes
	$(BIN)/python -m analysis evaluate sources
	$(BIN)/python -m analysis evaluate sentiment   # NewsMTSC dev from ../shared/newsmtsc (skips when absent)
	$(BIN)/python -m analysis evaluate actors      # held-out actor gold; scraped pages from ../shared

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis

benchmark: $(STAMP)
	$(BIN)/python benchmarks/report_speed.py
	$(BIN)/python benchmarks/throughput.py

# make corpus: the 295 English Wikinews articles of ../shared/wikinews (CC BY 2.5) as a corpus:
# Parquet tables, errors.csv and the corpus page reports/corpus/index.html. Without ../shared
# it stops with a message; `make corpus-sample` refreshes the committed 20-article sample tables.
.PHONY: corpus corpus-sample
WIKINEWS ?= ../shared/wikinews
CORPUS_OUT ?= $(OUT)/corpus

corpus: $(STAMP)
	@test -d $(WIKINEWS) || { echo "error: $(WIKINEWS) not found (the Wikinews CSVs); set WIKINEWS=... or run make corpus-sample" >&2; exit 2; }
	$(BIN)/python -m analysis corpus $(WIKINEWS)/*.csv --out $(CORPUS_OUT)

corpus-sample: $(STAMP)
	$(BIN)/python -m analysis corpus data/corpus-sample/wikinews-sample.csv --out data/corpus-sample/tables --no-report
