namespace LakalaPos.Terminal.FullScreen;

/// <summary>
/// Reads the operator's keys as they are pressed (Console.ReadKey, not echoed) on a thread of its
/// own and hands each to <c>received</c>, which posts it to the engine's loop. When the terminal
/// goes away (end of input, a hang-up) it calls <c>ended</c>.
/// </summary>
public static class KeyReader
{
    public static void Start(Action<ConsoleKeyInfo> received, Action ended)
    {
        var thread = new Thread(() =>
        {
            try
            {
                while (true)
                    received(Console.ReadKey(intercept: true));
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException)
            {
                ended();
            }
        }) { IsBackground = true, Name = "keys" };
        thread.Start();
    }
}
