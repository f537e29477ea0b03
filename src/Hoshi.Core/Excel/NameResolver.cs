namespace Hoshi.Core.Excel;

/// <summary>
/// A workbook's defined names (名前の定義) as the ranges they stand for: a formula that uses a name reads what the
/// name refers to. A name local to a sheet wins over a global one of the same name, as in Excel.
/// </summary>
internal sealed class NameResolver(List<(string Name, int? SheetIndex, string Text)> definedNames, Dictionary<string, int> sheetIndex)
{
    private readonly Dictionary<(string, int?), string> texts = definedNames
        .GroupBy(d => (d.Name.ToUpperInvariant(), d.SheetIndex))
        .ToDictionary(g => g.Key, g => g.First().Text);

    private readonly Dictionary<(string, int?), FormulaReferences> parsed = [];

    /// <summary>Every range a formula on sheet <paramref name="sheet"/> reads, directly or through names, each with the index of its sheet.</summary>
    public IEnumerable<(int Sheet, RangeReference Range)> Ranges(FormulaReferences references, int sheet, int depth)
    {
        foreach (var range in references.Ranges)
        {
            var on = range.Sheet is null ? sheet : sheetIndex.GetValueOrDefault(range.Sheet, -1);
            if (on >= 0)
            {
                yield return (on, range);
            }
        }

        if (depth <= 0)
        {
            yield break;
        }

        foreach (var (qualifier, name) in references.Names)
        {
            var scope = qualifier is null ? sheet : sheetIndex.GetValueOrDefault(qualifier, -1);
            if (Find(name, scope) is { } definition)
            {
                foreach (var inner in Ranges(definition, scope, depth - 1))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Why a formula reaches outside the workbook through the names it uses; null when it does not.</summary>
    public string? Outside(FormulaReferences references, int sheet, int depth)
    {
        if (depth <= 0)
        {
            return null;
        }

        foreach (var (qualifier, name) in references.Names)
        {
            var scope = qualifier is null ? sheet : sheetIndex.GetValueOrDefault(qualifier, -1);
            if (Find(name, scope) is { } definition && (definition.Outside ?? Outside(definition, scope, depth - 1)) is { } outside)
            {
                return $"{outside} (through the name {name})";
            }
        }

        return null;
    }

    private FormulaReferences? Find(string name, int scope)
    {
        foreach (var key in new (string, int?)[] { (name.ToUpperInvariant(), scope), (name.ToUpperInvariant(), null) })
        {
            if (parsed.TryGetValue(key, out var known))
            {
                return known;
            }

            if (texts.TryGetValue(key, out var text))
            {
                return parsed[key] = FormulaParser.Parse(text);
            }
        }

        return null;
    }
}
