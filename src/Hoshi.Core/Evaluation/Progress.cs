namespace Hoshi.Core.Evaluation;

/// <summary>How many criteria of a group (a category or a CSF function) are met, within the target scope.</summary>
public sealed record Progress(string Id, int Total, int Satisfied)
{
    /// <summary>Whole percent, rounded down so that 99.6 % is never shown as 100 %.</summary>
    public int Percent => Total == 0 ? 100 : Satisfied * 100 / Total;
}
