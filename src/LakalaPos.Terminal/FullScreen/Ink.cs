namespace LakalaPos.Terminal.FullScreen;

/// <summary>How a cell of the full-screen console is drawn; each maps to one ANSI attribute set (<see cref="Canvas"/>).</summary>
public enum Ink
{
    Plain,
    /// <summary>Title and status bars.</summary>
    Bar,
    /// <summary>The LCD's glass.</summary>
    Lcd,
    /// <summary>The key pressed last.</summary>
    Lit,
    /// <summary>Frames and hints.</summary>
    Dim,
    /// <summary>Something the operator should notice (paper out, host offline, a refusal).</summary>
    Alert,
    /// <summary>The help overlay.</summary>
    Help,
}
