namespace Hoshi.Core.Input;

/// <summary>One problem in a user's file, located as FILE:LINE (and a column where there is one).</summary>
public sealed record InputError(string File, int Line, string Reason, string? Column = null)
{
    /// <summary>FILE:LINE: reason; a problem with the file as a whole (line 0) is FILE: reason.</summary>
    public override string ToString() => (Line, Column) switch
    {
        ( <= 0, _) => $"{File}: {Reason}",
        (_, null) => $"{File}:{Line}: {Reason}",
        _ => $"{File}:{Line}: {Column}: {Reason}",
    };
}
