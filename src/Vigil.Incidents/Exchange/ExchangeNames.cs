namespace Vigil.Incidents.Exchange;

/// <summary>The words Vigil's exports use for its own codes: grades, statuses and place precisions.</summary>
internal static class ExchangeNames
{
    /// <summary>Airwars' word for the grade, in lower case: "confirmed", "fair", "weak", "contested" or "discounted".</summary>
    public static string Grade(Grade grade) => grade switch
    {
        Incidents.Grade.Confirmed => "confirmed",
        Incidents.Grade.Fair => "fair",
        Incidents.Grade.Weak => "weak",
        Incidents.Grade.Contested => "contested",
        Incidents.Grade.Discounted => "discounted",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a grade."),
    };

    /// <summary>"open", "under review" or "closed".</summary>
    public static string Status(IncidentStatus status) => status switch
    {
        IncidentStatus.Open => "open",
        IncidentStatus.UnderReview => "under review",
        IncidentStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a status."),
    };

    /// <summary>"point", "district", "province" or "country".</summary>
    public static string PlacePrecision(PlacePrecision precision) => precision switch
    {
        Incidents.PlacePrecision.Point => "point",
        Incidents.PlacePrecision.District => "district",
        Incidents.PlacePrecision.Province => "province",
        Incidents.PlacePrecision.Country => "country",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Not a place precision."),
    };
}
