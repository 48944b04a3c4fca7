using System.Globalization;

namespace Vigil.Cli.Bench;

/// <summary>
/// CPU time of process trees, by role, read from Linux's <c>/proc</c>: a root process and all its
/// descendants, each named by its Chromium <c>--type=</c> (<c>gpu-process</c> → gpu, renderer; the
/// browser process and its helpers, utility, zygote…, → browser) or by the label the caller gives the root. Elsewhere than Linux
/// a sample is empty.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>Clock ticks a second of <c>/proc/PID/stat</c>'s utime and stime (Linux's USER_HZ, 100 on every architecture it runs on).</summary>
    public const double TicksPerSecond = 100;

    /// <summary>
    /// CPU seconds (user + system) so far of each process in the trees of <paramref name="roots"/>,
    /// keyed by process id, with its role. A root labelled <c>chromium</c> names its processes by
    /// their <c>--type=</c>; any other label names the whole tree.
    /// </summary>
    public static Dictionary<int, (string Role, double Seconds)> Sample(IReadOnlyList<(int Pid, string Label)> roots)
    {
        var result = new Dictionary<int, (string, double)>();
        if (!OperatingSystem.IsLinux())
        {
            return result;
        }

        var parents = new Dictionary<int, (int Parent, double Seconds)>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                if (TryParseStat(File.ReadAllText(Path.Combine(dir, "stat")), out int parent, out long ticks))
                {
                    parents[pid] = (parent, ticks / TicksPerSecond);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // the process ended meanwhile
            }
        }

        foreach ((int pid, (int _, double seconds)) in parents)
        {
            for (int up = pid, depth = 0; up > 1 && depth < 64; depth++)
            {
                int root = -1;
                string label = "";
                foreach ((int rootPid, string rootLabel) in roots)
                {
                    if (rootPid == up)
                    {
                        (root, label) = (rootPid, rootLabel);
                    }
                }

                if (root >= 0)
                {
                    result[pid] = (label == "chromium" ? ChromiumRole(pid) : label, seconds);
                    break;
                }

                if (!parents.TryGetValue(up, out (int Parent, double _) next))
                {
                    break;
                }

                up = next.Parent;
            }
        }

        return result;
    }

    /// <summary>CPU seconds by role between two samples (a process that started meanwhile counts whole).</summary>
    public static SortedDictionary<string, double> Between(Dictionary<int, (string Role, double Seconds)> before, Dictionary<int, (string Role, double Seconds)> after)
    {
        var byRole = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach ((int pid, (string role, double seconds)) in after)
        {
            double spent = seconds - (before.TryGetValue(pid, out (string _, double Seconds) b) ? b.Seconds : 0);
            byRole[role] = (byRole.TryGetValue(role, out double sum) ? sum : 0) + Math.Max(0, spent);
        }

        return byRole;
    }

    /// <summary>
    /// The parent id and the user + system ticks in a <c>/proc/PID/stat</c> line:
    /// <c>PID (COMM) STATE PPID …</c>, utime and stime being the 14th and 15th fields. COMM may hold
    /// spaces and parentheses, so the fields are counted from the last <c>)</c>.
    /// </summary>
    public static bool TryParseStat(string line, out int parent, out long ticks)
    {
        parent = 0;
        ticks = 0;
        int close = line.LastIndexOf(')');
        if (close < 0)
        {
            return false;
        }

        string[] fields = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // fields[0] is field 3 (state): the parent is field 4, utime 14 and stime 15.
        if (fields.Length < 13
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out parent)
            || !long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out long user)
            || !long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out long system))
        {
            return false;
        }

        ticks = user + system;
        return true;
    }

    /// <summary>The role of a Chromium process by the <c>--type=</c> on its command line: gpu, renderer, or browser (the browser process and its helpers).</summary>
    public static string RoleOf(string commandLine)
    {
        foreach (string arg in commandLine.Split('\0', ' '))
        {
            if (arg.StartsWith("--type=", StringComparison.Ordinal))
            {
                return arg["--type=".Length..] switch
                {
                    "gpu-process" => "gpu",
                    "renderer" => "renderer",
                    _ => "browser",
                };
            }
        }

        return "browser";
    }

    private static string ChromiumRole(int pid)
    {
        try
        {
            return RoleOf(File.ReadAllText($"/proc/{pid}/cmdline"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "browser";
        }
    }
}
