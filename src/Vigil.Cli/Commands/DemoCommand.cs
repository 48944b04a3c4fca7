using System.CommandLine;
using System.Diagnostics;
using Vigil.Cli.Output;
using Vigil.Geo;
using Vigil.Incidents;
using Vigil.Ledger.Json;
using Vigil.Osint;
using Vigil.Sensors;
using Vigil.Sensors.RemoteId;
using Vigil.Ledger.Log;
using Vigil.Ledger.Notes;
using Vigil.Pipeline;
using Vigil.Pipeline.Wire;
using Vigil.Simulation;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil demo</c>: runs a scenario through simulate → track → classify → alert → incidents in one
/// process, stores the run, prints the alerts and incidents, and optionally writes output files; then,
/// unless <c>--no-serve</c>, serves the run on the same database with its replay in the live picture.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(TimeProvider clock)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = $"Scenario file (default: the bundled {Paths.DefaultScenarioName})." };
        var seed = new Option<int?>("--seed") { Description = "Override the scenario's random seed." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write summary.json, tracks.geojson and alerts.geojson here." };
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var noServe = new Option<bool>("--no-serve") { Description = "Exit when the run is done instead of serving it." };
        var allowList = new Option<FileInfo?>("--allow-list") { Description = "Registered drones' UAS IDs, one a line ('#' comments), besides the scenario's registeredDrones." };
        var port = new Option<int>("--port") { Description = $"TCP port to serve on (default {Vigil.Server.ServerOptions.DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => Vigil.Server.ServerOptions.DefaultPort };
        var speed = new Option<double>("--speed") { Description = "Replay speed: scenario seconds per wall-clock second (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("demo", "Run a border scenario end to end, report alerts and incidents, then serve the run live.")
        {
            scenario, seed, output, db, noServe, allowList, port, speed,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            clock,
            parse.GetValue(scenario)?.FullName ?? Paths.DefaultScenario,
            parse.GetValue(seed),
            parse.GetValue(output)?.FullName,
            parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase,
            parse.GetValue(noServe) ? null : new ServeRequest(parse.GetValue(port), parse.GetValue(speed)),
            parse.GetValue(allowList)?.FullName,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TimeProvider clock, string scenarioPath, int? seed, string? outDir, string dbPath, ServeRequest? serve, string? allowListPath, CancellationToken cancellationToken)
    {
        if (serve is { } request && !DemoServe.Valid(request))
        {
            return Program.BadInput;
        }

        Scenario? scenario = ScenarioInput.Load(scenarioPath, seed);
        if (scenario is null)
        {
            return Program.BadInput;
        }

        if (allowListPath is not null)
        {
            if (!RemoteIdAllowList.TryLoad(allowListPath, out RemoteIdAllowList? list, out DecodeError error))
            {
                Console.Error.WriteLine($"{allowListPath}: {error}");
                return Program.BadInput;
            }

            scenario = scenario with { RegisteredDrones = [.. scenario.RegisteredDrones.Union(list.UasIds, StringComparer.Ordinal)] };
        }

        foreach (string report in scenario.Reports)
        {
            if (ReportCommand.Read(report) is not { Published: not null })
            {
                Console.Error.WriteLine($"vigil: {report}: a scenario's report must be readable and have a '# published: YYYY-MM-DD' line");
                return Program.BadInput;
            }
        }

        DemoOutcome outcome = Execute(clock, scenario, dbPath, keepTimeline: serve is not null);
        ConsoleReport.Write(outcome, dbPath);

        if (outDir is not null)
        {
            AtomicFile.Write(Path.Combine(outDir, "summary.json"), s => SummaryJson.Write(s, outcome));
            AtomicFile.Write(Path.Combine(outDir, "tracks.geojson"), s => GeoJson.WriteTracks(s, outcome.Result.Tracks));
            AtomicFile.Write(Path.Combine(outDir, "alerts.geojson"), s => GeoJson.WriteAlerts(s, outcome.Result.Alerts));
            foreach ((Vigil.Core.SensorId receiver, byte[] capture) in outcome.Wire.Captures)
            {
                AtomicFile.Write(Path.Combine(outDir, $"remoteid-{receiver.Value}.pcapng"), s => s.Write(capture));
            }

            Console.WriteLine($"Wrote summary.json, tracks.geojson, alerts.geojson{(outcome.Wire.Captures.Count > 0 ? " and the Remote ID receivers' captures" : "")} to {outDir}");
        }

        if (serve is null)
        {
            return Program.Ok;
        }

        return await DemoServe.RunAsync(clock, outcome, dbPath, outDir, serve, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Simulates, sends the sensors' output over loopback in their wire formats and takes it back through
    /// ingest, runs the pipeline on what arrived, evaluates against truth and stores the run.
    /// </summary>
    /// <param name="clock">The clock of the run's start and of the alerts' receipt.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="dbPath">The database the run is stored in.</param>
    /// <param name="keepTimeline">Keep every track update (for a live replay).</param>
    public static DemoOutcome Execute(TimeProvider clock, Scenario scenario, string dbPath, bool keepTimeline = false)
    {
        DateTimeOffset startedAt = clock.GetUtcNow();
        long t0 = Stopwatch.GetTimestamp();
        SimulationRun simulation = new Simulator(scenario).Run();
        TimeSpan simulateTime = Stopwatch.GetElapsedTime(t0);

        long tw = Stopwatch.GetTimestamp();
        WireResult wire = WireReplay.RunAsync(simulation, CancellationToken.None).GetAwaiter().GetResult();
        TimeSpan wireTime = Stopwatch.GetElapsedTime(tw);

        long t1 = Stopwatch.GetTimestamp();
        BorderAtlas atlas = BorderAtlas.LoadBundled();
        var pipeline = new ScenarioPipeline(atlas, new PipelineOptions { KeepTimeline = keepTimeline });
        PipelineResult result = pipeline.Run(scenario.Radars, wire.Plots, wire.Fixes, scenario.RegisteredDrones.ToHashSet(StringComparer.Ordinal));
        TimeSpan pipelineTime = Stopwatch.GetElapsedTime(t1);

        IReadOnlyList<TruthCrossing> truth = pipeline.TruthCrossings(simulation.Truth);
        IReadOnlySet<string> registered = scenario.RegisteredTargets();
        Evaluation evaluation = Evaluation.Of([.. truth.Where(c => !registered.Contains(c.TargetId))], result.Alerts);

        using SqliteStore store = SqliteStore.Open(dbPath, clock);
        RunId run = store.BeginRun(scenario.Name, scenario.Seed, startedAt);
        store.SaveAlerts(run, result.Alerts);
        store.SaveIncidents(run, result.Incidents);
        using SqliteIncidentStore records = SqliteIncidentStore.Open(dbPath);
        IReadOnlyList<IncidentDesk.Registered> joined = IncidentDesk.Register(
            records, [.. result.Incidents.Select(i => SensorDraft.Of(i, run.Value, startedAt))], $"run {run.Value}", "vigil demo", startedAt);
        IReadOnlyList<IncidentDesk.Registered> reported = AddReports(scenario, records, startedAt);
        LogRecord logged = Log(dbPath, run, scenario.Name, result.Changes, records);

        return new DemoOutcome(scenario, run, result, truth, evaluation, simulateTime, pipelineTime, logged, wire, wireTime, [.. joined, .. reported]);
    }

    /// <summary>Adds the scenario's text reports to the incident records, as the desk would after the run.</summary>
    private static List<IncidentDesk.Registered> AddReports(Scenario scenario, SqliteIncidentStore records, DateTimeOffset at)
    {
        var registered = new List<IncidentDesk.Registered>();
        if (scenario.Reports.Count == 0)
        {
            return registered;
        }

        var extractor = new ReportExtractor(Gazetteer.Build(BorderAtlas.LoadBundled()));
        foreach (string path in scenario.Reports)
        {
            if (ReportCommand.Read(path) is not { Published: { } published } report)
            {
                throw new InvalidOperationException($"{path}: checked before the run, now unreadable");
            }

            registered.AddRange(ReportCommand.Take(records, extractor, report, published, report.Source, "vigil demo", at).Records);
        }

        return registered;
    }

    /// <summary>
    /// Appends the run's records (each alert raised, each incident version) in the order they happened
    /// to the transparency log in the same database, as one durable batch, then the incident record
    /// versions the run made, and issues a checkpoint.
    /// </summary>
    private static LogRecord Log(string dbPath, RunId run, string scenario, IReadOnlyList<RecordChange> changes, SqliteIncidentStore records)
    {
        var entries = new List<byte[]>(changes.Count);
        foreach (RecordChange change in changes)
        {
            entries.Add(CanonicalJson.TryCanonicalize(LogRecords.Write(change, run, scenario), out byte[] canonical, out string? error)
                ? canonical
                : throw new InvalidOperationException($"log record of {change}: {error}"));
        }

        using SqliteLog store = SqliteLog.Open(dbPath);
        using TransparencyLog log = TransparencyLog.Open(store);
        long first = log.Append(entries);
        int recordVersions = records.AppendPending(log);
        SignedNote checkpoint = log.Checkpoint();
        return new LogRecord(log.Origin, first, entries.Count + recordVersions, log.Size, log.Root(log.Size), checkpoint.Format());
    }
}
