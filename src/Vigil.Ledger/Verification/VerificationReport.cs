using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Verification;

/// <summary>The outcome of verifying a bundle or an entry: every problem found, none when it holds.</summary>
public sealed class VerificationReport
{
    internal VerificationReport(Checkpoint checkpoint, IReadOnlyList<VerificationProblem> problems, int witnesses)
    {
        Checkpoint = checkpoint;
        Problems = problems;
        Witnesses = witnesses;
    }

    /// <summary>True when no problem was found.</summary>
    public bool Ok => Problems.Count == 0;

    /// <summary>The checkpoint verified against (a bundle's latest).</summary>
    public Checkpoint Checkpoint { get; }

    /// <summary>The problems, in the order found; empty when <see cref="Ok"/>.</summary>
    public IReadOnlyList<VerificationProblem> Problems { get; }

    /// <summary>Distinct configured witnesses whose cosignature on <see cref="Checkpoint"/> verified; 0 when none were configured.</summary>
    public int Witnesses { get; }
}
