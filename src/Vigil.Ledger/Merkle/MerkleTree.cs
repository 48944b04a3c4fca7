namespace Vigil.Ledger.Merkle;

/// <summary>
/// An in-memory, append-only RFC 9162 Merkle tree of leaf hashes that keeps every complete
/// subtree: level 0 holds the leaf hashes, level <c>L</c> the roots of the perfect subtrees over
/// <c>2^L</c> leaves. Appending a leaf hashes the subtrees it completes (one hash per append on
/// average), so roots and proofs for any size up to <see cref="Size"/> need only
/// O(log n) reads (see <see cref="MerkleProofs"/>).
/// </summary>
/// <remarks>
/// Nodes are stored as raw bytes in 1 MiB chunks per level: about 64 bytes per leaf in all
/// (32 for the leaf, 32 for the levels above), with no object per node and no copying as the
/// tree grows. Not safe for an append concurrent with any other call.
/// </remarks>
public sealed class MerkleTree : ISubtreeSource
{
    private readonly List<Level> _levels = [new Level()];

    /// <summary>Number of leaves appended so far; 0 for a new tree.</summary>
    public long Size { get; private set; }

    /// <summary>Adds a leaf hash (already <see cref="Rfc9162.HashLeaf"/>ed) at the right edge.</summary>
    /// <returns>The leaf's index, which is the size of the tree before the append.</returns>
    public long Append(in Hash leafHash)
    {
        long index = Size;
        leafHash.CopyTo(_levels[0].AppendSlot());

        // Each trailing 1 bit of the index is a subtree that this leaf completes.
        int level = 0;
        for (long i = index; (i & 1) == 1; i >>= 1)
        {
            if (level + 1 == _levels.Count)
            {
                _levels.Add(new Level());
            }

            ReadOnlySpan<byte> children = _levels[level].Pair(i - 1);
            Rfc9162.HashChildren(children, _levels[level + 1].AppendSlot());
            level++;
        }

        Size = index + 1;
        return index;
    }

    /// <summary>The Merkle Tree Hash of all the leaves; <see cref="Rfc9162.EmptyRoot"/> when empty.</summary>
    public Hash Root() => MerkleProofs.Root(Size, this);

    /// <summary>The Merkle Tree Hash of the first <paramref name="size"/> leaves.</summary>
    /// <param name="size">From 0 to <see cref="Size"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is negative or beyond <see cref="Size"/>.</exception>
    public Hash Root(long size)
    {
        if (size < 0 || size > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"tree size got {size}, want 0 to {Size}");
        }

        return MerkleProofs.Root(size, this);
    }

    /// <inheritdoc />
    public Hash Subtree(int level, long index)
    {
        if (level < 0 || level >= _levels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"level got {level}, want 0 to {_levels.Count - 1} for {Size} leaves");
        }

        Level nodes = _levels[level];
        if (index < 0 || index >= nodes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index at level {level} got {index}, want 0 to {nodes.Count - 1} for {Size} leaves");
        }

        return Hash.From(nodes.Node(index));
    }

    /// <summary>The nodes of one level, packed 32 bytes each into chunks of <see cref="ChunkNodes"/>.</summary>
    private sealed class Level
    {
        private const int ChunkShift = 15;
        private const int ChunkNodes = 1 << ChunkShift;
        private const int ChunkBytes = ChunkNodes * Rfc9162.HashSize;

        // The first chunk starts small and doubles up to a full chunk, so that small trees and
        // the sparse upper levels stay small; later chunks are allocated full and never move.
        private const int FirstChunkBytes = 16 * Rfc9162.HashSize;

        private readonly List<byte[]> _chunks = [];

        public long Count { get; private set; }

        /// <summary>Grows the level by one node and returns its 32 bytes to fill.</summary>
        public Span<byte> AppendSlot()
        {
            int chunk = checked((int)(Count >> ChunkShift));
            int offset = (int)(Count & (ChunkNodes - 1)) * Rfc9162.HashSize;
            if (chunk == _chunks.Count)
            {
                _chunks.Add(new byte[chunk == 0 ? FirstChunkBytes : ChunkBytes]);
            }
            else if (offset == _chunks[chunk].Length)
            {
                byte[] first = _chunks[chunk];
                Array.Resize(ref first, Math.Min(2 * first.Length, ChunkBytes));
                _chunks[chunk] = first;
            }

            Count++;
            return _chunks[chunk].AsSpan(offset, Rfc9162.HashSize);
        }

        public ReadOnlySpan<byte> Node(long index) =>
            _chunks[(int)(index >> ChunkShift)].AsSpan((int)(index & (ChunkNodes - 1)) * Rfc9162.HashSize, Rfc9162.HashSize);

        /// <summary>Nodes <paramref name="left"/> (even) and the one after it, 64 bytes; a chunk holds an even number of nodes, so a pair never straddles two.</summary>
        public ReadOnlySpan<byte> Pair(long left) =>
            _chunks[(int)(left >> ChunkShift)].AsSpan((int)(left & (ChunkNodes - 1)) * Rfc9162.HashSize, 2 * Rfc9162.HashSize);
    }
}
