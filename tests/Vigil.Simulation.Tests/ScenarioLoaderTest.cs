namespace Vigil.Simulation.Tests;

public class ScenarioLoaderTest
{
    private const string Valid = """
        name: test
        start: 2026-06-30T01:00:00Z
        duration: 00:10:00
        seed: 7
        sensors:
          - id: r1
            type: radar
            position: {lat: 31.8, lon: 69.2, alt: 1700}
            maxRangeKm: 20
            rangeNoiseM: 10
            azimuthNoiseDeg: 0.25
            elevationNoiseDeg: 0.4
            probabilityOfDetection: 0.9
            falseAlarmsPerScan: 4
            scanPeriodS: 1
        targets:
          - id: d1
            kind: drone
            launch: 30
            rcsDbsm: -13
            waypoints:
              - {lat: 31.80, lon: 69.10, alt: 2300, speed: 20}
              - {lat: 31.80, lon: 69.20, alt: 2300}
        jamming:
          - sensor: r1
            from: 00:05:00
            to: 00:12:00
            effect: silence
        """;

    private static ScenarioLoadResult Parse(string yaml) => ScenarioLoader.Parse(yaml, "s.yaml");

    private static ScenarioError Single(string yaml)
    {
        ScenarioLoadResult r = Parse(yaml);
        Assert.False(r.Success);
        return Assert.Single(r.Errors);
    }

    [Fact]
    public void Parse_Valid_ReadsEveryField()
    {
        ScenarioLoadResult r = Parse(Valid);
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Scenario s = r.Scenario!;
        Assert.Equal("test", s.Name);
        Assert.Equal(TimeSpan.FromMinutes(10), s.Duration);
        Assert.Equal(7, s.Seed);
        Assert.Equal(20_000, s.Radars[0].MaxRangeM);
        Assert.True(s.Radars[0].Is3D);
        Assert.Equal(TimeSpan.FromSeconds(30), s.Targets[0].Launch);
        Assert.Equal(20, s.Targets[0].Waypoints[0].SpeedMps);
        Assert.Equal(JammingEffect.Silence, s.Jamming[0].Effect);
        Assert.Equal(SensorLink.Asterix, s.LinkOf(s.Radars[0].Id));
    }

    [Fact]
    public void Parse_CounterDroneSensor_ReportsOverSapient()
    {
        Scenario s = Parse(Valid.Replace("type: radar", "type: counter-drone")).Scenario!;

        Assert.Equal(SensorLink.Sapient, s.LinkOf(s.Radars[0].Id));
    }

    [Fact]
    public void Parse_RemoteId_ReadsBroadcastsReceiversAndTheAllowList()
    {
        string yaml = Valid.Replace(
            "      - {lat: 31.80, lon: 69.20, alt: 2300}\n",
            "      - {lat: 31.80, lon: 69.20, alt: 2300}\n    remoteId:\n      uasId: PK-FC-0001\n      operatorId: PAK-OP-77\n      operator: {lat: 31.79, lon: 69.25, alt: 1500}\n")
            + "\nremoteIdReceivers:\n  - {id: rid-1, position: {lat: 31.8, lon: 69.2, alt: 1700}, rangeKm: 5}\nregisteredDrones: [PK-FC-0001]\n";

        ScenarioLoadResult r = Parse(yaml);

        Assert.True(r.Success, string.Join("\n", r.Errors));
        RemoteIdBroadcast broadcast = r.Scenario!.Targets[0].RemoteId!;
        Assert.Equal(("PK-FC-0001", "PAK-OP-77", 31.79), (broadcast.UasId, broadcast.OperatorId, broadcast.Operator.LatitudeDeg));
        Assert.Equal(5000, Assert.Single(r.Scenario.RemoteIdReceivers).RangeM);
        Assert.Equal(["PK-FC-0001"], r.Scenario.RegisteredDrones);
    }

    [Fact]
    public void Parse_UasIdTooLong_NamesTheField()
    {
        ScenarioError e = Single(Valid + "\nregisteredDrones: [ABCDEFGHIJKLMNOPQRSTUVWXYZ]\n");

        Assert.Equal("registeredDrones[0]", e.Field);
        Assert.Contains("1–20 printable ASCII", e.Message);
    }

    [Fact]
    public void Parse_ReportFileMissing_NamesTheItem()
    {
        ScenarioError e = Single(Valid + "\nreports: [reports/no-such-report.txt]\n");

        Assert.Equal("reports[0]", e.Field);
        Assert.Contains("no report file 'reports/no-such-report.txt'", e.Message);
    }

