using System.Net;
using System.Text.Json.Nodes;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Every API publishes its OpenAPI document through the gateway, and the copy the web app's
/// TypeScript types are generated from (<c>web/openapi/*.json</c>) is exactly what the running
/// services publish: change an API, run <c>npm run api:update</c> in web/ (stack up) and commit.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OpenApiDocumentTests(StackFixture stack)
{
    [Theory]
    [InlineData("auth")]
    [InlineData("users")]
    [InlineData("payroll")]
    [InlineData("chat")]
    public async Task The_published_document_is_the_one_the_web_app_s_types_come_from(string service)
    {
        using var response = await stack.Http.GetAsync($"openapi/{service}.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("3.", published["openapi"]!.GetValue<string>());
        Assert.NotNull(published["components"]?["securitySchemes"]?["Bearer"]);

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(
            Path.Combine(StackEnvironment.RepositoryRoot.FullName, "web", "openapi", service + ".json")))!;
        Assert.True(JsonNode.DeepEquals(published, committed),
            $"web/openapi/{service}.json is stale: run `npm run api:update` in web/ with the stack up, and commit the documents and src/api/generated/.");
    }

    [Fact]
    public async Task Every_operation_says_its_errors_are_problem_details()
    {
        foreach (var service in new[] { "users", "payroll", "chat" })
        {
            var document = JsonNode.Parse(await stack.Http.GetStringAsync($"openapi/{service}.json"))!;
            foreach (var (path, operations) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in operations!.AsObject())
                {
                    Assert.True(operation?["responses"]?["default"]?["content"]?["application/problem+json"] is not null,
                        $"{service}: {method} {path} does not document its problem-details errors");
                }
            }
        }
    }

    [Fact]
    public async Task The_api_reference_page_serves_its_script_from_the_gateway_itself()
    {
        var page = await stack.Http.GetStringAsync("openapi/reference/");
        Assert.Contains("<script src=\"scalar.js\">", page);
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        using var script = await stack.Http.GetAsync("openapi/reference/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
