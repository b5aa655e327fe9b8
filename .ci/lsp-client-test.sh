#!/usr/bin/env bash
# The language server with a real third-party LSP client: pygls's LanguageClient (pinned, in a
# venv under target/ci-tools) starts `sessionlint lsp`, opens a flawed file and checks the
# diagnostics it publishes (rule id, exact UTF-16 range), fixes the buffer, then shuts the
# server down and checks its exit code.
# Usage: .ci/lsp-client-test.sh [path/to/sessionlint]  (default: builds target/debug/sessionlint)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tools="${CI_TOOLS_DIR:-$here/target/ci-tools}"
pygls_version=2.1.1
venv="$tools/pygls-$pygls_version"

bin="${1:-}"
if [ -z "$bin" ]; then
  (cd "$here" && cargo build --quiet)
  bin="$here/target/debug/sessionlint"
fi

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pygls.lsp.client" 2>/dev/null; then
  mkdir -p "$tools"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pygls==$pygls_version"
fi

timeout 120 "$venv/bin/python" "$here/.ci/lsp_client_test.py" "$bin"
