namespace Vigil.Sensors.Fuzzing;

/// <summary>What a fuzzing run of one decoder found.</summary>
/// <param name="Decoder">The decoder's name.</param>
/// <param name="Inputs">Inputs tried.</param>
/// <param name="Accepted">Inputs decoded without a rejection.</param>
/// <param name="Rejected">Inputs rejected, each with a reason.</param>
/// <param name="Crashes">Inputs that made the decoder throw, or rejected without a reason (each a bug).</param>
/// <param name="FirstCrash">The first such input in hex with what happened, or null.</param>
/// <param name="Elapsed">Time for the whole run.</param>
/// <param name="SlowestInput">The longest time one input took (a hang shows here).</param>
public sealed record FuzzReport(string Decoder, long Inputs, long Accepted, long Rejected, long Crashes, string? FirstCrash, TimeSpan Elapsed, TimeSpan SlowestInput)
{
    /// <summary>Inputs per second.</summary>
    public double InputsPerSecond => Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
