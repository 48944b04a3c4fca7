namespace Vigil.Incidents.Tests;

public sealed class GradeDecisionTest
{
    private static readonly DateTimeOffset At = new(2026, 7, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly GradeSuggestion Weak = new(Grade.Weak, "A single independent source reports the event.");

    [Fact]
    public void Constructor_KeepsSuggestionBesideDecision()
    {
        var d = new GradeDecision(Grade.Fair, "facilitator:jm", At, "Second outlet found in the local-language press.", Weak);
        Assert.Equal(Grade.Fair, d.Grade);
        Assert.Equal(Weak, d.Suggested);
        Assert.True(d.OverridesSuggestion);
        Assert.Equal(At, d.At);
    }

    [Fact]
    public void Constructor_SameAsSuggestion_DoesNotOverride()
    {
        Assert.False(new GradeDecision(Grade.Weak, "facilitator:jm", At, "Agree.", Weak).OverridesSuggestion);
    }

    [Theory]
    [InlineData("", "reason")]
    [InlineData("someone", " ")]
    public void Constructor_MissingWhoOrWhy_Throws(string by, string reason)
    {
        Assert.ThrowsAny<ArgumentException>(() => new GradeDecision(Grade.Weak, by, At, reason, Weak));
    }
}
