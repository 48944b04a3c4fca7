using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Vigil.Core;
using Vigil.Server.Access;
using Vigil.Server.Http;
using Vigil.Server.Live;

namespace Vigil.Server.Endpoints;

/// <summary>The live picture: <c>GET /api/stream</c> (SSE), <c>GET /api/tracks</c> (now or from the history) and <c>GET /api/tracks/{id}</c>.</summary>
internal static class LiveEndpoints
{
    public static void MapLive(this RouteGroupBuilder api)
    {
        api.MapGet("/stream", (HttpContext context, LivePicture picture, TimeProvider clock, IHostApplicationLifetime lifetime) =>
                EventStream.RunAsync(context, picture, clock, lifetime))
            .RequireAuthorization(Policies.Read)
            .WithSummary("Server-Sent Events: a tracks snapshot, then tracks batches, alerts, alert updates, incidents, notifications, checkpoints.");

        api.MapGet("/tracks", (LivePicture picture, ServerOptions options, string? at, string? trail) =>
            {
                if (!TryTrail(trail, options.History, out TimeSpan? span, out IResult? problem))
                {
                    return problem;
                }

                if (at is null)
                {
                    PictureView now = picture.Current(span);
                    return new JsonWriterResult(w => LivePicture.Write(w, now));
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

                return new JsonWriterResult(w => LivePicture.Write(w, then));
            })
            .RequireAuthorization(Policies.Read)
            .WithSummary("The picture now, or at 'at' from the history; 'trail' (seconds) adds each track's trail.");

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
