#!/usr/bin/env bash
# Runs `palint check` for the GitHub Action. Inputs come as INPUT_* variables, as GitHub passes
# them: INPUT_PATHS, INPUT_FORMAT (sarif | github), INPUT_ARGS. With `sarif` the log is written
# to $RUNNER_TEMP/palint.sarif for the upload step. palint's exit code goes to the step's
# outputs (`exit-code`, `sarif`), and this script succeeds, so the upload runs before the job
# fails on problems.
set -uo pipefail
format="${INPUT_FORMAT:-sarif}"
read -r -a paths <<< "${INPUT_PATHS:-.}"
read -r -a extra <<< "${INPUT_ARGS:-}"
cd "${GITHUB_WORKSPACE:-.}" || exit 2
output="${GITHUB_OUTPUT:-/dev/null}"
case "$format" in
  sarif)
    sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/palint.sarif"
    palint check --format sarif "${extra[@]}" "${paths[@]}" > "$sarif"
    status=$?
    echo "sarif=$sarif" >> "$output"
    # A readable summary in the log too.
    palint check --statistics "${extra[@]}" "${paths[@]}" || true
    ;;
  github)
    palint check --format github "${extra[@]}" "${paths[@]}"
    status=$?
    echo "sarif=" >> "$output"
    ;;
  *)
    echo "::error title=palint::format must be sarif or github, not $format"
    status=2
    ;;
esac
echo "exit-code=$status" >> "$output"
exit 0
