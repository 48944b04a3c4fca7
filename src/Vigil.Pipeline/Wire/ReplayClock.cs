namespace Vigil.Pipeline.Wire;

/// <summary>
/// The clock of a replay: simulated time, set by whoever plays the recording, read by ingest to stamp
/// arrivals. Moves only forward. Thread-safe.
/// </summary>
internal sealed class ReplayClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <summary>Moves the clock to <paramref name="at"/> if that is later than now.</summary>
    public void Advance(DateTimeOffset at)
    {
        long ticks = at.UtcTicks, now;
        while ((now = Interlocked.Read(ref _ticks)) < ticks && Interlocked.CompareExchange(ref _ticks, ticks, now) != now)
        {
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
}
