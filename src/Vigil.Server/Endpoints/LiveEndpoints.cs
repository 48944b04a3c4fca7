using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;
using Vigil.Core;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Live;

namespace Vigil.Server.Endpoints;

/// <summary>
/// The live picture: <c>GET /api/stream</c> (SSE), <c>GET /api/tracks/stream</c> (track frames),
/// <c>GET /api/tracks</c> (now or from the history, JSON or track frames) and <c>GET /api/tracks/{id}</c>.
/// </summary>
internal static class LiveEndpoints
{
    public static void MapLive(this RouteGroupBuilder api)
    {
        api.MapGet("/stream", async (HttpContext context, LivePicture picture, ServerOptions options, IHostApplicationLifetime lifetime, string? tracks) =>
            {
                if (tracks is not (null or "true" or "false"))
                {
                    return Problems.BadRequest($"'tracks' must be true or false, got '{tracks}'");
                }

                await EventStream.RunAsync(context, picture, new SseFormat(tracks != "false"), options, lifetime).ConfigureAwait(false);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Server-Sent Events: a tracks snapshot, then tracks batches (none with tracks=false), alerts, alert updates, incidents, notifications, checkpoints.");

        api.MapGet("/tracks/stream", async (HttpContext context, LivePicture picture, ServerOptions options, IHostApplicationLifetime lifetime, string? trail) =>
            {
                if (!TryTrail(trail, options.History, out TimeSpan? span, out IResult? problem))
                {
                    return problem;
                }

                await EventStream.RunAsync(context, picture, new FrameFormat(picture, options.Clock, span), options, lifetime).ConfigureAwait(false);
                return Results.Empty;
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("Track frames (application/vnd.vigil.tracks, docs/track-frames.md): a snapshot, then every change; 'trail' (seconds) adds trails to snapshots.");

        api.MapGet("/tracks", (HttpContext context, LivePicture picture, ServerOptions options, string? at, string? trail) =>
            {
                context.Response.Headers.Vary = "Accept";
                bool frames = WantsFrames(context.Request);
                if (!TryTrail(trail, options.History, out TimeSpan? span, out IResult? problem))
                {
                    return problem;
                }

                if (at is null)
                {
                    PictureView now = picture.Current(span);
                    return frames ? new TrackFramesResult(now, options.Clock) : new JsonWriterResult(w => LivePicture.Write(w, now));
                }

                if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time))
                {
                    return Problems.BadRequest($"'at' must be an ISO 8601 time such as 2026-06-30T01:30:00Z, got '{at}'");
                }

                if (picture.AtTime(time, span) is not { } then)
                {
                    DateTimeOffset? from = picture.History.From;
                    return Problems.NotFound(from is null
                        ? $"the picture has no history yet, so nothing is known at {time:O}"
                        : $"the history starts at {from:O}; nothing is kept from {time:O}");
                }

                return frames ? new TrackFramesResult(then, options.Clock) : new JsonWriterResult(w => LivePicture.Write(w, then));
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("The picture now, or at 'at' from the history; 'trail' (seconds) adds each track's trail. JSON, or track frames for Accept: application/vnd.vigil.tracks.");

        api.MapGet("/tracks/{id}", (LivePicture picture, string id) =>
            {
                if (!TrackJson.TryParseId(id, out TrackId trackId))
                {
                    return Problems.BadRequest($"'{id}' is not a track id: want T and a number, e.g. T0003");
                }

                if (picture.One(trackId) is not { } one)
                {
                    return Problems.NotFound($"no track {trackId} in the picture or its history");
                }

                return new JsonWriterResult(w => TrackJson.Write(w, one.Track, withTrail: true, one.Trail));
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("One track with its whole trail.");
    }

    /// <summary>
    /// Whether the request prefers track frames to JSON: its Accept names
    /// <c>application/vnd.vigil.tracks</c> with a quality above 0 and no lower than the one it gives JSON.
    /// </summary>
    internal static bool WantsFrames(HttpRequest request)
    {
        IList<MediaTypeHeaderValue> accept = request.GetTypedHeaders().Accept;
        double frames = 0;
        double json = 0;
        int jsonSpecificity = -1;
        foreach (MediaTypeHeaderValue m in accept)
        {
            double q = m.Quality ?? 1;
            if (m.MediaType.Equals(TrackFrames.MediaType, StringComparison.OrdinalIgnoreCase))
            {
                frames = Math.Max(frames, q);
                continue;
            }

            int specificity = m.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ? 2
                : m.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 1
                : m.MediaType.Equals("*/*", StringComparison.Ordinal) ? 0
                : -1;
            if (specificity > jsonSpecificity)
            {
                jsonSpecificity = specificity;
                json = q;
            }
        }

        return frames > 0 && frames >= json;
    }

    private static bool TryTrail(string? text, TimeSpan history, out TimeSpan? trail, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? problem)
    {
        trail = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) || !(seconds > 0) || seconds > history.TotalSeconds)
        {
            problem = Problems.BadRequest(string.Create(CultureInfo.InvariantCulture,
                $"'trail' must be a number of seconds in (0, {history.TotalSeconds}], got '{text}'"));
            return false;
        }

        trail = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
