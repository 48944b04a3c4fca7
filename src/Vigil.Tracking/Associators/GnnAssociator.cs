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

        // Most clusters hold one track or one plot; their optimum needs no solver.
        if (tracks == 1)
        {
            int best = -1;
            double bestCost = missCost[0];
            for (int j = 0; j < measurements; j++)
            {
                if (pairCost[j] < bestCost)
                {
                    best = j;
                    bestCost = pairCost[j];
                }
            }

            assignment[0] = best;
            return;
        }

        if (measurements == 1)
        {
            // One plot: it goes to the track that gains most by taking it rather than missing, if any gains.
            int best = -1;
            double bestGain = 0;
            for (int t = 0; t < tracks; t++)
            {
                assignment[t] = -1;
                double gain = pairCost[t] - missCost[t];
                if (gain < bestGain)
                {
                    best = t;
                    bestGain = gain;
                }
            }

            if (best >= 0)
            {
                assignment[best] = 0;
            }

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
