namespace Hoshi.Core.Input;

/// <summary>One problem in a user's file, located as FILE:LINE (and a column where there is one).</summary>
public sealed record InputError(string File, int Line, string Reason, string? Column = null)
{
    public override string ToString() => Column is null ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}: {Column}: {Reason}";
}
