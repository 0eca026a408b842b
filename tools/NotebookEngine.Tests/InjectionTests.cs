using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Cancellation;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

public sealed class InjectionTests
{
    [Fact]
    public void Checks_go_at_loop_heads_and_bodies_without_new_lines()
    {
        var code = "for (;;) x++;\nwhile (a) { }\nvoid F() { }\nvar f = () => { };\nvar g = (int y) => y;";
        var (instrumented, _) = CancellationInjector.Inject(code, 7, ScriptEnvironment.ParseOptions);
        var check = "global::NotebookEngine.Cancellation.CellCancellation.ThrowIfRequested(7);";
        Assert.Equal(
            $"for (;;) {{{check}x++;}}\nwhile (a) {{{check} }}\nvoid F() {{{check} }}\nvar f = () => {{{check} }};\nvar g = (int y) => y;",
            instrumented
        );
    }

    [Fact]
    public void Every_original_character_maps_back_to_its_position()
    {
        // Propiedad: para cualquier combinación de bucles anidados, cada carácter del código original aparece en el
        // instrumentado en una posición que el mapa devuelve exactamente a la suya.
        var statement = Gen.OneOf<string>(
            "x++;",
            "while (a) x++;",
            "for (;;) { y--; }",
            "do x++; while (b);",
            "foreach (var i in s) for (;;) z++;"
        );
        Gen.Int[1, 6]
            .SelectMany(n => statement.Array[n])
            .Sample(
                parts =>
                {
                    var code = string.Join("\n", parts);
                    var (instrumented, map) = CancellationInjector.Inject(code, 0, ScriptEnvironment.ParseOptions);
                    Assert.Equal(code.Count(c => c == '\n'), instrumented.Count(c => c == '\n'));
                    var tree = CSharpSyntaxTree.ParseText(instrumented, ScriptEnvironment.ParseOptions);
                    Assert.Empty(tree.GetDiagnostics());
                    // Se recorre el instrumentado: los caracteres que no son inserción deben ser, en orden, el original.
                    var original = 0;
                    for (var position = 0; position < instrumented.Length; position++)
                    {
                        if (map.IsInserted(position))
                            continue;
                        Assert.Equal(code[original], instrumented[position]);
                        Assert.Equal(original, map.ToOriginal(position));
                        original++;
                    }
                    Assert.Equal(code.Length, original);
                },
                iter: 200
            );
    }
}
