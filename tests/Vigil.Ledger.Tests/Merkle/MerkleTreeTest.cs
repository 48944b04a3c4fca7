using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

public partial class MerkleTreeTest
{
    [Fact]
    public void Append_ReturnsIndexAndGrowsSize()
    {
        var tree = new MerkleTree();
        Assert.Equal(0, tree.Size);
        for (long i = 0; i < 10; i++)
        {
            Assert.Equal(i, tree.Append(Rfc9162.HashLeaf(TestTrees.LeafData((int)i))));
            Assert.Equal(i + 1, tree.Size);
        }
    }

    [Fact]
    public void Root_EmptyTree_IsEmptyRoot()
    {
        var tree = new MerkleTree();
        Assert.Equal(Rfc9162.EmptyRoot, tree.Root());
        Assert.Equal(Rfc9162.EmptyRoot, tree.Root(0));
    }

    [Fact]
    public void Root_EverySizeUpTo300_EqualsReference()
    {
        byte[][] leaves = TestTrees.Leaves(300);
        var reference = new ReferenceMerkle(leaves);
        var tree = new MerkleTree();
        for (int n = 0; n <= leaves.Length; n++)
        {
            Assert.Equal(reference.Mth(n), tree.Root().ToArray());
            if (n < leaves.Length)
            {
                tree.Append(Rfc9162.HashLeaf(leaves[n]));
            }
        }

        // Roots of earlier sizes stay available after the tree has grown.
        for (int n = 0; n <= leaves.Length; n += 7)
        {
            Assert.Equal(reference.Mth(n), tree.Root(n).ToArray());
        }
    }

    [Fact]
    public void Subtree_EveryCompleteSubtree_EqualsReference()
    {
        byte[][] leaves = TestTrees.Leaves(77);
        var reference = new ReferenceMerkle(leaves);
        MerkleTree tree = TestTrees.Build(leaves.Length);
        for (int level = 0; (1 << level) <= leaves.Length; level++)
        {
            for (int index = 0; (index + 1) << level <= leaves.Length; index++)
            {
                byte[] want = reference.Mth(index << level, 1 << level);
                Assert.Equal(want, tree.Subtree(level, index).ToArray());
            }
        }
    }

    [Theory]
    [InlineData(0, 5)]   // leaves 0..4 exist
    [InlineData(1, 2)]   // [4, 6) is not complete
    [InlineData(2, 1)]   // [4, 8) is not complete
    [InlineData(3, 0)]   // no complete subtree of 8 leaves
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Subtree_NotComplete_Throws(int level, long index)
    {
        MerkleTree tree = TestTrees.Build(5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => tree.Subtree(level, index));
        Assert.Contains("got", e.Message, StringComparison.Ordinal);
        Assert.Contains("want", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Root_SizeOutOfRange_Throws(long size)
    {
        MerkleTree tree = TestTrees.Build(5);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => tree.Root(size));
        Assert.Contains($"got {size}, want 0 to 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_PastSeveralStorageChunks_KeepsEveryLevel()
    {
        // 2^15 nodes fill a storage chunk; go past two of them at level 0 and one at level 1.
        const int count = (1 << 16) + 3;
        var tree = new MerkleTree();
        Span<byte> leaf = stackalloc byte[Rfc9162.HashSize];
        for (int i = 0; i < count; i++)
        {
            BitConverter.TryWriteBytes(leaf, i);
            tree.Append(Hash.From(leaf));
        }

        for (long i = 0; i < count; i += 4099)
        {
            BitConverter.TryWriteBytes(leaf, (int)i);
            Assert.Equal(Hash.From(leaf), tree.Subtree(0, i));
        }

        for (long i = 0; i < count / 2; i += 1021)
        {
            Assert.Equal(Rfc9162.HashChildren(tree.Subtree(0, 2 * i), tree.Subtree(0, (2 * i) + 1)), tree.Subtree(1, i));
        }

        Assert.Equal(Rfc9162.HashChildren(tree.Subtree(15, 0), tree.Subtree(15, 1)), tree.Subtree(16, 0));
        Assert.Equal(
            Rfc9162.HashChildren(tree.Subtree(16, 0), Rfc9162.HashChildren(tree.Subtree(1, 1 << 15), tree.Subtree(0, count - 1))),
            tree.Root());
    }
}
