using System.Buffers;

namespace Vigil.Tracking.Associators;

/// <summary>
/// Global nearest neighbour: the joint assignment of measurements to tracks with the least total
/// cost, where each track may instead take "no measurement" at its miss cost. Solved exactly as a
/// rectangular assignment over tracks × (measurements + one miss column per track).
/// </summary>
public sealed class GnnAssociator : IAssociator
{
    /// <inheritdoc />
    public void Associate(ReadOnlySpan<double> pairCost, ReadOnlySpan<double> missCost, int tracks, int measurements, Span<int> assignment)
    {
        if (tracks == 0)
        {
            return;
        }

        int columns = measurements + tracks;
        double[] cost = ArrayPool<double>.Shared.Rent(tracks * columns);
        try
        {
            Span<double> c = cost.AsSpan(0, tracks * columns);
            c.Fill(double.PositiveInfinity);
            for (int t = 0; t < tracks; t++)
            {
                pairCost.Slice(t * measurements, measurements).CopyTo(c.Slice(t * columns, measurements));
                c[(t * columns) + measurements + t] = missCost[t];
            }

            RectangularAssignment.Solve(c, tracks, columns, assignment);
            for (int t = 0; t < tracks; t++)
            {
                if (assignment[t] >= measurements)
                {
                    assignment[t] = -1;
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(cost);
        }
    }
}
