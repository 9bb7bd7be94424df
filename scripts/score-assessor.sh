#!/bin/sh
# Scores `confide assess` on the shared sample scenarios and on our own fixtures, with the acceptance scorer.
# Usage: scripts/score-assessor.sh [path/to/confide]   (default: .build/debug/confide)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/.build/debug/confide}
scorer=$here/../shared/tools/score_assessments.py
status=0
if [ -d "$here/../shared/domain/scenarios" ]; then
  python3 "$scorer" "$here/../shared/domain/scenarios" --bin "$bin" -v || status=1
else
  echo "shared/domain/scenarios not found next to the repository: skipping the shared sample"
fi
python3 "$scorer" "$here/Tests/ConfideCoreTests/Assessment/Fixtures" --bin "$bin" -v || status=1
exit $status
