using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents.Tests;

/// <summary>Hand-built incident records for the tests.</summary>
internal static class Records
{
    public static readonly DateTimeOffset June30 = new(2026, 6, 30, 1, 30, 0, TimeSpan.Zero);

    /// <summary>Four drones over Zhob seen by the sensors of run 1, with every field set.</summary>
    public static IncidentRecord Zhob() => new()
    {
        Id = new IncidentRecordId(1),
        Version = 1,
        UpdatedAt = June30.AddHours(1),
        SubType = EventSubType.DroneIncursion,
        Start = June30,
        End = June30.AddMinutes(4),
        TimePrecision = DatePrecision.Day,
        Location = new IncidentLocation
        {
            Precision = PlacePrecision.Point,
            Point = new GeoPoint(31.804392, 69.164901),
            Country = "PK",
            Admin1 = "Balochistan",
            Admin2 = "Zhob",
            Name = "Zhob",
        },
        Border = "AF-PK",
        Sector = "Zhob",
        Actors = [new IncidentActor("Pakistani military", "PK", ActorKind.StateForces), new IncidentActor("smugglers", null, ActorKind.External)],
        Description = "Four drones crossed into Zhob.",
        Sensors = [new SensorEvidence(1, new IncidentId(1), [new AlertId(1), new AlertId(2)], [new TrackId(17), new TrackId(42)])],
        Reports = [new ReportRef(new ReportId(3), new DateOnly(2026, 7, 1), "Frontier Desk")],
        Claims =
        [
            new Claim
            {
                Party = Party.Side("Pakistani military"),
                Speaker = SpeakerKind.Spokesperson,
                At = June30.AddDays(1),
                Stance = Stance.Asserts,
                Statement = "Four drones were shot down, \"all of them\".",
                Report = new ReportId(3),
                Fatalities = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Civilians] = FatalityRange.Exactly(0) },
            },
        ],
        Fatalities = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.SecurityForces] = new(1, 2, null) },
        Injuries = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Unknown] = new(null, 3, 5) },
        Status = IncidentStatus.UnderReview,
        GradeDecisions = [new GradeDecision(Grade.Fair, "facilitator", June30.AddDays(2), "Two sources.", new GradeSuggestion(Grade.Weak, "One source."))],
    };

    /// <summary>A reported event as a draft: a day, a district, one claim.</summary>
    public static IncidentRecord Reported(EventSubType type, DateOnly day, string country, string admin1, string? admin2, GeoPoint? point, Stance stance = Stance.Asserts) => new()
    {
        Id = default,
        Version = 0,
        UpdatedAt = June30,
        SubType = type,
        Start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        End = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero),
        TimePrecision = DatePrecision.Day,
        Location = new IncidentLocation { Precision = admin2 is null ? PlacePrecision.Province : PlacePrecision.District, Point = point, Country = country, Admin1 = admin1, Admin2 = admin2, Name = admin2 ?? admin1 },
        Claims = [new Claim { Party = Party.Side("Afghan Ministry of Defence"), Speaker = SpeakerKind.Official, At = June30.AddDays(1), Stance = stance, Statement = "No drone was launched." }],
    };
}
