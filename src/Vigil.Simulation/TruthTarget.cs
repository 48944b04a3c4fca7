using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A target's true path, sampled every second from launch to arrival (or the scenario's end).</summary>
/// <param name="Id">The scenario's target id.</param>
/// <param name="Kind">What it is.</param>
/// <param name="RcsDbsm">Mean radar cross-section, dBsm.</param>
/// <param name="States">The samples, in time order (at least one).</param>
public sealed record TruthTarget(string Id, ObjectClass Kind, double RcsDbsm, IReadOnlyList<TruthState> States)
{
    /// <summary>First sample time.</summary>
    public DateTimeOffset First => States[0].At;

    /// <summary>Last sample time.</summary>
    public DateTimeOffset Last => States[^1].At;

    /// <summary>The position at <paramref name="at"/>, linear between samples; clamped to the first and last.</summary>
    public GeoPoint PositionAt(DateTimeOffset at)
    {
        if (at <= First)
        {
            return States[0].Position;
        }

        if (at >= Last)
        {
            return States[^1].Position;
        }

        // Samples are one second apart from the first.
        int i = Math.Min((int)((at - First).Ticks / TimeSpan.TicksPerSecond), States.Count - 2);
        while (i > 0 && States[i].At > at)
        {
            i--;
        }

        while (i < States.Count - 2 && States[i + 1].At < at)
        {
            i++;
        }

        TruthState a = States[i], b = States[i + 1];
        double f = (at - a.At).Ticks / (double)(b.At - a.At).Ticks;
        return new GeoPoint(
            a.Position.LatitudeDeg + (f * (b.Position.LatitudeDeg - a.Position.LatitudeDeg)),
            a.Position.LongitudeDeg + (f * (b.Position.LongitudeDeg - a.Position.LongitudeDeg)),
            a.Position.AltitudeM + (f * (b.Position.AltitudeM - a.Position.AltitudeM)));
    }
}
