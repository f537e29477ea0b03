namespace Hoshi.Core.Catalogs;

/// <summary>A run of a text as shown: plain text, or the words of a cross reference (<see cref="Reference"/> set).</summary>
public sealed record TextSegment(string Text, CrossReference? Reference = null);
