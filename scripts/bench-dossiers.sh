#!/usr/bin/env bash
# Dossier import + indicator benchmark: 1,000,000 generated dossiers for the demo province, imported and computed
# into a fresh SQLite store, compared with the sqlite3 shell's own .import of the same file; prints peak memory,
# the board's response time and the machine load. Usage: scripts/bench-dossiers.sh [COUNT] [YEAR]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ParPlan -c Release -v q -nologo >/dev/null
dotnet src/ParPlan/bin/Release/net10.0/ParPlan.dll bench dossiers --count "${1:-1000000}" --year "${2:-2025}"
