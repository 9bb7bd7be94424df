#!/usr/bin/env bash
# Fuzzes the untrusted-input parsers (request files, statistical returns, outcomes CSV, redaction) with libFuzzer
# for a bounded time, then replays the corpus. Usage: scripts/fuzz.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
SCRATCH=.build-fuzz
CORPUS=${CONFIDE_FUZZ_CORPUS:-/tmp/confide-fuzz-corpus}
mkdir -p "$CORPUS"
# Seed the corpus with real inputs: scenarios, fixtures, a return, an outcomes sample.
cp -n ../shared/domain/scenarios/*.request.yaml "$CORPUS"/ 2>/dev/null || true
cp -n Tests/ConfideCoreTests/Assessment/Fixtures/*.request.yaml "$CORPUS"/ 2>/dev/null || true
cp -n ../shared/domain/data/*.csv "$CORPUS"/ 2>/dev/null || true
swift build --product confide-fuzz --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path "$SCRATCH" >/tmp/confide-fuzz-build.log 2>&1 \
  || { tail -30 /tmp/confide-fuzz-build.log; exit 1; }
BIN=$(swift build --product confide-fuzz --sanitize=fuzzer -Xswiftc -DFUZZING --scratch-path "$SCRATCH" --show-bin-path)/confide-fuzz
mkdir -p /tmp/confide-fuzz-artifacts
"$BIN" "$CORPUS" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=/tmp/confide-fuzz-artifacts/ -print_final_stats=1 2>/tmp/confide-fuzz.log || { tail -40 /tmp/confide-fuzz.log; exit 1; }
grep -E "stat::number_of_executed_units|stat::peak_rss_mb" /tmp/confide-fuzz.log | sed 's/^/fuzz: /'
echo "fuzz: no crash in $SECONDS_TO_RUN s; corpus $(ls "$CORPUS" | wc -l) inputs"
