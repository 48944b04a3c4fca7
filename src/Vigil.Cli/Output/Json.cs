using System.Globalization;
using System.Text.Json;
using Vigil.Core;

namespace Vigil.Cli.Output;

/// <summary>Small helpers for the JSON the CLI writes.</summary>
internal static class Json
{
    /// <summary>Writer options: indented, as files are read by people too.</summary>
    public static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>One JSON value per line, with base64's '+' and '/' and non-ASCII text written as they are.</summary>
    public static readonly JsonWriterOptions Line = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An instant as ISO-8601 UTC with milliseconds and a Z.</summary>
    public static string Time(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes a number rounded to <paramref name="digits"/> decimals; null for NaN.</summary>
    public static void Number(this Utf8JsonWriter w, string name, double value, int digits)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumber(name, Math.Round(value, digits));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The wire name of a class: drone, bird, aircraft.</summary>
    public static string Name(this ObjectClass c) => c switch
    {
        ObjectClass.Drone => "drone",
        ObjectClass.Bird => "bird",
        ObjectClass.Aircraft => "aircraft",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };
}
