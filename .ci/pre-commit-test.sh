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
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, cookie: { secure: true } }));
JS
git add src/app.js
"$pc" try-repo "$here" sessionlint
echo "pre-commit try-repo: flawed file rejected, clean file accepted"

# Timing as a user has it: a .pre-commit-config.yaml pinned to this checkout's HEAD, the hook
# environment installed once, then a commit-time run over a handful of staged files.
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $here
    rev: $(git -C "$here" rev-parse HEAD)
    hooks:
      - id: sessionlint
YAML
for name in Payroll Leave Stock Invoice; do
  cat > "src/$name.java" <<JAVA
class ${name}Controller {
    String describe(String id) { return "${name} " + id; }
}
JAVA
done
git add -A
"$pc" run >/dev/null 2>&1 || { "$pc" run; exit 1; }
start=$(date +%s.%N)
"$pc" run
end=$(date +%s.%N)
echo "pre-commit: warm hook run over 5 staged files took $(python3 -c "print(f'{$end - $start:.2f}')") s"
