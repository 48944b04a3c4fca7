using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Vigil.Server.Geo;

namespace Vigil.Server.Endpoints;

/// <summary>
/// <c>GET</c> (and <c>HEAD</c>) <c>/api/geo/borders</c>, <c>/api/geo/admin</c> and <c>/api/geo/places</c>: the map's public
/// layers as GeoJSON (<see cref="MapData"/>), open to all. Each is made once and then served from
/// memory, gzip-compressed when the client accepts it, with an ETag (304 when it matches) and a
/// day's Cache-Control.
/// </summary>
internal static class GeoEndpoints
{
    /// <summary>How long a client may keep a layer without asking again (the data changes only with a new server build).</summary>
    public const string CacheControl = "public, max-age=86400";

    // HEAD answers as GET does, without the body (Kestrel leaves it out).
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapGeo(this RouteGroupBuilder api)
    {
        var data = new MapData();
        api.MapMethods("/geo/borders", GetOrHead, (HttpContext context) => Serve(context, data.Borders))
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("Afghanistan's land borders: one GeoJSON LineString per neighbour, Afghanistan on the left.");
        api.MapMethods("/geo/admin", GetOrHead, (HttpContext context) => Serve(context, data.Admin))
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("Provinces and districts within 150 km of the border, simplified, as GeoJSON polygons.");
        api.MapMethods("/geo/places", GetOrHead, (HttpContext context) => Serve(context, data.Places))
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json")
            .WithSummary("Border crossings, cities, district centres and towns near the border, as GeoJSON points.");
    }

    private static IResult Serve(HttpContext context, GeoDocument doc)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.ETag = doc.ETag;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(tag => tag.Trim() == doc.ETag))))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (AcceptsGzip(context.Request))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(doc.Gzip, "application/geo+json");
        }

        return TypedResults.Bytes(doc.Json, "application/geo+json");
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        foreach (string? value in request.Headers.AcceptEncoding)
        {
            foreach (string coding in (value ?? "").Split(','))
            {
                string[] parts = coding.Split(';');
                if (parts[0].Trim().Equals("gzip", StringComparison.OrdinalIgnoreCase) && !parts.Skip(1).Any(q => q.Trim().Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
