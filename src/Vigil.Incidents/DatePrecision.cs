namespace Vigil.Incidents;

/// <summary>How precisely a report dates an event (ACLED time precision, with "unknown" for none).</summary>
public enum DatePrecision
{
    /// <summary>No date could be read; the event's date is null.</summary>
    Unknown = 0,

    /// <summary>The day is known.</summary>
    Day = 1,

    /// <summary>Only the week is known; the date is that week's Monday.</summary>
    Week = 2,

    /// <summary>Only the month is known; the date is that month's first day.</summary>
    Month = 3,
}
