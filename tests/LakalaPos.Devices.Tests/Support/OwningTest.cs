namespace LakalaPos.Devices.Tests.Support;

/// <summary>A test that owns harnesses holding ports or threads: each handed to <see cref="Own{T}"/> is disposed after the test.</summary>
public abstract class OwningTest : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
        GC.SuppressFinalize(this);
    }

    protected T Own<T>(T owned) where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }
}
