namespace Vigil.Osint.Tests;

public sealed partial class ReportExtractorTest
{
    private static readonly DateOnly Wednesday = new(2026, 7, 1);

    private static CandidateEvent One(string text, DateOnly? published = null, string? source = null) =>
        Assert.Single(Fixtures.Extractor.Extract(text, published ?? Wednesday, source));

    [Theory]
    [InlineData("A drone crossed into Zhob on 30 June.", "2026-06-30", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob on June 30, 2026.", "2026-06-30", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob on Wednesday.", "2026-07-01", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob on Thursday.", "2026-06-25", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob yesterday.", "2026-06-30", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob last night.", "2026-06-30", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob this week.", "2026-06-29", DatePrecision.Week)]
    [InlineData("A drone crossed into Zhob earlier this month.", "2026-07-01", DatePrecision.Month)]
    [InlineData("A drone crossed into Zhob on 2 July.", "2025-07-02", DatePrecision.Day)]
    public void Extract_DateExpression_IsReadAgainstPublication(string text, string date, DatePrecision precision)
    {
        CandidateEvent e = One(text);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision), (e.Date!.Value, e.DatePrecision));
    }

    [Fact]
    public void Extract_NoDate_IsUnknown()
    {
        CandidateEvent e = One("A drone crossed into Zhob.");

        Assert.Equal((null, DatePrecision.Unknown), (e.Date, e.DatePrecision));
    }

    [Theory]
    [InlineData("Three soldiers were killed in a clash at Torkham.", 3, 3, 3)]
    [InlineData("At least a dozen dead after shelling in Kunar.", 12, 12, null)]
    [InlineData("Between 5 and 8 were killed in a clash at Torkham.", 5, null, 8)]
    [InlineData("Dozens of fighters were killed in an airstrike in Khost.", 24, 24, null)]
    [InlineData("The airstrike in Khost killed 14 people.", 14, 14, 14)]
    [InlineData("Up to 20 were killed in an airstrike in Khost.", null, null, 20)]
    [InlineData("Two fighters and one soldier were killed in a clash at Torkham.", 3, 3, 3)]
    [InlineData("A clash at Torkham caused no casualties.", 0, 0, 0)]
    public void Extract_DeathPhrase_GivesTheRange(string text, int? low, int? best, int? high)
    {
        Assert.Equal(new FatalityRange(low, best, high), One(text).Fatalities);
    }

    [Fact]
    public void Extract_NoDeathPhrase_IsUnknown()
    {
        Assert.False(One("A clash at Torkham was reported by residents.").Fatalities.IsKnown);
    }

    [Theory]
    [InlineData("A drone crossed into Zhob.", "Strategic developments", "Drone incursion")]
    [InlineData("A drone strike hit a house in Bajaur.", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("Mortar shells landed in Kurram.", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("Troops exchanged fire at Torkham.", "Battles", "Armed clash")]
    [InlineData("Guards seized drones smuggled across the Panj.", "Strategic developments", "Disrupted weapons use")]
    public void Extract_TriggerWords_GiveTheAcledType(string text, string type, string subType)
    {
        CandidateEvent e = One(text);

        Assert.Equal((type, subType), (EventTypes.TypeName(e.SubType), EventTypes.SubTypeName(e.SubType)));
    }

    [Fact]
    public void Extract_NoTrigger_NoEvent()
    {
        Assert.Empty(Fixtures.Extractor.Extract("Trade resumed at Torkham on Monday, customs officials said.", Wednesday, null));
    }

    [Fact]
    public void Extract_Attributions_GivePartyAndStance()
    {
        CandidateEvent e = One(
            "ISPR said drones from Afghanistan's Paktika were shot down over Zhob. The Afghan Ministry of Defence denied any launch. " +
            "According to a security source, debris was found. Local residents confirmed the explosions. The report was later deleted.");

        Assert.Equal(
            [("ISPR", Stance.Asserts), ("Afghan Ministry of Defence", Stance.Denies), ("unnamed security source", Stance.Asserts),
             ("local residents", Stance.Confirms), ("local residents", Stance.Retracts)],
            e.Claims.Select(c => (c.Party.Name, c.Stance)));
        Assert.Equal("The Afghan Ministry of Defence denied any launch.", e.Claims[1].Statement);
        Assert.Equal(("Zhob", "PK"), (e.Place!.Name, e.Place.CountryIso));
        Assert.Equal(["ISPR", "Afghan Ministry of Defence"], e.Actors);
    }

    [Fact]
    public void Extract_RepeatedParagraph_CountsOnce()
    {
        const string paragraph = "A drone strike in Bajaur killed two people, officials said.";
        CandidateEvent e = One(paragraph + "\n\n" + paragraph.ToUpperInvariant() + "\n\n" + paragraph);

        Assert.Single(e.Sentences);
        Assert.Single(e.Claims);
    }

    [Fact]
    public void Extract_TwoDays_TwoEvents()
    {
        IReadOnlyList<CandidateEvent> events = Fixtures.Extractor.Extract(
            "Forces clashed in Kunar on 4 June.\n\nA drone strike hit Khost's Tani district on 6 June.", Wednesday, null);

        Assert.Equal(2, events.Count);
        Assert.Equal(("Kunar", "Tani"), (events[0].Place!.Name, events[1].Place!.Name));
    }

    [Fact]
    public void Batch_RepublishedReport_CountsOnce()
    {
        var batch = new ReportBatch(Fixtures.Extractor);
        const string text = "A drone strike in Bajaur killed two people.";

        Assert.Single(batch.Extract(text, Wednesday, "A"));
        Assert.Empty(batch.Extract("  a DRONE strike in Bajaur killed two people ", Wednesday, "B"));
        Assert.Equal(1, batch.Repeats);
    }

    [Fact]
    public void ReportFile_Header_GivesPublishedAndSource()
    {
        ReportFile file = ReportFile.Parse("# a note\n# published: 2026-07-01\n# source: Desk\n\nBody.");

        Assert.Equal((new DateOnly(2026, 7, 1), "Desk", "\nBody."), (file.Published!.Value, file.Source, file.Text));
    }
}
