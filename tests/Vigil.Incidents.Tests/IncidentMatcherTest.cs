using Vigil.Core;

namespace Vigil.Incidents.Tests;

public sealed class IncidentMatcherTest
{
    private static readonly DateOnly Day = new(2026, 6, 30);
    private static readonly IncidentRecord Zhob = Records.Zhob();

    [Fact]
    public void Find_DroneStrikeSameDistrictNextDay_IsTheIncursion()
    {
        IncidentRecord draft = Records.Reported(EventSubType.AirDroneStrike, Day.AddDays(1), "PK", "Balochistan", "Zhob", null);
        Assert.Same(Zhob, IncidentMatcher.Find(draft, [Zhob]));
    }

    [Theory]
    [InlineData(EventSubType.ArmedClash, 0, "PK", "Balochistan", "Zhob")] // another kind of event
    [InlineData(EventSubType.DroneIncursion, 3, "PK", "Balochistan", "Zhob")] // days apart
    [InlineData(EventSubType.DroneIncursion, 0, "PK", "Balochistan", "Killa Saifullah")] // another district, no point
    [InlineData(EventSubType.DroneIncursion, 0, "AF", "Paktika", "Barmal")] // the other side of the border
    public void Find_OtherTypeTimeOrPlace_FindsNothing(EventSubType type, int days, string country, string admin1, string admin2)
    {
        Assert.Null(IncidentMatcher.Find(Records.Reported(type, Day.AddDays(days), country, admin1, admin2, null), [Zhob]));
    }

    [Fact]
    public void Find_ProvinceOnly_MatchesAnyDistrictOfIt()
    {
        Assert.Same(Zhob, IncidentMatcher.Find(Records.Reported(EventSubType.DroneIncursion, Day, "PK", "Balochistan", null, null), [Zhob]));
    }

    [Fact]
    public void Find_AnotherDistrictWithinSixtyKilometres_Matches_AndTheNearerWins()
    {
        IncidentRecord near = Zhob with { Id = new IncidentRecordId(2), Location = Zhob.Location with { Admin2 = "Sherani", Point = new GeoPoint(31.55, 69.5) } };
        IncidentRecord draft = Records.Reported(EventSubType.DroneIncursion, Day, "PK", "Balochistan", "Musakhel", new GeoPoint(31.6, 69.45));
        Assert.Same(near, IncidentMatcher.Find(draft, [Zhob, near]));
        Assert.Null(IncidentMatcher.Find(draft with { Location = draft.Location with { Point = new GeoPoint(30.2, 69.45) } }, [Zhob, near]));
    }

    [Fact]
    public void Find_UnknownPlace_MatchesNothing()
    {
        IncidentRecord draft = Records.Reported(EventSubType.DroneIncursion, Day, "PK", "Balochistan", "Zhob", null);
        Assert.Null(IncidentMatcher.Find(draft with { Location = new IncidentLocation { Precision = PlacePrecision.Country } }, [Zhob]));
    }
}
