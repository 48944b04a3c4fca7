using System.Buffers;
using Vigil.Tracking.Associators;

namespace Vigil.Tracking.Metrics;

/// <summary>
/// The GOSPA metric with α = 2 (A. S. Rahmathullah, Á. F. García-Fernández, L. Svensson,
/// "Generalized optimal sub-pattern assignment metric", FUSION 2017) and OSPA (D. Schuhmacher,
/// B.-T. Vo, B.-N. Vo, "A consistent metric for performance evaluation of multi-object filters",
/// IEEE TSP 56(8), 2008), on 2-D positions with the Euclidean distance. Both come from one optimal
/// assignment on the cost min(d, c)ᵖ.
/// </summary>
public sealed class GospaMetric
{
    private readonly double _c;
    private readonly double _p;

    /// <summary>Creates the metric with cut-off <paramref name="c"/> (metres) and order <paramref name="p"/> ≥ 1.</summary>
    public GospaMetric(double c, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        _c = c;
        _p = p;
    }

    /// <summary>Scores estimates (xs, ys) against truths (xs, ys).</summary>
    public GospaScore Score(ReadOnlySpan<double> truthX, ReadOnlySpan<double> truthY, ReadOnlySpan<double> estX, ReadOnlySpan<double> estY)
    {
        int nx = truthX.Length, ny = estX.Length;
        double cp = Math.Pow(_c, _p), half = cp / 2;
        double localisation = 0, assigned = 0;
        int pairedWithin = 0;
        if (nx > 0 && ny > 0)
        {
            // Rows are the smaller set, as the solver wants rows ≤ columns.
            bool truthRows = nx <= ny;
            int rows = truthRows ? nx : ny, cols = truthRows ? ny : nx;
            double[] cost = ArrayPool<double>.Shared.Rent(rows * cols);
            double[] dist = ArrayPool<double>.Shared.Rent(rows * cols);
            int[] assignment = ArrayPool<int>.Shared.Rent(rows);
            try
            {
                for (int r = 0; r < rows; r++)
                {
                    for (int k = 0; k < cols; k++)
                    {
                        int i = truthRows ? r : k, j = truthRows ? k : r;
                        double dx = truthX[i] - estX[j], dy = truthY[i] - estY[j];
                        double d = Math.Sqrt((dx * dx) + (dy * dy));
                        dist[(r * cols) + k] = d;
                        cost[(r * cols) + k] = Math.Pow(Math.Min(d, _c), _p);
                    }
                }

                RectangularAssignment.Solve(cost.AsSpan(0, rows * cols), rows, cols, assignment.AsSpan(0, rows));
                for (int r = 0; r < rows; r++)
                {
                    double d = dist[(r * cols) + assignment[r]];
                    assigned += cost[(r * cols) + assignment[r]];
                    if (d < _c)
                    {
                        localisation += Math.Pow(d, _p);
                        pairedWithin++;
                    }
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(cost);
                ArrayPool<double>.Shared.Return(dist);
                ArrayPool<int>.Shared.Return(assignment);
            }
        }

        int missed = nx - pairedWithin, falseCount = ny - pairedWithin;
        double gospa = Math.Pow(localisation + (half * (missed + falseCount)), 1 / _p);
        int n = Math.Max(nx, ny), m = Math.Min(nx, ny);
        double ospa = n == 0 ? 0 : Math.Pow((assigned + (cp * (n - m))) / n, 1 / _p);
        return new GospaScore(gospa, localisation, half * missed, half * falseCount, missed, falseCount, nx, ny, ospa);
    }
}
