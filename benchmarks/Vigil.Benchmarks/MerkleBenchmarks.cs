using BenchmarkDotNet.Attributes;
using Vigil.Ledger.Merkle;

namespace Vigil.Benchmarks;

/// <summary>
/// Proofs over an in-memory log of 10 million leaves (about 640 MB): each operation takes the
/// next of 4,096 random leaves, so the reads of the lower levels come from memory, not cache.
/// The one allocation per proof is its result array.
/// </summary>
[MemoryDiagnoser]
public class MerkleBenchmarks
{
    private const long Size = 10_000_000;

    private readonly long[] _indices = new long[4096];
    private readonly Hash[] _leaves = new Hash[4096];
    private readonly Hash[][] _proofs = new Hash[4096][];
    private MerkleTree _tree = null!;
    private Hash _root;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _tree = new MerkleTree();
        Span<byte> leaf = stackalloc byte[Rfc9162.HashSize];
        for (long i = 0; i < Size; i++)
        {
            BitConverter.TryWriteBytes(leaf, i);
            _tree.Append(Rfc9162.HashLeaf(leaf));
        }

        _root = _tree.Root();
        var random = new Random(9162);
        for (int i = 0; i < _indices.Length; i++)
        {
            _indices[i] = random.NextInt64(Size);
            _leaves[i] = _tree.Subtree(0, _indices[i]);
            _proofs[i] = MerkleProofs.Inclusion(_indices[i], Size, _tree);
        }
    }

    [Benchmark]
    public bool InclusionGenerateAndVerify()
    {
        int i = Next();
        Hash[] proof = MerkleProofs.Inclusion(_indices[i], Size, _tree);
        return ProofVerifier.VerifyInclusion(_indices[i], Size, _leaves[i], proof, _root).Ok;
    }

    [Benchmark]
    public Hash[] Inclusion()
    {
        int i = Next();
        return MerkleProofs.Inclusion(_indices[i], Size, _tree);
    }

    [Benchmark]
    public bool VerifyInclusion()
    {
        int i = Next();
        return ProofVerifier.VerifyInclusion(_indices[i], Size, _leaves[i], _proofs[i], _root).Ok;
    }

    [Benchmark]
    public Hash[] Consistency()
    {
        int i = Next();
        return MerkleProofs.Consistency(_indices[i] + 1, Size, _tree);
    }

    [Benchmark]
    public Hash Root() => MerkleProofs.Root(Size - Next(), _tree);

    private int Next() => _next = (_next + 1) & (_indices.Length - 1);
}
