#!/usr/bin/env bash
# Debian packages the build needs: cairo's headers for PDF letters and bundles, a font to embed, and
# poppler-utils so the tests can read the PDFs back. Installed only when missing.
set -euo pipefail
missing=()
pkg-config --exists cairo 2>/dev/null || missing+=(libcairo2-dev)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} from Debian..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >/tmp/confide-apt.log 2>&1 \
    || { cat /tmp/confide-apt.log >&2; echo "could not install ${missing[*]}: install them with apt-get and try again" >&2; exit 1; }
fi
