namespace Vigil.Sensors.RemoteId;

/// <summary>The bounds (95 %) the accuracy codes of a Location message stand for, per F3411-22a table 9 to 11.</summary>
public static class RemoteIdAccuracy
{
    /// <summary>The horizontal accuracy bound in metres, or null when unknown or reserved.</summary>
    public static double? HorizontalM(HorizontalAccuracy accuracy) => accuracy switch
    {
        HorizontalAccuracy.Within10Nm => 18_520,
        HorizontalAccuracy.Within4Nm => 7_408,
        HorizontalAccuracy.Within2Nm => 3_704,
        HorizontalAccuracy.Within1Nm => 1_852,
        HorizontalAccuracy.Within0_5Nm => 926,
        HorizontalAccuracy.Within0_3Nm => 555.6,
        HorizontalAccuracy.Within0_1Nm => 185.2,
        HorizontalAccuracy.Within0_05Nm => 92.6,
        HorizontalAccuracy.Within30M => 30,
        HorizontalAccuracy.Within10M => 10,
        HorizontalAccuracy.Within3M => 3,
        HorizontalAccuracy.Within1M => 1,
        _ => null,
    };

    /// <summary>The vertical accuracy bound in metres, or null when unknown or reserved.</summary>
    public static double? VerticalM(VerticalAccuracy accuracy) => accuracy switch
    {
        VerticalAccuracy.Within150M => 150,
        VerticalAccuracy.Within45M => 45,
        VerticalAccuracy.Within25M => 25,
        VerticalAccuracy.Within10M => 10,
        VerticalAccuracy.Within3M => 3,
        VerticalAccuracy.Within1M => 1,
        _ => null,
    };

    /// <summary>The speed accuracy bound in metres per second, or null when unknown or reserved.</summary>
    public static double? SpeedMps(SpeedAccuracy accuracy) => accuracy switch
    {
        SpeedAccuracy.Within10Mps => 10,
        SpeedAccuracy.Within3Mps => 3,
        SpeedAccuracy.Within1Mps => 1,
        SpeedAccuracy.Within0_3Mps => 0.3,
        _ => null,
    };
}
