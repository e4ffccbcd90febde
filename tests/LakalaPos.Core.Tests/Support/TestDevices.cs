using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Tests.Support;

/// <summary>A keypad a test presses; the engine only queues the key until the test runs it.</summary>
internal sealed class TestKeypad : IKeypad
{
    public event EventHandler<Key>? KeyPressed;

    public void Press(Key key) => KeyPressed?.Invoke(this, key);
}

/// <summary>A card reader a test drives: a card presented, a chip card taken out, a read that failed.</summary>
internal sealed class TestCardReader : ICardReader
{
    public event EventHandler<CardData>? CardPresented;

    public event EventHandler? CardRemoved;

    public event EventHandler<string>? ReadFailed;

    public void Present(CardData card) => CardPresented?.Invoke(this, card);

    public void Remove() => CardRemoved?.Invoke(this, EventArgs.Empty);

    public void FailRead(string reason) => ReadFailed?.Invoke(this, reason);
}
