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

        // Small problems (the usual clusters) work in stack buffers; large ones in pooled arrays.
        const int StackLimit = 128;
        int n = rows, m = columns;
        double[]? rented = m + 1 > StackLimit ? System.Buffers.ArrayPool<double>.Shared.Rent((n + 1) + (2 * (m + 1))) : null;
        int[]? rentedInts = m + 1 > StackLimit ? System.Buffers.ArrayPool<int>.Shared.Rent(3 * (m + 1)) : null;
        try
        {
            Span<double> doubles = rented ?? stackalloc double[(n + 1) + (2 * (m + 1))];
            Span<int> ints = rentedInts ?? stackalloc int[3 * (m + 1)];
            Span<double> u = doubles[..(n + 1)];
            Span<double> v = doubles.Slice(n + 1, m + 1);
            Span<double> minv = doubles.Slice(n + 1 + m + 1, m + 1);
            Span<int> p = ints[..(m + 1)];
            Span<int> way = ints.Slice(m + 1, m + 1);
            Span<int> used = ints.Slice(2 * (m + 1), m + 1);
            return Solve(cost, n, m, big, u, v, minv, p, way, used, assignment);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<double>.Shared.Return(rented);
            }

            if (rentedInts is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rentedInts);
            }
        }
    }

    /// <summary>The shortest-augmenting-path loop over 1-based potentials u, v, matching p and predecessors way.</summary>
    private static double Solve(ReadOnlySpan<double> cost, int n, int m, double big, Span<double> u, Span<double> v,
        Span<double> minv, Span<int> p, Span<int> way, Span<int> used, Span<int> assignment)
    {
        u.Clear();
        v.Clear();
        p.Clear();
        way.Clear();
        for (int i = 1; i <= n; i++)
        {
            p[0] = i;
            int j0 = 0;
            minv.Fill(double.PositiveInfinity);
            used.Clear();
            do
            {
                used[j0] = 1;
                int i0 = p[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= m; j++)
                {
                    if (used[j] != 0)
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
                    if (used[j] != 0)
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

        assignment[..n].Fill(-1);
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
}
