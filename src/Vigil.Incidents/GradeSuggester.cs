namespace Vigil.Incidents;

/// <summary>
/// Suggests a <see cref="Grade"/> from an incident's claims, sensor record and sources. A person
/// decides the final grade (<see cref="GradeDecision"/>); the suggestion is the same for the same
/// facts, whoever runs it. The rules, first match wins:
/// <list type="number">
/// <item><b>Discounted</b> when sensors disprove the event, or when some claim asserted or confirmed
/// it and every such claim has been retracted.</item>
/// <item><b>Confirmed</b> when sensors confirm the event and a side confirms it (a claim with
/// <see cref="Stance.Confirms"/> by a <see cref="PartyKind.Side"/>, not retracted).</item>
/// <item><b>Contested</b> when something asserts the event (a live affirmative claim or the sensor
/// record) and a live claim denies it.</item>
/// <item><b>Fair</b> when two or more independent sources report it — a sensor confirmation counts
/// as one more independent source — something asserts it, and nothing denies it.</item>
/// <item><b>Weak</b> otherwise: a single source, or none independent.</item>
/// </list>
/// A retraction withdraws every earlier claim (at or before its time) of the same party; a claim
/// not withdrawn is live.
/// </summary>
public static class GradeSuggester
{
    /// <summary>Suggests a grade for <paramref name="facts"/>, with the rule that gave it.</summary>
    /// <exception cref="ArgumentException">The source counts are negative or the independent count exceeds the total.</exception>
    public static GradeSuggestion Suggest(IncidentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Claims, nameof(facts));
        if (facts.SourceCount < 0 || facts.IndependentSourceCount < 0 || facts.IndependentSourceCount > facts.SourceCount)
        {
            throw new ArgumentException(
                $"Source counts must satisfy 0 ≤ independent ≤ total; got independent {facts.IndependentSourceCount}, total {facts.SourceCount}.",
                nameof(facts));
        }

        int affirmative = 0, liveAffirmative = 0, liveDenials = 0;
        Claim? sideConfirmation = null;
        foreach (Claim c in facts.Claims)
        {
            bool live = !IsWithdrawn(c, facts.Claims);
            if (c.IsAffirmative)
            {
                affirmative++;
                liveAffirmative += live ? 1 : 0;
            }

            if (live && c.Stance == Stance.Denies)
            {
                liveDenials++;
            }

            if (live && c.Stance == Stance.Confirms && c.Party.Kind == PartyKind.Side)
            {
                sideConfirmation ??= c;
            }
        }

        bool sensorsConfirm = facts.Sensors == SensorVerdict.Confirms;
        if (facts.Sensors == SensorVerdict.Disproves)
        {
            return new(Grade.Discounted, "Sensors covered the place and time and show the event did not happen as claimed.");
        }

        if (affirmative > 0 && liveAffirmative == 0)
        {
            return new(Grade.Discounted, $"All {affirmative} claim(s) asserting the event were retracted.");
        }

        if (sensorsConfirm && sideConfirmation is not null)
        {
            return new(Grade.Confirmed, $"Sensors recorded the event and {sideConfirmation.Party} confirms it ({sideConfirmation.Speaker}, {sideConfirmation.At:yyyy-MM-dd}).");
        }

        if ((liveAffirmative > 0 || sensorsConfirm) && liveDenials > 0)
        {
            string asserting = liveAffirmative > 0 ? $"{liveAffirmative} claim(s)" : "the sensor record";
            return new(Grade.Contested, $"{asserting} assert the event and {liveDenials} claim(s) deny it.");
        }

        int independent = facts.IndependentSourceCount + (sensorsConfirm ? 1 : 0);
        if (independent >= 2 && (liveAffirmative > 0 || sensorsConfirm))
        {
            string sensors = sensorsConfirm ? ", counting the sensor record," : string.Empty;
            return new(Grade.Fair, $"{independent} independent sources{sensors} report the event and no claim denies it.");
        }

        return new(Grade.Weak, independent switch
        {
            0 => "No independent source reports the event.",
            1 => "A single independent source reports the event.",
            _ => "Sources report the event but no live claim asserts it.",
        });
    }

    /// <summary>Whether a later (or simultaneous) retraction by the same party withdraws <paramref name="claim"/>.</summary>
    private static bool IsWithdrawn(Claim claim, IReadOnlyList<Claim> all)
    {
        if (claim.Stance == Stance.Retracts)
        {
            return false;
        }

        foreach (Claim r in all)
        {
            if (r.Stance == Stance.Retracts && r.Party == claim.Party && r.At >= claim.At)
            {
                return true;
            }
        }

        return false;
    }
}
