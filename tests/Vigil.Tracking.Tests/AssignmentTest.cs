using Vigil.Tracking.Associators;

namespace Vigil.Tracking.Tests;

public class AssignmentTest
{
    public static TheoryData<int> Seeds()
    {
        var d = new TheoryData<int>();
        for (int i = 0; i < 300; i++)
        {
            d.Add(i);
        }

        return d;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Solve_RandomRectangular_MatchesBruteForce(int seed)
    {
        var rng = new Random(seed);
        int rows = rng.Next(1, 7), columns = rng.Next(rows, 8);
        var cost = new double[rows * columns];
        for (int i = 0; i < cost.Length; i++)
        {
            // About one cell in five forbidden; costs of both signs.
            cost[i] = rng.NextDouble() < 0.2 ? double.PositiveInfinity : Math.Round((rng.NextDouble() * 200) - 50, 3);
        }

        var assignment = new int[rows];
        double total = RectangularAssignment.Solve(cost, rows, columns, assignment);
        (int bestCount, double bestCost) = BruteForce(cost, rows, columns);

        int assigned = assignment.Count(a => a >= 0);
        Assert.Equal(bestCount, assigned);
        Assert.Equal(bestCost, total, 6);
        Assert.Equal(assigned, assignment.Where(a => a >= 0).Distinct().Count());
        double check = 0;
        for (int r = 0; r < rows; r++)
        {
            if (assignment[r] >= 0)
            {
                Assert.True(double.IsFinite(cost[(r * columns) + assignment[r]]));
                check += cost[(r * columns) + assignment[r]];
            }
        }

        Assert.Equal(total, check, 9);
    }

    [Fact]
    public void Solve_MoreRowsThanColumns_Throws()
    {
        Assert.Throws<ArgumentException>(() => RectangularAssignment.Solve(new double[6], 3, 2, new int[3]));
    }

    [Fact]
    public void GnnAssociator_PrefersMissOverAnExpensivePairing()
    {
        // Track 0 fits measurement 0 well; track 1 only badly fits measurement 0 and would rather miss.
        double[] pair = [-10, double.PositiveInfinity, 5, double.PositiveInfinity];
        double[] miss = [2.3, 2.3];
        var a = new int[2];
        new GnnAssociator().Associate(pair, miss, 2, 2, a);
        Assert.Equal([0, -1], a);
    }

    /// <summary>
    /// Over every injective partial assignment: the most rows assigned through allowed cells, then
    /// the least cost — the solver's contract.
    /// </summary>
    private static (int Count, double Cost) BruteForce(double[] cost, int rows, int columns)
    {
        int bestCount = -1;
        double bestCost = double.PositiveInfinity;
        var used = new bool[columns];

        void Walk(int r, int count, double sum)
        {
            if (r == rows)
            {
                if (count > bestCount || (count == bestCount && sum < bestCost - 1e-9))
                {
                    bestCount = count;
                    bestCost = sum;
                }

                return;
            }

            Walk(r + 1, count, sum);
            for (int c = 0; c < columns; c++)
            {
                double v = cost[(r * columns) + c];
                if (!used[c] && double.IsFinite(v))
                {
                    used[c] = true;
                    Walk(r + 1, count + 1, sum + v);
                    used[c] = false;
                }
            }
        }

        Walk(0, 0, 0);
        return (bestCount, bestCost);
    }
}
