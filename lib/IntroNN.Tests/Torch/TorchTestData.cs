using System.Globalization;
using IntroNN.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

/// <summary>Datos y casos que comparten las pruebas de los modelos de TorchSharp.</summary>
internal static class TorchTestData
{
    /// <summary>Cada dispositivo disponible (la CPU, y cada GPU CUDA si la hay): un cuerpo de prueba, todos los dispositivos.</summary>
    public static TheoryData<string> Devices()
    {
        var data = new TheoryData<string>();
        foreach (var device in TorchDevices.Available())
            data.Add(device.ToString());
        return data;
    }

    /// <summary>Cada dispositivo con float64 y con float32.</summary>
    public static TheoryData<string, ScalarType> DevicesAndTypes()
    {
        var data = new TheoryData<string, ScalarType>();
        foreach (var device in TorchDevices.Available())
        {
            data.Add(device.ToString(), ScalarType.Float64);
            data.Add(device.ToString(), ScalarType.Float32);
        }
        return data;
    }

    /// <summary>Tolerancia de las comparaciones tras 100 pasos: 1e-10 en float64, 1e-4 en float32.</summary>
    public static double Tolerance(ScalarType dtype) => dtype == ScalarType.Float64 ? 1e-10 : 1e-4;

    public static Device Device(string name) => torch.device(name);

    /// <summary>La raíz del repositorio: la carpeta con RedesNeuronales.slnx.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// data/blobs.csv (las dos nubes del cuaderno de Python) partido como el tutorial: las muestras 0, 3, 6… son de
    /// prueba y el resto de entrenamiento.
    /// </summary>
    public static (double[][] TrainX, int[] TrainY, double[][] TestX, int[] TestY) Blobs()
    {
        var (x, y) = ReadCsv("blobs.csv", ["x1", "x2"], "y");
        var test = Enumerable.Range(0, x.Length).Where(i => i % 3 == 0).ToArray();
        var train = Enumerable.Range(0, x.Length).Where(i => i % 3 != 0).ToArray();
        return (
            train.Select(i => x[i]).ToArray(),
            train.Select(i => y[i]).ToArray(),
            test.Select(i => x[i]).ToArray(),
            test.Select(i => y[i]).ToArray()
        );
    }

    /// <summary>data/iris.csv: cuatro medidas y tres clases.</summary>
    public static (double[][] X, int[] Y) Iris() =>
        ReadCsv("iris.csv", ["sepal_length", "sepal_width", "petal_length", "petal_width"], "label");

    /// <summary>Tensor [n, d] a partir de filas.</summary>
    public static Tensor Matrix(double[][] rows, ScalarType dtype, Device device)
    {
        var flat = rows.SelectMany(r => r).ToArray();
        using var cpu = tensor(flat, [rows.Length, rows[0].Length], ScalarType.Float64);
        return cpu.to(dtype, device);
    }

    public static double[] Values(Tensor t) => TorchData.ToArray(t);

    private static (double[][] X, int[] Y) ReadCsv(string file, string[] features, string label)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot, "data", file));
        var header = lines[0].Split(',');
        var columns = features.Select(f => Array.IndexOf(header, f)).ToArray();
        var labelColumn = Array.IndexOf(header, label);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        return (
            rows.Select(r => columns.Select(c => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray()).ToArray(),
            rows.Select(r => int.Parse(r[labelColumn], CultureInfo.InvariantCulture)).ToArray()
        );
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RedesNeuronales.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("No encuentro RedesNeuronales.slnx encima de " + AppContext.BaseDirectory);
    }
}
