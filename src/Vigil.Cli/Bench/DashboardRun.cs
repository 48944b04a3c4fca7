namespace Vigil.Cli.Bench;

/// <summary>One run of <c>vigil bench dashboard</c>: a fresh server with <see cref="Tracks"/> synthetic tracks and a fresh browser.</summary>
internal sealed record DashboardRun
{
    /// <summary>Synthetic tracks the server moved.</summary>
    public required int Tracks { get; init; }

    /// <summary>The run's number, from 1.</summary>
    public required int Run { get; init; }

    /// <summary>Why the run measured nothing or stopped early (the server or browser did not start, the page failed to load…); null when it ran through.</summary>
    public string? Failure { get; init; }

    /// <summary>Milliseconds from the navigation's start until the page drew at least <see cref="Tracks"/> tracks; null when it did not within the timeout.</summary>
    public double? VisibleMs { get; init; }

    /// <summary>Milliseconds from the navigation's start until the page said it was ready; null when it did not.</summary>
    public double? ReadyMs { get; init; }

    /// <summary>The most tracks the page said it drew before the targets were visible or the timeout (-1: it never said).</summary>
    public int DrawnMax { get; init; } = -1;

    /// <summary>Long tasks from the navigation's start until the targets were visible (or the timeout); null when not reported.</summary>
    public int? LoadLongTasks { get; init; }

    /// <summary>Their total length in milliseconds.</summary>
    public double? LoadLongTaskMs { get; init; }

    /// <summary>The window with live updates.</summary>
    public FramePhase? Live { get; init; }

    /// <summary>The window panning every frame (null with <c>--pan-seconds 0</c>).</summary>
    public FramePhase? Pan { get; init; }

    /// <summary>The page's JavaScript heap after a garbage collection, in bytes (Runtime.getHeapUsage usedSize).</summary>
    public double? PageHeapBytes { get; init; }

    /// <summary>The dedicated workers' heaps after a garbage collection each, summed, in bytes.</summary>
    public double? WorkerHeapBytes { get; init; }

    /// <summary>Dedicated workers whose heaps <see cref="WorkerHeapBytes"/> sums.</summary>
    public int Workers { get; init; }

    /// <summary>window.innerWidth × window.innerHeight in CSS pixels, and devicePixelRatio.</summary>
    public (int Width, int Height, double PixelRatio)? Viewport { get; init; }

    /// <summary>The WebGL renderer the page got (WEBGL_debug_renderer_info).</summary>
    public string? WebGl { get; init; }

    /// <summary>The browser's product and version, e.g. <c>Chrome/…</c>.</summary>
    public string? Browser { get; init; }

    /// <summary>The page's last errors and warnings (console, exceptions, failed loads).</summary>
    public IReadOnlyList<string> Console { get; init; } = [];

    /// <summary>A screenshot of the page when the run failed or the targets did not become visible.</summary>
    public string? Screenshot { get; init; }

    /// <summary>True when the targets became visible and every window was measured.</summary>
    public bool Complete => Failure is null && VisibleMs is not null;
}
