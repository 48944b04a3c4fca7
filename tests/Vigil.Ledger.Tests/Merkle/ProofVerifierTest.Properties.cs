using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

/// <summary>
/// Random trees of up to 5,000 leaves: every generated proof verifies, and a one-bit change in
/// any byte of any proof hash, of the leaf hash or of a root makes it fail. Changing a size or index by one makes
/// it fail unless the proof for the changed sizes has the same shape (the same hashes joined on
/// the same sides, by the RFC reference): then the verifier does the very same hashing and must
/// pass. RFC 9162 proofs do not commit to the tree size; a signed checkpoint does.
/// </summary>
public partial class ProofVerifierTest
{
    private const int MaxSize = 5_000;

    private static readonly Config Seeded = Config.QuickThrowOnFailure
        .WithMaxTest(100)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(0x5EED_9162UL, 0x9E37_79B9_7F4A_7C15UL), FSharpOption<int>.None)));

    /// <summary>
    /// (size, index or size1 - 1, bit) with 1 ≤ size ≤ 5,000, 0 ≤ index &lt; size, and the bit of
    /// each byte to flip, 0 to 7 (one flip per byte keeps a case fast; over the cases, every bit of
    /// every byte gets flipped).
    /// </summary>
    private static Arbitrary<(int Size, int Index, int Bit)> Cases { get; } =
        Gen.Choose(1, MaxSize)
            .SelectMany(n => Gen.Choose(0, n - 1), (n, i) => (n, i))
            .SelectMany(_ => Gen.Choose(0, 7), (t, bit) => (t.n, t.i, bit))
            .ToArbitrary();

    [Fact]
    public void VerifyInclusion_RandomTrees_AcceptsProofAndRejectsEveryBitFlip()
    {
        Check.One(Seeded, Prop.ForAll(Cases, t =>
        {
            (long size, long index, int bit) = t;
            Hash leaf = Tree.Subtree(0, index), root = Tree.Root(size);
            Hash[] proof = MerkleProofs.Inclusion(index, size, Tree);
            AssertOk(ProofVerifier.VerifyInclusion(index, size, leaf, proof, root));

            for (int i = 0; i < proof.Length; i++)
            {
                Hash kept = proof[i];
                foreach (Hash flipped in OneBitFlips(kept, bit))
                {
                    proof[i] = flipped;
                    AssertFails(ProofVerifier.VerifyInclusion(index, size, leaf, proof, root));
                }

                proof[i] = kept;
            }

            foreach (Hash flipped in OneBitFlips(leaf, bit))
            {
                AssertFails(ProofVerifier.VerifyInclusion(index, size, flipped, proof, root));
            }

            foreach (Hash flipped in OneBitFlips(root, bit))
            {
                AssertFails(ProofVerifier.VerifyInclusion(index, size, leaf, proof, flipped));
            }

            string sides = ReferenceMerkle.PathSides(index, size);
            foreach ((long i2, long n2) in new[] { (index - 1, size), (index + 1, size), (index, size - 1), (index, size + 1) })
            {
                bool sameShape = i2 >= 0 && i2 < n2 && ReferenceMerkle.PathSides(i2, n2) == sides;
                ProofCheck check = ProofVerifier.VerifyInclusion(i2, n2, leaf, proof, root);
                Assert.True(check.Ok == sameShape, $"inclusion of {index} in {size} checked as {i2} in {n2}: got {check}, want {(sameShape ? "ok (same shape)" : "an error")}");
            }

            return true;
        }));
    }

    [Fact]
    public void VerifyConsistency_RandomTrees_AcceptsProofAndRejectsEveryBitFlip()
    {
        Check.One(Seeded, Prop.ForAll(Cases, t =>
        {
            long size2 = t.Size, size1 = t.Index + 1;
            int bit = t.Bit;
            Hash root1 = Tree.Root(size1), root2 = Tree.Root(size2);
            Hash[] proof = MerkleProofs.Consistency(size1, size2, Tree);
            AssertOk(ProofVerifier.VerifyConsistency(size1, size2, proof, root1, root2));

            for (int i = 0; i < proof.Length; i++)
            {
                Hash kept = proof[i];
                foreach (Hash flipped in OneBitFlips(kept, bit))
                {
                    proof[i] = flipped;
                    AssertFails(ProofVerifier.VerifyConsistency(size1, size2, proof, root1, root2));
                }

                proof[i] = kept;
            }

            foreach (Hash flipped in OneBitFlips(root1, bit))
            {
                AssertFails(ProofVerifier.VerifyConsistency(size1, size2, proof, flipped, root2));
            }

            foreach (Hash flipped in OneBitFlips(root2, bit))
            {
                AssertFails(ProofVerifier.VerifyConsistency(size1, size2, proof, root1, flipped));
            }

            string sides = ReferenceMerkle.ProofSides(size1, size2);
            foreach ((long m2, long n2) in new[] { (size1 - 1, size2), (size1 + 1, size2), (size1, size2 - 1), (size1, size2 + 1) })
            {
                bool sameShape = m2 > 0 && m2 <= n2 && ReferenceMerkle.ProofSides(m2, n2) == sides;
                ProofCheck check = ProofVerifier.VerifyConsistency(m2, n2, proof, root1, root2);
                Assert.True(check.Ok == sameShape, $"consistency {size1} to {size2} checked as {m2} to {n2}: got {check}, want {(sameShape ? "ok (same shape)" : "an error")}");
            }

            return true;
        }));
    }

    /// <summary>The hash with one bit changed, for each byte in turn: bit (bit + byte index) mod 8.</summary>
    private static IEnumerable<Hash> OneBitFlips(Hash hash, int bit)
    {
        byte[] bytes = hash.ToArray();
        for (int i = 0; i < bytes.Length; i++)
        {
            byte mask = (byte)(1 << ((bit + i) % 8));
            bytes[i] ^= mask;
            yield return Hash.From(bytes);
            bytes[i] ^= mask;
        }
    }

    private static void AssertOk(ProofCheck check) => Assert.True(check.Ok, check.Error);

    private static void AssertFails(ProofCheck check) => Assert.False(check.Ok, "a changed proof verified");
}
