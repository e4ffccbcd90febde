namespace LakalaPos.Ecr.Messages;

/// <summary>A message body that does not follow the rules; <see cref="Exception.Message"/> says why in one line.</summary>
public sealed class EcrFormatException(string problem) : FormatException(problem);
