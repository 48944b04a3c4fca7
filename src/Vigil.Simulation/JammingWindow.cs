using Vigil.Core;

namespace Vigil.Simulation;

/// <summary>An interval during which a radar is jammed.</summary>
public sealed record JammingWindow
{
    /// <summary>The jammed radar.</summary>
    public required SensorId Sensor { get; init; }

    /// <summary>Start, after the scenario's start.</summary>
    public required TimeSpan From { get; init; }

    /// <summary>End (exclusive), after the scenario's start.</summary>
    public required TimeSpan To { get; init; }

    /// <summary>Silence or degradation.</summary>
    public required JammingEffect Effect { get; init; }

    /// <summary>For <see cref="JammingEffect.Degrade"/>: factor on the measurement noise (≥ 1). Default 3.</summary>
    public double NoiseFactor { get; init; } = 3;

    /// <summary>For <see cref="JammingEffect.Degrade"/>: factor on the probability of detection, (0, 1]. Default 0.5.</summary>
    public double DetectionFactor { get; init; } = 0.5;

    /// <summary>For <see cref="JammingEffect.Degrade"/>: factor on the false-plot rate (≥ 1). Default 4.</summary>
    public double ClutterFactor { get; init; } = 4;
}
