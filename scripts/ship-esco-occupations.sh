#!/usr/bin/env bash
# Derives the occupation data Matching.Domain ships (Occupations/Data) from the ESCO v1.2 export in ../shared/data:
# the description column is dropped and the broader occupations stay as uuids.
# ESCO codes are not unique (48 codes name two occupations), so the uuid stays as the identity.
# Reproducible: run again after a new ESCO release and review the diff.
set -euo pipefail
src=${1:-../shared/data}
out=services/Matching.Domain/Occupations/Data
awk -F'\t' 'BEGIN { OFS = "\t" }
  NR == FNR { if (FNR > 1) code[$1] = $2; next }
  FNR == 1 { print "uuid", "code", "isco_group", "preferred_label", "alt_labels", "broader_uuids"; next }
  { broader = ""; n = split($6, parts, "|"); for (i = 1; i <= n; i++) if (parts[i] in code) broader = broader (broader == "" ? "" : "|") parts[i]
    print $1, $2, $3, $4, $5, broader }' "$src/esco-occupations-nl-v1.2.tsv" "$src/esco-occupations-nl-v1.2.tsv" > "$out/esco-occupations-nl.tsv"
cp "$src/isco-groups-nl.tsv" "$out/isco-groups-nl.tsv"
# The descriptions go apart (uuid, description), read only to tell how alike two occupations' tasks are.
awk -F'\t' 'BEGIN { OFS = "\t" } FNR == 1 { print "uuid", "description"; next } $7 != "" { print $1, $7 }' \
  "$src/esco-occupations-nl-v1.2.tsv" > "$out/esco-occupation-descriptions-nl.tsv"
