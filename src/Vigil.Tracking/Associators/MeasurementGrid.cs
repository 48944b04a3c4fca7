namespace Vigil.Tracking.Associators;

/// <summary>
/// The plots of one batch sorted into a uniform horizontal grid over their bounding box, so a track
/// looks only at the cells within its reach: gating costs grow with tracks × nearby plots, not
/// tracks × all plots. The plots are counting-sorted by cell (row-major), so the cells of one grid
/// row within a track's reach are one contiguous run; beside the order, the grid keeps each plot's
/// position, covariance trace and time in flat arrays in that order, which is all the pre-gate reads.
/// All storage is reused from batch to batch.
/// </summary>
internal sealed class MeasurementGrid
{
    /// <summary>Fewest cells a grid may have whatever the batch size.</summary>
    private const int MinCellBudget = 4_096;

    /// <summary>Cells per plot a grid may have: a sparse batch gets coarser cells, so building stays O(plots).</summary>
    private const int CellsPerPlot = 16;

    private readonly double _baseCellSize;
    private double _cellSize;
    private double _x0, _y0;
    private int _columns, _rows;
    private int[] _start = [];
    private int[] _cellOf = new int[64];
    private int[] _index = new int[64];
    private double[] _x = new double[64], _y = new double[64], _z = new double[64], _variance = new double[64], _t = new double[64];

    /// <summary>Creates a grid with cells of <paramref name="cellSizeM"/> metres (coarser when a batch is sparse and wide).</summary>
    public MeasurementGrid(double cellSizeM)
    {
        _baseCellSize = cellSizeM;
        _cellSize = cellSizeM;
    }

    /// <summary>The largest trace of a plot covariance in the batch, m².</summary>
    public double MaxMeasurementVariance { get; private set; }

    /// <summary>The time <see cref="Time"/> counts from: the first plot's.</summary>
    public DateTimeOffset Epoch { get; private set; }

    /// <summary>Batch index of the plot at sorted position k.</summary>
    public ReadOnlySpan<int> Index => _index;

    /// <summary>East, north and up of the plot at sorted position k, m.</summary>
    public ReadOnlySpan<double> East => _x;

    /// <inheritdoc cref="East"/>
    public ReadOnlySpan<double> North => _y;

    /// <inheritdoc cref="East"/>
    public ReadOnlySpan<double> Up => _z;

    /// <summary>Trace of the covariance of the plot at sorted position k, m².</summary>
    public ReadOnlySpan<double> Variance => _variance;

    /// <summary>Time of the plot at sorted position k, seconds after <see cref="Epoch"/>.</summary>
    public ReadOnlySpan<double> Time => _t;

    /// <summary>Sorts a batch into the grid.</summary>
    public void Build(ReadOnlySpan<Measurement> measurements)
    {
        int m = measurements.Length;
        if (_index.Length < m)
        {
            int size = Math.Max(m, _index.Length * 2);
            _cellOf = new int[size];
            _index = new int[size];
            _x = new double[size];
            _y = new double[size];
            _z = new double[size];
            _variance = new double[size];
            _t = new double[size];
        }

        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        double maxVariance = 0;
        foreach (ref readonly Measurement z in measurements)
        {
            minX = Math.Min(minX, z.Position[0]);
            maxX = Math.Max(maxX, z.Position[0]);
            minY = Math.Min(minY, z.Position[1]);
            maxY = Math.Max(maxY, z.Position[1]);
            maxVariance = Math.Max(maxVariance, z.Covariance[0] + z.Covariance[4] + z.Covariance[8]);
        }

        MaxMeasurementVariance = maxVariance;
        Epoch = m > 0 ? measurements[0].At : default;
        double budget = Math.Max(MinCellBudget, CellsPerPlot * (double)m);
        _cellSize = _baseCellSize;
        while ((((maxX - minX) / _cellSize) + 1) * (((maxY - minY) / _cellSize) + 1) > budget)
        {
            _cellSize *= 2;
        }

        _x0 = minX;
        _y0 = minY;
        _columns = m > 0 ? (int)((maxX - minX) / _cellSize) + 1 : 0;
        _rows = m > 0 ? (int)((maxY - minY) / _cellSize) + 1 : 0;
        int cells = _columns * _rows;
        if (_start.Length < cells + 2)
        {
            _start = new int[Math.Max(cells + 2, _start.Length * 2)];
        }

        // Counting sort with the counts shifted by two: after the prefix sum _start[c + 1] is where
        // cell c begins, and after placing, where it ends, so cell c spans [_start[c], _start[c + 1]).
        Array.Clear(_start, 0, cells + 2);
        for (int j = 0; j < m; j++)
        {
            int cell = (Row(measurements[j].Position[1]) * _columns) + Column(measurements[j].Position[0]);
            _cellOf[j] = cell;
            _start[cell + 2]++;
        }

        for (int c = 2; c < cells + 2; c++)
        {
            _start[c] += _start[c - 1];
        }

        for (int j = 0; j < m; j++)
        {
            int k = _start[_cellOf[j] + 1]++;
            ref readonly Measurement z = ref measurements[j];
            _index[k] = j;
            _x[k] = z.Position[0];
            _y[k] = z.Position[1];
            _z[k] = z.Position[2];
            _variance[k] = z.Covariance[0] + z.Covariance[4] + z.Covariance[8];
            _t[k] = (z.At - Epoch).TotalSeconds;
        }
    }

    /// <summary>The range of cells covering the rectangle, clamped to the grid; empty (X1 &lt; X0) if it misses the grid.</summary>
    public (int X0, int Y0, int X1, int Y1) Cells(double x0, double y0, double x1, double y1)
    {
        double right = _x0 + (_columns * _cellSize), top = _y0 + (_rows * _cellSize);
        return x1 < _x0 || y1 < _y0 || x0 >= right || y0 >= top
            ? (0, 0, -1, -1)
            : (Column(x0), Row(y0), Column(x1), Row(y1));
    }

    /// <summary>The sorted positions [From, To) of the plots in cells x0..x1 of grid row y.</summary>
    public (int From, int To) Run(int y, int x0, int x1) => (_start[(y * _columns) + x0], _start[(y * _columns) + x1 + 1]);

    private int Column(double x) => Clamp((x - _x0) / _cellSize, _columns);

    private int Row(double y) => Clamp((y - _y0) / _cellSize, _rows);

    private static int Clamp(double offset, int count) =>
        offset >= count ? count - 1 : offset >= 0 ? (int)offset : 0;
}
