#!/usr/bin/env bash
# Until the first release, the schema is one "Initial" migration per provider. After a model change,
# this regenerates it for SQLite and PostgreSQL (the tests fail when the model and migrations disagree).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/ParPlan/Data/Migrations/Sqlite src/ParPlan/Data/Migrations/Postgres src/ParPlan/ParPlan
cd src/ParPlan
dotnet build -v q -nologo
for p in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --context ${p}AppDbContext \
    --output-dir Data/Migrations/$p --namespace ParPlan.Data.Migrations.$p >/dev/null
done
# The tool derives the snapshot's folder from its namespace: put it beside its migration.
if [ -d ParPlan ]; then
  find ParPlan -name '*ModelSnapshot.cs' | while read -r f; do
    p=$(basename "$(dirname "$f")"); mv "$f" "Data/Migrations/$p/"
  done
  rm -rf ParPlan
fi
ls Data/Migrations/*
