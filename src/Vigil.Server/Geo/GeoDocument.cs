using System.IO.Compression;
using System.Security.Cryptography;

namespace Vigil.Server.Geo;

/// <summary>
/// One map-data answer, made once: the GeoJSON bytes, the same gzip-compressed, and an ETag (a
/// strong validator over the bytes) for conditional requests.
/// </summary>
internal sealed class GeoDocument
{
    private GeoDocument(byte[] json, byte[] gzip, string etag)
    {
        Json = json;
        Gzip = gzip;
        ETag = etag;
    }

    /// <summary>The GeoJSON FeatureCollection, UTF-8.</summary>
    public byte[] Json { get; }

    /// <summary><see cref="Json"/> gzip-compressed (optimal level), sent to clients that accept it.</summary>
    public byte[] Gzip { get; }

    /// <summary>A quoted strong ETag: the first 16 bytes of the SHA-256 of <see cref="Json"/>, hex.</summary>
    public string ETag { get; }

    /// <summary>Wraps <paramref name="json"/>, compressing and hashing it once.</summary>
    public static GeoDocument Of(byte[] json)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(json);
        }

        string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16)) + "\"";
        return new GeoDocument(json, compressed.ToArray(), etag);
    }
}
