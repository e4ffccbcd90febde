using LakalaPos.Iso8583.Messages;

namespace LakalaPos.HostSimulator.Tests.Support;

public static class MessageEditing
{
    /// <summary>The message with the field removed, for chaining like <see cref="Iso8583Message.Set(int, string)"/>.</summary>
    public static Iso8583Message Without(this Iso8583Message message, int field)
    {
        message.Remove(field);
        return message;
    }
}
