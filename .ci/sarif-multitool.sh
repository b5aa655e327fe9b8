#!/usr/bin/env bash
# Validates sessionlint's SARIF with Microsoft's SARIF Multitool: the SARIF 2.1.0 spec rules
# and GitHub code scanning's ingestion rules (`--rule-kind "Gh;Sarif"`).
#
#   .ci/sarif-multitool.sh
#
# Environment:
#   SARIF_TOOLS_DIR  where the Multitool is installed (default: target/ci-tools); reused
#   SARIF_OUT_DIR    where corpus.sarif and report.sarif are written (default: a temp dir)
#
# Fails when the Multitool reports any result at level "error" (its exit code is always 0,
# so the report is read instead). Warnings and notes are printed and do not fail.
set -euo pipefail

MULTITOOL_VERSION=5.7.0

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$PWD

tools_dir="${SARIF_TOOLS_DIR:-$PWD/target/ci-tools}"
install_dir="$tools_dir/sarif-multitool-$MULTITOOL_VERSION"

case "$(uname -s)" in
  Linux) platform=linux ;;
  Darwin) platform=darwin ;;
  *) echo "sarif-multitool.sh: unsupported platform $(uname -s)" >&2; exit 2 ;;
esac
multitool="$install_dir/node_modules/@microsoft/sarif-multitool-$platform/Sarif.Multitool"

# (a) Install the Multitool (and its native package, pinned to the same version) once.
if [[ ! -f "$multitool" ]]; then
  echo "==> installing @microsoft/sarif-multitool@$MULTITOOL_VERSION into $install_dir"
  mkdir -p "$install_dir"
  npm install --prefix "$install_dir" --no-save --no-package-lock --no-audit --no-fund \
    "@microsoft/sarif-multitool@$MULTITOOL_VERSION" \
    "@microsoft/sarif-multitool-$platform@$MULTITOOL_VERSION"
fi
if [[ ! -f "$multitool" ]]; then
  echo "sarif-multitool.sh: $multitool is missing after npm install" >&2
  exit 2
fi
# npm may refuse to run the package's postinstall (which marks the binary executable).
chmod u+x "$multitool"

# (b) The release binary: built when missing or older than the sources.
bin="$repo_root/target/release/sessionlint"
if [[ ! -x "$bin" ]] || [[ -n "$(find src rules grammars build.rs Cargo.toml Cargo.lock -newer "$bin" -print -quit 2>/dev/null)" ]]; then
  echo "==> cargo build --release"
  cargo build --release
fi

out_dir="${SARIF_OUT_DIR:-}"
if [[ -z "$out_dir" ]]; then
  out_dir=$(mktemp -d)
  trap 'rm -rf "$out_dir"' EXIT
fi
mkdir -p "$out_dir"
corpus="$out_dir/corpus.sarif"
report="$out_dir/report.sarif"

# (c) A report with findings. Exit code 1 means "findings", which the corpus must have.
echo "==> sessionlint check test-corpus --format sarif"
set +e
"$bin" check test-corpus --format sarif --output "$corpus"
status=$?
set -e
if [[ $status -ne 1 ]]; then
  echo "sarif-multitool.sh: sessionlint exited with $status (expected 1: the corpus has findings)" >&2
  exit 1
fi

# A second report for what the corpus does not show: a non-ASCII path with spaces (a
# percent-encoded URI) and a skipped file (a tool execution notification).
fixtures="$repo_root/target/sarif-multitool-fixtures"
rm -rf "$fixtures"
mkdir -p "$fixtures/ünï cöde"
cp test-corpus/hardcoded-secret/express-session-secret/app.js "$fixtures/ünï cöde/app (1).js"
head -c 20000 /dev/zero | tr '\0' 'x' > "$fixtures/ünï cöde/too-large.js"
extra="$out_dir/extra.sarif"
extra_report="$out_dir/extra-report.sarif"
set +e
"$bin" check "target/sarif-multitool-fixtures" --max-file-size 10KiB --format sarif --output "$extra" 2>/dev/null
status=$?
set -e
if [[ $status -ne 1 ]]; then
  echo "sarif-multitool.sh: sessionlint exited with $status on the fixtures (expected 1)" >&2
  exit 1
