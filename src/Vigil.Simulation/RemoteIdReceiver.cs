using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>A Remote ID receiver: a Wi-Fi monitor that hears drones' broadcast beacons within its range.</summary>
public sealed record RemoteIdReceiver
{
    /// <summary>The receiver's id.</summary>
    public required SensorId Id { get; init; }

    /// <summary>Antenna position.</summary>
    public required GeoPoint Position { get; init; }

    /// <summary>How far away (slant range, metres) it hears a broadcast.</summary>
    public required double RangeM { get; init; }
}
