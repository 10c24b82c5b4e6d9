#!/usr/bin/env bash
# Compiles revision REV (default: the merge base with main) into .bench/baseline/dist, the
# baseline that `npm run bench:extract` runs beside the current code.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-$(git merge-base HEAD main)}"
rm -rf .bench/baseline && mkdir -p .bench/baseline
git archive "$rev" src tsconfig.json tsconfig.build.json | tar -x -C .bench/baseline
ln -s "$PWD/node_modules" .bench/baseline/node_modules
(cd .bench/baseline && npx tsc -p tsconfig.build.json)
echo "baseline $rev compiled into .bench/baseline/dist"
