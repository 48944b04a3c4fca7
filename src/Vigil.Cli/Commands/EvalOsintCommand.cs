using System.CommandLine;
using Vigil.Geo;
using Vigil.Osint;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil eval-osint [--corpus DIR]</c>: scores the report extractor against a corpus of reports
/// with expected output (<see cref="OsintEvaluation"/>) and prints precision, recall and F1 per field.
/// The default corpus is the bundled one (<c>osint-corpus/</c> beside the executable). Exit 2 when the
/// corpus is missing or malformed.
/// </summary>
internal static class EvalOsintCommand
{
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "Folder of NAME.txt reports with NAME.json expected output." };
        var verbose = new Option<bool>("--misses") { Description = "Also list every disagreement." };
        var command = new Command("eval-osint", "Score the report extractor against a corpus with expected output.") { corpus, verbose };
        command.SetAction(parse => Run(parse.GetValue(corpus)?.FullName ?? Paths.OsintCorpusDirectory, parse.GetValue(verbose)));
        return command;
    }

    private static int Run(string directory, bool misses)
    {
        OsintEvaluation evaluation;
        try
        {
            evaluation = OsintEvaluation.Run(new ReportExtractor(Gazetteer.Build(BorderAtlas.LoadBundled())), directory);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"vigil: {e.Message}");
            return Program.BadInput;
        }

        Console.Out.Write(evaluation.Format());
        if (misses)
        {
            foreach (string miss in evaluation.Misses)
            {
                Console.Out.WriteLine(miss);
            }
        }

        return Program.Ok;
    }
}
