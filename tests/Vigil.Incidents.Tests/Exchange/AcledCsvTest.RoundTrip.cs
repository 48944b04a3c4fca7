using Vigil.Incidents.Exchange;

namespace Vigil.Incidents.Tests.Exchange;

public sealed partial class AcledCsvTest
{
    public static TheoryData<string> RoundTripRecords => ["Bajaur", "KunarClash", "BalochistanSeizure", "TajikIncursion"];

    [Theory]
    [MemberData(nameof(RoundTripRecords))]
    public void WriteThenRead_GivesBackTypeTimePlaceActorsFatalitiesAndId(string name)
    {
        IncidentRecord r = Record(name);

        AcledImport import = Read(Write(r));

        Assert.Empty(import.Errors);
        IncidentRecord back = Assert.Single(import.Records);
        Assert.Equal(r.SubType, back.SubType);
        Assert.Equal((r.Start, r.End, r.TimePrecision), (back.Start, back.End, back.TimePrecision));
        Assert.Equal(r.Location, back.Location);
        Assert.Equal(r.Actors, back.Actors);
        Assert.Equal(r.TotalFatalities, back.TotalFatalities);
        Assert.Equal(IncidentRecord.Total(r.Injuries).Best, IncidentRecord.Total(back.Injuries).Best);
        Assert.Equal(r.ExternalId ?? "VIGIL-" + r.Id, back.ExternalId);
        Assert.Equal(r.Description, back.Description);
        Assert.Equal(r.UpdatedAt, back.UpdatedAt);
    }

    [Fact]
    public void WriteThenRead_NothingKnownOfFatalities_NoCategoryComesBack()
    {
        IncidentRecord back = Assert.Single(Read(Write(ExchangeRecords.BalochistanSeizure())).Records);

        Assert.Empty(back.Fatalities);
    }

    [Fact]
    public void WriteThenRead_ManyRecords_ComeBackInOrder()
    {
        IncidentRecord[] records = [ExchangeRecords.Bajaur(), ExchangeRecords.KunarClash(), ExchangeRecords.BalochistanSeizure(), ExchangeRecords.TajikIncursion()];

        AcledImport import = Read(Write(records));

        Assert.Empty(import.Errors);
        Assert.Equal(["VIGIL-INC-0007", "AFG90003", "VIGIL-INC-0015", "VIGIL-INC-0003"], import.Records.Select(r => r.ExternalId));
    }

    private static IncidentRecord Record(string name) => name switch
    {
        "Bajaur" => ExchangeRecords.Bajaur(),
        "KunarClash" => ExchangeRecords.KunarClash(),
        "BalochistanSeizure" => ExchangeRecords.BalochistanSeizure(),
        _ => ExchangeRecords.TajikIncursion(),
    };
}
