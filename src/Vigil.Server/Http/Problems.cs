using Microsoft.AspNetCore.Http;

namespace Vigil.Server.Http;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) for every error the API returns: a
/// status, a title that names the kind of problem, and a detail that says what is wrong and where.
/// </summary>
public static class Problems
{
    /// <summary>400: the request is malformed. <paramref name="pointer"/> (a JSON Pointer, RFC 6901) names the offending member when known.</summary>
    public static IResult BadRequest(string detail, string? pointer = null) =>
        Of(StatusCodes.Status400BadRequest, "Bad request", detail, pointer is null ? null : new Dictionary<string, object?> { ["pointer"] = pointer });

    /// <summary>403: the caller's role or party may not do this.</summary>
    public static IResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>404: no such resource.</summary>
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>409: the request conflicts with the resource's state (already acknowledged, a newer version exists).</summary>
    public static IResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, "Conflict", detail);

    /// <summary>415: the body is not of a media type the endpoint takes.</summary>
    public static IResult UnsupportedMediaType(string detail) => Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    /// <summary>A problem with <paramref name="status"/>.</summary>
    public static IResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
