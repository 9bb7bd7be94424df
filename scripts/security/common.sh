# Shared start-up for the security scripts (sourced, not run): the binary under test and free ports.

# Copy the binary only when no build is writing it (unchanged for 15 s), so a half-linked file is never run.
stable_copy() {
  local src=.build/debug/confide dst=/tmp/confide-under-test i m1
  [ -x "$src" ] || { echo "no $src: build first" >&2; exit 2; }
  for i in $(seq 1 300); do
    m1=$(stat -c %Y.%s "$src")
    if [ $(( $(date +%s) - ${m1%%.*} )) -ge 15 ]; then
      cp "$src" "$dst.part" && [ "$(stat -c %Y.%s "$src")" = "$m1" ] && mv "$dst.part" "$dst" && return 0
    fi
    sleep 3
  done
  echo "the binary kept changing (a build in progress?); set CONFIDE_BIN" >&2; exit 2
}

freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# $CONFIDE_BIN if set, else a stable copy of the debug build; the project's rulebooks; fast password hashing.
if [ -z "${CONFIDE_BIN:-}" ]; then stable_copy; CONFIDE_BIN=/tmp/confide-under-test; fi
export CONFIDE_BIN CONFIDE_RULEBOOKS=${CONFIDE_RULEBOOKS:-$PWD/Rulebooks} CONFIDE_BCRYPT_COST=${CONFIDE_BCRYPT_COST:-8}
unset DATABASE_URL
