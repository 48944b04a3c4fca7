namespace Vigil.Osint;

/// <summary>What a party says about an event.</summary>
public enum ClaimStance
{
    /// <summary>States that it happened as told ("said", "claimed", "according to").</summary>
    Asserts = 1,

    /// <summary>Says it did not happen, or not as told ("denied", "rejected").</summary>
    Denies = 2,

    /// <summary>Confirms another party's account ("confirmed", "acknowledged").</summary>
    Confirms = 3,

    /// <summary>Withdraws an earlier statement ("the report was later deleted").</summary>
    Retracts = 4,
}
