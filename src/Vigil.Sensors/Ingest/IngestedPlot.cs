using Vigil.Core;

namespace Vigil.Sensors.Ingest;

/// <summary>A plot that came through ingest, with the scan it belongs to.</summary>
/// <param name="Detection">The measurement.</param>
/// <param name="Scan">The sensor's scan number, counted from its first north marker (0).</param>
public readonly record struct IngestedPlot(Detection Detection, int Scan);
