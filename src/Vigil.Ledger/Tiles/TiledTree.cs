using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tiles;

/// <summary>
/// A Merkle tree kept as <see cref="Tile"/>s: the tiles on the right edge (one per tile row, at most
/// five for 2^40 leaves) live in memory and take the appends; the rest are read through a loader
/// and kept in a small most-recently-used cache. Any node is one tile read away, so a proof costs
/// O(log n) node reads from at most ⌈levels / 8⌉ tiles.
/// </summary>
public sealed class TiledTree : ISubtreeSource
{
    private readonly List<Tile> _edge;
    private readonly Func<int, long, Tile> _load;
    private readonly TileCache _cache;
    private readonly List<Tile> _filled = [];
    private int _changedRows;

    /// <summary>
    /// A tree of <paramref name="size"/> leaves whose edge tiles are <paramref name="edge"/> (as
    /// <see cref="EdgeTiles"/> names them) and whose other tiles <paramref name="load"/> reads.
    /// </summary>
    /// <exception cref="ArgumentException">The edge tiles do not match the size.</exception>
    public TiledTree(long size, IReadOnlyList<Tile> edge, Func<int, long, Tile> load, int cacheTiles = 1024)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(load);
        var want = EdgeTiles(size);
        if (edge.Count != want.Count)
        {
            throw new ArgumentException($"{edge.Count} edge tiles for size {size}, want {want.Count}", nameof(edge));
        }

        for (int row = 0; row < want.Count; row++)
        {
            if (edge[row].Row != row || edge[row].Index != want[row].Index || edge[row].Width != want[row].Width)
            {
                throw new ArgumentException(
                    $"edge tile of row {row} is ({edge[row].Row}, {edge[row].Index}) of width {edge[row].Width}, want ({row}, {want[row].Index}) of width {want[row].Width}",
                    nameof(edge));
            }
        }

        Size = size;
        _edge = [.. edge];
        _load = load;
        _cache = new TileCache(cacheTiles);
    }

    /// <summary>Leaves in the tree.</summary>
    public long Size { get; private set; }

    /// <summary>Puts a full tile in the cache (to warm it), if there is room.</summary>
    public void Cache(Tile tile) => _cache.Put(tile, evict: false);

    /// <summary>The position and width of the edge tile of each tile row for a tree of <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<(long Index, int Width)> EdgeTiles(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var edge = new List<(long, int)>();
        for (long nodes = size; nodes > 0; nodes >>= Tile.Height)
        {
            edge.Add((nodes >> Tile.Height, (int)(nodes & (Tile.FullWidth - 1))));
        }

        return edge;
    }

    /// <summary>Appends a leaf hash; returns its index.</summary>
    public long Append(in Hash leafHash)
    {
        Hash node = leafHash;
        for (int row = 0; ; row++)
        {
            if (row == _edge.Count)
            {
                _edge.Add(new Tile(row, 0));
            }

            _changedRows = Math.Max(_changedRows, row + 1);
            Tile tile = _edge[row];
            if (!tile.Add(node, out Hash root))
            {
                break;
            }

            _filled.Add(tile);
            _cache.Put(tile);
            _edge[row] = new Tile(row, tile.Index + 1);
            node = root;
        }

        return Size++;
    }

    /// <summary>
    /// The tiles changed since the last call — every tile that filled up and every edge tile that
    /// grew (copies, safe to keep) — for the caller to store; empty edge tiles are left out.
    /// </summary>
    public IReadOnlyList<Tile> TakeChanged()
    {
        var changed = new List<Tile>(_filled);
        for (int row = 0; row < _changedRows; row++)
        {
            if (_edge[row].Width > 0)
            {
                changed.Add(_edge[row].Clone());
            }
        }

        _filled.Clear();
        _changedRows = 0;
        return changed;
    }

    /// <inheritdoc />
    public Hash Subtree(int level, long index)
    {
        int row = level / Tile.Height, j = level % Tile.Height;
        int shift = Tile.Height - j;
        long k = index >> shift;
        long i = index - (k << shift);
        Tile tile = row < _edge.Count && _edge[row].Index == k ? _edge[row] : _cache.Get(row, k) ?? Load(row, k);
        return tile.Node(j, i);
    }

    private Tile Load(int row, long index)
    {
        Tile tile = _load(row, index);
        _cache.Put(tile);
        return tile;
    }
}
