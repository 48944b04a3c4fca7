using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Alerts;
using Vigil.Core;
using Vigil.Ledger.Crypto;
using Vigil.Ledger.Notes;
using Vigil.Server.Live;
using Vigil.Storage;
using Vigil.Tracking;

namespace Vigil.Server.Tests;

/// <summary>
/// Every endpoint of the API against every role and no key: one row per endpoint, saying who gets
/// a 2xx; everyone else with a key gets 403 and no key 401, exactly. To cover a new endpoint, add
/// a row (the completeness test fails until every mapped endpoint has one).
/// </summary>
public sealed class EndpointMatrixTest
{
    private const string None = "(no key)";
    private const string OperatorPk = "operator PK", OperatorAf = "operator AF", LiaisonPk = "liaison PK", LiaisonAf = "liaison AF";
    private const string Facilitator = "facilitator", Witness = "witness", Observer = "observer";

    /// <summary>Every holder a request is tried with.</summary>
    private static readonly string[] Holders = [None, OperatorPk, OperatorAf, LiaisonPk, LiaisonAf, Facilitator, Witness, Observer];

    private static readonly string[] AllKeys = [.. Holders.Skip(1)];
    private static readonly string[] Anyone = Holders;
    private static readonly string[] Openers = [OperatorPk, OperatorAf, LiaisonPk, LiaisonAf, Facilitator];

    /// <summary>
    /// The table. Paths may name the fixture's <c>{incident}</c>, <c>{evidence}</c>, <c>{report}</c>
    /// and <c>{track}</c>, or <c>{fresh alert}</c> (an AF → PK crossing not acknowledged yet) and
    /// <c>{fresh AF notification}</c> (a new record is opened for each request), so that each holder
    /// acknowledges one of its own. Bodies are valid, so that only access decides.
    /// </summary>
    private static readonly Row[] Table =
    [
        new("GET", "/api/health", Anyone),
        new("GET", "/api/me", AllKeys),
        new("GET", "/openapi/v1.json", Anyone),
        new("GET", "/api/geo/borders", Anyone),
        new("GET", "/api/geo/admin", Anyone),
        new("GET", "/api/geo/places", Anyone),
        new("HEAD", "/api/geo/borders", Anyone),
        new("HEAD", "/api/geo/admin", Anyone),
        new("HEAD", "/api/geo/places", Anyone),

        new("GET", "/api/stream", AllKeys),
        new("GET", "/api/stream?tracks=false", AllKeys),
        new("GET", "/api/tracks/stream", AllKeys),
        new("GET", "/api/tracks", AllKeys),
        new("GET", "/api/tracks?trail=60", AllKeys, Accept: "application/vnd.vigil.tracks"),
        new("GET", "/api/tracks/{track}", AllKeys),
        new("GET", "/api/alerts", AllKeys),
        new("POST", "/api/alerts/{fresh alert}/acknowledge", [OperatorPk, OperatorAf]),
        new("POST", "/api/alerts/A0001/responses", [OperatorPk, OperatorAf], _ => Json("""{"action":"observed","note":"watched it cross"}""")),

        new("GET", "/api/incidents", AllKeys),
        new("GET", "/api/incidents/{incident}", AllKeys),
        new("POST", "/api/incidents", Openers, _ => Json(RecordsApi.OpenBody)),
        new("POST", "/api/incidents/{incident}/claims", [LiaisonPk, Facilitator],
            _ => Json("""{"party":"PK","speaker":"spokesperson","stance":"asserts","statement":"Our air defence brought it down."}""")),
        new("PUT", "/api/incidents/{incident}/grade", [Facilitator], _ => Json("""{"grade":"weak","reason":"one source so far"}""")),
        new("PUT", "/api/incidents/{incident}/status", [Facilitator], _ => Json("""{"status":"under-review","reason":"claims are in"}""")),
        new("GET", "/api/incidents/{incident}/bundle", AllKeys),

        new("POST", "/api/incidents/{incident}/evidence", Openers, _ => Bytes([1, 2, 3, 4], "image/png")),
        new("GET", "/api/evidence/{evidence}", AllKeys),
        new("GET", "/api/evidence/{evidence}/custody", AllKeys),

        new("GET", "/api/reports", AllKeys),
        new("GET", "/api/reports/{report}", AllKeys),
        new("POST", "/api/reports", [Facilitator], _ => Json(JsonSerializer.Serialize(new { text = RecordsApi.ReportText, published = "2026-07-01", source = "Matrix Post" }))),

        new("GET", "/api/log/checkpoint", AllKeys),
        new("GET", "/api/log/key", AllKeys),
        new("GET", "/api/log/entries/0", AllKeys),
        new("GET", "/api/log/proof/inclusion?index=0", AllKeys),
        new("GET", "/api/log/proof/consistency?from=1", AllKeys),
        new("POST", "/api/log/cosignatures", [Witness], CosignatureAsync),

        new("GET", "/api/export/incidents?format=acled", AllKeys),
        new("GET", "/api/export/incidents?format=geojson", AllKeys),
        new("GET", "/api/export/incidents?format=json", AllKeys),

        new("GET", "/api/notifications", AllKeys),
        new("POST", "/api/notifications/{fresh AF notification}/acknowledge", [LiaisonAf]),
    ];

