namespace Vigil.Tracking.Associators;

/// <summary>
/// Working storage for one batch's association, reused across batches: the gated (track, plot)
/// pairs, their split into independent clusters (connected components of the gating graph, found
/// with union–find), and each cluster's dense cost matrix. Clusters are solved separately, which is
/// exact for GNN: no assignment in one cluster can change the costs of another.
/// </summary>
internal sealed class AssociationScratch
{
    private int[] _edgeTrack = new int[256], _edgePlot = new int[256];
    private double[] _edgeCost = new double[256];
    private int _edges;
    private int _tracks, _plots;
    private bool[] _gated = new bool[64];
    private int[] _parent = new int[128];
    private int[] _clusterOfRoot = new int[128];
    private int[] _localTrack = new int[64], _localPlot = new int[64];
    private int[] _edgeCluster = new int[256];
    private int[] _trackCount = new int[16], _plotCount = new int[16], _trackStart = new int[16], _plotStart = new int[16], _costStart = new int[16];
    private int[] _clusterTracks = new int[64], _clusterPlots = new int[64];
    private double[] _costs = new double[256];
    private double[] _miss = new double[16];
    private int[] _assignment = new int[16];

    public int ClusterCount { get; private set; }

    public void Reset(int tracks, int plots)
    {
        _tracks = tracks;
        _plots = plots;
        _edges = 0;
        ClusterCount = 0;
        Ensure(ref _gated, plots);
        Array.Clear(_gated, 0, plots);
    }

    public void AddEdge(int track, int plot, double cost)
    {
        if (_edges == _edgeTrack.Length)
        {
            Array.Resize(ref _edgeTrack, _edges * 2);
            Array.Resize(ref _edgePlot, _edges * 2);
            Array.Resize(ref _edgeCost, _edges * 2);
        }

        _edgeTrack[_edges] = track;
        _edgePlot[_edges] = plot;
        _edgeCost[_edges] = cost;
        _edges++;
        _gated[plot] = true;
    }

    /// <summary>Whether plot <paramref name="j"/> fell in any track's gate.</summary>
    public bool Gated(int j) => _gated[j];

    public void Cluster()
    {
        int nodes = _tracks + _plots;
        Ensure(ref _parent, nodes);
        Ensure(ref _clusterOfRoot, nodes);
        Ensure(ref _localTrack, _tracks);
        Ensure(ref _localPlot, _plots);
        Ensure(ref _edgeCluster, _edges);
        for (int e = 0; e < _edges; e++)
        {
            int a = _edgeTrack[e], b = _tracks + _edgePlot[e];
            _parent[a] = a;
            _parent[b] = b;
            _clusterOfRoot[a] = _clusterOfRoot[b] = -1;
            _localTrack[_edgeTrack[e]] = -1;
            _localPlot[_edgePlot[e]] = -1;
        }

        for (int e = 0; e < _edges; e++)
        {
            int ra = Find(_edgeTrack[e]), rb = Find(_tracks + _edgePlot[e]);
            if (ra != rb)
            {
                _parent[ra] = rb;
            }
        }

        // Number the clusters and each cluster's tracks and plots.
        int clusters = 0;
        for (int e = 0; e < _edges; e++)
        {
            int root = Find(_edgeTrack[e]);
            if (_clusterOfRoot[root] < 0)
            {
                Ensure(ref _trackCount, clusters + 1);
                Ensure(ref _plotCount, clusters + 1);
                _trackCount[clusters] = _plotCount[clusters] = 0;
                _clusterOfRoot[root] = clusters++;
            }

            int c = _edgeCluster[e] = _clusterOfRoot[root];
            if (_localTrack[_edgeTrack[e]] < 0)
            {
                _localTrack[_edgeTrack[e]] = _trackCount[c]++;
            }

            if (_localPlot[_edgePlot[e]] < 0)
            {
                _localPlot[_edgePlot[e]] = _plotCount[c]++;
            }
        }

        ClusterCount = clusters;
        Ensure(ref _trackStart, clusters + 1);
        Ensure(ref _plotStart, clusters + 1);
        Ensure(ref _costStart, clusters + 1);
        _trackStart[0] = _plotStart[0] = _costStart[0] = 0;
        for (int c = 0; c < clusters; c++)
        {
            _trackStart[c + 1] = _trackStart[c] + _trackCount[c];
            _plotStart[c + 1] = _plotStart[c] + _plotCount[c];
            _costStart[c + 1] = _costStart[c] + (_trackCount[c] * _plotCount[c]);
        }

        Ensure(ref _clusterTracks, _trackStart[clusters]);
        Ensure(ref _clusterPlots, _plotStart[clusters]);
        Ensure(ref _costs, _costStart[clusters]);
        _costs.AsSpan(0, _costStart[clusters]).Fill(double.PositiveInfinity);
        for (int e = 0; e < _edges; e++)
        {
            int c = _edgeCluster[e], t = _localTrack[_edgeTrack[e]], p = _localPlot[_edgePlot[e]];
            _clusterTracks[_trackStart[c] + t] = _edgeTrack[e];
            _clusterPlots[_plotStart[c] + p] = _edgePlot[e];
            _costs[_costStart[c] + (t * _plotCount[c]) + p] = _edgeCost[e];
        }
    }

    public ReadOnlySpan<int> ClusterTracks(int c) => _clusterTracks.AsSpan(_trackStart[c], _trackCount[c]);

    public ReadOnlySpan<int> ClusterPlots(int c) => _clusterPlots.AsSpan(_plotStart[c], _plotCount[c]);

    public Span<double> CostMatrix(int c) => _costs.AsSpan(_costStart[c], _trackCount[c] * _plotCount[c]);

    public Span<double> MissCosts(int count, double cost)
    {
        Ensure(ref _miss, count);
        Span<double> s = _miss.AsSpan(0, count);
        s.Fill(cost);
        return s;
    }

    public Span<int> Assignment(int count)
    {
        Ensure(ref _assignment, count);
        return _assignment.AsSpan(0, count);
    }

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    private static void Ensure<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }
}
