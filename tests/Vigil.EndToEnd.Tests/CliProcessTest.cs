using System.Text.Json;
using Vigil.Ledger.Json;
using Vigil.Ledger.Merkle;

namespace Vigil.EndToEnd.Tests;

/// <summary>The real <c>vigil</c> executable, run as a child process.</summary>
public sealed class CliProcessTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Demo_NoServe_WritesTheSummaryContract()
    {
        string outDir = Path.Combine(_dir, "out");
        (int code, string stdout, string stderr) = Vigil("demo", "--no-serve", "--out", outDir, "--db", Path.Combine(_dir, "v.db"));
        Assert.True(code == 0, stderr);
        Assert.Contains("Incidents", stdout);

        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "summary.json")));
        JsonElement root = doc.RootElement;
        Assert.Equal("2026-06-30-balochistan-bajaur", root.GetProperty("scenario").GetString());
        JsonElement[] alerts = [.. root.GetProperty("alerts").EnumerateArray()];
        Assert.Equal(5, alerts.Count(a => a.GetProperty("kind").GetString() == "border-crossing"));
        Assert.Single(alerts, a => a.GetProperty("kind").GetString() == "swarm");
        foreach (JsonElement a in alerts)
        {
            foreach (string field in new[] { "id", "kind", "trackId", "time", "lat", "lon", "border", "from", "to", "sector", "classification", "probability" })
            {
                Assert.True(a.TryGetProperty(field, out _), $"alert lacks {field}");
            }

            Assert.EndsWith("Z", a.GetProperty("time").GetString());
            Assert.Equal("drone", a.GetProperty("classification").GetString());
        }

        JsonElement[] incidents = [.. root.GetProperty("incidents").EnumerateArray()];
        Assert.Equal(2, incidents.Length);
        Assert.Equal([1, 4], incidents.Select(i => i.GetProperty("droneCount").GetInt32()).Order());
        foreach (JsonElement i in incidents)
        {
            foreach (string field in new[] { "id", "start", "end", "lat", "lon", "sector", "alertIds", "droneCount" })
            {
                Assert.True(i.TryGetProperty(field, out _), $"incident lacks {field}");
            }
        }

        JsonElement[] crossings = [.. root.GetProperty("truth").GetProperty("crossings").EnumerateArray()];
        Assert.Equal(5, crossings.Count(c => c.GetProperty("kind").GetString() == "drone"));

        using JsonDocument tracks = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "tracks.geojson")));
        Assert.Equal("FeatureCollection", tracks.RootElement.GetProperty("type").GetString());
        Assert.True(tracks.RootElement.GetProperty("features").GetArrayLength() >= 5);
        using JsonDocument alertsGeo = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "alerts.geojson")));
        Assert.Equal(alerts.Length, alertsGeo.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public void Demo_LogsEveryAlertAndIncidentVersion_ProvablyInItsCheckpoint()
    {
        string db = Path.Combine(_dir, "v.db"), outDir = Path.Combine(_dir, "out");
        (int code, _, string stderr) = Vigil("demo", "--no-serve", "--out", outDir, "--db", db);
        Assert.True(code == 0, stderr);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "summary.json")));
        JsonElement log = summary.RootElement.GetProperty("log");
        int alerts = summary.RootElement.GetProperty("alerts").GetArrayLength();
        int incidents = summary.RootElement.GetProperty("incidents").GetArrayLength();
        int versions = summary.RootElement.GetProperty("incidents").EnumerateArray().Sum(i => i.GetProperty("alertIds").GetArrayLength());
        const int reportVersions = 2; // the scenario's two reports each add a version to the record they join
        Assert.Equal(alerts + versions + incidents + reportVersions, log.GetProperty("count").GetInt32()); // and each incident's record, opened
        long size = log.GetProperty("treeSize").GetInt64();
        Assert.True(Hash.TryFromBase64(log.GetProperty("root").GetString()!, out Hash root));

        // Every logged record is there as canonical JSON, in the order it happened, and proves into the checkpoint.
        var types = new List<string>();
        for (long i = 0; i < size; i++)
        {
            (code, string leafJson, stderr) = Vigil("log", "leaf", "--db", db, "--index", $"{i}");
            Assert.True(code == 0, stderr);
            byte[] leaf = JsonDocument.Parse(leafJson).RootElement.GetProperty("leaf").GetBytesFromBase64();
            Assert.True(CanonicalJson.TryCanonicalize(leaf, out byte[] canonical, out _));
            Assert.Equal(canonical, leaf);
            types.Add(JsonDocument.Parse(leaf).RootElement.GetProperty("type").GetString()!);

            (code, string proofJson, stderr) = Vigil("log", "prove", "--db", db, "--index", $"{i}", "--size", $"{size}");
            Assert.True(code == 0, stderr);
            JsonElement p = JsonDocument.Parse(proofJson).RootElement;
            Hash[] proof = [.. p.GetProperty("proof").EnumerateArray().Select(h => Hash.From(h.GetBytesFromBase64()))];
            Assert.Equal(Rfc9162.HashLeaf(leaf).ToBase64(), p.GetProperty("leafHash").GetString());
            ProofCheck check = ProofVerifier.VerifyInclusion(i, size, Rfc9162.HashLeaf(leaf), proof, root);
            Assert.True(check.Ok, check.Error);
        }

        Assert.Equal(alerts, types.Count(t => t == "alert"));
        Assert.Equal(incidents + reportVersions, types.Count(t => t == "incident-record"));
        Assert.Equal("alert", types[0]);
        Assert.StartsWith(log.GetProperty("origin").GetString() + "\n" + size + "\n", log.GetProperty("checkpoint").GetString());
    }

    [Fact]
    public void Demo_MalformedScenario_ExitsTwoNamingFileLineAndField()
    {
        string bad = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(bad, File.ReadAllText(Scenarios.Path("2026-06-30-balochistan-bajaur.yaml")).Replace("probabilityOfDetection:", "probabilityOfDetecton:"));
        (int code, _, string stderr) = Vigil("demo", "--no-serve", "--scenario", bad, "--db", Path.Combine(_dir, "v.db"));
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:", stderr);
        Assert.Contains("probabilityOfDetecton", stderr);
    }

    [Fact]
    public void Demo_AllowListFile_RegistersThePatrolAndItsCaptureDecodes()
    {
        string scenarioText = File.ReadAllText(Scenarios.Path("2025-11-26-badakhshan-tajikistan.yaml"));
        string scenario = Path.Combine(_dir, "no-allow-list.yaml");
        File.WriteAllText(scenario, scenarioText.Replace("registeredDrones: [TJBG-PATROL-0042]", ""));
        string allowList = Path.Combine(_dir, "fleet.txt");
        File.WriteAllText(allowList, "# Tajik border guard\nTJBG-PATROL-0042  # patrol quadcopter\n");
        string outDir = Path.Combine(_dir, "out");

        (int code, string stdout, string stderr) = Vigil("demo", "--no-serve", "--scenario", scenario, "--allow-list", allowList, "--out", outDir, "--db", Path.Combine(_dir, "v.db"));

        Assert.True(code == 0, stderr);
        Assert.Contains("as TJBG-PATROL-0042", stdout);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "summary.json")));
        JsonElement alert = Assert.Single(doc.RootElement.GetProperty("alerts").EnumerateArray());
        Assert.Equal("TJ", alert.GetProperty("to").GetString());
        Assert.All(doc.RootElement.GetProperty("cooperative").EnumerateArray(), c => Assert.True(c.GetProperty("registered").GetBoolean()));
        JsonElement[] sensors = [.. doc.RootElement.GetProperty("sensors").EnumerateArray()];
        Assert.Equal(["remoteid", "sapient"], sensors.Select(s => s.GetProperty("link").GetString()).Order());
        Assert.All(sensors, s => Assert.Equal(0, s.GetProperty("rejected").GetInt64()));

        (int decoded, string lines, string errors) = Vigil("decode", "remoteid", Path.Combine(outDir, "remoteid-tj-shuroobod-rid.pcapng"));
        Assert.True(decoded == 0, errors);
        long received = sensors.Single(s => s.GetProperty("link").GetString() == "remoteid").GetProperty("accepted").GetInt64();
        Assert.Equal(received, lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Demo_BadAllowList_ExitsTwoNamingTheLine()
    {
        string allowList = Path.Combine(_dir, "fleet.txt");
        File.WriteAllText(allowList, "OK-1\nnot ok\n");

        (int code, _, string stderr) = Vigil("demo", "--no-serve", "--allow-list", allowList, "--db", Path.Combine(_dir, "v.db"));

        Assert.Equal(2, code);
        Assert.Contains("fleet.txt: offset 5: line 2:", stderr);
    }

    [Fact]
    public void Decode_Fixtures_PrintOneLineEachAndExitZero()
    {
        string asterix = Path.Combine(AppContext.BaseDirectory, "testdata", "sensors", "cat_034_048.pcap");
        (int code, string stdout, string stderr) = Vigil("decode", "asterix", asterix);
        Assert.True(code == 0, stderr);
        Assert.Equal(162, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        string bad = Path.Combine(_dir, "bad.raw");
        File.WriteAllBytes(bad, [0x30, 0x00, 0x30, 0xFD]);
        (code, stdout, stderr) = Vigil("decode", "asterix", bad);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{bad}: offset 1: data block 1 (CAT048): length 48 runs past the end", stderr);
    }

    [Fact]
    public void Demo_UnknownFlag_ExitsTwo()
    {
        (int code, _, string stderr) = Vigil("demo", "--no-such-flag");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-flag", stderr);
    }

    [Fact]
    public void SimulateThenTrack_ProduceFiles()
    {
        string sim = Path.Combine(_dir, "sim");
        (int code, _, string stderr) = Vigil("simulate", Scenarios.Path("2025-11-26-badakhshan-tajikistan.yaml"), "--out", sim);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(sim, "truth.ndjson")));
        Assert.True(File.Exists(Path.Combine(sim, "sensors.json")));

        string trk = Path.Combine(_dir, "trk");
        (code, string stdout, stderr) = Vigil("track", Path.Combine(sim, "detections.ndjson"), "--out", trk);
        Assert.True(code == 0, stderr);
        Assert.True(new FileInfo(Path.Combine(trk, "tracks.ndjson")).Length > 0);
        Assert.Contains("confirmed", stdout);
    }

    [Fact]
    public void Track_CorruptLine_ExitsTwoWithLineNumber()
    {
        string sim = Path.Combine(_dir, "sim");
        Assert.Equal(0, Vigil("simulate", Scenarios.Path("2025-11-26-badakhshan-tajikistan.yaml"), "--out", sim).Code);
        string detections = Path.Combine(sim, "detections.ndjson");
        string[] lines = File.ReadAllLines(detections);
        lines[2] = "{\"sensor\": 12";
        File.WriteAllLines(detections, lines);

        (int code, _, string stderr) = Vigil("track", detections, "--out", Path.Combine(_dir, "trk"));
        Assert.Equal(2, code);
        Assert.Contains("detections.ndjson:3", stderr);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Score_AgreesWithTheBenchmarkScorer(int setting)
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "testdata", "bench");
        using JsonDocument reference = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "score_reference.json")));
        JsonElement expected = reference.RootElement[setting];
        string c = expected.GetProperty("c").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string p = expected.GetProperty("p").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);

        (int code, string stdout, string stderr) = Vigil("score", Path.Combine(dir, "small_truth.csv"), Path.Combine(dir, "small_tracks.csv"), "--c", c, "--p", p);
        Assert.True(code == 0, stderr);
        using JsonDocument got = JsonDocument.Parse(stdout);
        Assert.Equal(expected.GetProperty("scans").GetInt32(), got.RootElement.GetProperty("scans_scored").GetInt32());
        foreach (JsonProperty field in expected.GetProperty("mean_per_scan").EnumerateObject())
        {
            double want = field.Value.GetDouble();
            double have = got.RootElement.GetProperty("mean_per_scan").GetProperty(field.Name).GetDouble();
            Assert.True(Math.Abs(have - want) <= 1e-6 * Math.Max(Math.Abs(want), 1e-9), $"{field.Name}: got {have}, want {want}");
        }
    }

    [Fact]
    public void TrackBenchCsv_WritesTracksAndStats()
    {
        string detections = Path.Combine(_dir, "d.csv"), meta = Path.Combine(_dir, "meta.json"), tracks = Path.Combine(_dir, "t.csv");

        // A small scene written here: two targets moving in straight lines, detected every scan.
        var lines = new List<string> { "scan,time_s,det_id,x,y,truth_id" };
        for (int k = 0; k < 30; k++)
        {
            lines.Add(FormattableString.Invariant($"{k},{k}.000,{2 * k},{10_000 + (20 * k)},{20_000},0"));
            lines.Add(FormattableString.Invariant($"{k},{k}.000,{(2 * k) + 1},{30_000},{40_000 - (15 * k)},1"));
        }

        File.WriteAllLines(detections, lines);
        File.WriteAllText(meta, """{"params": {"dt": 1.0, "q": 0.25, "sigma": 50.0, "pd": 0.9, "clutter_rate": 50.0, "area": 50000.0}, "stats": {}}""");
        (int code, string stdout, string stderr) = Vigil("track", "--format", "bench-csv", detections, "--meta", meta, "--out", tracks, "--stats");
        Assert.True(code == 0, stderr);

        using JsonDocument stats = JsonDocument.Parse(stdout);
        Assert.Equal(60, stats.RootElement.GetProperty("detections").GetInt32());
        Assert.Equal(30, stats.RootElement.GetProperty("scans").GetInt32());
        Assert.True(stats.RootElement.GetProperty("detections_per_second").GetDouble() > 0);

        string[] rows = File.ReadAllLines(tracks);
        Assert.Equal("scan,time_s,track_id,x,y,vx,vy", rows[0]);
        string[] last = rows[^1].Split(',');
        Assert.Equal("29", last[0]);
        Assert.Equal(2, rows.Count(r => r.StartsWith("29,", StringComparison.Ordinal)));
    }

    [Fact]
    public void TrackBenchCsv_BadLine_ExitsTwoWithItsNumber()
    {
        string detections = Path.Combine(_dir, "d.csv"), meta = Path.Combine(_dir, "meta.json");
        File.WriteAllLines(detections, ["scan,time_s,det_id,x,y,truth_id", "0,0.000,0,100,200,-1", "1,1.000,1,abc,200,-1"]);
        File.WriteAllText(meta, """{"params": {"dt": 1.0, "q": 0.25, "sigma": 50.0, "pd": 0.9, "clutter_rate": 50.0, "area": 50000.0}}""");
        (int code, _, string stderr) = Vigil("track", "--format", "bench-csv", detections, "--meta", meta, "--out", Path.Combine(_dir, "t.csv"));
        Assert.Equal(2, code);
        Assert.Contains("d.csv:3:", stderr);
    }

    [Theory]
    [InlineData("[1]", "line 3: an entry must be a JSON object, got array")]
    [InlineData("{\"n\": 1}", "line 3: an entry must have a non-empty string \"type\"")]
    [InlineData("{\"type\": \"a\", \"type\": \"b\"}", "line 3: byte 14: duplicate key \"type\"")]
    [InlineData("{\"type\": \"a\"", "line 3: byte 12: unexpected end of input")]
    public void LogAppend_BadLine_ExitsTwoNamingItAndKeepsTheLinesBefore(string bad, string message)
    {
        string db = Path.Combine(_dir, "log.db");
        (int code, string stdout, string stderr) = VigilProcess.Run(_dir, $"{{\"type\": \"a\"}}\n\n{bad}\n{{\"type\": \"c\"}}\n", "log", "append", "--db", db);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.Equal(["{\"index\":0,\"leafHash\":\"" + Rfc9162.HashLeaf("{\"type\":\"a\"}"u8).ToBase64() + "\"}"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        (code, stdout, _) = Vigil("log", "leaf", "--db", db, "--index", "0");
        Assert.Equal(0, code);
        (code, _, stderr) = Vigil("log", "leaf", "--db", db, "--index", "1");
        Assert.Equal(2, code);
        Assert.Contains("--index got 1", stderr);
    }

    private (int Code, string Stdout, string Stderr) Vigil(params string[] args) => VigilProcess.Run(_dir, null, args);
}
