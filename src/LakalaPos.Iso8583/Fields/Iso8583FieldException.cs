namespace LakalaPos.Iso8583.Fields;

/// <summary>A value does not fit the layout of a private field (48, 54, 60-63): the message cannot be formed.</summary>
public sealed class Iso8583FieldException(string message) : Exception(message);
