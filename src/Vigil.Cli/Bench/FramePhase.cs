namespace Vigil.Cli.Bench;

/// <summary>
/// One window of <c>vigil bench dashboard</c> whose animation frames were counted: with live updates,
/// or panning every frame. Frames are <c>requestAnimationFrame</c> callbacks in the page.
/// </summary>
internal sealed record FramePhase
{
    /// <summary>Frames after the first one of the window.</summary>
    public required int Frames { get; init; }

    /// <summary>From the first frame's time to the last one's, in milliseconds.</summary>
    public required double DurationMs { get; init; }

    /// <summary>Frames a second over the whole window: <see cref="Frames"/> ÷ <see cref="DurationMs"/>.</summary>
    public double Fps => DurationMs > 0 ? Frames / (DurationMs / 1000) : 0;

    /// <summary>The longest time between two frames, in milliseconds.</summary>
    public required double WorstFrameMs { get; init; }

    /// <summary>Frames in each whole second of the window.</summary>
    public required IReadOnlyList<int> PerSecond { get; init; }

    /// <summary>Long tasks (main-thread tasks over 50 ms) that started in the window; null when the browser does not report them.</summary>
    public required int? LongTasks { get; init; }

    /// <summary>Their total length in milliseconds.</summary>
    public required double? LongTaskMs { get; init; }

    /// <summary>The fewest tracks the page said it drew during the window (-1: it never said).</summary>
    public required int DrawnMin { get; init; }

    /// <summary>The most tracks the page said it drew during the window.</summary>
    public required int DrawnMax { get; init; }

    /// <summary>Wall-clock seconds the window took, as this process saw it.</summary>
    public required double WallSeconds { get; init; }

    /// <summary>Seconds the page's main thread ran tasks (DevTools' Performance.getMetrics TaskDuration).</summary>
    public required double MainThreadSeconds { get; init; }

    /// <summary>Of which running JavaScript (ScriptDuration).</summary>
    public required double ScriptSeconds { get; init; }

    /// <summary>CPU seconds (user + system) by process role: chromium's gpu, renderer, browser, utility…, and the server.</summary>
    public required IReadOnlyDictionary<string, double> CpuSeconds { get; init; }
}
