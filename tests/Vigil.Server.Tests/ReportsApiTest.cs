using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Incidents;
using Vigil.Incidents.Exchange;
using Vigil.Storage;

namespace Vigil.Server.Tests;

public sealed class ReportsApiTest
{
    [Fact]
    public async Task Add_NewReport_StoredAndItsEventsRecorded_TheSameTextAgain_NotNewAndNothingChanged()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("facilitator");
        string body = JsonSerializer.Serialize(new { text = RecordsApi.ReportText, published = "2026-07-01", source = "Quetta Courier" });

        using HttpResponseMessage first = await client.PostAsync(new Uri("api/reports", UriKind.Relative), RecordsApi.Json(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/reports/R0001", first.Headers.Location?.OriginalString);
        JsonElement answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("R0001", true), (answer.GetProperty("report").GetString(), answer.GetProperty("isNew").GetBoolean()));
        JsonElement incident = Assert.Single(answer.GetProperty("incidents").EnumerateArray());
        Assert.True(incident.GetProperty("opened").GetBoolean());
        JsonElement record = (await client.GetFromJsonAsync<JsonElement>($"api/incidents/{incident.GetProperty("id").GetString()}")).GetProperty("record");
        Assert.Equal("R0001", Assert.Single(record.GetProperty("reports").EnumerateArray()).GetProperty("id").GetString());
        Assert.NotEmpty(record.GetProperty("claims").EnumerateArray());

        var before = RecordsApi.Counts(live);
        using HttpResponseMessage again = await client.PostAsync(new Uri("api/reports", UriKind.Relative), RecordsApi.Json(body.Replace("Quetta Courier", "Another Paper", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        JsonElement held = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("R0001", false), (held.GetProperty("report").GetString(), held.GetProperty("isNew").GetBoolean()));
        Assert.Empty(held.GetProperty("incidents").EnumerateArray());
        Assert.Equal(before, RecordsApi.Counts(live));

        JsonElement listed = Assert.Single((await client.GetFromJsonAsync<JsonElement>("api/reports")).GetProperty("reports").EnumerateArray());
        Assert.Equal(("R0001", "2026-07-01", "Quetta Courier"), (listed.GetProperty("id").GetString(), listed.GetProperty("published").GetString(), listed.GetProperty("source").GetString()));
        Assert.EndsWith("(facilitator)", listed.GetProperty("addedBy").GetString(), StringComparison.Ordinal);
        JsonElement one = await client.GetFromJsonAsync<JsonElement>("api/reports/R0001");
        Assert.Equal(RecordsApi.ReportText, one.GetProperty("text").GetString());
        Assert.Equal(listed.GetProperty("events").GetInt32(), one.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Add_AReportAboutARecordOnFile_JoinsIt()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator", """{"subType":"drone-incursion","start":"2026-06-30T01:30:00Z","lat":31.3,"lon":69.4,"description":"Drones over Zhob"}""");
        using HttpClient client = live.Client("facilitator");

        using HttpResponseMessage added = await client.PostAsync(
            new Uri("api/reports", UriKind.Relative), RecordsApi.Json(JsonSerializer.Serialize(new { text = RecordsApi.ReportText, published = "2026-07-01" })));

        JsonElement joined = Assert.Single((await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidents").EnumerateArray());
        Assert.Equal(("INC-0001", 2, false), (joined.GetProperty("id").GetString(), joined.GetProperty("version").GetInt32(), joined.GetProperty("opened").GetBoolean()));
    }

    [Theory]
    [InlineData("acled")]
    [InlineData("geojson")]
    [InlineData("json")]
    public async Task Export_EachFormat_TheBytesTheCliWrites(string format)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        await RecordsApi.OpenAsync(live, "liaison AF", """{"subType":"air-drone-strike","start":"2026-07-02T10:00:00Z","lat":37.5,"lon":70.9,"border":"AF-TJ","description":"A strike near Darvoz"}""");
        using HttpClient client = live.Client("observer");

        byte[] served = await client.GetByteArrayAsync(new Uri($"api/export/incidents?format={format}", UriKind.Relative));

        using var expected = new MemoryStream();
        using (SqliteIncidentStore store = SqliteIncidentStore.Open(live.DbPath))
        {
            IReadOnlyList<IncidentRecord> records = store.Current();
            switch (format)
            {
                case "acled":
                    using (var writer = new StreamWriter(expected, new System.Text.UTF8Encoding(false), leaveOpen: true))
                    {
                        AcledCsv.Write(writer, records);
                    }

                    break;
                case "geojson":
                    IncidentGeoJson.Write(expected, records);
                    break;
                default:
                    IncidentJsonList.Write(expected, records);
                    break;
            }
        }

        Assert.Equal(expected.ToArray(), served);
    }
}
