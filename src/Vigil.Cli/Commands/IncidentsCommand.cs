using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Incidents;
using Vigil.Incidents.Exchange;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil incidents list|show|grade|status|export</c>: the incident records in the embedded
/// database — what happened, the claims of every party side by side, the suggested grade and the
/// grade a person set, and every version with its place in the transparency log.
/// </summary>
internal static class IncidentsCommand
{
    public static Command Create(TimeProvider clock)
    {
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of tables." };
        var id = new Argument<string>("id") { Description = "The incident, e.g. INC-0001 (or 1)." };
        var by = new Option<string>("--by") { Description = "Who makes the change (recorded with it).", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in your words (recorded with it).", Required = true };

        var list = new Command("list", "One line per incident record: when, what, where, deaths, claims, grade, status.") { db, json };
        list.SetAction(parse => List(DbPath(parse, db), parse.GetValue(json)));

        var show = new Command("show", "One incident record in full: claims side by side, sensors, reports, grades and versions.") { id, db, json };
        show.SetAction(parse => WithRecord(parse, db, id, (store, r) => Show(store, r, parse.GetValue(json))));

        var grade = new Argument<string>("grade") { Description = "confirmed, fair, weak, contested or discounted." };
        var gradeCommand = new Command("grade", "Set an incident's grade, beside the grade the rules suggest.") { id, grade, by, reason, db };
        gradeCommand.SetAction(parse => WithRecord(parse, db, id, (store, r) =>
        {
            if (!JsonName.TryParse(parse.GetValue(grade), out Grade g))
            {
                Console.Error.WriteLine($"vigil: '{parse.GetValue(grade)}' is not a grade: want confirmed, fair, weak, contested or discounted");
                return Program.BadInput;
            }

            DateTimeOffset now = clock.GetUtcNow();
            var decision = new GradeDecision(g, parse.GetValue(by)!, now, parse.GetValue(reason)!, r.SuggestedGrade);
            IncidentRecord next = r with { Version = r.Version + 1, UpdatedAt = now, GradeDecisions = [.. r.GradeDecisions, decision] };
            return Save(store, DbPath(parse, db), next, $"graded {JsonName.Of(g)}", decision.By,
                decision.OverridesSuggestion ? $" (the rules suggest {JsonName.Of(decision.Suggested.Grade)})" : " (as the rules suggest)");
        }));

        var status = new Argument<string>("status") { Description = "open, under-review or closed." };
        var statusCommand = new Command("status", "Move an incident's investigation on: open, under-review, closed.") { id, status, by, reason, db };
        statusCommand.SetAction(parse => WithRecord(parse, db, id, (store, r) =>
        {
            if (!JsonName.TryParse(parse.GetValue(status), out IncidentStatus s))
            {
                Console.Error.WriteLine($"vigil: '{parse.GetValue(status)}' is not a status: want open, under-review or closed");
                return Program.BadInput;
            }

            IncidentRecord next = r with { Version = r.Version + 1, UpdatedAt = clock.GetUtcNow(), Status = s };
            return Save(store, DbPath(parse, db), next, $"status {JsonName.Of(s)}: {parse.GetValue(reason)}", parse.GetValue(by)!, "");
        }));

        var format = new Option<string>("--format") { Description = "acled (ACLED-compatible CSV), geojson, or json (the records as stored).", DefaultValueFactory = _ => "json" };
        var output = new Option<FileInfo?>("--out") { Description = "Write here instead of standard output." };
        var export = new Command("export", "Export every incident record.") { format, output, db };
        export.SetAction(parse => Export(DbPath(parse, db), parse.GetValue(format)!, parse.GetValue(output)?.FullName));

        var csv = new Argument<FileInfo>("file") { Description = "An ACLED-compatible CSV file (header row; columns found by name)." };
        var importSource = new Option<string>("--source") { Description = "The dataset the rows come from; it speaks as one source for each row.", DefaultValueFactory = _ => "ACLED" };
        var importBy = new Option<string>("--by") { Description = "Who imports (recorded with every change).", DefaultValueFactory = _ => Environment.UserName };
        var import = new Command("import", "Import ACLED-compatible CSV rows: each joins the record it is about or opens one; rows already imported are skipped.") { csv, importSource, importBy, db };
        import.SetAction(parse => Import(clock, DbPath(parse, db), parse.GetValue(csv)!.FullName, parse.GetValue(importSource)!, parse.GetValue(importBy)!));

        var command = new Command("incidents", "Incident records: list, show, grade, set status, export, import.");
        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        command.Subcommands.Add(gradeCommand);
        command.Subcommands.Add(statusCommand);
        command.Subcommands.Add(export);
        command.Subcommands.Add(import);
        return command;
    }

    private static string DbPath(ParseResult parse, Option<FileInfo?> db) => parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase;

    private static int WithRecord(ParseResult parse, Option<FileInfo?> db, Argument<string> id, Func<SqliteIncidentStore, IncidentRecord, int> action)
    {
        string text = parse.GetValue(id)!;
        if (!IncidentRecordId.TryParse(text, out IncidentRecordId recordId))
        {
            Console.Error.WriteLine($"vigil: '{text}' is not an incident id: want e.g. INC-0001");
            return Program.BadInput;
        }

        string path = DbPath(parse, db);
        using SqliteIncidentStore store = SqliteIncidentStore.Open(path);
        if (store.Get(recordId) is not { } record)
        {
            Console.Error.WriteLine($"vigil: {path}: no incident {recordId}");
            return Program.BadInput;
        }

        return action(store, record);
    }

    private static int Save(SqliteIncidentStore store, string dbPath, IncidentRecord next, string change, string by, string note)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            Console.Error.WriteLine("vigil: --by must name who makes the change");
            return Program.BadInput;
        }

