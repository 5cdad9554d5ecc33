# The README's commands. Each target installs what it needs first and is safe to run again.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test gates deps chromium clean

## make serve: build the site and serve it at http://$(HOST):$(PORT)/ as hosts are told to (precompressed
## files, caching headers; cove_site/site/serve.py), rebuilding when docs/, data/, overrides/ or cove_site/ change
serve: deps
	$(BIN)/python -m cove_site.site.serve --host $(HOST) --port $(PORT)

## make build: build the static site into site/ (atomically: a failed build leaves the old site/ in place)
build: deps
	$(BIN)/python -m cove_site.build --site-dir site

## make test: every test, including the real browser tests (installs Chromium when run as root)
test: deps chromium
	$(BIN)/python -m pytest

## make gates: the quality gates alone, against an already built site (SITE=site by default; make build writes it)
SITE ?= site
gates: deps chromium
	$(BIN)/python -m cove_site.gates $(SITE)

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed (found %s); with pyenv, .python-version selects 3.13" % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@bash scripts/ensure-chromium

clean:
	rm -rf site site.* .pytest_cache
