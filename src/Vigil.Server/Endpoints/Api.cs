using Microsoft.AspNetCore.Routing;

namespace Vigil.Server.Endpoints;

/// <summary>Every API endpoint, under <c>/api</c>. Each area maps its own routes.</summary>
internal static class Api
{
    public static RouteGroupBuilder MapVigilApi(this RouteGroupBuilder api)
    {
        api.MapHealth();
        api.MapGeo();
        api.MapLive();
        api.MapAlerts();
        api.MapIncidents();
        api.MapEvidence();
        api.MapReports();
        api.MapLedger();
        api.MapExport();
        api.MapNotifications();
        return api;
    }
}
