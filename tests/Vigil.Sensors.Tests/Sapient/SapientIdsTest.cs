using Vigil.Sensors.Sapient;

namespace Vigil.Sensors.Tests.Sapient;

public class SapientIdsTest
{
    [Theory]
    [InlineData("01H4R63D7NVN8444Z5M77WEBY7", true)]
    [InlineData("01h4r63d7nvn8444z5m77weby7", true)]
    [InlineData("81H4R63D7NVN8444Z5M77WEBY7", false)] // more than 128 bits
    [InlineData("01H4R63D7NVN8444Z5M77WEBYU", false)] // U is not Crockford
    [InlineData("01H4R63D7NVN8444Z5M77WEBY", false)]
    [InlineData("a8654cdf-4328-47de-81fa-c495589e30c9", false)]
    [InlineData("", false)]
    public void IsUlid(string value, bool expected) => Assert.Equal(expected, SapientIds.IsUlid(value));

    [Theory]
    [InlineData("a8654cdf-4328-47de-81fa-c495589e30c9", true)]
    [InlineData("a8654cdf432847de81fac495589e30c9", false)]
    [InlineData("01H4R63D7NVN8444Z5M77WEBY6", false)]
    public void IsUuid(string value, bool expected) => Assert.Equal(expected, SapientIds.IsUuid(value));

    [Fact]
    public void NewUlid_EncodesTimeFirst_KnownVector()
    {
        // 1469918176385 ms (2016-07-30T22:36:16.385Z), the ULID specification's example time, all-zero randomness: time part "01ARYZ6S41".
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1469918176385);
        Assert.Equal("01ARYZ6S410000000000000000", SapientIds.NewUlid(at, new byte[10]));
        Assert.True(SapientIds.IsUlid(SapientIds.NewUlid(at)));
        Assert.True(string.CompareOrdinal(SapientIds.NewUlid(at, new byte[10]), SapientIds.NewUlid(at.AddMilliseconds(1), new byte[10])) < 0);
    }
}
