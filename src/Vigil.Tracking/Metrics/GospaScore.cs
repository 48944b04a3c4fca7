namespace Vigil.Tracking.Metrics;

/// <summary>
/// GOSPA (α = 2) and OSPA of one scan, with GOSPA's parts as Stone Soup's GOSPAMetric reports them:
/// localisation = Σ dᵖ over pairs closer than c, missed and false = cᵖ/2 per missed truth and per
/// false estimate; GOSPA = (localisation + missed + false)^(1/p).
/// </summary>
/// <param name="Gospa">The GOSPA distance.</param>
/// <param name="Localisation">Localisation part (before the 1/p power).</param>
/// <param name="Missed">Missed-target part.</param>
/// <param name="False">False-estimate part.</param>
/// <param name="MissedCount">Truths with no estimate within c.</param>
/// <param name="FalseCount">Estimates with no truth within c.</param>
/// <param name="TruthCount">Truths in the scan.</param>
/// <param name="EstimateCount">Estimates in the scan.</param>
/// <param name="Ospa">The OSPA distance (Schuhmacher, Vo and Vo 2008).</param>
public readonly record struct GospaScore(
    double Gospa, double Localisation, double Missed, double False,
    int MissedCount, int FalseCount, int TruthCount, int EstimateCount, double Ospa);
