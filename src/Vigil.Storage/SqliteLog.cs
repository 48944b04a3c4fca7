using Microsoft.Data.Sqlite;
using Vigil.Ledger.Log;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Tiles;

namespace Vigil.Storage;

/// <summary>
/// The transparency log in the embedded SQLite file: every entry's bytes exactly as appended, the
/// Merkle tree as <see cref="Tile"/>s, and the checkpoints issued. A batch of appends — entries, the
/// tiles they change and the new size — is one transaction committed with <c>synchronous = FULL</c>,
/// so an append is durable when it returns and a crash leaves the log at the end of some batch,
/// never in between. One writer at a time; not thread-safe.
/// </summary>
public sealed class SqliteLog : ILogStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS log_entries (
            idx   INTEGER PRIMARY KEY,
            data  BLOB NOT NULL
        );
        CREATE TABLE IF NOT EXISTS log_tiles (
            row     INTEGER NOT NULL,
            idx     INTEGER NOT NULL,
            width   INTEGER NOT NULL,
            hashes  BLOB NOT NULL,
            PRIMARY KEY (row, idx)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS log_meta (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS log_checkpoints (
            size       INTEGER PRIMARY KEY,
            root       BLOB NOT NULL,
            note       TEXT NOT NULL
        );
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _readTile;
    private TiledTree _tree = null!;

    private SqliteLog(SqliteConnection connection)
    {
        _connection = connection;
        _readTile = connection.CreateCommand();
        _readTile.CommandText = "SELECT width, hashes FROM log_tiles WHERE row = $row AND idx = $idx;";
        _readTile.Parameters.Add("$row", SqliteType.Integer);
        _readTile.Parameters.Add("$idx", SqliteType.Integer);
    }

    /// <summary>Leaves in the log.</summary>
    public long Size => _tree.Size;

    /// <summary>The log's tree, to prove from.</summary>
    public ISubtreeSource Tree => _tree;

    /// <summary>Opens (creating if needed) the log in the database file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The stored tree is inconsistent with the stored size.</exception>
    public static SqliteLog Open(string path)
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
        var log = new SqliteLog(connection);
        try
        {
            log.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            log.Execute(Schema);
            log.LoadTree();
            return log;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends <paramref name="entries"/> in order as one durable batch and returns the index of the
    /// first. Leaf hashes are SHA-256(0x00 ‖ entry).
    /// </summary>
    public long Append(IReadOnlyList<byte[]> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long first = Size;
        using SqliteTransaction tx = _connection.BeginTransaction();
        try
        {
            using SqliteCommand insert = Command("INSERT INTO log_entries (idx, data) VALUES ($i, $d);", tx);
            SqliteParameter index = insert.Parameters.Add("$i", SqliteType.Integer);
            SqliteParameter data = insert.Parameters.Add("$d", SqliteType.Blob);
            foreach (byte[] entry in entries)
            {
                ArgumentNullException.ThrowIfNull(entry, nameof(entries));
                index.Value = _tree.Append(Rfc9162.HashLeaf(entry));
                data.Value = entry;
                insert.ExecuteNonQuery();
            }

            using SqliteCommand tile = Command("INSERT OR REPLACE INTO log_tiles (row, idx, width, hashes) VALUES ($r, $i, $w, $h);", tx);
            SqliteParameter row = tile.Parameters.Add("$r", SqliteType.Integer);
            SqliteParameter tileIndex = tile.Parameters.Add("$i", SqliteType.Integer);
            SqliteParameter width = tile.Parameters.Add("$w", SqliteType.Integer);
            SqliteParameter hashes = tile.Parameters.Add("$h", SqliteType.Blob);
            foreach (Tile t in _tree.TakeChanged())
            {
                (row.Value, tileIndex.Value, width.Value, hashes.Value) = (t.Row, t.Index, t.Width, t.Bytes.ToArray());
                tile.ExecuteNonQuery();
            }

            SetMeta("size", Size.ToString(System.Globalization.CultureInfo.InvariantCulture), tx);
            tx.Commit();
            return first;
        }
        catch
        {
            tx.Rollback();
            LoadTree(); // the tree took appends that were rolled back: reread it from the database
            throw;
        }
    }

    /// <summary>The bytes of entry <paramref name="index"/>, exactly as appended.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such entry.</exception>
    public byte[] Leaf(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        using SqliteCommand cmd = Command("SELECT data FROM log_entries WHERE idx = $i;");
        cmd.Parameters.AddWithValue("$i", index);
        return (byte[])cmd.ExecuteScalar()!;
    }

    /// <summary>Records a checkpoint issued for <paramref name="size"/> (replacing one of the same size).</summary>
    public void SaveCheckpoint(long size, in Hash root, string note)
    {
        ArgumentException.ThrowIfNullOrEmpty(note);
        using SqliteCommand cmd = Command("INSERT OR REPLACE INTO log_checkpoints (size, root, note) VALUES ($s, $r, $n);");
        cmd.Parameters.AddWithValue("$s", size);
        cmd.Parameters.AddWithValue("$r", root.ToArray());
        cmd.Parameters.AddWithValue("$n", note);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public string? Checkpoint(long size)
    {
        using SqliteCommand cmd = Command("SELECT note FROM log_checkpoints WHERE size = $s;");
        cmd.Parameters.AddWithValue("$s", size);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>The checkpoint note issued for the largest size, if any.</summary>
    public string? LatestCheckpoint()
    {
        using SqliteCommand cmd = Command("SELECT note FROM log_checkpoints ORDER BY size DESC LIMIT 1;");
        return cmd.ExecuteScalar() as string;
    }

    /// <inheritdoc />
    public IReadOnlyList<long> CheckpointSizes()
    {
        using SqliteCommand cmd = Command("SELECT size FROM log_checkpoints ORDER BY size;");
        using SqliteDataReader r = cmd.ExecuteReader();
        var sizes = new List<long>();
        while (r.Read())
        {
            sizes.Add(r.GetInt64(0));
        }

        return sizes;
    }

    /// <summary>A setting of the log (its origin, its key), or null.</summary>
    public string? GetMeta(string key)
    {
        using SqliteCommand cmd = Command("SELECT value FROM log_meta WHERE key = $k;");
        cmd.Parameters.AddWithValue("$k", key);
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Stores a setting of the log.</summary>
    public void SetMeta(string key, string value) => SetMeta(key, value, null);

    /// <inheritdoc />
    public void Dispose()
    {
        _readTile.Dispose();
        _connection.Dispose();
    }

    private void SetMeta(string key, string value, SqliteTransaction? tx)
    {
        using SqliteCommand cmd = Command("INSERT OR REPLACE INTO log_meta (key, value) VALUES ($k, $v);", tx);
        cmd.Parameters.AddWithValue("$k", key);
        cmd.Parameters.AddWithValue("$v", value);
        cmd.ExecuteNonQuery();
    }

    private void LoadTree()
    {
        long size = long.Parse(GetMeta("size") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var edge = new List<Tile>();
        IReadOnlyList<(long Index, int Width)> want = TiledTree.EdgeTiles(size);
        for (int row = 0; row < want.Count; row++)
        {
            edge.Add(want[row].Width == 0 ? new Tile(row, want[row].Index) : ReadTile(row, want[row].Index));
        }

        _tree = new TiledTree(size, edge, ReadTile);
    }

    private Tile ReadTile(int row, long index)
    {
        _readTile.Parameters["$row"].Value = row;
        _readTile.Parameters["$idx"].Value = index;
        using SqliteDataReader r = _readTile.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException($"log tile ({row}, {index}) is missing");
        }

        return Tile.FromBytes(row, index, r.GetInt32(0), (byte[])r.GetValue(1));
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql)
    {
        using SqliteCommand cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }
}
