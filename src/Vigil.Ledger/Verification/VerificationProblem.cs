namespace Vigil.Ledger.Verification;

/// <summary>One fault found by a verification: its kind, and a message that says exactly what differs.</summary>
/// <param name="Kind">What kind of fault.</param>
/// <param name="Message">What differs, with the sizes and hashes involved.</param>
public sealed record VerificationProblem(ProblemKind Kind, string Message)
{
    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
