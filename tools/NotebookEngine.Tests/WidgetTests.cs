using System.Text.Json.Nodes;
using NotebookEngine;
using NotebookEngine.Widgets;

namespace NotebookEngine.Tests;

/// <summary>
/// Los controles (ipywidgets 8, protocolo 2.1) sobre una sesión de verdad y un cliente de mentira: lo que se abre,
/// lo que se envía, lo que pasa cuando el cliente mueve un control, y el respaldo estático sin cliente.
/// </summary>
public sealed class WidgetTests : TemporaryFolder, IAsyncLifetime
{
    private readonly RecordingFrontEnd _frontEnd = new();
    private NotebookSession _session = null!;

    public WidgetTests()
        : base("engine-widgets-") { }

    public Task InitializeAsync()
    {
        _session = NotebookSession.Create(
            new SessionOptions
            {
                WorkingDirectory = Folder,
                PackageCacheDirectory = Path.Combine(Folder, "cache"),
                RenderChartImages = false,
            }
        );
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _session.DisposeAsync();

    private async Task<CellResult> Run(string code)
    {
        var result = await _session.ExecuteAsync(code);
        Assert.True(result.Succeeded, Outputs.Describe(result.Outputs));
        return result;
    }

    private static string ModelId(CellOutput output) =>
        ((ResultOutput)output).Data[WidgetProtocol.ViewMime]["model_id"]!.GetValue<string>();

    // Lo que enseña el área de salida de un Interact según su último estado enviado.
    private string ShownIn(string outputCommId)
    {
        var outputs =
            _frontEnd.Sent(outputCommId, "update").LastOrDefault()?["state"]?["outputs"]
            ?? _frontEnd.OpenedState(outputCommId)["outputs"];
        return string.Join(
            " | ",
            outputs!
                .AsArray()
                .Select(o => (string)o!["data"]?["text/plain"]! ?? (string)o!["text"]! ?? (string)o!["ename"]!)
        );
    }

    [Fact]
    public async Task Without_a_front_end_a_slider_shows_its_static_text_and_opens_no_comm()
    {
        var result = await Run("new FloatSlider(\"w\", min: -5, max: 5, step: 0.1, value: 1)");

        var output = Assert.IsType<ResultOutput>(Assert.Single(result.Outputs));
        Assert.Equal("w = 1.0", Outputs.Text(output.Data));
        Assert.False(output.Data.ContainsKey(WidgetProtocol.ViewMime));
        Assert.Empty(_frontEnd.Messages);
    }

    [Fact]
    public async Task With_a_front_end_a_slider_opens_its_layout_its_style_and_itself_in_ipywidgets_8_format()
    {
        _session.Widgets.Connect(_frontEnd);
        var result = await Run("new FloatSlider(\"w\", min: -5, max: 5, step: 0.1, value: 1)");

        var id = ModelId(Assert.Single(result.Outputs));
        var opened = _frontEnd.Messages.Where(m => m.Kind == "open").ToList();
        Assert.Equal(3, opened.Count);
        Assert.Equal(id, opened[^1].CommId); // lo que cita va antes
        Assert.All(opened, m => Assert.Equal("2.1.0", (string?)m.Metadata!["version"]));
        var state = _frontEnd.OpenedState(id);
        Assert.Equal("FloatSliderModel", (string?)state["_model_name"]);
        Assert.Equal("@jupyter-widgets/controls", (string?)state["_model_module"]);
        Assert.Equal("2.0.0", (string?)state["_model_module_version"]);
        Assert.Equal("FloatSliderView", (string?)state["_view_name"]);
        Assert.Equal(1.0, (double)state["value"]!);
        Assert.Equal(-5.0, (double)state["min"]!);
        Assert.Equal(".1f", (string?)state["readout_format"]);
        var layout = ((string)state["layout"]!)["IPY_MODEL_".Length..];
        Assert.Equal("LayoutModel", (string?)_frontEnd.OpenedState(layout)["_model_name"]);
        var style = ((string)state["style"]!)["IPY_MODEL_".Length..];
        Assert.Equal("SliderStyleModel", (string?)_frontEnd.OpenedState(style)["_model_name"]);
        Assert.Equal(3, _session.Widgets.Comms.Count);
    }

    [Fact]
    public async Task An_int_slider_sends_integers_and_an_integer_readout()
    {
        _session.Widgets.Connect(_frontEnd);
        var id = ModelId(
            (await Run("var pasos = new IntSlider(\"pasos\", 1, 100, step: 3, value: 10);\npasos")).Outputs[0]
        );

        var state = _frontEnd.OpenedState(id);
        Assert.Equal("IntSliderModel", (string?)state["_model_name"]);
        Assert.Equal(
            ["10", "1", "100", "3"],
            new[] { "value", "min", "max", "step" }.Select(key => state[key]!.ToJsonString())
        );
        Assert.Equal("d", (string?)state["readout_format"]);
    }

    [Fact]
    public async Task A_move_in_the_front_end_changes_the_value_in_csharp_and_is_echoed()
    {
        _session.Widgets.Connect(_frontEnd);
        var id = ModelId((await Run("var pasos = new IntSlider(\"pasos\", 1, 100, value: 10);\npasos")).Outputs[0]);

        Assert.True(_session.Widgets.Receive(id, Update(new JsonObject { ["value"] = 42 })));
        var read = await Run("pasos.Value");

        Assert.Equal("42", Outputs.Text(((ResultOutput)read.Outputs[0]).Data));
        var echo = Assert.Single(_frontEnd.Sent(id, "echo_update"));
        Assert.Equal(42, (int)echo["state"]!["value"]!);
    }

    [Fact]
    public async Task A_value_out_of_range_from_the_front_end_is_not_accepted()
    {
        _session.Widgets.Connect(_frontEnd);
        var id = ModelId((await Run("var pasos = new IntSlider(\"pasos\", 1, 100, value: 10);\npasos")).Outputs[0]);

        _session.Widgets.Receive(id, Update(new JsonObject { ["value"] = 500 }));
        var read = await Run("pasos.Value");

        Assert.Equal("10", Outputs.Text(((ResultOutput)read.Outputs[0]).Data));
        Assert.Empty(_frontEnd.Sent(id, "echo_update"));
    }

    [Fact]
    public async Task Interact_recomputes_in_csharp_when_a_control_moves_and_shows_it_in_its_output_area()
    {
        _session.Widgets.Connect(_frontEnd);
        var result = await Run(
            "var w = new FloatSlider(\"w\", -5, 5, 0.5, value: 1);\nInteract(() => $\"2w = {2 * w.Value}\", w)"
        );
        var boxId = ModelId(Assert.Single(result.Outputs));
        var children = _frontEnd.OpenedState(boxId)["children"]!.AsArray().Select(c => ((string)c!)[10..]).ToList();
        var (sliderId, outputId) = (children[0], children[1]);
        Assert.Equal("VBoxModel", (string?)_frontEnd.OpenedState(boxId)["_model_name"]);
        Assert.Equal("OutputModel", (string?)_frontEnd.OpenedState(outputId)["_model_name"]);
        Assert.Equal("2w = 2", ShownIn(outputId));

        _session.Widgets.Receive(sliderId, Update(new JsonObject { ["value"] = 3.5 }));
        await _session.Widgets.WhenIdle();

        Assert.Equal("2w = 7", ShownIn(outputId));
    }

    [Fact]
    public async Task When_moves_come_faster_than_the_function_the_last_value_wins()
    {
        _session.Widgets.Connect(_frontEnd);
        var result = await Run(
            "var runs = new List<int>();\nvar n = new IntSlider(\"n\", 0, 100);\n"
                + "Interact(() => { runs.Add(n.Value); System.Threading.Thread.Sleep(150); return n.Value; }, n)"
        );
        var sliderId = _frontEnd.OpenedState(ModelId(result.Outputs[0]))["children"]![0]!.GetValue<string>()[10..];

        for (var value = 1; value <= 20; value++)
            _session.Widgets.Receive(sliderId, Update(new JsonObject { ["value"] = value }));
        await _session.Widgets.WhenIdle();
        var runs = await Run("string.Join(\",\", runs)");

        var values = Outputs.Text(((ResultOutput)runs.Outputs[0]).Data).Split(',').Select(int.Parse).ToList();
        // La inicial (0), a lo sumo una con un valor intermedio que ya había llegado, y la última.
        Assert.InRange(values.Count, 2, 3);
        Assert.Equal(0, values[0]);
        Assert.Equal(20, values[^1]);
    }

    [Fact]
    public async Task A_function_error_appears_in_the_output_area_and_the_session_goes_on()
    {
        _session.Widgets.Connect(_frontEnd);
        var result = await Run("var k = new IntSlider(\"k\", 0, 3);\nInteract(() => 10 / k.Value, k)");

        var outputId = _frontEnd.OpenedState(ModelId(result.Outputs[0]))["children"]![1]!.GetValue<string>()[10..];
        Assert.Equal("DivideByZeroException", ShownIn(outputId));
        await Run("1 + 1");
    }

    [Fact]
    public async Task Without_a_front_end_Interact_shows_its_fallback_or_else_the_first_result()
    {
        var plain = await Run("var w = new FloatSlider(\"w\", -5, 5, 0.5, value: 1);\nInteract(() => 2 * w.Value, w)");
        var withFallback = await Run("Interact(() => 2 * w.Value, w).WithFallback(\"gráfico estático\")");

        Assert.Equal("2", Outputs.Text(((ResultOutput)Assert.Single(plain.Outputs)).Data));
        Assert.Equal("gráfico estático", Outputs.Text(((ResultOutput)Assert.Single(withFallback.Outputs)).Data));
        Assert.Empty(_frontEnd.Messages);
    }

    [Fact]
    public async Task Dropdown_checkbox_and_button_react_to_the_front_end()
    {
        _session.Widgets.Connect(_frontEnd);
        var result = await Run(
            "var modo = new Dropdown(\"modo\", new[] { \"lote\", \"minilote\", \"SGD\" });\n"
                + "var log = new Checkbox(\"escala logarítmica\");\n"
                + "var salida = new OutputArea();\n"
                + "var boton = new Button(\"Entrenar\");\n"
                + "boton.OnClick(() => Console.WriteLine($\"{modo.Value}, log: {log.Value}\"), salida);\n"
                + "new Box(modo, log, boton, salida)"
        );
        var ids = _frontEnd.OpenedState(ModelId(result.Outputs[0]))["children"]!
            .AsArray()
            .Select(c => ((string)c!)[10..])
            .ToList();
        Assert.Equal(
            ["lote", "minilote", "SGD"],
            _frontEnd.OpenedState(ids[0])["_options_labels"]!.AsArray().Select(o => (string)o!)
        );
        Assert.Equal(0, (int)_frontEnd.OpenedState(ids[0])["index"]!);

        _session.Widgets.Receive(ids[0], Update(new JsonObject { ["index"] = 2 }));
        _session.Widgets.Receive(ids[1], Update(new JsonObject { ["value"] = true }));
        _session.Widgets.Receive(
            ids[2],
            new JsonObject
            {
                ["method"] = "custom",
                ["content"] = new JsonObject { ["event"] = "click" },
            }
        );
        await _session.Widgets.WhenIdle();

        Assert.Equal("SGD, log: True", ShownIn(ids[3]).Trim());
    }

    [Fact]
    public async Task The_front_end_can_ask_for_one_state_or_for_all_of_them_after_a_reload()
    {
        _session.Widgets.Connect(_frontEnd);
        var id = ModelId((await Run("new Checkbox(\"c\", value: true)")).Outputs[0]);

        _session.Widgets.Receive(id, new JsonObject { ["method"] = "request_state" });
        Assert.True(_session.Widgets.OpenedByFrontEnd("control-1", WidgetProtocol.ControlTarget));
        _session.Widgets.Receive("control-1", new JsonObject { ["method"] = "request_states" });

        Assert.True((bool)Assert.Single(_frontEnd.Sent(id, "update"))["state"]!["value"]!);
        var states = Assert.Single(_frontEnd.Sent("control-1", "update_states"))["states"]!.AsObject();
        Assert.Equal(3, states.Count); // la casilla, su disposición y su estilo
        Assert.Equal("CheckboxModel", (string?)states[id]!["model_name"]);
        Assert.True((bool)states[id]!["state"]!["value"]!);
        Assert.False(_session.Widgets.OpenedByFrontEnd("otro", "jupyter.widget"));
        Assert.False(_session.Widgets.Receive("desconocido", new JsonObject { ["method"] = "update" }));
    }

    [Fact]
    public async Task Closing_a_widget_closes_its_comm_and_its_id_is_no_longer_listed()
    {
        _session.Widgets.Connect(_frontEnd);
        var id = ModelId((await Run("var c = new Checkbox(\"c\");\nc")).Outputs[0]);

        await Run("c.Close();");

        Assert.Contains(_frontEnd.Messages, m => m.Kind == "close" && m.CommId == id);
        Assert.DoesNotContain(id, _session.Widgets.Comms.Keys);
        Assert.False(_session.Widgets.Receive(id, new JsonObject { ["method"] = "request_state" }));
    }

    [Theory]
    [InlineData(
        "new FloatSlider(\"w\", min: 5, max: -5)",
        "max vale -5 y min 5, pero se esperaba un máximo mayor que el mínimo."
    )]
    [InlineData("new FloatSlider(\"w\", 0, 1, step: 0)", "step vale 0, pero se esperaba un número mayor que 0.")]
    [InlineData(
        "new IntSlider(\"n\", 0, 10).Value = 11",
        "Value vale 11, pero se esperaba un valor del deslizador entre 0 y 10."
    )]
    [InlineData(
        "new Dropdown(\"d\", new[] { \"a\" }, value: \"b\")",
        "Value vale «b», pero se esperaba una de las opciones del desplegable: a."
    )]
    [InlineData(
        "Interact(() => 1)",
        "controls está vacío, pero se esperaba al menos un control (un deslizador, un desplegable...) después de la función de Interact."
    )]
    public async Task Bad_arguments_give_a_clear_spanish_error(string code, string message)
    {
        var result = await _session.ExecuteAsync(code);

        var error = Assert.IsType<ErrorOutput>(Assert.Single(result.Outputs));
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("Parameter", error.Message);
    }

    private static JsonObject Update(JsonObject state) =>
        new()
        {
            ["method"] = "update",
            ["state"] = state,
            ["buffer_paths"] = new JsonArray(),
        };
}
