#!/usr/bin/env bash
# Runs every test project of the solution and ends with one line: "N passed, N failed, N skipped",
# summed over all projects from their TRX reports. Exit code: non-zero when any test failed or a project crashed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

dotnet test "$root/Matching.sln" --no-build --logger trx --results-directory "$results" "$@"
rc=$?

passed=0; failed=0; skipped=0; reports=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  reports=$((reports + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  # Skipped tests count in "total" but not in "executed".
  skipped=$((skipped + $(value total) - $(value executed)))
done
projects=$(grep -c 'Tests.csproj' "$root/Matching.sln")
if [ "$reports" -lt "$projects" ]; then
  echo "Only $reports of $projects test projects reported results." >&2
  failed=$((failed + projects - reports))
fi
[ "$failed" -gt 0 ] && rc=1
# Name each failed test and the first lines of its message, so the tail of a CI log says which one failed and why.
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  awk '
    /<UnitTestResult / && /outcome="(Failed|Error|Timeout|Aborted)"/ {
      if (match($0, /testName="[^"]*"/)) print "FAILED " substr($0, RSTART + 10, RLENGTH - 11)
      failed = 1; next
    }
    /<\/UnitTestResult>/ { failed = 0; inmessage = 0; next }
    failed && /<Message>/ { inmessage = 1; lines = 0; sub(/.*<Message>/, "") }
    inmessage {
      done = sub(/<\/Message>.*/, "")
      if (lines++ < 8) print "  " $0
      if (done) inmessage = 0
    }
  ' "$trx"
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $rc