fi

# (d) Validate. Called directly: `npx` re-splits arguments and breaks the `;` in the rule kind.
# The Multitool is a self-contained .NET app; without libicu it needs invariant globalization.
if ! ldconfig -p 2>/dev/null | grep -q libicu; then
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi
echo "==> Sarif.Multitool validate --rule-kind Gh;Sarif"
# Its console output repeats every note; it goes to a log, shown when the Multitool fails.
for pair in "$corpus:$report" "$extra:$extra_report"; do
  input="${pair%%:*}"
  output="${pair#*:}"
  if ! "$multitool" validate "$input" --rule-kind "Gh;Sarif" --level "Error;Warning;Note" \
      -o "$output" --log ForceOverwrite > "$output.log" 2>&1; then
    cat "$output.log" >&2
    echo "sarif-multitool.sh: the Multitool failed on $input" >&2
    exit 1
  fi
  if [[ ! -s "$output" ]]; then
    cat "$output.log" >&2
    echo "sarif-multitool.sh: the Multitool wrote no report for $input" >&2
    exit 1
  fi
done

# (e) Fail on errors; print everything.
python3 - "$report" "$extra_report" <<'PY'
import json
import re
import sys

counts = {"error": 0, "warning": 0, "note": 0, "none": 0}
lines = []
notes = {}
runs = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig") as f:
        runs.extend(json.load(f).get("runs", []))
for run in runs:
    rules = run.get("tool", {}).get("driver", {}).get("rules", [])
    by_id = {r.get("id"): r for r in rules}
    for inv in run.get("invocations", []):
        for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
            level = n.get("level", "warning")
            text = n.get("message", {}).get("text", "")
            if level == "error":
                counts["error"] += 1
                lines.append(f"error: Multitool: {text}")
        if inv.get("executionSuccessful") is False:
            counts["error"] += 1
            lines.append("error: the Multitool did not run successfully")
    for result in run.get("results", []):
        rule = None
        if isinstance(result.get("ruleIndex"), int) and 0 <= result["ruleIndex"] < len(rules):
            rule = rules[result["ruleIndex"]]
        rule = rule or by_id.get(result.get("ruleId"), {})
        level = result.get("level") or rule.get("defaultConfiguration", {}).get("level", "warning")
        message = result.get("message", {})
        text = message.get("text")
        if text is None and "id" in message:
            template = rule.get("messageStrings", {}).get(message["id"], {}).get("text", message["id"])
            args = message.get("arguments", [])
            text = re.sub(r"\{(\d+)\}", lambda m: args[int(m.group(1))] if int(m.group(1)) < len(args) else m.group(0), template)
        name = rule.get("name", "")
        where = ""
        for loc in result.get("locations", []):
            region = loc.get("physicalLocation", {}).get("region", {})
            if region.get("startLine"):
                where = f" (line {region['startLine']})"
            break
        counts[level] = counts.get(level, 0) + 1
        if level == "note":
            key = f"{result.get('ruleId', '?')} {name}"
            notes[key] = notes.get(key, 0) + 1
        lines.append(f"{level}: {result.get('ruleId', '?')} {name}{where}: {text}")

for line in lines:
    if not line.startswith("note: "):
        print(line)
# Notes are advice (snippets, message arguments, help URIs): one line per rule.
for key, n in sorted(notes.items()):
    print(f"note: {key} ({n}x)")
print(f"Multitool: {counts['error']} errors, {counts['warning']} warnings, {counts['note']} notes")
sys.exit(1 if counts["error"] else 0)
PY
