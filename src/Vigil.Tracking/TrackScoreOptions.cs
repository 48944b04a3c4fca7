namespace Vigil.Tracking;

/// <summary>
/// Confirmation and deletion by the track's log-likelihood ratio score L (S. Blackman and
/// R. Popoli, "Design and Analysis of Modern Tracking Systems", 1999, §6.2), tested sequentially
/// (Wald's SPRT). A track starts at L = ln(β_NT / β_FA), the density of new targets over that of
/// false plots; a plot adds ln(P_D N(ν; 0, S) / β_FA), the negative of the association cost; a
/// scan that misses it adds ln(1 − P_D). A tentative track is confirmed when L ≥ ln((1 − β)/α) and
/// dropped when L ≤ ln(β/(1 − α)), for false-confirmation probability α and true-track rejection
/// probability β; a confirmed track is deleted when L falls <see cref="DeletionDrop"/> below its peak.
/// </summary>
public sealed record TrackScoreOptions
{
    /// <summary>New-target density over false-plot density, β_NT / β_FA. Default 0.05.</summary>
    public double NewTargetRatio { get; init; } = 0.05;

    /// <summary>α: the probability of confirming a false track. Default 0.01.</summary>
    public double FalseTrackProbability { get; init; } = 0.01;

    /// <summary>β: the probability of rejecting a true track. Default 0.01 (so a new track survives one miss).</summary>
    public double MissedTrackProbability { get; init; } = 0.01;

    /// <summary>Fall of L below its peak that deletes a confirmed track. Default 9 (about four misses at P_D 0.9).</summary>
    public double DeletionDrop { get; init; } = 9;

    /// <summary>The initial score, ln(β_NT / β_FA).</summary>
    public double InitialScore => Math.Log(NewTargetRatio);

    /// <summary>The score that confirms a tentative track, ln((1 − β)/α).</summary>
    public double ConfirmThreshold => Math.Log((1 - MissedTrackProbability) / FalseTrackProbability);

    /// <summary>The score that drops a tentative track, ln(β/(1 − α)).</summary>
    public double DropThreshold => Math.Log(MissedTrackProbability / (1 - FalseTrackProbability));
}
