namespace Vigil.Incidents;

/// <summary>What a <see cref="Claim"/> says about the event.</summary>
public enum Stance
{
    /// <summary>The event happened as described.</summary>
    Asserts,

    /// <summary>The event did not happen, or not as described.</summary>
    Denies,

    /// <summary>
    /// The party acknowledges the event, typically its own part in it or its losses: a stronger
    /// assertion, and the one that can make an incident <see cref="Grade.Confirmed"/>.
    /// </summary>
    Confirms,

    /// <summary>
    /// The party withdraws what it asserted or confirmed earlier. A deleted report is a retraction
    /// whose <see cref="Claim.At"/> is the time it was deleted.
    /// </summary>
    Retracts,
}
