# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out/demo

.PHONY: demo test notebooks lint bench clean

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

# JupyterLab on notebooks/ with this venv's Python as the kernel (kg importable);
# KG_DATA=/path/to/store make notebooks points the notebooks at your own store.
# JUPYTER_PATH puts the venv's kernel before any user-level "python3" kernel; no
# update check, news feed or extension index is fetched (offline); root (a
# container) is allowed.
NOTEBOOK_ARGS ?=
LAB_OFFLINE := --LabApp.extension_manager=readonly --LabApp.news_url=None \
	--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate
notebooks: $(STAMP)
	JUPYTER_PATH="$(abspath $(VENV))/share/jupyter" $(BIN)/jupyter lab --notebook-dir=notebooks \
	  $(LAB_OFFLINE) $(if $(filter 0,$(shell id -u)),--allow-root) $(NOTEBOOK_ARGS)

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
