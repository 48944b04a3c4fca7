namespace Vigil.Storage.Tests;

/// <summary>A clock that starts at a fixed instant and moves one second each time it is read.</summary>
internal sealed class StepClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        DateTimeOffset now = _now;
        _now = _now.AddSeconds(1);
        return now;
    }
}