    [Fact]
    public void Load_BundledJune30_ReportsResolvedBesideTheScenario()
    {
        ScenarioLoadResult r = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "2026-06-30-balochistan-bajaur.yaml"));

        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(["2026-06-30-zhob-military.txt", "2026-06-30-zhob-denial.txt"], r.Scenario!.Reports.Select(Path.GetFileName));
        Assert.All(r.Scenario.Reports, f => Assert.True(File.Exists(f), f));
    }

    [Fact]
    public void Parse_UnknownSensorType_NamesTheKnownOnes()
    {
        ScenarioError e = Single(Valid.Replace("type: radar", "type: sonar"));

        Assert.Equal("sensors[0].type", e.Field);
        Assert.Equal(7, e.Line);
        Assert.Contains("known: radar, counter-drone", e.Message);
    }

    [Fact]
    public void Parse_MisspelledField_NamesLineFieldAndSuggestion()
    {
        ScenarioError e = Single(Valid.Replace("    probabilityOfDetection: 0.9", "    probabilityOfDetecton: 0.9"));
        Assert.Equal(("s.yaml", 13, 5), (e.File, e.Line, e.Column));
        Assert.Equal("sensors[0].probabilityOfDetecton", e.Field);
        Assert.Contains("did you mean 'probabilityOfDetection'", e.Message);
        Assert.StartsWith("s.yaml:13:5: sensors[0].probabilityOfDetecton:", e.ToString());
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesIt()
    {
        ScenarioError e = Single(Valid.Replace("    rcsDbsm: -13\n", ""));
        Assert.Equal("targets[0].rcsDbsm", e.Field);
        Assert.Contains("missing", e.Message);
    }

    [Fact]
    public void Parse_WrongType_NamesValueAndLine()
    {
        ScenarioError e = Single(Valid.Replace("maxRangeKm: 20", "maxRangeKm: twenty"));
        Assert.Equal((9, 17), (e.Line, e.Column));
        Assert.Equal("sensors[0].maxRangeKm", e.Field);
        Assert.Contains("'twenty'", e.Message);
    }

    [Theory]
    [InlineData("{lat: 31.80, lon: 69.10, alt: 2300, speed: 20}", "{lat: 95, lon: 69.10, alt: 2300, speed: 20}", "targets[0].waypoints[0].lat")]
    [InlineData("{lat: 31.80, lon: 69.10, alt: 2300, speed: 20}", "{lat: 31.80, lon: 69.10, alt: 2300, speed: -3}", "targets[0].waypoints[0].speed")]
    [InlineData("probabilityOfDetection: 0.9", "probabilityOfDetection: 1.5", "sensors[0].probabilityOfDetection")]
    [InlineData("launch: 30", "launch: 00:12:00", "targets[0].launch")]
    [InlineData("kind: drone", "kind: balloon", "targets[0].kind")]
    [InlineData("sensor: r1", "sensor: r9", "jamming[0].sensor")]
    [InlineData("effect: silence", "effect: confuse", "jamming[0].effect")]
    [InlineData("from: 00:05:00", "from: 00:11:00", "jamming[0].from")]
    [InlineData("start: 2026-06-30T01:00:00Z", "start: yesterday", "start")]
    public void Parse_BadValue_IsRejectedAtItsField(string good, string bad, string field)
    {
        ScenarioError e = Single(Valid.Replace(good, bad));
        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Parse_OneWaypoint_IsRejected()
    {
        ScenarioError e = Single(Valid.Replace("      - {lat: 31.80, lon: 69.20, alt: 2300}\n", ""));
        Assert.Equal("targets[0].waypoints", e.Field);
        Assert.Contains("at least 2", e.Message);
    }

    [Fact]
    public void Parse_DuplicateIds_AreRejected()
    {
        string yaml = Valid.Replace("jamming:", """
              - id: d1
                kind: bird
                launch: 0
                rcsDbsm: -30
                waypoints:
                  - {lat: 31.80, lon: 69.10, alt: 2300, speed: 10}
                  - {lat: 31.81, lon: 69.11, alt: 2300}
            jamming:
            """);
        ScenarioError e = Single(yaml);
        Assert.Equal("targets[1].id", e.Field);
        Assert.Contains("duplicate", e.Message);
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEveryOne()
    {
        string yaml = Valid.Replace("maxRangeKm: 20", "maxRangeKm: -1").Replace("kind: drone", "kind: ufo").Replace("seed: 7", "seed: 7.5");
        ScenarioLoadResult r = Parse(yaml);
        Assert.Equal(["seed", "sensors[0].maxRangeKm", "targets[0].kind"], r.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Parse_BrokenYaml_IsASyntaxErrorWithPosition()
    {
        ScenarioError e = Single("name: [unclosed\nseed: 1\n");
        Assert.Equal("(syntax)", e.Field);
        Assert.True(e.Line >= 1);
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorNotAnException()
    {
        ScenarioLoadResult r = ScenarioLoader.Load("/no/such/scenario.yaml");
        Assert.Equal("(file)", Assert.Single(r.Errors).Field);
    }

    [Theory]
    [InlineData("2026-06-30-balochistan-bajaur.yaml", 5)]
    [InlineData("2025-11-26-badakhshan-tajikistan.yaml", 2)]
    public void Load_BundledScenarios_Load(string name, int drones)
    {
        ScenarioLoadResult r = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", name));
        Assert.True(r.Success, string.Join("\n", r.Errors));
        Assert.Equal(drones, r.Scenario!.Targets.Count(t => t.Kind == Vigil.Core.ObjectClass.Drone));
    }
}
