using System.Text.Json;

namespace IntroNN.Tests.Charts;

public class SigmoidSlidersTests
{
    // σ computed here, independently of the library.
    private static double Sigma(double z) => 1 / (1 + Math.Exp(-z));

    private static readonly double[] Weights = [-2, -0.5, 1, 3];
    private static readonly double[] Biases = [-1, 0, 2];

    private static ChartJson Chart() =>
        ChartJson.Of(
            IntroNN.Charts.SigmoidWithSliders(
                weights: Weights,
                biases: Biases,
                initialWeight: 1,
                initialBias: 0,
                xMin: -6,
                xMax: 6,
                points: 25
            )
        );

    private static JsonElement[] Steps(ChartJson chart, int slider) =>
        chart.Layout.GetProperty("sliders")[slider].GetProperty("steps").EnumerateArray().ToArray();

    [Fact]
    public void OneSliderStepPerWeightAndPerBiasStartingAtTheInitialValues()
    {
        var chart = Chart();
        var sliders = chart.Layout.GetProperty("sliders");

        Assert.Equal(2, sliders.GetArrayLength());
        Assert.Equal(Weights.Length, Steps(chart, 0).Length);
        Assert.Equal(Biases.Length, Steps(chart, 1).Length);
        Assert.Equal(["-2", "-0.5", "1", "3"], Steps(chart, 0).Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(2, sliders[0].GetProperty("active").GetInt32());
        Assert.Equal(1, sliders[1].GetProperty("active").GetInt32());
        Assert.Equal("w = ", sliders[0].GetProperty("currentvalue").GetProperty("prefix").GetString());
        Assert.Equal("b = ", sliders[1].GetProperty("currentvalue").GetProperty("prefix").GetString());
    }

    [Fact]
    public void EachWeightStepRestylesEveryCurveWithSigmaOfWXPlusB()
    {
        var chart = Chart();
        var x = ChartJson.X(chart.Traces[1]);

        var steps = Steps(chart, 0);
        for (var i = 0; i < Weights.Length; i++)
        {
            Assert.Equal("restyle", steps[i].GetProperty("method").GetString());
            var args = steps[i].GetProperty("args");
            Assert.Equal([1, 2, 3], args[1].EnumerateArray().Select(e => e.GetInt32()));
            var curves = ChartJson.Matrix(args[0].GetProperty("y"));
            Assert.Equal(Biases.Length, curves.Length);
            for (var j = 0; j < Biases.Length; j++)
            {
                for (var k = 0; k < x.Length; k++)
                    Assert.Equal(Sigma(Weights[i] * x[k] + Biases[j]), curves[j][k], 1e-4);
            }
        }
    }

    [Fact]
    public void EachBiasStepShowsExactlyItsOwnCurve()
    {
        var steps = Steps(Chart(), 1);
        for (var j = 0; j < Biases.Length; j++)
        {
            var visible = steps[j]
                .GetProperty("args")[0]
                .GetProperty("visible")
                .EnumerateArray()
                .Select(e => e.GetBoolean())
                .ToArray();
            Assert.Equal(Biases.Select((_, k) => k == j), visible);
        }
    }

    [Fact]
    public void InitialTracesMatchTheInitialWeightAndOnlyTheInitialBiasIsVisible()
    {
        var chart = Chart();

        Assert.Equal(1 + Biases.Length, chart.Traces.Count);
        Assert.All(chart.TraceTypes, t => Assert.Equal("scatter", t));
        var reference = chart.Traces[0];
        Assert.StartsWith("σ(x)", reference.GetProperty("name").GetString());
        for (var j = 0; j < Biases.Length; j++)
        {
            var trace = chart.Traces[1 + j];
            Assert.Equal(j == 1, trace.GetProperty("visible").GetBoolean());
            var x = ChartJson.X(trace);
            var y = ChartJson.Y(trace);
            for (var k = 0; k < x.Length; k++)
                Assert.Equal(Sigma(1 * x[k] + Biases[j]), y[k], 1e-4);
        }

        Assert.Equal("x", chart.AxisTitle("xaxis"));
        Assert.Equal("σ(w·x + b)", chart.AxisTitle("yaxis"));
    }

    [Fact]
    public void BadArgumentsNameTheArgumentInSpanish()
    {
        var missing = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.SigmoidWithSliders(weights: [-1, 2], initialWeight: 1)
        );
        Assert.Equal("initialWeight", missing.ParamName);
        Assert.Contains(
            "initialWeight vale 1, pero se esperaba uno de los valores de weights (-1, 2).",
            missing.Message
        );

        var empty = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.SigmoidWithSliders(biases: []));
        Assert.Equal("biases", empty.ParamName);
        Assert.Contains("está vacío", empty.Message);

        var nan = Assert.Throws<InvalidArgumentException>(() =>
            IntroNN.Charts.SigmoidWithSliders(weights: [1, double.NaN])
        );
        Assert.Equal("weights", nan.ParamName);
        Assert.Contains("weights[1] vale NaN, pero se esperaba un número finito (ni NaN ni ∞).", nan.Message);

        var huge = Assert.Throws<InvalidArgumentException>(() => IntroNN.Charts.SigmoidWithSliders(points: 5000));
        Assert.Equal("points", huge.ParamName);
    }
}
