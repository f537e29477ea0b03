using Hoshi.Core.Catalogs;

namespace Hoshi.Core.Crosswalks;

/// <summary>
/// How the criteria of one catalog version answer for those of another (format "hoshi-crosswalk/1",
/// docs/catalog-format.md): each source criterion mapped to zero or more target criteria, made by reading both
/// texts, and the target criteria that no source criterion covers. Answers are carried along it with
/// <see cref="CarryOver"/>.
/// </summary>
public sealed class Crosswalk
{
    private readonly Dictionary<string, List<string>> sourcesOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> isNew;

    internal Crosswalk(string sourceName, string from, string to, LocalizedText? note, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> map, IReadOnlyList<string> @new)
    {
        SourceName = sourceName;
        From = from;
        To = to;
        Note = note;
        Map = map;
        New = @new;
        isNew = new HashSet<string>(@new, StringComparer.Ordinal);
        foreach (var (source, targets) in map)
        {
            foreach (var target in targets)
            {
                if (!sourcesOf.TryGetValue(target, out var sources))
                {
                    sourcesOf[target] = sources = [];
                }

                sources.Add(source);
            }
        }
    }

    /// <summary>The file it was read from, for messages.</summary>
    public string SourceName { get; }

    /// <summary>The catalog answered before, as "id@version".</summary>
    public string From { get; }

    /// <summary>The catalog answers are carried to, as "id@version".</summary>
    public string To { get; }

    public LocalizedText? Note { get; }

    /// <summary>Each source criterion and the target criteria it maps to (possibly none), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Map { get; }

    /// <summary>Target criteria that no source criterion covers.</summary>
    public IReadOnlyList<string> New { get; }

    /// <summary>The source criteria whose answers speak to a target criterion, in file order; none for a new one.</summary>
    public IReadOnlyList<string> SourcesOf(string targetCriterionId) =>
        sourcesOf.TryGetValue(targetCriterionId, out var sources) ? sources : [];

    public bool IsNew(string targetCriterionId) => isNew.Contains(targetCriterionId);

    /// <summary>
    /// What the file says wrongly of two catalogs, each with its JSON path: the catalogs must be the ones it names;
    /// every source key and target id must exist; no criterion may be both mapped and new; every criterion of
    /// <paramref name="to"/> up to ★<paramref name="level"/> must be mapped or new, and every criterion of
    /// <paramref name="from"/> up to ★<paramref name="level"/> must appear as a key. Empty when all holds.
    /// </summary>
    public IReadOnlyList<CrosswalkProblem> Check(Catalog from, Catalog to, int level)
    {
        var problems = CheckIds(from, to).ToList();
        var mapped = Map.SelectMany(m => m.Value).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(to.CriteriaUpTo(level)
            .Where(c => !mapped.Contains(c.Id) && !isNew.Contains(c.Id))
            .Select(c => new CrosswalkProblem("$.new", $"criterion {c.Id} (★{c.Level}) of {To} is neither the target of a map entry nor new")));
        var keys = Map.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(from.CriteriaUpTo(level)
            .Where(c => !keys.Contains(c.Id))
            .Select(c => new CrosswalkProblem("$.map", $"criterion {c.Id} (★{c.Level}) of {From} is missing; map it to its counterparts, or to [] when it has none")));
        return problems;
    }

    /// <summary>The checks of <see cref="Check"/> that do not depend on a level: right catalogs, known ids, mapped or new but not both.</summary>
    public IEnumerable<CrosswalkProblem> CheckIds(Catalog from, Catalog to)
    {
        if (from.Key != From)
        {
            yield return new CrosswalkProblem("$.from", $"names {From}, checked against {from.Key}");
        }

        if (to.Key != To)
        {
            yield return new CrosswalkProblem("$.to", $"names {To}, checked against {to.Key}");
        }

        foreach (var (source, targets) in Map)
        {
            var path = $"$.map[\"{source}\"]";
            if (from.FindCriterion(source) is null)
            {
                yield return new CrosswalkProblem(path, $"{source} is not a criterion of {From}");
            }

            for (var i = 0; i < targets.Count; i++)
            {
                if (to.FindCriterion(targets[i]) is null)
                {
                    yield return new CrosswalkProblem($"{path}[{i}]", $"{targets[i]} is not a criterion of {To}");
                }
                else if (isNew.Contains(targets[i]))
                {
                    yield return new CrosswalkProblem($"{path}[{i}]", $"{targets[i]} is mapped here and also listed as new");
                }
            }
        }

        for (var i = 0; i < New.Count; i++)
        {
            if (to.FindCriterion(New[i]) is null)
            {
                yield return new CrosswalkProblem($"$.new[{i}]", $"{New[i]} is not a criterion of {To}");
            }
        }
    }

    /// <summary>
    /// The answers of an assessment on <see cref="From"/> carried to every criterion of <paramref name="to"/> up to
    /// ★<paramref name="targetLevel"/>, by <see cref="AnswerCarryOver.Carry"/>.
    /// </summary>
    public CarryOverResult CarryOver(Catalog to, int targetLevel, IEnumerable<SourceAnswer> answers) =>
        AnswerCarryOver.Carry(this, to, targetLevel, answers);
}
