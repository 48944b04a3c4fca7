using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vigil.Geo;

namespace Vigil.Server.Live;

/// <summary>Registers the live picture, its publisher, its sources and the alert desk.</summary>
internal static class LiveServices
{
    public static IServiceCollection AddLive(this IServiceCollection services, ServerOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.SyntheticTracks);
        if (!(options.ReplaySpeed > 0) || !double.IsFinite(options.ReplaySpeed))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ReplaySpeed, "The replay speed must be a positive number.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.History, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.HistoryPoints, 1);
        services.TryAddSingleton(_ => BorderAtlas.LoadBundled());
        services.AddSingleton<SectorLookup>();
        services.AddSingleton<LivePicture>();
        services.AddSingleton<AlertDesk>();
        services.AddHostedService<TrackPublisher>();
        if (options.SyntheticTracks > 0)
        {
            services.AddHostedService<SyntheticSource>();
        }

        if (options.Replay is not null)
        {
            services.AddHostedService<ReplaySource>();
        }

        return services;
    }
}
