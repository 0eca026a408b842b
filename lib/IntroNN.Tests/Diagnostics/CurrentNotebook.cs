using IntroNN.Tests.Torch;

namespace IntroNN.Tests.Diagnostics;

/// <summary>
/// Los datos del cuaderno de Python que enlaza hoy el tutorial (a347fad): blobs.csv partido con su máscara, escrita
/// aquí aparte de la biblioteca. Prueba: una de cada tres muestras (0, 3, 6…); validación: una de cada cinco de las
/// que quedan; entrenamiento: el resto (52, 34 y 14 muestras).
/// </summary>
internal static class CurrentNotebook
{
    public static string ReferencePath { get; } =
        Path.Combine(TorchTestData.RepoRoot, "data", "reference-regressor-a347fad.json");

    public static Dataset Blobs { get; } = Csv.Load(Path.Combine(TorchTestData.RepoRoot, "data", "blobs.csv"), "y");

    public static int[] TestRows { get; } = Enumerable.Range(0, 100).Where(i => i % 3 == 0).ToArray();

    public static int[] ValidationRows { get; } = NotTest().Where((_, k) => k % 5 == 0).ToArray();

    public static int[] TrainRows { get; } = NotTest().Where((_, k) => k % 5 != 0).ToArray();

    public static Dataset Train => Blobs.Subset(TrainRows);

    private static IEnumerable<int> NotTest() => Enumerable.Range(0, 100).Where(i => i % 3 != 0);
}
