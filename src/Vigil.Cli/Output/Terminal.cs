using Spectre.Console;

namespace Vigil.Cli.Output;

/// <summary>The console the CLI writes tables to: colours on a terminal, plain text of a fixed width when redirected.</summary>
internal static class Terminal
{
    /// <summary>A console for standard output; <paramref name="redirectedWidth"/> columns wide when output is redirected.</summary>
    public static IAnsiConsole Create(int redirectedWidth)
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out) });
        console.Profile.Width = redirectedWidth;
        return console;
    }
}
