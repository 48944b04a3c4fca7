using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage;

/// <summary>
/// API keys in the embedded SQLite file. A key is <c>vgl_</c> followed by 43 base64url characters
/// (32 random bytes); only its SHA-256 is stored, so a copy of the database gives nobody a key.
/// Keys are revoked, never deleted, so that every record written with one still names its holder.
/// Not thread-safe: one store per thread.
/// </summary>
public sealed class SqliteKeyStore : IDisposable
{
    /// <summary>The prefix of every key, so that a leaked key is recognisable in logs and scanners.</summary>
    public const string KeyPrefix = "vgl_";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS api_keys (
            id          TEXT PRIMARY KEY,
            key_sha256  BLOB NOT NULL UNIQUE,
            role        TEXT NOT NULL,
            party       TEXT,
            name        TEXT,
            created_at  TEXT NOT NULL,
            revoked_at  TEXT
        ) WITHOUT ROWID;
        CREATE TRIGGER IF NOT EXISTS api_keys_no_delete BEFORE DELETE ON api_keys
            BEGIN SELECT RAISE(ABORT, 'keys are revoked, not deleted'); END;
        """;

    private readonly SqliteConnection _connection;

    private SqliteKeyStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the key table in the database file at <paramref name="path"/>.</summary>
    public static SqliteKeyStore Open(string path)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        try
        {
            connection.Execute("PRAGMA journal_mode = WAL;");
            connection.Execute(Schema);
            return new SqliteKeyStore(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Creates a key; returns it as stored and the secret, which is shown this once and never again.</summary>
    public (ApiKey Key, string Secret) Create(string role, string? party, string? name, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        string id = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        string secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        using SqliteCommand cmd = _connection.Command(
            "INSERT INTO api_keys (id, key_sha256, role, party, name, created_at) VALUES ($id, $h, $r, $p, $n, $at)");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$h", Hash(secret));
        cmd.Parameters.AddWithValue("$r", role);
        cmd.Parameters.AddWithValue("$p", (object?)party ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$n", (object?)name ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        cmd.ExecuteNonQuery();
        return (new ApiKey(id, role, party, name, at, null), secret);
    }

    /// <summary>The valid (not revoked) key whose secret is <paramref name="secret"/>, or null.</summary>
    public ApiKey? Find(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Keys("WHERE key_sha256 = $k AND revoked_at IS NULL", Hash(secret)).FirstOrDefault();
    }

    /// <summary>Every key, revoked ones included, oldest first.</summary>
    public IReadOnlyList<ApiKey> All() => Keys("", null);

    /// <summary>Revokes the key with <paramref name="id"/>; false when there is no such valid key.</summary>
    public bool Revoke(string id, DateTimeOffset at)
    {
        using SqliteCommand cmd = _connection.Command("UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$at", SqliteFile.FormatTime(at));
        return cmd.ExecuteNonQuery() == 1;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private List<ApiKey> Keys(string where, byte[]? hash)
    {
        using SqliteCommand cmd = _connection.Command($"SELECT id, role, party, name, created_at, revoked_at FROM api_keys {where} ORDER BY created_at, id");
        if (hash is not null)
        {
            cmd.Parameters.AddWithValue("$k", hash);
        }

        using SqliteDataReader r = cmd.ExecuteReader();
        var keys = new List<ApiKey>();
        while (r.Read())
        {
            keys.Add(new ApiKey(
                r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                SqliteFile.ParseTime(r.GetString(4)), r.IsDBNull(5) ? null : SqliteFile.ParseTime(r.GetString(5))));
        }

        return keys;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
