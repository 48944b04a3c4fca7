using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Alerts;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Server.Tests;

/// <summary>Alerts, acknowledgements and responses over real HTTP, on a run stored before the server started.</summary>
public sealed class AlertsTest
{
    private static readonly DateTimeOffset Received = new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Run 1: A0001 AF → PK (Zhob), A0002 AF → TJ; both received at <see cref="Received"/>.</summary>
    private static void Seed(string db)
    {
        using SqliteStore store = SqliteStore.Open(db, new ManualClock(Received));
        RunId run = store.BeginRun("test", 1, Received);
        store.SaveAlerts(run, [Crossing(1, "PK", "Zhob"), Crossing(2, "TJ", "Shuroobod")]);
    }

    private static Alert Crossing(int id, string to, string sector) => new()
    {
        Id = new AlertId(id),
        Kind = AlertKind.BorderCrossing,
        Time = new DateTimeOffset(2026, 6, 30, 1, 29, 54, TimeSpan.Zero),
        RaisedAt = new DateTimeOffset(2026, 6, 30, 1, 30, 1, TimeSpan.Zero),
        TrackId = new TrackId(1644),
        TrackIds = [new TrackId(1644)],
        Position = new GeoPoint(31.70, 69.20, 1800),
        Border = $"AF-{to}",
        From = "AF",
        To = to,
        Sector = sector,
        Classification = ObjectClass.Drone,
        Probability = 0.996,
    };

