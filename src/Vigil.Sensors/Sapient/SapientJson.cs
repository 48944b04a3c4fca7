using Google.Protobuf;
using Vigil.Sensors.Sapient.Proto;

namespace Vigil.Sensors.Sapient;

/// <summary>SAPIENT messages in their proto3 JSON form (camelCase names, enumeration names as strings).</summary>
public static class SapientJson
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>One line of JSON for <paramref name="message"/>, suitable for NDJSON output.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static string Format(SapientMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Formatter.Format(message);
    }
}
