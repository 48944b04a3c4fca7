using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Live;

namespace Vigil.Server.Tests;

public sealed class NotificationsApiTest
{
    [Fact]
    public async Task PkLiaisonOpensOnTheAfPkBorder_AfNotifiedOnce_AfAcknowledges_PkMayNot()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using EventHub.Subscription events = live.Server.Services.GetRequiredService<EventHub>().Subscribe();
        await RecordsApi.OpenAsync(live, "liaison PK");
        using HttpClient af = live.Client("liaison AF"), pk = live.Client("liaison PK");

        JsonElement notification = Assert.Single((await af.GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray());
        Assert.Equal(("INC-0001", "AF"), (notification.GetProperty("incident").GetString(), notification.GetProperty("party").GetString()));
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("secondsToAcknowledge").ValueKind);
        Assert.Empty((await pk.GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray());
        long id = notification.GetProperty("id").GetInt64();

        using (HttpResponseMessage refused = await pk.PostAsync(new Uri($"api/notifications/{id}/acknowledge", UriKind.Relative), null))
        {
            await RecordsApi.ProblemAsync(refused, HttpStatusCode.Forbidden);
        }

        using HttpResponseMessage acknowledged = await af.PostAsync(new Uri($"api/notifications/{id}/acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        JsonElement after = await acknowledged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("(liaison AF)", after.GetProperty("acknowledgedBy").GetString(), StringComparison.Ordinal);
        DateTimeOffset sent = after.GetProperty("sentAt").GetDateTimeOffset(), at = after.GetProperty("acknowledgedAt").GetDateTimeOffset();
        Assert.Equal((at - sent).TotalSeconds, after.GetProperty("secondsToAcknowledge").GetDouble(), precision: 3);
        Assert.True(after.GetProperty("secondsToAcknowledge").GetDouble() >= 0);

        using (HttpResponseMessage again = await af.PostAsync(new Uri($"api/notifications/{id}/acknowledge", UriKind.Relative), null))
        {
            await RecordsApi.ProblemAsync(again, HttpStatusCode.Conflict);
        }

        JsonElement listed = Assert.Single((await live.Client("observer").GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray());
        Assert.Equal(after.GetProperty("acknowledgedAt").GetString(), listed.GetProperty("acknowledgedAt").GetString());

        var sentTo = new List<string?>();
        while (events.Reader.TryRead(out ServerEvent e))
        {
            if (e.Name == "notification")
            {
                sentTo.Add(e.Party);
                Assert.Equal(id, JsonDocument.Parse(e.Data).RootElement.GetProperty("id").GetInt64());
            }
        }

        Assert.Equal(["AF", "AF"], sentTo); // sent, then acknowledged
    }

    [Fact]
    public async Task FacilitatorOpens_BothSidesOfTheBorderNotified()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient observer = live.Client("observer"), operatorAf = live.Client("operator AF");

        JsonElement[] all = [.. (await observer.GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray()];
        Assert.Equal(["AF", "PK"], all.Select(n => n.GetProperty("party").GetString()));
        Assert.Equal(["AF"], (await operatorAf.GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray().Select(n => n.GetProperty("party").GetString()));
    }

    [Fact]
    public async Task Report_OpeningARecord_ItsActorsSidesNotified()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient facilitator = live.Client("facilitator");
        using HttpResponseMessage added = await facilitator.PostAsync(
            new Uri("api/reports", UriKind.Relative), RecordsApi.Json(JsonSerializer.Serialize(new { text = RecordsApi.ReportText, published = "2026-07-01", source = "Quetta Courier" })));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        JsonElement opened = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incidents").EnumerateArray().First(i => i.GetProperty("opened").GetBoolean());
        string incident = opened.GetProperty("id").GetString()!;

        JsonElement record = (await facilitator.GetFromJsonAsync<JsonElement>($"api/incidents/{incident}")).GetProperty("record");
        string?[] sides = [.. record.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("side").GetString()).OfType<string>().Distinct()];
        Assert.NotEmpty(sides);
        JsonElement[] notified = [.. (await facilitator.GetFromJsonAsync<JsonElement>("api/notifications")).GetProperty("notifications").EnumerateArray()
            .Where(n => n.GetProperty("incident").GetString() == incident)];
        Assert.Equal(sides.Order(), notified.Select(n => n.GetProperty("party").GetString()).Order());
    }

    [Fact]
    public async Task Acknowledge_UnknownNotification_404Problem()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient af = live.Client("liaison AF");
        using HttpResponseMessage response = await af.PostAsync(new Uri("api/notifications/77/acknowledge", UriKind.Relative), null);
        await RecordsApi.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stream_NotificationReachesOnlyTheNotifiedParty_EveryVersionReachesAll()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        using HttpClient af = live.Client("liaison AF"), pk = live.Client("liaison PK");
        await using SseReader afStream = await SseReader.OpenAsync(af);
        await using SseReader pkStream = await SseReader.OpenAsync(pk);

        await RecordsApi.OpenAsync(live, "liaison PK");
        using (HttpResponseMessage claimed = await pk.PostAsync(
            new Uri("api/incidents/INC-0001/claims", UriKind.Relative), RecordsApi.Json("""{"speaker":"official","stance":"asserts","statement":"Shot down."}""")))
        {
            Assert.Equal(HttpStatusCode.Created, claimed.StatusCode);
        }

        // Each stream delivers in publication order, so whatever reached it about the opening came before version 2.
        Assert.Equal(["incident 1", "notification AF", "incident 2"], await RecordEventsAsync(afStream));
        Assert.Equal(["incident 1", "incident 2"], await RecordEventsAsync(pkStream));
    }

    /// <summary>The stream's incident and notification events up to INC-0001's version 2.</summary>
    private static async Task<List<string>> RecordEventsAsync(SseReader stream)
    {
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!seen.Contains("incident 2"))
        {
            (string name, JsonElement data) = await stream.NextAsync(timeout.Token);
            if (name == "incident")
            {
                seen.Add($"incident {data.GetProperty("version").GetInt32()}");
            }
            else if (name == "notification")
            {
                seen.Add($"notification {data.GetProperty("party").GetString()}");
            }
        }

        return seen;
    }
}
