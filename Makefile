# KPIDesk — developer commands. `make run` and `make test` work on a fresh
# Debian/Ubuntu machine with Python 3.11+ (and the python3-venv package).

# The newest python3.x >= 3.11 on PATH; a candidate must really run, because
# pyenv shims exist for versions that are not active.
PYTHON ?= $(shell for p in python3.14 python3.13 python3.12 python3.11 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := var/demo.kpidesk

.PHONY: run test lint format bench venv demo clean forms translations package package-test icons screenshots

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "KPIDesk needs Python 3.11 or newer (python3.11, python3.12 …) on PATH." >&2; exit 1; }
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "$(PYTHON) has no venv support: sudo apt-get install python3-venv" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

$(DEMO): | $(STAMP)
	@mkdir -p var
	$(BIN)/kpidesk demo $(DEMO)

demo: $(DEMO)

run: $(STAMP) $(DEMO)
	$(BIN)/kpidesk $(DEMO)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) var build dist *.egg-info .pytest_cache

# Designer forms → Python (committed; tests/gui/test_forms.py checks they are current).
FORMS := $(patsubst ui/%.ui,kpidesk/gui/forms/ui_%.py,$(wildcard ui/*.ui))

kpidesk/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	$(BIN)/python -m kpidesk.gui.forms_build $< $@

forms: $(FORMS)

# Translations: extract strings from code and forms, then compile to .qm.
translations: $(STAMP)
	$(BIN)/python -m kpidesk.gui.translations_build

# ---------------------------------------------------------------------------
# The desktop app: PyInstaller one-folder build under dist/kpidesk/ and an
# archive of it (packaging/README.md). It uses its own venv, PKG_VENV, filled
# from a local wheelhouse (build/wheelhouse: kpidesk's wheel, its dependencies
# and PyInstaller, fetched once from the package registry), so the build
# itself downloads nothing and never touches the development venv.
PKG_VENV ?= build/pkgvenv
PKG_BIN := $(PKG_VENV)/bin
PKG_STAMP := $(PKG_VENV)/.installed
WHEELHOUSE := build/wheelhouse
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
ARCH := $(shell uname -m)
ARCHIVE := dist/kpidesk-$(VERSION)-linux-$(ARCH).tar.gz

$(PKG_STAMP): pyproject.toml setup.py
	@test -n "$(PYTHON)" || { echo "Packaging needs Python 3.11 or newer on PATH." >&2; exit 1; }
	test -x $(PKG_BIN)/python || $(PYTHON) -m venv $(PKG_VENV)
	$(PKG_BIN)/python -m pip install --quiet --upgrade pip
	$(PKG_BIN)/python -m pip wheel --quiet --wheel-dir $(WHEELHOUSE) '.[package]'
	$(PKG_BIN)/python -m pip install --quiet --no-index --find-links $(WHEELHOUSE) 'kpidesk[package]'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP)
	rm -rf dist/kpidesk $(ARCHIVE)
	$(PKG_BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/kpidesk.spec
	mkdir -p dist/kpidesk/linux
	cp -r packaging/linux/no.kpidesk.KPIDesk.* packaging/linux/icons dist/kpidesk/linux/
	cp packaging/linux/install.sh dist/kpidesk/install.sh
	tar -C dist -czf $(ARCHIVE) kpidesk
	@echo "Bundle: dist/kpidesk/ $$(du -sh dist/kpidesk | cut -f1) ($$(find dist/kpidesk -type f | wc -l) files); archive $(ARCHIVE) $$(du -h $(ARCHIVE) | cut -f1)"

package-test:
	packaging/smoke_test.sh dist/kpidesk/kpidesk

# Icons for Linux (hicolor PNGs), Windows (.ico) and macOS (.icns) from
# resources/icons/app.svg; the results are committed, rerun after changing it.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

# The AppStream screenshots (packaging/linux/screenshots, committed) from `kpidesk shots`.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/linux/make_screenshots.py
