using System.Text;
using Hoshi.Core.Catalogs;
using Hoshi.Core.Evaluation;
using Hoshi.Core.Export;

namespace Hoshi.Cli.Commands;

/// <summary>Prints an evaluation as text for people or as the published JSON shape for scripts.</summary>
internal static class Report
{
    public static void Write(CliContext context, Evaluation evaluation, Catalog catalog, string format, string language)
    {
        if (format == "json")
        {
            using var buffer = new MemoryStream();
            EvaluationReport.From(evaluation, catalog).WriteJson(buffer);
            context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            EvaluationText.Write(evaluation, catalog, language, context.Out);
        }
    }
}
