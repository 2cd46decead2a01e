using System.Net;
using System.Net.Http.Json;
using System.Text;
using ChatNomina.Users.Apis;

namespace ChatNomina.Users.Tests;

/// <summary>Bad input gets 400 problem details that say what is wrong; never a 500.</summary>
public sealed class InputValidationTests(UsersFactory factory) : IClassFixture<UsersFactory>
{
    private readonly HttpClient _hr = factory.CreateHrClient();

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-1", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task List_with_out_of_range_paging_is_400_naming_the_parameter(string query, string parameter)
    {
        var response = await _hr.GetAsync($"/api/users?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.Errors.Keys);
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("pageSize=ten")]
    [InlineData("page=99999999999999")]
    [InlineData("page=1.5")]
    public async Task List_with_non_numeric_paging_is_400(string query)
    {
        var response = await _hr.GetAsync($"/api/users?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData(2147483647, 200)]
    [InlineData(2147483647, 1)]
    [InlineData(10737419, 200)]
    public async Task List_with_a_huge_page_number_never_fails_with_500(int page, int pageSize)
    {
        var response = await _hr.GetAsync($"/api/users?page={page}&pageSize={pageSize}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<EmployeePage>();
        Assert.Empty(body!.Items);
        Assert.Equal(page, body.Page);
    }

    [Fact]
    public async Task List_with_a_200_character_department_is_400()
    {
        var response = await _hr.GetAsync($"/api/users?department={new string('d', 200)}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("department", problem.Errors.Keys);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("Fin%00ance")]
    [InlineData("Fin%0Aance")]
    public async Task List_with_control_characters_in_the_department_is_400(string department)
    {
        var response = await _hr.GetAsync($"/api/users?department={department}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("department", problem.Errors.Keys);
    }

    [Theory]
    [InlineData("", "Analyst", "es", "Department")]
    [InlineData("   ", "Analyst", "es", "Department")]
    [InlineData(null, "Analyst", "es", "Department")]
    [InlineData("Finance", "", "es", "Position")]
    [InlineData("Finance", "Analyst", "fr", "PreferredLanguage")]
    [InlineData("Finance", "Analyst", "", "PreferredLanguage")]
    [InlineData("Finance", "Analyst", "ES", "PreferredLanguage")]
    [InlineData("Finance", "Analyst", "es\n", "PreferredLanguage")]
    [InlineData("Finance", "Analyst", null, "PreferredLanguage")]
    [InlineData("Fin\0ance", "Analyst", "es", "Department")]
    [InlineData("Finance", "Analyst\0", "es", "Position")]
    [InlineData("Finance\n", "Analyst", "es", "Department")]
    public async Task Update_with_an_invalid_field_is_400_naming_the_field_and_changes_nothing(
        string? department, string? position, string? language, string field)
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsJsonAsync($"/api/users/{ana.Id}",
            new { department, position, preferredLanguage = language });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Errors.Keys);
        await AssertUnchangedAsync(ana);
    }

    [Fact]
    public async Task Update_with_a_200_character_department_is_400()
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsJsonAsync($"/api/users/{ana.Id}",
            new { department = new string('d', 200), position = "Analyst", preferredLanguage = "es" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Department", problem.Errors.Keys);
        await AssertUnchangedAsync(ana);
    }

    [Fact]
    public async Task Update_with_a_200_character_position_is_400()
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsJsonAsync($"/api/users/{ana.Id}",
            new { department = "Finance", position = new string('p', 200), preferredLanguage = "es" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(ana);
    }

    [Fact]
    public async Task Update_with_every_field_missing_is_400_naming_every_field()
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsync($"/api/users/{ana.Id}", Json("{}"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Department", "Position", "PreferredLanguage"], problem.Errors.Keys.Order());
        await AssertUnchangedAsync(ana);
    }

    [Theory]
    [InlineData("{\"department\": \"Finance\", ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"department\": 42, \"position\": \"Analyst\", \"preferredLanguage\": \"es\"}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Update_with_a_malformed_body_is_400(string body)
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsync($"/api/users/{ana.Id}", Json(body));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        await AssertUnchangedAsync(ana);
    }

    [Fact]
    public async Task Update_with_a_non_json_content_type_is_415_problem_details()
    {
        var ana = await SeedAsync();

        var response = await _hr.PutAsync($"/api/users/{ana.Id}",
            new StringContent("department=Finance", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await AssertUnchangedAsync(ana);
    }

    [Theory]
    [InlineData("GET", "/api/users/not-a-guid")]
    [InlineData("GET", "/api/users/12345")]
    [InlineData("GET", "/api/users/00000000-0000-0000-0000-00000000000g")]
    [InlineData("PUT", "/api/users/not-a-guid")]
    public async Task Non_guid_id_is_404_problem_details(string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new { department = "Finance", position = "Analyst", preferredLanguage = "es" });
        }

        var response = await _hr.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Model.Employee> SeedAsync()
    {
        var ana = TestEmployees.Create(department: "Finance", position: "Analyst", language: "es");
        await factory.SeedAsync(ana);
        return ana;
    }

    private async Task AssertUnchangedAsync(Model.Employee original)
    {
        var stored = await factory.FindInDatabaseAsync(original.Id);
        Assert.Equal((original.Department, original.Position, original.PreferredLanguage),
            (stored!.Department, stored.Position, stored.PreferredLanguage));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
