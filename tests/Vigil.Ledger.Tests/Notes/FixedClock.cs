namespace Vigil.Ledger.Tests.Notes;

/// <summary>A clock that reads whatever the test set.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
