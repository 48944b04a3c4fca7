namespace Vigil.Tracking.Classification;

/// <summary>
/// The classifier's model (docs/tracking.md explains each value). RCS means are of a single plot in
/// dB: a Swerling-1 target's plot averages 2.5 dB below its mean RCS and scatters by 5.6 dB, to which
/// the spread between objects of a class adds.
/// </summary>
public sealed record ClassifierOptions
{
    /// <summary>Small drones: −14 dBsm mean RCS (plots −16.5 ± 6.5 dB), 10–40 m/s, low.</summary>
    public ClassModel Drone { get; init; } = new(-16.5, 6.5, 20, 10, 2500, 2500, 1.0 / 3);

    /// <summary>Birds: −30 dBsm mean RCS (plots −33 ± 6.5 dB), 5–18 m/s, low.</summary>
    public ClassModel Bird { get; init; } = new(-33, 6.5, 10, 4, 2500, 2500, 1.0 / 3);

    /// <summary>Aircraft: +25 dBsm (plots +22 ± 8 dB), 100–300 m/s, usually high.</summary>
    public ClassModel Aircraft { get; init; } = new(22, 8, 180, 80, 10_000, 3_000, 1.0 / 3);

    /// <summary>Weight kept by past RCS evidence at each new plot, in (0, 1]. Default 0.95 (memory of about 20 plots).</summary>
    public double Forgetting { get; init; } = 0.95;

    /// <summary>Hits before speed and height count as evidence (the velocity estimate needs a few). Default 4.</summary>
    public int MinHitsForKinematics { get; init; } = 4;
}
