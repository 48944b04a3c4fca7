namespace Vigil.Ledger.Merkle;

/// <summary>
/// The outcome of checking a proof: <see cref="Ok"/>, or not, with the reason in
/// <see cref="Error"/> written as "got X, want Y". The default value is a failure
/// ("not checked"), so an unset result never passes.
/// </summary>
public readonly record struct ProofCheck
{
    private const string NotChecked = "not checked";

    private readonly string? _error;

    private ProofCheck(bool ok, string? error)
    {
        Ok = ok;
        _error = error;
    }

    /// <summary>The proof holds.</summary>
    public static ProofCheck Valid { get; } = new(true, null);

    /// <summary>True when the proof holds.</summary>
    public bool Ok { get; }

    /// <summary>Why the proof does not hold; null when it does.</summary>
    public string? Error => Ok ? null : _error ?? NotChecked;

    /// <summary>The proof does not hold, for this reason.</summary>
    /// <exception cref="ArgumentException"><paramref name="error"/> is empty.</exception>
    public static ProofCheck Invalid(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new ProofCheck(false, error);
    }

    /// <summary>"ok", or the error.</summary>
    public override string ToString() => Error ?? "ok";
}
