namespace Vigil.Incidents;

/// <summary>
/// How well an incident is established, after Airwars' grading of civilian-harm incidents
/// (Airwars, "Methodology", https://airwars.org/about/methodology). Airwars' definitions, in short:
/// <list type="bullet">
/// <item><see cref="Confirmed"/>: a belligerent has accepted responsibility.</item>
/// <item><see cref="Fair"/>: reported by two or more credible sources, with likely or confirmed
/// action by a belligerent nearby.</item>
/// <item><see cref="Weak"/>: a single-source claim, though sometimes with significant detail.</item>
/// <item><see cref="Contested"/>: competing claims, e.g. of responsibility or of what happened.</item>
/// <item><see cref="Discounted"/>: those harmed were combatants, or another party was most likely
/// responsible.</item>
/// </list>
/// Vigil applies the same words to cross-border incidents: a sensor record takes the place of the
/// "likely action nearby", a party's confirmation takes the place of accepted responsibility, and an
/// event is discounted when its assertions were retracted or sensors disprove it.
/// </summary>
public enum Grade
{
    /// <summary>Sensors saw it and a party confirms it.</summary>
    Confirmed,

    /// <summary>Two or more independent sources assert it and nobody denies it.</summary>
    Fair,

    /// <summary>One source, or no independent corroboration.</summary>
    Weak,

    /// <summary>Parties assert and deny the same event.</summary>
    Contested,

    /// <summary>Every assertion was retracted, or sensors show it did not happen as claimed.</summary>
    Discounted,
}
