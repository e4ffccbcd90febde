namespace LakalaPos.Devices.Tests.Support;

/// <summary>Waits for a device's event after acting on the device's far end, as a harness must when the event comes from another thread.</summary>
internal static class Await
{
    /// <summary>
    /// Does <paramref name="act"/> and waits (bounded) until the event is raised with a value
    /// <paramref name="match"/> accepts. The waiting handler is added after every other, so when it
    /// runs the test's own handlers have run too.
    /// </summary>
    public static void Event<T>(Action<EventHandler<T>> add, Action<EventHandler<T>> remove, Action act, string what, Func<T, bool>? match = null)
    {
        using var raised = new ManualResetEventSlim();
        EventHandler<T> handler = (_, value) =>
        {
            if (match?.Invoke(value) ?? true)
                raised.Set();
        };
        add(handler);
        try
        {
            act();
            Wait.Until(() => raised.IsSet, what);
        }
        finally
        {
            remove(handler);
        }
    }
}
