namespace NotebookFormat.Tests;

public class StreamMergingTests
{
    private static readonly RichOutput Chart = new(false, new Dictionary<string, System.Text.Json.Nodes.JsonNode>());

    [Fact]
    public void Consecutive_pieces_of_one_stream_become_one_output_and_others_stay_apart()
    {
        var merged = StreamMerging.Merged<NotebookOutput>([
            new StreamOutput("stdout", "época 1\n"),
            new StreamOutput("stdout", "época 2\n"),
            new StreamOutput("stderr", "aviso\n"),
            new StreamOutput("stdout", "a"),
            Chart,
            new StreamOutput("stdout", "b"),
            new StreamOutput("stdout", "c"),
        ]);

        Assert.Equal<NotebookOutput>(
            [
                new StreamOutput("stdout", "época 1\népoca 2\n"),
                new StreamOutput("stderr", "aviso\n"),
                new StreamOutput("stdout", "a"),
                Chart,
                new StreamOutput("stdout", "bc"),
            ],
            merged
        );
    }

    [Fact]
    public void Add_joins_a_piece_to_the_last_output_only_when_it_is_the_same_stream()
    {
        List<NotebookOutput> outputs = [new StreamOutput("stdout", "1")];

        StreamMerging.Add(outputs, new StreamOutput("stdout", "2"));
        StreamMerging.Add(outputs, new StreamOutput("stderr", "3"));

        Assert.Equal<NotebookOutput>([new StreamOutput("stdout", "12"), new StreamOutput("stderr", "3")], outputs);
    }
}
