namespace Vigil.Incidents;

/// <summary>One step in a piece of evidence's chain of custody. Events are appended, never changed.</summary>
public sealed record CustodyEvent
{
    /// <summary>Position in the store's custody record, increasing with every event appended.</summary>
    public required long Sequence { get; init; }

    /// <summary>The evidence.</summary>
    public required EvidenceId Evidence { get; init; }

    /// <summary>What happened.</summary>
    public required CustodyAction Action { get; init; }

    /// <summary>Who did it.</summary>
    public required string By { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Free text: to whom it was transferred, what the analysis was; may be empty.</summary>
    public required string Note { get; init; }
}
