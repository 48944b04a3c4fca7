namespace Vigil.Tracking.Associators;

/// <summary>
/// The plots of one batch bucketed in a uniform horizontal grid over their bounding box, so a track
/// looks only at the cells within its reach: gating costs grow with tracks × nearby plots, not
/// tracks × all plots. Buckets are linked lists through one array; all storage is reused from batch
/// to batch, and only the cells a batch filled are cleared for the next.
/// </summary>
internal sealed class MeasurementGrid
{
    /// <summary>Most cells a grid may have; a batch spread wider gets coarser cells.</summary>
    private const int MaxCells = 1 << 20;

    private readonly double _baseCellSize;
    private double _cellSize;
    private double _x0, _y0;
    private int _columns, _rows;
    private int[] _head = [];
    private int[] _next = new int[64];
    private int[] _filled = new int[64];
    private int _filledCount;

    /// <summary>Creates a grid with cells of <paramref name="cellSizeM"/> metres (coarser only when a batch is very wide).</summary>
    public MeasurementGrid(double cellSizeM)
    {
        _baseCellSize = cellSizeM;
        _cellSize = cellSizeM;
    }

    /// <summary>The largest trace of a plot covariance in the batch, m².</summary>
    public double MaxMeasurementVariance { get; private set; }

    public void Build(ReadOnlySpan<Measurement> measurements)
    {
        for (int f = 0; f < _filledCount; f++)
        {
            _head[_filled[f]] = -1;
        }

        _filledCount = 0;
        if (_next.Length < measurements.Length)
        {
            int size = Math.Max(measurements.Length, _next.Length * 2);
            _next = new int[size];
            _filled = new int[size];
        }

        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        double maxVariance = 0;
        foreach (ref readonly Measurement m in measurements)
        {
            minX = Math.Min(minX, m.Position[0]);
            maxX = Math.Max(maxX, m.Position[0]);
            minY = Math.Min(minY, m.Position[1]);
            maxY = Math.Max(maxY, m.Position[1]);
            maxVariance = Math.Max(maxVariance, m.Covariance[0] + m.Covariance[4] + m.Covariance[8]);
        }

        MaxMeasurementVariance = maxVariance;
        _cellSize = _baseCellSize;
        while (((maxX - minX) / _cellSize) + 1 > MaxCells / (((maxY - minY) / _cellSize) + 1))
        {
            _cellSize *= 2;
        }

        _x0 = minX;
        _y0 = minY;
        _columns = (int)((maxX - minX) / _cellSize) + 1;
        _rows = (int)((maxY - minY) / _cellSize) + 1;
        if (_head.Length < _columns * _rows)
        {
            _head = new int[Math.Max(_columns * _rows, _head.Length * 2)];
            Array.Fill(_head, -1);
        }

        for (int j = 0; j < measurements.Length; j++)
        {
            int cell = (Row(measurements[j].Position[1]) * _columns) + Column(measurements[j].Position[0]);
            if (_head[cell] < 0)
            {
                _filled[_filledCount++] = cell;
            }

            _next[j] = _head[cell];
            _head[cell] = j;
        }
    }

    /// <summary>The range of cells covering a rectangle, clipped to the grid (empty when it misses the grid).</summary>
    public (int X0, int Y0, int X1, int Y1) Cells(double x0, double y0, double x1, double y1)
    {
        double right = _x0 + (_columns * _cellSize), top = _y0 + (_rows * _cellSize);
        return x1 < _x0 || y1 < _y0 || x0 >= right || y0 >= top
            ? (0, 0, -1, -1)
            : (Column(x0), Row(y0), Column(x1), Row(y1));
    }

    /// <summary>The first plot in a cell, or −1.</summary>
    public int First(int gx, int gy) => _head[(gy * _columns) + gx];

    /// <summary>The next plot in the same cell, or −1.</summary>
    public int Next(int j) => _next[j];

    private int Column(double x) => Clamp((x - _x0) / _cellSize, _columns);

    private int Row(double y) => Clamp((y - _y0) / _cellSize, _rows);

    /// <summary>The cell index of an offset, clamped to [0, count − 1] (NaN, far outside: the nearest edge).</summary>
    private static int Clamp(double offset, int count) =>
        offset >= count ? count - 1 : offset >= 0 ? (int)offset : 0;
}
