#!/usr/bin/env bash
# Until the first release, the schema is one "Initial" migration per provider. After a model change (or after merging
# branches that changed it), this regenerates, for SQLite and PostgreSQL, the Initial migration and the EF compiled model
# the app, the CLI and the tests run on (Data/CompiledModels). The tests fail when the model and either disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# The compiled models go too: a stale one may no longer compile against the changed entities.
rm -rf src/ParPlan/Data/Migrations/Sqlite src/ParPlan/Data/Migrations/Postgres src/ParPlan/Data/CompiledModels src/ParPlan/ParPlan
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
# The compiled models (EF finds them by their assembly attribute; nothing else refers to them).
for p in Sqlite Postgres; do
  dotnet ef dbcontext optimize --no-build --context ${p}AppDbContext \
    --output-dir Data/CompiledModels/$p --namespace ParPlan.Data.CompiledModels.$p >/dev/null
done
ls Data/Migrations/* Data/CompiledModels
