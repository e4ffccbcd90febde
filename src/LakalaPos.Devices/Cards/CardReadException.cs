namespace LakalaPos.Devices.Cards;

/// <summary>A card could not be read the way it was presented (or is not known). The message never holds a card number.</summary>
public sealed class CardReadException(string message) : Exception(message);
