using LakalaPos.Shared;

namespace LakalaPos.Replay.Parsing;

/// <summary>Splits <c>FIELD=VALUE</c> arguments; the value may be empty and may hold saved variables.</summary>
internal static class FieldListParser
{
    public static (string Field, TextTemplate Value) Split(RawToken token, CommandArgs args)
    {
        var equals = token.Text.IndexOf('=');
        if (equals <= 0)
            throw args.Wrong($"needs FIELD=VALUE, got '{Echo.Cut(token.Text)}'");
        var field = token.Slice(0, equals).Plain("a field name");
        var value = token.Slice(equals + 1, token.Text.Length - equals - 1).ToTemplate();
        return (field, value);
    }
}