        IncidentRecord saved = store.Save(next, change, by);
        (int appended, long size) = IncidentDesk.Publish(store, dbPath);
        Console.WriteLine($"{saved.Id} v{saved.Version}: {change}{note}; transparency log: {appended} version(s) appended, size {size}");
        return Program.Ok;
    }

    private static int List(string dbPath, bool asJson)
    {
        using SqliteIncidentStore store = SqliteIncidentStore.Open(dbPath);
        IReadOnlyList<IncidentRecord> records = store.Current();
        if (asJson)
        {
            IncidentJsonList.Write(Console.OpenStandardOutput(), records);
            return Program.Ok;
        }

        var table = new Table().AddColumns("id", "when", "what", "where", "killed", "claims", "sources", "grade", "status");
        foreach (IncidentRecord r in records)
        {
            table.AddRow(
                r.Id.ToString(),
                IncidentText.When(r),
                Markup.Escape(EventTypes.SubTypeName(r.SubType)),
                Markup.Escape(IncidentText.Place(r.Location)),
                r.TotalFatalities.IsKnown ? r.TotalFatalities.ToString() : "-",
                IncidentText.Stances(r.Claims),
                (r.Reports.Count + (r.Sensors.Count > 0 ? 1 : 0)).ToString(CultureInfo.InvariantCulture),
                IncidentText.Grade(r),
                JsonName.Of(r.Status));
        }

        IAnsiConsole console = Terminal.Create(200);
        console.Write(table);
        console.WriteLine($"{records.Count} incident record(s) in {dbPath}");
        return Program.Ok;
    }

    private static int Show(SqliteIncidentStore store, IncidentRecord r, bool asJson)
    {
        if (asJson)
        {
            using Stream stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
            {
                IncidentRecordJson.Write(w, r);
            }

            stdout.WriteByte((byte)'\n');
            return Program.Ok;
        }

        IAnsiConsole console = Terminal.Create(200);
        console.MarkupLine($"[bold]{r.Id}[/] v{r.Version} — {Markup.Escape(r.Type)} / {Markup.Escape(EventTypes.SubTypeName(r.SubType))}, status {JsonName.Of(r.Status)}");
        console.MarkupLine($"When:  {IncidentText.When(r)} ({Time(r.Start)} – {Time(r.End)} UTC, {JsonName.Of(r.TimePrecision)} precision)");
        console.MarkupLine($"Where: {Markup.Escape(IncidentText.Place(r.Location))} ({JsonName.Of(r.Location.Precision)} precision{(r.Location.Point is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p.LatitudeDeg:F5}, {p.LongitudeDeg:F5}") : "")}){(r.Border is null ? "" : $", border {r.Border}")}");
        console.MarkupLine($"Actors: {Markup.Escape(r.Actors.Count == 0 ? "-" : string.Join("; ", r.Actors.Select(a => a.Side is null ? a.Name : $"{a.Name} ({a.Side})")))}");
        console.MarkupLine($"Killed: {Casualties(r.Fatalities)}; injured: {Casualties(r.Injuries)} (low–best–high)");
        if (r.Description.Length > 0)
        {
            console.MarkupLine(Markup.Escape(r.Description));
        }

        foreach (SensorEvidence s in r.Sensors)
        {
            console.MarkupLine($"Sensors: run {s.Run} {s.Incident}: alerts {string.Join(' ', s.Alerts)}; drone tracks {string.Join(' ', s.Tracks)}");
        }

        var claims = new Table().Title("Claims").AddColumns("party", "speaker", "said", "stance", "report", "statement");
        foreach (Claim c in r.Claims)
        {
            claims.AddRow(
                Markup.Escape($"{c.Party.Name} ({JsonName.Of(c.Party.Kind)})"),
                JsonName.Of(c.Speaker),
                c.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonName.Of(c.Stance),
                c.Report?.ToString() ?? "-",
                Markup.Escape(c.Statement));
        }

        console.Write(claims);
        foreach (ReportRef rep in r.Reports)
        {
            console.MarkupLine($"Report {rep.Id}: {Markup.Escape(rep.Source ?? "unknown source")}, published {rep.Published:yyyy-MM-dd}");
        }

        console.MarkupLine($"Suggested grade: [bold]{JsonName.Of(r.SuggestedGrade.Grade)}[/] — {Markup.Escape(r.SuggestedGrade.Rationale)}");
        foreach (GradeDecision g in r.GradeDecisions)
        {
            console.MarkupLine($"Graded [bold]{JsonName.Of(g.Grade)}[/] by {Markup.Escape(g.By)} at {Time(g.At)}: {Markup.Escape(g.Reason)} (suggested then: {JsonName.Of(g.Suggested.Grade)})");
        }

        var versions = new Table().Title("Versions").AddColumns("version", "at", "by", "change", "log index");
        foreach (IncidentVersion v in store.History(r.Id))
        {
            versions.AddRow(
                v.Record.Version.ToString(CultureInfo.InvariantCulture),
                Time(v.Record.UpdatedAt),
                Markup.Escape(v.By),
                Markup.Escape(v.Change),
                v.LogIndex?.ToString(CultureInfo.InvariantCulture) ?? "pending");
        }

        console.Write(versions);
        return Program.Ok;
    }

    private static int Export(string dbPath, string format, string? outPath)
    {
        Action<Stream, IReadOnlyList<IncidentRecord>>? write = format switch
        {
            "json" => IncidentJsonList.Write,
            "geojson" => IncidentGeoJson.Write,
            "acled" => (s, records) =>
            {
                using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
                AcledCsv.Write(writer, records);
            },
            _ => null,
        };
        if (write is null)
        {
            Console.Error.WriteLine($"vigil: --format must be acled, geojson or json (got '{format}')");
            return Program.BadInput;
        }

        using SqliteIncidentStore store = SqliteIncidentStore.Open(dbPath);
        IReadOnlyList<IncidentRecord> records = store.Current();
        if (outPath is null)
        {
            using Stream stdout = Console.OpenStandardOutput();
            write(stdout, records);
        }
        else
        {
            AtomicFile.Write(outPath, s => write(s, records));
            Console.WriteLine($"Wrote {records.Count} incident record(s) to {outPath}");
        }

        return Program.Ok;
    }

    private static int Import(TimeProvider clock, string dbPath, string path, string source, string by)
    {
        if (LedgerInput.Bytes(path) is not { } bytes)
        {
            return Program.BadInput;
        }

        using var reader = new StreamReader(new MemoryStream(bytes));
        AcledImport parsed = AcledCsv.Read(reader, source);

        foreach (AcledRowError error in parsed.Errors)
        {
            Console.Error.WriteLine($"{path}: {error}");
        }

        using SqliteIncidentStore store = SqliteIncidentStore.Open(dbPath);
        var known = store.Current().Select(r => r.ExternalId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        IncidentRecord[] fresh = [.. parsed.Records.Where(r => r.ExternalId is null || !known.Contains(r.ExternalId))];
        IReadOnlyList<IncidentDesk.Registered> registered = IncidentDesk.Register(store, fresh, $"import of {Path.GetFileName(path)}", by, clock.GetUtcNow());
        (int appended, long size) = IncidentDesk.Publish(store, dbPath);
        Console.WriteLine(
            $"{parsed.Records.Count} row(s) read, {parsed.Errors.Count} rejected, {parsed.Records.Count - fresh.Length} already imported; " +
            $"{registered.Count(r => r.Opened)} record(s) opened, {registered.Count(r => !r.Opened)} joined; transparency log: {appended} version(s) appended, size {size}");
        return parsed.Errors.Count > 0 ? Program.BadInput : Program.Ok;
    }

    private static string Casualties(IReadOnlyDictionary<CasualtyCategory, FatalityRange> byCategory) =>
        byCategory.Count == 0 ? "unknown" : string.Join(", ", byCategory.OrderBy(kv => kv.Key).Select(kv => $"{JsonName.Of(kv.Key)}: {kv.Value}"));

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
