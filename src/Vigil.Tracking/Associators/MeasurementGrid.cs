namespace Vigil.Tracking.Associators;

/// <summary>
/// The plots of one batch bucketed in a uniform horizontal grid, so a track looks only at the cells
/// within its reach: gating costs grow with tracks × nearby plots, not tracks × all plots. Buckets
/// are linked lists through one array; storage is reused from batch to batch.
/// </summary>
internal sealed class MeasurementGrid(double cellSizeM)
{
    private readonly Dictionary<long, int> _head = [];
    private int[] _next = new int[64];

    /// <summary>The largest trace of a plot covariance in the batch, m².</summary>
    public double MaxMeasurementVariance { get; private set; }

    public void Build(ReadOnlySpan<Measurement> measurements)
    {
        _head.Clear();
        if (_next.Length < measurements.Length)
        {
            Array.Resize(ref _next, Math.Max(measurements.Length, _next.Length * 2));
        }

        double maxVariance = 0;
        for (int j = 0; j < measurements.Length; j++)
        {
            ref readonly Measurement m = ref measurements[j];
            long key = Key(Cell(m.Position[0]), Cell(m.Position[1]));
            _next[j] = _head.TryGetValue(key, out int first) ? first : -1;
            _head[key] = j;
            maxVariance = Math.Max(maxVariance, m.Covariance[0] + m.Covariance[4] + m.Covariance[8]);
        }

        MaxMeasurementVariance = maxVariance;
    }

    /// <summary>The range of cells covering a rectangle.</summary>
    public (int X0, int Y0, int X1, int Y1) Cells(double x0, double y0, double x1, double y1) =>
        (Cell(x0), Cell(y0), Cell(x1), Cell(y1));

    /// <summary>The first plot in a cell, or −1.</summary>
    public int First(int gx, int gy) => _head.TryGetValue(Key(gx, gy), out int j) ? j : -1;

    /// <summary>The next plot in the same cell, or −1.</summary>
    public int Next(int j) => _next[j];

    private int Cell(double v) => (int)Math.Floor(v / cellSizeM);

    private static long Key(int x, int y) => unchecked(((long)x << 32) | (uint)y);
}
