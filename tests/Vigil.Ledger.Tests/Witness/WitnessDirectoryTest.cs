using Vigil.Ledger.Notes;
using Vigil.Ledger.Tests.Notes;
using Vigil.Ledger.Witness;

namespace Vigil.Ledger.Tests.Witness;

public sealed class WitnessDirectoryTest : IDisposable
{
    private readonly string _dir = Path.Combine(Directory.CreateTempSubdirectory("vigil-witness-").FullName, "state");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dir)!, recursive: true);

    [Fact]
    public void TryCreateKey_NewDirectory_WritesAKeyOnlyTheOwnerCanRead()
    {
        Assert.True(WitnessDirectory.TryCreateKey(_dir, "vigil.example/w1", out CosignatureVerifier? verifier, out string error), error);
        Assert.Equal("vigil.example/w1", verifier.Name);
        string key = Path.Combine(_dir, WitnessDirectory.KeyFileName);
        Assert.StartsWith("PRIVATE+KEY+vigil.example/w1+", File.ReadAllText(key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_dir));
        }

        Assert.True(WitnessDirectory.TryOpen(_dir, out WitnessDirectory? opened, out error), error);
        using (opened)
        {
            Assert.True(opened.TryLoadSigner(new FixedClock(DateTimeOffset.UnixEpoch), out CosignatureSigner? signer, out error), error);
            using (signer)
            {
                Assert.Equal(verifier.VerifierKey, signer.Verifier.VerifierKey);
            }
        }
    }

    [Fact]
    public void TryCreateKey_KeyExists_RefusesAndKeepsIt()
    {
        Assert.True(WitnessDirectory.TryCreateKey(_dir, "vigil.example/w1", out _, out _));
        string key = Path.Combine(_dir, WitnessDirectory.KeyFileName);
        string before = File.ReadAllText(key);

        Assert.False(WitnessDirectory.TryCreateKey(_dir, "vigil.example/w2", out CosignatureVerifier? verifier, out string error));
        Assert.Null(verifier);
        Assert.Equal($"{key} exists: refusing to overwrite the witness key", error);
        Assert.Equal(before, File.ReadAllText(key));
    }

    [Fact]
    public void TryCreateKey_BadName_Fails()
    {
        Assert.False(WitnessDirectory.TryCreateKey(_dir, "w 1", out _, out string error));
        Assert.Equal("key name 'w 1' contains a space (U+0020)", error);
        Assert.False(Directory.Exists(_dir));
    }

    [Fact]
    public void TryOpen_NoDirectory_Fails()
    {
        Assert.False(WitnessDirectory.TryOpen(_dir, out _, out string error));
        Assert.StartsWith($"{_dir}: no such directory", error);
    }

    [Fact]
    public void TryOpen_WhileOpen_FailsUntilDisposed()
    {
        Directory.CreateDirectory(_dir);
        Assert.True(WitnessDirectory.TryOpen(_dir, out WitnessDirectory? first, out _));
        Assert.False(WitnessDirectory.TryOpen(_dir, out _, out string error));
        Assert.Equal($"{_dir} is in use by another witness process", error);
        first.Dispose();
        Assert.True(WitnessDirectory.TryOpen(_dir, out WitnessDirectory? second, out _));
        second.Dispose();
    }

    [Fact]
    public void TryLoadSigner_NoKey_Fails()
    {
        Directory.CreateDirectory(_dir);
        Assert.True(WitnessDirectory.TryOpen(_dir, out WitnessDirectory? opened, out _));
        using (opened)
        {
            Assert.False(opened.TryLoadSigner(TimeProvider.System, out _, out string error));
            Assert.StartsWith(Path.Combine(_dir, WitnessDirectory.KeyFileName) + ": no witness key", error);
        }
    }

    [Fact]
    public void SaveCosigned_ThenLastCosigned_GivesItBackPerOrigin()
    {
        Directory.CreateDirectory(_dir);
        Assert.True(WitnessDirectory.TryOpen(_dir, out WitnessDirectory? state, out _));
        using (state)
        {
            Assert.Null(state.LastCosigned("vigil.example/log"));
            state.SaveCosigned("vigil.example/log", "first\n");
            state.SaveCosigned("vigil.example/log", "second\n");
            state.SaveCosigned("vigil.example/other", "other\n");
            Assert.Equal("second\n", state.LastCosigned("vigil.example/log"));
            Assert.Equal("other\n", state.LastCosigned("vigil.example/other"));
        }

        Assert.Equal(
            ["vigil.example_2Flog.checkpoint", "vigil.example_2Fother.checkpoint", "witness.lock"],
            Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("vigil.example/log", "vigil.example_2Flog.checkpoint")]
    [InlineData("Log", "_4Cog.checkpoint")]
    [InlineData("_4Cog", "_5F4_43og.checkpoint")]
    [InlineData("..", "...checkpoint")]
    [InlineData("é", "_C3_A9.checkpoint")]
    public void FileName_EncodesTheOrigin(string origin, string file) => Assert.Equal(file, WitnessDirectory.FileName(origin));

    [Fact]
    public void FileName_LongOrigins_StayShortAndDistinct()
    {
        string a = WitnessDirectory.FileName(new string('a', 300)), b = WitnessDirectory.FileName(new string('a', 301));
        Assert.NotEqual(a, b);
        Assert.True(a.Length <= 200, a);
        Assert.StartsWith(new string('a', 120) + "_", a);
    }
}
