using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>Reads stay O(log n) in a tree of about a million leaves.</summary>
public partial class MerkleProofsTest
{
    private const long MillionSize = (1L << 20) + 12_345;

    private static readonly Lazy<MerkleTree> Million = new(BuildMillion);

    public static TheoryData<long> MillionSizes => [MillionSize, MillionSize - 1, 1L << 20, (1L << 20) - 1, 1_000_000, 999_999, 777_777];

    [Theory]
    [MemberData(nameof(MillionSizes))]
    public void Inclusion_AboutAMillionLeaves_ReadsAtMostTwoLog2N(long size)
    {
        MerkleTree tree = Million.Value;
        Hash root = tree.Root(size);
        var random = new Random(9162);
        foreach (long index in Indices(size, random))
        {
            var source = new CountingSource(tree, size);
            Hash[] proof = MerkleProofs.Inclusion(index, size, source);
            Assert.True(source.Reads <= ReadBound(size), $"inclusion of {index} in {size}: got {source.Reads} reads, want ≤ {ReadBound(size)}");
            ProofCheck check = ProofVerifier.VerifyInclusion(index, size, tree.Subtree(0, index), proof, root);
            Assert.True(check.Ok, check.Error);
        }
    }

    [Theory]
    [MemberData(nameof(MillionSizes))]
    public void Consistency_AboutAMillionLeaves_ReadsAtMostTwoLog2N(long size2)
    {
        MerkleTree tree = Million.Value;
        Hash root2 = tree.Root(size2);
        var random = new Random(6962);
        foreach (long index in Indices(size2, random))
        {
            long size1 = index + 1;
            var source = new CountingSource(tree, size2);
            Hash[] proof = MerkleProofs.Consistency(size1, size2, source);
            Assert.True(source.Reads <= ReadBound(size2), $"consistency {size1} to {size2}: got {source.Reads} reads, want ≤ {ReadBound(size2)}");
            ProofCheck check = ProofVerifier.VerifyConsistency(size1, size2, proof, tree.Root(size1), root2);
            Assert.True(check.Ok, check.Error);
        }
    }

    [Fact]
    public void Root_AboutAMillionLeaves_ReadsOnePerOneBit()
    {
        var source = new CountingSource(Million.Value, MillionSize);
        MerkleProofs.Root(MillionSize, source);
        Assert.Equal(long.PopCount(MillionSize), source.Reads);
    }

    /// <summary>The edges, powers of 2 and their neighbours, and random indices below <paramref name="size"/>.</summary>
    private static IEnumerable<long> Indices(long size, Random random)
    {
        yield return 0;
        yield return size - 1;
        yield return size / 2;
        for (long p = 1; p < size; p *= 2)
        {
            yield return p - 1;
            yield return p;
            if (p + 1 < size)
            {
                yield return p + 1;
            }
        }

        for (int i = 0; i < 200; i++)
        {
            yield return random.NextInt64(size);
        }
    }

    private static MerkleTree BuildMillion()
    {
        // Leaf hashes need not come from data for counting reads; any distinct 32 bytes will do.
        var tree = new MerkleTree();
        Span<byte> leaf = stackalloc byte[Rfc9162.HashSize];
        for (long i = 0; i < MillionSize; i++)
        {
            BitConverter.TryWriteBytes(leaf, i);
            tree.Append(Hash.From(leaf));
        }

        return tree;
    }
}