    [Fact]
    public async Task Table_EveryEndpointAndHolder_2xxOr401Or403Exactly()
    {
        await using LiveServer live = await LiveServer.StartAsync(Fixture.SeedAlerts);
        Fixture fixture = await Fixture.CreateAsync(live);
        var wrong = new List<string>();
        foreach (Row row in Table)
        {
            foreach (string holder in Holders)
            {
                string path = await fixture.ResolveAsync(row.Path);
                using HttpClient client = live.Client(holder == None ? null : holder);
                if (row.Accept is not null)
                {
                    client.DefaultRequestHeaders.Accept.ParseAdd(row.Accept);
                }

                using HttpContent? body = row.Body is null ? null : await row.Body(fixture);
                using HttpResponseMessage response = await RecordsApi.SendAsync(client, row.Method, path.TrimStart('/'), body);
                int got = (int)response.StatusCode;
                string want = holder == None && !row.Admitted.Contains(None) ? "401" : row.Admitted.Contains(holder) ? "2xx" : "403";
                bool ok = want == "2xx" ? got is >= 200 and < 300 : got.ToString(System.Globalization.CultureInfo.InvariantCulture) == want;
                if (ok && want != "2xx")
                {
                    ok = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                }

                if (!ok)
                {
                    wrong.Add($"{row.Method} {row.Path} as {holder}: got {got} {await response.Content.ReadAsStringAsync()}, want {want}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Table_CoversEveryMappedEndpoint()
    {
        await using LiveServer live = await LiveServer.StartAsync();
        var covered = Table.Select(r => (r.Method, Route(r.Path))).ToHashSet();
        string[] missing =
        [
            .. live.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                    .Select(m => (Method: m, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
                .Where(e => !covered.Any(c => c.Item1 == e.Method && Matches(c.Item2, e.Pattern)))
                .Select(e => $"{e.Method} {e.Pattern}"),
        ];
        Assert.True(missing.Length == 0, "add a row to EndpointMatrixTest.Table for: " + string.Join(", ", missing));
    }

    /// <summary>A row's path without its query, its placeholders as route parameters.</summary>
    private static string Route(string path) => path.Split('?')[0];

    /// <summary>Whether a row's path fits a route pattern (a <c>{…}</c> segment on either side matches any segment).</summary>
    private static bool Matches(string path, string pattern)
    {
        string[] a = path.Split('/'), b = pattern.Split('/');
        return a.Length == b.Length && a.Zip(b).All(p => p.First == p.Second || p.First.StartsWith('{') || p.Second.StartsWith('{'));
    }

    private static Task<HttpContent> Json(string json) => Task.FromResult<HttpContent>(RecordsApi.Json(json));

    private static Task<HttpContent> Bytes(byte[] content, string mediaType)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return Task.FromResult<HttpContent>(body);
    }

    /// <summary>A valid cosignature of the log's checkpoint as it stands, by the fixture's witness.</summary>
    private static async Task<HttpContent> CosignatureAsync(Fixture f)
    {
        using HttpClient client = f.Live.Client(Observer);
        string note = await client.GetStringAsync(new Uri("api/log/checkpoint", UriKind.Relative));
        Assert.True(SignedNote.TryParse(note, out SignedNote? signed, out string error), error);
        Assert.True(Checkpoint.TryParse(signed.Text, out Checkpoint? checkpoint, out error), error);
        string line = f.Witness.Sign(checkpoint).ToNoteSignature().ToLine();
        return RecordsApi.Json(JsonSerializer.Serialize(new { witnessKey = f.Witness.Verifier.VerifierKey, signature = line, size = checkpoint.Size }));
    }

    /// <summary>One endpoint: method, path, the holders that get a 2xx, a valid body, and the media type asked for.</summary>
    private sealed record Row(string Method, string Path, string[] Admitted, Func<Fixture, Task<HttpContent>>? Body = null, string? Accept = null);

    /// <summary>What the rows refer to: a record, its evidence, a report, a track, alerts, a witness.</summary>
    private sealed class Fixture
    {
        private const int Alerts = 2 * 8;
        private int _alerts;

        private Fixture(LiveServer live, string incident, string evidence, string report)
        {
            Live = live;
            Incident = incident;
            Evidence = evidence;
            Report = report;
        }

        public LiveServer Live { get; }

        public string Incident { get; }

        public string Evidence { get; }

        public string Report { get; }

        public CosignatureSigner Witness { get; } = new("witness.example/w1", Ed25519PrivateKey.Generate(), TimeProvider.System);

        /// <summary>Run 1: <see cref="Alerts"/> border crossings from AF into PK.</summary>
        public static void SeedAlerts(string db)
        {
            DateTimeOffset t0 = new(2026, 6, 30, 1, 29, 54, TimeSpan.Zero);
            using SqliteStore store = SqliteStore.Open(db, TimeProvider.System);
            RunId run = store.BeginRun("matrix", 1, t0);
            store.SaveAlerts(run, [.. Enumerable.Range(1, Alerts).Select(i => new Alert
            {
                Id = new AlertId(i),
                Kind = AlertKind.BorderCrossing,
                Time = t0.AddSeconds(i),
                RaisedAt = t0.AddSeconds(i + 5),
                TrackId = new TrackId(i),
                TrackIds = [new TrackId(i)],
                Position = new GeoPoint(31.70, 69.20, 1800),
                Border = "AF-PK",
                From = "AF",
                To = "PK",
                Sector = "Zhob",
                Classification = ObjectClass.Drone,
                Probability = 0.99,
            })]);
        }

        public static async Task<Fixture> CreateAsync(LiveServer live)
        {
            live.Server.Services.GetRequiredService<LivePicture>().Apply([new LiveTrack
            {
                Id = new TrackId(3),
                At = new DateTimeOffset(2026, 6, 30, 1, 30, 0, TimeSpan.Zero),
                Position = new GeoPoint(34.0, 71.0, 1500),
                SpeedMps = 14.2,
                HeadingDeg = 39.8,
                Class = LiveClass.Drone,
                Probability = 0.97,
                Status = TrackStatus.Confirmed,
                Sector = "Bajaur",
            }]);

            string incident = (await RecordsApi.OpenAsync(live, Facilitator)).GetProperty("id").GetString()!;
            string evidence = await RecordsApi.UploadAsync(live, Facilitator, incident, [9, 8, 7]);
            using HttpClient client = live.Client(Facilitator);
            using HttpResponseMessage added = await client.PostAsync(
                new Uri("api/reports", UriKind.Relative),
                RecordsApi.Json(JsonSerializer.Serialize(new { text = RecordsApi.ReportText, published = "2026-07-01" })));
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
            string report = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetString()!;
            return new Fixture(live, incident, evidence, report);
        }

        public async Task<string> ResolveAsync(string path)
        {
            if (path.Contains("{fresh AF notification}", StringComparison.Ordinal))
            {
                string opened = (await RecordsApi.OpenAsync(Live, Facilitator)).GetProperty("id").GetString()!;
                using HttpClient client = Live.Client(Observer);
                JsonElement list = await client.GetFromJsonAsync<JsonElement>("api/notifications");
                long id = list.GetProperty("notifications").EnumerateArray()
                    .Single(n => n.GetProperty("incident").GetString() == opened && n.GetProperty("party").GetString() == "AF").GetProperty("id").GetInt64();
                path = path.Replace("{fresh AF notification}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            if (path.Contains("{fresh alert}", StringComparison.Ordinal))
            {
                _alerts++;
                Assert.True(_alerts < Alerts, "seed more alerts");
                path = path.Replace("{fresh alert}", new AlertId(_alerts + 1).ToString(), StringComparison.Ordinal); // A0001 takes the responses
            }

            return path.Replace("{incident}", Incident, StringComparison.Ordinal)
                .Replace("{track}", "T0003", StringComparison.Ordinal)
                .Replace("{evidence}", Evidence, StringComparison.Ordinal)
                .Replace("{report}", Report, StringComparison.Ordinal);
        }
    }
}
