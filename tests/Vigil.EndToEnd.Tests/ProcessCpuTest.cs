using Vigil.Cli.Bench;

namespace Vigil.EndToEnd.Tests;

/// <summary><see cref="ProcessCpu"/>: Linux's /proc stat lines and Chromium's process roles.</summary>
public sealed class ProcessCpuTest
{
    [Fact]
    public void TryParseStat_CommWithSpacesAndParentheses_ParentAndTicks()
    {
        const string line = "4242 (Chrome_Child (gpu) x) S 4200 4200 4200 0 -1 4194560 9000 0 12 0 1234 567 0 0 20 0 21 0 300 1000000 5000 18446744073709551615 0 0 0 0 0 0 0 4096 0 0 0 0 17 1 0 0 0 0 0\n";
        Assert.True(ProcessCpu.TryParseStat(line, out int parent, out long ticks));
        Assert.Equal((4200, 1234L + 567L), (parent, ticks));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4242 chromium S 1")]
    [InlineData("4242 (chromium) S 1 2 3")]
    public void TryParseStat_Truncated_False(string line) => Assert.False(ProcessCpu.TryParseStat(line, out _, out _));

    [Theory]
    [InlineData("/usr/lib/chromium/chromium\0--type=gpu-process\0--no-sandbox\0", "gpu")]
    [InlineData("/usr/lib/chromium/chromium\0--type=renderer\0--enable-unsafe-swiftshader\0", "renderer")]
    [InlineData("/usr/lib/chromium/chromium --type=utility --utility-sub-type=network.mojom.NetworkService", "browser")]
    [InlineData("/usr/lib/chromium/chromium\0--type=zygote\0", "browser")]
    [InlineData("/usr/lib/chromium/chromium\0--headless=new\0about:blank\0", "browser")]
    public void RoleOf_CommandLine_TheTypeFlag(string commandLine, string role) => Assert.Equal(role, ProcessCpu.RoleOf(commandLine));

    [Fact]
    public void Between_TwoSamples_SecondsByRoleNewProcessesWhole()
    {
        var before = new Dictionary<int, (string Role, double Seconds)> { [1] = ("gpu", 10), [2] = ("renderer", 5), [3] = ("renderer", 1) };
        var after = new Dictionary<int, (string Role, double Seconds)> { [1] = ("gpu", 14.5), [2] = ("renderer", 6), [4] = ("renderer", 0.5), [5] = ("server", 2) };
        SortedDictionary<string, double> spent = ProcessCpu.Between(before, after);
        Assert.Equal(["gpu", "renderer", "server"], spent.Keys);
        Assert.Equal(4.5, spent["gpu"], 9);
        Assert.Equal(1.5, spent["renderer"], 9); // 1 from process 2, 0.5 from the new process 4; process 3 ended
        Assert.Equal(2, spent["server"], 9);
    }

    [Fact]
    public void Sample_ThisProcess_ItsOwnTree()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Dictionary<int, (string Role, double Seconds)> sample = ProcessCpu.Sample([(Environment.ProcessId, "tests")]);
        Assert.Equal("tests", sample[Environment.ProcessId].Role);
        Assert.True(sample[Environment.ProcessId].Seconds > 0);
    }
}
