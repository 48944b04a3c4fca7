using Vigil.Core;
using Vigil.Geo;

namespace Vigil.Server.Live;

/// <summary>
/// Names the district (else the province) a position is over, for the live picture's <c>sector</c>.
/// Answers are cached on a grid of 0.005° (about 500 m), so a moving track costs a point-in-polygon
/// test only when it enters a cell nobody has been in; a track within a cell's width of a district
/// line may be named for its neighbour. Thread-safe.
/// </summary>
internal sealed class SectorLookup(BorderAtlas atlas)
{
    private const double CellDeg = 0.005;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, string?> _cells = [];

    /// <summary>How many cells have been looked up.</summary>
    public int Cells
    {
        get
        {
            lock (_lock)
            {
                return _cells.Count;
            }
        }
    }

    /// <summary>The sector of <paramref name="point"/>, or null outside every known area.</summary>
    public string? Of(GeoPoint point)
    {
        int x = (int)Math.Floor(point.LongitudeDeg / CellDeg), y = (int)Math.Floor(point.LatitudeDeg / CellDeg);
        long key = ((long)x << 32) | (uint)y;
        lock (_lock)
        {
            if (!_cells.TryGetValue(key, out string? sector))
            {
                var centre = new GeoPoint((y + 0.5) * CellDeg, (x + 0.5) * CellDeg);
                sector = atlas.FindAdminArea(centre, AdminLevel.District)?.Name ?? atlas.FindAdminArea(centre, AdminLevel.Province)?.Name;
                _cells[key] = sector;
            }

            return sector;
        }
    }
}
