#!/usr/bin/python3
"""Writes geodesic_reference.csv: WGS84 inverse geodesics computed by GeographicLib (Karney 2013),
the reference the C# Vincenty implementation is checked against. Run with Debian's
python3-geographiclib: /usr/bin/python3 make_geodesic_reference.py > geodesic_reference.csv"""
from geographiclib.geodesic import Geodesic

PAIRS = [
    # (lat1, lon1, lat2, lon2): region of the AF-PK and AF-TJ borders, 1 km to 1,000 km
    (34.83, 71.20, 34.83, 71.211),          # ~1 km east-west, Kunar/Bajaur
    (34.73, 71.52, 34.739, 71.52),          # ~1 km north-south, Khar
    (31.70, 69.20, 31.75, 69.25),           # ~7 km, Zhob
    (34.11472, 71.08472, 34.0151, 71.5249), # Torkham to Peshawar
    (30.96528, 66.43944, 31.6133, 65.7101), # Chaman crossing to Kandahar
    (37.2214, 67.4241, 36.70812, 71.57291), # Hairatan to Ishkashim
    (34.5553, 69.2075, 33.7294, 73.0931),   # Kabul to Islamabad
    (34.5553, 69.2075, 38.5598, 68.7870),   # Kabul to Dushanbe
    (36.70812, 71.57291, 37.4900, 71.5530), # Ishkashim to Khorog
    (29.0, 61.0, 37.0, 74.0),               # across the whole region, ~1,500 km
    (30.0, 60.5, 38.4, 70.9),               # ~1,300 km
    (32.0, 62.0, 36.0, 71.0),               # ~900 km
    (35.0, 65.0, 35.0, 75.0),               # ~910 km east-west
    (25.0, 70.0, 34.0, 70.0),               # ~1,000 km north-south
    (33.0, 70.0, 33.0, 70.5),               # ~47 km
    (36.0, 70.0, 36.3, 70.4),               # ~48 km
    (31.5, 69.0, 31.5, 69.01),              # ~0.95 km
    (34.0, 71.5, 34.45, 71.5),              # ~50 km
    (34.0, 71.5, 33.1, 72.8),               # ~155 km
    (34.0, 71.5, 30.0, 67.0),               # ~600 km
    (-0.5, 30.0, 0.5, 30.1),                # across the equator
    (-3.0, 36.0, 4.0, 42.0),                # across the equator, ~1,000 km
    (60.0, 10.0, 60.0, 12.0),               # high latitude east-west
    (0.0, 0.0, 0.0, 9.0),                   # along the equator
    (45.0, -120.0, 46.0, -121.0),           # western hemisphere
    (-33.9, 151.2, -34.9, 150.6),           # southern hemisphere
    (34.8273, 71.26322, 34.8273, 71.26323), # ~0.9 m: very short
    (37.0, 74.8, 36.0, 60.9),               # ~1,250 km east to west
]

print("lat1,lon1,lat2,lon2,s12_m,azi1_deg,azi2_deg")
for lat1, lon1, lat2, lon2 in PAIRS:
    g = Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2)
    print(f"{lat1},{lon1},{lat2},{lon2},{g['s12']:.6f},{g['azi1']:.12f},{g['azi2']:.12f}")
