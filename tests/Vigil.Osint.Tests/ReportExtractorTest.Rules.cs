using System.Globalization;

namespace Vigil.Osint.Tests;

/// <summary>The rule classes for dates, places, types, deaths and claims, each with sentences written for these tests.</summary>
public sealed partial class ReportExtractorTest
{
    private static IReadOnlyList<CandidateEvent> All(string text, string? source = null) => Fixtures.Extractor.Extract(text, Wednesday, source);

    private static (string, Stance)[] ClaimsOf(CandidateEvent e) => [.. e.Claims.Select(c => (c.Party.Name, c.Stance))];

    [Theory]
    [InlineData("KABUL, June 30 - Drones crossed into Zhob on Sunday.", "2026-06-28", DatePrecision.Day)]
    [InlineData("The army said on Tuesday that drones crossed into Zhob on 27 June.", "2026-06-27", DatePrecision.Day)]
    [InlineData("The army said on Tuesday that drones had crossed into Zhob.", "2026-06-30", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob two days ago.", "2026-06-29", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob the day before yesterday.", "2026-06-29", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob over the weekend.", "2026-06-22", DatePrecision.Week)]
    [InlineData("A drone crossed into Zhob on the 14th.", "2026-06-14", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob on 3rd June.", "2026-06-03", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob on Jun. 3.", "2026-06-03", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob in the early hours of Monday.", "2026-06-29", DatePrecision.Day)]
    [InlineData("A drone crossed into Zhob late on Wednesday.", "2026-07-01", DatePrecision.Day)]
    [InlineData("A website reported on Monday that a drone had crossed into Zhob earlier that day.", "2026-06-29", DatePrecision.Day)]
    public void Extract_DatelineOrStatementDate_GivesWayToTheEventDate(string text, string date, DatePrecision precision)
    {
        CandidateEvent e = One(text);

        Assert.Equal((DateOnly.Parse(date, CultureInfo.InvariantCulture), precision), (e.Date!.Value, e.DatePrecision));
    }

    [Theory]
    [InlineData("A drone launched from the Lalpur area of Nangarhar province was shot down over Mohmand district.", "Mohmand")]
    [InlineData("Rockets fired from across the border in Kunar hit a market in Chitral.", "Chitral")]
    [InlineData("Guards in Kunduz seized weapons in Imam Sahib district.", "Imam Sahib")]
    [InlineData("RAWALPINDI: Troops exchanged fire with militants in Bajaur.", "Bajaur")]
    [InlineData("Two drones flew over Zhob before turning back towards Afghanistan's Paktika province.", "Zhob")]
    public void Extract_OriginOrContainerOrDateline_IsNotThePlace(string text, string place)
    {
        Assert.Equal(place, One(text).Place!.Name);
    }

    [Fact]
    public void Extract_ParagraphAboutTheOrigin_OpensNoEvent()
    {
        CandidateEvent e = One("Drones crossed into Zhob on Sunday, officials said.\n\nThe drones had been launched from Paktika province, officials said.");

        Assert.Equal("Zhob", e.Place!.Name);
    }

    [Fact]
    public void Extract_SeparateIncidentOfTheSameKind_OpensAnotherEvent()
    {
        IReadOnlyList<CandidateEvent> events = All("A drone strike hit a house in Barmal, officials said.\n\nSeparately, a drone strike hit a car in Kunar's Dangam district.");

        Assert.Equal(["Barmal", "Dangam"], events.Select(e => e.Place!.Name));
    }

    [Theory]
    [InlineData("Troops held a counter-drone drill near Chaman on Monday, launching several drones.")]
    [InlineData("Smugglers were seen near the Panj river on Monday.")]
    public void Extract_DrillOrMereMention_NoEvent(string text)
    {
        Assert.Empty(All(text));
    }

    [Theory]
    [InlineData("Police intercepted a truck carrying four drones near Chaman.")]
    [InlineData("Guards recovered a cache of weapons and a quadcopter near Panj.")]
    [InlineData("Customs officers impounded two drones at Torkham.")]
    public void Extract_GoodsTaken_IsASeizure(string text)
    {
        Assert.Equal(EventSubType.DisruptedWeaponsUse, One(text).SubType);
    }

    [Theory]
    [InlineData("Five people, including two children, were killed when mortar shells hit a house in Kurram.", 5, 5, 5)]
    [InlineData("Troops neutralised four militants in a clash at Torkham. One soldier embraced shahadat.", 5, 5, 5)]
    [InlineData("Shelling hit a house in Kurram; no one inside was hurt.", 0, 0, 0)]
    [InlineData("Two soldiers were wounded but no one was killed in a clash at Torkham.", 0, 0, 0)]
    [InlineData("One soldier was killed and two others wounded in a clash at Torkham.", 1, 1, 1)]
    [InlineData("An airstrike in Khost claimed the lives of nine people.", 9, 9, 9)]
    [InlineData("A drone strike in Khost killed a man and his two sons.", 3, 3, 3)]
    [InlineData("Rockets hit Angoor Adda, killing between 3 and 5 people.", 3, null, 5)]
    [InlineData("Shelling hit Kurram. No fatalities were reported.", 0, 0, 0)]
    public void Extract_DeathPhrasing_GivesTheRange(string text, int? low, int? best, int? high)
    {
        Assert.Equal(new FatalityRange(low, best, high), One(text).Fatalities);
    }

    [Fact]
    public void Extract_CountInADenial_IsNotAdded()
    {
        CandidateEvent e = One("Troops killed ten militants in a clash at Torkham, officials said. The Taliban denied the figure, saying two soldiers died.");

        Assert.Equal(new FatalityRange(10, 10, 10), e.Fatalities);
    }

    [Fact]
    public void Extract_CasualtiesNotKnown_IsUnknown()
    {
        Assert.False(One("Shelling hit Kurram on Monday. Casualty figures were not available.").Fatalities.IsKnown);
    }

    [Theory]
    [InlineData("Drones crossed into Zhob on Sunday, a security official, speaking on condition of anonymity, said.", "unnamed security source", Stance.Asserts)]
    [InlineData("Taliban spokesman Zabihullah Mujahid said Pakistani jets bombed Barmal.", "Zabihullah Mujahid", Stance.Asserts)]
    [InlineData("A drone strike hit a house in Barmal, the Paktika police spokesman said.", "Taliban", Stance.Asserts)]
    [InlineData("Guards seized drones smuggled into Chaman, a spokesman for the provincial government said.", "Balochistan government", Stance.Asserts)]
    [InlineData("District commissioner Karim Shah said a drone crossed into Zhob.", "unnamed official", Stance.Asserts)]
    [InlineData("Residents say a drone flew over Zhob.", "local residents", Stance.Asserts)]
    [InlineData("An Afghan news website reported that a drone strike hit Barmal.", "unnamed news agency", Stance.Asserts)]
    public void Extract_Speaker_IsFoundInItsClause(string text, string party, Stance stance)
    {
        Assert.Equal((party, stance), ClaimsOf(One(text))[0]);
    }

    [Fact]
    public void Extract_Admitted_Confirms()
    {
        CandidateEvent e = One("A drone strike hit Barmal, Afghan officials said. Pakistan's military admitted the strike.");

        Assert.Equal([("unnamed official", Stance.Asserts), ("Pakistani military", Stance.Confirms)], ClaimsOf(e));
    }

    [Fact]
    public void Extract_QuotationOfSeveralSentences_IsOneClaimOfItsSpeaker()
    {
        CandidateEvent e = One("A drone crossed into Zhob on Sunday.\n\n\"It flew over the bazaar. Then it turned back,\" said Akbar Jan, a farmer.");

        Assert.Equal([("local residents", Stance.Asserts)], ClaimsOf(e));
    }

    [Fact]
    public void Extract_ItSaid_CarriesOnTheStatement()
    {
        CandidateEvent e = One("The ISPR said a drone was shot down over Zhob. No one was hurt, it said.");

        Assert.Equal([("ISPR", Stance.Asserts)], ClaimsOf(e));
    }

    [Fact]
    public void Extract_DidNotSay_IsNoClaim()
    {
        CandidateEvent e = One("Residents say a drone flew over Zhob. The police did not say whether it was fired on.");

        Assert.Equal([("local residents", Stance.Asserts)], ClaimsOf(e));
    }

    [Theory]
    [InlineData("Kabul's authorities called the claim propaganda.")]
    [InlineData("\"Afghanistan has not sent any drone,\" a Taliban spokesman said.")]
    [InlineData("The Taliban said they had no information about the incident.")]
    [InlineData("The Taliban rejected the claim.")]
    public void Extract_Denial_IsReadFromWordsAndNegation(string denial)
    {
        CandidateEvent e = One("A drone crossed into Zhob, the ISPR said. " + denial);

        Assert.Equal([("ISPR", Stance.Asserts), ("Taliban", Stance.Denies)], ClaimsOf(e));
    }

    [Fact]
    public void Extract_ReportRemoved_IsRetractedByItsOutlet()
    {
        CandidateEvent e = One("A Tajik news website reported that guards clashed with smugglers near Rushan. The article, which cited the border service, was removed within hours.");

        Assert.Equal([("Tajik media", Stance.Asserts), ("Tajik media", Stance.Retracts)], ClaimsOf(e));
    }

    [Fact]
    public void Extract_StatementFramedReport_SpeaksForItsIssuer()
    {
        CandidateEvent e = One(
            "The following is the text of a statement issued by the ISPR.\n\n" +
            "On 28 June, troops exchanged fire with infiltrators in Bajaur. Two militants were killed.\n\n" +
            "Pakistan remains committed to peace.");

        Assert.Equal([("ISPR", Stance.Asserts), ("ISPR", Stance.Asserts)], ClaimsOf(e));
        Assert.Equal(new DateOnly(2026, 6, 28), e.Date);
    }
}
