namespace Vigil.Incidents;

/// <summary>
/// One statement about an incident, attributed: who said it, in what capacity, when, and whether it
/// asserts, denies, confirms or retracts. Vigil records claims; it does not judge them —
/// <see cref="GradeSuggester"/> weighs them together.
/// </summary>
public sealed record Claim
{
    /// <summary>The side or outlet the claim comes from.</summary>
    public required Party Party { get; init; }

    /// <summary>Who within the party spoke.</summary>
    public required SpeakerKind Speaker { get; init; }

    /// <summary>When the claim was made (published, said); for a deleted report, when it was deleted.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>What the claim says about the event.</summary>
    public required Stance Stance { get; init; }

    /// <summary>The statement as made (quoted or closely paraphrased), in its original language or translated.</summary>
    public required string Statement { get; init; }

    /// <summary>The stored report the claim was read from; null when it was entered directly (e.g. by a party's liaison).</summary>
    public ReportId? Report { get; init; }

    /// <summary>Fatalities the claim reports, by category; empty when it gives no figures.</summary>
    public IReadOnlyDictionary<CasualtyCategory, FatalityRange> Fatalities { get; init; } = new Dictionary<CasualtyCategory, FatalityRange>();

    /// <summary>Whether the claim says the event happened (<see cref="Stance.Asserts"/> or <see cref="Stance.Confirms"/>).</summary>
    public bool IsAffirmative => Stance is Stance.Asserts or Stance.Confirms;
}
