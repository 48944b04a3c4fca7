using System.Text.Json;
using Vigil.Incidents.Exchange;

namespace Vigil.Incidents.Tests.Exchange;

public sealed class IncidentGeoJsonTest
{
    [Fact]
    public void Write_Records_FeatureCollectionWithOneFeatureEach()
    {
        using JsonDocument doc = Write(ExchangeRecords.Bajaur(), ExchangeRecords.TajikIncursion());
        JsonElement root = doc.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.Equal(2, root.GetProperty("features").GetArrayLength());
        Assert.All(root.GetProperty("features").EnumerateArray(), f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
    }

    [Fact]
    public void Write_Point_LongitudeThenLatitude()
    {
        using JsonDocument doc = Write(ExchangeRecords.Bajaur());
        JsonElement geometry = Feature(doc, 0).GetProperty("geometry");

        Assert.Equal("Point", geometry.GetProperty("type").GetString());
        Assert.Equal([71.5211, 34.7302], geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void Write_CoordinatesRoundedToSixDecimals()
    {
        IncidentRecord r = ExchangeRecords.Bajaur() with { Location = ExchangeRecords.Bajaur().Location with { Point = new Vigil.Core.GeoPoint(34.73021234, 71.52119876) } };

        using JsonDocument doc = Write(r);

        Assert.Equal("[71.521199,34.730212]", Feature(doc, 0).GetProperty("geometry").GetProperty("coordinates").GetRawText());
    }

    [Fact]
    public void Write_CountryOnly_NullGeometryAndNullPlaceNames()
    {
        using JsonDocument doc = Write(ExchangeRecords.TajikIncursion());
        JsonElement feature = Feature(doc, 0);
        JsonElement p = feature.GetProperty("properties");

        Assert.Equal(JsonValueKind.Null, feature.GetProperty("geometry").ValueKind);
        Assert.Equal("TJ", p.GetProperty("country").GetString());
        Assert.Equal("country", p.GetProperty("locationPrecision").GetString());
        Assert.All(["admin1", "admin2", "location", "border", "sector", "grade"], name => Assert.Equal(JsonValueKind.Null, p.GetProperty(name).ValueKind));
        Assert.Equal(JsonValueKind.Null, p.GetProperty("fatalities").GetProperty("low").ValueKind);
        Assert.Equal(5, p.GetProperty("fatalities").GetProperty("high").GetInt32());
    }

    [Fact]
    public void Write_Properties_AsDocumented()
    {
        using JsonDocument doc = Write(ExchangeRecords.Bajaur());
        JsonElement p = Feature(doc, 0).GetProperty("properties");

        Assert.Equal(
            [
                "id", "type", "subType", "start", "end", "timePrecision", "country", "admin1", "admin2", "location", "locationPrecision",
                "border", "sector", "actors", "fatalities", "status", "grade", "suggestedGrade", "claims", "reports",
            ],
            p.EnumerateObject().Select(x => x.Name));
        Assert.Equal("INC-0007", p.GetProperty("id").GetString());
        Assert.Equal("Explosions/Remote violence", p.GetProperty("type").GetString());
        Assert.Equal("Air/drone strike", p.GetProperty("subType").GetString());
        Assert.Equal("2026-06-30T00:00:00Z", p.GetProperty("start").GetString());
        Assert.Equal("2026-06-30T23:59:59Z", p.GetProperty("end").GetString());
        Assert.Equal("day", p.GetProperty("timePrecision").GetString());
        Assert.Equal(["Pakistani security forces", "Pakistani military", "Taliban"], p.GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("{\"low\":2,\"best\":3,\"high\":3}", p.GetProperty("fatalities").GetRawText());
        Assert.Equal("under-review", p.GetProperty("status").GetString());
        Assert.Equal(("fair", "fair"), (p.GetProperty("grade").GetString(), p.GetProperty("suggestedGrade").GetString()));
        Assert.Equal((1, 3), (p.GetProperty("claims").GetInt32(), p.GetProperty("reports").GetInt32()));
        Assert.Equal(("AF-PK", "Bajaur"), (p.GetProperty("border").GetString(), p.GetProperty("sector").GetString()));
    }

    [Fact]
    public void Write_NoRecords_EmptyCollection()
    {
        using JsonDocument doc = Write();
        Assert.Equal(0, doc.RootElement.GetProperty("features").GetArrayLength());
    }

    private static JsonDocument Write(params IncidentRecord[] records)
    {
        var stream = new MemoryStream();
        IncidentGeoJson.Write(stream, records);
        return JsonDocument.Parse(stream.ToArray());
    }

    private static JsonElement Feature(JsonDocument doc, int i) => doc.RootElement.GetProperty("features")[i];
}
