using Vigil.Core;

namespace Vigil.Sensors.Ingest;

/// <summary>
/// Follows each sensor's health from what it says (status reports, service messages) and from its
/// silence: a sensor heard from within <see cref="SilenceFactor"/> reporting intervals has the health
/// it last reported (ok when it never said otherwise); one not heard for longer is silent. Time is
/// the messages' own, so a replay at any speed gives the same history. Not thread-safe: one ingest
/// stage owns it.
/// </summary>
public sealed class SensorHealthMonitor
{
    /// <summary>How many reporting intervals of silence make a sensor silent.</summary>
    public const double SilenceFactor = 3;

    private readonly Dictionary<SensorId, State> _sensors = [];
    private readonly List<HealthChange> _changes = [];

    /// <summary>Every change of health so far, in time order.</summary>
    public IReadOnlyList<HealthChange> Changes => _changes;

    /// <summary>Starts watching a sensor that should be heard at least every <paramref name="interval"/>, from <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is not positive.</exception>
    /// <exception cref="ArgumentException">The sensor is already watched.</exception>
    public void Watch(SensorId sensor, TimeSpan interval, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _sensors.Add(sensor, new State { Interval = interval, LastHeardAt = at, Reported = SensorHealth.Ok, Current = SensorHealth.Ok });
    }

    /// <summary>Whether <paramref name="sensor"/> is watched.</summary>
    public bool IsWatched(SensorId sensor) => _sensors.ContainsKey(sensor);

    /// <summary>A message from <paramref name="sensor"/> arrived, measured at <paramref name="at"/>.</summary>
    public void Heard(SensorId sensor, DateTimeOffset at)
    {
        Advance(at);
        if (_sensors.TryGetValue(sensor, out State? state))
        {
            state.LastHeardAt = Max(state.LastHeardAt, at);
            Set(sensor, state, state.Reported, at);
        }
    }

    /// <summary><paramref name="sensor"/> reported its own health at <paramref name="at"/>.</summary>
    public void Reported(SensorId sensor, SensorHealth health, DateTimeOffset at)
    {
        if (health == SensorHealth.Silent)
        {
            throw new ArgumentOutOfRangeException(nameof(health), health, "A sensor cannot report itself silent.");
        }

        Heard(sensor, at);
        if (_sensors.TryGetValue(sensor, out State? state))
        {
            state.Reported = health;
            Set(sensor, state, health, at);
        }
    }

    /// <summary>Marks silent every sensor not heard for too long before <paramref name="now"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        foreach ((SensorId sensor, State state) in _sensors)
        {
            TimeSpan allowed = state.Interval * SilenceFactor;
            if (state.Current != SensorHealth.Silent && now - state.LastHeardAt > allowed)
            {
                Set(sensor, state, SensorHealth.Silent, state.LastHeardAt + allowed);
            }
        }
    }

    /// <summary>The sensor's health as of the last message or <see cref="Advance"/>.</summary>
    /// <exception cref="KeyNotFoundException">The sensor is not watched.</exception>
    public SensorHealth Health(SensorId sensor) => _sensors[sensor].Current;

    /// <summary>Every watched sensor with its health, by name.</summary>
    public IReadOnlyList<(SensorId Sensor, SensorHealth Health)> Snapshot() =>
        _sensors.OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Current)).ToList();

    private void Set(SensorId sensor, State state, SensorHealth health, DateTimeOffset at)
    {
        if (state.Current != health)
        {
            _changes.Add(new HealthChange(sensor, at, state.Current, health));
            state.Current = health;
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class State
    {
        public TimeSpan Interval;
        public DateTimeOffset LastHeardAt;
        public SensorHealth Reported;
        public SensorHealth Current;
    }
}
