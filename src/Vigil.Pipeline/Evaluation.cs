using Vigil.Alerts;
using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Pipeline;

/// <summary>
/// How well a run's alerts match the simulated truth: every true drone crossing paired with at most
/// one crossing alert (same border and direction, nearest in time within <see cref="MatchWindow"/>),
/// and the alerts that match no drone crossing.
/// </summary>
public sealed class Evaluation
{
    /// <summary>Largest time difference at which an alert can match a true crossing.</summary>
    public static readonly TimeSpan MatchWindow = TimeSpan.FromSeconds(120);

    private Evaluation(IReadOnlyList<CrossingMatch> matches, IReadOnlyList<Alert> unmatched)
    {
        Matches = matches;
        UnmatchedAlerts = unmatched;
    }

    /// <summary>One entry per true drone crossing.</summary>
    public IReadOnlyList<CrossingMatch> Matches { get; }

    /// <summary>Crossing alerts that match no true drone crossing (false alerts).</summary>
    public IReadOnlyList<Alert> UnmatchedAlerts { get; }

    /// <summary>Pairs true drone crossings with crossing alerts, greedily by time difference.</summary>
    public static Evaluation Of(IReadOnlyList<TruthCrossing> truth, IReadOnlyList<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(alerts);
        var candidates = new List<(double Dt, int Truth, int Alert)>();
        for (int t = 0; t < truth.Count; t++)
        {
            TruthCrossing c = truth[t];
            if (c.Kind != ObjectClass.Drone)
            {
                continue;
            }

            for (int a = 0; a < alerts.Count; a++)
            {
                Alert alert = alerts[a];
                double dt = Math.Abs((alert.Time - c.Time).TotalSeconds);
                if (alert.Kind == AlertKind.BorderCrossing && alert.Border == c.Border && alert.To == c.To
                    && dt <= MatchWindow.TotalSeconds)
                {
                    candidates.Add((dt + (Geodesic.Inverse(alert.Position, c.Position).Distance.Meters / 1000.0), t, a));
                }
            }
        }

        candidates.Sort((x, y) => x.Dt.CompareTo(y.Dt));
        var truthTaken = new Alert?[truth.Count];
        var alertTaken = new bool[alerts.Count];
        foreach ((_, int t, int a) in candidates)
        {
            if (truthTaken[t] is null && !alertTaken[a])
            {
                truthTaken[t] = alerts[a];
                alertTaken[a] = true;
            }
        }

        var matches = new List<CrossingMatch>();
        for (int t = 0; t < truth.Count; t++)
        {
            TruthCrossing c = truth[t];
            if (c.Kind != ObjectClass.Drone)
            {
                continue;
            }

            Alert? alert = truthTaken[t];
            matches.Add(alert is null
                ? new CrossingMatch(c, null, double.NaN, double.NaN, double.NaN)
                : new CrossingMatch(c, alert, (alert.Time - c.Time).TotalSeconds,
                    Geodesic.Inverse(alert.Position, c.Position).Distance.Meters, (alert.RaisedAt - c.Time).TotalSeconds));
        }

        var unmatched = new List<Alert>();
        for (int a = 0; a < alerts.Count; a++)
        {
            if (!alertTaken[a] && alerts[a].Kind == AlertKind.BorderCrossing)
            {
                unmatched.Add(alerts[a]);
            }
        }

        return new Evaluation(matches, unmatched);
    }
}
