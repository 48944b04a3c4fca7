using System.Text;
using Vigil.Ledger.Merkle;
using Vigil.Ledger.Notes;
using Vigil.Ledger.Tests.Log;
using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

/// <summary>One test per way of tampering with a bundle, each checking the exact message.</summary>
public sealed partial class BundleVerifierTest
{
    [Fact]
    public void Verify_RewrittenEntryAfterTheLastOlderCheckpoint_SaysTheOlderOnesAgree()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries];
        entries[10] = Encoding.UTF8.GetBytes("{\"n\":10,\"type\":\"forged\"}");
        VerificationReport report = BundleVerifier.Verify(_f.With(entries: entries));

        var tree = new MerkleTree();
        foreach (ReadOnlyMemory<byte> e in entries)
        {
            tree.Append(Rfc9162.HashLeaf(e.Span));
        }

        VerificationProblem problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.EntriesRewritten, problem.Kind);
        Assert.Equal(
            $"root of the 13 entries is {tree.Root()}, the checkpoint says {Root(13)}: an entry was rewritten or reordered; the first 8 entries agree with the checkpoint of size 8",
            problem.Message);
    }

    [Fact]
    public void Verify_RewrittenEarlyEntry_NamesTheFirstCheckpointThatDisagrees()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries];
        entries[5] = Encoding.UTF8.GetBytes("{\"n\":5,\"type\":\"forged\"}");
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(entries: entries)).Problems);

        Assert.Equal(ProblemKind.EntriesRewritten, problem.Kind);
        Assert.EndsWith(
            $"the checkpoint says {Root(13)}: an entry was rewritten or reordered; the first 8 entries already disagree with the checkpoint of size 8, the first 4 agree with the checkpoint of size 4",
            problem.Message);
    }

    [Fact]
    public void Verify_SwappedEntries_AreReportedAsReordered()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries];
        (entries[0], entries[1]) = (entries[1], entries[0]);
        VerificationProblem problem = Single(BundleVerifier.Verify(_f.With(entries: entries)), ProblemKind.EntriesRewritten);
        Assert.EndsWith("an entry was rewritten or reordered; the first 4 entries already disagree with the checkpoint of size 4", problem.Message);
    }

    [Fact]
    public void Verify_RemovedEntry_SaysEntriesWereRemoved()
    {
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(entries: _f.Bundle.Entries.Take(12))).Problems);
        Assert.Equal(ProblemKind.EntriesRemoved, problem.Kind);
        Assert.Equal("bundle has 12 entries, the checkpoint commits to 13: entries were removed; the first 8 entries agree with the checkpoint of size 8", problem.Message);
    }

    [Fact]
    public void Verify_RemovedEntryInTheMiddle_NarrowsItDown()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries.Take(6), .. _f.Bundle.Entries.Skip(7)];
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(entries: entries)).Problems);
        Assert.Equal(
            "bundle has 12 entries, the checkpoint commits to 13: entries were removed; the first 8 entries already disagree with the checkpoint of size 8, the first 4 agree with the checkpoint of size 4",
            problem.Message);
    }

    [Fact]
    public void Verify_AddedEntry_SaysItIsNotCovered()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries, TestLog.Entry(13)];
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(entries: entries)).Problems);
        Assert.Equal(ProblemKind.EntriesAdded, problem.Kind);
        Assert.Equal("bundle has 14 entries, the checkpoint commits to 13: entries were added that it does not cover", problem.Message);
    }

    [Fact]
    public void Verify_Fork_ReportsBothRoots()
    {
        Hash forged = Rfc9162.HashLeaf("a different history"u8);
        SignedCheckpoint fork = BundleFixture.Parse(_f.Log.Sign(8, forged));
        VerificationReport report = BundleVerifier.Verify(_f.With(checkpoints: [.. _f.Bundle.Checkpoints, fork]));

        Assert.Equal($"fork: two checkpoints of size 8 with roots {Root(8)} and {forged}", Single(report, ProblemKind.Fork).Message);
        Assert.Equal(
            $"checkpoint of size 8 has root {forged}, but the first 8 of the entries the checkpoint of size 13 commits to have root {Root(8)}: the log did not only grow",
            Single(report, ProblemKind.HistoryRewritten).Message);
        Assert.Equal(2, report.Problems.Count);
    }

    [Fact]
    public void Verify_ForkOfTheLatestCheckpoint_IsReported()
    {
        Hash forged = Rfc9162.HashLeaf("a different history"u8);
        SignedCheckpoint fork = BundleFixture.Parse(_f.Log.Sign(13, forged));
        VerificationReport report = BundleVerifier.Verify(_f.With(checkpoints: [.. _f.Bundle.Checkpoints, fork]));
        Assert.Equal($"fork: two checkpoints of size 13 with roots {Root(13)} and {forged}", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public void Verify_OlderCheckpointRewritten_SaysTheLogDidNotOnlyGrow()
    {
        Hash forged = Rfc9162.HashLeaf("another past"u8);
        SignedCheckpoint[] older = [_f.Bundle.Checkpoints[0], BundleFixture.Parse(_f.Log.Sign(8, forged))];
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(checkpoints: older)).Problems);
        Assert.Equal(ProblemKind.HistoryRewritten, problem.Kind);
    }

    [Fact]
    public void Verify_FlippedByteInTheLogSignature_SaysItDoesNotVerify()
    {
        SignedCheckpoint tampered = BundleFixture.FlipSignatureByte(_f.Bundle.Checkpoint, line: 0);
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(checkpoint: tampered)).Problems);
        Assert.Equal(ProblemKind.BadLogSignature, problem.Kind);
        Assert.Equal($"checkpoint of size 13: signature by {TestLog.Origin} does not verify", problem.Message);
    }

    [Fact]
    public void Verify_FlippedByteInAnOlderCheckpoint_IsReportedAndItIsLeftOut()
    {
        SignedCheckpoint[] older = [_f.Bundle.Checkpoints[0], BundleFixture.FlipSignatureByte(_f.Bundle.Checkpoints[1], line: 0)];
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(checkpoints: older)).Problems);
        Assert.Equal($"checkpoint of size 8: signature by {TestLog.Origin} does not verify", problem.Message);
    }

    [Fact]
    public void Verify_AnotherLogKey_SaysTheCheckpointsAreNotSignedByIt()
    {
        using var other = new TestLog();
        VerificationReport report = BundleVerifier.Verify(_f.With(logKey: other.Key));
        Assert.Equal(3, report.Problems.Count(p => p.Kind == ProblemKind.BadLogSignature));
        Assert.Equal($"checkpoint of size 13: not signed by the log's key {TestLog.Origin}+{other.Key.KeyId}", report.Problems[0].Message);
    }

    [Fact]
    public void Verify_TooFewWitnesses_SaysHowManyOfHowMany()
    {
        VerificationProblem problem = Assert.Single(BundleVerifier.Verify(_f.With(threshold: 3)).Problems);
        Assert.Equal(ProblemKind.TooFewWitnesses, problem.Kind);
        Assert.Equal("2 of 3 witnesses cosigned, need 3", problem.Message);
    }

    [Fact]
    public void Verify_FlippedByteInACosignature_IsReportedAndNotCounted()
    {
        SignedCheckpoint tampered = BundleFixture.FlipSignatureByte(_f.Bundle.Checkpoint, line: 2);
        VerificationReport report = BundleVerifier.Verify(_f.With(checkpoint: tampered));

        Assert.Equal(1, report.Witnesses);
        Assert.Equal(
            ["cosignature by vigil.example/w2 does not verify on the checkpoint of size 13", "1 of 3 witnesses cosigned, need 2"],
            report.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Verify_SameWitnessTwice_CountsOnce()
    {
        SignedNote note = _f.Bundle.Checkpoint.Note;
        SignedCheckpoint doubled = new(new SignedNote(note.Text, [note.Signatures[0], note.Signatures[1], note.Signatures[1]]), _f.Bundle.Checkpoint.Checkpoint);
        Assert.Equal("1 of 3 witnesses cosigned, need 2", Assert.Single(BundleVerifier.Verify(_f.With(checkpoint: doubled)).Problems).Message);
    }

    [Fact]
    public void Verify_OlderCheckpointPresentedAsLatest_SaysTheBundleIsNotLatest()
    {
        SignedCheckpoint eight = _f.Bundle.Checkpoints[1];
        VerificationReport report = BundleVerifier.Verify(_f.With(
            checkpoint: eight,
            checkpoints: [_f.Bundle.Checkpoints[0], _f.Bundle.Checkpoint],
            entries: _f.Bundle.Entries.Take(8),
            threshold: 0));

        VerificationProblem problem = Assert.Single(report.Problems);
        Assert.Equal(ProblemKind.NotLatest, problem.Kind);
        Assert.Equal("checkpoint of size 13 is larger than the bundle's latest, of size 8: the bundle does not hold the log's latest checkpoint", problem.Message);
    }

    [Fact]
    public void Verify_SeveralProblems_ReportsEach()
    {
        ReadOnlyMemory<byte>[] entries = [.. _f.Bundle.Entries];
        entries[12] = "x"u8.ToArray();
        SignedCheckpoint[] older = [BundleFixture.FlipSignatureByte(_f.Bundle.Checkpoints[0], line: 0), _f.Bundle.Checkpoints[1]];
        VerificationReport report = BundleVerifier.Verify(_f.With(checkpoints: older, entries: entries, threshold: 3));
        Assert.Equal(
            [ProblemKind.BadLogSignature, ProblemKind.EntriesRewritten, ProblemKind.TooFewWitnesses],
            report.Problems.Select(p => p.Kind));
    }
}
