namespace Vigil.Simulation;

/// <summary>What jamming does to a radar.</summary>
public enum JammingEffect
{
    /// <summary>No plots at all.</summary>
    Silence = 0,

    /// <summary>Noisier plots, fewer detections, more false plots.</summary>
    Degrade = 1,
}
