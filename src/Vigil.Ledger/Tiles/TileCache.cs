namespace Vigil.Ledger.Tiles;

/// <summary>The most recently used full tiles, up to a fixed count.</summary>
internal sealed class TileCache(int capacity)
{
    private readonly Dictionary<(int Row, long Index), LinkedListNode<Tile>> _byKey = [];
    private readonly LinkedList<Tile> _order = new();

    public Tile? Get(int row, long index)
    {
        if (!_byKey.TryGetValue((row, index), out LinkedListNode<Tile>? node))
        {
            return null;
        }

        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value;
    }

    public void Put(Tile tile, bool evict = true)
    {
        if (capacity <= 0 || _byKey.ContainsKey((tile.Row, tile.Index)))
        {
            return;
        }

        if (_byKey.Count >= capacity && !evict)
        {
            return;
        }

        if (_byKey.Count >= capacity)
        {
            LinkedListNode<Tile> last = _order.Last!;
            _order.RemoveLast();
            _byKey.Remove((last.Value.Row, last.Value.Index));
        }

        _byKey[(tile.Row, tile.Index)] = _order.AddFirst(tile);
    }
}
