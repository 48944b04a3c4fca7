using Vigil.Core;

namespace Vigil.Geo;

/// <summary>
/// Geodesics on the WGS84 ellipsoid by Vincenty's formulae: T. Vincenty, "Direct and inverse
/// solutions of geodesics on the ellipsoid with application of nested equations", Survey Review
/// XXIII (176), 1975, pp. 88–93. Accurate to well under a millimetre for non-antipodal points; near
/// antipodal points, where the inverse iteration may not converge, the last iterate is returned
/// (error bounded by the iteration cap, irrelevant at regional scales). Heights are ignored.
/// </summary>
public static class Geodesic
{
    private const int MaxIterations = 200;

    /// <summary>Distance and bearings from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static GeodesicResult Inverse(GeoPoint from, GeoPoint to)
    {
        const double a = Wgs84.SemiMajorAxisM, b = Wgs84.SemiMinorAxisM, f = Wgs84.Flattening;
        double l = Angle.ToRadians(to.LongitudeDeg - from.LongitudeDeg);
        double u1 = Math.Atan((1 - f) * Math.Tan(Angle.ToRadians(from.LatitudeDeg)));
        double u2 = Math.Atan((1 - f) * Math.Tan(Angle.ToRadians(to.LatitudeDeg)));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);

        double lambda = l, sinSigma = 0, cosSigma = 1, sigma = 0, cos2Alpha = 1, cos2SigmaM = 0;
        double sinLambda = 0, cosLambda = 1;
        for (int i = 0; i < MaxIterations; i++)
        {
            sinLambda = Math.Sin(lambda);
            cosLambda = Math.Cos(lambda);
            double t1 = cosU2 * sinLambda;
            double t2 = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            sinSigma = Math.Sqrt((t1 * t1) + (t2 * t2));
            if (sinSigma == 0)
            {
                return new GeodesicResult(Distance.FromMeters(0), 0, 0); // coincident points
            }

            cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            sigma = Math.Atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - (sinAlpha * sinAlpha);
            cos2SigmaM = cos2Alpha != 0 ? cosSigma - (2 * sinU1 * sinU2 / cos2Alpha) : 0; // equatorial line
            double c = f / 16 * cos2Alpha * (4 + (f * (4 - (3 * cos2Alpha))));
            double previous = lambda;
            lambda = l + ((1 - c) * f * sinAlpha
                * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-13)
            {
                break;
            }
        }

        double uSq = cos2Alpha * ((a * a) - (b * b)) / (b * b);
        double bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        double bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
            - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        double s = b * bigA * (sigma - deltaSigma);

        double alpha1 = Math.Atan2(cosU2 * sinLambda, (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda));
        double alpha2 = Math.Atan2(cosU1 * sinLambda, (-sinU1 * cosU2) + (cosU1 * sinU2 * cosLambda));
        return new GeodesicResult(Distance.FromMeters(s), Angle.Normalize360(Angle.ToDegrees(alpha1)), Angle.Normalize360(Angle.ToDegrees(alpha2)));
    }

    /// <summary>The point reached by travelling <paramref name="distance"/> from <paramref name="from"/> on an initial bearing.</summary>
    public static GeoPoint Direct(GeoPoint from, double initialBearingDeg, Distance distance)
    {
        const double a = Wgs84.SemiMajorAxisM, b = Wgs84.SemiMinorAxisM, f = Wgs84.Flattening;
        double alpha1 = Angle.ToRadians(initialBearingDeg);
        double sinAlpha1 = Math.Sin(alpha1), cosAlpha1 = Math.Cos(alpha1);
        double tanU1 = (1 - f) * Math.Tan(Angle.ToRadians(from.LatitudeDeg));
        double cosU1 = 1 / Math.Sqrt(1 + (tanU1 * tanU1)), sinU1 = tanU1 * cosU1;
        double sigma1 = Math.Atan2(tanU1, cosAlpha1);
        double sinAlpha = cosU1 * sinAlpha1;
        double cos2Alpha = 1 - (sinAlpha * sinAlpha);
        double uSq = cos2Alpha * ((a * a) - (b * b)) / (b * b);
        double bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        double bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));

        double s = distance.Meters;
        double sigma = s / (b * bigA), sinSigma = 0, cosSigma = 1, cos2SigmaM = 0;
        for (int i = 0; i < MaxIterations; i++)
        {
            cos2SigmaM = Math.Cos((2 * sigma1) + sigma);
            sinSigma = Math.Sin(sigma);
            cosSigma = Math.Cos(sigma);
            double deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
                - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
            double previous = sigma;
            sigma = (s / (b * bigA)) + deltaSigma;
            if (Math.Abs(sigma - previous) < 1e-13)
            {
                break;
            }
        }

        sinSigma = Math.Sin(sigma);
        cosSigma = Math.Cos(sigma);
        cos2SigmaM = Math.Cos((2 * sigma1) + sigma);
        double tmp = (sinU1 * sinSigma) - (cosU1 * cosSigma * cosAlpha1);
        double lat = Math.Atan2((sinU1 * cosSigma) + (cosU1 * sinSigma * cosAlpha1),
            (1 - f) * Math.Sqrt((sinAlpha * sinAlpha) + (tmp * tmp)));
        double lambda = Math.Atan2(sinSigma * sinAlpha1, (cosU1 * cosSigma) - (sinU1 * sinSigma * cosAlpha1));
        double c = f / 16 * cos2Alpha * (4 + (f * (4 - (3 * cos2Alpha))));
        double l = lambda - ((1 - c) * f * sinAlpha
            * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
        double lon = Angle.ToRadians(from.LongitudeDeg) + l;
        lon = Angle.WrapPi(lon);
        return new GeoPoint(Angle.ToDegrees(lat), Angle.ToDegrees(lon), from.AltitudeM);
    }
}
