namespace Vigil.Incidents.Tests;

public sealed class GradeSuggesterTest
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 30, 4, 0, 0, TimeSpan.Zero);
    private static readonly Party Pakistan = Party.Side("Pakistan");
    private static readonly Party Afghanistan = Party.Side("Afghanistan");
    private static readonly Party Outlet = Party.Outlet("Foreign Daily");

    private static Claim C(Party party, Stance stance, int minutes = 0, SpeakerKind speaker = SpeakerKind.Spokesperson) => new()
    {
        Party = party,
        Speaker = speaker,
        At = T0.AddMinutes(minutes),
        Stance = stance,
        Statement = $"{party} {stance}",
    };

    private static GradeSuggestion Suggest(SensorVerdict sensors, int sources, int independent, params Claim[] claims) =>
        GradeSuggester.Suggest(new IncidentFacts { Claims = claims, Sensors = sensors, SourceCount = sources, IndependentSourceCount = independent });

    [Fact]
    public void Suggest_SensorsConfirmAndSideConfirms_Confirmed()
    {
        Claim c = C(Pakistan, Stance.Confirms);
        GradeSuggestion s = Suggest(SensorVerdict.Confirms, 1, 1, c);
        Assert.Equal(Grade.Confirmed, s.Grade);
        Assert.Contains("Pakistan", s.Rationale, StringComparison.Ordinal);
        Assert.Contains("2026-06-30", s.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_SideConfirmsWithoutSensors_NotConfirmed()
    {
        Assert.Equal(Grade.Weak, Suggest(SensorVerdict.NoData, 1, 1, C(Pakistan, Stance.Confirms)).Grade);
    }

    [Fact]
    public void Suggest_OutletConfirmsWithSensors_NotConfirmed()
    {
        Assert.Equal(Grade.Fair, Suggest(SensorVerdict.Confirms, 1, 1, C(Outlet, Stance.Confirms, speaker: SpeakerKind.Outlet)).Grade);
    }

    [Fact]
    public void Suggest_TwoIndependentAssertingNoneDenying_Fair()
    {
        GradeSuggestion s = Suggest(SensorVerdict.NoData, 3, 2, C(Pakistan, Stance.Asserts), C(Outlet, Stance.Asserts));
        Assert.Equal(Grade.Fair, s.Grade);
        Assert.Contains("2 independent sources", s.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_TwoSourcesOneIndependent_Weak()
    {
        Assert.Equal(Grade.Weak, Suggest(SensorVerdict.NoData, 2, 1, C(Pakistan, Stance.Asserts), C(Outlet, Stance.Asserts)).Grade);
    }

    [Fact]
    public void Suggest_SingleSource_Weak()
    {
        GradeSuggestion s = Suggest(SensorVerdict.NoData, 1, 1, C(Pakistan, Stance.Asserts, speaker: SpeakerKind.UnnamedSource));
        Assert.Equal(Grade.Weak, s.Grade);
        Assert.Equal("A single independent source reports the event.", s.Rationale);
    }

    [Fact]
    public void Suggest_NoSources_Weak()
    {
        Assert.Equal(Grade.Weak, Suggest(SensorVerdict.NoData, 0, 0).Grade);
    }

    [Fact]
    public void Suggest_AssertAndDeny_Contested()
    {
        GradeSuggestion s = Suggest(SensorVerdict.NoData, 4, 3, C(Pakistan, Stance.Asserts), C(Outlet, Stance.Asserts), C(Afghanistan, Stance.Denies, 30));
        Assert.Equal(Grade.Contested, s.Grade);
        Assert.Equal("2 claim(s) assert the event and 1 claim(s) deny it.", s.Rationale);
    }

    [Fact]
    public void Suggest_SensorsConfirmAndPartyDenies_Contested()
    {
        Assert.Equal(Grade.Contested, Suggest(SensorVerdict.Confirms, 1, 1, C(Afghanistan, Stance.Denies)).Grade);
    }

    [Fact]
    public void Suggest_DenialRetracted_NotContested()
    {
        Claim[] claims = [C(Pakistan, Stance.Asserts), C(Outlet, Stance.Asserts), C(Afghanistan, Stance.Denies, 10), C(Afghanistan, Stance.Retracts, 60)];
        Assert.Equal(Grade.Fair, Suggest(SensorVerdict.NoData, 2, 2, claims).Grade);
    }

    [Fact]
    public void Suggest_AllAssertionsRetracted_Discounted()
    {
        // A foreign outlet publishes, then deletes its report: the deletion is a retraction at the time of deletion.
        GradeSuggestion s = Suggest(SensorVerdict.NoData, 1, 1, C(Outlet, Stance.Asserts), C(Outlet, Stance.Retracts, 180));
        Assert.Equal(Grade.Discounted, s.Grade);
        Assert.Equal("All 1 claim(s) asserting the event were retracted.", s.Rationale);
    }

    [Fact]
    public void Suggest_RetractionBeforeAssertion_DoesNotWithdrawIt()
    {
        Assert.Equal(Grade.Weak, Suggest(SensorVerdict.NoData, 1, 1, C(Outlet, Stance.Retracts), C(Outlet, Stance.Asserts, 5)).Grade);
    }

    [Fact]
    public void Suggest_RetractionByAnotherParty_DoesNotWithdraw()
    {
        Assert.Equal(Grade.Weak, Suggest(SensorVerdict.NoData, 1, 1, C(Outlet, Stance.Asserts), C(Pakistan, Stance.Retracts, 5)).Grade);
    }

    [Fact]
    public void Suggest_SensorsDisprove_DiscountedEvenIfConfirmed()
    {
        GradeSuggestion s = Suggest(SensorVerdict.Disproves, 2, 2, C(Pakistan, Stance.Confirms), C(Outlet, Stance.Asserts));
        Assert.Equal(Grade.Discounted, s.Grade);
        Assert.StartsWith("Sensors", s.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_ConfirmedWinsOverDenial()
    {
        Assert.Equal(Grade.Confirmed, Suggest(SensorVerdict.Confirms, 2, 2, C(Pakistan, Stance.Confirms), C(Afghanistan, Stance.Denies)).Grade);
    }

    [Fact]
    public void Suggest_SensorsCountAsOneIndependentSource()
    {
        GradeSuggestion s = Suggest(SensorVerdict.Confirms, 1, 1, C(Outlet, Stance.Asserts));
        Assert.Equal(Grade.Fair, s.Grade);
        Assert.Contains("counting the sensor record", s.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(1, 2)]
    [InlineData(0, -1)]
    public void Suggest_BadSourceCounts_Throws(int sources, int independent)
    {
        Assert.Throws<ArgumentException>(() => Suggest(SensorVerdict.NoData, sources, independent));
    }

    [Fact]
    public void Suggest_SameFacts_SameAnswer()
    {
        Claim[] claims = [C(Pakistan, Stance.Asserts), C(Afghanistan, Stance.Denies)];
        Assert.Equal(Suggest(SensorVerdict.NoData, 2, 2, claims), Suggest(SensorVerdict.NoData, 2, 2, claims));
    }
}
