# Two commands for a fresh machine with Python 3.11 and make:
#   make demo   installs accord into .venv and runs it on the bundled examples
#   make test   installs the same way (plus test tools and services) and runs pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: demo test install system-deps lint clean model

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[ray,dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/accord analyze examples/articles/ru-ua-istanbul-round-announced.txt --outlet "Northern Wire" --published 2026-03-02
	rm -f $(DEMO_DB)
	$(BIN)/python scripts/examples_to_jsonl.py build/examples.jsonl --with-offtopic
	$(BIN)/accord ingest build/examples.jsonl --db sqlite:///$(DEMO_DB)
	$(BIN)/accord events --db sqlite:///$(DEMO_DB) --format table
	$(BIN)/accord talks --db sqlite:///$(DEMO_DB)
	$(BIN)/accord contradictions --db sqlite:///$(DEMO_DB)
	$(BIN)/accord framing --by outlet --db sqlite:///$(DEMO_DB)

system-deps:
	bash scripts/system-deps.sh

test: $(STAMP) system-deps
	bash scripts/run-tests.sh

# the event classifier shipped in the package, rebuilt with a fixed seed from the repo and ../shared
model: $(STAMP)
	$(BIN)/python scripts/train_event_model.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) $(DEMO_DB) build .pytest_cache
