using System.CommandLine;
using System.Globalization;
using Vigil.Geo;
using Vigil.Cli.Output;
using Vigil.Incidents;
using Vigil.Osint;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil report extract FILE --published YYYY-MM-DD [--source NAME]</c>: reads one text report and
/// prints its candidate events as <c>{"events": [...]}</c> (see <see cref="CandidateEventJson"/>).
/// <c>vigil report add FILE [--published …] [--source …] [--by NAME] [--db FILE]</c>: stores the report
/// and its events, joins each event to the incident record it is about or opens a new one, and
/// publishes the new versions to the transparency log. Header lines starting with <c>#</c> are not
/// part of the text (they may give <c># published:</c> and <c># source:</c>). Exit 2 when the file
/// cannot be read or no valid publication date is given.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TimeProvider clock)
    {
        var file = new Argument<FileInfo>("file") { Description = "The report: plain text, paragraphs separated by blank lines." };
        var published = new Option<string>("--published") { Description = "The day the report was published, YYYY-MM-DD.", Required = true };
        var source = new Option<string?>("--source") { Description = "Who published it (e.g. a newspaper)." };
        var extract = new Command("extract", "Read candidate events, places, deaths and claims from a text report.") { file, published, source };
        extract.SetAction(parse => Extract(parse.GetValue(file)!.FullName, parse.GetValue(published)!, parse.GetValue(source)));

        var addFile = new Argument<FileInfo>("file") { Description = "The report: plain text, with optional '# published:' and '# source:' header lines." };
        var addPublished = new Option<string?>("--published") { Description = "The day the report was published, YYYY-MM-DD (default: the file's header)." };
        var addSource = new Option<string?>("--source") { Description = "Who published it (default: the file's header)." };
        var by = new Option<string>("--by") { Description = "Who is adding the report (recorded with every change).", DefaultValueFactory = _ => Environment.UserName };
        var db = new Option<FileInfo?>("--db") { Description = "SQLite database file (default: $VIGIL_DATA_DIR/vigil.db, else .vigil/vigil.db)." };
        var add = new Command("add", "Store a report, join its events to incident records (or open new ones) and log the changes.") { addFile, addPublished, addSource, by, db };
        add.SetAction(parse => Add(
            clock,
            parse.GetValue(addFile)!.FullName,
            parse.GetValue(addPublished),
            parse.GetValue(addSource),
            parse.GetValue(by)!,
            parse.GetValue(db)?.FullName ?? Paths.DefaultDatabase));

        var command = new Command("report", "Text reports: extract candidate events, or store them and join them to incidents.");
        command.Subcommands.Add(extract);
        command.Subcommands.Add(add);
        return command;
    }

    private static int Extract(string path, string publishedText, string? source)
    {
        if (!TryPublished(publishedText, out DateOnly published) || Read(path) is not { } report)
        {
            return Program.BadInput;
        }

        var extractor = new ReportExtractor(Gazetteer.Build(BorderAtlas.LoadBundled()));
        Console.Out.Write(CandidateEventJson.Write(extractor.Extract(report.Text, published, source ?? report.Source)));
        return Program.Ok;
    }

    private static int Add(TimeProvider clock, string path, string? publishedText, string? sourceOption, string by, string dbPath)
    {
        if (Read(path) is not { } report)
        {
            return Program.BadInput;
        }

        DateOnly published;
        if (publishedText is not null)
        {
            if (!TryPublished(publishedText, out published))
            {
                return Program.BadInput;
            }
        }
        else if (report.Published is { } header)
        {
            published = header;
        }
        else
        {
            Console.Error.WriteLine($"vigil: {path}: no publication date: give --published YYYY-MM-DD or a '# published: YYYY-MM-DD' header line");
            return Program.BadInput;
        }

        if (string.IsNullOrWhiteSpace(by))
        {
            Console.Error.WriteLine("vigil: --by must name who adds the report");
            return Program.BadInput;
        }

        string? source = sourceOption ?? report.Source;
        using SqliteIncidentStore store = SqliteIncidentStore.Open(dbPath);
        ReportIntake intake = Take(store, new ReportExtractor(Gazetteer.Build(BorderAtlas.LoadBundled())), report, published, source, by, clock.GetUtcNow());
        ReportRef reference = intake.Report.Reference;
        if (!intake.IsNew)
        {
            Console.WriteLine($"{reference.Id}: already stored (the same text, published {reference.Published:yyyy-MM-dd} by {reference.Source ?? "an unknown source"}); nothing changed");
            return Program.Ok;
        }

        Console.WriteLine($"{reference.Id}: stored ({source ?? "unknown source"}, published {published:yyyy-MM-dd}); {intake.Events} event(s)");
        foreach (IncidentDesk.Registered r in intake.Records)
        {
            IncidentRecord i = r.Record;
            Console.WriteLine(
                $"  {EventTypes.SubTypeName(i.SubType)}, {i.Start:yyyy-MM-dd} ({JsonName.Of(i.TimePrecision)}), {IncidentText.Place(i.Location)} → " +
                $"{(r.Opened ? "opened" : "joined")} {i.Id} v{i.Version}: {i.Claims.Count} claim(s), suggested grade {JsonName.Of(i.SuggestedGrade.Grade)}");
        }

        (int appended, long size) = IncidentDesk.Publish(store, dbPath);
        Console.WriteLine($"Transparency log: {appended} version(s) appended, size {size}");
        return Program.Ok;
    }

    /// <summary>
    /// Stores <paramref name="report"/> (once, by fingerprint), extracts its events and joins each to
    /// the record it is about or opens one (<see cref="IncidentDesk.TakeReport"/>). The new versions are
    /// queued for the log, not yet appended.
    /// </summary>
    internal static ReportIntake Take(SqliteIncidentStore store, ReportExtractor extractor, ReportFile report, DateOnly published, string? source, string by, DateTimeOffset now) =>
        IncidentDesk.TakeReport(store, extractor, report, published, source, by, now);

    private static bool TryPublished(string text, out DateOnly published)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out published))
        {
            return true;
        }

        Console.Error.WriteLine($"vigil: --published must be a date as YYYY-MM-DD (got '{text}')");
        return false;
    }

    internal static ReportFile? Read(string path) =>
        LedgerInput.Bytes(path) is { } bytes ? ReportFile.Parse(new StreamReader(new MemoryStream(bytes)).ReadToEnd()) : null;
}
