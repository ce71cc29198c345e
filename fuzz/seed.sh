#!/bin/sh
# Seeds fuzz/corpus/<target>/ from examples/ and tests/corpus/ (when present).
set -eu
cd "$(dirname "$0")/.."
for target in check lsp_edits; do
  mkdir -p "fuzz/corpus/$target"
  find examples tests/corpus -type f \( -name '*.yaml' -o -name '*.yml' \) 2>/dev/null |
    while read -r file; do
      cp "$file" "fuzz/corpus/$target/$(echo "$file" | tr '/' '_')"
    done
done
# Edits after an opened example: 0xFF, then 6-byte edit groups.
printf '\377\001\004\002\000\002\001\003\000\100\001\004' >> fuzz/corpus/lsp_edits/examples_valid_aks-values.yaml
echo "seeded: $(ls fuzz/corpus/check | wc -l) files per target"
