namespace Vigil.Cli.Bench;

/// <summary>
/// Truth and detection counts of a generated manoeuvring scenario: the META.json <c>stats</c> of
/// gen_scenario.py (there every target here is a drone, so <c>drones</c> = DistinctTargets and
/// <c>birds</c> = 0). For diagnostics only: a tracker must not read them.
/// </summary>
/// <param name="DistinctTargets">Targets that were ever alive.</param>
/// <param name="MeanAlivePerScan">Mean number of targets alive per scan.</param>
/// <param name="MinAlive">Fewest targets alive in a scan.</param>
/// <param name="MaxAlive">Most targets alive in a scan.</param>
/// <param name="TruthStates">Rows of the truth file.</param>
/// <param name="DetectionsTotal">Rows of the detections file.</param>
/// <param name="TargetDetections">Detections of a target (truth_id ≥ 0).</param>
/// <param name="ClutterDetections">False detections (truth_id = −1).</param>
internal sealed record ManoeuvringStats(
    int DistinctTargets, double MeanAlivePerScan, int MinAlive, int MaxAlive,
    int TruthStates, int DetectionsTotal, int TargetDetections, int ClutterDetections);
