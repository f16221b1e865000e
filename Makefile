# Two entry points: `make run` and `make test`. Both create .venv and install on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONFIG ?= config.yaml

.PHONY: run serve test install browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `make run` installs the package; `make test` adds the test extras.
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/monitor run --config $(CONFIG)

serve: install
	$(BIN)/monitor serve --config $(CONFIG)

# The browser test drives Debian's chromium + chromium-driver. Install them where we can (root,
# apt-get); `apt-get update` only when apt does not know the package yet. Where this cannot be
# done the browser test is skipped and says why.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-cache show chromium-driver >/dev/null 2>&1 || apt-get update -qq; \
	    apt-get install -y -qq chromium chromium-driver || echo "chromium could not be installed: the browser test will be skipped"; \
	  else \
	    echo "chromium/chromedriver missing and not installable here (needs root and apt-get): the browser test will be skipped"; \
	  fi; \
	fi

# Two pytest-xdist workers (the guide's machine has 2 cores); tests spread one by one, a module
# marked xdist_group (one browser, one `monitor serve`) stays on one worker. PYTEST_WORKERS=0: one process.
PYTEST_WORKERS ?= 2

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
