using Vigil.Sensors.Sapient.Proto;
using Status = Vigil.Sensors.Sapient.Proto.StatusReport.Types;

namespace Vigil.Sensors.Sapient;

/// <summary>
/// Summarises a StatusReport as a <see cref="SensorHealth"/>. BSI Flex 335 v2.0 has no "jammed" state: a node reports
/// jamming as a status line, normally of type EXTERNAL_FAULT ("external influences have caused a fault"), sometimes
/// NOT_DETECTING, CLUTTER or OTHER, whose value names it. The mapping, first match wins:
/// <list type="number">
/// <item>a status line of one of those types whose value mentions "jam" or "interference" → <see cref="SensorHealth.Jammed"/>;</item>
/// <item>system GOODBYE, or a NOT_DETECTING line at warning or error level → <see cref="SensorHealth.Silent"/>;</item>
/// <item>system WARNING or ERROR → <see cref="SensorHealth.Degraded"/>;</item>
/// <item>otherwise → <see cref="SensorHealth.Ok"/>.</item>
/// </list>
/// </summary>
public static class SapientHealth
{
    /// <summary>The health <paramref name="report"/> describes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static SensorHealth Classify(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool notDetecting = false;
        foreach (var status in report.Status)
        {
            if (status.StatusType is Status.StatusType.ExternalFault or Status.StatusType.NotDetecting
                    or Status.StatusType.Clutter or Status.StatusType.Other
                && MentionsJamming(status.StatusValue))
            {
                return SensorHealth.Jammed;
            }

            notDetecting |= status.StatusType == Status.StatusType.NotDetecting
                && status.StatusLevel is Status.StatusLevel.WarningStatus or Status.StatusLevel.ErrorStatus;
        }

        if (report.System == Status.System.Goodbye || notDetecting)
        {
            return SensorHealth.Silent;
        }

        return report.System is Status.System.Warning or Status.System.Error ? SensorHealth.Degraded : SensorHealth.Ok;
    }

    private static bool MentionsJamming(string value) =>
        value.Contains("jam", StringComparison.OrdinalIgnoreCase)
        || value.Contains("interference", StringComparison.OrdinalIgnoreCase);
}
