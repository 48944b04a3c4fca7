using System.CommandLine;
using System.Globalization;
using Vigil.Geo;
using Vigil.Osint;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil report extract FILE --published YYYY-MM-DD [--source NAME]</c>: reads one text report and
/// prints its candidate events as <c>{"events": [...]}</c> (see <see cref="CandidateEventJson"/>).
/// Header lines starting with <c>#</c> are not part of the text. Exit 2 when the file cannot be read
/// or the date is not YYYY-MM-DD.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The report: plain text, paragraphs separated by blank lines." };
        var published = new Option<string>("--published") { Description = "The day the report was published, YYYY-MM-DD.", Required = true };
        var source = new Option<string?>("--source") { Description = "Who published it (e.g. a newspaper)." };
        var extract = new Command("extract", "Read candidate events, places, deaths and claims from a text report.") { file, published, source };
        extract.SetAction(parse => Extract(parse.GetValue(file)!.FullName, parse.GetValue(published)!, parse.GetValue(source)));
        var command = new Command("report", "Text reports: extract candidate events.");
        command.Subcommands.Add(extract);
        return command;
    }

    private static int Extract(string path, string publishedText, string? source)
    {
        if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly published))
        {
            Console.Error.WriteLine($"vigil: --published must be a date as YYYY-MM-DD (got '{publishedText}')");
            return Program.BadInput;
        }

        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"vigil: {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}");
            return Program.BadInput;
        }

        ReportFile report = ReportFile.Parse(content);
        var extractor = new ReportExtractor(Gazetteer.Build(BorderAtlas.LoadBundled()));
        Console.Out.Write(CandidateEventJson.Write(extractor.Extract(report.Text, published, source ?? report.Source)));
        return Program.Ok;
    }
}
