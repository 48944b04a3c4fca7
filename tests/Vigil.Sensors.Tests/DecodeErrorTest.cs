namespace Vigil.Sensors.Tests;

public class DecodeErrorTest
{
    [Fact]
    public void ToString_SaysOffsetAndReason() =>
        Assert.Equal("offset 17: too short", new DecodeError(17, "too short").ToString());
}
