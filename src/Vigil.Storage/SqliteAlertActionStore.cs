using Microsoft.Data.Sqlite;
using Vigil.Alerts;

namespace Vigil.Storage;

/// <summary>
/// What operators did about alerts — acknowledgements and responses — in the embedded SQLite file.
/// The table is append-only (triggers refuse <c>UPDATE</c> and <c>DELETE</c>); an alert takes at most
/// one acknowledgement (a unique index, so two operators racing cannot both succeed) and any number
/// of responses. Not thread-safe: one store per thread.
/// </summary>
public sealed class SqliteAlertActionStore : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS alert_actions (
            seq       INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id    INTEGER NOT NULL,
            alert_id  INTEGER NOT NULL,
            kind      TEXT NOT NULL CHECK (kind IN ('acknowledgement', 'response')),
            action    TEXT,
            note      TEXT,
            by_whom   TEXT NOT NULL,
            at        TEXT NOT NULL,
            CHECK ((kind = 'response') = (action IS NOT NULL))
        );
        CREATE UNIQUE INDEX IF NOT EXISTS alert_actions_one_acknowledgement
            ON alert_actions (run_id, alert_id) WHERE kind = 'acknowledgement';
        CREATE INDEX IF NOT EXISTS alert_actions_by_alert ON alert_actions (run_id, alert_id, seq);
        CREATE TRIGGER IF NOT EXISTS alert_actions_no_update BEFORE UPDATE ON alert_actions
            BEGIN SELECT RAISE(ABORT, 'alert actions are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS alert_actions_no_delete BEFORE DELETE ON alert_actions
            BEGIN SELECT RAISE(ABORT, 'alert actions are append-only'); END;
        """;

    private const int SqliteConstraintUnique = 2067;

    private readonly SqliteConnection _connection;

    private SqliteAlertActionStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the action table in the database file at <paramref name="path"/>.</summary>
    public static SqliteAlertActionStore Open(string path)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        try
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            connection.Execute(Schema);
            return new SqliteAlertActionStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Records the acknowledgement of <paramref name="alert"/> and returns true; when it is already acknowledged, records
    /// nothing and gives the existing acknowledgement as <paramref name="action"/>.
    /// </summary>
    public bool TryAcknowledge(RunId run, AlertId alert, string by, DateTimeOffset at, string? note, out AlertAction action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        try
        {
            action = Insert(run, alert, AlertActionKind.Acknowledgement, null, note, by, at);
            return true;
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            action = Load(run).First(a => a.Alert == alert && a.Kind == AlertActionKind.Acknowledgement);
            return false;
        }
    }

    /// <summary>Records a response to <paramref name="alert"/>.</summary>
    public AlertAction AddResponse(RunId run, AlertId alert, ResponseAction response, string by, DateTimeOffset at, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return Insert(run, alert, AlertActionKind.Response, response, note, by, at);
    }

    /// <summary>Every action on the alerts of <paramref name="run"/>, in the order they were recorded.</summary>
    public IReadOnlyList<AlertAction> Load(RunId run)
    {
        using SqliteCommand cmd = _connection.Command("SELECT seq, alert_id, kind, action, note, by_whom, at FROM alert_actions WHERE run_id = $run ORDER BY seq;");
        cmd.Parameters.AddWithValue("$run", run.Value);
        using SqliteDataReader r = cmd.ExecuteReader();
        var actions = new List<AlertAction>();
        while (r.Read())
        {
            AlertActionKind kind = r.GetString(2) == "response" ? AlertActionKind.Response : AlertActionKind.Acknowledgement;
            ResponseAction? response = null;
            if (kind == AlertActionKind.Response)
            {
                response = ResponseActions.TryParse(r.GetString(3), out ResponseAction a)
                    ? a
                    : throw new InvalidDataException($"Alert action {r.GetInt64(0)} has an unknown response '{r.GetString(3)}'.");
            }

            actions.Add(new AlertAction(r.GetInt64(0), run, new AlertId(r.GetInt32(1)), kind, response,
                r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), SqliteFile.ParseTime(r.GetString(6))));
        }

        return actions;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private AlertAction Insert(RunId run, AlertId alert, AlertActionKind kind, ResponseAction? response, string? note, string by, DateTimeOffset at)
    {
        using SqliteCommand cmd = _connection.Command("""
            INSERT INTO alert_actions (run_id, alert_id, kind, action, note, by_whom, at)
            VALUES ($run, $alert, $kind, $action, $note, $by, $at) RETURNING seq;
            """);
        cmd.Parameters.AddWithValue("$run", run.Value);
        cmd.Parameters.AddWithValue("$alert", alert.Value);
        cmd.Parameters.AddWithValue("$kind", kind == AlertActionKind.Response ? "response" : "acknowledgement");
        cmd.Parameters.AddWithValue("$action", response is { } a ? a.ToWireName() : DBNull.Value);
        cmd.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$by", by);
        cmd.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        long seq = (long)cmd.ExecuteScalar()!;
        return new AlertAction(seq, run, alert, kind, response, note, by, at);
    }
}
