using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Live;

namespace Vigil.Server.Tests;

public sealed class IncidentsApiTest
{
    [Fact]
    public async Task Open_AsLiaison_201WithPlaceFromTheBordersAndTheWriterRecorded()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("liaison PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents", UriKind.Relative), RecordsApi.Json(RecordsApi.OpenBody));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/incidents/INC-0001", response.Headers.Location?.OriginalString);
        JsonElement record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, record.GetProperty("version").GetInt32());
        Assert.Equal("Drone incursion", record.GetProperty("subType").GetString());
        JsonElement location = record.GetProperty("location");
        Assert.Equal(("PK", "Khyber Pakhtunkhwa", "Bajaur"), (location.GetProperty("country").GetString(), location.GetProperty("admin1").GetString(), location.GetProperty("admin2").GetString()));
        Assert.Equal("AF-PK", record.GetProperty("border").GetString());

        JsonElement detail = await client.GetFromJsonAsync<JsonElement>("api/incidents/1");
        JsonElement version = Assert.Single(detail.GetProperty("versions").EnumerateArray());
        Assert.StartsWith("key k", version.GetProperty("by").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("(liaison PK)", version.GetProperty("by").GetString(), StringComparison.Ordinal);
        Assert.True(version.GetProperty("included").GetBoolean());
        JsonElement ledger = detail.GetProperty("ledger");
        Assert.Equal(version.GetProperty("logIndex").GetInt64(), ledger.GetProperty("logIndex").GetInt64());
        Assert.True(ledger.GetProperty("included").GetBoolean());
    }

    [Fact]
    public async Task List_AfterWrites_OneRowPerRecordWithTheDocumentedFields()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "operator PK");
        await RecordsApi.OpenAsync(live, "facilitator", """{"subType":"Air/drone strike","start":"2026-07-02T10:00:00Z","end":"2026-07-02T10:05:00Z","lat":37.5,"lon":70.9,"border":"AF-TJ","description":"A strike near Darvoz","name":"Darvoz crossing"}""");
        using HttpClient client = live.Client("observer");

        JsonElement list = await client.GetFromJsonAsync<JsonElement>("api/incidents");

        JsonElement[] rows = [.. list.GetProperty("incidents").EnumerateArray()];
        Assert.Equal(["INC-0001", "INC-0002"], rows.Select(r => r.GetProperty("id").GetString()));
        string[] fields =
        [
            "id", "version", "updatedAt", "type", "subType", "start", "end", "lat", "lon", "place", "admin1", "admin2", "country", "border", "sector",
            "status", "grade", "suggestedGrade", "fatalities", "claims", "parties", "evidence", "logIndex", "included",
        ];
        Assert.Equal(fields, rows[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Darvoz crossing", rows[1].GetProperty("place").GetString());
        Assert.Equal("AF-TJ", rows[1].GetProperty("border").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("grade").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("fatalities").ValueKind);
        Assert.True(rows[1].GetProperty("included").GetBoolean());
    }

    [Fact]
    public async Task List_StatusAndBorderFilters_OnlyMatchingRows()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient facilitator = live.Client("facilitator");
        using (HttpResponseMessage closed = await facilitator.PutAsync(new Uri("api/incidents/INC-0002/status", UriKind.Relative), RecordsApi.Json("""{"status":"closed","reason":"a duplicate"}""")))
        {
            Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        }

        using HttpClient client = live.Client("observer");
        Assert.Equal(["INC-0002"], await Ids(client, "api/incidents?status=closed"));
        Assert.Equal(["INC-0001"], await Ids(client, "api/incidents?status=open"));
        Assert.Equal(["INC-0001", "INC-0002"], await Ids(client, "api/incidents?border=AF-PK"));
        Assert.Empty(await Ids(client, "api/incidents?border=AF-TJ"));
        using HttpResponseMessage bad = await client.GetAsync(new Uri("api/incidents?status=pending", UriKind.Relative));
        await RecordsApi.ProblemAsync(bad, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Claim_LiaisonForOwnParty_NewVersionWithTheClaimAndItsFigures()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("liaison AF");

        using HttpResponseMessage response = await client.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative),
            RecordsApi.Json("""{"speaker":"unnamed-source","stance":"denies","statement":"No drone left Afghan territory.","at":"2026-07-01T08:00:00Z","fatalities":{"civilians":{"low":0,"best":0,"high":1}}}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, record.GetProperty("version").GetInt32());
        JsonElement claim = Assert.Single(record.GetProperty("claims").EnumerateArray());
        Assert.Equal(("AF", "side", "unnamed-source", "denies"), (claim.GetProperty("party").GetString(), claim.GetProperty("partyKind").GetString(), claim.GetProperty("speaker").GetString(), claim.GetProperty("stance").GetString()));
        Assert.Equal(1, claim.GetProperty("fatalities").GetProperty("civilians").GetProperty("high").GetInt32());
        JsonElement row = (await live.Client("observer").GetFromJsonAsync<JsonElement>("api/incidents")).GetProperty("incidents")[0];
        Assert.Equal(1, row.GetProperty("claims").GetInt32());
        Assert.Equal(["AF"], row.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        JsonElement detail = await client.GetFromJsonAsync<JsonElement>("api/incidents/INC-0001");
        JsonElement v2 = detail.GetProperty("versions")[1];
        Assert.Equal("claim by AF: denies", v2.GetProperty("change").GetString());
        Assert.EndsWith("(liaison AF)", v2.GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_LiaisonForAnotherParty_403AndNothingChanged()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("liaison PK");

        using HttpResponseMessage response = await client.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative),
            RecordsApi.Json("""{"party":"AF","speaker":"official","stance":"confirms","statement":"We launched it."}"""));

        JsonElement problem = await RecordsApi.ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("own side", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Fact]
    public async Task Claim_FacilitatorNamingNoParty_400PointsAtParty()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("facilitator");

        using HttpResponseMessage response = await client.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative), RecordsApi.Json("""{"speaker":"outlet","stance":"asserts","statement":"Seen over the post."}"""));

        Assert.Equal("/party", (await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Claim_FacilitatorForAnOutlet_RecordedWithItsKind()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("facilitator");

        using HttpResponseMessage response = await client.PostAsync(
            new Uri("api/incidents/1/claims", UriKind.Relative),
            RecordsApi.Json("""{"party":"Frontier Post","partyKind":"outlet","speaker":"outlet","stance":"asserts","statement":"Residents saw it fall."}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement claim = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claims")[0];
        Assert.Equal(("Frontier Post", "outlet"), (claim.GetProperty("party").GetString(), claim.GetProperty("partyKind").GetString()));
    }

    [Fact]
    public async Task Grade_StaleVersion_409AndNothingChanged_CurrentVersion_Graded()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("facilitator");
        using (HttpResponseMessage status = await client.PutAsync(new Uri("api/incidents/INC-0001/status", UriKind.Relative), RecordsApi.Json("""{"status":"under-review","reason":"weighing it","version":1}""")))
        {
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        }

        var before = RecordsApi.Counts(live);
        using HttpResponseMessage stale = await client.PutAsync(new Uri("api/incidents/INC-0001/grade", UriKind.Relative), RecordsApi.Json("""{"grade":"weak","reason":"one source","version":1}"""));
        Assert.Contains("version 2", (await RecordsApi.ProblemAsync(stale, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, RecordsApi.Counts(live));

        using HttpResponseMessage graded = await client.PutAsync(new Uri("api/incidents/INC-0001/grade", UriKind.Relative), RecordsApi.Json("""{"grade":"contested","reason":"the sides disagree","version":2}"""));
        Assert.Equal(HttpStatusCode.OK, graded.StatusCode);
        JsonElement record = await graded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, record.GetProperty("version").GetInt32());
        JsonElement decision = Assert.Single(record.GetProperty("gradeDecisions").EnumerateArray());
        Assert.Equal("contested", decision.GetProperty("grade").GetString());
        Assert.EndsWith("(facilitator)", decision.GetProperty("by").GetString(), StringComparison.Ordinal);
        Assert.Equal("contested", (await live.Client("observer").GetFromJsonAsync<JsonElement>("api/incidents")).GetProperty("incidents")[0].GetProperty("grade").GetString());
    }

    [Theory]
    [InlineData("GET", "api/incidents/INC-0099")]
    [InlineData("GET", "api/incidents/nonsense")]
    [InlineData("GET", "api/incidents/INC-0099/bundle")]
    [InlineData("PUT", "api/incidents/INC-0099/status")]
    public async Task UnknownRecord_404Problem(string method, string path)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("facilitator");
        using HttpResponseMessage response = await RecordsApi.SendAsync(client, method, path, method == "GET" ? null : RecordsApi.Json("""{"status":"closed","reason":"r"}"""));
        await RecordsApi.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Writes_EachNewVersion_AnnouncedOnTheEventHub()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using EventHub.Subscription events = live.Server.Services.GetRequiredService<EventHub>().Subscribe();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("liaison PK");
        using HttpResponseMessage claimed = await client.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative), RecordsApi.Json("""{"speaker":"official","stance":"asserts","statement":"Shot down."}"""));
        Assert.Equal(HttpStatusCode.Created, claimed.StatusCode);

        var incidents = new List<(string? Id, int Version, string? Change)>();
        while (events.Reader.TryRead(out ServerEvent e))
        {
            if (e.Name == "incident")
            {
                JsonElement data = JsonDocument.Parse(e.Data).RootElement;
                incidents.Add((data.GetProperty("id").GetString(), data.GetProperty("version").GetInt32(), data.GetProperty("change").GetString()));
                Assert.Null(e.Party);
            }
        }

        Assert.Equal([("INC-0001", 1, "opened"), ("INC-0001", 2, "claim by PK: asserts")], incidents);
    }

    [Fact]
    public async Task Writes_Concurrent_EveryRecordListedAndEveryVersionLogged()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        string[] writers = ["operator PK", "operator AF", "liaison PK", "liaison AF", "facilitator"];
        await Task.WhenAll(writers.Select(async w =>
        {
            for (int i = 0; i < 4; i++)
            {
                await RecordsApi.OpenAsync(live, w);
                using HttpClient reader = live.Client("observer");
                JsonElement list = await reader.GetFromJsonAsync<JsonElement>("api/incidents");
                Assert.NotEqual(0, list.GetProperty("incidents").GetArrayLength());
            }
        }));

        using HttpClient client = live.Client("observer");
        JsonElement[] rows = [.. (await client.GetFromJsonAsync<JsonElement>("api/incidents")).GetProperty("incidents").EnumerateArray()];
        Assert.Equal(20, rows.Length);
        Assert.Equal(20, rows.Select(r => r.GetProperty("logIndex").GetInt64()).Distinct().Count());
        Assert.All(rows, r => Assert.True(r.GetProperty("included").GetBoolean()));
        Assert.Equal(20, RecordsApi.Counts(live).Log);
    }

    private static async Task<string[]> Ids(HttpClient client, string path) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("incidents").EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];
}
