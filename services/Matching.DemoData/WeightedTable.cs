namespace Matching.DemoData;

/// <summary>Picks values with fixed relative weights; the cumulative table is built once so picking stays cheap.</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public WeightedTable(params (T Value, double Weight)[] entries)
    {
        if (entries.Length == 0) throw new ArgumentException("A weighted table needs at least one entry.", nameof(entries));
        _values = new T[entries.Length];
        _cumulative = new double[entries.Length];
        var total = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            total += entries[i].Weight;
            _values[i] = entries[i].Value;
            _cumulative[i] = total;
        }
        for (var i = 0; i < _cumulative.Length; i++) _cumulative[i] /= total;
    }

    public IReadOnlyList<T> Values => _values;

    public T Pick(DemoRandom random)
    {
        var roll = random.NextDouble();
        for (var i = 0; i < _cumulative.Length - 1; i++)
            if (roll < _cumulative[i]) return _values[i];
        return _values[^1];
    }
}
