namespace LakalaPos.Ecr.Messages;

/// <summary>One line of a message body: name=value.</summary>
public readonly record struct EcrField(string Name, string Value)
{
    public override string ToString() => $"{Name}={Value}";
}
