using Vigil.Ledger.Merkle;

namespace Vigil.Ledger.Tests.Merkle;

public partial class ProofVerifierTest
{
    private static readonly MerkleTree Tree = TestTrees.Shared;

    [Fact]
    public void VerifyInclusion_RfcExampleTree_AcceptsEveryLeaf()
    {
        Hash root = Tree.Root(7);
        for (long m = 0; m < 7; m++)
        {
            ProofCheck check = ProofVerifier.VerifyInclusion(m, 7, Tree.Subtree(0, m), MerkleProofs.Inclusion(m, 7, Tree), root);
            Assert.True(check.Ok, check.Error);
            Assert.Null(check.Error);
        }
    }

    [Fact]
    public void VerifyInclusion_SingleLeafTree_NeedsNoProof()
    {
        Hash leaf = Tree.Subtree(0, 0);
        Assert.True(ProofVerifier.VerifyInclusion(0, 1, leaf, [], leaf).Ok);
        Assert.Equal("calculated root " + leaf + ", want " + Rfc9162.EmptyRoot, ProofVerifier.VerifyInclusion(0, 1, leaf, [], Rfc9162.EmptyRoot).Error);
    }

    [Fact]
    public void VerifyInclusion_WrongLength_SaysGotAndWant()
    {
        Hash[] proof = MerkleProofs.Inclusion(3, 8, Tree);
        ProofCheck check = ProofVerifier.VerifyInclusion(3, 8, Tree.Subtree(0, 3), [.. proof, proof[0]], Tree.Root(8));
        Assert.False(check.Ok);
        Assert.Equal("proof has 4 hashes, want 3", check.Error);
    }

    [Fact]
    public void VerifyInclusion_WrongRoot_SaysCalculatedAndWant()
    {
        Hash[] proof = MerkleProofs.Inclusion(3, 8, Tree);
        Hash wrong = Tree.Root(7);
        ProofCheck check = ProofVerifier.VerifyInclusion(3, 8, Tree.Subtree(0, 3), proof, wrong);
        Assert.Equal($"calculated root {Tree.Root(8)}, want {wrong}", check.Error);
    }

    [Theory]
    [InlineData(8, 8, "leaf index got 8, want < tree size 8")]
    [InlineData(0, 0, "leaf index got 0, want < tree size 0")]
    [InlineData(-1, 8, "leaf index got -1, want ≥ 0")]
    public void VerifyInclusion_IndexOutsideTree_Fails(long index, long size, string error) =>
        Assert.Equal(error, ProofVerifier.VerifyInclusion(index, size, Tree.Subtree(0, 0), [], Tree.Root(8)).Error);

    [Fact]
    public void RootFromInclusion_ValidProof_GivesTheRoot()
    {
        ProofCheck check = ProofVerifier.RootFromInclusion(5, 13, Tree.Subtree(0, 5), MerkleProofs.Inclusion(5, 13, Tree), out Hash root);
        Assert.True(check.Ok, check.Error);
        Assert.Equal(Tree.Root(13), root);
    }

    [Fact]
    public void VerifyConsistency_RfcExampleTree_AcceptsEveryOlderSize()
    {
        for (long m = 1; m <= 7; m++)
        {
            ProofCheck check = ProofVerifier.VerifyConsistency(m, 7, MerkleProofs.Consistency(m, 7, Tree), Tree.Root(m), Tree.Root(7));
            Assert.True(check.Ok, check.Error);
        }
    }

    [Theory]
    [InlineData(0, 0, "size1 got 0, want > 0 (a proof from the empty tree proves nothing)")]
    [InlineData(0, 5, "size1 got 0, want > 0 (a proof from the empty tree proves nothing)")]
    [InlineData(5, 4, "size2 got 4, want ≥ size1 5")]
    public void VerifyConsistency_InvalidSizes_Fail(long size1, long size2, string error) =>
        Assert.Equal(error, ProofVerifier.VerifyConsistency(size1, size2, [], Rfc9162.EmptyRoot, Rfc9162.EmptyRoot).Error);

    [Fact]
    public void VerifyConsistency_EqualSizes_NeedEmptyProofAndEqualRoots()
    {
        Hash root = Tree.Root(5), other = Tree.Root(6);
        Assert.True(ProofVerifier.VerifyConsistency(5, 5, [], root, root).Ok);
        Assert.Equal("proof has 1 hashes, want 0 for equal sizes", ProofVerifier.VerifyConsistency(5, 5, [root], root, root).Error);
        Assert.Equal($"root2 {other}, want root1 {root} for equal sizes", ProofVerifier.VerifyConsistency(5, 5, [], root, other).Error);
    }

    [Fact]
    public void VerifyConsistency_WrongRoots_SayWhichRoot()
    {
        Hash[] proof = MerkleProofs.Consistency(3, 7, Tree);
        Hash root1 = Tree.Root(3), root2 = Tree.Root(7), wrong = Tree.Root(4);
        Assert.Equal($"calculated root1 {root1}, want {wrong}", ProofVerifier.VerifyConsistency(3, 7, proof, wrong, root2).Error);
        Assert.Equal($"calculated root2 {root2}, want {wrong}", ProofVerifier.VerifyConsistency(3, 7, proof, root1, wrong).Error);
        Assert.Equal("proof has 3 hashes, want 4", ProofVerifier.VerifyConsistency(3, 7, proof[..3], root1, root2).Error);
    }

    [Fact]
    public void ProofCheck_Default_IsNotOk()
    {
        ProofCheck unset = default;
        Assert.False(unset.Ok);
        Assert.Equal("not checked", unset.Error);
        Assert.Equal("ok", ProofCheck.Valid.ToString());
        Assert.Equal("got 1, want 2", ProofCheck.Invalid("got 1, want 2").ToString());
    }
}
