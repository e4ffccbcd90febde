using LakalaPos.Core.Hardware;

namespace LakalaPos.Core.Flows.Declared;

/// <summary>What moved a step: a key, or a card presented (then <see cref="Card"/> is set).</summary>
public readonly record struct StepInput(Key Key, CardData? Card = null);
