using System.Text.Json;
using Json.Schema;

namespace Hoshi.Cli.Tests;

/// <summary>NIST's OSCAL JSON schemas in tests/TestData/oscal, with string formats checked too.</summary>
internal static class OscalSchemas
{
    private static readonly Dictionary<string, JsonSchema> Loaded = [];

    public static EvaluationResults Validate(string schemaFile, string json)
    {
        JsonSchema schema;
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(schemaFile, out schema!))
            {
                schema = Loaded[schemaFile] = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "oscal", schemaFile)));
            }
        }

        return schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    /// <summary>The first errors, each at its place in the document, for an assertion message.</summary>
    public static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
}
