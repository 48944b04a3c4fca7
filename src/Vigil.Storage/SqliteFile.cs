using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage;

/// <summary>Opens the embedded database file, creating it and its folder if needed; small command helpers.</summary>
internal static class SqliteFile
{
    public static SqliteConnection Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A command with <paramref name="sql"/> in <paramref name="tx"/> (none: autocommit).</summary>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        SqliteCommand cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    /// <summary>Runs <paramref name="sql"/> (one or more statements) for its effect.</summary>
    public static void Execute(this SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using SqliteCommand cmd = connection.Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    /// <summary>How the stores keep instants: ISO 8601 UTC to the tick, so that text order is time order.</summary>
    public static string FormatTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>An instant as <see cref="FormatTime"/> wrote it.</summary>
    public static DateTimeOffset ParseTime(string s) =>
        DateTimeOffset.ParseExact(s, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
