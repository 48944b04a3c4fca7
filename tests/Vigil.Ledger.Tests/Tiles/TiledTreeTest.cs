using Vigil.Ledger.Merkle;
using Vigil.Ledger.Tiles;

namespace Vigil.Ledger.Tests.Tiles;

public class TiledTreeTest
{
    private static Hash Leaf(long i) => Rfc9162.HashLeaf(BitConverter.GetBytes(i));

    /// <summary>The root of leaves [index · 2^level, (index + 1) · 2^level), hashed pairwise from the leaves.</summary>
    private static Hash Naive(IReadOnlyList<Hash> leaves, int level, long index)
    {
        var row = new List<Hash>();
        for (long i = index << level; i < (index + 1) << level; i++)
        {
            row.Add(leaves[(int)i]);
        }

        while (row.Count > 1)
        {
            row = [.. Enumerable.Range(0, row.Count / 2).Select(i => Rfc9162.HashChildren(row[2 * i], row[(2 * i) + 1]))];
        }

        return row[0];
    }

    [Fact]
    public void Subtree_EveryCompleteNodeUpToThreeTileRows_MatchesHashingTheLeaves()
    {
        // 70,000 leaves: two full tile rows (256² = 65,536) and a partial third.
        var leaves = new List<Hash>();
        var tiles = new Dictionary<(int, long), Tile>();
        var tree = new TiledTree(0, [], (row, index) => tiles[(row, index)], cacheTiles: 4);
        var rng = new Random(5);
        for (long i = 0; i < 70_000; i++)
        {
            leaves.Add(Leaf(i));
            Assert.Equal(i, tree.Append(leaves[^1]));
            if (rng.Next(100) == 0 || i == 69_999)
            {
                foreach (Tile t in tree.TakeChanged())
                {
                    tiles[(t.Row, t.Index)] = t;
                }
            }
        }

        for (int level = 0; level <= 16; level++)
        {
            long complete = leaves.Count >> level;
            foreach (long index in new[] { 0, complete / 3, complete / 2, complete - 1 }.Distinct())
            {
                Assert.Equal(Naive(leaves, level, index), tree.Subtree(level, index));
            }
        }

        // Reopened from the stored tiles alone, the tree reads the same nodes and keeps growing.
        var reopened = new TiledTree(70_000, [.. TiledTree.EdgeTiles(70_000).Select((e, row) => e.Width == 0 ? new Tile(row, e.Index) : tiles[(row, e.Index)])],
            (row, index) => tiles[(row, index)]);
        for (long i = 70_000; i < 70_100; i++)
        {
            leaves.Add(Leaf(i));
            reopened.Append(leaves[^1]);
        }

        Assert.Equal(Naive(leaves, 6, 70_000 / 64), reopened.Subtree(6, 70_000 / 64));
        Assert.Equal(Naive(leaves, 16, 0), reopened.Subtree(16, 0));
    }

    [Theory]
    [InlineData(0, new long[0], new int[0])]
    [InlineData(1, new long[] { 0 }, new[] { 1 })]
    [InlineData(256, new long[] { 1, 0 }, new[] { 0, 1 })]
    [InlineData(65_537, new long[] { 256, 1, 0 }, new[] { 1, 0, 1 })]
    public void EdgeTiles_NameOneTilePerRow(long size, long[] indices, int[] widths)
    {
        IReadOnlyList<(long Index, int Width)> edge = TiledTree.EdgeTiles(size);
        Assert.Equal(indices, edge.Select(e => e.Index));
        Assert.Equal(widths, edge.Select(e => e.Width));
    }

    [Fact]
    public void Constructor_EdgeTilesNotMatchingTheSize_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => new TiledTree(300, [new Tile(0, 1), new Tile(1, 0)], (_, _) => throw new InvalidOperationException()));
        Assert.Contains("edge tile of row 0 is (0, 1) of width 0, want (0, 1) of width 44", e.Message);
    }

    [Fact]
    public void FromBytes_WrongLength_SaysWhichTile()
    {
        var e = Assert.Throws<ArgumentException>(() => Tile.FromBytes(2, 7, 3, new byte[100]));
        Assert.Contains("tile (2, 7) has 100 bytes, want 16320", e.Message);
    }
}
