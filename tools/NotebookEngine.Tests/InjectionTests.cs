using CsCheck;
using Microsoft.CodeAnalysis.CSharp;
using NotebookEngine.Cancellation;
using NotebookEngine.Scripting;

namespace NotebookEngine.Tests;

public sealed class InjectionTests
{
    private const string Check = "global::NotebookEngine.Cancellation.CellCancellation.ThrowIfRequested(7);";
    private const string Enter = "global::NotebookEngine.Cancellation.CellCancellation.Enter(7);";

    private static string Inject(string code) =>
        CancellationInjector.Inject(code, 7, ScriptEnvironment.ParseOptions).Code;

    [Fact]
    public void Checks_go_at_loop_heads_gotos_and_every_body_without_new_lines()
    {
        var code = "for (;;) x++;\nwhile (a) { }\nvoid F() { }\nvar f = () => { };\nvar g = (int y) => y;\nL: goto L;";

        Assert.Equal(
            $"for (;;) {{{Check}x++;}}\nwhile (a) {{{Check} }}\nvoid F() {{{Enter} }}\nvar f = () => {{{Enter} }};\n"
                + $"var g = (int y) => {{{Enter}return y;}};\nL: {{{Check}goto L;}}",
            Inject(code)
        );
    }

    [Theory]
    [InlineData("int Doble(int n) => 2 * n;", "int Doble(int n) {E return  2 * n;}")]
    [InlineData("void Di(string s) => Console.WriteLine(s);", "void Di(string s) {E  Console.WriteLine(s);}")]
    [InlineData("async Task Espera() => await Task.Delay(1);", "async Task Espera() {E  await Task.Delay(1);}")]
    [InlineData("class C { int P => 1; }", "class C { int P {get{E return  1;}} }")]
    [InlineData("class C { int this[int i] => i; }", "class C { int this[int i] {get{E return  i;}} }")]
    [InlineData(
        "class C { int p; int P { get => p; set => p = value; } }",
        "class C { int p; int P { get {E return  p;} set {E  p = value;} } }"
    )]
    [InlineData("class C { C() => x = 1; }", "class C { C() {E  x = 1;} }")]
    [InlineData("ref int R() => ref x;", "ref int R() => ref x;")] // un retorno por referencia se deja tal cual
    public void Expression_bodied_members_become_blocks_that_check_on_entry(string code, string expected) =>
        Assert.Equal(expected.Replace("E ", Enter), Inject(code)); // la flecha se va; el espacio tras ella se queda

    [Fact]
    public void Lambda_forms_can_be_chosen_one_by_one()
    {
        const string code = "a.ForEach(x => Console.WriteLine(x));\nvar e = (Expression<Func<int>>)(() => 1);";
        var forms = new Dictionary<int, LambdaForm>
        {
            [code.IndexOf("x =>", StringComparison.Ordinal)] = LambdaForm.Statement,
            [code.IndexOf("() => 1", StringComparison.Ordinal)] = LambdaForm.Untouched,
        };

        var instrumented = CancellationInjector.Inject(code, 7, ScriptEnvironment.ParseOptions, forms);

        Assert.Equal(
            $"a.ForEach(x => {{{Enter}Console.WriteLine(x);}});\nvar e = (Expression<Func<int>>)(() => 1);",
            instrumented.Code
        );
        Assert.Single(instrumented.Lambdas); // la que se dejó sin tocar no cuenta
    }

    [Fact]
    public void Every_original_character_maps_back_to_its_position()
    {
        // Propiedad: para cualquier combinación de bucles, saltos y miembros con cuerpo de expresión, cada carácter
        // original que sigue en el instrumentado vuelve con el mapa a su posición, en orden, y solo faltan las flechas
        // de los miembros que pasaron a tener cuerpo de bloque.
        var statement = Gen.OneOf<string>(
            "x++;",
            "while (a) x++;",
            "for (;;) { y--; }",
            "do x++; while (b);",
            "foreach (var i in s) for (;;) z++;",
            "L: if (a) goto L;",
            "int F(int n) => n + 1;",
            "var f = (int n) => n * 2;",
            "void G() => x++;"
        );
        Gen.Int[1, 6]
            .SelectMany(n => statement.Array[n])
            .Sample(
                parts =>
                {
                    var code = string.Join("\n", parts);
                    var (instrumented, map, _) = CancellationInjector.Inject(code, 0, ScriptEnvironment.ParseOptions);
                    Assert.Equal(code.Count(c => c == '\n'), instrumented.Count(c => c == '\n'));
                    Assert.Empty(
                        CSharpSyntaxTree.ParseText(instrumented, ScriptEnvironment.ParseOptions).GetDiagnostics()
                    );
                    var last = -1;
                    var kept = 0;
                    for (var position = 0; position < instrumented.Length; position++)
                    {
                        if (map.IsInserted(position))
                            continue;
                        var original = map.ToOriginal(position);
                        Assert.True(original > last, $"posición {position} vuelve a {original}, no después de {last}");
                        Assert.Equal(code[original], instrumented[position]);
                        last = original;
                        kept++;
                    }
                    var arrows = parts.Count(p =>
                        p.StartsWith("int F", StringComparison.Ordinal)
                        || p.StartsWith("void G", StringComparison.Ordinal)
                    );
                    Assert.Equal(code.Length - 2 * arrows, kept);
                },
                iter: 200
            );
    }
}
