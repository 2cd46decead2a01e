using System.Reflection;
using System.Text.Json;
using ChatNomina.Chat.Conversations;

namespace ChatNomina.Chat.Tests;

/// <summary>The chat's intent and entity-type constants are the labels of models/labels.json, the one list the
/// models and the inference library use (found upwards from the test binaries, as the inference tests find
/// models/).</summary>
public class LabelsFileTests
{
    private static JsonElement Labels()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "models", "labels.json");
            if (File.Exists(path))
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                return doc.RootElement.Clone();
            }
        }
        throw new FileNotFoundException("models/labels.json not found upwards from " + AppContext.BaseDirectory);
    }

    private static string[] Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal).ToArray();

    private static string[] Sorted(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_intent_constants_are_the_intents_of_labels_json() =>
        Assert.Equal(Sorted(Labels().GetProperty("intents")), Constants(typeof(Intents)));

    [Fact]
    public void The_entity_type_constants_are_the_entity_types_of_labels_json() =>
        Assert.Equal(Sorted(Labels().GetProperty("entity_types")), Constants(typeof(EntityTypes)));
}
