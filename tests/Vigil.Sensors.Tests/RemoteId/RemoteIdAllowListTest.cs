using Vigil.Sensors.RemoteId;

namespace Vigil.Sensors.Tests.RemoteId;

public class RemoteIdAllowListTest
{
    [Fact]
    public void TryParse_CommentsAndBlankLines_KeepsTheIds()
    {
        const string text = "# border patrol fleet\n\n  MFG1A0123456789   # serial number\r\nSSEVTFG93700070\n#SKIPPED\n";

        Assert.True(RemoteIdAllowList.TryParse(text, out RemoteIdAllowList? list, out DecodeError error), error.ToString());
        Assert.Equal(2, list.Count);
        Assert.True(list.IsRegistered("MFG1A0123456789"));
        Assert.True(list.IsRegistered("SSEVTFG93700070"));
        Assert.False(list.IsRegistered("SKIPPED"));
        Assert.False(list.IsRegistered("mfg1a0123456789"));
    }

    [Fact]
    public void TryParse_BadLine_NamesTheLine()
    {
        Assert.False(RemoteIdAllowList.TryParse("OK1\nTOO-LONG-123456789012345\n", out _, out DecodeError error));
        Assert.Equal(4, error.Offset);
        Assert.StartsWith("line 2: ", error.Reason, StringComparison.Ordinal);

        Assert.False(RemoteIdAllowList.TryParse("two words\n", out _, out error));
        Assert.Contains("U+0020", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRegistered_DecodedUasIdAndObservation_MatchTheText()
    {
        var list = new RemoteIdAllowList(["SSEVTFG93700070"]);
        RemoteIdCaptureResult capture = RemoteIdCaptureExtractor.Extract(RemoteIdFixtures.Read("odid_bt5_lr_sample.pcapng"));
        CapturedRemoteIdMessage basic = capture.Messages.First(m => m.Message.Type == RemoteIdMessageType.BasicId);

        Assert.True(list.IsRegistered(basic.Message.BasicId.UasId));
        Assert.False(RemoteIdAllowList.Empty.IsRegistered(basic.Message.BasicId.UasId));

        var assembler = new RemoteIdAssembler();
        RemoteIdObservation? last = null;
        foreach (CapturedRemoteIdMessage m in capture.Messages)
        {
            if (assembler.TryAdd(m, out RemoteIdObservation? o))
            {
                last = o;
            }
        }

        Assert.NotNull(last);
        Assert.True(list.IsRegistered(last));
        Assert.Equal("FIN87astrdge12kxyz8", last.OperatorId);
    }

    [Fact]
    public void TryLoad_File_ParsesIt()
    {
        string path = Path.Combine(Path.GetTempPath(), $"vigil-allow-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "MFG1A0123456789\n");
        try
        {
            Assert.True(RemoteIdAllowList.TryLoad(path, out RemoteIdAllowList? list, out _));
            Assert.True(list.IsRegistered("MFG1A0123456789"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
