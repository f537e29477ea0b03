namespace Hoshi.Web.Features;

/// <summary>One bar of a progress chart: label, criteria met out of total, and where it links to.</summary>
public sealed record ProgressBar(string Label, int Satisfied, int Total, string? Link)
{
    public int Percent => Total == 0 ? 100 : Satisfied * 100 / Total;
}
