using Vigil.Ledger.Verification;

namespace Vigil.Ledger.Tests.Verification;

public sealed partial class BundleVerifierTest : IDisposable
{
    private readonly BundleFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string Root(long size) => _f.Log.Log.Root(size).ToBase64();

    [Fact]
    public void Verify_ExportedBundle_Holds()
    {
        VerificationReport report = BundleVerifier.Verify(_f.Bundle);

        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(13, report.Checkpoint.Size);
        Assert.Equal(_f.Log.Log.Root(13), report.Checkpoint.RootHash);
        Assert.Equal(2, report.Witnesses);
        Assert.Equal([4, 8], _f.Bundle.Checkpoints.Select(c => c.Checkpoint.Size));
        Assert.Equal(13, _f.Bundle.Entries.Count);
    }

    [Fact]
    public void Verify_NoWitnessesConfigured_HoldsWithThresholdZero()
    {
        Assert.True(Bundle.TryExport(_f.Log.Log, [], 0, out Bundle? bundle, out string error), error);
        VerificationReport report = BundleVerifier.Verify(bundle);
        Assert.True(report.Ok, string.Join("\n", report.Problems));
        Assert.Equal(0, report.Witnesses);
    }

    [Fact]
    public void Verify_EntriesAppendedAfterTheCheckpoint_AreNotExported()
    {
        _f.Log.Append(3);
        Bundle bundle = _f.Export(threshold: 2);
        Assert.Equal(13, bundle.Entries.Count);
        Assert.True(BundleVerifier.Verify(bundle).Ok);
    }

    private static VerificationProblem Single(VerificationReport report, ProblemKind kind)
    {
        Assert.False(report.Ok);
        return Assert.Single(report.Problems, p => p.Kind == kind);
    }
}
