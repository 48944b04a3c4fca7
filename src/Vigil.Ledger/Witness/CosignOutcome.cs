using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Witness;

/// <summary>The answer of <see cref="LogWitness.Cosign"/>: a cosignature, or the reason for refusing.</summary>
public sealed class CosignOutcome
{
    private CosignOutcome(CosignVerdict verdict, Checkpoint? checkpoint, Cosignature? cosignature, long? previousSize, string error)
    {
        Verdict = verdict;
        Checkpoint = checkpoint;
        Cosignature = cosignature;
        PreviousSize = previousSize;
        Error = error;
    }

    /// <summary>Cosigned, or why not.</summary>
    public CosignVerdict Verdict { get; }

    /// <summary>True when <see cref="Cosignature"/> is set.</summary>
    public bool Cosigned => Verdict == CosignVerdict.Cosigned;

    /// <summary>The checkpoint asked about; null when it did not parse.</summary>
    public Checkpoint? Checkpoint { get; }

    /// <summary>The cosignature, when cosigned.</summary>
    public Cosignature? Cosignature { get; }

    /// <summary>The size of the last checkpoint cosigned for the origin before this call; null on first use.</summary>
    public long? PreviousSize { get; }

    /// <summary>Why the witness refused, saying exactly what differs; empty when cosigned.</summary>
    public string Error { get; }

    internal static CosignOutcome Success(Checkpoint checkpoint, Cosignature cosignature, long? previousSize) =>
        new(CosignVerdict.Cosigned, checkpoint, cosignature, previousSize, string.Empty);

    internal static CosignOutcome Refused(CosignVerdict verdict, Checkpoint? checkpoint, long? previousSize, string error) =>
        new(verdict, checkpoint, null, previousSize, error);

    /// <summary>The cosignature line, or "refused: " and the reason.</summary>
    public override string ToString() => Cosignature?.ToString() ?? $"refused: {Error}";
}
