using Vigil.Ledger.Merkle;
using Vigil.Ledger.Tests.Log;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

public sealed class EntryVerifierTest : IDisposable
{
    private readonly TestLog _log = new(entries: 11);
    private readonly SignedCheckpoint _checkpoint;

    public EntryVerifierTest() => _checkpoint = BundleFixture.Parse(_log.Checkpoint());

    public void Dispose() => _log.Dispose();

    [Fact]
    public void Verify_EntryWithItsProof_Holds()
    {
        for (long i = 0; i < 11; i++)
        {
            VerificationReport report = EntryVerifier.Verify(TestLog.Entry(i), Prove(i, 11), _checkpoint, _log.Key);
            Assert.True(report.Ok, string.Join("\n", report.Problems));
            Assert.Equal(11, report.Checkpoint.Size);
        }
    }

    [Fact]
    public void Verify_OtherEntry_SaysItIsNotTheOneProven()
    {
        VerificationReport report = EntryVerifier.Verify(TestLog.Entry(4), Prove(3, 11), _checkpoint, _log.Key);
        VerificationProblem problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.LeafHashMismatch, problem.Kind);
        Assert.Equal($"leaf hash of the entry is {Rfc9162.HashLeaf(TestLog.Entry(4))}, the proof is for {_log.Log.LeafHash(3)}: it is not the entry proven", problem.Message);
    }

    [Fact]
    public void Verify_ProofForAnotherTreeSize_SaysBothSizes()
    {
        VerificationProblem problem = Assert.Single(EntryVerifier.Verify(TestLog.Entry(3), Prove(3, 9), _checkpoint, _log.Key).Problems);
        Assert.Equal(ProblemKind.TreeSizeMismatch, problem.Kind);
        Assert.Equal("the proof is for a tree of size 9, the checkpoint's size is 11", problem.Message);
    }

    [Fact]
    public void Verify_TamperedProof_SaysWhereItLeads()
    {
        InclusionProof good = Prove(3, 11);
        Hash[] hashes = [.. good.Proof];
        hashes[0] = Rfc9162.HashLeaf("x"u8);
        var bad = new InclusionProof(3, 11, good.LeafHash, hashes);
        VerificationProblem problem = Assert.Single(EntryVerifier.Verify(TestLog.Entry(3), bad, _checkpoint, _log.Key).Problems);
        Assert.Equal(ProblemKind.InclusionFails, problem.Kind);
        Assert.StartsWith("inclusion proof of entry 3 in the tree of size 11 does not lead to the checkpoint's root: calculated root ", problem.Message);
        Assert.EndsWith($", want {_log.Log.Root(11)}", problem.Message);
    }

    [Fact]
    public void Verify_FlippedLogSignature_IsReported()
    {
        SignedCheckpoint tampered = BundleFixture.FlipSignatureByte(_checkpoint, line: 0);
        VerificationProblem problem = Assert.Single(EntryVerifier.Verify(TestLog.Entry(3), Prove(3, 11), tampered, _log.Key).Problems);
        Assert.Equal($"checkpoint of size 11: signature by {TestLog.Origin} does not verify", problem.Message);
    }

    private InclusionProof Prove(long index, long size) => new(index, size, _log.Log.LeafHash(index), _log.Log.Inclusion(index, size));
}
