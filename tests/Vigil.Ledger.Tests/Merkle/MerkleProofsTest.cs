using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

public partial class MerkleProofsTest
{
    private const int CrossCheckSizes = 200;

    private static readonly ReferenceMerkle Reference = new(TestTrees.Leaves(CrossCheckSizes));

    [Fact]
    public void Root_EverySizeUpTo200_EqualsReference()
    {
        for (int n = 0; n <= CrossCheckSizes; n++)
        {
            var source = new CountingSource(TestTrees.Shared, n);
            Assert.Equal(Reference.Mth(n), MerkleProofs.Root(n, source).ToArray());
            Assert.Equal(long.PopCount(n), source.Reads);
        }
    }

    [Fact]
    public void Inclusion_EveryIndexOfEverySizeUpTo200_EqualsReference()
    {
        for (int n = 1; n <= CrossCheckSizes; n++)
        {
            for (int m = 0; m < n; m++)
            {
                var source = new CountingSource(TestTrees.Shared, n);
                Hash[] proof = MerkleProofs.Inclusion(m, n, source);
                AssertSameHashes(Reference.Path(m, n), proof, "PATH", m, n);
                AssertReadsWithinBound(source, "PATH", m, n);
            }
        }
    }

    [Fact]
    public void Consistency_EverySize1OfEverySizeUpTo200_EqualsReference()
    {
        for (int n = 1; n <= CrossCheckSizes; n++)
        {
            for (int m = 1; m <= n; m++)
            {
                var source = new CountingSource(TestTrees.Shared, n);
                Hash[] proof = MerkleProofs.Consistency(m, n, source);
                AssertSameHashes(Reference.Proof(m, n), proof, "PROOF", m, n);
                AssertReadsWithinBound(source, "PROOF", m, n);
            }
        }
    }

    [Fact]
    public void RangeRoot_EveryAlignedRange_EqualsReference()
    {
        for (int begin = 0; begin < 64; begin++)
        {
            for (int end = begin + 1; end <= 96; end++)
            {
                int width = end - begin;
                int largest = 1 << (31 - int.LeadingZeroCount(width));
                if (begin % largest != 0)
                {
                    Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProofs.RangeRoot(begin, end, TestTrees.Shared));
                    continue;
                }

                var source = new CountingSource(TestTrees.Shared, end);
                Assert.Equal(Reference.Mth(begin, width), MerkleProofs.RangeRoot(begin, end, source).ToArray());
                Assert.Equal(int.PopCount(width), source.Reads);
            }
        }
    }

    [Fact]
    public void Inclusion_RfcExampleTree_MatchesRfcFigure()
    {
        // RFC 9162 §2.1.5: in the tree of 7 leaves a..g (hashes), leaf d's path is [c, g, l], where
        // g = [0, 2) and l = [4, 7); PROOF(3) is [c, d, g, l], PROOF(4) is [l], PROOF(6) is [i, j, k].
        MerkleTree t = TestTrees.Shared;
        Hash c = t.Subtree(0, 2), d = t.Subtree(0, 3), j = t.Subtree(0, 6);
        Hash g = t.Subtree(1, 0), i = t.Subtree(1, 2), k = t.Subtree(2, 0);
        Hash l = Rfc9162.HashChildren(i, j);
        Assert.Equal([c, g, l], MerkleProofs.Inclusion(3, 7, t));
        Assert.Equal([c, d, g, l], MerkleProofs.Consistency(3, 7, t));
        Assert.Equal([l], MerkleProofs.Consistency(4, 7, t));
        Assert.Equal([i, j, k], MerkleProofs.Consistency(6, 7, t));
    }

    [Fact]
    public void Consistency_EqualSizes_IsEmpty() =>
        Assert.Empty(MerkleProofs.Consistency(5, 5, TestTrees.Shared));

    [Theory]
    [InlineData(-1, 5, "leaf index got -1, want ≥ 0")]
    [InlineData(5, 5, "leaf index got 5, want < tree size 5")]
    [InlineData(0, 0, "leaf index got 0, want < tree size 0")]
    public void Inclusion_InvalidArguments_Throw(long index, long size, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProofs.Inclusion(index, size, TestTrees.Shared));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5, "size1 got 0, want > 0")]
    [InlineData(-2, 5, "size1 got -2, want > 0")]
    [InlineData(6, 5, "size2 got 5, want ≥ size1 6")]
    public void Consistency_InvalidArguments_Throw(long size1, long size2, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProofs.Consistency(size1, size2, TestTrees.Shared));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 3, "range begin got -1, want ≥ 0")]
    [InlineData(4, 4, "range end got 4, want > begin 4")]
    [InlineData(2, 6, "range begin got 2, want a multiple of 4 for 4 leaves")]
    [InlineData(5, 8, "range begin got 5, want a multiple of 2 for 3 leaves")]
    public void RangeRoot_InvalidArguments_Throw(long begin, long end, string message)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProofs.RangeRoot(begin, end, TestTrees.Shared));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_NegativeSize_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MerkleProofs.Root(-1, TestTrees.Shared));

    /// <summary>At most 2·⌈log2 n⌉ subtree reads for a proof in a tree of n leaves.</summary>
    internal static int ReadBound(long n) => 2 * (64 - (int)long.LeadingZeroCount(n - 1));

    private static void AssertSameHashes(List<byte[]> want, Hash[] got, string what, long m, long n)
    {
        if (want.Count != got.Length)
        {
            Assert.Fail($"{what}({m}, D[{n}]): got {got.Length} hashes, want {want.Count}");
        }

        for (int i = 0; i < want.Count; i++)
        {
            if (!want[i].AsSpan().SequenceEqual(got[i].Bytes))
            {
                Assert.Fail($"{what}({m}, D[{n}]): hash {i} got {got[i]}, want {Convert.ToBase64String(want[i])}");
            }
        }
    }

    private static void AssertReadsWithinBound(CountingSource source, string what, long m, long n)
    {
        if (source.Reads > ReadBound(n))
        {
            Assert.Fail($"{what}({m}, D[{n}]) read {source.Reads} subtrees, want ≤ {ReadBound(n)}");
        }
    }
}
