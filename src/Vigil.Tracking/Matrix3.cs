using System.Runtime.CompilerServices;

namespace Vigil.Tracking;

/// <summary>A 3×3 matrix stored inline, row-major (element [r, c] at index 3r + c). The default is zero.</summary>
[InlineArray(9)]
public struct Matrix3
{
    private double _element0;

    /// <summary>Element at row <paramref name="r"/>, column <paramref name="c"/>.</summary>
    public readonly double At(int r, int c) => this[(3 * r) + c];

    /// <summary>A diagonal matrix.</summary>
    public static Matrix3 Diagonal(double a, double b, double c)
    {
        Matrix3 m = default;
        m[0] = a;
        m[4] = b;
        m[8] = c;
        return m;
    }

    /// <summary>The determinant.</summary>
    public readonly double Determinant() =>
        (this[0] * ((this[4] * this[8]) - (this[5] * this[7])))
        - (this[1] * ((this[3] * this[8]) - (this[5] * this[6])))
        + (this[2] * ((this[3] * this[7]) - (this[4] * this[6])));

    /// <summary>The inverse by the adjugate; false when the matrix is singular.</summary>
    public readonly bool TryInvert(out Matrix3 inverse)
    {
        inverse = default;
        double det = Determinant();
        if (!(Math.Abs(det) > 1e-300) || !double.IsFinite(det))
        {
            return false;
        }

        double d = 1 / det;
        inverse[0] = ((this[4] * this[8]) - (this[5] * this[7])) * d;
        inverse[1] = ((this[2] * this[7]) - (this[1] * this[8])) * d;
        inverse[2] = ((this[1] * this[5]) - (this[2] * this[4])) * d;
        inverse[3] = ((this[5] * this[6]) - (this[3] * this[8])) * d;
        inverse[4] = ((this[0] * this[8]) - (this[2] * this[6])) * d;
        inverse[5] = ((this[2] * this[3]) - (this[0] * this[5])) * d;
        inverse[6] = ((this[3] * this[7]) - (this[4] * this[6])) * d;
        inverse[7] = ((this[1] * this[6]) - (this[0] * this[7])) * d;
        inverse[8] = ((this[0] * this[4]) - (this[1] * this[3])) * d;
        return true;
    }

    /// <summary>The quadratic form vᵀ M v.</summary>
    public readonly double Quadratic(in Vector3 v)
    {
        double s = 0;
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++)
            {
                s += v[r] * this[(3 * r) + c] * v[c];
            }
        }

        return s;
    }

    /// <summary>R M Rᵀ for a rotation (or any 3×3) R.</summary>
    public readonly Matrix3 Transform(in Matrix3 r)
    {
        Matrix3 rm = default, result = default;
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double s = 0;
                for (int k = 0; k < 3; k++)
                {
                    s += r[(3 * i) + k] * this[(3 * k) + j];
                }

                rm[(3 * i) + j] = s;
            }
        }

        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double s = 0;
                for (int k = 0; k < 3; k++)
                {
                    s += rm[(3 * i) + k] * r[(3 * j) + k];
                }

                result[(3 * i) + j] = s;
            }
        }

        return result;
    }
}
