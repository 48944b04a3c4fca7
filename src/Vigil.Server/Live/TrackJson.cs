using System.Globalization;
using System.Text.Json;
using Vigil.Core;
using Vigil.Tracking;

namespace Vigil.Server.Live;

/// <summary>
/// Writes tracks as the API shows them, straight into a <see cref="Utf8JsonWriter"/> with pre-encoded
/// names and no per-track allocation: <c>{"id": "T0003", "lat", "lon", "altM", "speedMps",
/// "headingDeg", "class", "probability", "status", "sector", "alerted", "uasId", "at"}</c>, optionally
/// with <c>"trail": [[lon, lat, "time"], …]</c>. Times are ISO 8601 UTC to the millisecond.
/// </summary>
internal static class TrackJson
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText LatName = JsonEncodedText.Encode("lat");
    private static readonly JsonEncodedText LonName = JsonEncodedText.Encode("lon");
    private static readonly JsonEncodedText AltName = JsonEncodedText.Encode("altM");
    private static readonly JsonEncodedText SpeedName = JsonEncodedText.Encode("speedMps");
    private static readonly JsonEncodedText HeadingName = JsonEncodedText.Encode("headingDeg");
    private static readonly JsonEncodedText ClassName = JsonEncodedText.Encode("class");
    private static readonly JsonEncodedText ProbabilityName = JsonEncodedText.Encode("probability");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText SectorName = JsonEncodedText.Encode("sector");
    private static readonly JsonEncodedText AlertedName = JsonEncodedText.Encode("alerted");
    private static readonly JsonEncodedText UasIdName = JsonEncodedText.Encode("uasId");
    private static readonly JsonEncodedText TrailName = JsonEncodedText.Encode("trail");

    /// <summary><c>at</c>, shared by tracks and batches.</summary>
    public static readonly JsonEncodedText AtName = JsonEncodedText.Encode("at");

    private static readonly JsonEncodedText[] Classes =
        [JsonEncodedText.Encode("drone"), JsonEncodedText.Encode("bird"), JsonEncodedText.Encode("aircraft"), JsonEncodedText.Encode("unknown")];

    private static readonly JsonEncodedText Tentative = JsonEncodedText.Encode("tentative");
    private static readonly JsonEncodedText Confirmed = JsonEncodedText.Encode("confirmed");

    /// <summary>Options for writers of track JSON: no validation (the writers are known to be well-formed), no indentation.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { SkipValidation = true };

    /// <summary>Writes one track object; with <paramref name="withTrail"/>, its trail too (oldest first).</summary>
    public static void Write(Utf8JsonWriter w, in LiveTrack t, bool withTrail = false, ReadOnlySpan<TrailPoint> trail = default)
    {
        w.WriteStartObject();
        WriteId(w, IdName, t.Id);
        w.WriteNumber(LatName, Math.Round(t.Position.LatitudeDeg, 6));
        w.WriteNumber(LonName, Math.Round(t.Position.LongitudeDeg, 6));
        w.WriteNumber(AltName, Math.Round(t.Position.AltitudeM, 1));
        w.WriteNumber(SpeedName, Math.Round(t.SpeedMps, 1));
        w.WriteNumber(HeadingName, Math.Round(TrackFrames.HeadingDeg(t.HeadingDeg), 1, MidpointRounding.AwayFromZero) % 360); // 359.96 is north: 0
        w.WriteString(ClassName, Classes[(int)t.Class]);
        w.WriteNumber(ProbabilityName, Math.Round(t.Probability, 3));
        w.WriteString(StatusName, t.Status == TrackStatus.Confirmed ? Confirmed : Tentative);
        if (t.Sector is null)
        {
            w.WriteNull(SectorName);
        }
        else
        {
            w.WriteString(SectorName, t.Sector);
        }

        w.WriteBoolean(AlertedName, t.Alerted);
        if (t.UasId is null)
        {
            w.WriteNull(UasIdName);
        }
        else
        {
            w.WriteString(UasIdName, t.UasId);
        }

        WriteTime(w, AtName, t.At);
        if (withTrail)
        {
            w.WriteStartArray(TrailName);
            foreach (TrailPoint p in trail)
            {
                w.WriteStartArray();
                w.WriteNumberValue(p.LonE6 / 1e6);
                w.WriteNumberValue(p.LatE6 / 1e6);
                WriteTimeValue(w, new DateTimeOffset(p.Ticks, TimeSpan.Zero));
                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>Writes <c>"name": "T0003"</c>.</summary>
    public static void WriteId(Utf8JsonWriter w, JsonEncodedText name, TrackId id)
    {
        Span<byte> s = stackalloc byte[16];
        w.WriteString(name, FormatId(s, id));
    }

    /// <summary>Writes the array element <c>"T0003"</c>.</summary>
    public static void WriteIdValue(Utf8JsonWriter w, TrackId id)
    {
        Span<byte> s = stackalloc byte[16];
        w.WriteStringValue(FormatId(s, id));
    }

    /// <summary>Writes <c>"name": "2026-06-30T01:29:54.123Z"</c>.</summary>
    public static void WriteTime(Utf8JsonWriter w, JsonEncodedText name, DateTimeOffset t)
    {
        Span<byte> s = stackalloc byte[32];
        w.WriteString(name, FormatTime(s, t));
    }

    /// <summary>Writes the value <c>"2026-06-30T01:29:54.123Z"</c>.</summary>
    public static void WriteTimeValue(Utf8JsonWriter w, DateTimeOffset t)
    {
        Span<byte> s = stackalloc byte[32];
        w.WriteStringValue(FormatTime(s, t));
    }

    /// <summary>Parses a track id as the API prints it (<c>T0003</c>) or as a bare number (<c>3</c>).</summary>
    public static bool TryParseId(string? text, out TrackId id)
    {
        id = default;
        ReadOnlySpan<char> s = text;
        if (s.Length > 0 && s[0] is 'T' or 't')
        {
            s = s[1..];
        }

        if (s.Length == 0 || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
        {
            return false;
        }

        id = new TrackId(n);
        return true;
    }

    private static ReadOnlySpan<byte> FormatId(Span<byte> s, TrackId id)
    {
        s[0] = (byte)'T';
        id.Value.TryFormat(s[1..], out int n, "D4", CultureInfo.InvariantCulture);
        return s[..(n + 1)];
    }

    private static ReadOnlySpan<byte> FormatTime(Span<byte> s, DateTimeOffset t)
    {
        t.UtcDateTime.TryFormat(s, out int n, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return s[..n];
    }
}
