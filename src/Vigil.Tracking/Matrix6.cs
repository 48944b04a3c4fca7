using System.Runtime.CompilerServices;

namespace Vigil.Tracking;

/// <summary>A 6×6 matrix stored inline, row-major (element [r, c] at index 6r + c): a state covariance. The default is zero.</summary>
[InlineArray(36)]
public struct Matrix6
{
    private double _element0;

    /// <summary>Element at row <paramref name="r"/>, column <paramref name="c"/>.</summary>
    public readonly double At(int r, int c) => this[(6 * r) + c];

    /// <summary>Makes the matrix exactly symmetric by averaging it with its transpose.</summary>
    public void Symmetrize()
    {
        for (int r = 0; r < 6; r++)
        {
            for (int c = r + 1; c < 6; c++)
            {
                double m = 0.5 * (this[(6 * r) + c] + this[(6 * c) + r]);
                this[(6 * r) + c] = m;
                this[(6 * c) + r] = m;
            }
        }
    }
}
