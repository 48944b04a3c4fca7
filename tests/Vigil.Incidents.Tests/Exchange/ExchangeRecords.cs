using Vigil.Alerts;
using Vigil.Core;

namespace Vigil.Incidents.Tests.Exchange;

/// <summary>Hand-built incident records for the exchange tests.</summary>
internal static class ExchangeRecords
{
    public static readonly DateTimeOffset Updated = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A drone brought down over Khar, Bajaur, on 30 June 2026: seen by the sensors, reported by two
    /// outlets (one twice), asserted by Pakistan, graded Fair, under review.
    /// </summary>
    public static IncidentRecord Bajaur()
    {
        var suggestion = new GradeSuggestion(Grade.Fair, "Two independent sources and the sensor record assert it; nothing denies it.");
        return new IncidentRecord
        {
            Id = new IncidentRecordId(7),
            Version = 3,
            UpdatedAt = Updated,
            SubType = EventSubType.AirDroneStrike,
            Start = new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero),
            TimePrecision = DatePrecision.Day,
            Location = new IncidentLocation
            {
                Precision = PlacePrecision.Point,
                Point = new GeoPoint(34.7302, 71.5211),
                Country = "PK",
                Admin1 = "Khyber Pakhtunkhwa",
                Admin2 = "Bajaur",
                Name = "Khar",
            },
            Border = "AF-PK",
            Sector = "Bajaur",
            Actors =
            [
                new IncidentActor("Pakistani security forces", "PK", ActorKind.StateForces),
                new IncidentActor("Pakistani military", "PK", ActorKind.StateForces),
                new IncidentActor("Taliban", "AF", ActorKind.StateForces),
            ],
            Description = "Pakistani air defence brought down a drone over Khar, Bajaur; ISPR said it \"carried explosives\".",
            Sensors = [new SensorEvidence(1, new IncidentId(2), [new AlertId(5)], [new TrackId(12)])],
            Reports =
            [
                new ReportRef(new ReportId(1), new DateOnly(2026, 6, 30), "Dawn"),
                new ReportRef(new ReportId(2), new DateOnly(2026, 7, 1), "Tolo News"),
                new ReportRef(new ReportId(3), new DateOnly(2026, 7, 1), "Dawn"),
            ],
            Claims =
            [
                new Claim
                {
                    Party = Party.Side("Pakistan"),
                    Speaker = SpeakerKind.Spokesperson,
                    At = new DateTimeOffset(2026, 6, 30, 14, 0, 0, TimeSpan.Zero),
                    Stance = Stance.Asserts,
                    Statement = "A drone from Afghan territory was shot down over Khar.",
                    Report = new ReportId(1),
                },
            ],
            Fatalities = new Dictionary<CasualtyCategory, FatalityRange>
            {
                [CasualtyCategory.SecurityForces] = new FatalityRange(1, 2, 2),
                [CasualtyCategory.Civilians] = FatalityRange.Exactly(1),
            },
            Injuries = new Dictionary<CasualtyCategory, FatalityRange>
            {
                [CasualtyCategory.Civilians] = new FatalityRange(null, 4, null),
            },
            Status = IncidentStatus.UnderReview,
            GradeDecisions = [new GradeDecision(Grade.Fair, "facilitator", Updated, "Two outlets and the sensor record agree.", suggestion)],
        };
    }

    /// <summary>An armed clash in the week of 6–12 July 2026 in Dangam district, imported from another dataset.</summary>
    public static IncidentRecord KunarClash() => new()
    {
        Id = new IncidentRecordId(12),
        ExternalId = "AFG90003",
        Version = 1,
        UpdatedAt = new DateTimeOffset(2026, 7, 14, 9, 30, 0, TimeSpan.Zero),
        SubType = EventSubType.ArmedClash,
        Start = new DateTimeOffset(2026, 7, 6, 0, 0, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2026, 7, 12, 23, 59, 59, TimeSpan.Zero),
        TimePrecision = DatePrecision.Week,
        Location = new IncidentLocation
        {
            Precision = PlacePrecision.District,
            Point = new GeoPoint(34.9928, 71.4069),
            Country = "AF",
            Admin1 = "Kunar",
            Admin2 = "Dangam",
            Name = "Dangam",
        },
        Actors =
        [
            new IncidentActor("Taliban", "AF", ActorKind.StateForces),
            new IncidentActor("smugglers", null, ActorKind.External),
        ],
        Description = "Border forces exchanged fire with smugglers near Dangam.",
        Fatalities = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Militants] = FatalityRange.Exactly(0) },
    };

    /// <summary>Weapons seized somewhere in Balochistan in June 2026, with no casualties known.</summary>
    public static IncidentRecord BalochistanSeizure() => new()
    {
        Id = new IncidentRecordId(15),
        Version = 2,
        UpdatedAt = new DateTimeOffset(2026, 7, 2, 6, 0, 0, TimeSpan.Zero),
        SubType = EventSubType.DisruptedWeaponsUse,
        Start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero),
        TimePrecision = DatePrecision.Month,
        Location = new IncidentLocation
        {
            Precision = PlacePrecision.Province,
            Point = new GeoPoint(28.4907, 65.0958),
            Country = "PK",
            Admin1 = "Balochistan",
            Name = "Balochistan",
        },
        Actors = [new IncidentActor("Pakistani security forces", "PK", ActorKind.StateForces)],
        Description = "Security forces seized drone parts bound for the border.",
    };

    /// <summary>A drone incursion into Tajikistan on 26 November 2025, placed only in the country.</summary>
    public static IncidentRecord TajikIncursion() => new()
    {
        Id = new IncidentRecordId(3),
        Version = 1,
        UpdatedAt = new DateTimeOffset(2025, 11, 28, 10, 0, 0, TimeSpan.Zero),
        SubType = EventSubType.DroneIncursion,
        Start = new DateTimeOffset(2025, 11, 26, 0, 0, 0, TimeSpan.Zero),
        End = new DateTimeOffset(2025, 11, 26, 23, 59, 59, TimeSpan.Zero),
        TimePrecision = DatePrecision.Day,
        Location = new IncidentLocation { Precision = PlacePrecision.Country, Country = "TJ" },
        Actors =
        [
            new IncidentActor("Tajik border guards", "TJ", ActorKind.StateForces),
            new IncidentActor("Chinese workers", "CN", ActorKind.Civilians),
        ],
        Fatalities = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Civilians] = new FatalityRange(null, null, 5) },
    };
}