    /// <summary>A server whose clock reads 42 s after the alerts were received.</summary>
    private static Task<LiveServer> StartAsync() =>
        LiveServer.StartAsync(Seed, o => o with { Clock = new ManualClock(Received.AddSeconds(42)) });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Alerts_LatestRun_EveryFieldWithReceivedAt()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("observer");
        JsonElement list = await client.GetFromJsonAsync<JsonElement>("api/alerts");
        Assert.Equal(1, list.GetProperty("run").GetInt64());
        JsonElement a = list.GetProperty("alerts")[0];
        Assert.Equal("A0001", a.GetProperty("id").GetString());
        Assert.Equal("border-crossing", a.GetProperty("kind").GetString());
        Assert.Equal("T1644", a.GetProperty("trackId").GetString());
        Assert.Equal("T1644", a.GetProperty("trackIds")[0].GetString());
        Assert.Equal(Received, a.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 1, 30, 1, TimeSpan.Zero), a.GetProperty("raisedAt").GetDateTimeOffset());
        Assert.Equal(31.70, a.GetProperty("lat").GetDouble());
        Assert.Equal("AF", a.GetProperty("from").GetString());
        Assert.Equal("PK", a.GetProperty("to").GetString());
        Assert.Equal("Zhob", a.GetProperty("sector").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("province").ValueKind);
        Assert.Equal("drone", a.GetProperty("classification").GetString());
        Assert.Equal(0, a.GetProperty("relatedAlertIds").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("acknowledgement").ValueKind);
        Assert.Equal(0, a.GetProperty("responses").GetArrayLength());
    }

    [Fact]
    public async Task Alerts_UnknownRun_404()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("observer");
        using HttpResponseMessage response = await client.GetAsync(new Uri("api/alerts?run=7", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Alerts_NoRunStored_EmptyList()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient client = live.Client("observer");
        JsonElement list = await client.GetFromJsonAsync<JsonElement>("api/alerts");
        Assert.Equal(JsonValueKind.Null, list.GetProperty("run").ValueKind);
        Assert.Equal(0, list.GetProperty("alerts").GetArrayLength());
    }

    [Fact]
    public async Task Acknowledge_OperatorOfTheParty_ReactionTimeFromReceipt()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), Json("""{"note":"seen on the Zhob radar"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement ack = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledgement");
        Assert.Equal(42, ack.GetProperty("reactionSeconds").GetDouble());
        Assert.Equal(Received.AddSeconds(42), ack.GetProperty("at").GetDateTimeOffset());
        Assert.Matches(@"^key k[0-9a-f]{12} \(operator PK\)$", ack.GetProperty("by").GetString());
        Assert.Equal("seen on the Zhob radar", ack.GetProperty("note").GetString());

        JsonElement listed = (await client.GetFromJsonAsync<JsonElement>("api/alerts?run=1")).GetProperty("alerts")[0];
        Assert.Equal(42, listed.GetProperty("acknowledgement").GetProperty("reactionSeconds").GetDouble());
    }

    [Fact]
    public async Task Acknowledge_WithoutBody_Ok()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator AF");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/1/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Acknowledge_Twice_409NamesTheFirst()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient pk = live.Client("operator PK");
        using HttpClient af = live.Client("operator AF");
        (await pk.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), null)).EnsureSuccessStatusCode();
        using HttpResponseMessage second = await af.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        JsonElement problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already acknowledged by key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("(operator PK)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_OperatorOfAnotherParty_403()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0002/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("from AF to TJ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("liaison PK")]
    [InlineData("facilitator")]
    [InlineData("observer")]
    public async Task Acknowledge_NotAnOperator_403(string holder)
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client(holder);
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Acknowledge_UnknownAlert_404()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0009/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Respond_Jammed_201WithSecondsAfterReceived()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0001/responses", UriKind.Relative),
            Json("""{"action":"jammed","note":"control link jammed from post 7"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^R[0-9]{4}$", created.GetProperty("id").GetString());
        Assert.Equal("jammed", created.GetProperty("action").GetString());
        Assert.Equal(42, created.GetProperty("secondsAfterReceived").GetDouble());

        (await client.PostAsync(new Uri("api/alerts/A0001/responses", UriKind.Relative), Json("""{"action":"no-action"}"""))).EnsureSuccessStatusCode();
        JsonElement alert = (await client.GetFromJsonAsync<JsonElement>("api/alerts")).GetProperty("alerts")[0];
        Assert.Equal(["jammed", "no-action"], alert.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("action").GetString()));
        Assert.Equal(JsonValueKind.Null, alert.GetProperty("acknowledgement").ValueKind);
    }

    [Fact]
    public async Task AcknowledgeAndRespond_EachLoggedInTheTransparencyLog()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        (await client.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), Json("""{"note":"on screen"}"""))).EnsureSuccessStatusCode();
        (await client.PostAsync(new Uri("api/alerts/A0001/responses", UriKind.Relative), Json("""{"action":"intercepted"}"""))).EnsureSuccessStatusCode();

        string checkpoint = await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative));
        long size = long.Parse(checkpoint.Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, size);
        var entries = new List<JsonElement>();
        for (long i = 0; i < size; i++)
        {
            JsonElement leaf = await client.GetFromJsonAsync<JsonElement>($"api/log/entries/{i}");
            entries.Add(JsonDocument.Parse(leaf.GetProperty("leaf").GetBytesFromBase64()).RootElement);
        }

        Assert.All(entries, e => Assert.Equal(("alert-action", 1, "A0001"), (e.GetProperty("type").GetString(), e.GetProperty("run").GetInt32(), e.GetProperty("alert").GetString())));
        Assert.Equal(("acknowledged", "on screen"), (entries[0].GetProperty("action").GetString(), entries[0].GetProperty("note").GetString()));
        Assert.Equal(("response", "intercepted"), (entries[1].GetProperty("action").GetString(), entries[1].GetProperty("response").GetString()));
        Assert.Contains("(operator PK)", entries[1].GetProperty("by").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Respond_UnknownAction_400WithPointer()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient client = live.Client("operator PK");
        using HttpResponseMessage response = await client.PostAsync(new Uri("api/alerts/A0001/responses", UriKind.Relative), Json("""{"action":"nuked"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonElement problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/action", problem.GetProperty("pointer").GetString());
    }

    [Fact]
    public async Task Acknowledge_Streams_AlertUpdate()
    {
        await using LiveServer live = await StartAsync();
        using HttpClient watcher = live.Client("liaison AF");
        await using SseReader stream = await SseReader.OpenAsync(watcher);
        await stream.NextAsync((n, _) => n == "tracks", TimeSpan.FromSeconds(20));

        using HttpClient client = live.Client("operator PK");
        (await client.PostAsync(new Uri("api/alerts/A0001/acknowledge", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (_, JsonElement update) = await stream.NextAsync((n, _) => n == "alert-update", TimeSpan.FromSeconds(20));
        Assert.Equal("A0001", update.GetProperty("id").GetString());
        Assert.Equal(42, update.GetProperty("acknowledgement").GetProperty("reactionSeconds").GetDouble());
    }
}
