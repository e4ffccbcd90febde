using LakalaPos.Core.Screens;

namespace LakalaPos.Core.Hardware;

/// <summary>A display shows screens given as data; how they are drawn is the display's business.</summary>
public interface IDisplay
{
    /// <summary>Width in columns, where a Chinese character takes two.</summary>
    int Columns { get; }

    void Show(Screen screen);
}
