using System.Reflection;
using System.Text.Json.Nodes;
using JupyterProtocol;

namespace NotebookKernel.Kernel;

/// <summary>
/// La respuesta a <c>kernel_info_request</c>. <c>language_info</c> dice a cada cliente cómo resaltar C#:
/// VS Code traduce el nombre "C#" a su lenguaje <c>csharp</c>, JupyterLab usa <c>codemirror_mode</c>, nbconvert
/// <c>pygments_lexer</c>. El nombre "C#" es también el <c>language</c> del kernelspec y de los cuadernos de Polyglot.
/// </summary>
internal static class KernelInfo
{
    /// <summary>El nombre del lenguaje, igual en el kernelspec, en <c>language_info</c> y en los cuadernos.</summary>
    public const string LanguageName = "C#";

    /// <summary>El contenido de <c>kernel_info_reply</c>.</summary>
    public static JsonObject Reply() =>
        new()
        {
            ["status"] = "ok",
            ["protocol_version"] = JupyterMessage.ProtocolVersion,
            ["implementation"] = "redes-neuronales-csharp",
            ["implementation_version"] = typeof(KernelInfo).Assembly.GetName().Version?.ToString(3) ?? "1.0.0",
            ["language_info"] = new JsonObject
            {
                ["name"] = LanguageName,
                ["version"] = "14.0",
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] =
                $"C# 14 sobre .NET {Environment.Version} (Roslyn) — kernel de «Redes neuronales desde cero en C#»",
            ["help_links"] = HelpLinks(),
            // Protocolo 5.5: las funciones opcionales que ofrece (ninguna: ni depurador ni subshells).
            ["supported_features"] = new JsonArray(),
            ["debugger"] = false,
        };

    // El menú Ayuda de JupyterLab y Notebook: la serie, el tutorial y C#.
    private static JsonArray HelpLinks() =>
        new(
            Link("Introducción a las Redes Neuronales (la serie)", "https://multivacs.com/tags/intro-nn/"),
            Link("Tutorial: el regresor", "https://multivacs.com/posts/intro-nn-regressor/"),
            Link("Guía de C#", "https://learn.microsoft.com/es-es/dotnet/csharp/"),
            Link("TorchSharp", "https://github.com/dotnet/TorchSharp")
        );

    private static JsonObject Link(string text, string url) => new() { ["text"] = text, ["url"] = url };
}
