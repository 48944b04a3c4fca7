using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The <c>vigil</c> command.</summary>
public static class Program
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when the work failed for a reason other than bad input.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for bad input: a malformed file, a wrong flag.</summary>
    public const int BadInput = 2;

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("Vigil: border airspace monitoring and incident verification.");
        root.Subcommands.Add(DemoCommand.Create(TimeProvider.System));
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(TrackCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create(TimeProvider.System));
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(DecodeCommand.Create());
        root.Subcommands.Add(ReportCommand.Create(TimeProvider.System));
        root.Subcommands.Add(IncidentsCommand.Create(TimeProvider.System));
        root.Subcommands.Add(EvalOsintCommand.Create());
        root.Subcommands.Add(ServeCommand.Create(TimeProvider.System));
        root.Subcommands.Add(KeysCommand.Create(TimeProvider.System));

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                Console.Error.WriteLine($"vigil: {error.Message}");
            }

            Console.Error.WriteLine("Run 'vigil --help' for usage.");
            return BadInput;
        }

        // On Ctrl-C or SIGTERM a serving command shuts down gracefully (the host allows 30 s); the
        // parser's default of 2 s would end the process with 143 first when a busy machine is slow.
        return parsed.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
    }
}
