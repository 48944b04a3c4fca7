using Vigil.Incidents.Exchange;

namespace Vigil.Incidents.Tests.Exchange;

public sealed partial class AcledCsvTest
{
    private const string Header =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
        + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
        + "source,source_scale,notes,fatalities,tags,timestamp,"
        + "vigil_id,fatalities_low,fatalities_high,injuries_best,grade,grade_suggested,status,actors\r\n";

    [Fact]
    public void Write_HandBuiltRecord_GivesTheGoldenHeaderAndRow()
    {
        string expected = Header
            + "VIGIL-INC-0007,2026-06-30,2026,1,Political violence,Explosions/Remote violence,Air/drone strike,"
            + "Pakistani security forces,Pakistani military,1,Taliban,,1,11,,"
            + "586,South Asia,Pakistan,Khyber Pakhtunkhwa,Bajaur,,Khar,34.7302,71.5211,1,"
            + "Dawn; Tolo News; Vigil sensors,,"
            + "\"Pakistani air defence brought down a drone over Khar, Bajaur; ISPR said it \"\"carried explosives\"\".\","
            + "3,,1782892800,"
            + "INC-0007,2,3,4,fair,fair,under-review,"
            + "\"Pakistani security forces (PK, 1); Pakistani military (PK, 1); Taliban (AF, 1)\"\r\n";

        Assert.Equal(expected, Write(ExchangeRecords.Bajaur()));
    }

    [Fact]
    public void Write_NotesWithCommasQuotesAndNewlines_QuotedAsRfc4180()
    {
        IncidentRecord r = ExchangeRecords.Bajaur() with { Description = "Line one, with \"quotes\";\nline two\r\nline three" };

        string csv = Write(r);

        Assert.Contains(",\"Line one, with \"\"quotes\"\";\nline two\r\nline three\",", csv, StringComparison.Ordinal);
        AcledImport back = Read(csv);
        Assert.Empty(back.Errors);
        Assert.Equal(r.Description, Assert.Single(back.Records).Description);
    }

    [Fact]
    public void Write_ExternalId_WrittenAsEventIdAndVigilIdBeside()
    {
        string[] row = Fields(Write(ExchangeRecords.KunarClash()));

        Assert.Equal("AFG90003", row[0]);
        Assert.Equal("INC-0012", row[31]);
    }

    [Fact]
    public void Write_WeekAndMonth_DatedByTheirMiddle()
    {
        Assert.Equal(["2026-07-09", "2026", "2"], Fields(Write(ExchangeRecords.KunarClash()))[1..4]);
        Assert.Equal(["2026-06-15", "2026", "3"], Fields(Write(ExchangeRecords.BalochistanSeizure()))[1..4]);
    }

    [Fact]
    public void Write_UnknownDate_WrittenAsMonthPrecisionAtTheMiddleOfItsWindow()
    {
        IncidentRecord r = ExchangeRecords.Bajaur() with
        {
            TimePrecision = DatePrecision.Unknown,
            Start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero),
        };

        Assert.Equal(["2026-06-15", "2026", "3"], Fields(Write(r))[1..4]);
    }

    [Fact]
    public void Write_SingleActor_InteractionIsItsCodeThenZero()
    {
        string[] row = Fields(Write(ExchangeRecords.BalochistanSeizure()));

        Assert.Equal(["Pakistani security forces", "", "1", "", "", "", "10"], row[7..14]);
        Assert.Equal("Strategic developments", row[4]);
    }

    [Fact]
    public void Write_CiviliansTargeted_LowerInterFirstAndCivilianTargeting()
    {
        IncidentRecord r = ExchangeRecords.TajikIncursion() with
        {
            SubType = EventSubType.AirDroneStrike,
            Actors = [new IncidentActor("Chinese workers", "CN", ActorKind.Civilians), new IncidentActor("unidentified armed group", "AF", ActorKind.PoliticalMilitia)],
        };

        string[] row = Fields(Write(r));

        Assert.Equal(["Chinese workers", "", "7", "unidentified armed group", "", "3", "37", "Civilian targeting"], row[7..15]);
    }

    [Fact]
    public void Write_CountryOnlyAndNothingKnown_EmptyPointAndZeroFatalities()
    {
        string[] row = Fields(Write(ExchangeRecords.BalochistanSeizure() with { Location = ExchangeRecords.TajikIncursion().Location }));

        Assert.Equal(["762", "Caucasus and Central Asia", "Tajikistan", "", "", "", "", "", "", ""], row[15..25]);
        Assert.Equal("0", row[28]);
        Assert.Equal(["", ""], row[32..34]);
    }

    [Fact]
    public void Write_NoRecords_HeaderOnly()
    {
        var text = new StringWriter();
        AcledCsv.Write(text, []);
        Assert.Equal(Header, text.ToString());
    }

    private static string Write(params IncidentRecord[] records)
    {
        var text = new StringWriter();
        AcledCsv.Write(text, records);
        return text.ToString();
    }

    /// <summary>The first data row's fields, for rows without quoted commas or line breaks.</summary>
    private static string[] Fields(string csv) => csv.Split("\r\n")[1].Split(',');
}
