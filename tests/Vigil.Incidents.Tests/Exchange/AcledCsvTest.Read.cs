using Vigil.Core;
using Vigil.Incidents.Exchange;

namespace Vigil.Incidents.Tests.Exchange;

public sealed partial class AcledCsvTest
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Exchange", "acled-sample.csv");

    [Fact]
    public void Read_Sample_KeepsGoodRowsAndReportsBadOnesByLineAndColumn()
    {
        AcledImport import = ReadSample();

        Assert.Equal(["PAK90001", "TJK90002", "AFG90003", "PAK90006"], import.Records.Select(r => r.ExternalId));
        Assert.Equal(2, import.Errors.Count);
        Assert.Equal(new AcledRowError(6, "latitude", "latitude '34.8N' is not a number"), import.Errors[0]);
        Assert.Equal(new AcledRowError(7, "sub_event_type", "sub_event_type 'Protest with intervention' is not one Vigil records"), import.Errors[1]);
    }

    [Fact]
    public void Read_LongDateStyle_ReadAsThatDay()
    {
        IncidentRecord r = ReadSample().Records[0];

        Assert.Equal(DatePrecision.Day, r.TimePrecision);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), r.Start);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero), r.End);
    }

    [Fact]
    public void Read_Sample_DraftsCarryTypePlaceActorsAndFatalities()
    {
        IncidentRecord r = ReadSample().Records[0];

        Assert.Equal((default(IncidentRecordId), 0), (r.Id, r.Version));
        Assert.Equal(EventSubType.AirDroneStrike, r.SubType);
        Assert.Equal(
            new IncidentLocation
            {
                Precision = PlacePrecision.Point,
                Point = new GeoPoint(34.7302, 71.5211),
                Country = "PK",
                Admin1 = "Khyber Pakhtunkhwa",
                Admin2 = "Bajaur",
                Name = "Khar",
            },
            r.Location);
        Assert.Equal(
            [
                new IncidentActor("Unidentified Armed Group (Afghanistan)", "AF", ActorKind.PoliticalMilitia),
                new IncidentActor("Military Forces of Pakistan (2018-)", "PK", ActorKind.StateForces),
            ],
            r.Actors);
        Assert.Equal(FatalityRange.Exactly(0), r.Fatalities[CasualtyCategory.Unknown]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1782892800), r.UpdatedAt);
    }

    [Fact]
    public void Read_Sample_RowIsOneClaimOfTheSource()
    {
        IncidentRecord r = ReadSample().Records[1];

        Claim claim = Assert.Single(r.Claims);
        Assert.Equal(Party.Organisation("ACLED"), claim.Party);
        Assert.Equal(Stance.Asserts, claim.Stance);
        Assert.Equal(r.Description + " Sources: Asia-Plus; Reuters.", claim.Statement);
        Assert.Equal(FatalityRange.Exactly(3), claim.Fatalities[CasualtyCategory.Unknown]);
        Assert.Equal(Grade.Weak, r.SuggestedGrade.Grade);
    }

    [Fact]
    public void Read_QuotedLineBreak_KeptInTheNotes()
    {
        IncidentRecord r = ReadSample().Records[1];

        Assert.EndsWith("near the border.\nThree Chinese workers were killed.", r.Description, StringComparison.Ordinal);
        Assert.Equal("TJ", r.Location.Country);
        Assert.Equal(PlacePrecision.District, r.Location.Precision);
    }

    [Fact]
    public void Read_WeekAndMonth_WidenedToTheirPeriods()
    {
        AcledImport import = ReadSample();
        IncidentRecord week = import.Records[2], month = import.Records[3];

        Assert.Equal((DatePrecision.Week, new DateTimeOffset(2026, 7, 6, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 12, 23, 59, 59, TimeSpan.Zero)), (week.TimePrecision, week.Start, week.End));
        Assert.Equal((DatePrecision.Month, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 6, 30, 23, 59, 59, TimeSpan.Zero)), (month.TimePrecision, month.Start, month.End));
        Assert.Equal(PlacePrecision.Province, month.Location.Precision);
    }

    [Fact]
    public void Read_AssociatedActors_TakeTheirActorsCodeAndTheSideTheirNameGives()
    {
        IncidentRecord r = ReadSample().Records[2];

        Assert.Equal(
            [
                new IncidentActor("Military Forces of Afghanistan (2021-)", "AF", ActorKind.StateForces),
                new IncidentActor("Police Forces of Afghanistan (2021-)", "AF", ActorKind.StateForces),
                new IncidentActor("Military Forces of Pakistan (2018-)", "PK", ActorKind.StateForces),
                new IncidentActor("Police Forces of Pakistan (2018-) Frontier Corps", "PK", ActorKind.StateForces),
            ],
            r.Actors);
    }

    [Fact]
    public void Read_MissingRequiredColumn_OneErrorForTheWholeFile()
    {
        string csv = "event_id_cnty,event_date,event_type,sub_event_type,country,longitude,fatalities\r\n"
            + "PAK1,2026-06-30,Strategic developments,Drone incursion,Pakistan,69.45,0\r\n"
            + "PAK2,2026-07-01,Strategic developments,Drone incursion,Pakistan,69.46,0\r\n";

        AcledImport import = Read(csv);

        Assert.Empty(import.Records);
        Assert.Equal([new AcledRowError(1, "latitude", "the required column latitude is missing")], import.Errors);
    }

    [Fact]
    public void Read_ColumnsInAnyOrderWithExtras_FoundByName()
    {
        string csv = "Fatalities,my_note,LONGITUDE,latitude,country,sub_event_type,event_type,event_date\n"
            + "2,ignored,69.4510,31.3412,Pakistan,Drone incursion,Strategic developments,2026-06-30\n";

        IncidentRecord r = Assert.Single(Read(csv).Records);

        Assert.Equal(new GeoPoint(31.3412, 69.4510), r.Location.Point);
        Assert.Equal(FatalityRange.Exactly(2), r.TotalFatalities);
        Assert.Null(r.ExternalId);
        Assert.Empty(r.Actors);
    }

    [Theory]
    [InlineData("2026-06-31,Strategic developments,Drone incursion,Pakistan,31.3,69.4,0", "event_date")]
    [InlineData("2026-06-30,Battles,Drone incursion,Pakistan,31.3,69.4,0", "event_type")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Iran,31.3,69.4,0", "country")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,91,69.4,0", "latitude")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,NaN,69.4,0", "latitude")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,31.3,69.4,0x1", "fatalities")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,31.3,,0", "longitude")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,31.3,69.4,-1", "fatalities")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,31.3,69.4,", "fatalities")]
    [InlineData("2026-06-30,Strategic developments,Drone incursion,Pakistan,31.3,69.4", "")]
    public void Read_BadField_RowSkippedWithItsColumn(string row, string column)
    {
        string csv = "event_date,event_type,sub_event_type,country,latitude,longitude,fatalities\r\n" + row + "\r\n"
            + "2026-07-01,Strategic developments,Drone incursion,Pakistan,31.3,69.4,0\r\n";

        AcledImport import = Read(csv);

        AcledRowError error = Assert.Single(import.Errors);
        Assert.Equal((2, column), (error.Line, error.Column));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(import.Records).Start);
    }

    [Theory]
    [InlineData("3,4,5,", "fatalities")]
    [InlineData("3,1,2,", "fatalities")]
    [InlineData("3,,,Taliban [AF]", "actors")]
    [InlineData("3,,,\"Taliban (AF, 9)\"", "actors")]
    [InlineData("3,,,\"Taliban (Afghanistan, 1)\"", "actors")]
    public void Read_BadVigilField_RowSkippedWithItsColumn(string vigilFields, string column)
    {
        AcledRowError error = Assert.Single(ReadWithVigilColumns(vigilFields).Errors);

        Assert.Equal((2, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("0,,,", null, null, null)]
    [InlineData("0,,5,", null, null, 5)]
    [InlineData("3,,,", null, 3, null)]
    [InlineData("3,2,6,", 2, 3, 6)]
    [InlineData("0,0,0,", 0, 0, 0)]
    public void Read_VigilFatalityColumns_LowBestAndHigh(string vigilFields, int? low, int? best, int? high)
    {
        IncidentRecord r = Assert.Single(ReadWithVigilColumns(vigilFields).Records);

        Assert.Equal(new FatalityRange(low, best, high), r.TotalFatalities);
    }

    [Fact]
    public void Read_VigilActorsColumn_TakesPrecedenceOverAcledActors()
    {
        IncidentRecord r = Assert.Single(ReadWithVigilColumns("0,,,\"Tajik border guards (TJ, 1); smugglers (8)\"").Records);

        Assert.Equal([new IncidentActor("Tajik border guards", "TJ", ActorKind.StateForces), new IncidentActor("smugglers", null, ActorKind.External)], r.Actors);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportedAtTheLineItOpens()
    {
        string csv = "event_date,event_type,sub_event_type,country,latitude,longitude,fatalities\r\n"
            + "2026-07-01,Strategic developments,Drone incursion,Pakistan,31.3,69.4,0\r\n"
            + "2026-07-02,\"Strategic developments,Drone incursion,Pakistan,31.3,69.4,0\r\n";

        AcledImport import = Read(csv);

        Assert.Single(import.Records);
        Assert.Equal([new AcledRowError(3, "", "a quoted field is not closed before the end of the file")], import.Errors);
    }

    [Fact]
    public void Read_EmptyText_OneError()
    {
        Assert.Equal([new AcledRowError(1, "", "the file is empty; an ACLED file begins with a header row")], Read("").Errors);
    }

    private static AcledImport ReadSample()
    {
        using var reader = new StreamReader(SamplePath);
        return AcledCsv.Read(reader, "ACLED");
    }

    private static AcledImport ReadWithVigilColumns(string vigilFields) => Read(
        "event_date,event_type,sub_event_type,country,latitude,longitude,actor1,inter1,fatalities,fatalities_low,fatalities_high,actors\r\n"
        + "2026-06-30,Strategic developments,Drone incursion,Tajikistan,37.7831,70.1547,Military Forces of Tajikistan (1994-),1," + vigilFields + "\r\n");

    private static AcledImport Read(string csv) => AcledCsv.Read(new StringReader(csv), "ACLED");
}
