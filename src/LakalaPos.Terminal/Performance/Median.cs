namespace LakalaPos.Terminal.Performance;

/// <summary>Medians: the figures `bench` quotes, because the machine it runs on is shared and noisy.</summary>
public static class Median
{
    public static double Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
            throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
