using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using ParPlan.Core.Dossiers;

namespace ParPlan.Features.Dossiers;

/// <summary>The PostgreSQL writer: a chunk's rows are buffered (their procedure numbers looked up meanwhile, since the
/// connection is busy during a COPY), then sent with binary COPY into a temporary table dropped at commit, and merged
/// into <c>Dossiers</c> with one <c>INSERT … SELECT … ON CONFLICT (Source, Code) DO UPDATE</c>. Before the merge one
/// grouped query notes the years of the rows it is about to replace (<see cref="DossierWriter.Replaced"/>).</summary>
internal sealed class PostgresDossierWriter(NpgsqlConnection connection, long batchId, string source, DossierProcedureIds procedures) : DossierWriter
{
    private static readonly string[] Staged = Columns.Where(c => c is not ("Source" or "CreatedBatchId" or "LastBatchId")).ToArray();

    private readonly List<(DossierRecord Record, int? Procedure)> rows = [];
    private DbTransaction? transaction;

    public override void Begin(DbTransaction transaction) => this.transaction = transaction;

    public override ValueTask AddAsync(DossierRecord record, CancellationToken ct)
    {
        rows.Add((record, procedures.IdOf(record, transaction)));
        return ValueTask.CompletedTask;
    }

    public override async ValueTask FlushAsync(CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var list = string.Join(", ", Staged.Select(c => $"\"{c}\""));
        await ExecuteAsync(Command("CREATE TEMP TABLE dossier_stage (\"Code\" varchar(100) NOT NULL, \"UnitCode\" varchar(100) NOT NULL, \"ProcedureId\" integer, " +
            "\"ReceivedAt\" timestamptz NOT NULL, \"DueAt\" timestamptz NOT NULL, \"FinishedAt\" timestamptz, \"Status\" integer NOT NULL, " +
            "\"Channel\" integer NOT NULL, \"ServiceLevel\" integer, \"HasFees\" boolean, \"PaidOnline\" boolean, \"DossierDigitised\" boolean, " +
            "\"ResultDigitised\" boolean, \"DataReused\" boolean, \"Apologised\" boolean, \"Rating\" integer) ON COMMIT DROP", parameters: false), ct);
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY dossier_stage ({list}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (r, procedure) in rows) Write(copy, r, procedure);
            await copy.CompleteAsync(ct);
        }

        // The replaced versions' years, grouped in the server (local dates of Việt Nam, UTC+7).
        await using (var years = Command(
            "SELECT EXTRACT(YEAR FROM (d.\"ReceivedAt\" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::int, " +
            "EXTRACT(YEAR FROM (d.\"FinishedAt\" AT TIME ZONE 'UTC') + INTERVAL '7 hours')::int " +
            "FROM \"Dossiers\" d JOIN dossier_stage s ON d.\"Source\" = @source AND d.\"Code\" = s.\"Code\" GROUP BY 1, 2"))
        {
            await using var reader = await years.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) Replaced.Add(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
        }

        var set = string.Join(", ", Columns.Where(c => c is not ("Source" or "Code" or "CreatedBatchId")).Select(c => $"\"{c}\" = excluded.\"{c}\""));
        await using var merge = Command(
            $"WITH up AS (INSERT INTO \"Dossiers\" ({ColumnList}) SELECT @source, {list}, @batch, @batch FROM dossier_stage " +
            $"ON CONFLICT (\"Source\", \"Code\") DO UPDATE SET {set} RETURNING \"CreatedBatchId\") " +
            "SELECT count(*) FILTER (WHERE \"CreatedBatchId\" = @batch), count(*) FROM up");
        await using (var reader = await merge.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            Counted(reader.GetInt64(0), reader.GetInt64(1));
        }

        rows.Clear();
    }

    private static void Write(NpgsqlBinaryImporter copy, in DossierRecord r, int? procedure)
    {
        copy.StartRow();
        copy.Write(r.Code, NpgsqlDbType.Varchar);
        copy.Write(r.UnitCode, NpgsqlDbType.Varchar);
        WriteInt(copy, procedure);
        copy.Write(r.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        copy.Write(r.DueAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        if (r.FinishedAt is { } f) copy.Write(f.UtcDateTime, NpgsqlDbType.TimestampTz);
        else copy.WriteNull();
        copy.Write((int)r.Status, NpgsqlDbType.Integer);
        copy.Write((int)r.Channel, NpgsqlDbType.Integer);
        WriteInt(copy, (int?)r.ServiceLevel);
        WriteFlag(copy, r.HasFees);
        WriteFlag(copy, r.PaidOnline);
        WriteFlag(copy, r.DossierDigitised);
        WriteFlag(copy, r.ResultDigitised);
        WriteFlag(copy, r.DataReused);
        WriteFlag(copy, r.Apologised);
        WriteInt(copy, r.Rating);
    }

    private static void WriteInt(NpgsqlBinaryImporter copy, int? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Integer);
        else copy.WriteNull();
    }

    private static void WriteFlag(NpgsqlBinaryImporter copy, bool? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Boolean);
        else copy.WriteNull();
    }

    private static async Task ExecuteAsync(NpgsqlCommand command, CancellationToken ct)
    {
        await using (command)
        {
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private NpgsqlCommand Command(string sql, bool parameters = true)
    {
        var command = connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction?)transaction;
        command.CommandText = sql;
        if (!parameters) return command;
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("batch", batchId);
        return command;
    }

    public override void Dispose() => rows.Clear();
}
