namespace Vigil.Tracking.Associators;

/// <summary>
/// Minimum-cost assignment of rows to distinct columns (rows ≤ columns), by successive shortest
/// augmenting paths with dual potentials (the Hungarian method in the form of R. Jonker and
/// A. Volgenant, "A shortest augmenting path algorithm for dense and sparse linear assignment
/// problems", Computing 38, 1987; rectangular case as in D. F. Crouse, "On implementing 2D
/// rectangular assignment algorithms", IEEE TAES 52(4), 2016). O(rows² · columns).
/// A cost of +∞ forbids a pairing; a row that can only be paired through forbidden cells is left
/// unassigned (−1).
/// </summary>
public static class RectangularAssignment
{
    /// <summary>
    /// Solves the problem for a row-major <paramref name="rows"/> × <paramref name="columns"/> cost
    /// matrix, writing each row's column (or −1) into <paramref name="assignment"/>. Returns the total
    /// cost of the assigned cells.
    /// </summary>
    public static double Solve(ReadOnlySpan<double> cost, int rows, int columns, Span<int> assignment)
    {
        if (rows > columns)
        {
            throw new ArgumentException($"rows ({rows}) must not exceed columns ({columns}).", nameof(rows));
        }

        if (cost.Length < rows * columns || assignment.Length < rows)
        {
            throw new ArgumentException("cost or assignment is too short for the given shape.");
        }

        // Forbidden cells get a finite cost larger than any feasible total, so the search stays finite.
        double finiteMax = 0;
        for (int i = 0; i < rows * columns; i++)
        {
            if (double.IsFinite(cost[i]))
            {
                finiteMax = Math.Max(finiteMax, Math.Abs(cost[i]));
            }
        }

        double big = ((finiteMax + 1) * (rows + 1)) + 1;

        // 1-based arrays: u (row potentials), v (column potentials), p[j] row matched to column j, way[j] previous column.
        int n = rows, m = columns;
        double[] u = System.Buffers.ArrayPool<double>.Shared.Rent(n + 1);
        double[] v = System.Buffers.ArrayPool<double>.Shared.Rent(m + 1);
        double[] minv = System.Buffers.ArrayPool<double>.Shared.Rent(m + 1);
        int[] p = System.Buffers.ArrayPool<int>.Shared.Rent(m + 1);
        int[] way = System.Buffers.ArrayPool<int>.Shared.Rent(m + 1);
        bool[] used = System.Buffers.ArrayPool<bool>.Shared.Rent(m + 1);
        try
        {
            Array.Clear(u, 0, n + 1);
            Array.Clear(v, 0, m + 1);
            Array.Clear(p, 0, m + 1);
            Array.Clear(way, 0, m + 1);
            for (int i = 1; i <= n; i++)
            {
                p[0] = i;
                int j0 = 0;
                Array.Fill(minv, double.PositiveInfinity, 0, m + 1);
                Array.Clear(used, 0, m + 1);
                do
                {
                    used[j0] = true;
                    int i0 = p[j0], j1 = 0;
                    double delta = double.PositiveInfinity;
                    for (int j = 1; j <= m; j++)
                    {
                        if (used[j])
                        {
                            continue;
                        }

                        double c = cost[((i0 - 1) * m) + (j - 1)];
                        double cur = (double.IsFinite(c) ? c : big) - u[i0] - v[j];
                        if (cur < minv[j])
                        {
                            minv[j] = cur;
                            way[j] = j0;
                        }

                        if (minv[j] < delta)
                        {
                            delta = minv[j];
                            j1 = j;
                        }
                    }

                    for (int j = 0; j <= m; j++)
                    {
                        if (used[j])
                        {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        }
                        else
                        {
                            minv[j] -= delta;
                        }
                    }

                    j0 = j1;
                }
                while (p[j0] != 0);

                do
                {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                }
                while (j0 != 0);
            }

            assignment[..rows].Fill(-1);
            double total = 0;
            for (int j = 1; j <= m; j++)
            {
                if (p[j] != 0)
                {
                    double c = cost[((p[j] - 1) * m) + (j - 1)];
                    if (double.IsFinite(c))
                    {
                        assignment[p[j] - 1] = j - 1;
                        total += c;
                    }
                }
            }

            return total;
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(u);
            System.Buffers.ArrayPool<double>.Shared.Return(v);
            System.Buffers.ArrayPool<double>.Shared.Return(minv);
            System.Buffers.ArrayPool<int>.Shared.Return(p);
            System.Buffers.ArrayPool<int>.Shared.Return(way);
            System.Buffers.ArrayPool<bool>.Shared.Return(used);
        }
    }
}
