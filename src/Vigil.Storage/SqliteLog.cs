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
            id      INTEGER PRIMARY KEY,  -- tile row × 2^48 + index: one rowid lookup per tile
            width   INTEGER NOT NULL,
            hashes  BLOB NOT NULL
        );
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
    private readonly int _cacheTiles;
    private TiledTree _tree = null!;

    private SqliteLog(SqliteConnection connection, int cacheTiles)
    {
        _cacheTiles = cacheTiles;
        _connection = connection;
        _readTile = connection.CreateCommand();
        _readTile.CommandText = "SELECT width, hashes FROM log_tiles WHERE id = $id;";
        _readTile.Parameters.Add("$id", SqliteType.Integer);
    }

    /// <summary>Leaves in the log.</summary>
    public long Size => _tree.Size;

    /// <summary>The log's tree, to prove from.</summary>
    public ISubtreeSource Tree => _tree;

    /// <summary>Opens (creating if needed) the log in the database file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The stored tree is inconsistent with the stored size.</exception>
    /// <param name="path">The database file.</param>
    /// <param name="cacheTiles">
    /// Full tiles kept in memory (16 KiB each, 64 bytes per entry of the log): the default 1,024 keeps
    /// every upper tile of a log of 16 million entries; a cache as large as the tree spares proofs
    /// their one database read.
    /// </param>
    public static SqliteLog Open(string path, int cacheTiles = 1024)
    {
        SqliteConnection connection = SqliteFile.Open(path);
        var log = new SqliteLog(connection, cacheTiles);
        try
        {
            // 32 KiB pages hold a 16 KiB tile without overflow pages; reads go through a memory map.
            log.Execute("PRAGMA page_size = 32768; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA mmap_size = 17179869184; PRAGMA cache_size = -65536;");
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

            using SqliteCommand tile = Command("INSERT OR REPLACE INTO log_tiles (id, width, hashes) VALUES ($id, $w, $h);", tx);
            SqliteParameter id = tile.Parameters.Add("$id", SqliteType.Integer);
            SqliteParameter width = tile.Parameters.Add("$w", SqliteType.Integer);
            SqliteParameter hashes = tile.Parameters.Add("$h", SqliteType.Blob);
            foreach (Tile t in _tree.TakeChanged())
            {
                (id.Value, width.Value, hashes.Value) = (TileId(t.Row, t.Index), t.Width, t.Bytes.ToArray());
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

    /// <summary>Reads full tiles into the cache, upper rows first, until it is full; returns how many.</summary>
    public int WarmCache()
    {
        using SqliteCommand cmd = Command("SELECT id, width, hashes FROM log_tiles WHERE width = $full ORDER BY id DESC LIMIT $n;");
        cmd.Parameters.AddWithValue("$full", Tile.FullWidth);
        cmd.Parameters.AddWithValue("$n", _cacheTiles);
        using SqliteDataReader r = cmd.ExecuteReader();
        int count = 0;
        while (r.Read())
        {
            long id = r.GetInt64(0);
            _tree.Cache(Tile.FromBytes((int)(id >> 48), id & ((1L << 48) - 1), r.GetInt32(1), (byte[])r.GetValue(2)));
            count++;
        }

        return count;
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

        _tree = new TiledTree(size, edge, ReadTile, _cacheTiles);
    }

    private Tile ReadTile(int row, long index)
    {
        _readTile.Parameters["$id"].Value = TileId(row, index);
        using SqliteDataReader r = _readTile.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException($"log tile ({row}, {index}) is missing");
        }

        return Tile.FromBytes(row, index, r.GetInt32(0), (byte[])r.GetValue(1));
    }

    private static long TileId(int row, long index) => ((long)row << 48) + index;

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null) => _connection.Command(sql, tx);

    private void Execute(string sql, SqliteTransaction? tx = null) => _connection.Execute(sql, tx);
}
