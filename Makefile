# The README's commands. Each target installs what it needs first and is safe to run again.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test gates deps chromium clean lock messages-extract messages-update messages-compile

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

# Every Python package, pip and setuptools included, comes from requirements/lock.txt with its sha256 hashes;
# the project itself is installed without build isolation, so nothing unpinned is fetched for it.
$(VENV)/.installed: pyproject.toml requirements/lock.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed (found %s); with pyenv, .python-version selects 3.13" % sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/lock.txt
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	touch $@

# npm checks each package against the sha512 integrity in package-lock.json; install scripts stay off
# (.npmrc): none is needed (vnu-jar's would download a JDK; the gates run vnu.jar with the system Java 17).
node_modules/.installed: package.json package-lock.json .npmrc
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

## make lock: write requirements/lock.txt again (versions from pyproject.toml and constraints.txt, hashes from PyPI)
TOOLS := .venv-tools
lock:
	test -x $(TOOLS)/bin/python || $(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --require-hashes -r requirements/tools.txt
	$(TOOLS)/bin/uv pip compile pyproject.toml requirements/build.in --extra test -c constraints.txt \
		--generate-hashes --universal --python-version 3.12 --no-emit-package cove-site \
		--custom-compile-command "make lock" -o requirements/lock.txt

## Catalogues (HACKING.md: Catalogues): the English SOURCE texts -> cove.pot -> one cove.po per language -> cove.mo
LOCALE := cove_site/engine/locale
## make messages-extract: write $(LOCALE)/cove.pot from the SOURCE dictionaries (babel.cfg says which)
messages-extract: deps
	cd cove_site && ../$(BIN)/pybabel extract -F ../babel.cfg --add-location=file --no-wrap --sort-output \
		--project=cove-site --version=1 --copyright-holder="the CoVE portal authors" -o ../$(LOCALE)/cove.pot .

## make messages-update: bring every language's cove.po up to date with the template (new texts come in empty)
messages-update: messages-extract
	$(BIN)/pybabel update -D cove -i $(LOCALE)/cove.pot -d $(LOCALE) --no-wrap --ignore-obsolete

## make messages-compile: compile every cove.po into the cove.mo the engine and the site read (committed)
messages-compile: deps
	$(BIN)/pybabel compile -D cove -d $(LOCALE) --statistics

chromium:
	@bash scripts/ensure-chromium

clean:
	rm -rf site site.* .pytest_cache
