namespace Vigil.Incidents.Tests;

public sealed class IncidentMergeTest
{
    [Fact]
    public void Join_AddsClaimsReportsOnce_KeepsThePreciserPlace_AndBumpsTheVersion()
    {
        IncidentRecord zhob = Records.Zhob() with { Status = IncidentStatus.Closed };
        IncidentRecord draft = Records.Reported(EventSubType.AirDroneStrike, new DateOnly(2026, 6, 30), "PK", "Balochistan", null, null, Stance.Denies)
            with { Reports = [new ReportRef(new ReportId(4), new DateOnly(2026, 7, 1), "Kabul Morning")] };
        IncidentRecord at = IncidentMerge.Join(zhob, draft, Records.June30.AddDays(3));
        IncidentRecord again = IncidentMerge.Join(at, draft, Records.June30.AddDays(4));

        Assert.Equal((2, EventSubType.AirDroneStrike, PlacePrecision.Point, IncidentStatus.Open), (at.Version, at.SubType, at.Location.Precision, at.Status));
        Assert.Equal([Stance.Asserts, Stance.Denies], again.Claims.Select(c => c.Stance));
        Assert.Equal([3, 4], again.Reports.Select(r => r.Id.Value));
        Assert.Equal(Grade.Contested, at.SuggestedGrade.Grade);
        Assert.Equal(zhob.GradeDecisions, at.GradeDecisions);
    }

    [Theory]
    [InlineData(3, 3, 3, 5, 5, 5, 3, 3, 5)] // two exact figures: the range between them, the record's best
    [InlineData(12, 12, null, 3, 3, 3, 3, 12, null)] // "at least 12" and "3 killed"
    [InlineData(null, null, null, 2, 2, 2, 2, 2, 2)] // nothing known yet
    public void Widen_CoversBoth(int? l1, int? b1, int? h1, int? l2, int? b2, int? h2, int? l, int? b, int? h)
    {
        var a = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Civilians] = new(l1, b1, h1) };
        var c = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Civilians] = new(l2, b2, h2), [CasualtyCategory.Militants] = default };
        IReadOnlyDictionary<CasualtyCategory, FatalityRange> w = IncidentMerge.Widen(a, c);
        Assert.Equal(new FatalityRange(l, b, h), w[CasualtyCategory.Civilians]);
        Assert.False(w.ContainsKey(CasualtyCategory.Militants));
    }
}
