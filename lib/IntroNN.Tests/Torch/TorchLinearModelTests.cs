using IntroNN.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace IntroNN.Tests.Torch;

/// <summary>Lo que los dos modelos heredan de <see cref="TorchLinearModel"/>.</summary>
public class TorchLinearModelTests
{
    public static TheoryData<string> Models() => ["logística", "softmax"];

    /// <summary>
    /// Module.to(...) cambia los parámetros registrados y, por reflexión, los campos del mismo nombre: los de la clase
    /// base tienen que verse desde el tipo derivado, o Weights y Step seguirían con los tensores viejos en float64.
    /// </summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void ToFloat32ConvertsTheParametersThatStepUpdates(string kind)
    {
        using TorchLinearModel model =
            kind == "logística"
                ? new TorchLogisticRegression([0.5, -0.25], 0.125)
                : new TorchSoftmaxRegression(
                    new double[,]
                    {
                        { 0.5, -0.25 },
                        { 0.25, 1.0 },
                    },
                    [0.125, -0.5]
                );
        model.to(ScalarType.Float32);

        Assert.Equal(ScalarType.Float32, model.DType);
        Assert.Equal(ScalarType.Float32, model.Bias.dtype);
        var registered = model.parameters().ToArray();
        Assert.Equal(2, registered.Length);
        Assert.Equal(registered[0].Handle, model.Weights.Handle);
        Assert.Equal(registered[1].Handle, model.Bias.Handle);

        using var x = tensor(new float[] { 1, 2, -1, 0.5f }).reshape(2, 2);
        using var y =
            kind == "logística" ? tensor(new float[] { 1, 0 }) : tensor(new long[] { 1, 0 }, ScalarType.Int64);
        var before = TorchData.ToArray(registered[0]);
        model.Step(x, y, 0.1);
        Assert.NotEqual(before, TorchData.ToArray(registered[0]));
        Assert.Equal(TorchData.ToArray(registered[0]), TorchData.ToArray(model.Weights));
    }
}
