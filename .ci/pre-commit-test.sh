#!/usr/bin/env bash
# Proves the pre-commit hook with the real pre-commit from PyPI: in a temporary git
# repository, `pre-commit try-repo <this checkout> sessionlint` must fail with the finding on
# a staged flawed file and pass on a clean one. Prints the wall time of a warm hook run.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="${CI_TOOLS_DIR:-$here/target/ci-tools}"
mkdir -p "$tools"
if [ ! -x "$tools/venv/bin/pre-commit" ]; then
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/pip" install --quiet "pre-commit==4.*"
fi
pc="$tools/venv/bin/pre-commit"
"$pc" validate-manifest "$here/.pre-commit-hooks.yaml"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$tools/pre-commit-home"
cd "$work"
git init -q .
git config user.email ci@example.com
git config user.name ci

# A staged flawed file: the hook must fail and name the finding.
mkdir -p src
cat > src/app.js <<'JS'
const session = require("express-session");
app.use(session({ secret: "keyboard cat", resave: false }));
JS
git add src/app.js
set +e
out="$("$pc" try-repo "$here" sessionlint 2>&1)"
code=$?
set -e
echo "$out" | tail -20
if [ "$code" -eq 0 ] || ! grep -q "hardcoded-secret/express-session-secret" <<<"$out"; then
  echo "pre-commit: expected the hook to fail with the express-session finding (exit $code)" >&2
  exit 1
fi

# The same file fixed: the hook must pass.
cat > src/app.js <<'JS'
const session = require("express-session");
app.use(session({ secret: process.env.SESSION_SECRET, resave: false }));
JS
git add src/app.js
start=$(date +%s.%N)
"$pc" try-repo "$here" sessionlint
end=$(date +%s.%N)
echo "pre-commit: flawed file rejected, clean file accepted; warm run took $(python3 -c "print(f'{$end - $start:.2f}')") s (includes try-repo's clone of the hook repo)"
