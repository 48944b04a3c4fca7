namespace Vigil.Ledger.Witness;

/// <summary>
/// What a witness remembers: for each log origin, the signed note of the last checkpoint it
/// cosigned. A witness must never lose or roll back this state, or it could be led to cosign a fork.
/// </summary>
public interface IWitnessState
{
    /// <summary>The signed note of the last checkpoint cosigned for <paramref name="origin"/>, or null if none.</summary>
    string? LastCosigned(string origin);

    /// <summary>
    /// Records <paramref name="signedNote"/> as the last checkpoint cosigned for
    /// <paramref name="origin"/>: durably and all at once, before the cosignature is handed out.
    /// </summary>
    void SaveCosigned(string origin, string signedNote);
}
