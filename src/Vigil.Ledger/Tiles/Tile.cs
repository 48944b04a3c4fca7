using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tiles;

/// <summary>
/// A tile: a perfect subtree of height <see cref="Height"/> of the log's Merkle tree, holding the
/// hashes of all its nodes below its root — 256 at its bottom row, 128 above, …, 2 at its top row,
/// 510 in all — so any node of the tree is read from one tile without hashing. Tile (L, k) has its
/// bottom row at tree level 8L, nodes 256k … 256k + 255; its root is node k of the bottom row of
/// the tile row above (L + 1). A tile on the tree's right edge is partial: it holds the first
/// <see cref="Width"/> bottom nodes and the nodes they complete.
/// </summary>
/// <remarks>Layout: row j (0 = bottom) starts at hash number 512 − (512 &gt;&gt; j).</remarks>
public sealed class Tile
{
    /// <summary>Tree levels a tile spans.</summary>
    public const int Height = 8;

    /// <summary>Nodes in a full tile's bottom row.</summary>
    public const int FullWidth = 1 << Height;

    /// <summary>Hashes a tile holds when full.</summary>
    public const int NodeCount = (2 * FullWidth) - 2;

    /// <summary>Size of a tile's hashes in bytes.</summary>
    public const int ByteSize = NodeCount * Rfc9162.HashSize;

    private readonly byte[] _hashes;

    /// <summary>An empty tile at tile row <paramref name="row"/>, position <paramref name="index"/>.</summary>
    public Tile(int row, long index)
        : this(row, index, 0, new byte[ByteSize])
    {
    }

    private Tile(int row, long index, int width, byte[] hashes)
    {
        Row = row;
        Index = index;
        Width = width;
        _hashes = hashes;
    }

    /// <summary>Tile row: the tile's bottom nodes are at tree level <see cref="Height"/> × Row.</summary>
    public int Row { get; }

    /// <summary>Position of the tile in its row.</summary>
    public long Index { get; }

    /// <summary>Bottom nodes filled, 0 … 256.</summary>
    public int Width { get; private set; }

    /// <summary>Whether all 256 bottom nodes are filled.</summary>
    public bool IsFull => Width == FullWidth;

    /// <summary>The stored bytes: <see cref="ByteSize"/> bytes, hashes of unfilled nodes zero.</summary>
    public ReadOnlySpan<byte> Bytes => _hashes;

    /// <summary>Restores a tile from its stored bytes and width.</summary>
    /// <exception cref="ArgumentException">The bytes are not <see cref="ByteSize"/> long, or the width is out of range.</exception>
    public static Tile FromBytes(int row, long index, int width, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteSize)
        {
            throw new ArgumentException($"tile ({row}, {index}) has {bytes.Length} bytes, want {ByteSize}", nameof(bytes));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, FullWidth);
        return new Tile(row, index, width, bytes.ToArray());
    }

    /// <summary>The hash of node <paramref name="i"/> of row <paramref name="j"/> (0 = bottom) of this tile.</summary>
    public Hash Node(int j, long i) => Hash.From(_hashes.AsSpan(Offset(j, i), Rfc9162.HashSize));

    /// <summary>
    /// Appends a bottom node and hashes the nodes it completes. Returns true, with the tile's root,
    /// when the tile becomes full.
    /// </summary>
    /// <exception cref="InvalidOperationException">The tile is full.</exception>
    public bool Add(in Hash node, out Hash root)
    {
        if (IsFull)
        {
            throw new InvalidOperationException($"tile ({Row}, {Index}) is full");
        }

        long p = Width++;
        Hash h = node;
        for (int j = 0; ; j++)
        {
            h.CopyTo(_hashes.AsSpan(Offset(j, p)));
            if ((p & 1) == 0)
            {
                root = default;
                return false;
            }

            h = Rfc9162.HashChildren(Node(j, p - 1), h);
            p >>= 1;
            if (j + 1 == Height)
            {
                root = h;
                return true;
            }
        }
    }

    /// <summary>A copy with the same contents.</summary>
    public Tile Clone() => new(Row, Index, Width, (byte[])_hashes.Clone());

    private static int Offset(int j, long i) => ((2 * FullWidth) - ((2 * FullWidth) >> j) + (int)i) * Rfc9162.HashSize;
}
