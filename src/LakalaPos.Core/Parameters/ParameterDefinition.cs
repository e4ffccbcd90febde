namespace LakalaPos.Core.Parameters;

/// <summary>A system parameter (系统管理): its name as scripts and the journal know it, its default, and its rule.</summary>
public sealed record ParameterDefinition(string Name, string Default, string Rule, Func<string, bool> IsValid);
