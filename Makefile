# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/demo

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip==26.3"
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,notebooks,dask]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build examples/articles.jsonl --out $(OUT)
	@echo "Outputs: $(OUT)/events.jsonl $(OUT)/graph.ttl $(OUT)/graph.html"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Benchmarks (speed ratios, textacy comparison) -> bench/REPORT.md; needs the `bench` extra.
$(VENV)/.installed-bench: $(STAMP)
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,notebooks,dask,bench]"
	touch $@

bench: $(VENV)/.installed-bench  # BENCH_ARGS="--only ar_speed en_speed" runs some
	$(BIN)/python -m bench.run_all $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests

clean:
	rm -rf $(VENV) out test-artifacts
