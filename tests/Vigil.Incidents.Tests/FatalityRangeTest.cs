namespace Vigil.Incidents.Tests;

public sealed class FatalityRangeTest
{
    [Theory]
    [InlineData(1, 2, 3)]
    [InlineData(null, 2, null)]
    [InlineData(0, null, 5)]
    [InlineData(null, null, null)]
    [InlineData(3, 3, 3)]
    public void Constructor_OrderedOrUnknown_Accepted(int? low, int? best, int? high)
    {
        var r = new FatalityRange(low, best, high);
        Assert.Equal((low, best, high), (r.Low, r.Best, r.High));
    }

    [Theory]
    [InlineData(3, 2, 4)]
    [InlineData(1, 5, 4)]
    [InlineData(5, null, 4)]
    [InlineData(-1, null, null)]
    [InlineData(null, -2, null)]
    public void Constructor_OutOfOrderOrNegative_Throws(int? low, int? best, int? high)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FatalityRange(low, best, high));
    }

    [Fact]
    public void Default_AllUnknown()
    {
        Assert.Equal(new FatalityRange(null, null, null), default);
        Assert.Equal("?–?–?", default(FatalityRange).ToString());
    }

    [Fact]
    public void Exactly_AllThreeEqual()
    {
        Assert.Equal(new FatalityRange(3, 3, 3), FatalityRange.Exactly(3));
        Assert.Equal("2–3–?", new FatalityRange(2, 3, null).ToString());
    }

    [Fact]
    public void Claim_CarriesFiguresByCategory()
    {
        var claim = new Claim
        {
            Party = Party.Side("Tajikistan"),
            Speaker = SpeakerKind.Official,
            At = new DateTimeOffset(2025, 11, 27, 8, 0, 0, TimeSpan.Zero),
            Stance = Stance.Asserts,
            Statement = "Three workers were killed by grenades dropped from a drone.",
            Fatalities = new Dictionary<CasualtyCategory, FatalityRange> { [CasualtyCategory.Civilians] = FatalityRange.Exactly(3) },
        };
        Assert.Equal(3, claim.Fatalities[CasualtyCategory.Civilians].Best);
        Assert.True(claim.IsAffirmative);
    }
}
