using System.Net;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests;

/// <summary>Bad requests are refused with a 400 (or 415) problem that says where, and change nothing.</summary>
public sealed class BadInputTest
{
    public static TheoryData<string, string, string, string> BadBodies() => new()
    {
        // path, body, the pointer the problem names, what the body does wrong
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":34.68,"lon":71.5,""", "/", "malformed" },
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":34.68,"lon":71.5,"description":"d","colour":"red"}""", "/colour", "unknown member" },
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":"north","lon":71.5,"description":"d"}""", "/lat", "wrong type" },
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":34.68,"description":"d"}""", "/", "missing member" },
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":134.68,"lon":71.5,"description":"d"}""", "/lat", "out of range" },
        { "api/incidents", """{"subType":"kite-flying","start":"2026-07-01T03:00:00Z","lat":34.68,"lon":71.5,"description":"d"}""", "/subType", "unknown sub-type" },
        { "api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","end":"2026-06-01T03:00:00Z","lat":34.68,"lon":71.5,"description":"d"}""", "/end", "end before start" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"asserts","statement":"x"}}""", "/", "malformed" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"asserts","statement":"x","source":"y"}""", "/source", "unknown member" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"maybe","statement":"x"}""", "/stance", "wrong type" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"asserts","statement":["x"]}""", "/statement", "wrong type" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","statement":"x"}""", "/", "missing member" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"asserts","statement":"x","fatalities":{"civilians":{"low":4,"high":2}}}""", "/fatalities/civilians", "low above high" },
        { "api/incidents/INC-0001/claims", """{"speaker":"official","stance":"asserts","statement":"x","fatalities":{"civilians":{"low":-1}}}""", "/fatalities/civilians", "negative" },
        { "api/reports", """{"text":"Two drones crossed.","published":"1 July 2026"}""", "/published", "wrong date" },
        { "api/reports", """{"text":"Two drones crossed.","published":"2026-07-01","by":"me"}""", "/by", "unknown member" },
        { "api/reports", """{"published":"2026-07-01"}""", "/", "missing member" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_400ProblemWithPointer_NothingChanged(string path, string body, string pointer, string what)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("facilitator");

        using HttpResponseMessage response = await client.PostAsync(new Uri(path, UriKind.Relative), RecordsApi.Json(path.EndsWith("claims", StringComparison.Ordinal) ? body.Replace("\"speaker\"", "\"party\":\"PK\",\"speaker\"", StringComparison.Ordinal) : body));

        JsonElement problem = await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(pointer == problem.GetProperty("pointer").GetString(), $"{what}: {problem}");
        string detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotMatch(@"System\.|Vigil\.|\.NET", detail); // in the body's terms, not the server's types
        if (what is "unknown member" or "wrong type" or "missing member")
        {
            Assert.Contains(what, detail, StringComparison.Ordinal);
        }

        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Theory]
    [InlineData("api/incidents/INC-0001/claims", """{"party":"PK","speaker":"official","stance":"maybe","statement":"x"}""", "wrong type: want one of asserts, denies, ")]
    [InlineData("api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":"north","lon":71.5,"description":"d"}""", "wrong type: want a number at /lat")]
    [InlineData("api/incidents/INC-0001/claims", """{"party":"PK","speaker":"official","stance":"asserts","statement":["x"]}""", "wrong type: want a string at /statement")]
    [InlineData("api/incidents", """{"subType":"drone-incursion","start":"2026-07-01T03:00:00Z","lat":34.68,"lon":71.5,"description":"d","colour":"red"}""", "unknown member 'colour' at /colour")]
    [InlineData("api/reports", """{"published":"2026-07-01"}""", "missing member 'text' at /")]
    [InlineData("api/incidents/INC-0001/claims", """{"party":"PK","speaker":"official","stance":"asserts","statement":"x","fatalities":{"civilians":{"low":"two"}}}""", "wrong type: want a number at /fatalities/civilians/low")]
    public async Task Post_BadBody_DetailSaysWhatIsWrongInTheBodysTerms(string path, string body, string want)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        using HttpClient client = live.Client("facilitator");

        using HttpResponseMessage response = await client.PostAsync(new Uri(path, UriKind.Relative), RecordsApi.Json(body));

        Assert.Contains(want, (await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "api/incidents/INC-0001/grade", """{"grade":"probable","reason":"r"}""", "/grade")]
    [InlineData("PUT", "api/incidents/INC-0001/grade", """{"grade":"weak"}""", "/")]
    [InlineData("PUT", "api/incidents/INC-0001/grade", """{"grade":"weak","reason":"r","version":"two"}""", "/version")]
    [InlineData("PUT", "api/incidents/INC-0001/status", """{"status":2,"reason":"r"}""", "/status")]
    [InlineData("PUT", "api/incidents/INC-0001/status", """{"status":"closed","reason":" "}""", "/reason")]
    [InlineData("POST", "api/log/cosignatures", """{"witnessKey":"not a key","signature":"— w abc"}""", "/witnessKey")]
    public async Task Put_BadBody_400ProblemWithPointer_NothingChanged(string method, string path, string body, string pointer)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client(path.Contains("cosign", StringComparison.Ordinal) ? "witness" : "facilitator");

        using HttpResponseMessage response = await RecordsApi.SendAsync(client, method, path, RecordsApi.Json(body));

        Assert.Equal(pointer, (await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("pointer").GetString());
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Fact]
    public async Task Post_NotJson_415Problem_NothingChanged()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("facilitator");
        using var body = new StringContent(RecordsApi.OpenBody, Encoding.UTF8, "text/plain");

        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents", UriKind.Relative), body);

        await RecordsApi.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Fact]
    public async Task Evidence_OverTheLimit_400Problem_NothingStored()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("liaison PK");
        using var body = new ByteArrayContent(new byte[(16 << 20) + 1]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/mp4");

        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents/INC-0001/evidence", UriKind.Relative), body);

        Assert.Contains("16 MiB", (await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Fact]
    public async Task Evidence_OverTheLimitWithoutLength_400Problem_NothingStored()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("liaison PK");
        using var body = new StreamContent(new UnsizedStream(new byte[(16 << 20) + 100]));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/mp4");

        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents/INC-0001/evidence", UriKind.Relative), body);

        await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Theory]
    [InlineData(null, "api/incidents/INC-0001/evidence")]
    [InlineData("image/jpeg", "api/incidents/INC-0001/evidence?name=")]
    [InlineData("image/jpeg", "api/incidents/INC-0001/evidence?name=..%2Fetc%2Fpasswd")]
    public async Task Evidence_WithoutMediaTypeOrWithABadName_400Problem_NothingStored(string? mediaType, string path)
    {
        await using LiveServer live = await LiveServer.StartAsync();
        await RecordsApi.OpenAsync(live, "facilitator");
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("facilitator");
        using var body = new ByteArrayContent([1, 2, 3]);
        if (mediaType is not null)
        {
            body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        using HttpResponseMessage response = await client.PostAsync(new Uri(path, UriKind.Relative), body);

        await RecordsApi.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    [Fact]
    public async Task Evidence_ForAnUnknownRecord_404Problem_NothingStored()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        var before = RecordsApi.Counts(live);
        using HttpClient client = live.Client("facilitator");
        using var body = new ByteArrayContent([1, 2, 3]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");

        using HttpResponseMessage response = await client.PostAsync(new Uri("api/incidents/INC-0042/evidence", UriKind.Relative), body);

        await RecordsApi.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, RecordsApi.Counts(live));
    }

    /// <summary>A stream that does not say how long it is, so the client sends it chunked.</summary>
    private sealed class UnsizedStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
